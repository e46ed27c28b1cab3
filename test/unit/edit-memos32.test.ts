// Answers the edit path keeps since the thirty-second round (h-perf): the unnamed-source cue patterns per paragraph by
// the offsets they read (nominalCue.ts `keptClaimant`), the passive naming verb before a quote (`passiveBefore`),
// the speech verb after a name (`nearCue` on the candidate), and the `According to` look-back's quick refusal
// (accordingLead.ts). Each must give what a fresh analysis gives: the same paragraph at another place of the document,
// twice in one document, and with the paragraph before it edited. Invented text only.
import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/engine/types';
import { editsExact } from './analysisHelpers';
import { leadingAccording } from '../../src/engine/passes/accordingLead';


/** The speaker ids of the quotes whose text holds `w`, in order. */
const speakers = (a: Analysis, w: string): (string | null)[] => a.quotes.filter((q) => q.text.includes(w)).map((q) => q.speaker);

const FILLER = 'The harbour board met on Monday to talk about the fares.';
const OTHER = 'Nobody on the pier could say when the ferries would run again this winter.';

describe('edit-path memos (thirty-second round)', () => {
  it('an unnamed source after the quote claims it wherever its paragraph stands (keptClaimant)', () => {
    const p = 'Tomas Reyel has been "unfairly fined" by the port board since March, and should be repaid, the pilots union says.';
    const runs = editsExact([[p], [FILLER, p], [FILLER, p, OTHER, p], [OTHER, p, p], [p]]);
    assert.deepEqual(speakers(runs[0], 'unfairly'), ['actor-the-pilots-union']);
    assert.deepEqual(speakers(runs[2], 'unfairly'), ['actor-the-pilots-union', 'actor-the-pilots-union']);
    assert.deepEqual(speakers(runs[4], 'unfairly'), ['actor-the-pilots-union']);
  });

  it('a description whose crowd verb comes right before the quote speaks it (keptClaimant, right before)', () => {
    const p = '"We sail at dawn," Reyes said as the heckler yelled: "Not with those fares!"';
    const runs = editsExact([[p], [FILLER, p], [OTHER, FILLER, p], [p, p]]);
    for (const a of runs) assert.ok(speakers(a, 'Not with').every((s) => s === 'actor-the-heckler'));
    assert.deepEqual(speakers(runs[3], 'Not with').length, 2);
  });

  it('the agent of a passive naming verb speaks the quote (passiveBefore)', () => {
    const p = 'The fare rise was dubbed "the long night" by Ann Lee during the debate.';
    const runs = editsExact([[p], [FILLER, p], [p, OTHER, p], [p]]);
    for (const a of runs) assert.ok(speakers(a, 'long night').every((s) => s === 'actor-ann-lee'));
  });

  it('a name with a naming verb after it speaks the quote (nearCue), near the paragraph end or not', () => {
    const p = 'The board met again on Monday, when Ivo Brant called the plan a "quiet surrender" of the harbour.';
    const short = 'At dawn Ivo Brant called it a "quiet surrender".';
    const runs = editsExact([[p], [FILLER, p], [short, p], [FILLER, short], [short]]);
    for (const a of runs) assert.ok(speakers(a, 'quiet surrender').every((s) => s === 'actor-ivo-brant'));
  });

  it('leadingAccording: only a sentence-opening `According to` before the mention, within its window', () => {
    const at = (text: string, name: string): boolean => leadingAccording(text, text.indexOf(name));
    assert.equal(at('According to Ann Lee, the ferry runs late.', 'Ann Lee'), true);
    assert.equal(at('The ferry ran late. For the council, according to Ann Lee, it was the wind.', 'Ann Lee'), true);
    assert.equal(at('The ferry ran late, according to Ann Lee, a pilot.', 'Ann Lee'), false);
    assert.equal(at('The ferry ran late. Ann Lee, a pilot, agreed.', 'Ann Lee'), false);
    // (`According to` farther back than the look-back window: not seen.)
    assert.equal(at(`According to ${'x'.repeat(200)} Ann Lee, the ferry runs late.`, 'Ann Lee'), false);
    // (A mention at the very start, and one whose window starts mid-word.)
    assert.equal(leadingAccording('Ann Lee said so.', 0), false);
    assert.equal(at('ccording to Ann Lee, the ferry runs late.', 'Ann Lee'), false);
    assert.equal(at(`${'y'.repeat(150)}. According to Ann Lee, the ferry runs late.`, 'Ann Lee'), true);
  });
});
