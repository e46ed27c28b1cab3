// Entities, twentieth round (issue 12, branch h-ents21): a one-word name the document writes where only a firm stands
// (`shares of Quarnex`, `Quarnex, the Danish drug maker,`, `a Tollbury poll`) is its organisation in every bare mention.
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { tokenize } from '../../src/engine/tokens';
import { firmEvidence } from '../../src/engine/entities/firmEvidence';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for a firm test\n20261201\nhttps://example.org/news/firms21\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The type of the mention of `text` that starts at the first occurrence of `context` (plus its offset inside it). */
const typeAt = (a: Analysis, src: string, context: string, text: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(at >= 0 && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start < at + text.length && e.end > at)?.type;
};

describe('entities, twentieth round: firms known by what the text says of them', () => {
  it('finds the words written where only a firm stands', () => {
    const ev = (s: string) => firmEvidence(tokenize(s));
    assert.deepEqual(ev('Fund managers sold shares of Quarnex on Friday.'), ['quarnex']);
    assert.deepEqual(ev('She bought a stake in Quarnex last spring.'), ['quarnex']);
    assert.deepEqual(ev("A seat on Quarnex's board went to her."), ['quarnex']);
    assert.deepEqual(ev('Quarnex shares fell 9 percent.'), ['quarnex']);
    assert.deepEqual(ev('Quarnex, the Danish drug maker, cut jobs.'), ['quarnex']);
    assert.deepEqual(ev('The deal helped the retailer Quarnex in May.'), ['quarnex']);
    assert.deepEqual(ev('The latest Tollbury poll has her ahead.'), ['tollbury']);
    // No firm: a person's appositive, a role inside an `of` phrase, a demonym-shaped word before `poll`, two capitalised words.
    assert.deepEqual(ev('Merrow, the company founder, spoke.'), []);
    assert.deepEqual(ev('Merrow, a member of the firm, spoke.'), []);
    assert.deepEqual(ev('In recent Vantarian polls he leads.'), []);
    assert.deepEqual(ev('Traders bought shares of Quarnex Holdings.'), []);
  });

  it('types every bare mention of such a word as the organisation', () => {
    const src = seed('Investors lost money on Quarnex last year, the fund manager Tobias Wrenfield wrote.',
      'Quarnex, the Danish drug maker, said it would close two plants. Shares of Quarnex fell 20 percent.',
      'Mr. Wrenfield first bought a stake in Quarnex in 2019, and Quarnex rejected his bid.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'money on Quarnex', 'Quarnex'), 'organization', list);
    assert.equal(typeAt(a, src, 'Quarnex, the Danish', 'Quarnex'), 'organization', list);
    assert.equal(typeAt(a, src, 'and Quarnex rejected', 'Quarnex'), 'organization', list);
    assert.equal(typeAt(a, src, 'Tobias Wrenfield', 'Tobias Wrenfield'), 'person', list);
  });

  it('leaves a person named in full with that surname a person', () => {
    const src = seed('Edda Quarnex runs a bakery in Lystrup.', 'Her brother bought shares of Quarnex last year, she said.',
      'Quarnex declined to say how many.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'Quarnex declined', 'Quarnex'), 'person', entityList(a));
  });

  it('reads a pollster before `poll` as the organisation', () => {
    const src = seed('A new Tollbury poll puts the mayor four points ahead.', 'Tollbury interviewed 900 voters by phone.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'new Tollbury poll', 'Tollbury'), 'organization', list);
    assert.equal(typeAt(a, src, 'Tollbury interviewed', 'Tollbury'), 'organization', list);
  });
});

describe('entities, twentieth round: a heading in capitals', () => {
  it('reads a whole line of unknown words in capitals as no name', () => {
    const src = seed('Arlo Fenwick opened the new ferry pier on Tuesday.', 'NOTICE ATTACHED.', 'WHAT’S STEEPING', 'Fenwick left early.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'NOTICE ATTACHED', 'NOTICE'), undefined, list);
    assert.equal(typeAt(a, src, 'WHAT’S STEEPING', 'STEEPING'), undefined, list);
    assert.equal(typeAt(a, src, 'Arlo Fenwick', 'Arlo Fenwick'), 'person', list);
  });

  it('keeps a line in capitals with a known name, and a run inside a longer line', () => {
    const src = seed('DORA VANCE', 'ASSOCIATED PRESS.', 'She wrote to ORTIVEX GRANDEL on Monday.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'DORA VANCE', 'DORA VANCE'), 'person', list);
    assert.equal(typeAt(a, src, 'ASSOCIATED PRESS', 'ASSOCIATED PRESS'), 'organization', list);
  });
});
