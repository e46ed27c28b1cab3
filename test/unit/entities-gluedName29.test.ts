// Entities, twenty-ninth round (branch h-glue): words a run of capitalised words glues onto a person's name. A state of
// two words before a lone known surname is a place and a surname; a time word before a full name opens no name; a
// form's next label after a name (`Age:`) ends it. Names the lists know whole stay whole.
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article); the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const seed = (headline: string, ...paras: string[]): string => `${headline}\n20261202\nhttps://example.org/news/glued29\n${paras.join('\n')}\n`;
/** Entities as `type:text`, in order. */
const ents = (src: string): string[] => analyze(src).entities.map((e) => `${e.type}:${src.slice(e.start, e.end)}`);

describe('entities, twenty-ninth round: names glued to their neighbours', () => {
  it('splits a two-word state off a lone surname after it', () => {
    const got = ents(seed('A plain headline about ferries', 'Senator Ruth Kowalski toured the harbour on Monday.',
      'At dawn two North Carolina Kowalski volunteers counted the ferries.'));
    assert.ok(got.includes('place:North Carolina'), got.join(', '));
    assert.ok(!got.some((e) => e.includes('Carolina Kowalski')), got.join(', '));
  });

  it('keeps a two-word state before a full name apart, and known wholes whole', () => {
    const got = ents(seed('A plain headline about a match', 'The New York Yankees beat the harbour team on a wet night.'));
    assert.ok(got.some((e) => e.endsWith(':New York Yankees')), got.join(', '));
  });

  it('drops a time word that opens a full name', () => {
    const got = ents(seed('A plain headline about a prize', 'The council named its Sailor of the Year Marta Okonkwo, who runs the night ferry.',
      'On Tuesday Ruth Kowalski said the harbour would reopen.'));
    assert.ok(got.includes('person:Marta Okonkwo'), got.join(', '));
    assert.ok(!got.some((e) => e.includes('Year Marta')), got.join(', '));
    assert.ok(!got.some((e) => e.includes('Tuesday Ruth')), got.join(', '));
  });

  it('ends a name before the next label of a form', () => {
    const got = ents(seed('A plain headline about ferry crews', 'Name: Marta Kowalski Age: 31 Town: Dunmore'));
    assert.ok(got.includes('person:Marta Kowalski'), got.join(', '));
    assert.ok(!got.some((e) => e.includes('Kowalski Age')), got.join(', '));
  });
});
