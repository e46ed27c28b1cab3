// `If you look at the record, Marta Okonkwo said, I do not think our plans differ.`: in a stripped paragraph a
// person's attribution set between commas inside a sentence splits one utterance in two. When the words after it were
// taken as the person's quote, the words before it, from the start of the sentence to the comma, are the first part of
// the same utterance (a quote of their own, as the marked form `“A,” X said, “B.”` has it).
import type { Para } from './strippedSpeech';
import { K } from '../tokens';
import { How, type QuoteBuild } from './state';
import { applyAttr, newQuote } from './speakers';
import { upperBound, wordsAtLeast } from './util';
import { voiceIn } from './strippedSpeech';

/** Openers of a narrator's phrase before a cue, in any voice (`But at the pier, Lee said, ...`, `Later, when I called her,
 *  Lee said, ...`, `Instead of an answer, ...`, `Like the mayor, ...`). */
const NARRATION_OPENERS = new Set(['but', 'and', 'or', 'yet', 'so', 'later', 'earlier', 'then', 'instead', 'like', 'unlike', 'of',
  'here', 'there', 'back', 'quite', 'when', 'while', 'after', 'before', 'during', 'since', 'following', 'asked', 'according', 'although',
  'though', 'as', 'despite', 'amid', 'once', 'last', 'this', 'that', 'in', 'at', 'on']);
/** Openers of a setting phrase that are the speaker's own only in the speaker's voice (`If you look at it, Lee said, ...`
 *  is; `If the vote fails, Lee said, ...` may be the narrator's). */
const SETTING_OPENERS = new Set(['if', 'unless', 'with', 'without', 'by', 'from', 'to', 'for', 'whether', 'because', 'even', 'just',
  'still', 'speaking', 'writing', 'addressing', 'responding']);
/** Time words that mark a phrase as the narrator's setting (`The next day, Lee said, ...`). */
const TIME_WORDS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening', 'night',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'ago', 'later']);

/** First words of a rest that finishes the clause begun before the cue (`The hardest part, Lee said, is that ...`): the
 *  words before the cue are then the narrator's subject, not an utterance of their own. */
const CLAUSE_FINISHERS = new Set(['is', 'are', 'was', 'were', 'that', 'has', 'have', 'had', 'its', 'will', 'would', 'can', 'could', 'may',
  'might', 'should', 'must', 'does', 'do', 'did']);

/** Tokens `t0`..`t1` (exclusive), the words before the cue, read as the narrator's: a narration opener or an
 *  `-ing` participle first (`Holding up the report, Lee said, ...`), or a setting opener or a time word out of the
 *  speaker's voice (`voiced`). */
function narratorsLead(p: Para, t0: number, t1: number, voiced: boolean): boolean {
  const f = p.d.toks[t0];
  if (f.kind !== K.Word || NARRATION_OPENERS.has(f.lower) || (f.lower.length > 5 && f.lower.endsWith('ing'))) return true;
  if (voiced) return false;
  if (SETTING_OPENERS.has(f.lower)) return true;
  for (let i = t0; i < t1; i++) if (p.d.toks[i].kind === K.Word && TIME_WORDS.has(p.d.toks[i].lower)) return true;
  return false;
}

/** At most this many attributions of a paragraph are read for a lead: each reading looks through the paragraph's
 *  quotes and attributions, so a paragraph of thousands of cues (hostile input) would cost their square. */
export const LEAD_LIMIT = 64;

/** The lead quotes of the paragraph's parenthetical attributions, inserted in reading order into `p.quotes`. */
export function parentheticalLead(p: Para): void {
  const { st, u, d } = p;
  if (!p.quotes.length) return;
  let read = 0;
  for (const a of d.attrs) {
    if ((a.form !== 'parenthetical' && a.form !== 'preposed') || !a.direct || a.subject.kind === 'collective' || a.subject.kind === 'np') continue;
    if (++read > LEAD_LIMIT) break;
    const sn = d.sents[a.sent];
    // The comma before the attribution clause, after at least three tokens of the sentence.
    const k = upperBound(d.toks, a.clauseS - 1, (x) => x.s);
    if (k - 1 <= sn.t0 + 2 || d.toks[k - 1].t !== ',') continue;
    const s = u.start + sn.s;
    const e = u.start + d.toks[k - 1].s;
    // (The rest must be the same person's quote: a quote that starts after the clause, within the sentence.)
    const ri = p.quotes.findIndex((q) => q.s >= u.start + a.cueE && q.s < u.start + sn.e);
    if (ri < 0) continue;
    const rest = p.quotes[ri];
    if (!rest.actorKey || st.actors.get(rest.actorKey)?.type !== 'person') continue;
    if (p.quotes.some((q) => q.s < e && s < q.e) || !wordsAtLeast(st.text, s, e, 2)) continue;
    // (Not the narrator's setting, `At the pier on Monday, Lee said, ...`, nor words with a cue of their own, `Lee said
    // the pier was closed, and when asked why, she said, ...`.)
    if (narratorsLead(p, sn.t0, k - 1, voiceIn(p, a.sent, sn.s, e - u.start))) continue;
    const rt = d.toks[upperBound(d.toks, rest.s - u.start - 1, (x) => x.s)];
    if (rt && rt.kind === K.Word && CLAUSE_FINISHERS.has(rt.lower)) continue;
    if (d.attrs.some((o) => o !== a && o.cueE > sn.s && o.cueE <= e - u.start)) continue;
    const q: QuoteBuild = newQuote(st, p.ui, s, e, false);
    applyAttr(st, q, a, p.ui, How.After);
    if (q.actorKey !== rest.actorKey) continue;
    q.confidence = Math.min(q.confidence, rest.confidence);
    p.quotes.splice(ri, 0, q);
  }
}
