// Two quotes of one speaker that touch in a stripped paragraph are read as one (issue 12, twenty-ninth round, branch
// h-cont2). Every snippet was written for these tests; names and places are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { How, type QuoteBuild } from '../../src/engine/passes/state';
import { continues, joinTouching } from '../../src/engine/passes/strippedJoin';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/strip-join\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

/** A stripped quote build over `text.slice(s, e)` for the pure tests. */
function build(s: number, e: number, actorKey: string | null, how: How, marked = false): QuoteBuild {
  return { s, e, unit: 0, paragraph: 0, marked, kind: 'direct', attr: null, attrUnit: -1, actorKey, speakerSpan: null, cue: null, cueSpan: null, confidence: 0.8, how, chainPrev: -1, index: -1, seg: null };
}

/** Builds over the two pieces `first` and `second` of `text`. */
function pieces(text: string, first: string, second: string, keys: [string | null, string | null], how = How.ContinuationAfterAttribution, marked = false): [QuoteBuild, QuoteBuild] {
  const a = text.indexOf(first); const b = text.indexOf(second);
  return [build(a, a + first.length, keys[0], How.Before, marked), build(b, b + second.length, keys[1], how, marked)];
}

describe('twenty-ninth round: touching stripped quotes of one speaker are one quote', () => {
  it('`..., Ms. Vell said, and THE REST. NEXT. NEXT.`: the rest and its continuation are one quote', () => {
    const a = analyze(seed(
      'Ruth Vell chairs the ferry board in Carrow Bay.',
      'The ferry has lost money for six winters, Ms. Vell said, and the council has not paid its share since the storm. The hull needs work. We patch it every spring.',
    ));
    const q = quoteStarting(a, 'and the council has not paid');
    assert.ok(q.text.endsWith('We patch it every spring.'), q.text);
    assert.equal(speakerName(a, q), 'Ruth Vell');
    assert.equal(a.quotes.filter((x) => x.text.startsWith('The hull needs work')).length, 0);
  });

  it('continues: only a sentence end and spaces between two finds of one speaker', () => {
    const t = 'The hull needs work. We patch it every spring.';
    assert.ok(continues(t, ...pieces(t, 'The hull needs work', 'We patch it every spring.', ['vell', 'vell'])));
    assert.ok(continues(t, ...pieces(t, 'The hull needs work.', 'We patch it every spring.', ['vell', 'vell'], How.PronounSame)));
  });

  it('continues: not across a cue (`A, she said. B`), a line break, or to another speaker', () => {
    const cue = 'The hull needs work, she said. We patch it every spring.';
    assert.ok(!continues(cue, ...pieces(cue, 'The hull needs work', 'We patch it every spring.', ['vell', 'vell'])));
    const lines = 'The hull needs work.\nWe patch it every spring.';
    assert.ok(!continues(lines, ...pieces(lines, 'The hull needs work.', 'We patch it every spring.', ['vell', 'vell'])));
    const t = 'The hull needs work. We patch it every spring.';
    assert.ok(!continues(t, ...pieces(t, 'The hull needs work', 'We patch it every spring.', ['vell', 'brand'])));
    assert.ok(!continues(t, ...pieces(t, 'The hull needs work', 'We patch it every spring.', [null, null])));
  });

  it('continues: not to a piece with its own cue after it (`A. B, she said.`), nor between marked quotes', () => {
    const t = 'The hull needs work. We patch it every spring, she said.';
    assert.ok(!continues(t, ...pieces(t, 'The hull needs work', 'We patch it every spring', ['vell', 'vell'], How.After)));
    assert.ok(!continues(t, ...pieces(t, 'The hull needs work', 'We patch it every spring', ['vell', 'vell'], How.ContinuationAfterAttribution, true)));
  });

  it('joinTouching keeps the order of the other quotes and drops only the joined piece', () => {
    const t = 'Nets are dear, Tomas Brand said. The hull needs work. We patch it every spring.';
    const [a, b] = pieces(t, 'The hull needs work', 'We patch it every spring.', ['vell', 'vell']);
    const other = build(0, 13, 'brand', How.After);
    const list = [b, other, a];
    joinTouching(t, list);
    assert.deepEqual(list, [other, a]);
    assert.equal(t.slice(a.s, a.e), 'The hull needs work. We patch it every spring.');
  });
});
