// Inverted attributions without quotation marks (issue 12, fourteenth round): a retort of a word or two before a
// person's cue, and a pronoun after the cue that opens a reported clause (the words before the cue are its subject).
// Fifteenth round: a short sentence opening with a pronoun just before an inverted quote is part of the speech.
import type { Attr } from '../attribution';
import { K } from '../tokens';
import type { ParaData } from './state';
import { verblessPhrase } from './strippedVerbless';
import { upperBound, wordsAtLeast } from './util';
import { attrsOf, type Para, speechLikeToks } from './strippedSpeech';

/** `Ann Lee, a teacher from the valley, said she would vote early.`: a pronoun after the cue with a word after it is
 *  the subject of a reported clause, and the words before the cue are the attribution's subject, not a quote. */
export function reportedAfterPronoun(d: ParaData, at: Attr): boolean {
  if (at.subject.kind !== 'pronoun' || at.subject.s < at.cueE) return false;
  const k = upperBound(d.toks, at.subject.e - 1, (x) => x.s);
  const t = d.toks[k];
  return !!t && k < d.sents[at.sent].t1 && t.kind === K.Word && !t.cap;
}

/** `Its fine, Lee said.`, `Were ready! she said.`: a retort of a word or two before a person's inverted attribution is a
 *  quote when it sounds like speech (a present tense, a modal, a first or second person, a stripped contraction) or
 *  ends with `?` / `!`; a fronted phrase (`At the pier, Lee said ...`, `More recently, ...`) does not. */
export function shortRetort(p: Para, at: Attr, s0: number, end: number, spk: { type: string } | undefined): boolean {
  const { st, u, d } = p;
  if (spk?.type !== 'person' || at.subject.kind === 'np') return false;
  const s = u.start + d.sents[s0].s;
  const e = u.start + end;
  if (e - s > 40) return false;
  const q = st.text.slice(s, e).trimEnd();
  if (/[()]/.test(q)) return false;
  const marked = /[?!]$/.test(q);
  if (!wordsAtLeast(st.text, s, e, marked ? 1 : 2)) return false;
  return marked || speechLikeToks(st, d, d.sents[s0].t0, upperBound(d.toks, end - 1, (x) => x.s));
}

/** Pronouns and demonstratives that open a short sentence of speech (`She knew.`, `It was a close race.`). */
const LEAD_PRONOUNS = new Set(['I', 'We', 'You', 'He', 'She', 'It', 'They', 'That', 'This', 'There']);

/** `She knew. Shes hiding it, Lee said.`: sentence `si`, a short one (at most six words) that opens with a pronoun and
 *  holds no other capitalised word (no name) and no attribution, belongs to the speech that follows it whatever its
 *  tense; the narrator's past-tense sentences are longer or name someone. Reads at most eight tokens. */
export function shortPronounLead(p: Para, si: number): boolean {
  const { d } = p;
  const sn = d.sents[si];
  if (sn.t1 - sn.t0 > 8 || !LEAD_PRONOUNS.has(d.toks[sn.t0]?.t ?? '')) return false;
  let words = 0;
  for (let k = sn.t0; k < sn.t1; k++) {
    const t = d.toks[k];
    if (t.kind === K.Word) { words++; if (k > sn.t0 && t.cap) return false; }
    else if (k < sn.t1 - 1 || !/^[.!?]$/.test(t.t)) return false;
  }
  if (words > 6) return false;
  return attrsOf(p, si).length === 0;
}

/** Sentence `si` has no word or number (`. . .`, `…` split off as a sentence of its own): a pause inside the speech. */
export function wordless(d: ParaData, si: number): boolean {
  const sn = d.sents[si];
  for (let k = sn.t0; k < sn.t1; k++) if (d.toks[k].kind !== K.Punct) return false;
  return true;
}

/** Sentence `si` is a question (it ends with `?`). */
export function question(d: ParaData, si: number): boolean {
  const sn = d.sents[si];
  return sn.t1 > sn.t0 && d.toks[sn.t1 - 1].t === '?';
}

/** Prepositions and adverbs of time that open a fronted adverbial (`In the early years, Lee said ...`). */
const FRONT_OPENERS = new Set(['In', 'On', 'At', 'With', 'Earlier', 'Later', 'During', 'After', 'Before', 'Amid', 'Despite', 'Under',
  'Since', 'Throughout', 'Following', 'Within', 'Over']);

/** `In the early years, Lee said, the ferry ran twice a day.`, `Earlier in the spring, Lee wrote to the mayor.`: the
 *  words before an inverted cue, one sentence of at most ten words that opens with a preposition or an adverb of time
 *  and has no verb, are a fronted adverbial of the narrator's sentence, not a quote. Reads at most ten words. */
export function frontedAdverbial(p: Para, s0: number, end: number): boolean {
  const { st, d } = p;
  const t = d.toks[d.sents[s0].t0];
  return !!t && FRONT_OPENERS.has(t.t) && verblessPhrase(st, d, s0, d.sents[s0].s, end, 10);
}
