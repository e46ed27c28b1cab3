// Quotes in text without quotation marks (thirty-second round, h-srec): a cue after a modal is speech within speech
// and does not end the speaker's words; a sentence that is the attribution alone closes the sentence before it.
// Every snippet was written for these tests; the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis, Quote } from '../../src/engine/types';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped speech test\n20231014\nhttps://example.org/news/stripped-speech\n';

function run(p: string): Analysis {
  return analyze(HEAD + p + '\n');
}

function quoteWith(a: Analysis, words: string): Quote | undefined {
  return a.quotes.find((q) => q.text.includes(words) && q.kind !== 'indirect');
}

describe('stripped quotes (thirty-second round)', () => {
  it('a cue after a modal does not stop the speech after an inverted attribution', () => {
    const p = 'Mayor Ann Dorsey has been touring the county.\n' +
      'This works for Dorsey because it shows her greatest strength, Kevin Lane said. She will say things that matter to the harbor crews.';
    const a = run(p);
    const q = quoteWith(a, 'She will say things');
    assert.ok(q, 'the sentence with `will say` goes on with Lane\'s words');
    assert.equal(speakerName(a, q), 'Kevin Lane');
  });

  it('a cue in the past tense still ends the speech (a narrator\'s report)', () => {
    const p = 'Mayor Ann Dorsey has been touring the county.\n' +
      'This works for Dorsey because it shows her greatest strength, Kevin Lane said. She said the harbor crews would vote in May.';
    const a = run(p);
    assert.ok(!a.quotes.some((q) => q.kind !== 'indirect' && q.text.includes('She said the harbor') && speakerName(a, q) === 'Kevin Lane'));
  });

  it('a sentence that is the attribution alone closes the sentence in the speaker\'s voice before it', () => {
    const p = 'Governor Paul Vance spoke to the dock workers on Friday about the missing ferry funds.\n' +
      'Dover, if youre listening, I hope youre able to find the money that is missing. Vance said.';
    const a = run(p);
    const q = quoteWith(a, 'I hope youre able to find the money');
    assert.ok(q);
    assert.equal(speakerName(a, q), 'Paul Vance');
  });

  it('a longer sentence after a full stop is no attribution alone', () => {
    const p = 'Governor Paul Vance spoke to the dock workers on Friday.\n' +
      'The ferry funds went missing in May. Vance said the audit would take a year.';
    const a = run(p);
    assert.ok(!quoteWith(a, 'The ferry funds went missing'));
  });

  it('a cue after a modal and a negation (`would never tell`) is speech within speech too', () => {
    const p = 'Mayor Ann Dorsey has been touring the county.\n' +
      'The ferry is the heart of this town, Kevin Lane said. A mayor would never tell the crews that they are on their own.';
    const a = run(p);
    const q = quoteWith(a, 'A mayor would never tell the crews');
    assert.ok(q);
    assert.equal(speakerName(a, q), 'Kevin Lane');
  });

  it('the rest of a sentence after an inverted attribution that does not close it is the speaker\'s when in their voice', () => {
    const p = 'Governor Paul Vance spoke at the pier on Friday.\n' +
      'We drew up a scheme for the harbor that includes every crew, Mr. Vance said, since our town needs a port that works.';
    const a = run(p);
    const q = quoteWith(a, 'since our town needs a port');
    assert.ok(q);
    assert.equal(speakerName(a, q), 'Paul Vance');
  });

  it('over an appositive after the name, but not an adjunct about the speaker nor a rest in the third person', () => {
    const appo = run('The ferry board met on Friday.\n' +
      'We have had crews on the water since April, said Ruth Okafor, the board chair, and we will keep them there all winter.');
    const q = quoteWith(appo, 'we will keep them there');
    assert.ok(q);
    assert.equal(speakerName(appo, q), 'Ruth Okafor');
    const adjunct = run('The ferry board met on Friday.\n' +
      'We have had crews on the water since April, Ruth Okafor said, asked about the plans we made for the winter.');
    assert.ok(!quoteWith(adjunct, 'asked about the plans'));
    const third = run('The ferry board met on Friday.\n' +
      'We have had crews on the water since April, Ruth Okafor said, because the board voted to keep them there.');
    assert.ok(!quoteWith(third, 'because the board voted'));
  });
});
