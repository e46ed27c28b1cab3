// A stripped possessive before a speech cue that is also a plural noun (`Brills remarks`), twenty-ninth round.
// Invented text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { writtenPossessive } from '../../src/engine/passes/cuedPossessive';

const HEAD = 'Headline for a possessive test\n20250309\nhttps://example.org/news/cued-possessive\n\n';

function speakers(body: string): string[] {
  const a = analyze(HEAD + body + '\n');
  const names = new Map(a.actors.map((x) => [x.id, x.name]));
  return a.quotes.map((q) => (q.speaker ? names.get(q.speaker)! : '-'));
}

describe('a stripped possessive before a cue that is also a noun (cuedPossessive.ts)', () => {
  it('links `Brills remarks` to the person the document names, not to a person `Brills`', () => {
    const a = analyze(HEAD + 'Mayor Tom Brill spoke in the square on Monday.\n\nMorel denounced Brills remarks as hurtful.\n');
    assert.ok(!a.actors.some((x) => x.name === 'Brills'), a.actors.map((x) => x.name).join(', '));
    const e = a.entities.find((x) => x.text === 'Brills');
    assert.ok(e && e.type === 'person' && a.actors.find((x) => x.id === e.actor)?.name === 'Tom Brill');
  });

  it('leaves the owner out as the speaker of a later pronoun: the subject who denounced speaks', () => {
    const got = speakers('Mayor Tom Brill spoke in the square on Monday.\n\nGovernor Jean Morel of Vestland also spoke.\n\n'
      + 'Morel denounced Brills remarks as hurtful and warned of the price the harbour would pay.\n\n'
      + 'If the council backs Brill, the ferry fares will double and every family on the island will feel it, he said.');
    assert.deepEqual(got, ['Jean Morel']);
  });

  it('keeps a name in `s` that the document names in full, and a family after an article', () => {
    const a = analyze(HEAD + 'Jo Simons, a teacher, spoke on Monday. Simons claims the school is failing, Simons said.\n');
    assert.ok(a.actors.some((x) => x.name === 'Jo Simons'));
    assert.ok(!a.actors.some((x) => x.name === 'Simon'));
    const b = analyze(HEAD + 'Tom Brill spoke on Monday. The Brills claims were false, the judge ruled.\n');
    assert.ok(!b.entities.some((x) => x.text === 'Brills' && b.actors.find((y) => y.id === x.actor)?.name === 'Tom Brill'));
  });

  it('gives no continuation the owner of `remarks` as its speaker', () => {
    const got = speakers('Tom Brill spoke at the rally on Monday.\n\nCornel Vance took the stage after him.\n\n'
      + 'The ferry never paid me a cent, and would I sign the same letter again? he said, paraphrasing Brills remarks at the debate.\n\n'
      + 'I know, the tide waits for nobody on this island.');
    assert.ok(!got.includes('Tom Brill'), got.join(', '));
  });

  it('reads a written possessive from the name and the text', () => {
    const t = 'rebut Brills claims and Tom Brills plan; Gates spoke';
    assert.equal(writtenPossessive(t, 6, 12, 'Brill'), true);
    assert.equal(writtenPossessive(t, 24, 34, 'Tom Brill'), true);
    assert.equal(writtenPossessive(t, 41, 46, 'Bill Gates'), false);
    assert.equal(writtenPossessive(t, 41, 46, 'Gate'), true);
  });
});
