// Unnamed sources right after a quote (issue 12, twentieth round): `"...," one voter said`, `"Go home!" the heckler
// shouted`. A determiner, up to two modifiers and a noun the source lists do not know, right after a quote that opens
// its sentence, are the verb's subject: the quote is theirs, never the previous speaker's by continuation. Every
// snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for an unnamed source test\n20231014\nhttps://example.org/news/unnamed\n';
const MAYOR = '"The ferry budget is fine," Mayor Odile Brannagh said.';

/** The analysis of a seed of `paras`, the quote containing `w`, and the text of its speaker mention. */
function quoteIn(paras: string[], w: string) {
  const text = HEAD + paras.join('\n') + '\n';
  const a = analyze(text);
  const q = a.quotes.find((x) => x.text.includes(w));
  assert.ok(q, `no quote with ${w}: ${a.quotes.map((x) => x.text).join(' | ')}`);
  return { a, q, mention: q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null };
}

describe('unnamed sources right after a quote (twentieth round)', () => {
  it('a voter the lists do not know speaks, not the mayor before', () => {
    const { a, q, mention } = quoteIn([MAYOR + ' "We do not believe her," one voter said.'], 'do not believe her');
    assert.notEqual(speakerName(a, q), 'Odile Brannagh');
    assert.equal(q.attribution, 'attribution after the quote');
    assert.equal(mention, 'one voter');
  });

  it('any verb after an exclamation or a comma: the dockhands, the heckler, a few riders', () => {
    const cases: [string, string, string][] = [
      ['"Shame on the toll!" the dockhands chanted.', 'Shame on the toll', 'the dockhands'],
      ['"Go home!" the heckler shouted.', 'Go home', 'the heckler'],
      ['"Not this again," a few ferry riders muttered.', 'Not this again', 'a few ferry riders'],
    ];
    for (const [s, w, who] of cases) {
      const { a, q, mention } = quoteIn([MAYOR, s], w);
      assert.notEqual(speakerName(a, q), 'Odile Brannagh', s);
      assert.equal(q.attribution, 'attribution after the quote', s);
      assert.equal(mention, who, s);
    }
  });

  it('an adverb between the noun and the verb', () => {
    const { mention } = quoteIn([MAYOR, '"The toll is theft," the harbour gazette recently wrote.'], 'toll is theft');
    assert.equal(mention, 'the harbour gazette');
  });

  it('without quotation marks: the sentence that ends with the noun and the verb after a comma', () => {
    const { a, q, mention } = quoteIn(['We will keep the night ferry running all winter long, Mayor Odile Brannagh said.',
      'We do not believe a word of what she promises us, one ferry rider said.'], 'do not believe a word');
    assert.notEqual(speakerName(a, q), 'Odile Brannagh');
    assert.equal(mention, 'one ferry rider');
    assert.ok(!q.text.includes('ferry rider'), 'the attribution is not inside the quote');
  });

  it('without quotation marks, a noun and a verb that do not end the sentence are no attribution', () => {
    const text = HEAD + 'We will keep the night ferry running all winter long, Mayor Odile Brannagh said.\n' +
      'We do not believe a word of what she promises us, one ferry rider said before the vote on the toll.\n';
    const a = analyze(text);
    assert.ok(!a.quotes.some((x) => x.speakerSpan && text.slice(x.speakerSpan.start, x.speakerSpan.end) === 'one ferry rider'));
  });

  it('a document speaks as itself, never as the speaker before it (twenty-sixth round: was that speaker)', () => {
    const { a, q } = quoteIn([MAYOR + ' "The budget holds," the statement said.'], 'budget holds');
    assert.equal(speakerName(a, q), 'the statement');
  });

  it('a quoted phrase inside the writer\'s sentence is no quote the noun after it speaks', () => {
    const text = HEAD + 'Riders call it the "night boat," the old skipper recalled on Monday.\n';
    const a = analyze(text);
    assert.ok(!a.quotes.some((x) => x.speakerSpan && text.slice(x.speakerSpan.start, x.speakerSpan.end) === 'the old skipper'));
  });
});
