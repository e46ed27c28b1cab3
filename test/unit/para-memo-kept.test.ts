// Answers kept on a paragraph's analysis (passes/paraMemo.ts) or its candidates (ECand.memoC), and the dash test kept
// on a quote's segment (passes/quotes.ts `dashAfter`), must read that paragraph only: a rule whose outcome depends on
// another paragraph must follow an edit of that other paragraph. Each case edits the other paragraph back and forth
// through one analyzer, checks that the outcome flips, and compares every version with a fresh analysis. Invented
// text only.
import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/engine/types';
import { editsExact } from './analysisHelpers';


const canonicals = (a: Analysis): string[] => a.entities.filter((e) => e.type === 'person').map((e) => e.canonical);

describe('per-paragraph and per-candidate memos across edits of another paragraph', () => {
  it('a titled name read without its s follows the standing name in another paragraph (titledOwnS)', () => {
    const titled = 'Sen. Dorvel Pickens wear a grey coat to every vote, aides said.';
    const standing = 'Pickens said the vote would wait.';
    const plainLine = 'The vote would wait.';
    const runs = editsExact([[titled, standing], [titled, plainLine], [titled, standing], [titled, plainLine]]);
    assert.deepEqual(canonicals(runs[0])[0], 'Dorvel Pickens');
    assert.deepEqual(canonicals(runs[1])[0], 'Dorvel Picken');
    assert.deepEqual(canonicals(runs[2])[0], 'Dorvel Pickens');
  });

  it('a full name with a stripped possessive follows the bare surname in another paragraph (possessiveFull)', () => {
    const owner = 'Marla Quenbys speech ran long on Friday.';
    const bare = 'Quenby said the speech was fine.';
    const plainLine = 'The speech was fine.';
    const runs = editsExact([[owner, bare], [owner, plainLine], [owner, bare], [owner, plainLine]]);
    assert.deepEqual(canonicals(runs[0])[0], 'Marla Quenby');
    assert.deepEqual(canonicals(runs[1])[0], 'Marla Quenbys');
    assert.deepEqual(canonicals(runs[2])[0], 'Marla Quenby');
  });

  it('a quote at the end of its paragraph follows a dash opening the next paragraph (dashAfter)', () => {
    const quoted = 'The notice on the door ended with a line: "We will not sail until the fares are fair again for all."';
    const dash = '- The Ferry Guild committee';
    const plainLine = 'The committee met on Tuesday.';
    // (The same quote in the middle of the document, its next characters its own: kept with the segment.)
    // (`carried`, no cue: a notice that `read` the words would speak them, twenty-eighth round.)
    const inner = 'Another notice carried "We will not sail until the fares are fair again for all." - the committee';
    const runs = editsExact([[inner, quoted, dash], [inner, quoted, plainLine], [inner, quoted, dash], [quoted, plainLine], [quoted, dash]]);
    const counts = runs.map((a) => a.quotes.length);
    assert.deepEqual(counts, [0, 1, 0, 1, 0]);
  });
});
