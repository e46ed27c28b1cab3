// The sample seed and analyses of it for the editor tests: the engine's (`analyze()`), and one built from
// the gold annotations. Plus helpers to carry an analysis over to a transformed copy of the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/engine';
import type { Analysis, Span } from '../../../src/engine/types';
import { analysisFromGold } from './goldAnalysis';

export const ROOT = join(__dirname, '..', '..', '..', '..');
export const SAMPLE_PATH = join(ROOT, 'seeds', '000_be6e4752cb109430.txt');
export const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');
const GOLD_PATH = join(ROOT, 'test', 'fixtures', 'gold', 'seed', '000_be6e4752cb109430.json');

export type Source = 'engine' | 'gold';
export const SOURCES: Source[] = ['engine', 'gold'];

let gold: Analysis | undefined;
let engine: Analysis | undefined;

export function sampleAnalysis(source: Source): Analysis {
  if (source === 'gold') return (gold ??= analysisFromGold(SAMPLE, GOLD_PATH));
  return (engine ??= analyze(SAMPLE));
}

/** Deep-copies an analysis with every offset passed through `f` (for a prefix or CRLF copy of the text). */
export function mapAnalysis(a: Analysis, f: (offset: number) => number, length: number): Analysis {
  const span = <T extends Span | null>(s: T): T => (s ? ({ ...s, start: f(s.start), end: f(s.end) } as T) : s);
  return {
    length,
    header: { ...a.header, titleSpan: span(a.header.titleSpan), dateSpan: span(a.header.dateSpan), urlSpan: span(a.header.urlSpan), bodyStart: f(a.header.bodyStart) },
    paragraphs: a.paragraphs.map(span),
    entities: a.entities.map(span),
    actors: a.actors.map((x) => ({ ...x, mentions: x.mentions.map(span) })),
    quotes: a.quotes.map((q) => ({ ...span(q), cueSpan: span(q.cueSpan), speakerSpan: span(q.speakerSpan) })),
    claims: a.claims.map(span),
  };
}

/** The text with CRLF line ends, and the offset map from the LF text. */
export function toCrlf(text: string): { text: string; map: (o: number) => number } {
  const nl: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') nl.push(i);
  const map = (o: number) => {
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid] < o) lo = mid + 1;
      else hi = mid;
    }
    return o + lo;
  };
  return { text: text.replace(/\n/g, '\r\n'), map };
}

/** An analyzer for the service that answers from `source` for the sample and its CRLF/prefixed copies. */
export function sampleAnalyzer(source: Source): (text: string) => Analysis {
  return (text: string) => {
    const base = sampleAnalysis(source);
    if (text === SAMPLE) return base;
    if (source === 'engine') return analyze(text);
    const crlf = toCrlf(SAMPLE);
    if (text === crlf.text) return mapAnalysis(base, crlf.map, text.length);
    const k = text.indexOf(SAMPLE);
    if (k >= 0) return mapAnalysis(base, (o) => o + k, text.length);
    throw new Error('gold analysis only covers the sample and its copies');
  };
}

/** First offset of `needle` in `text` (after `from`), asserting it exists. */
export function at(text: string, needle: string, from = 0): number {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i;
}
