// Shared pieces of the export formats. Pure: no `vscode`, no `fs`.
import type { Actor, Analysis, Claim, Quote, Span } from '../engine/types';

/** Everything an exporter needs: the analysis, the exact text it was computed from, and a file name. */
export interface ExportInput {
  analysis: Analysis;
  /** The text given to `analyze()`; all offsets of `analysis` index into it (UTF-16 code units). */
  text: string;
  /** File name as it should appear in the export (a base name or a path; no URI). */
  fileName: string;
  /** URI of the file (`file:///...`), used when the seed has no source URL. Optional. */
  fileUri?: string;
}

export const EXPORT_FORMATS = ['json', 'markdown', 'csv', 'brat', 'w3c', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  id: ExportFormat;
  label: string;
  description: string;
  /** Extension of the main output file, including the dot. */
  extension: string;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  json: { id: 'json', label: 'JSON (seed-reader/1)', description: 'Canonical document: entities, actors, quotes, claims', extension: '.seed.json' },
  markdown: { id: 'markdown', label: 'Markdown report', description: 'Readable report: actors, quotes in order, claims by actor', extension: '.seed.md' },
  csv: { id: 'csv', label: 'CSV', description: 'One row per quote (RFC 4180), for spreadsheets', extension: '.seed.csv' },
  brat: { id: 'brat', label: 'brat standoff', description: '.ann beside a copy of the .txt, plus annotation.conf', extension: '.ann' },
  w3c: { id: 'w3c', label: 'W3C Web Annotation', description: 'JSON-LD AnnotationCollection with text selectors', extension: '.seed.jsonld' },
  html: { id: 'html', label: 'HTML page', description: 'Self-contained page with highlights, legend and actor index', extension: '.seed.html' },
};

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** Base name of a path (either separator), without directories. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** `dir/name.seed.txt` → `name`; `name.txt` → `name`; `name.seed` → `name`; `name` → `name`. */
export function stemName(path: string): string {
  const b = baseName(path);
  const stripped = b.replace(/(\.seed)?\.txt$/i, '').replace(/\.seed$/i, '');
  return stripped || b;
}

/** Output file name for a source file and a format: `name.seed.json`, `name.ann`, ... */
export function outputFileName(sourcePath: string, format: ExportFormat): string {
  return stemName(sourcePath) + FORMAT_INFO[format].extension;
}

export function actorMap(analysis: Analysis): Map<string, Actor> {
  return new Map(analysis.actors.map((a) => [a.id, a]));
}

export function actorName(actors: Map<string, Actor>, id: string | null | undefined): string {
  if (!id) return '';
  return actors.get(id)?.name ?? id;
}

/** True when the span is inside the text and well-formed. Exporters skip spans that are not. */
export function validSpan(s: Span | null | undefined, length: number): s is Span {
  return !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end >= s.start && s.end <= length;
}

/**
 * Maps UTF-16 offsets of `text` to Unicode code point offsets (what Python, brat and the W3C
 * TextPositionSelector count). An offset inside a surrogate pair maps to the pair's code point.
 */
/** The first index in [0, n) at which `before(i)` is false, for a `before` true on a prefix and false after it (a
 *  binary search: `before` is asked about log n indices). */
export function firstNotBefore(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class CodePointIndex {
  private readonly astral: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i + 1); // UTF-16 index of the low surrogate: one unit that counts no code point
          i++;
        }
      }
    }
  }

  /** Code point offset of a UTF-16 offset. */
  toCodePoint(offset: number): number {
    // Number of low surrogates strictly before `offset`.
    return offset - firstNotBefore(this.astral.length, (i) => this.astral[i] < offset);
  }
}

/** Code point length of a string. */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/**
 * The cue of a quote as written in the text (`Said`, `According to`): the text of its cue span. The
 * engine keeps cues lower-cased; the schema says "as written". Falls back to the engine's cue when the
 * span is missing or does not hold it.
 */
export function quoteCue(text: string, q: Pick<Quote, 'cue' | 'cueSpan'>): string | null {
  if (!q.cue) return q.cue ?? null;
  if (validSpan(q.cueSpan, text.length)) {
    const w = text.slice(q.cueSpan.start, q.cueSpan.end);
    if (norm(w) === norm(q.cue)) return w;
  }
  return q.cue;
}

/** Compiled cue patterns by cue: a document has a handful of distinct cues and thousands of claims. Bounded: cleared
 *  when it grows past 512 cues. */
const cuePatterns = new Map<string, RegExp>();

/** The pattern of a cue's words (any run of spaces between words, any case); word boundaries are checked apart
 *  (`letterOrDigitAround`): a lookbehind at the start of the pattern would be tried at every position of the text. */
function cueRegExp(cue: string): RegExp {
  let re = cuePatterns.get(cue);
  if (!re) {
    const words = cue.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(words.join('\\s+'), 'giu');
    if (cuePatterns.size >= 512) cuePatterns.clear();
    cuePatterns.set(cue, re);
  }
  return re;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when a letter or digit touches `s[start, end)` on either side (the match is then part of a longer word). */
function letterOrDigitAround(s: string, start: number, end: number): boolean {
  if (start > 0) {
    const lo = start >= 2 && (s.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && (s.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? start - 2 : start - 1;
    if (LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(lo)!))) return true;
  }
  return end < s.length && LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(end)!));
}

/**
 * The cue of a claim as written: its quote's cue span when it has a quote, else the occurrence of the
 * cue nearest the claim (claims carry no cue span).
 */
export function claimCue(text: string, analysis: Analysis, c: Claim, quotes?: Map<string, Quote>): string | null {
  if (!c.cue) return c.cue ?? null;
  const q = c.quote ? (quotes ? quotes.get(c.quote) : analysis.quotes.find((x) => x.id === c.quote)) : undefined;
  if (q && q.cue && norm(q.cue) === norm(c.cue)) {
    const w = quoteCue(text, q);
    if (w && norm(w) === norm(c.cue)) return w;
  }
  if (!c.cue.trim()) return c.cue;
  const re = cueRegExp(c.cue);
  const from = Math.max(0, c.start - 600);
  const window = text.slice(from, Math.min(text.length, c.end + 600));
  let best: string | null = null;
  let bestDist = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (letterOrDigitAround(window, m.index, m.index + m[0].length)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const s = from + m.index;
    const e = s + m[0].length;
    const dist = e <= c.start ? c.start - e : s >= c.end ? s - c.end : 0;
    if (dist < bestDist) { bestDist = dist; best = m[0]; }
  }
  return best ?? c.cue;
}
