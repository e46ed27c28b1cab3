// Direct quotes in text without quotation marks (twenty-ninth round, branch h-sdir): a question or an exclamation
// followed by a lower-case noun phrase and a cue of saying (`Why now? a reporter asked.`) is a quote; the lower-case
// word after `?` / `!` shows that the sentence goes on with its attribution. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/stripped-exclaimed\n';
const LEAD = 'Marta Okonkwo, the mayor, spoke at the pier on Monday.';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const exact = (a: Analysis, text: string): boolean => a.quotes.some((q) => q.text === text);

describe('stripped text: a question or exclamation before a lower-case nominal attribution', () => {
  it('`Who will pay for the new pier? a fisherman asked.`: the question is a quote, no speaker named', () => {
    const a = analyze(seed(LEAD, 'The board said little. Who will pay for the new pier? a fisherman asked from the back of the hall.'));
    assert.ok(exact(a, 'Who will pay for the new pier?'));
    const q = quoteStarting(a, 'Who will pay');
    assert.equal(q?.cue, 'asked');
    assert.equal(q?.speaker, null);
  });

  it('`Close the pier now! the crowd chanted ...`: a chant', () => {
    const a = analyze(seed(LEAD, 'Close the pier now! the crowd chanted outside the town hall.'));
    assert.ok(exact(a, 'Close the pier now!'));
  });

  it('`Why now? asked a reporter in the front row.`: the cue before its noun phrase', () => {
    const a = analyze(seed(LEAD, 'Why now? asked a reporter in the front row.'));
    assert.ok(exact(a, 'Why now?'));
  });

  it('`... ? the mayor asked.`: a definite role names the person the story introduced', () => {
    const a = analyze(seed(LEAD, 'Is this the end of the island ferry? the mayor asked.'));
    assert.ok(exact(a, 'Is this the end of the island ferry?'));
    assert.equal(speakerName(a, quoteStarting(a, 'Is this the end')), 'Marta Okonkwo');
  });

  it('no quote for a title that ends in `!` inside a sentence, or a noun phrase with no cue', () => {
    const a = analyze(seed(LEAD, 'The annual Harbor Lights! award show aired on Sunday night.', 'Was the pier worth it? the answer depends on the tides.'));
    assert.ok(!a.quotes.some((q) => q.text.startsWith('The annual') || q.text.startsWith('Was the pier')));
  });
});
