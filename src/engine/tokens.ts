// Tokenizer and sentence splitter for one paragraph. Linear time: one sticky regex pass, no
// backtracking-prone patterns, so a 5 MB single line costs what its length costs.
import { ABBREVIATIONS, PREFIX_ABBREVIATIONS, STRIPPED_CONTRACTIONS, FUNCTION_WORDS } from './lexicon';
import { PlainPattern, plain } from './plainPattern';
import { LONE_CAPITAL } from './wordShapes';

export const enum K { Word = 0, Punct = 1, Num = 2 }

export interface Tok {
  /** Offsets relative to the paragraph start. */
  s: number;
  e: number;
  t: string;
  lower: string;
  kind: K;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Sentence index within the paragraph. */
  sent: number;
  /** First word of its sentence (or first after an opening quote / colon). */
  initial: boolean;
}

export interface Sentence {
  s: number;
  e: number;
  /** Token index range [t0, t1). */
  t0: number;
  t1: number;
}

// Initials (U.S., D.C.), words with inner apostrophes/hyphens/dots-free, numbers, single chars.
const TOKEN_RE = new PlainPattern(String.raw`(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s]`, 'gu');
const UPPER_RE = plain(String.raw`^\p{Lu}`, 'u');
const LETTER_RE = plain(String.raw`\p{L}`, 'u');
const DIGIT_RE = plain(String.raw`\p{N}`, 'u');

export const QUOTE_CHARS = '"“”„«»‟';
export function isQuoteChar(c: string): boolean {
  if (c.length !== 1) return false;
  const k = c.charCodeAt(0);
  return k === 34 || k === 0x201c || k === 0x201d || k === 0x201e || k === 0xab || k === 0xbb || k === 0x201f;
}

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const re = TOKEN_RE.forText(text);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let t = m[0];
    let s = m.index;
    let e = s + t.length;
    const c0 = t.charCodeAt(0);
    let kind: K = K.Word;
    if (c0 >= 48 && c0 <= 57) kind = K.Num;
    else if ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)) kind = K.Word;
    else if (c0 < 128 || (!LETTER_RE.test(t[0]) && !DIGIT_RE.test(t[0]))) kind = K.Punct;
    if (kind === K.Word) {
      // Possessive `'s` becomes its own token so that names end before it.
      const pos = t.length > 2 && (t.endsWith("'s") || t.endsWith('’s')) ? t.length - 2 : -1;
      if (pos > 0) {
        toks.push(mk(text, s, s + pos, K.Word));
        toks.push(mk(text, s + pos, e, K.Punct));
        continue;
      }
      // Abbreviation dot and single-letter initials (`Gen.`, `J.`).
      if (text.charCodeAt(e) === 46 /* . */) {
        const low = t.toLowerCase();
        if (ABBREVIATIONS.has(low) || (t.length === 1 && UPPER_RE.test(t))) {
          e += 1;
          t = text.slice(s, e);
          re.lastIndex = e;
        }
      }
    }
    toks.push(mk(text, s, e, kind));
    s = e;
  }
  return toks;
}

function mk(text: string, s: number, e: number, kind: K): Tok {
  const t = text.slice(s, e);
  let cap = false;
  if (kind === K.Word) {
    const c = t.charCodeAt(0);
    cap = c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(t);
  }
  return { s, e, t, lower: t.toLowerCase(), kind, cap, sent: 0, initial: false };
}

const END_PUNCT = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '„']);

/** Splits tokens into sentences and marks sentence-initial words. */
export function sentences(text: string, toks: Tok[]): Sentence[] {
  const out: Sentence[] = [];
  let t0 = 0;
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const tok = toks[i];
    let end = false;
    let j = i;
    if (tok.kind === K.Punct && END_PUNCT.has(tok.t)) {
      while (j + 1 < n && (CLOSERS.has(toks[j + 1].t) || END_PUNCT.has(toks[j + 1].t)) && toks[j + 1].s === toks[j].e) j++;
      const next = toks[j + 1];
      if (!next) end = true;
      // (`Sen. Ann Poe (D-N.Y.) said`: a dot between letters with no space on either side, before a lone capital,
      // is inside an abbreviation.)
      else if (j === i && i > 0 && toks[i - 1].e === tok.s && next.s === tok.e && toks[i - 1].kind === K.Word && LONE_CAPITAL.test(next.t)) end = false;
      else if (next.cap || next.kind === K.Num || OPENERS.has(next.t) || next.t === '-') end = true;
      else if (next.s > toks[j].e && !LETTER_RE.test(next.t[0])) end = true;
    } else if (tok.kind === K.Word && tok.t.endsWith('.') && tok.t.length > 1) {
      // `U.S.`, `Inc.`, `etc.` may end a sentence when a sentence-like word follows.
      const base = tok.lower.replace(/\.$/, '');
      if (!PREFIX_ABBREVIATIONS.has(base) && !(tok.t.length === 2)) {
        const next = toks[i + 1];
        if (!next) end = true;
        else if (next.cap && (FUNCTION_WORDS.has(next.lower) || STRIPPED_CONTRACTIONS.has(next.lower))) end = true;
        else if (OPENERS.has(next.t) && next.t !== '(') end = true;
      }
    }
    if (end || i === n - 1) {
      const last = end ? j : i;
      out.push({ s: toks[t0].s, e: toks[last].e, t0, t1: last + 1 });
      i = last;
      t0 = last + 1;
    }
  }
  for (let k = 0; k < out.length; k++) {
    const sn = out[k];
    let first = true;
    for (let i = sn.t0; i < sn.t1; i++) {
      const tok = toks[i];
      tok.sent = k;
      if (tok.kind === K.Word || tok.kind === K.Num) {
        if (first) tok.initial = true;
        first = false;
      } else if (OPENERS.has(tok.t) || tok.t === ':' || tok.t === '—' || tok.t === '(') {
        // A word right after an opening quote or colon is capitalised by position too.
        first = true;
      }
    }
  }
  return out;
}
