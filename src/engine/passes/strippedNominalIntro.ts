// `Another harbor official familiar with the talks said, We will not pay.`, `A spokeswoman for the board added on
// Monday, Its too early to say.`: in a document without quotation marks, a sentence whose subject is a noun phrase
// (a determiner, its modifiers, maybe a short relative clause) and whose verb is a cue of speaking followed, over a
// short adjunct at most, by a comma and a capitalised word that opens a sentence in the speaker's voice, introduces a
// quote: the rest of the sentence. The noun phrase names no known actor (`the mayor` may name one, as for
// `..., said the mayor.`): the quote is shown with its speaker mention and no speaker. Pure; linear in the tokens.
import { STRIPPED_CONTRACTIONS } from '../lexicon';
import { K, type Tok } from '../tokens';
import { How } from './state';
import { newQuote } from './speakers';
import { finiteCue, type Para } from './strippedSpeech';
import { nominalHolder } from './strippedNominal';
import { type Overlaps, freeSpan } from './strippedIntro';
import { upperBound } from './util';

/** Determiners that open a singular noun phrase as a sentence's subject (`A spokesman`, `Another source`, `The aide`). */
const SUBJECT_DETS = new Set(['a', 'an', 'the', 'another', 'one']);
/** Conjunctions that may lead the sentence before its subject (`But a friend said, ...`). */
const LEADS = new Set(['but', 'and', 'yet', 'then']);
/** Words that open a quoted sentence after the comma (a pronoun, an article, a discourse word), not a name. */
const OPENERS = new Set(['i', 'we', 'you', 'it', 'its', 'this', 'that', 'there', 'they', 'he', 'she', 'the', 'a', 'our', 'my', 'if',
  'no', 'yes', 'what', 'why', 'how', 'well', 'look', 'and', 'but', 'so', 'now', 'nobody', 'everybody', 'everyone', 'thank', 'let']);
/** The most tokens in the subject noun phrase, and in an adjunct between the cue and the comma (`on Monday`). */
const NP_MAX = 12;
const ADJUNCT_MAX = 4;
/** Words that open an adjunct between the cue and its comma (`said on Monday,`, `added in a statement,`, `said
 *  Wednesday,`); an object there (`wrote the newspaper,`) is the cue's addressee, not the speech's start. */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'during', 'after', 'via', 'from', 'later', 'again', 'also', 'yesterday', 'today', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'afterward', 'afterwards']);
/** Cues that a text, not a person, takes (`One of the signs reads, ...` is the narrator's description of a sign). */
const TEXT_CUES = new Set(['reads', 'read']);

/** The tokens of a sentence's nominal subject and its cue: [np0, cue) is the phrase, `cue` a finite direct cue, when
 *  the sentence from token `t0` opens so; else null. */
function nominalSubject(toks: readonly Tok[], t0: number, t1: number): { np0: number; cue: number } | null {
  let k = t0;
  if (k + 1 < t1 && toks[k].kind === K.Word && LEADS.has(toks[k].lower)) k++;
  const det = toks[k];
  if (!det || det.kind !== K.Word || !SUBJECT_DETS.has(det.lower)) return null;
  for (let j = k + 1; j < t1 && j <= k + NP_MAX; j++) {
    const t = toks[j];
    if (t.kind === K.Punct && t.t !== '-') return null;
    // (A head noun after the determiner, `A spokesman said`, or `Another` / `One` standing alone, `Another wrote`.)
    if (finiteCue(t) && !TEXT_CUES.has(t.lower)) return (j > k + 1 || det.lower === 'another' || det.lower === 'one') && toks[j - 1].kind !== K.Punct ? { np0: k, cue: j } : null;
  }
  return null;
}

/** Cues of a text in a relative clause (`a message that said, Sorry ...`, `a caption which reads, ...`). */
const TEXT_RELATIVE_CUES = new Set(['said', 'says', 'read', 'reads']);

/** `They handed out cards that said, The board welcomes you.`, `a caption which reads, ...`: a relative `that` /
 *  `which` after a noun, a cue of a text, a comma and a capitalised word that is no name open the text's words, the
 *  rest of the sentence (the mention is the noun; no speaker). Returns the cue's token index, or -1. */
function textRelative(p: Para, t0: number, t1: number): number {
  const toks = p.d.toks;
  for (let i = t0 + 2; i + 3 < t1; i++) {
    const r = toks[i - 1];
    if (!TEXT_RELATIVE_CUES.has(toks[i].lower) || toks[i].cap || (r.lower !== 'that' && r.lower !== 'which') || toks[i + 1].t !== ',') continue;
    const noun = toks[i - 2];
    const next = toks[i + 2];
    if (noun.kind !== K.Word || noun.cap || next.kind !== K.Word || !next.cap || nameAt(p, next.s)) return -1;
    return i;
  }
  return -1;
}

/** Whether a candidate name covers paragraph offset `pos`. */
function nameAt(p: Para, pos: number): boolean {
  const k = upperBound(p.d.ents, pos, (c) => c.s) - 1;
  return k >= 0 && pos < p.d.ents[k].e;
}

/** Quotes introduced by a nominal subject and a cue (see the file's head), into `p.quotes`. */
export function nominalIntroduced(p: Para, overlaps: Overlaps): void {
  const { st, ui, u, d } = p;
  const toks = d.toks;
  for (const sn of d.sents) {
    const m = nominalSubject(toks, sn.t0, sn.t1);
    let np0: number;
    let cue: number;
    let c: number;
    if (m) {
      // The comma: right after the cue, or after a short adjunct with no punctuation (`said on Monday,`).
      ({ np0, cue } = m);
      c = cue + 1;
      if (c < sn.t1 && ADJUNCT_OPENERS.has(toks[c].lower)) while (c < sn.t1 && c <= cue + 1 + ADJUNCT_MAX && toks[c].kind === K.Word) c++;
      if (c + 3 >= sn.t1 || toks[c].t !== ',') continue;
      const next = toks[c + 1];
      if (next.kind !== K.Word || !next.cap || !(OPENERS.has(next.lower) || STRIPPED_CONTRACTIONS.has(next.lower))) continue;
    } else {
      cue = textRelative(p, sn.t0, sn.t1);
      if (cue < 0) continue;
      np0 = cue - 2;
      c = cue + 1;
    }
    const next = toks[c + 1];
    const q = newQuote(st, ui, u.start + next.s, u.start + sn.e, false);
    if (!freeSpan(p, q, overlaps)) continue;
    const cueTok = toks[cue];
    q.how = How.Before;
    q.cue = cueTok.lower;
    q.cueSpan = { start: u.start + cueTok.s, end: u.start + cueTok.e };
    q.speakerSpan = { start: u.start + toks[np0].s, end: u.start + toks[m ? cue - 1 : np0].e };
    q.confidence = 0.5;
    if (m) nominalHolder(p, q, np0, cue);
    p.quotes.push(q);
    overlaps.add(q);
  }
}
