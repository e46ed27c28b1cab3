// Pure parts of the PolNeAR → gold converter (no file access): brat standoff parsing, quotation-mark
// stretches, the quote/attribution overlap rule, seed text building with offset remapping, and the
// stripped twin. Unit-tested in test/unit/eval-polnear.test.ts on text written for the tests.

export interface Frag { start: number; end: number }
export interface BratSpan { id: string; label: string; frags: Frag[]; text: string }
export interface Attribution { id: string; source: BratSpan | null; cue: BratSpan | null; content: BratSpan | null }

/** Parses brat standoff (`T1\tSource 10 20;25 30\ttext`, `E1\tAttribution:T4 Content:T3 ...`). */
export function parseAnn(ann: string): Attribution[] {
  const spans = new Map<string, BratSpan>();
  const events: Array<{ id: string; args: Map<string, string> }> = [];
  for (const line of ann.split(/\r?\n/)) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    const id = cols[0];
    if (id.startsWith('T')) {
      const sp = cols[1].indexOf(' ');
      if (sp < 0) continue;
      const label = cols[1].slice(0, sp);
      const frags = cols[1].slice(sp + 1).split(';').map((f) => {
        const [s, e] = f.trim().split(/\s+/).map(Number);
        return { start: s, end: e };
      }).filter((f) => Number.isFinite(f.start) && Number.isFinite(f.end) && f.end > f.start);
      spans.set(id, { id, label, frags, text: cols[2] ?? '' });
    } else if (id.startsWith('E')) {
      const args = new Map<string, string>();
      for (const a of cols[1].trim().split(/\s+/)) {
        const i = a.indexOf(':');
        if (i > 0) args.set(a.slice(0, i), a.slice(i + 1));
      }
      events.push({ id, args });
    }
  }
  const out: Attribution[] = [];
  for (const e of events) {
    const trig = [...e.args.keys()][0] ?? '';
    if (!trig.startsWith('Attribution')) continue;
    const get = (k: string) => { const t = e.args.get(k); return t ? spans.get(t) ?? null : null; };
    out.push({ id: e.id, source: get('Source'), cue: get('Cue'), content: get('Content') });
  }
  return out;
}

/** Characters overlapping between [start, end) and the fragments. */
export function overlapWith(start: number, end: number, frags: Frag[]): number {
  let n = 0;
  for (const f of frags) n += Math.max(0, Math.min(end, f.end) - Math.max(start, f.start));
  return n;
}

/**
 * The rule: a quoted stretch is a gold quote when it overlaps one attribution's content span by at
 * least half of the stretch's length. Returns the index of the attribution with the largest overlap, or -1.
 */
export function attributionForQuote(q: Frag, attrs: Attribution[]): number {
  let best = -1; let bestOv = 0;
  attrs.forEach((a, i) => {
    if (!a.content) return;
    const ov = overlapWith(q.start, q.end, a.content.frags);
    if (ov > bestOv) { bestOv = ov; best = i; }
  });
  return best >= 0 && bestOv * 2 >= q.end - q.start ? best : -1;
}

const OPEN = '“';
const CLOSE = '”';

/** Length of the double quotation mark at `i` (`"`, `“`, `”`, or `''` as NYT copy writes it), or 0. */
function dqAt(text: string, i: number): number {
  const c = text[i];
  if (c === '"' || c === OPEN || c === CLOSE) return 1;
  if (c === "'" && text[i + 1] === "'") return 2;
  return 0;
}

/**
 * Stretches between double quotation marks (`"`, `“`, `”`, `''`, mixed as real copy mixes them), paragraph
 * by paragraph (a paragraph is a line). The span is the text inside the marks, trimmed of spaces. A quote
 * left open at the end of its paragraph runs to the paragraph end (the multi-paragraph convention: the
 * next paragraph reopens it). Stretches with no letter or digit are dropped.
 */
export function quoteStretches(text: string): Frag[] {
  const out: Frag[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let open = -1;
    for (let i = lineStart; i < lineEnd; i++) {
      const len = dqAt(text, i);
      if (!len) continue;
      const c = text[i];
      if (open < 0) {
        if (c !== CLOSE) open = i + len;
      } else if (c === OPEN) {
        // A new opening mark before the old one closed: the old one ends here.
        push(open, i);
        open = i + len;
      } else {
        push(open, i);
        open = -1;
      }
      i += len - 1;
    }
    if (open >= 0) push(open, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** A map from offsets of an original text to offsets of a derived one (pieces copied in order). */
export class OffsetMap {
  private pieces: Array<{ from: number; to: number; len: number }> = [];
  add(from: number, to: number, len: number): void { if (len > 0) this.pieces.push({ from, to, len }); }
  /** Offset of original character `i` in the derived text, or -1 when it was dropped. */
  char(i: number): number {
    let lo = 0; let hi = this.pieces.length - 1;
    while (lo <= hi) {
      const m = (lo + hi) >> 1;
      const p = this.pieces[m];
      if (i < p.from) hi = m - 1;
      else if (i >= p.from + p.len) lo = m + 1;
      else return p.to + (i - p.from);
    }
    return -1;
  }
  /** A span [start, end) of the original: from its first to its last kept character; null when nothing is kept. */
  span(start: number, end: number): Frag | null {
    let s = -1;
    for (let i = start; i < end; i++) { s = this.char(i); if (s >= 0) break; }
    let e = -1;
    for (let i = end - 1; i >= start; i--) { e = this.char(i); if (e >= 0) break; }
    return s >= 0 && e >= s ? { start: s, end: e + 1 } : null;
  }
}

/**
 * Seed text from an article's raw text: headline (the first non-empty line), date, URL, then each further
 * non-empty line as one paragraph (blank lines dropped, each line trimmed of trailing spaces).
 */
export function buildSeed(raw: string, date: string, url: string): { text: string; map: OffsetMap } {
  const map = new OffsetMap();
  const lines: Array<{ s: number; t: string }> = [];
  let pos = 0;
  for (const l of raw.split('\n')) {
    const t = l.replace(/\r$/, '').replace(/\s+$/, '');
    const lead = t.length - t.replace(/^\s+/, '').length;
    if (t.trim()) lines.push({ s: pos + lead, t: t.slice(lead) });
    pos += l.length + 1;
  }
  const parts: string[] = [];
  let out = 0;
  const emit = (s: string, from: number | null) => {
    if (from !== null) map.add(from, out, s.length);
    parts.push(s);
    out += s.length;
  };
  const headline = lines.shift() ?? { s: -1, t: 'Untitled' };
  emit(headline.t, headline.s >= 0 ? headline.s : null);
  emit(`\n${date}\n${url}`, null);
  for (const l of lines) { emit('\n', null); emit(l.t, l.s); }
  return { text: parts.join(''), map };
}

/** Characters the stripped twin removes, as seeds arrive with their marks lost. */
export const STRIP_CHARS = /["“”'’]/g;

/** Text with `"` `“` `”` `'` `’` removed, and the offset map from the marked text. */
export function stripMarks(text: string): { text: string; map: OffsetMap } {
  const map = new OffsetMap();
  const parts: string[] = [];
  let out = 0; let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /["“”'’]/.test(text[i])) {
      if (i > runStart) { map.add(runStart, out, i - runStart); parts.push(text.slice(runStart, i)); out += i - runStart; }
      runStart = i + 1;
    }
  }
  return { text: parts.join(''), map };
}

/** Direct quote = a whole clause or sentence: starts with a capital (or digit) and has at least 3 words. */
export function quoteKind(q: string): 'direct' | 'fragment' {
  const m = /[\p{L}\p{N}]/u.exec(q);
  if (!m) return 'fragment';
  const upper = /\p{N}/u.test(m[0]) || (m[0] !== m[0].toLowerCase() && m[0] === m[0].toUpperCase());
  const words = q.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return upper && words >= 3 ? 'direct' : 'fragment';
}

const PRONOUNS = new Set('i me my we us our you he him his she her they them their it its one someone somebody who'.split(' '));
export function isPronoun(s: string): boolean { return PRONOUNS.has(s.trim().toLowerCase()); }

/** Converts code-point offsets (Python `str` indices, as brat from Python writes them) to UTF-16 offsets. */
export function codePointToUtf16(text: string): (cp: number) => number {
  let astral = false;
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c >= 0xd800 && c <= 0xdbff) { astral = true; break; } }
  if (!astral) return (cp) => cp;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) { table.push(u); u += ch.length; }
  table.push(u);
  return (cp) => table[Math.min(cp, table.length - 1)];
}
