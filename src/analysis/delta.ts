// Analysis patches: after an edit, most of a big document's analysis is the previous one, either unchanged (before the
// edit) or moved (after it: offsets shifted by the edit's length change, ids and paragraph indices renumbered). A patch
// carries only what is neither, so the worker sends kilobytes instead of the whole analysis, and the caller rebuilds
// the new analysis from the one it has. Pure; no `vscode`.
//
// Exact by construction: `diffAnalysis` keeps an item from the previous analysis only after checking that the item it
// stands for is equal, field by field and in the same key order (so even the JSON is byte-identical), to what
// `applyPatch` will make of the old one. Whatever does not check out is sent as it is.
import type { Actor, Analysis, Claim, Entity, Header, Paragraph, Quote, Span } from './types';

/** Lengths of the common prefix and suffix of two texts (not overlapping in the shorter), compared in blocks. */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number; delta: number } {
  const n = Math.min(a.length, b.length);
  const B = 4096;
  let p = 0;
  while (p + B <= n && a.slice(p, p + B) === b.slice(p, p + B)) p += B;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  const max = n - p;
  while (s + B <= max && a.slice(a.length - s - B, a.length - s) === b.slice(b.length - s - B, b.length - s)) s += B;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { prefix: p, suffix: s, delta: b.length - a.length };
}

const NO_SPANS: Span[] = [];

/** One ordered layer: the first `head` items as before, then `mid` as sent, then the last `tail` old items moved. */
export interface LayerPatch<T> {
  head: number;
  mid: T[];
  tail: number;
}

export interface AnalysisPatch {
  length: number;
  /** The new header, or null when it is unchanged. */
  header: Header | null;
  /** Offsets of the previous analysis at or after `at` move by `delta` (the edit's length change). */
  at: number;
  delta: number;
  /** How far the line numbers of the moved paragraphs move. */
  lines: number;
  paragraphs: LayerPatch<Paragraph>;
  entities: LayerPatch<Entity>;
  quotes: LayerPatch<Quote>;
  claims: LayerPatch<Claim>;
  /** Per new actor: the index of the old actor it is (moved); or that, with a patch of its mentions; or the actor. */
  actors: (number | ActorPatch | Actor)[];
}

/** An old actor, moved, whose mentions changed (an edit added or removed some): only they are patched. */
export interface ActorPatch {
  from: number;
  mentions: LayerPatch<Span>;
}

/** How old values become new ones in the moved part. */
interface Move {
  at: number;
  delta: number;
  lines: number;
  /** Per id kind (`e`, `q`, `c`) and for paragraph indices (`p`): old numbers from `from` on move by `by`. */
  e: Renumber;
  q: Renumber;
  c: Renumber;
  p: Renumber;
}
interface Renumber { from: number; by: number }

const off = (m: Move, o: number): number => (o >= m.at ? o + m.delta : o);
const renum = (r: Renumber, n: number): number => (n >= r.from ? n + r.by : n);
/** `e12` → `e13` when entity 12 moved one place; actor ids (names, not numbers) stay. */
function moveId(m: Move, id: string): string {
  const kind = id.charCodeAt(0);
  const r = kind === 101 ? m.e : kind === 113 ? m.q : kind === 99 ? m.c : null;
  if (!r || r.by === 0 || id.length < 2 || id.length > 10) return id;
  let n = 0;
  for (let i = 1; i < id.length; i++) {
    const c = id.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || (c === 0 && i === 1 && id.length > 2)) return id;
    n = n * 10 + c;
  }
  return n >= r.from ? id[0] + (n + r.by) : id;
}

/** Own keys of a plain object, counted without allocating. */
function keyCount(x: object): number {
  let n = 0;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  for (const _ in x) n++;
  return n;
}

/**
 * The three shapes that make up most of a big analysis, recognised by their exact key sets: a span `{start, end}`
 * (mentions), a paragraph `{start, end, index, line}` and an entity `{id, start, end, text, type, canonical[, actor]}`.
 * They are moved and compared with named fields (fast); anything else goes the generic way. The engine makes each of
 * them with its keys in this one order.
 */
const enum Shape { Other, Span, Paragraph, Entity }
function shapeOf(x: Record<string, unknown>): Shape {
  const n = keyCount(x);
  if (!('start' in x) || !('end' in x)) return Shape.Other;
  if (n === 2) return Shape.Span;
  if (n === 4) return 'index' in x && 'line' in x ? Shape.Paragraph : Shape.Other;
  if ((n === 6 || (n === 7 && 'actor' in x)) && 'id' in x && 'text' in x && 'type' in x && 'canonical' in x) return Shape.Entity;
  return Shape.Other;
}

/** The old item as it is after the move: a new object with the same keys in the same order. */
function moved<T extends object>(m: Move, item: T): T {
  const x = item as Record<string, unknown>;
  switch (shapeOf(x)) {
    case Shape.Span: return { start: off(m, x.start as number), end: off(m, x.end as number) } as T;
    case Shape.Paragraph:
      return { start: off(m, x.start as number), end: off(m, x.end as number), index: renum(m.p, x.index as number), line: (x.line as number) + m.lines } as T;
    case Shape.Entity: {
      const e = x as unknown as Entity;
      const out: Entity = { id: moveId(m, e.id), start: off(m, e.start), end: off(m, e.end), text: e.text, type: e.type, canonical: e.canonical };
      if ('actor' in e) out.actor = e.actor;
      return out as T;
    }
    default: return movedGeneric(m, item);
  }
}

function movedGeneric<T extends object>(m: Move, item: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(item)) {
    const v = (item as Record<string, unknown>)[k];
    switch (k) {
      case 'start': case 'end': out[k] = off(m, v as number); break;
      case 'id': case 'quote': out[k] = typeof v === 'string' ? moveId(m, v) : v; break;
      case 'paragraph': case 'index': out[k] = renum(m.p, v as number); break;
      case 'line': out[k] = (v as number) + m.lines; break;
      case 'cueSpan': case 'speakerSpan': out[k] = v ? moved(m, v as object) : v; break;
      case 'mentions': out[k] = (v as Span[]).map((s) => (s.end < m.at ? s : moved(m, s))); break; // before the edit: as it was
      case 'quotes': case 'claims': out[k] = (v as string[]).map((id) => moveId(m, id)); break;
      default: out[k] = v;
    }
  }
  return out as T;
}

/** Same plain data (JSON.stringify of both is the same: the engine makes objects of one kind with their keys in one
 *  order, so the same keys mean the same order). Walks keys with `for...in`, which allocates nothing. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    n++;
    const v = x[k];
    const w = y[k];
    if (v !== w && (typeof v !== 'object' || !sameData(v, w))) return false;
    if (w === undefined && !(k in y)) return false;
  }
  for (const k in y) if (k && --n < 0) return false;
  return n === 0;
}

/** Equal to the moved old item, without building it (the common case on the diff side). */
function sameMoved(m: Move, old: object, item: object): boolean {
  const sx = shapeOf(old as Record<string, unknown>);
  if (sx !== Shape.Other) {
    if (shapeOf(item as Record<string, unknown>) !== sx) return false;
    const a = old as Entity & Paragraph;
    const b = item as Entity & Paragraph;
    if (off(m, a.start) !== b.start || off(m, a.end) !== b.end) return false;
    if (sx === Shape.Span) return true;
    if (sx === Shape.Paragraph) return renum(m.p, a.index) === b.index && a.line + m.lines === b.line;
    return moveId(m, a.id) === b.id && a.text === b.text && a.type === b.type && a.canonical === b.canonical
      && ('actor' in a) === ('actor' in b) && a.actor === b.actor;
  }
  const x = old as Record<string, unknown>;
  const y = item as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    n++;
    const v = x[k];
    const w = y[k];
    if (w === undefined && !(k in y)) return false;
    switch (k) {
      case 'start': case 'end': if (off(m, v as number) !== w) return false; break;
      case 'id': case 'quote': if ((typeof v === 'string' ? moveId(m, v) : v) !== w) return false; break;
      case 'paragraph': case 'index': if (renum(m.p, v as number) !== w) return false; break;
      case 'line': if ((v as number) + m.lines !== w) return false; break;
      case 'cueSpan': case 'speakerSpan':
        if (v === null || w === null ? v !== w : !sameMoved(m, v as object, w as object)) return false;
        break;
      case 'mentions': {
        const a = v as object[];
        const b = w as object[];
        if (!Array.isArray(b) || a.length !== b.length) return false;
        for (let j = 0; j < a.length; j++) {
          // The engine hands back the very same span object for a mention that did not move.
          if (a[j] === b[j] && (a[j] as Span).end < m.at) continue;
          if (!sameMoved(m, a[j], b[j])) return false;
        }
        break;
      }
      case 'quotes': case 'claims': {
        const a = v as string[];
        const b = w as string[];
        if (!Array.isArray(b) || a.length !== b.length) return false;
        for (let j = 0; j < a.length; j++) if (moveId(m, a[j]) !== b[j]) return false;
        break;
      }
      default: if (v !== w && (typeof v !== 'object' || !sameData(v, w))) return false;
    }
  }
  for (const k in y) if (k && --n < 0) return false;
  return n === 0;
}

/**
 * Longest unchanged head, then the longest moved tail (not overlapping it) of one layer. `renumber` is the layer's own
 * id kind (or paragraph index), whose moved part shifts by the change in the layer's length.
 */
function layerPatch<T extends object>(m: Move, prev: T[], next: T[], own: Renumber | null): LayerPatch<T> {
  const n = Math.min(prev.length, next.length);
  let head = 0;
  while (head < n && sameData(prev[head], next[head])) head++;
  const by = next.length - prev.length;
  let tail = 0;
  while (tail < n - head) {
    if (own) { own.from = prev.length - tail - 1; own.by = by; }
    if (!sameMoved(m, prev[prev.length - 1 - tail], next[next.length - 1 - tail])) break;
    tail++;
  }
  if (own) { own.from = prev.length - tail; own.by = by; }
  return { head, mid: next.slice(head, next.length - tail), tail };
}

/**
 * The patch that turns `prev` into `next`, for an edit that changed the text between `at` (an offset in the previous
 * text: everything from there on is unchanged text, moved by the length change) and the start of the text. With a
 * wrong `at` the patch is still exact, only bigger.
 */
export function diffAnalysis(prev: Analysis, next: Analysis, at: number): AnalysisPatch {
  const m: Move = {
    at, delta: next.length - prev.length, lines: 0,
    e: { from: Infinity, by: 0 }, q: { from: Infinity, by: 0 }, c: { from: Infinity, by: 0 }, p: { from: Infinity, by: 0 },
  };
  const np = next.paragraphs.length;
  const op = prev.paragraphs.length;
  if (np && op) m.lines = next.paragraphs[np - 1].line - prev.paragraphs[op - 1].line;
  // Each layer's renumbering is settled before the layers that refer to it: paragraphs, then quotes, then claims.
  const paragraphs = layerPatch(m, prev.paragraphs, next.paragraphs, m.p);
  const entities = layerPatch(m, prev.entities, next.entities, m.e);
  const quotes = layerPatch(m, prev.quotes, next.quotes, m.q);
  const claims = layerPatch(m, prev.claims, next.claims, m.c);
  const byId = new Map<string, number>();
  prev.actors.forEach((a, i) => byId.set(a.id, i));
  const actors = next.actors.map((a): number | ActorPatch | Actor => {
    const i = byId.get(a.id);
    if (i === undefined) return a;
    const old = prev.actors[i];
    if (!sameMoved(m, { ...old, mentions: NO_SPANS }, { ...a, mentions: NO_SPANS })) return a;
    // The same actor, moved; its mentions (thousands for a big name) as a patch when some changed near the edit.
    const mentions = layerPatch(m, old.mentions, a.mentions, null);
    // (Only when every mention checked out as moved is the actor just `i`: unchanged head mentions are not moved.)
    return mentions.tail === a.mentions.length && old.mentions.length === a.mentions.length ? i : { from: i, mentions };
  });
  return {
    length: next.length, header: sameData(prev.header, next.header) ? null : next.header, at, delta: m.delta, lines: m.lines,
    paragraphs, entities, quotes, claims, actors,
  };
}

function applyLayer<T extends object>(m: Move, prev: T[], p: LayerPatch<T>): T[] {
  const out = prev.slice(0, p.head);
  for (const x of p.mid) out.push(x);
  for (let i = prev.length - p.tail; i < prev.length; i++) out.push(moved(m, prev[i]));
  return out;
}

/** The analysis `diffAnalysis(prev, next, at)` was made from (`next`), rebuilt from `prev` and the patch. */
export function applyPatch(prev: Analysis, patch: AnalysisPatch): Analysis {
  const renumber = (p: LayerPatch<unknown>, old: number): Renumber =>
    ({ from: old - p.tail, by: p.head + p.mid.length + p.tail - old });
  const m: Move = {
    at: patch.at, delta: patch.delta, lines: patch.lines,
    p: renumber(patch.paragraphs, prev.paragraphs.length),
    e: renumber(patch.entities, prev.entities.length),
    q: renumber(patch.quotes, prev.quotes.length),
    c: renumber(patch.claims, prev.claims.length),
  };
  return {
    length: patch.length,
    header: patch.header ?? prev.header,
    paragraphs: applyLayer(m, prev.paragraphs, patch.paragraphs),
    entities: applyLayer(m, prev.entities, patch.entities),
    actors: patch.actors.map((a) => {
      if (typeof a === 'number') return moved(m, prev.actors[a]);
      if ('from' in a) {
        const old = prev.actors[a.from];
        const out: Actor = moved(m, { ...old, mentions: [] as Span[] });
        out.mentions = applyLayer(m, old.mentions, a.mentions);
        return out;
      }
      return a;
    }),
    quotes: applyLayer(m, prev.quotes, patch.quotes),
    claims: applyLayer(m, prev.claims, patch.claims),
  };
}

/** Items sent in a patch (for choosing between a patch and the whole analysis). */
export function patchSize(p: AnalysisPatch): number {
  return p.paragraphs.mid.length + p.entities.mid.length + p.quotes.mid.length + p.claims.mid.length
    + p.actors.reduce<number>((n, a) => n + (typeof a === 'number' ? 0 : 'from' in a ? 1 + a.mentions.mid.length : 1 + a.mentions.length), 0);
}
