// Public entry of the analysis engine. Pure: no `vscode` import.
// Per-paragraph work (tokens, sentences, entity candidates, quotation marks, attribution clauses)
// is cached by paragraph text; document-level resolution (entity confirmation, actor merging,
// pronoun speakers, quote chains across paragraphs, ids) is recomputed cheaply on every call.
import { parseHeader, splitParagraphs } from './header';
import { blankMarkup } from './markup';
import type { Analysis, Header, Paragraph } from './types';
import { tokenize, sentences } from './tokens';
import { findEntities } from './entities';
import { findSegments, findAttributions } from './attribution';
import { resolveDocument, type Carry, type Unit, type ParaData } from './document';
import { commonEnds } from '../worker/delta';
import { ownString } from './ownString';
import { PlainUnit } from './plainObjects';
import { splitParagraphsEdited, type PreviousSplit } from './paragraphsEdited';

export * from './types';
export { parseHeader, looksLikeSeed, splitParagraphs, parseSeedDate } from './header';

export interface Analyzer {
  analyze(text: string): Analysis;
  clear(): void;
  /** Number of cached paragraph analyses (for tests and diagnostics). */
  readonly size: number;
}

/** Paragraph-level analysis: depends on the paragraph text (and headline flag) only. */
export function analyzeParagraph(text: string, headline: boolean): ParaData {
  const toks = tokenize(text);
  const sents = sentences(text, toks);
  const ents = findEntities(text, toks, sents, headline);
  const segs = headline ? [] : findSegments(text);
  const attrs = headline ? [] : findAttributions(text, toks, sents, ents);
  return { toks, sents, ents, segs, attrs, memo: undefined }; // (memo: one object shape from the start)
}

const MAX_CACHE = 20000;
/** A generation of the paragraph cache also ends once its paragraphs hold this many characters: their data takes
 *  about 57 bytes a character (measured), so the cache keeps at most about 2 × (this + one document) characters'
 *  worth, whatever the paragraphs' lengths (the count alone let 20,000 long paragraphs hold gigabytes). */
const MAX_CACHE_CHARS = 2_000_000;
/** Paragraphs longer than this are analysed for quotes and header only (a pathological single line). */
const MAX_PARAGRAPH = 50_000_000;

export interface AnalyzerOptions {
  /** Rethrow internal errors instead of falling back to header + paragraphs (tests use this to see them). */
  rethrow?: boolean;
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  // Two generations per kind (headline / body paragraph), keyed by the text itself: what the latest analyses used
  // stays; paragraphs no longer in the document age out after two analyses. No limit that a big document could thrash.
  let cur = { h: new Map<string, ParaData>(), p: new Map<string, ParaData>() };
  let prev = { h: new Map<string, ParaData>(), p: new Map<string, ParaData>() };
  let curChars = 0; // (characters of the paragraphs in `cur`)
  const para = (text: string, headline: boolean): ParaData => {
    const c = headline ? cur.h : cur.p;
    let d = c.get(text);
    if (d) return d;
    d = (headline ? prev.h : prev.p).get(text);
    // (The paragraph's own copy: the key and every string its data slices from it would otherwise keep the whole
    // document it was cut from alive for as long as the cache keeps the paragraph.)
    if (!d) d = text.length > MAX_PARAGRAPH ? emptyPara() : analyzeParagraph(text = ownString(text), headline);
    c.set(text, d);
    curChars += text.length;
    return d;
  };
  // The previous analysis's text and units: after an edit, the paragraphs before and after the changed stretch are the
  // same text at the same (or shifted) offsets, so their cached data is taken by position without slicing and hashing.
  // (`original`: the text as given; `bare`: it has no markup or typewriter mark to normalise, so `text` is it; `split`:
  // its paragraphs as split, for the next split.)
  let last: { text: string; original: string; bare: boolean; units: Unit[]; paragraphs: Paragraph[]; split: PreviousSplit | null } | null = null;
  // Document sums the passes keep from one analysis to the next (passes/fold.ts), this analyzer's own.
  let carry: Carry = {};
  const rotate = (): void => {
    // A small analysis (a window preview, an article) keeps the older generation too.
    if (cur.h.size + cur.p.size < MAX_CACHE && curChars < MAX_CACHE_CHARS) return;
    prev = cur;
    cur = { h: new Map(), p: new Map() };
    curChars = 0;
  };
  return {
    analyze(original: string): Analysis {
      // What the text shares with the previous one: the paragraphs are split again only between (paragraphsEdited.ts).
      const ends = last ? commonEnds(last.original, original) : null;
      const base = baseAnalysis(original, last && ends && last.split ? { prev: last.split, ends } : null);
      // Typewriter quotation marks (`''` and ``` `` ```) read as `"`, markup tags as spaces (markup.ts); same length, so
      // every offset holds. A text with none of the characters they start with is its own normalised text; after an
      // edit of such a text, only the edited stretch can bring one in.
      const bare = last !== null && last.bare && ends !== null ? bareText(original.slice(Math.max(0, ends.prefix - 1), Math.min(original.length, original.length - ends.suffix + 1))) : bareText(original);
      const text = bare ? original : normalizeMarks(blankMarkup(original));
      try {
        const units: Unit[] = [];
        const h = base.analysis.header;
        if (h.titleSpan) units.push({ start: h.titleSpan.start, end: h.titleSpan.end, index: -1, data: para(text.slice(h.titleSpan.start, h.titleSpan.end), true) });
        // (Both texts their own normalised text: the ends already found.)
        const reuse = last ? (bare && last.bare ? ends : commonEnds(last.text, text)) : null;
        const old = last ? last.units : [];
        const oldParas = last ? last.paragraphs : [];
        let k = 0; // walks the old units in step with the new paragraphs
        const paras = base.analysis.paragraphs;
        for (let i = 0; i < paras.length; i++) {
          const p = paras[i];
          let data: ParaData | null = null;
          if (reuse) {
            // Same text as before: wholly inside the common prefix, or wholly inside the common suffix (shifted).
            const shift = p.end <= reuse.prefix ? 0 : p.start >= text.length - reuse.suffix ? reuse.delta : NaN;
            if (shift === shift) {
              const os = p.start - shift;
              while (k < old.length && old[k].start < os) k++;
              const o = old[k];
              if (o && o.start === os && o.end === p.end - shift && o.index >= 0) data = o.data;
              // Before the edit the paragraph itself is unchanged: the previous object again (analyses are read-only).
              const q = shift === 0 ? oldParas[p.index] : undefined;
              if (q && q.start === p.start && q.end === p.end && q.line === p.line) paras[i] = q;
            }
          }
          // (plainObjects.ts: made by a constructor, so that V8 allocates it young.)
          units.push(new PlainUnit(p.start, p.end, p.index, data ?? para(text.slice(p.start, p.end), false)));
        }
        const r = resolveDocument(text, units, carry);
        if (text !== original) restoreTexts(original, r);
        last = { text, original, bare, units, paragraphs: paras, split: base.split };
        rotate();
        return { ...base.analysis, ...r };
      } catch (e) {
        carry = {}; // (a pass that failed may have left its sums half made)
        if (options.rethrow) throw e;
        // Never throw to the caller, but never fail silently either: the fallback has no entities or quotes.
        try { console.error('seed-reader: analysis failed; showing header and paragraphs only:', e); } catch { /* no console */ }
        return base.analysis;
      }
    },
    clear() {
      last = null;
      carry = {};
      cur = { h: new Map(), p: new Map() };
      prev = { h: new Map(), p: new Map() };
      curChars = 0;
    },
    get size() { return cur.h.size + cur.p.size + prev.h.size + prev.p.size; },
  };
}

// Two apostrophes (not a third before them) or two backticks: the ASCII typewriter convention for double quotation
// marks (`''We will,'' he said`, ``` ``Yes,'' she said ```). An opener (after a space, a bracket or a dash, or at the
// start) becomes a space and `"` (`"` and a space at the start of a line), a closer `"` and a space: the mark stays
// next to the quoted text and every offset holds.
const TYPEWRITER_MARKS = /''(?!')|``/g;

export function normalizeMarks(text: string): string {
  if (text.indexOf("''") < 0 && text.indexOf('``') < 0) return text;
  TYPEWRITER_MARKS.lastIndex = 0;
  return text.replace(TYPEWRITER_MARKS, (m: string, i: number) => {
    if (m === '``') return '" ';
    const prev = i > 0 ? text.charCodeAt(i - 1) : 10;
    if (prev === 10 || prev === 13) return '" ';
    const opener = prev <= 32 || prev === 0xa0 || prev === 40 || prev === 91 || prev === 0x2014 || prev === 0x2013;
    return opener ? ' "' : '" ';
  });
}

/** Text fields of the result sliced from the text as given (the normalised one differs only at the marks and tags). An object
 *  whose text differs is replaced by a copy, never written: the output pass shares entity objects with earlier analyses
 *  (`Carry.entities`), which are read-only and hold their own original's text. */
function restoreTexts(original: string, r: Pick<Analysis, 'entities' | 'quotes' | 'claims'>): void {
  r.entities = restored(original, r.entities);
  r.quotes = restored(original, r.quotes);
  r.claims = restored(original, r.claims);
}

function restored<T extends { start: number; end: number; text: string }>(original: string, list: T[]): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    const t = original.slice(o.start, o.end);
    if (t === o.text) continue;
    out ??= list.slice();
    out[i] = { ...o, text: t };
  }
  return out ?? list;
}

function emptyPara(): ParaData {
  return { toks: [], sents: [], ents: [], segs: [], attrs: [], memo: undefined };
}

/** The header and paragraphs of `text` (`after`: the previous text's split and what the two share, to split only the
 *  edited stretch again), and the split to keep for the next text (null when it failed). */
function baseAnalysis(text: string, after: { prev: PreviousSplit; ends: { prefix: number; suffix: number } } | null): { analysis: Analysis; split: PreviousSplit | null } {
  let header: Header;
  let paragraphs: Paragraph[];
  let split: PreviousSplit | null = null;
  try {
    header = parseHeader(text);
    paragraphs = after
      ? splitParagraphsEdited(text, header.bodyStart, after.prev, after.ends.prefix, after.ends.suffix)
      : splitParagraphs(text, header.bodyStart);
    split = { length: text.length, bodyStart: header.bodyStart, paragraphs: paragraphs.slice() };
  } catch {
    header = { title: null, titleSpan: null, date: null, rawDate: null, dateSpan: null, url: null, urlSpan: null, isSeed: false, bodyStart: 0 };
    paragraphs = [];
  }
  return { analysis: { length: text.length, header, paragraphs, entities: [], actors: [], quotes: [], claims: [] }, split };
}

/** Whether `text` has none of the characters markup tags and typewriter marks start with (`<`, `''`, ``` `` ```):
 *  then `normalizeMarks(blankMarkup(text))` is `text` itself. */
function bareText(text: string): boolean {
  return text.indexOf('<') < 0 && text.indexOf("''") < 0 && text.indexOf('``') < 0;
}

let defaultAnalyzer: Analyzer | null = null;

/** Analyses a whole seed text. Deterministic; never throws. */
export function analyze(text: string): Analysis {
  if (typeof text !== 'string') text = String(text ?? '');
  if (!defaultAnalyzer) defaultAnalyzer = createAnalyzer();
  return defaultAnalyzer.analyze(text);
}
