// What follows a cue in its sentence (split from attributions.ts, which reads it for every cue): the end, adjuncts, a
// quote introducer or a reported clause.
import type { ECand } from '../entities';
import { lexicon } from '../lexicon';
import { K, type Tok, isQuoteChar } from '../tokens';
import { entStartingAt } from './subjectIndex';
import { PREPS } from './clauseSubjects';
import { outletPossessive } from '../entities/orgOwner';

const OBJECT_CUES = new Set(['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'warned', 'urged', 'reminded']);

/** Words in -ly that are no manner adverbs of a cue (`said early`, `said only that`). */
const NOT_MANNER = new Set(['early', 'only', 'likely', 'reply', 'supply', 'apply', 'rally', 'family', 'july', 'italy', 'daily', 'weekly', 'monthly', 'yearly', 'nearly', 'recently', 'previously', 'repeatedly', 'publicly', 'privately', 'separately']);

export type AfterCue = 'end' | 'adjunct' | 'introducer' | 'clause';

/** What follows a cue in its sentence: nothing, adjuncts (`at the event`, `Thursday`), a quote introducer
 *  (`said, We ...`, `said: ...`, `said All those ...`), or a reported clause (`said it would ...`). */
export function afterCue(toks: Tok[], ents: ECand[], cueTok: number, t1: number): AfterCue {
  let k = cueTok + 1;
  if (k >= t1) return 'end';
  const lex = lexicon();
  if (OBJECT_CUES.has(toks[cueTok].lower)) {
    // Skip the addressee: a name (`The Washington Times`) or a short noun phrase (`reporters`).
    const e = entStartingAt(ents, toks, k);
    if (e >= 0) {
      k = ents[e].t1;
      // (`told QXNBs Ada Rook`: an outlet's stripped possessive and the name it owns are one addressee.)
      const owned = k < t1 && ents[e].t1 - ents[e].t0 === 1 && outletPossessive(toks[ents[e].t0]) ? entStartingAt(ents, toks, k) : -1;
      if (owned >= 0) k = ents[owned].t1;
    } else if (/^(of|about|against|on|that|to)$/.test(toks[k].lower)) {
      // `warned of ...`, `told of ...`: no addressee, the content follows.
    } else {
      let n = 0;
      while (k < t1 && n < 4 && toks[k].kind === K.Word && !PREPS.has(toks[k].lower) && toks[k].lower !== 'that') { k++; n++; }
    }
    if (k >= t1) return 'end';
  }
  // A manner adverb after the cue (`said quietly.`, `said firmly, adding ...`) changes nothing.
  while (k < t1 && toks[k].kind === K.Word && !toks[k].cap && toks[k].t.length > 4 && toks[k].lower.endsWith('ly') && !NOT_MANNER.has(toks[k].lower)) k++;
  if (k >= t1) return 'end';
  const t = toks[k];
  if (t.kind === K.Punct) {
    if (t.t === '.' || t.t === '!' || t.t === '?') return 'end';
    if (t.t === ':') return 'introducer';
    if (isQuoteChar(t.t)) return 'introducer';
    if (t.t === ',' || t.t === '—' || t.t === '–') {
      const nx = toks[k + 1];
      // `Rathbun stated,` at the end of the paragraph: the quote is the next paragraph.
      if (!nx) return k + 1 === toks.length ? 'introducer' : 'end';
      if (isQuoteChar(nx.t)) return 'introducer';
      if (nx.cap && entStartingAt(ents, toks, k + 1) < 0) return 'introducer';
      if (nx.cap) return 'introducer';
      // `, adding that ...`, `, according to ...`, `, as ...` are adjuncts; `, the U.S. and NATO may ...`
      // (a parenthetical attribution) goes on with the reported clause.
      if (nx.kind === K.Word && (/ing$/.test(nx.lower) || /^(according|as|in|while|who|which|when|after|before|during|at|on|citing|referring|to|for|because|though|although|since|but|and|then|adding|before|without)$/.test(nx.lower))) return 'adjunct';
      return 'clause';
    }
    return 'adjunct';
  }
  if (t.kind === K.Num) return adjunctOrClause(toks, k, t1);
  const low = t.lower;
  // `said answering a question`, `said onstage`, `said twice`, `said yesterday`: a participle or an adverb of time,
  // place or manner after the cue is an adjunct (unless a `that` clause follows it).
  if (!t.cap && ((low.length > 5 && low.endsWith('ing')) || /^(Adverb|Date)$/.test(lex.common.get(low) ?? ''))) return adjunctOrClause(toks, k, t1);
  // `It is late, Whitfield said of the canal.`: `of` and its object are an adjunct of the cue.
  if (PREPS.has(low) || (low === 'of' && (toks[cueTok].lower === 'said' || toks[cueTok].lower === 'says'))) return adjunctOrClause(toks, k, t1);
  if (k === cueTok + 1 && t.cap && entStartingAt(ents, toks, k) < 0 && (lex.common.has(low) || FUNCTION_START_Q.has(low) || lex.common.has(low.replace(/s$/, '')))) {
    // `said All those who ...` — a capitalised ordinary word right after the cue starts a quote.
    if (!/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(low)) return 'introducer';
  }
  if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(low)) {
    const nx = toks[k + 1];
    if (!nx || nx.kind === K.Punct || PREPS.has(nx.lower)) return adjunctOrClause(toks, k, t1);
  }
  return 'clause';
}

/** `said on Thursday that ...` is a reported clause after all; `said on Thursday.` is not. */
function adjunctOrClause(toks: Tok[], k: number, t1: number): AfterCue {
  for (let i = k; i < t1 && i < k + 10; i++) {
    const t = toks[i];
    // `replied before noting that ...`: the clause is the participle's, the cue's sentence ends here.
    if (i > k && t.kind === K.Word && t.lower.length > 4 && t.lower.endsWith('ing')) break;
    // (`said in a video that showed ...`: a `that` followed by a verb is a relative pronoun, no reported clause.)
    if (t.kind === K.Word && t.lower === 'that' && !relativeThat(toks, i + 1, t1)) return 'clause';
    if (t.kind === K.Punct && (t.t === '.' || t.t === ';' || t.t === ',' || isQuoteChar(t.t))) break;
  }
  return 'adjunct';
}
const RELATIVE_VERB_TAGS = /^(PastTense|PresentTense|Copula|Modal|Auxiliary)$/;
/** Whether the word after a `that` at token `k - 1` is a verb (`that showed`, `that was`, `that will`): `that` is
 *  then a relative pronoun. */
function relativeThat(toks: Tok[], k: number, t1: number): boolean {
  if (k >= t1 || toks[k].kind !== K.Word || toks[k].cap) return false;
  const l = toks[k].lower;
  if (/^(is|was|were|are|has|had|have|will|would|could|can|may|might|should)$/.test(l)) return true;
  return RELATIVE_VERB_TAGS.test(lexicon().common.get(l) ?? '');
}
const FUNCTION_START_Q = new Set(['we', 'i', 'it', 'its', 'this', 'there', 'they', 'he', 'she', 'the', 'a', 'an', 'our', 'my', 'if', 'no', 'all', 'what', 'you', 'in', 'as']);
