// A speaker pronoun after a stripped quote whose found span took in its own antecedent: `Ada Quill argued that the
// timetable would fail - We have heard this before, she said - and left.` The stripped passes' quote opens with the
// narration, so the rules skip every name inside it (a name inside a quote is no antecedent of its speaker pronoun:
// `Reyes is wrong, he said`) and, when nobody fitting is named before it, the pronoun stays unresolved. Only then the
// nearest name inside the quote before the pronoun that leads its sentence, followed by a lower-case word or a comma
// (a verb of the narration, or an appositive), stands for the pronoun, as a guess. (`Ada Quill is wrong, she said` with
// no other woman named before it is given to Ada Quill too: on train the four such quotes were all the named one's.)
// A name in the same shape opening a stripped continuation (a quote with no cue of its own, taken as the previous
// speaker's further words) is the reporter's narration the span took in (`..., Ada Quill said. // Obama departs for
// Bonn today.`): it stays an antecedent of later pronouns (`He warned: ...`). Only a continuation's first sentence: in
// its later ones (`He is wrong. First of all, Reyes was ...`) and in a quote with a cue of its own (`Reyes is the
// wrong choice, she said`) such a name is the speaker's words far more often (train, thirty-first round).
import { type ActorBuild, type DocEnt, type DocState, How, type QuoteBuild } from './state';
import { quoteStart, segStart, sentOf, upperBound } from './util';
import { plain } from '../plainPattern';

const COMMA_OR_LOWER = plain(String.raw`^(?:,|\s+\p{Ll})`, 'u');

const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our']);

/** Names a pronoun looks back over inside its own quote at most. */
const LOOKBACK = 40;
/** The pick's probability for the pronoun ranker's confidence factor (a guess, below 0.5 after it). */
const OWN_SUBJECT_P = 0.4;

export interface OwnSubjectProbe {
  /** Whether the actor fits the pronoun `he` (want `m`) or `she` (`f`). */
  fits: (want: 'm' | 'f', a: ActorBuild | undefined) => boolean;
  /** Whether the mention is the subject its sentence opens with. */
  leads: (d: DocEnt) => boolean;
}

/** For `he` / `she` at `pos` after the unmarked quote `q` of unit `ui`: the actor of the nearest mention inside the
 *  quote before the pronoun that leads its sentence and is followed by a lower-case word or a comma (a verb of the
 *  narration, `Quill doubted`, or an appositive, `Quill, who ...,`), with a low probability (a guess: the quote's
 *  span is itself in doubt), or null. */
export function quoteOwnSubject(st: DocState, pron: string, ui: number, pos: number, q: QuoteBuild, probe: OwnSubjectProbe): { key: string; same: boolean; p: number } | null {
  if (q.marked || q.e <= q.s || (pron !== 'he' && pron !== 'she')) return null;
  const want = pron === 'she' ? 'f' : 'm';
  const ue = st.unitEnts[ui];
  for (let k = upperBound(ue, pos - 1, (x) => x.s) - 1, n = 0; k >= 0 && n < LOOKBACK; k--, n++) {
    const d = ue[k];
    if (d.s < q.s) break;
    if (d.s >= pos || !d.actorKey || !probe.fits(want, st.actors.get(d.actorKey))) continue;
    if (probe.leads(d) && COMMA_OR_LOWER.test(st.text.slice(d.e, d.e + 3))) return { key: d.actorKey, same: true, p: OWN_SUBJECT_P };
  }
  return null;
}

/** Whether the mention `d` opens a stripped continuation (a quote found without quotation marks, taken as the previous
 *  speaker's further words) in the shape of the reporter's narration: in the continuation's first sentence, leading
 *  it, a comma or a lower-case word after it, no first person in the sentence (`Obama departs for Bonn today.`, not
 *  `Ruiz and I voted for it.`). Such a name stays an antecedent of a later speaker pronoun; a name inside quotation
 *  marks never does. */
export function inNarrationQuote(st: DocState, d: DocEnt, leads: (d: DocEnt) => boolean): boolean {
  const u = st.units[d.unit];
  const segs = u.data.segs;
  const rel = d.s - u.start;
  const j = upperBound(segs, rel, segStart) - 1;
  if (j >= 0 && rel < segs[j].e) return false;
  const uq = st.unitQuotes[d.unit];
  const k = upperBound(uq, d.s, quoteStart) - 1;
  const q = k >= 0 ? uq[k] : null;
  if (!q || d.s >= q.e || q.marked || (q.how !== How.ContinuationAfterAttribution && q.how !== How.ContinuationFromPrevious)) return false;
  const si = sentOf(u.data, rel);
  if (sentOf(u.data, q.s - u.start) !== si || !COMMA_OR_LOWER.test(st.text.slice(d.e, d.e + 3)) || !leads(d)) return false;
  // (Narration has no first person: `President Ruiz and I voted for it.` is the speaker's.)
  const { toks, sents } = u.data;
  for (let t = sents[si].t0; t < sents[si].t1; t++) if (FIRST_PERSON.has(toks[t].lower)) return false;
  return true;
}
