// Analysis of a window of a large document (the visible range), with offsets into the whole text.
// Used to decorate what the reader sees first while the whole document is analysed in the background.
import type { Analysis, Span } from './types';
import { parseHeader, splitParagraphs } from './header';

function shiftSpan<T extends Span>(s: T, delta: number): T {
  return { ...s, start: s.start + delta, end: s.end + delta };
}

function shiftOptional(s: Span | null, delta: number): Span | null {
  return s ? { start: s.start + delta, end: s.end + delta } : null;
}

/** Shifts every offset in an analysis of a substring that starts at `delta` in the whole text. */
export function shiftAnalysis(a: Analysis, delta: number): Analysis {
  return {
    ...a,
    entities: a.entities.map((e) => shiftSpan(e, delta)),
    actors: a.actors.map((x) => ({ ...x, mentions: x.mentions.map((m) => shiftSpan(m, delta)) })),
    quotes: a.quotes.map((q) => ({
      ...shiftSpan(q, delta),
      cueSpan: shiftOptional(q.cueSpan, delta),
      speakerSpan: shiftOptional(q.speakerSpan, delta),
    })),
    claims: a.claims.map((c) => shiftSpan(c, delta)),
  };
}

/**
 * Analyses only the paragraphs that overlap [start, end) of `text` (plus `context` paragraphs either side, so that an
 * attribution just outside the window is seen), returning an Analysis whose offsets point into the whole text.
 * Cross-paragraph resolution is limited to the window: the result is a preview, replaced by the full analysis later.
 * With `allParagraphs` false, `paragraphs` lists only the window's paragraphs (a small preview to send).
 */
export function analyzeWindow(
  analyze: (text: string) => Analysis,
  text: string,
  start: number,
  end: number,
  context = 2,
  allParagraphs = true,
): Analysis {
  const header = parseHeader(text);
  const paragraphs = splitParagraphs(text, header.bodyStart);
  let first = paragraphs.findIndex((p) => p.end >= start);
  if (first < 0) first = paragraphs.length;
  let last = first;
  while (last < paragraphs.length && paragraphs[last].start < end) last++;
  first = Math.max(0, first - context);
  last = Math.min(paragraphs.length, last + context);
  if (first >= last) {
    return { length: text.length, header, paragraphs: allParagraphs ? paragraphs : [], entities: [], actors: [], quotes: [], claims: [] };
  }
  const from = paragraphs[first].start;
  const to = paragraphs[last - 1].end;
  // A leading blank line keeps the window's first paragraph from being read as a headline.
  const sub = '\n\n\n' + text.slice(from, to);
  const part = shiftAnalysis(analyze(sub), from - 3);
  // Ids are local to the window; paragraph indices are made global.
  const offset = first;
  return {
    ...part,
    length: text.length,
    header,
    paragraphs: allParagraphs ? paragraphs : paragraphs.slice(first, last),
    quotes: part.quotes.map((q) => ({ ...q, paragraph: q.paragraph + offset })),
    claims: part.claims.map((c) => ({ ...c, paragraph: c.paragraph + offset })),
  };
}
