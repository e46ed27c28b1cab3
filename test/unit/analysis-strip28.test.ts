// Direct quotes in text without quotation marks (issue 12, twenty-seventh round, branch h-strip28). Every snippet was
// written for these tests; names and places are invented.
import * as assert from 'node:assert/strict';
import { analyze, analyzeParagraph } from '../../src/engine';
import { interjectionOpening } from '../../src/engine/passes/strippedInterjection';
import type { Analysis } from '../../src/engine/types';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/strip-twenty-eight\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const exact = (a: Analysis, text: string): boolean => a.quotes.some((q) => q.text === text);

describe('twenty-seventh round: a sentence that opens with an interjection is speech', () => {
  it('`... by spring. Well, picture this. The dock is finished, Varrow said.`: the quote runs back over `Well, picture this.`', () => {
    const a = analyze(seed(
      'Dorian Varrow sold the Wren Ferry Company last spring.',
      'We told the council the ferry would need a new dock by spring. Well, picture this. The dock is finished, Dorian Varrow said.',
    ));
    assert.ok(exact(a, 'We told the council the ferry would need a new dock by spring. Well, picture this. The dock is finished'));
    assert.equal(speakerName(a, quoteStarting(a, 'We told the council')), 'Dorian Varrow');
  });

  it('interjectionOpening: `Well,` / `Look,` / `Oh,` open a spoken sentence; `Now,` and a bare `Well.` do not', () => {
    const toks = (s: string) => analyzeParagraph(s, false).toks;
    const opens = (s: string) => { const t = toks(s); return interjectionOpening(t, 0, t.length); };
    assert.ok(opens('Well, picture this.'));
    assert.ok(opens('Look, the pier stays where it is.'));
    assert.ok(opens('Oh, come on.'));
    assert.ok(!opens('Now, the council voted in May.'));
    assert.ok(!opens('Well.'));
    assert.ok(!opens('Wells, the harbor town, voted.'));
  });
});
