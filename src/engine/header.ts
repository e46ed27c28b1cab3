// Seed header: line 1 headline, line 2 date YYYYMMDD, line 3 http(s) URL, then one paragraph per line.
// Pure and total: any string in, a Header out, never throws.
import type { Header, Paragraph, Span } from './types';
import { PlainParagraph } from './plainObjects';

export interface Line extends Span {
  /** 0-based line number. */
  line: number;
}

/** Splits text into lines (\n, \r\n or \r), with offsets that exclude the line break. */
export function splitLines(text: string, maxLines = Infinity): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  let i = 0;
  while (i <= n && lines.length < maxLines) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      lines.push({ start, end: i, line: lines.length });
      if (c === -1) break;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
    i++;
  }
  return lines;
}

/** Trims a span of a line to its non-space content. */
function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** `20220106` → `2022-01-06`, or null when it is not a real calendar date. */
export function parseSeedDate(raw: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const URL_RE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export function isSeedUrl(raw: string): boolean {
  return URL_RE.test(raw);
}

/** Parses the header of a seed file. A file that is not a seed gets `isSeed: false` and `bodyStart: 0`. */
export function parseHeader(text: string): Header {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = splitLines(text, 4);
  if (bom && lines.length) lines[0] = { ...lines[0], start: bom };
  const empty: Header = {
    title: null, titleSpan: null, date: null, rawDate: null, dateSpan: null,
    url: null, urlSpan: null, isSeed: false, bodyStart: bom,
  };
  if (lines.length === 0) return empty;
  const t = trimSpan(text, lines[0]);
  const header: Header = { ...empty };
  if (t.end > t.start) {
    header.title = text.slice(t.start, t.end);
    header.titleSpan = t;
  }
  if (lines.length >= 2) {
    const d = trimSpan(text, lines[1]);
    const raw = text.slice(d.start, d.end);
    if (raw) {
      header.rawDate = raw;
      header.dateSpan = d;
      header.date = parseSeedDate(raw);
    }
  }
  if (lines.length >= 3) {
    const u = trimSpan(text, lines[2]);
    const raw = text.slice(u.start, u.end);
    if (isSeedUrl(raw)) {
      header.url = raw;
      header.urlSpan = u;
    }
  }
  header.isSeed = header.date !== null && header.url !== null;
  if (header.url === null) {
    // No URL on line 3: the file has no header at all, and every line is body.
    return { ...empty, bodyStart: bom };
  }
  // A URL on line 3 makes lines 1-3 a header even when the date is malformed (date: null).
  header.bodyStart = lines.length >= 4 ? lines[3].start : text.length;
  return header;
}

/** Cheap check used by the editor to switch a .txt document to the `seed` language. */
export function looksLikeSeed(text: string): boolean {
  // Only the first three lines matter; never scan a huge file.
  return parseHeader(text.slice(0, 4096)).isSeed;
}

/** The line [start, end) of `text` as the next paragraph of `out`, trimmed of white space; nothing when it is blank. */
export function pushParagraph(out: Paragraph[], text: string, start: number, end: number, line: number): void {
  let s = start;
  let e = end;
  while (s < e && isWhite(text.charCodeAt(s))) s++;
  while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push(new PlainParagraph(s, e, out.length, line)); // (plainObjects.ts: a plain object, allocated young)
}

/** Body paragraphs: the non-blank lines after the header, trimmed of surrounding white space. */
export function splitParagraphs(text: string, bodyStart: number): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  let line = bodyStart > 0 ? splitLines(text.slice(0, bodyStart)).length - 1 : 0;
  // One pass over the line breaks; `indexOf` finds them far faster than a character loop, and a text without `\r`
  // (the common case) needs no check for `\r\n` or a lone `\r`.
  const cr = text.indexOf('\r', bodyStart) >= 0;
  let start = bodyStart;
  while (start <= n) {
    let end: number;
    let next: number;
    if (!cr) {
      end = text.indexOf('\n', start);
      if (end < 0) end = n;
      next = end + 1;
    } else {
      end = start;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
      next = end + (end < n && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
    pushParagraph(out, text, start, end, line);
    if (end >= n) break;
    start = next;
    line++;
  }
  return out;
}

/** Same as `/\s/` on one UTF-16 code unit (line breaks never reach it). */
export function isWhite(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 160 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 10 || c === 13;
}
