// `Power to the people! the crowd shouted.`, `Who will pay for it? a voter asked.`, `Why now? asked a reporter.`: in a
// document without quotation marks, a question or an exclamation followed by a lower-case noun phrase and a cue of
// saying. The lower-case word after `?` / `!` shows that the sentence goes on: it is the attribution of the words
// before it, as in the marked `"Why now?" a reporter asked.`. The words from the start of that question or exclamation
// are a quote, with the noun phrase as its speaker mention (a definite role is resolved by `nominalHolder`). Pure;
// linear in the tokens (a bounded scan after each `?` / `!`).
import { K, type Tok } from '../tokens';
import { DIRECT_CUES } from '../lexicon';
import { How, type ParaData } from './state';
import { newQuote } from './speakers';
import { inNounPhrase, type Para } from './strippedSpeech';
import type { Overlaps } from './strippedIntro';
import { nominalHolder } from './strippedNominal';

/** Determiners that open the noun phrase (`the crowd`, `a voter`, `one woman`, `some protesters`). */
const DETS = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'several', 'many', 'his', 'her', 'their', 'its']);
/** Verbs of a voice raised or wondering that are not in `DIRECT_CUES` (`the crowd chanted`, `a sign reads`). */
const SOUND_CUES = new Set(['chanted', 'chants', 'cried', 'cries', 'wondered', 'wonders', 'roared', 'hollered', 'shrieked', 'shouts',
  'yells', 'screams', 'read', 'sang']);
/** Cues that may come before their noun phrase (`..., asked a reporter.`). */
const FRONT_CUES = new Set(['said', 'asked', 'wrote', 'added', 'shouted', 'cried', 'yelled', 'wondered', 'says', 'asks', 'writes']);
/** The most words of the noun phrase after its determiner. */
const NP_MAX = 8;

/** A finite cue of saying in lower case (not a participle: `..., adding ...`). */
function cueWord(t: Tok): boolean {
  return t.kind === K.Word && !t.cap && !t.lower.endsWith('ing') && (DIRECT_CUES.has(t.lower) || SOUND_CUES.has(t.lower));
}

/** A word of a noun phrase after its determiner (`crowd`, `43-year-old`, `front`, `GOP`). */
function npTok(t: Tok): boolean {
  return (t.kind === K.Word && inNounPhrase(t)) || t.kind === K.Num || t.t === '-';
}

/** The end token (exclusive) of a determiner and its noun phrase from token `k`, or -1. */
function nounPhrase(toks: Tok[], k: number, t1: number): number {
  const det = toks[k];
  if (!det || k >= t1 || det.kind !== K.Word || det.cap || !DETS.has(det.lower)) return -1;
  let j = k + 1;
  while (j < t1 && j <= k + NP_MAX && npTok(toks[j]) && !cueWord(toks[j])) j++;
  return j > k + 1 ? j : -1;
}

/** After the `?` / `!` at token `k`: the attribution's cue token and its noun phrase's token range, or null. */
function attributionAfter(d: ParaData, k: number, t1: number): { cue: number; np0: number; np1: number } | null {
  const toks = d.toks;
  const n = toks[k + 1];
  if (!n || k + 1 >= t1 || n.kind !== K.Word || n.cap) return null;
  // `..., a voter asked.`
  const np1 = nounPhrase(toks, k + 1, t1);
  if (np1 > 0 && np1 < t1 && cueWord(toks[np1])) return { cue: np1, np0: k + 1, np1 };
  // `..., asked a voter in the front row.`
  if (FRONT_CUES.has(n.lower)) {
    const e = nounPhrase(toks, k + 2, t1);
    if (e > 0) return { cue: k + 1, np0: k + 2, np1: e };
  }
  return null;
}

/** The first token of the question or exclamation that ends at token `k`: just after the last `.`, `?` or `!` before
 *  it that is followed by a capitalised word, or the paragraph's start. */
function startOf(toks: Tok[], k: number): number {
  let j = k - 1;
  while (j >= 0 && !((toks[j].t === '.' || toks[j].t === '?' || toks[j].t === '!') && toks[j + 1].cap)) j--;
  return j + 1;
}

/** Quotes of questions and exclamations with a lower-case nominal attribution after them (see the file's head), into
 *  `p.quotes`. */
export function exclaimedQuotes(p: Para, overlaps: Overlaps): void {
  const { st, ui, u, d } = p;
  const toks = d.toks;
  const t1 = toks.length;
  for (let k = 1; k + 2 < t1; k++) {
    if (toks[k].t !== '?' && toks[k].t !== '!') continue;
    const m = attributionAfter(d, k, t1);
    if (!m) continue;
    const s0 = startOf(toks, k);
    if (s0 >= k || toks[s0].kind !== K.Word) continue;
    const q = newQuote(st, ui, u.start + toks[s0].s, u.start + toks[k].e, false);
    if (overlaps.test(q) || p.quotes.some((x) => x.s < q.e && q.s < x.e)) continue;
    q.how = How.After;
    q.cue = toks[m.cue].lower;
    q.cueSpan = { start: u.start + toks[m.cue].s, end: u.start + toks[m.cue].e };
    q.speakerSpan = { start: u.start + toks[m.np0].s, end: u.start + toks[m.np1 - 1].e };
    q.confidence = 0.5;
    nominalHolder(p, q, m.np0, m.np1);
    p.quotes.push(q);
    overlaps.add(q);
  }
}
