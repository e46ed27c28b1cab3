// Direct quotes in text without quotation marks (issue 12, fifth round): attribution forms the stripped pass missed.
// Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis, Quote } from '../../src/engine/types';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240311\nhttps://example.org/news/stripped-four\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

/** The quote whose text starts with `prefix`, or undefined. */
const quoteAt = (a: Analysis, prefix: string): Quote | undefined => a.quotes.find((q) => q.text.startsWith(prefix));
/** The quote whose text starts with `prefix` (it must exist). */
function quote(a: Analysis, prefix: string): Quote {
  const q = quoteAt(a, prefix);
  assert.ok(q, `a quote starting "${prefix}" in ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return q;
}

describe('stripped quotes (fifth round): `told` and an addressee after a comma', () => {
  it('`..., Reyes told the crowd in Ames.` closes the speech before it like an inverted attribution', () => {
    const a = analyze(seed(
      'Maria Reyes spoke for an hour at the county fair on Saturday.',
      'We are going to fix the roads in this county, Reyes told the crowd in Ames. The money is there and we will spend it.',
    ));
    const q = quote(a, 'We are going to fix');
    assert.equal(q.text, 'We are going to fix the roads in this county');
    assert.equal(speakerName(a, q), 'Maria Reyes');
    assert.equal(q.cue, 'told');
    const c = quote(a, 'The money is there');
    assert.equal(speakerName(a, c), 'Maria Reyes');
  });

  it('a noun phrase with a possessive and a complement of `of` is an addressee too', () => {
    const a = analyze(seed(
      'Tom Okafor left the race on Monday.',
      'I wish her well and I hope she wins, Okafor told his former staff of the campaign, adding that he would rest.',
    ));
    const q = quote(a, 'I wish her well');
    assert.equal(q.text, 'I wish her well and I hope she wins');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('`told` followed by a reported clause stays a paraphrase (no quote)', () => {
    const a = analyze(seed(
      'Tom Okafor left the race on Monday.',
      'After the vote, Okafor told reporters the plan would cost more than the city could pay.',
    ));
    assert.equal(a.quotes.length, 0, JSON.stringify(a.quotes.map((x) => x.text)));
  });
});
