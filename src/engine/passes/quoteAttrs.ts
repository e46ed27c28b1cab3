// Paragraph-local look-ups of the quotes pass: which attribution belongs to a quotation-mark segment, the nearest
// attribution to an offset, and whether a weakly attributed marked span is speech at all. Paragraphs with many
// attributions go through sorted indexes so that a paragraph of thousands of cues stays linear.
import type { Attr, Seg } from '../attribution';
import type { ParaData } from './state';
import { CLAUSE_LEAD_CONJ, CLAUSE_SUBORDINATORS, segStart, sentOf, upperBound } from './util';
import { plain } from '../plainPattern';
import { ownString } from '../ownString';
import { ANY_LETTER, UPPER_FIRST } from '../wordShapes';

const WORD_CHAR_AT_END = plain(String.raw`[\p{L}\p{N}]\s*$`, 'u');
const INNER_WORDS = plain(String.raw`[\p{L}\p{N}][\p{L}\p{N}'’-]*`, 'gu');
const LOWER_FIRST = plain(String.raw`^\p{Ll}`, 'u');

/** Above this many attributions in a paragraph, look-ups go through sorted indexes instead of scanning them all for
 *  every quote (a paragraph of thousands of cues and quotation marks would otherwise take their product). */
export const MANY_ATTRS = 16;
/** Attributions of one sentence tried as the preposed one before a quote, at most (first ones first). */
const MAX_SENTENCE_ATTRS_SCANNED = 64;

/** What a quotation-mark segment says by itself: paragraph-local, so computed once per cached paragraph. */
export function segFacts(text: string, base: number, d: ParaData, sg: Seg): NonNullable<Seg['memo']> {
  const inner = text.slice(base + sg.s, base + sg.e);
  const before = text.slice(Math.max(base, base + sg.open - 40), base + sg.open);
  const firstLetter = ANY_LETTER.exec(inner);
  const embedded = WORD_CHAR_AT_END.test(before) && !/\b(said|says|told|added|asked|wrote|warned|stated|declared)\s*$/i.test(before);
  const partial = !!(firstLetter && firstLetter[0] === firstLetter[0].toLowerCase() && firstLetter[0] !== firstLetter[0].toUpperCase()) || embedded;
  if (d.attrs.length > MANY_ATTRS) return { partial, ...segAttrsIndexed(d, sg) };
  const after = d.attrs.find((a) => (a.form === 'inverted' || a.form === 'bare') && a.boundary >= sg.e - 1 && a.boundary <= sg.closeEnd + 2);
  let before2: Attr | undefined;
  if (!after) {
    before2 = d.attrs.find((a) => (a.form === 'preposed' || a.form === 'parenthetical') && a.contentS >= sg.open - 3 && a.contentS <= sg.open + 1);
    if (!before2) {
      // (`While not everything Lee says is true, Reyes said Lee is "..."`: of the preposed attributions of the sentence
      // whose content holds the quote, the one whose cue comes last.)
      const si = sentOf(d, sg.s);
      for (const a of d.attrs) {
        if (laterPreposed(d, a, sg, before2) && a.sent === si) before2 = a;
      }
      if (before2 && inOpener(d, before2, sg.open)) before2 = undefined;
    }
  }
  return { partial, after, before: before2 };
}

/** Whether `a` is a preposed attribution (or a parenthetical one: `Lee's plan, he added, amounts to "..."`) whose
 *  content holds the quote `sg` and whose cue comes after that of `best` (the one found so far). */
function laterPreposed(d: ParaData, a: Attr, sg: Seg, best: Attr | undefined): boolean {
  return (a.form === 'preposed' || a.form === 'parenthetical') && a.cueE <= sg.open && a.contentS <= sg.open && a.contentE >= sg.e - 1 &&
    !cueQuoted(d, a) && (!best || a.cueS > best.cueS);
}

/** How many tokens an opening clause may hold before its comma. */
const OPENER_SPAN = 40;

/** Whether the preposed attribution `a` (its subject and cue) lies in a subordinate clause opening its sentence that
 *  a comma closes before the quote opening at `open`, with words of the main clause between (`When Lee suggested that
 *  the fares would rise, Wren shot back: "..."`, `While Lee calls it "...," Wren fixes on the "..."`): the cue
 *  reports the clause's own words, not the quote after the main clause's subject. */
export function inOpener(d: ParaData, a: Attr, open: number): boolean {
  const sn = d.sents[a.sent];
  if (!sn || open >= sn.e) return false;
  const toks = d.toks;
  let t = sn.t0;
  if (toks[t] && CLAUSE_LEAD_CONJ.has(toks[t].lower)) t++;
  if (!toks[t] || !CLAUSE_SUBORDINATORS.has(toks[t].lower) || a.subject.s < toks[t].e) return false;
  for (let k = t + 1; k < sn.t1 && k < t + OPENER_SPAN && toks[k].s < open; k++) {
    if (toks[k].t !== ',' || toks[k].s < a.cueE) continue;
    // (The comma closes the clause when a word of the main clause follows it before the quote.)
    let j = k + 1;
    while (j < sn.t1 && /^["“”'‘’]$/.test(toks[j].t)) j++;
    if (j >= sn.t1 || toks[j].s >= open || !toks[j].cap) return false;
    // (Not a word inside a quote: `..., saying, "I ..."`.)
    const g = upperBound(d.segs, toks[j].s, segStart) - 1;
    return g < 0 || toks[j].s >= d.segs[g].e;
  }
  return false;
}

/** Whether an attribution's cue sits inside a quotation-mark segment of its paragraph (`"Reyes says he pays," Lee
 *  said, "but ..."`: `Reyes says` is quoted, no attribution of the quote after it). */
function cueQuoted(d: ParaData, a: Attr): boolean {
  const k = upperBound(d.segs, a.cueS, segStart) - 1;
  return k >= 0 && a.cueS < d.segs[k].e;
}

interface AttrIndex {
  attrs: Attr[];
  /** Indexes of inverted / bare attributions, by boundary (then index). */
  byBoundary: Int32Array;
  /** Indexes of preposed / parenthetical attributions, by content start (then index). */
  byContent: Int32Array;
  /** Indexes of attributions that can name a speaker (not collective, not np), by cue start (then index). */
  byCue: Int32Array;
  /** Attributions sorted by sentence: the first index of each sentence's run is found by binary search. */
  bySent: boolean;
}
let attrIndex: AttrIndex | null = null;

function indexAttrs(attrs: Attr[]): AttrIndex {
  if (attrIndex && attrIndex.attrs === attrs) return attrIndex;
  const pick = (ok: (a: Attr) => boolean, key: (a: Attr) => number): Int32Array => {
    const xs: number[] = [];
    for (let i = 0; i < attrs.length; i++) if (ok(attrs[i])) xs.push(i);
    xs.sort((x, y) => key(attrs[x]) - key(attrs[y]) || x - y);
    return Int32Array.from(xs);
  };
  let bySent = true;
  for (let i = 1; i < attrs.length && bySent; i++) bySent = attrs[i - 1].sent <= attrs[i].sent;
  return attrIndex = {
    attrs,
    byBoundary: pick((a) => a.form === 'inverted' || a.form === 'bare', (a) => a.boundary),
    byContent: pick((a) => a.form === 'preposed' || a.form === 'parenthetical', (a) => a.contentS),
    byCue: pick((a) => a.subject.kind !== 'collective' && a.subject.kind !== 'np', (a) => a.cueS),
    bySent,
  };
}

/** First position in `idx` whose key is at least `v`. */
function lowerBoundIdx(idx: Int32Array, attrs: Attr[], v: number, key: (a: Attr) => number): number {
  let lo = 0;
  let hi = idx.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (key(attrs[idx[m]]) < v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** The earliest attribution (in paragraph order) whose key lies in [lo, hi], or undefined. */
function firstInRange(idx: Int32Array, attrs: Attr[], lo: number, hi: number, key: (a: Attr) => number): Attr | undefined {
  let best = -1;
  for (let k = lowerBoundIdx(idx, attrs, lo, key); k < idx.length && key(attrs[idx[k]]) <= hi; k++) {
    if (best < 0 || idx[k] < best) best = idx[k];
  }
  return best < 0 ? undefined : attrs[best];
}

const boundaryKey = (a: Attr): number => a.boundary;
const contentKey = (a: Attr): number => a.contentS;
const cueKey = (a: Attr): number => a.cueS;

/** `segFacts`' attributions through the index: the same answers, except that in a sentence with more than
 *  MAX_SENTENCE_ATTRS_SCANNED attributions only its first ones are tried as the preposed attribution of a quote. */
function segAttrsIndexed(d: ParaData, sg: Seg): { after: Attr | undefined; before: Attr | undefined } {
  const attrs = d.attrs;
  const ix = indexAttrs(attrs);
  const after = firstInRange(ix.byBoundary, attrs, sg.e - 1, sg.closeEnd + 2, boundaryKey);
  let before: Attr | undefined;
  if (!after) {
    before = firstInRange(ix.byContent, attrs, sg.open - 3, sg.open + 1, contentKey);
    if (!before) {
      const si = sentOf(d, sg.s);
      let k = 0;
      if (ix.bySent) {
        let lo = 0;
        let hi = attrs.length;
        while (lo < hi) {
          const m = (lo + hi) >> 1;
          if (attrs[m].sent < si) lo = m + 1;
          else hi = m;
        }
        k = lo;
      }
      for (let n = 0; k < attrs.length && n < MAX_SENTENCE_ATTRS_SCANNED; k++) {
        const a = attrs[k];
        if (a.sent !== si) { if (ix.bySent) break; continue; }
        n++;
        if (laterPreposed(d, a, sg, before)) before = a;
      }
      if (before && inOpener(d, before, sg.open)) before = undefined;
    }
  }
  return { after, before };
}

/** The attribution whose cue is nearest to the paragraph offset `rel` (the earlier on a tie), among those that can
 *  name a speaker (not collective, not a noun phrase) and whose cue is not itself quoted (`"... as they say in
 *  baseball ...," she said`, `"Ann thinks it is fine," Lee said`: a cue inside closed quotation marks is part of the speech,
 *  no attribution of a quote), or null. */
export function nearestAttr(d: ParaData, rel: number): Attr | null {
  const attrs = d.attrs;
  if (attrs.length > MANY_ATTRS) {
    // Through the index: the nearest unquoted cue on the left (the first of equal ones) or on the right; the left one
    // on a tie. (At most MAX_QUOTED_SKIPPED quoted cues are stepped over on each side.)
    const ix = indexAttrs(attrs).byCue;
    if (!ix.length) return null;
    let r = lowerBoundIdx(ix, attrs, rel + 1, cueKey); // first cue after rel
    let l = r - 1;
    for (let n = 0; l >= 0 && n < MAX_QUOTED_SKIPPED && cueInClosed(d, attrs[ix[l]]); n++) l--;
    if (l >= 0 && cueInClosed(d, attrs[ix[l]])) l = -1;
    while (l > 0 && attrs[ix[l - 1]].cueS === attrs[ix[l]].cueS && !cueInClosed(d, attrs[ix[l - 1]])) l--;
    for (let n = 0; r < ix.length && n < MAX_QUOTED_SKIPPED && cueInClosed(d, attrs[ix[r]]); n++) r++;
    if (r < ix.length && cueInClosed(d, attrs[ix[r]])) r = ix.length;
    if (l < 0 && r >= ix.length) return null;
    if (l < 0) return attrs[ix[r]];
    if (r >= ix.length) return attrs[ix[l]];
    const dl = rel - attrs[ix[l]].cueS;
    const dr = attrs[ix[r]].cueS - rel;
    // (Equal distances: the earlier in paragraph order, as the scan below picks.)
    if (dl === dr) return ix[l] < ix[r] ? attrs[ix[l]] : attrs[ix[r]];
    return dl < dr ? attrs[ix[l]] : attrs[ix[r]];
  }
  let best: Attr | null = null;
  let bd = Infinity;
  for (const a of attrs) {
    if (a.subject.kind === 'collective' || a.subject.kind === 'np') continue;
    const dist = Math.abs(a.cueS - rel);
    if (dist < bd && !cueInClosed(d, a)) { bd = dist; best = a; }
  }
  return best;
}
/** Whether an attribution's cue sits inside a closed quotation-mark segment (an unclosed one may have run over its
 *  own attribution: `"... to keep, said Lee, whose ...` with the closing mark missing). */
function cueInClosed(d: ParaData, a: Attr): boolean {
  const k = upperBound(d.segs, a.cueS, segStart) - 1;
  return k >= 0 && a.cueS < d.segs[k].e && d.segs[k].closed;
}
/** Quoted cues stepped over on each side by the indexed look-up, at most. */
const MAX_QUOTED_SKIPPED = 64;

/** A closing mark with a comma and words after it (`"..., " the governor said`): the sentence goes on. */
export const COMMA_CLOSE = plain(String.raw`^(?:,\s*["”'’]|["”'’]\s*,)\s*\p{L}`, 'u');

/** A marked span without a real attribution that is no speech: two words or fewer, a title (`"The Last Supper"`),
 *  or a headline-like line without attributions. `shortOk`: a short fragment is speech (only an empty one, a title
 *  or a headline line is not). */
export function notSpeech(inner: string, rel: number, d: ParaData, commaClose = false, shortOk = false): boolean {
  const f = innerFacts(inner);
  // (A quote ending in a colon leads in to more speech, `... These are the worst:`: no headline.)
  const headlineLine = rel <= 1 && !(f & ENDS_STOP_OR_COLON) && !d.attrs.length && !commaClose;
  if (shortOk) return !!(f & NO_WORDS) || (!!(f & TITLE_LIKE) && !!(f & SOME_UPPER) && !(f & OPENS_LOWER)) || headlineLine;
  return !!(f & AT_MOST_TWO) || !!(f & TITLE_LIKE) || headlineLine;
}

const NO_WORDS = 1;
const AT_MOST_TWO = 2;
const TITLE_LIKE = 4;
const SOME_UPPER = 8;
const OPENS_LOWER = 16;
const ENDS_STOP_OR_COLON = 32;
/** `innerFacts` of the quote texts asked about, by text (a function of the text alone); emptied when full. */
const innerMemo = new Map<string, number>();
const INNER_MEMO_MAX = 20_000;
/** Longer texts are not kept: the memo's memory stays bounded by entries times this, whatever a document holds. */
const INNER_KEY_MAX = 600;

/** What `notSpeech` reads of a quote's text, as bits: a function of the text alone, so kept by text (asked again
 *  for every quote on every edit; the words it matched were most of its garbage). */
function innerFacts(inner: string): number {
  const kept = inner.length <= INNER_KEY_MAX;
  let f = kept ? innerMemo.get(inner) : undefined;
  if (f !== undefined) return f;
  const words = inner.match(INNER_WORDS) ?? [];
  const titleLike = words.length <= 8 && words.every((w) => UPPER_FIRST.test(w) || /^(of|the|and|for|in|on|a|an|to|de|la)$/.test(w)) && !/[.!?]$/.test(inner);
  f = (words.length === 0 ? NO_WORDS : 0) | (words.length <= 2 ? AT_MOST_TWO : 0) | (titleLike ? TITLE_LIKE : 0)
    | (words.some((w) => UPPER_FIRST.test(w)) ? SOME_UPPER : 0) | (LOWER_FIRST.test(inner) ? OPENS_LOWER : 0)
    | (/[.!?:]$/.test(inner) ? ENDS_STOP_OR_COLON : 0);
  if (!kept) return f;
  if (innerMemo.size >= INNER_MEMO_MAX) innerMemo.clear();
  // (A key of its own: a slice would keep the whole text of the document it came from alive.)
  innerMemo.set(ownString(inner), f);
  return f;
}

/** Whether a span overlaps one of a paragraph's quotes: those found so far (`quotes`, fixed) and those added since
 *  (`add`, each only after `test` said it overlaps none, so they never overlap one another). A scan of the list while
 *  it is short; else a binary search in the fixed ones sorted by start (with the running maximum of their ends) and in
 *  the added ones (disjoint, so sorted by start they are sorted by end too). */
export function quoteOverlaps(quotes: { s: number; e: number }[], attrs: number): { test(q: { s: number; e: number }): boolean; add(q: { s: number; e: number }): void } {
  if (quotes.length + attrs <= MANY_ATTRS) {
    return { test: (q) => quotes.some((p) => p.s < q.e && q.s < p.e), add: () => undefined };
  }
  const fixed = quotes.map((p) => [p.s, p.e] as [number, number]).sort((a, b) => a[0] - b[0]);
  const maxEnd = new Float64Array(fixed.length);
  for (let i = 0; i < fixed.length; i++) maxEnd[i] = Math.max(i ? maxEnd[i - 1] : -Infinity, fixed[i][1]);
  const added: { s: number; e: number }[] = [];
  /** Number of entries whose start is below v. */
  const below = <T>(xs: T[], v: number, key: (x: T) => number): number => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (key(xs[m]) < v) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  return {
    test(q) {
      const f = below(fixed, q.e, (x) => x[0]);
      if (f > 0 && maxEnd[f - 1] > q.s) return true;
      const k = below(added, q.e, (x) => x.s);
      return k > 0 && added[k - 1].e > q.s;
    },
    add(q) {
      added.splice(below(added, q.s, (x) => x.s), 0, q);
    },
  };
}
