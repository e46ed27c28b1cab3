// The stripped pass's rest of a sentence after an inverted attribution that a conjunction joins on: `We have done the
// work, Reyes said, and the harbour is ready.` Pure function of the paragraph's tokens; reads at most a few tokens
// after the cue and the rest of one sentence once.
import type { Attr } from '../attribution';
import { K } from '../tokens';
import { How, type QuoteBuild } from './state';
import { applyAttr, newQuote } from './speakers';
import { upperBound, wordsAtLeast } from './util';
import { type Para, speechLikeToks } from './strippedSpeech';

/** Conjunctions that join a second clause of the speaker's onto the first over the attribution. */
const JOINING = new Set(['and', 'but']);
/** Lexicon tags of a verb that has no subject of its own after the conjunction. */
const VERB_TAGS = /^(?:PastTense|PresentTense|Infinitive|Verb|Copula|Modal|Auxiliary|Gerund|Participle|PerfectTense)$/;

/** `A, Reyes said, and B.` / `A, Reyes told the crew on Sunday, but B.`: after the inverted attribution of quote `q`
 *  (at most a few words of adjunct after its cue), a comma and `and` / `but` open the second half of the speaker's
 *  sentence: to the sentence's end, the same speaker's, when it sounds like speech (a present tense, a modal, a first
 *  or second person, a contraction). The clause finder reads no content after the comma, so nothing else takes it. */
export function conjoinedRest(p: Para, at: Attr, q: QuoteBuild): void {
  const { st, u, d } = p;
  if (!q.actorKey || (at.contentS >= 0 && at.contentE > at.contentS)) return;
  const sn = d.sents[at.sent];
  const toks = d.toks;
  const c = upperBound(toks, at.cueS - 1, (x) => x.s);
  if (c >= sn.t1 || toks[c].s !== at.cueS) return;
  for (let k = c + 1; k + 1 < sn.t1 && k <= c + 8; k++) {
    const t = toks[k];
    if (t.kind !== K.Punct) continue;
    if (t.t !== ',' || toks[k + 1].kind !== K.Word || !JOINING.has(toks[k + 1].t)) return;
    // (`..., she said, but refused to say more.`: a verb right after the conjunction, over an adverb, shares the
    // attribution's subject: the narrator's second verb, not a clause of the speaker's.)
    let v = k + 2;
    while (v < sn.t1 && toks[v].kind === K.Word && !toks[v].cap && st.lex.common.get(toks[v].lower) === 'Adverb') v++;
    if (v < sn.t1 && toks[v].kind === K.Word && !toks[v].cap && VERB_TAGS.test(st.lex.common.get(toks[v].lower) ?? '')) return;
    const s = toks[k + 1].s;
    const t1 = Math.min(sn.t1, k + 32);
    if (!wordsAtLeast(st.text, u.start + s, u.start + sn.e, 4) || !speechLikeToks(st, d, k + 2, t1)) return;
    const r = newQuote(st, p.ui, u.start + s, u.start + sn.e, false);
    // (The pass adds quotes in reading order: only the last few can overlap; a paragraph may hold thousands.)
    for (let j = p.quotes.length - 1; j >= 0 && j >= p.quotes.length - 4; j--) if (p.quotes[j].s < r.e && r.s < p.quotes[j].e) return;
    applyAttr(st, r, at, p.ui, How.Before);
    r.actorKey = q.actorKey;
    r.speakerSpan = q.speakerSpan;
    r.confidence = Math.min(q.confidence, 0.6);
    p.quotes.push(r);
    return;
  }
}
