// Small pure helpers shared by the document passes: text scans, binary searches, span lists, ids.
import type { Span } from '../types';
import type { ECand } from '../entities/cand';
import type { Sentence } from '../tokens';
import { plain } from '../plainPattern';
import { UPPER_FIRST } from '../wordShapes';
import { ownString } from '../ownString';

const NON_WORD_RUNS = plain(String.raw`[^\p{L}\p{N}]+`, 'gu');

export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Same as s.split(/\s+/).pop().toLowerCase(), without the split. */
export const lastWord = (s: string): string => {
  const e = s.length;
  let i = e - 1;
  while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
  if (i === e - 1 && e > 0) return '';
  return s.slice(i + 1, e).toLowerCase();
};

/** A surname after a hyphenated Arabic particle (`al-assad` → `assad`, `el-sisi` → `sisi`), lower case; '' when none. */
const PARTICLE = plain(String.raw`^(?:al|el|ad|ar|as|ash|at|az|an)-(\p{L}[\p{L}'-]{2,})$`, 'u');
export const particleSurname = (sur: string): string => PARTICLE.exec(sur)?.[1] ?? '';

/** `e12`, `q3`, `c0`: the ids of the n-th entity, quote or claim, made once (an edit re-numbers thousands). */
const seqIds: Record<string, string[]> = { e: [], q: [], c: [] };
export function seqId(kind: 'e' | 'q' | 'c', n: number): string {
  const t = seqIds[kind];
  while (t.length <= n) t.push(kind + t.length);
  return t[n];
}

/** The ids of the first `n` entities, quotes or claims (`seqId` of 0 to n - 1; the list may hold more). */
export function seqIdList(kind: 'e' | 'q' | 'c', n: number): readonly string[] {
  if (n > 0) seqId(kind, n - 1);
  return seqIds[kind];
}

const slugMemo = new Map<string, string>();
export function slug(s: string): string {
  let r = slugMemo.get(s);
  if (r === undefined) {
    if (slugMemo.size >= 10_000) slugMemo.clear();
    slugMemo.set(ownString(s), r = ownString(slugOnce(s)));
  }
  return r;
}
function slugOnce(s: string): string {
  const x = s.toLowerCase().normalize('NFKD').replace(NON_WORD_RUNS, '-').replace(/^-+|-+$/g, '');
  return x.slice(0, 48) || 'x';
}

export function editDistance(a: string, b: string, max: number): number {
  const prev = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    let rowMin = prev[0];
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
      rowMin = Math.min(rowMin, prev[j]);
    }
    if (rowMin > max) return max + 1;
  }
  return prev[b.length];
}

export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => UPPER_FIRST.test(w)).map((w) => w[0]).join('');
}

/**
 * An empty list, made by push (not `Array.prototype.map`), already of the kind that holds objects. When an array of
 * another hidden class reaches optimised code, V8 throws the code away and, with background compilation (as in VS
 * Code), runs the next analyses unoptimised until it has recompiled it.
 */
// (Emptied by `pop`, which optimised code does inline: setting `length` is a call into the runtime, about twice the
// cost of the whole list on the edit path, where thousands are made per analysis. The same hidden class either way.)
export function objectList<T>(): T[] {
  const a: unknown[] = [null];
  a.pop();
  return a as T[];
}

/** `n` empty lists (see `objectList`). */
export function lists<T>(n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push(objectList<T>());
  return out;
}

export function sortedSpans(spans: Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const p = spans[i - 1];
    const s = spans[i];
    if (p.start > s.start || (p.start === s.start && p.end > s.end)) return false;
  }
  return true;
}

export function dedupeSpans(spans: Span[]): Span[] {
  let dup = false;
  for (let i = 1; i < spans.length && !dup; i++) dup = spans[i].start === spans[i - 1].start && spans[i].end === spans[i - 1].end;
  if (!dup) return spans; // the common case: no copy
  const out: Span[] = [];
  for (const s of spans) {
    const p = out[out.length - 1];
    if (p && p.start === s.start && p.end === s.end) continue;
    out.push(s);
  }
  return out;
}

/** The last word boundary in text[s, e] (a whitespace character's offset), or e when there is none after s. */
export function cutAtSpace(text: string, s: number, e: number): number {
  for (let i = e; i > s; i--) if (isSpace(text.charCodeAt(i))) return i;
  return e;
}

const WORD_CHAR = plain(String.raw`^[\p{L}\p{N}]$`, 'u');
/** True when text[s, e) has at least `min` runs of letters/digits (as `match(/[\p{L}\p{N}]+/gu).length >= min`),
 *  without slicing and stopping as soon as it knows. */
export function wordsAtLeast(text: string, s: number, e: number, min: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < e && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      w = WORD_CHAR.test(text.slice(i, i + 2));
      if (w && !inWord && ++n >= min) return true;
      inWord = w;
      i++;
      continue;
    } else w = WORD_CHAR.test(text[i]);
    if (w && !inWord && ++n >= min) return true;
    inWord = w;
  }
  return n >= min;
}

const TRIM_END = /[\s,;:\u2014\u2013-]/;
/** The end of text[s, e) without trailing spaces, commas, colons and dashes. */
export function trimEnd(text: string, s: number, e: number): number {
  while (e > s) {
    const c = text.charCodeAt(e - 1);
    // Letters, digits and closing punctuation (the usual last character) end it without a regular expression.
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 34 || c === 33 || c === 63) break;
    if (!TRIM_END.test(text[e - 1])) break;
    e--;
  }
  return e;
}

/** Start offsets as `upperBound` keys, made once, one function per kind of item (quotation-mark segments, quotes,
 *  confirmed entities, candidates, tokens): an arrow written at the call is a new closure on every call, on the edit
 *  path thousands of times per edit, and one function per kind keeps each one's property read to one object shape. */
export const segStart = (x: { s: number }): number => x.s;
export const quoteStart = (x: { s: number }): number => x.s;
export const entStart = (x: { s: number }): number => x.s;
export const candStart = (x: { s: number }): number => x.s;
export const tokStart = (x: { s: number }): number => x.s;

/** First index whose key is greater than `v` (arr sorted by key). */
export function upperBound<T>(arr: readonly T[], v: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (key(arr[m]) <= v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Index of the sentence holding the paragraph-relative offset `relPos` (the last one past the end). */
export function sentOf(d: { sents: Sentence[] }, relPos: number): number {
  let lo = 0;
  let hi = d.sents.length - 1;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (relPos < d.sents[m].e) hi = m;
    else lo = m + 1;
  }
  return lo;
}

/** A learned model's weights (names and numbers, as stored) in the order of the code's feature list; a name the code
 *  does not know is dropped, a feature the data lacks weighs 0 (the pronoun ranker, the fragment model). */
export function alignWeights(features: readonly string[], d: { features: string[]; weights: number[] }): number[] {
  const at = new Map(features.map((n, i) => [n, i]));
  const w = new Array<number>(features.length).fill(0);
  d.features.forEach((n, i) => { const k = at.get(n); if (k !== undefined) w[k] = d.weights[i] ?? 0; });
  return w;
}

/** Words that open a subordinate clause before a sentence's main clause (`When Lee spoke, Wren said ...`); `if`
 *  is left out (a condition is no time or reason clause of a report) and added where it opens one too. */
export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'after', 'before', 'although', 'though', 'because', 'since', 'once', 'whereas', 'until', 'unless']);
/** Conjunctions that may lead an opening subordinate clause (`But when Lee spoke, ...`). */
export const CLAUSE_LEAD_CONJ: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet']);

/** An entity's text as written (s..e) and with its titles (ts..e): the candidate's memo, unless the names pass ended
 *  the entity before the candidate's end (headlineOwner.ts), which an edit elsewhere may change. The memo is an own
 *  copy: the candidate outlives this document's text (cached with its paragraph), and a slice would keep it alive. */
export function entText(c: ECand, d: { s: number; e: number }, text: string): string {
  return d.e - d.s === c.e - c.s ? c.memoText ??= ownString(text.slice(d.s, d.e)) : text.slice(d.s, d.e);
}
export function entWritten(c: ECand, d: { ts: number; s: number; e: number }, text: string): string {
  return d.e - d.s === c.e - c.s ? c.memoWritten ??= ownString(text.slice(d.ts, d.e)) : text.slice(d.ts, d.e);
}
