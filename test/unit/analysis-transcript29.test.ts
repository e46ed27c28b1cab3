// Transcript lines quoted one by one (twenty-ninth round): a paragraph that is a quote opening with a person's name and
// a colon (`"Ruth Vell: Seriously, ..."`) is spoken by that person. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a transcript test\n20231014\nhttps://example.org/news/transcript\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('transcript lines labelled with their speaker (twenty-ninth round)', () => {
  it('a name and a colon opening the quote name its speaker', () => {
    const a = analyze(seed(
      'The station host Ruth Vell asked two guests about the ferry timetable on Saturday.',
      'Vell, Tom Arden and Lise Maro talked for an hour about the late boats.',
      '"Ruth Vell: Right, the boats. The island board wants a second crossing at dawn. Will anyone ride it?"',
      '"Tom Arden: The bakers will, and the nurses on the early shift too."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Ruth Vell:')), 'Ruth Vell');
    assert.equal(speakerName(a, quoteStarting(a, 'Tom Arden:')), 'Tom Arden');
  });

  it('a surname in capitals labels the line too, over the previous line\'s speaker', () => {
    const a = analyze(seed(
      'Partial transcript of the town hall hosted by Tom Arden with Mayor Ruth Vell.',
      '"ARDEN: Mayor Vell, did you mislead the harbour families?"',
      '"VELL: No, but the harbour families asked for the dawn crossing, not for the toll."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'ARDEN:')), 'Tom Arden');
    assert.equal(speakerName(a, quoteStarting(a, 'VELL:')), 'Ruth Vell');
  });

  it('a chant or a title with a name and a colon inside a sentence labels nothing', () => {
    const a = analyze(seed(
      'Holding signs, the marchers chanted "Ruth Vell: Bad for the harbour, bad for you."',
      'The harbour book "Ruth Vell: The Early Years" sold well.',
    ));
    const q = a.quotes.find((x) => x.text.startsWith('Ruth Vell: Bad'));
    if (q) assert.notEqual(speakerName(a, q), 'Ruth Vell');
  });
});
