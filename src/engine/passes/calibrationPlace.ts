// Where a quote's attribution stands, for the calibration (calibration.ts reads it as its fifth group level): how far
// the reader must look from the quote to the words that name its speaker. A speaker whose cue is in the quote's own
// sentence (`"...," Lee said.`) is right more often than one carried from an adjacent sentence, from elsewhere in the
// paragraph or from an earlier paragraph, at the same rule confidence; in a text without quotation marks, a speaker
// with another person named between the quote and its attribution (`Lee told Ortiz that ...`, the attribution of an
// earlier sentence with a new person named since) is told apart from one with no such rival (on train the difference
// is small: see docs/eval.md); and a stripped quote that opens its paragraph (`The pier will close, Lee said.`, a
// paragraph carried on from the one before) from one that starts inside it, after the narrator's own words (`Lee
// said the pier will close.`, `The vote was 5 to 2. It is a disgrace, Lee said.`): on train the second is right less
// often at the same rule confidence (issue 12, round 32). Logarithmic time per quote (binary searches) and a scan of at
// most `MAX_SCAN` names; never throws.
import type { DocEnt, DocState, QuoteBuild } from './state';
import type { Span } from '../types';
import { sentOf, upperBound } from './util';

/** `apart` for a marked quote: the cue (or, without one, the speaker's mention) in the quote's own sentence. */
export const PLACE_SAME_SENTENCE = 0;
/** In the sentence just before or just after the quote's. */
export const PLACE_ADJACENT = 1;
/** Elsewhere in the quote's paragraph. */
export const PLACE_PARAGRAPH = 2;
/** In another paragraph, or no attribution to place. */
export const PLACE_FAR = 3;
/** A stripped quote: no other name between the quote and its attribution. */
export const PLACE_NO_RIVAL = 0;
/** A stripped quote: another person named between the quote and its attribution (or too many names to look at). */
export const PLACE_RIVAL = 1;
/** Added to a stripped quote's place when it starts inside its paragraph, not at its start. */
export const PLACE_INSIDE = 2;

/** How many names and paragraphs between a quote and its attribution are looked at before it counts as a rival
 *  anyway (a speaker carried that far has rivals in all but name). */
const MAX_SCAN = 24;

/** The place of quote `q` (a value of the constants above): `apart` for a marked quote; for a stripped one, rival or
 *  none, plus `PLACE_INSIDE` when it does not open its paragraph. */
export function quotePlace(st: DocState, q: QuoteBuild): number {
  return q.marked ? apart(st, q) : rival(st, q) + (q.s > (st.units[q.unit]?.start ?? q.s) ? PLACE_INSIDE : 0);
}

/** The attribution's words: the cue, or the speaker's mention where no cue was read. */
function anchorOf(q: QuoteBuild): Span | null {
  return q.cueSpan ?? q.speakerSpan;
}

/** A marked quote's distance in sentences to its attribution, within its paragraph (`PLACE_*`). */
function apart(st: DocState, q: QuoteBuild): number {
  const at = anchorOf(q);
  const u = st.units[q.unit];
  if (!at || !u || at.start < u.start || at.start >= u.end) return PLACE_FAR;
  const d = u.data;
  if (!d.sents.length) return PLACE_FAR;
  const s0 = sentOf(d, q.s - u.start);
  const s1 = Math.max(s0, sentOf(d, Math.max(q.s, q.e - 1) - u.start));
  const sa = sentOf(d, at.start - u.start);
  if (sa >= s0 && sa <= s1) return PLACE_SAME_SENTENCE;
  return sa === s0 - 1 || sa === s1 + 1 ? PLACE_ADJACENT : PLACE_PARAGRAPH;
}

/** A stripped quote: whether a person other than its speaker is named between it and its attribution (the speaker's
 *  mention, or the cue without one). */
function rival(st: DocState, q: QuoteBuild): number {
  const at = q.speakerSpan ?? q.cueSpan;
  if (!at) return PLACE_NO_RIVAL;
  // The stretch between the two (none when they overlap).
  const from = at.end <= q.s ? at.end : q.e;
  const to = at.end <= q.s ? q.s : at.start;
  if (to <= from) return PLACE_NO_RIVAL;
  let seen = 0;
  for (let ui = Math.max(0, upperBound(st.units, from, unitStart) - 1); ui < st.units.length && st.units[ui].start < to; ui++) {
    if (++seen > MAX_SCAN) return PLACE_RIVAL;
    const ents = st.unitEnts[ui];
    if (!ents) continue;
    // (From the first mention that ends after `from`.)
    for (let i = upperBound(ents, from, entEnd); i < ents.length && ents[i].s < to; i++) {
      if (++seen > MAX_SCAN) return PLACE_RIVAL;
      if (isRival(ents[i], q, from, to)) return PLACE_RIVAL;
    }
  }
  return PLACE_NO_RIVAL;
}

/** A person named wholly inside the stretch who is not the quote's speaker. (Organisations too: CV Brier 0.1167 /
 *  0.0581 against 0.1165 / 0.0576 for persons only, stripped reader / speaker.) */
function isRival(de: DocEnt, q: QuoteBuild, from: number, to: number): boolean {
  return de.s >= from && de.e <= to && de.type === 'person' && de.actorKey !== q.actorKey;
}

const unitStart = (u: { start: number }): number => u.start;
const entEnd = (d: DocEnt): number => d.e;
