// `"...," Lee shot back.`, `"...?" a puzzled Reyes wondered.`, `"...," she grumbled.`: after a quote that opens its
// sentence and closes with a comma, a question or an exclamation mark, a person's name (or `he` / `she` / `they`)
// followed by a finite verb is the quote's attribution, whatever the verb: the lexicon's speech cues cannot list
// every verb a writer puts there. The caller checks that the verb (with a particle and a short object: `shot back`,
// `assured the crowd`) ends its clause: nothing but adjuncts after it.
import type { ECand } from '../entities';
import type { Subject } from '../attribution';
import { SPEECH_CUES, lexicon } from '../lexicon';
import { AUX, DOC_NOUNS } from './subjects';
import { K, type Sentence, type Tok, isQuoteChar } from '../tokens';

/** Tags of a word that may be a finite verb here (`shot`, `questioned`, `agrees`); `-ed` and `-s` forms the lexicon
 *  lacks or tags otherwise (`retaliated`, `assured`, `mocks`, `points`) count too. */
const FINITE = /^(?:PastTense|PresentTense)$/;
const NOT_VERB = /^(?:Copula|Modal|Auxiliary|Verb|Preposition|Conjunction|Determiner|Pronoun|Adverb|Negative|QuestionWord|Possessive|Infinitive|Gerund)$/;

function finiteVerb(w: string): boolean {
  const tag = lexicon().common.get(w);
  if (tag !== undefined && FINITE.test(tag)) return true;
  if (tag !== undefined && NOT_VERB.test(tag)) return false;
  return /[a-z]{2}ed$/.test(w) || /[a-z]{2}[^su']s$/.test(w);
}

/** The subject of the verb at token `i` when the pattern above holds: the subject and the token the attribution
 *  starts at (an article and up to two adjectives before a name are the attribution's: `a puzzled Reyes`), or null.
 *  `entEndingAt(t)`: the name candidate whose last token is right before token `t`, or -1. Reads a few tokens. */
export function verbAfterQuote(toks: Tok[], ents: ECand[], i: number, sn: Sentence, entEndingAt: (t1: number) => number): { subj: Subject; start: number; verbEnd: number } | null {
  const t = toks[i];
  // (The subject may open its own sentence after a quote closed by `?` or `!`: `"Mountain men?" Lee repeated.`)
  if (t.kind !== K.Word || t.cap || i < 3 || !finiteVerb(t.lower)) return null;
  const p = toks[i - 1];
  let subj: Subject | null = null;
  let k = i - 1;
  if (p.kind === K.Word && (p.lower === 'he' || p.lower === 'she' || p.lower === 'they')) {
    subj = { kind: 'pronoun', s: p.s, e: p.e, ent: -1, name: p.lower };
  } else {
    const e = entEndingAt(i);
    if (e < 0 || !/^(?:person|organization|unknown)$/.test(ents[e].type)) {
      // (`"...," the heckler shouted`: an unnamed source.)
      const np = nounAfterQuote(toks, i, sn);
      return np ? { subj: np.subj, start: np.start, verbEnd: objectEnd(toks, i, sn.t1) } : null;
    }
    subj = { kind: 'entity', s: ents[e].s, e: ents[e].e, ent: e, name: '' };
    k = ents[e].t0;
    // (`a puzzled Reyes`, `a smiling Ann Lee`: an article and adjectives before the name.)
    let m = k;
    while (m - 1 > sn.t0 && k - m < 2 && toks[m - 1].kind === K.Word && !toks[m - 1].cap && /^(?:Adjective|Gerund)$/.test(lexicon().common.get(toks[m - 1].lower) ?? '')) m--;
    if (m < k && /^(?:a|an|the)$/.test(toks[m - 1].lower)) k = m - 1;
  }
  return quoteOpensBefore(toks, k, sn) ? { subj, start: toks[k].s, verbEnd: objectEnd(toks, i, sn.t1) } : null;
}

/** Whether a quote closes right before token `k`, with `,`, `?` or `!` inside the marks, and its opening mark (the
 *  nearest mark before) opens the paragraph or a sentence: the quote is no title or phrase inside the writer's sentence. */
function quoteOpensBefore(toks: Tok[], k: number, sn: Sentence): boolean {
  const close = toks[k - 1];
  const punct = toks[k - 2];
  if (!close || !isQuoteChar(close.t) || !punct || (punct.t !== ',' && punct.t !== '?' && punct.t !== '!')) return false;
  if (k - 2 < sn.t0 && punct.t === ',') return false;
  let c = k - 3;
  while (c >= 0 && !isQuoteChar(toks[c].t)) c--;
  return c >= 0 && opensSentence(toks, c);
}

/** Determiners that open an unnamed source's noun phrase (`the heckler`, `one voter`, `two dockhands`). */
const SOURCE_DETS = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five']);
/** Tags a head noun may have in the common-word lexicon (or none: a word it lacks, `heckler`). */
const NOUN_TAG = /^(?:Singular|Plural|Noun|Actor|Uncountable)$/;
/** Tags a modifier before the head may have (or none), and `few` (`a few voters`). */
const MODIFIER_TAG = /^(?:Adjective|Singular|Plural|Noun|Actor|Uncountable|Comparative|Superlative)$/;

/** `"Go home!" the heckler shouted.`, `"...," one voter said`, `"...," a few angry dockhands chanted`: a determiner, up
 *  to two lower-case modifiers and a lower-case noun right before the verb at token `i`, right after a quote that opens
 *  its sentence (`quoteOpensBefore`), are the verb's subject: an unnamed source the source lists need not know. A
 *  document (`the statement`) is no speaker by itself (subjects.ts `DOC_NOUNS`). With `comma`, the same after a comma
 *  when the verb ends a sentence with no quotation mark (`We will not pay it, one voter said.`: quotation marks
 *  stripped). The subject and the token the attribution starts at, or null. Reads at most eight tokens back (and the
 *  sentence once, for a verb that ends it). */
export function nounAfterQuote(toks: Tok[], i: number, sn: Sentence, comma = false): { subj: Subject; start: number } | null {
  let h = i - 1;
  // (`the harbour gazette recently wrote`, `the crowd then chanted`: adverbs between the subject and the verb.)
  while (h > 0 && h >= i - 2 && toks[h].kind === K.Word && !toks[h].cap && (AUX.has(toks[h].lower) || lexicon().common.get(toks[h].lower) === 'Adverb')) h--;
  const head = toks[h];
  const lex = lexicon();
  if (!head || head.kind !== K.Word || head.cap || SOURCE_DETS.has(head.lower) || DOC_NOUNS.has(head.lower)) return null;
  const ht = lex.common.get(head.lower);
  if (ht !== undefined && !NOUN_TAG.test(ht)) return null;
  let d = h - 1;
  // (`the 46-year-old said`: an age before `year-old` is part of the head.)
  let age = (head.lower === 'year-old' || head.lower === 'year-olds') && toks[d]?.t === '-' && toks[d - 1]?.kind === K.Num ? 2 : 0;
  d -= age;
  while (d >= 0 && h - d <= 3 + age) {
    const t = toks[d];
    if (t.kind !== K.Word) return null;
    if (SOURCE_DETS.has(t.lower)) break;
    // (`the 52-year-old harbour pilot`: an age among the modifiers.)
    if (t.lower === 'year-old' && !age && toks[d - 1]?.t === '-' && toks[d - 2]?.kind === K.Num) { d -= 3; age = 3; continue; }
    const tag = lex.common.get(t.lower);
    if (t.cap || (tag !== undefined && !MODIFIER_TAG.test(tag) && t.lower !== 'few')) return null;
    d--;
  }
  // (The determiner right after the closing mark: `"...!" The heckler shouted.` may capitalise it.)
  if (d < 0 || h - d > 3 + age || !(quoteOpensBefore(toks, d, sn) || (comma && commaSlot(toks, d, i, sn)))) return null;
  return { subj: { kind: 'np', s: toks[d].s, e: head.e, ent: -1, name: '' }, start: toks[d].s };
}

/** A comma before the determiner at token `d`, three words or more before it in the sentence, the verb at token `i`
 *  ending the sentence, and no quotation mark in it: the slot of an inverted attribution in stripped text. */
function commaSlot(toks: Tok[], d: number, i: number, sn: Sentence): boolean {
  if (toks[d - 1]?.t !== ',' || d - 1 - sn.t0 < 3) return false;
  const end = toks[i + 1];
  if (i + 1 < sn.t1 && !(end && (end.t === '.' || end.t === '!') && i + 2 >= sn.t1)) return false;
  for (let k = sn.t0; k < i; k++) if (isQuoteChar(toks[k].t)) return false;
  return true;
}

/** Whether the quotation mark at token `c` opens the paragraph or a sentence (after `.`, `?`, `!`, maybe closing
 *  marks: `"A." "B," he said.`). */
function opensSentence(toks: Tok[], c: number): boolean {
  let p = c - 1;
  while (p >= 0 && isQuoteChar(toks[p].t)) p--;
  return p < 0 || toks[p].t === '.' || toks[p].t === '?' || toks[p].t === '!';
}

const PARTICLES = new Set(['back', 'out', 'up', 'off', 'on', 'in', 'away', 'along', 'over', 'down', 'again']);
const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'him', 'them', 'me', 'us', 'reporters', 'supporters']);

/** The last token of the verb at token `i` with a particle and a short object (`shot back`, `assured the crowd`, `told
 *  reporters`): at most a determiner and three more lower-case words, and only when a comma or the sentence's end
 *  follows them. */
function objectEnd(toks: Tok[], i: number, t1: number): number {
  let k = i;
  if (k + 1 < t1 && PARTICLES.has(toks[k + 1].lower)) k++;
  if (k + 1 < t1 && OBJECT_START.has(toks[k + 1].lower)) {
    let m = k + 2;
    while (m < t1 && m < k + 5 && toks[m].kind === K.Word && !toks[m].cap && !OBJECT_START.has(toks[m].lower)) m++;
    if (m >= t1 || toks[m].t === '.' || toks[m].t === ',' || toks[m].t === '!') k = m - 1;
  }
  return k;
}

/** Whether token `i` comes right after a quote closed with `,`, `?` or `!` inside its marks. */
export function afterQuoteMark(toks: Tok[], i: number): boolean {
  return i >= 2 && isQuoteChar(toks[i - 1].t) && /^[,?!]$/.test(toks[i - 2].t);
}

/** `"...," Kites for $3 membership secretary Ann Lee told ...`: the boundary of a quote closed with `,`, `?` or `!` that
 *  role words of any kind (up to eight tokens, no clause punctuation, no speech cue) separate from the name starting
 *  at token `start`, or -1. */
export function quoteBeforeRole(toks: Tok[], start: number, t0: number): number {
  for (let k = start - 1; k >= t0 && k >= start - 9; k--) {
    const t = toks[k];
    if (isQuoteChar(t.t)) return afterQuoteMark(toks, k + 1) && k < start - 1 ? toks[k - 1].s : -1;
    if (t.t === ',' || t.t === '.' || t.t === ';' || t.t === ':' || t.t === '(' || t.t === ')' || (t.kind === K.Word && !t.cap && SPEECH_CUES.has(t.lower))) return -1;
  }
  return -1;
}
