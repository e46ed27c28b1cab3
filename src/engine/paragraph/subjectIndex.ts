// Paragraph-local lookups for the subjects of attribution clauses (paragraph/subjects.ts): name candidates indexed by
// the token they start or end at, the token at a character offset, the stop (`.` or `;`) after a token, and where the
// content before an attribution clause ends. Rebuilt per paragraph; `resetSubjectIndex` forgets them.
import type { ECand } from '../entities';
import { type Tok, isQuoteChar } from '../tokens';

// Index of name candidates by token position, rebuilt per paragraph (keeps lookups O(1)).
let idxEnts: ECand[] | null = null;
let byEnd = new Map<number, number>();
let byStart = new Map<number, number>();
let byTitleStart = new Map<number, number>();

export function indexEnts(ents: ECand[]): void {
  if (idxEnts === ents) return;
  idxEnts = ents;
  byEnd = new Map();
  byStart = new Map();
  byTitleStart = new Map();
  for (let k = 0; k < ents.length; k++) {
    const c = ents[k];
    if (c.t0 < 0 || c.type === 'date' || c.type === 'money' || c.type === 'percent' || c.type === 'group') continue;
    if (!byEnd.has(c.t1)) byEnd.set(c.t1, k);
    if (!byStart.has(c.t0)) byStart.set(c.t0, k);
    if (!byTitleStart.has(c.ts)) byTitleStart.set(c.ts, k);
  }
}

/** Forgets the index of the previous paragraph (and the tables of `stopAfter`), at the start and end of one. */
export function resetSubjectIndex(): void {
  idxEnts = null;
  byEnd = new Map();
  byStart = new Map();
  byTitleStart = new Map();
  stopToks = null;
  if (stopAt.length > 1 << 16) stopAt = new Int32Array(0); // not held after a huge paragraph
}

export function entEndingAt(ents: ECand[], tokEnd: number): number {
  indexEnts(ents);
  return byEnd.get(tokEnd) ?? -1;
}

export function entStartingAt(ents: ECand[], toks: Tok[], tok: number): number {
  indexEnts(ents);
  const a = byStart.get(tok);
  if (a !== undefined) return a;
  const b = toks[tok] ? byTitleStart.get(toks[tok].s) : undefined;
  return b !== undefined && ents[b].t0 > tok ? b : -1;
}
export function boundaryBefore(toks: Tok[], start: number): number {
  // The attribution starts at token index `start`; content may end at a comma or at a closing quote mark.
  const p = toks[start - 1];
  if (!p) return -1;
  if (p.t === ',' || p.t === '—' || p.t === '–') return p.s;
  // `Who pays for it? she asked.` with the marks stripped: the question mark stays with the content.
  if (p.t === '?' || p.t === '!') return p.e;
  if (isQuoteChar(p.t)) {
    const pp = toks[start - 2];
    if (pp && (pp.t === ',' || pp.t === '?' || pp.t === '!' || pp.t === '—' || pp.t === '.')) return pp.t === ',' ? pp.s : p.s;
    return p.s;
  }
  return -1;
}

export function tokIndexAt(toks: Tok[], s: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (toks[m].s < s) lo = m + 1;
    else if (toks[m].s > s) hi = m - 1;
    else return m;
  }
  return lo;
}

/** Per token of the paragraph being read: the index of the first `.` or `;` token at or after it (toks.length when
 *  none). One backward pass per paragraph, on first use: an appositive runs to it, and thousands of cues in one
 *  sentence would otherwise each scan to the end. */
let stopToks: Tok[] | null = null;
let stopAt = new Int32Array(0);

export function stopAfter(toks: Tok[], k: number): number {
  const n = toks.length;
  if (k >= n) return n;
  if (stopToks !== toks) {
    if (stopAt.length < n) stopAt = new Int32Array(Math.max(n, 2 * stopAt.length));
    let next = n;
    for (let i = n - 1; i >= 0; i--) {
      if (toks[i].t === '.' || toks[i].t === ';') next = i;
      stopAt[i] = next;
    }
    stopToks = toks;
  }
  return stopAt[k];
}
