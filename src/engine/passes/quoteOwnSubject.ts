// A speaker pronoun after a stripped quote whose found span took in its own antecedent: `Ada Quill argued that the
// timetable would fail - We have heard this before, she said - and left.` The stripped passes' quote opens with the
// narration, so the rules skip every name inside it (a name inside a quote is no antecedent of its speaker pronoun:
// `Reyes is wrong, he said`) and, when nobody fitting is named before it, the pronoun stays unresolved. Only then the
// nearest name inside the quote before the pronoun that leads its sentence, followed by a lower-case word or a comma
// (a verb of the narration, or an appositive), stands for the pronoun, as a guess. (`Ada Quill is wrong, she said` with
// no other woman named before it is given to Ada Quill too: on train the four such quotes were all the named one's.)
import type { ActorBuild, DocEnt, DocState, QuoteBuild } from './state';
import { upperBound } from './util';
import { plain } from '../plainPattern';

const COMMA_OR_LOWER = plain(String.raw`^(?:,|\s+\p{Ll})`, 'u');

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
