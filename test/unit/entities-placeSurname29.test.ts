// Entities, twenty-ninth round (issue 12, branch h-ent): a person's surname that is also a place word. A known first
// name before a place head (`Pond`, `Bay`, `Parks`) is a person after `by` (a credit), with a middle initial, or with
// a plural head that is a common surname; a place prefix that is also a first name (`Glen`) before a known surname is
// a person. Places named so stay places (`Cedar Pond`, `Lake Varrow`, `Beverly Hills`, `Glen Cove`).
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article); the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const seed = (headline: string, ...paras: string[]): string => `${headline}\n20261202\nhttps://example.org/news/surname29\n${paras.join('\n')}\n`;
/** Entities as `type:text`, in order. */
const ents = (src: string): string[] => analyze(src).entities.map((e) => `${e.type}:${src.slice(e.start, e.end)}`);

describe('entities, twenty-ninth round: surnames that are place words', () => {
  it('reads a first name and a place head after `by` as the person credited', () => {
    const got = ents(seed('A plain headline about a gallery', 'The last canvas is a copy by Marta Pond, made a century later.',
      'The short film was directed by Dorian Bay last spring.'));
    assert.ok(got.includes('person:Marta Pond'), got.join(', '));
    assert.ok(got.includes('person:Dorian Bay'), got.join(', '));
  });

  it('reads a first name, a middle initial and a place head as a person', () => {
    const got = ents(seed('A plain headline about a memo', 'The memo was read aloud, said Elsa T. Ridge, a former analyst.'));
    assert.ok(got.includes('person:Elsa T. Ridge'), got.join(', '));
  });

  it('reads a first name and a plural place head that is a common surname as a person', () => {
    const got = ents(seed('A plain headline about a lesson', 'A good example of quiet courage could be Marta Parks in that story.',
      'The class also read about Dorian Woods and his bus.'));
    assert.ok(got.includes('person:Marta Parks'), got.join(', '));
    assert.ok(got.includes('person:Dorian Woods'), got.join(', '));
  });

  it('reads a first-name place prefix before a known surname as a person', () => {
    const got = ents(seed('A plain headline about a base', 'Two guards, Glen Halvorsen and Marta Quint, were hurt in the attack.'));
    assert.ok(got.includes('person:Glen Halvorsen'), got.join(', '));
  });

  it('leaves places named with a place head or prefix as places', () => {
    const got = ents(seed('A plain headline about a trip', 'They walked from Cedar Pond to Lake Varrow and drove on to Beverly Hills.',
      'Later they took the ferry to Glen Cove.'));
    assert.ok(got.includes('place:Cedar Pond'), got.join(', '));
    assert.ok(got.includes('place:Lake Varrow'), got.join(', '));
    assert.ok(got.includes('place:Beverly Hills'), got.join(', '));
    assert.ok(got.includes('place:Glen Cove'), got.join(', '));
  });
});
