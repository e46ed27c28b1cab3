// Direct quotes in text without quotation marks (issue 12, seventeenth round, branch h-stripped18): an attribution
// followed by an adjunct about the speaker, and a paragraph signed by a dash and a name in the paragraph after it.
// Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240519\nhttps://example.org/news/stripped-twelve\n';
const LEDE = 'The canal board of Ashcombe met on Monday to vote on the lock repairs.';
const seed = (...paras: string[]): string => HEAD + [LEDE, ...paras].join('\n') + '\n';

describe('seventeenth round: `A, X said, <adjunct>.` closes A as an inverted attribution', () => {
  it('`Its been nine winters, Vost said, asked about the delay ...`: A is Vost\'s quote, the question after it too', () => {
    const a = analyze(seed(
      'Its been nine winters since the last repair, Vost said, asked about the delay at a meeting. Why should anyone trust the board now?',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Its been nine winters')), 'Vost');
    assert.ok(!quoteStarting(a, 'Its been nine winters').text.includes('asked about'));
  });

  it('`..., Brankovic said, instead turning to ...`: a participle after an adverb opens the adjunct too', () => {
    const a = analyze(seed(
      'The old lock keeper did fine work on the gates for decades, and the town owes him a great deal, Teodor Brankovic said, instead turning to the price of fresh pumps.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The old lock keeper')), 'Teodor Brankovic');
  });

  it('a finite `asked` with its object after the parenthetical cue is the sentence\'s verb: no quote of A', () => {
    const a = analyze(seed(
      'The clerk at the gate, Mirela Vost recalled, asked them which barge they were meant to crew that week.',
    ));
    assert.equal(a.quotes.filter((q) => q.text.startsWith('The clerk at the gate')).length, 0);
  });

  it('a rest that is more of the speech (`..., Vost said, is the quiet.`) stays the parenthetical\'s content', () => {
    const a = analyze(seed('The best part of the towpath, Vost said, is the quiet in the early morning.'));
    assert.equal(a.quotes.filter((q) => q.text.startsWith('The best part of the towpath')).length, 0);
  });
});

describe('seventeenth round: a stripped paragraph signed by `- Name.` in the next paragraph', () => {
  it('a paragraph in the first person, then `- Mirela Vost.`: Vost speaks it', () => {
    const a = analyze(seed(
      'I never said the lock was safe. I said we could not pay for it this year.',
      '- Mirela Vost.',
      'The board has since found the money in its reserve fund.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'I never said the lock')), 'Mirela Vost');
  });

  it('a title and a place may stand in the signature (`-Mayor Teodor Brankovic, on the radio.`)', () => {
    const a = analyze(seed(
      'Weve waited long enough for the pumps. The canal is the town.',
      '-Mayor Teodor Brankovic, on the radio.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Weve waited long enough')), 'Teodor Brankovic');
  });

  it('a narrator\'s paragraph before a byline is no quote', () => {
    const a = analyze(seed(
      'The repairs began in March and ended in June, two weeks behind the schedule the board had set.',
      '- Mirela Vost.',
    ));
    assert.equal(a.quotes.filter((q) => q.text.startsWith('The repairs began')).length, 0);
  });

  it('an item of a dashed list before the next item is no quote', () => {
    const a = analyze(seed(
      '- Our readers ask why the lock closed. [Ashcombe Courier]',
      '-Mirela Vost explains the new toll. [Canal Weekly]',
    ));
    assert.equal(a.quotes.filter((q) => q.text.includes('Our readers ask')).length, 0);
  });
});
