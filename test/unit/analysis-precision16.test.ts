// Stripped predictions that are no quote, sixteenth round (issue 12): guards at the entry or exit of the stripped rules
// for shapes that the words separate from speech. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis, Quote } from '../../src/engine/types';
import { speakerName, ruleConfidences } from './analysisHelpers';

const HEAD = 'Headline for a precision test\n20240311\nhttps://example.org/news/precision16\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

/** The quotes inferred without quotation marks. */
const stripped = (a: Analysis): Quote[] => a.quotes.filter((q) => !q.marked);

describe('stripped precision, sixteenth round: the lead sentence of a report', () => {
  it('an inverted attribution closing the lead sentence reports, it does not quote', () => {
    const a = analyze(seed(
      'The old ferry to Kelby Island will stop running in April, harbour master Tomas Verhoek said on Friday.',
      'The new boats are faster and quieter, Verhoek said. We waited a long time for this day, he said.',
    ));
    const texts = stripped(a).map((q) => q.text);
    assert.ok(!texts.some((t) => t.startsWith('The old ferry')), texts.join(' | '));
    // (The same shape after the lead paragraph is a quote, as before.)
    assert.ok(texts.includes('The new boats are faster and quieter'), texts.join(' | '));
  });

  it('a lead sentence in the first person is still a quote', () => {
    const a = analyze(seed(
      'We will keep the ferry running all winter, harbour master Tomas Verhoek said on Friday.',
      'The island council agreed on Thursday to pay for the repairs.',
    ));
    const q = stripped(a).find((x) => x.text.startsWith('We will keep the ferry'));
    assert.ok(q, stripped(a).map((x) => x.text).join(' | '));
    assert.equal(speakerName(a, q), 'Tomas Verhoek');
  });

  it('a lead sentence with a stripped contraction is still a quote', () => {
    const a = analyze(seed(
      'Thats the last run of the old ferry, harbour master Tomas Verhoek said on Friday.',
      'The island council met on Thursday to discuss the repairs.',
    ));
    assert.ok(stripped(a).some((x) => x.text.startsWith('Thats the last run')), stripped(a).map((x) => x.text).join(' | '));
  });

  it('a question in the lead sentence is still a quote, with its question mark or with the cue `asked`', () => {
    const a = analyze(seed(
      'Who will pay for the new pier at Kelby, harbour master Tomas Verhoek asked on Friday.',
      'The island council met on Thursday to discuss the repairs.',
    ));
    assert.ok(stripped(a).some((x) => x.text.startsWith('Who will pay')), stripped(a).map((x) => x.text).join(' | '));
    const b = analyze(seed(
      'Who will pay for the new pier at Kelby? harbour master Tomas Verhoek said on Friday.',
      'The island council met on Thursday to discuss the repairs.',
    ));
    assert.ok(stripped(b).some((x) => x.text.startsWith('Who will pay')), stripped(b).map((x) => x.text).join(' | '));
  });
});

describe('stripped precision, sixteenth round: a speaker label before a colon', () => {
  it('a transcript turn `NAME: ...` and an excerpt `<heading> - Name: ...` are no quotes', () => {
    const a = analyze(seed(
      'The radio host spoke with the harbour master about the ferry on Sunday.',
      'VERHOEK: I think we need two more boats before the summer comes.',
      'Ferry Tolls Will Rise In Spring - Marta Lindqvist: We expect the fares to go up by a third next year.',
      'Marta Lindqvist: Our crews will work through the winter to keep the boats running.',
    ));
    assert.deepEqual(stripped(a).map((q) => q.text), []);
  });

  it('a clause that names the speaker before the colon still introduces a quote', () => {
    const a = analyze(seed(
      'The radio host spoke with the harbour master about the ferry on Sunday.',
      'Tomas Verhoek was blunt about it: I think we need two more boats before the summer comes.',
    ));
    const q = stripped(a).find((x) => x.text.startsWith('I think we need'));
    assert.ok(q, stripped(a).map((x) => x.text).join(' | '));
    assert.equal(speakerName(a, q), 'Tomas Verhoek');
  });
});

describe('stripped precision, sixteenth round: a clause straight after the cue', () => {
  ruleConfidences();
  const lead = 'The island council met on Thursday to discuss the ferry.';
  const quoteOf = (para: string): Quote | undefined => stripped(analyze(seed(lead, para)))[0];

  it('`X said The old ferry will ...` (no comma, third person) is a guess: confidence under 0.5', () => {
    const q = quoteOf('Harbour master Tomas Verhoek said The old ferry will keep running until the new boats arrive in May.');
    assert.ok(q);
    assert.ok(q.confidence < 0.5, `confidence ${q.confidence}`);
  });

  it('with a comma after the cue, or in the first person, it is not lowered', () => {
    const comma = quoteOf('Harbour master Tomas Verhoek said, The old ferry will keep running until the new boats arrive in May.');
    const first = quoteOf('Harbour master Tomas Verhoek said We will keep the old ferry running until the new boats arrive in May.');
    assert.ok(comma && comma.confidence >= 0.5, `confidence ${comma?.confidence}`);
    assert.ok(first && first.confidence >= 0.5, `confidence ${first?.confidence}`);
  });
});
