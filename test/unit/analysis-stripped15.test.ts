// Direct quotes in text without quotation marks (twenty-eighth round, branch h-strip): a cue after a comma that takes
// a complement of its own (`agreed to pay ...`, `has vowed to block it`) is the narrator's verb, not an inverted
// attribution of the text before the comma. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/stripped-fifteen\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const covered = (a: Analysis, words: string): boolean => a.quotes.some((q) => q.text.includes(words));
const exact = (a: Analysis, text: string): boolean => a.quotes.some((q) => q.text === text);

describe('twenty-eighth round: a cue with an infinitive complement is no inverted attribution', () => {
  it('`Eight weeks later, when ..., Okonkwo agreed to pay the fine.`: no quote', () => {
    const a = analyze(seed(
      'The ferry board met again on Tuesday.',
      'Eight weeks later, when the harbor fund ran dry, Marta Okonkwo agreed to pay the fine in full.',
    ));
    assert.ok(!covered(a, 'Eight weeks later'));
  });

  it('`..., where Senator Vell has vowed to block it.`: a relative clause with its own verb, no quote', () => {
    const a = analyze(seed(
      'The board will send the ferry plan to the county this week, where Senator Ruth Vell has vowed to block it.',
    ));
    assert.ok(!covered(a, 'The board will send'));
  });

  it('`At the last meeting of the board, held in Dover, Okonkwo told a long story ...`: no quote', () => {
    const a = analyze(seed(
      'At the last meeting of the harbor board, held in Dover, Marta Okonkwo told a long story about the flood.',
    ));
    assert.ok(!covered(a, 'At the last meeting'));
  });

  it('the words before `..., Okonkwo vowed.` stay a quote', () => {
    const a = analyze(seed('We will not pay a cent, Marta Okonkwo vowed.'));
    assert.ok(exact(a, 'We will not pay a cent'));
    assert.equal(speakerName(a, quoteStarting(a, 'We will not pay')), 'Marta Okonkwo');
  });

  it('a verb of saying after `to` still closes the quote (`..., Okonkwo continued to insist.`)', () => {
    const a = analyze(seed('We will run the ferry again by May, Marta Okonkwo continued to insist.'));
    assert.ok(exact(a, 'We will run the ferry again by May'));
  });

  it('`to` and a noun after an addressee is an adjunct (`told the crowd to loud cheers`)', () => {
    const a = analyze(seed('We are ready for the flood, Marta Okonkwo told the crowd to loud cheers.'));
    assert.ok(exact(a, 'We are ready for the flood'));
  });
});
