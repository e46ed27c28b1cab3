// Titles of works and programmes in quotation marks (twenty-eighth round, h-cue): a marked span in title case right
// after `on`, `at`, `with`, a maker's `author of`, the kind of work, or a possessive names a programme or a book, and a
// headline cited with its byline is no speech either.
// Every snippet was written for these tests; the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a work title test\n20231014\nhttps://example.org/news/work-titles\n';

function quotesOf(p: string): string[] {
  return analyze(HEAD + p + '\n').quotes.map((q) => q.text);
}

describe('titles of works and programmes (twenty-eighth round)', () => {
  it('a programme after a network\'s possessive is no quote; the speech before it keeps its speaker', () => {
    const p = '"The pier stays open," Marta Okonkwo said on WDUN\'s "Harbour Talk." "We owe it to the ferry crews."';
    const a = analyze(HEAD + p + '\n');
    assert.ok(!a.quotes.some((q) => q.text.includes('Harbour Talk')));
    assert.equal(a.quotes.length, 2);
    for (const q of a.quotes) assert.equal(speakerName(a, q), 'Marta Okonkwo');
  });

  it('a title after `on`, `with` or `the author of` is no quote', () => {
    assert.deepEqual(quotesOf('Ruth Vell spoke about the toll on "Dunmore Tonight" last week.'), []);
    assert.deepEqual(quotesOf('"It is a fair toll," said Ruth Vell, the author of "Tides of the North," who teaches at the college.'), ['It is a fair toll']);
  });

  it('a title after the kind of work is no quote; after `titled` it may give someone\'s words', () => {
    assert.deepEqual(quotesOf('Marta Okonkwo co-hosts the harbour podcast "Low Tide Hour" every week.'), []);
    assert.equal(quotesOf('Marta Okonkwo sent the board a memo titled "A Plan for the Pier Toll."').length, 1);
  });

  it('a headline cited with a comma and its byline is no quote; a passive\'s agent after a quote is no byline', () => {
    assert.deepEqual(quotesOf('HARBOUR WATCH - "Ferry toll to rise in the spring," by the Dunmore Gazette\'s Ann Reyes: the board met on Monday.'), []);
    assert.equal(quotesOf('Marta Okonkwo said the toll was "unfair to the ferry crews," by which she meant the night shift.').length, 1);
    assert.equal(quotesOf('The pier was "closed without warning" by the harbour board, Marta Okonkwo said.').length, 1);
  });

  it('a quoted phrase in lower case, a cry, or a term after `the` stays speech', () => {
    assert.equal(quotesOf('Marta Okonkwo said on Monday that the toll was "a fair price for a safe pier."').length, 1);
    assert.equal(quotesOf('The crowd answered Ruth Vell\'s call with "Save the Pier!" again and again.').length, 1);
    assert.equal(quotesOf('Marta Okonkwo warned of the "Harbour Trap," as she calls the new toll.').length, 1);
  });
});
