// A stripped quote introduced by its cue (`Lee said, We ...`) that ends at its sentence's end while the speech goes on:
// the next sentences in the speaker's voice join it. Pure; each sentence of the paragraph is read at most once.
import { K } from '../tokens';
import { How, type QuoteBuild } from './state';
import { type Para, pastTense, speechLike, voiceIn } from './strippedSpeech';
import { verblessInSpeech } from './strippedVerbless';
import { upperBound } from './util';

/** `Mayor Lind said, Im ready to sign it. We can start on Monday. Why wait?`: after a quote introduced by its cue
 *  (a cue before it) that ends at the end of its sentence, a person's, the sentences that follow and sound like the
 *  speaker's (a first or second person, a stripped contraction, a present tense or a modal, a question; a short verbless
 *  phrase before such a sentence) join the quote while they have no past-tense verb and no attribution, up to the first
 *  that does not. (`Lind said, Im ready. The council met at noon.`: the narrator's past tense ends it; so do `(Id have
 *  signed it too.)`, an aside in brackets, and `Okafor: We sail at noon.`, a transcript's label.) */
export function introducedRunOn(p: Para): void {
  const { st, u, d } = p;
  const n = d.sents.length;
  if (n < 2 || p.quotes.length === 0) return;
  // The sentences any quote of the paragraph covers (one pass over a difference array, however the quotes overlap),
  // and those with any attribution.
  const sentOf = (off: number): number => upperBound(d.sents, off, (x) => x.s) - 1;
  const cover = new Int32Array(n + 1);
  for (const q of p.quotes) {
    const a = Math.max(0, sentOf(q.s - u.start));
    const b = Math.min(n - 1, sentOf(q.e - 1 - u.start));
    if (b < a) continue;
    cover[a]++;
    cover[b + 1]--;
  }
  const taken = new Uint8Array(n);
  for (let k = 0, c = 0; k < n; k++) {
    c += cover[k];
    taken[k] = c > 0 ? 1 : 0;
  }
  for (const a of d.attrs) if (a.sent >= 0 && a.sent < n) taken[a.sent] = 1;
  const quotes = p.quotes.slice();
  for (const q of quotes) {
    if (!runsOn(p, q)) continue;
    const si = sentOf(q.e - 1 - u.start);
    if (si < 0 || si + 1 >= n || !endsSentence(p, q, si)) continue;
    let k = si + 1;
    while (k < n && !taken[k] && (inVoice(p, k) || verblessInSpeech(p, k, n)) && !pastTense(st, d, k)) taken[k++] = 1;
    if (k === si + 1) continue;
    q.e = u.start + d.sents[k - 1].e;
    p.lastSentUsed = Math.max(p.lastSentUsed, k - 1);
  }
}

/** A person's unmarked quote introduced by its cue. */
function runsOn(p: Para, q: QuoteBuild): boolean {
  if (q.marked || q.how !== How.Before || !q.actorKey) return false;
  return p.st.actors.get(q.actorKey)?.type === 'person';
}

/** Quote `q` ends at the end of sentence `si` (nothing but punctuation after it in the sentence). */
function endsSentence(p: Para, q: QuoteBuild, si: number): boolean {
  const { d, u } = p;
  const sn = d.sents[si];
  for (let k = upperBound(d.toks, q.e - u.start - 1, (x) => x.s); k < sn.t1; k++) if (d.toks[k].kind === K.Word) return false;
  return true;
}

/** Sentence `k` is in the speaker's voice (a first or second person, a stripped contraction) or a question, and no
 *  aside in brackets. */
function inVoice(p: Para, k: number): boolean {
  const { d } = p;
  const sn = d.sents[k];
  if (sn.t1 <= sn.t0 || d.toks[sn.t0].t === '(') return false;
  // (`Okafor: We sail at noon.`: a transcript's label opens another speaker's words.)
  for (let j = sn.t0; j < sn.t1 && j < sn.t0 + 3 && d.toks[j].kind === K.Word && d.toks[j].cap; j++) if (d.toks[j + 1]?.t === ':') return false;
  return d.toks[sn.t1 - 1].t === '?' || voiceIn(p, k, sn.s, sn.e) || speechLike(p.st, d, k);
}
