// Analysis patches: after an edit, most of a big document's analysis is the previous one, either unchanged (before the
// edit) or moved (after it: offsets shifted by the edit's length change, ids and paragraph indices renumbered). A patch
// carries only what is neither, so the worker sends kilobytes instead of the whole analysis, and the caller rebuilds
// the new analysis from the one it has. Pure; no `vscode`.
//
// Exact by construction: `diffAnalysis` keeps an item from the previous analysis only after checking that the item it
// stands for is equal, field by field and in the same key order (so even the JSON is byte-identical), to what
// `applyPatch` will make of the old one. Whatever does not check out is sent as it is.
import type { Actor, Analysis, Claim, Entity, Header, Paragraph, Quote, Span } from '../engine/types';

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
/** A move that moves nothing: comparing under it is plain equality. */
const NO_MOVE: Move = {
  at: Infinity, delta: 0, lines: 0,
  e: { from: Infinity, by: 0 }, q: { from: Infinity, by: 0 }, c: { from: Infinity, by: 0 }, p: { from: Infinity, by: 0 },
};

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
  if (!r || r.by === 0) return id;
  const n = idNumber(id);
  return n >= 0 && n >= r.from ? id[0] + (n + r.by) : id;
}

/**
 * How the items of one layer are compared and moved. The shapes that make up most of a big analysis — spans
 * `{start, end}` (mentions), paragraphs `{start, end, index, line}`, entities `{id, start, end, text, type,
 * canonical[, actor]}` and claims `{id, start, end, actor, text, cue, paragraph[, quote]}` — are recognised by their
 * exact key sets and handled with named fields, each kind in its own functions (so that V8 sees one object shape at
 * each property access); anything else goes the generic way. The engine makes each with its keys in this one order.
 */
interface Kind<T extends object> {
  same(m: Move, old: T, item: T): boolean;
  move(m: Move, old: T): T;
}

function isSpan(x: Span): boolean {
  let n = 0;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  for (const _ in x) n++;
  return n === 2 && 'start' in x && 'end' in x;
}
function isParagraph(x: Paragraph): boolean {
  let n = 0;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  for (const _ in x) n++;
  return n === 4 && 'start' in x && 'end' in x && 'index' in x && 'line' in x;
}
function isEntity(x: Entity): boolean {
  let n = 0;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  for (const _ in x) n++;
  return (n === 6 || (n === 7 && 'actor' in x)) && 'id' in x && 'start' in x && 'end' in x && 'text' in x && 'type' in x && 'canonical' in x;
}
function isClaim(x: Claim): boolean {
  let n = 0;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  for (const _ in x) n++;
  return (n === 7 || (n === 8 && 'quote' in x)) && 'id' in x && 'start' in x && 'end' in x && 'actor' in x && 'text' in x && 'cue' in x && 'paragraph' in x;
}

const SPANS: Kind<Span> = {
  same: (m, a, b) => (isSpan(a) && isSpan(b) ? off(m, a.start) === b.start && off(m, a.end) === b.end : sameMoved(m, a, b)),
  move: (m, a) => (isSpan(a) ? { start: off(m, a.start), end: off(m, a.end) } : movedGeneric(m, a)),
};
const PARAGRAPHS: Kind<Paragraph> = {
  same: (m, a, b) => (isParagraph(a) && isParagraph(b)
    ? off(m, a.start) === b.start && off(m, a.end) === b.end && renum(m.p, a.index) === b.index && a.line + m.lines === b.line
    : sameMoved(m, a, b)),
  move: (m, a) => (isParagraph(a)
    ? { start: off(m, a.start), end: off(m, a.end), index: renum(m.p, a.index), line: a.line + m.lines }
    : movedGeneric(m, a)),
};
const ENTITIES: Kind<Entity> = {
  same: (m, a, b) => (isEntity(a) && isEntity(b)
    ? off(m, a.start) === b.start && off(m, a.end) === b.end && sameId(m, a.id, b.id) && a.text === b.text && a.type === b.type
      && a.canonical === b.canonical && ('actor' in a) === ('actor' in b) && a.actor === b.actor
    : sameMoved(m, a, b)),
  move: (m, a) => {
    if (!isEntity(a)) return movedGeneric(m, a);
    const out: Entity = { id: moveId(m, a.id), start: off(m, a.start), end: off(m, a.end), text: a.text, type: a.type, canonical: a.canonical };
    if ('actor' in a) out.actor = a.actor;
    return out;
  },
};
const CLAIMS: Kind<Claim> = {
  same: (m, a, b) => (isClaim(a) && isClaim(b)
    ? off(m, a.start) === b.start && off(m, a.end) === b.end && sameId(m, a.id, b.id) && a.actor === b.actor && a.text === b.text
      && a.cue === b.cue && renum(m.p, a.paragraph) === b.paragraph && ('quote' in a) === ('quote' in b)
      && (typeof a.quote === 'string' && typeof b.quote === 'string' ? sameId(m, a.quote, b.quote) : a.quote === b.quote)
    : sameMoved(m, a, b)),
  move: (m, a) => {
    if (!isClaim(a)) return movedGeneric(m, a);
    const out: Claim = { id: moveId(m, a.id), start: off(m, a.start), end: off(m, a.end), actor: a.actor, text: a.text, cue: a.cue, paragraph: renum(m.p, a.paragraph) };
    if ('quote' in a) out.quote = typeof a.quote === 'string' ? moveId(m, a.quote) : a.quote;
    return out;
  },
};
const OTHER: Kind<object> = { same: (m, a, b) => sameMoved(m, a, b), move: (m, a) => movedGeneric(m, a) };

/** moveId(m, a) === b, without making the string. */
function sameId(m: Move, a: string, b: string): boolean {
  const kind = a.charCodeAt(0);
  const r = kind === 101 ? m.e : kind === 113 ? m.q : kind === 99 ? m.c : null;
  if (!r || r.by === 0) return a === b;
  const n = idNumber(a);
  if (n < 0 || n < r.from) return a === b;
  return b.charCodeAt(0) === kind && idNumber(b) === n + r.by;
}

/** The number of a canonical `e12`-style id (no leading zeros), or -1. */
function idNumber(id: string): number {
  if (id.length < 2 || id.length > 10) return -1;
  let n = 0;
  for (let i = 1; i < id.length; i++) {
    const c = id.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || (c === 0 && i === 1 && id.length > 2)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The old item as it is after the move: a new object with the same keys in the same order. */
function movedGeneric<T extends object>(m: Move, item: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(item)) {
    const v = (item as Record<string, unknown>)[k];
    switch (k) {
      case 'start': case 'end': out[k] = off(m, v as number); break;
      case 'id': case 'quote': out[k] = typeof v === 'string' ? moveId(m, v) : v; break;
      case 'paragraph': case 'index': out[k] = renum(m.p, v as number); break;
      case 'line': out[k] = (v as number) + m.lines; break;
      case 'cueSpan': case 'speakerSpan': out[k] = v ? SPANS.move(m, v as Span) : v; break;
      case 'mentions': out[k] = (v as Span[]).map((s) => (s.end < m.at ? s : SPANS.move(m, s))); break; // before the edit: as it was
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
        if (v === null || w === null ? v !== w : !SPANS.same(m, v as Span, w as Span)) return false;
        break;
      case 'mentions': {
        const a = v as object[];
        const b = w as object[];
        if (!Array.isArray(b) || a.length !== b.length) return false;
        for (let j = 0; j < a.length; j++) {
          // The engine hands back the very same span object for a mention that did not move.
          if (a[j] === b[j] && (a[j] as Span).end < m.at) continue;
          if (!SPANS.same(m, a[j] as Span, b[j] as Span)) return false;
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
function layerPatch<T extends object>(m: Move, prev: T[], next: T[], own: Renumber | null, kind: Kind<T>): LayerPatch<T> {
  const n = Math.min(prev.length, next.length);
  let head = 0;
  while (head < n && (prev[head] === next[head] || kind.same(NO_MOVE, prev[head], next[head]))) head++;
  const by = next.length - prev.length;
  let tail = 0;
  while (tail < n - head) {
    if (own) { own.from = prev.length - tail - 1; own.by = by; }
    if (!kind.same(m, prev[prev.length - 1 - tail], next[next.length - 1 - tail])) break;
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
  const paragraphs = layerPatch(m, prev.paragraphs, next.paragraphs, m.p, PARAGRAPHS);
  const entities = layerPatch(m, prev.entities, next.entities, m.e, ENTITIES);
  const quotes = layerPatch(m, prev.quotes, next.quotes, m.q, OTHER as Kind<Quote>);
  const claims = layerPatch(m, prev.claims, next.claims, m.c, CLAIMS);
  const byId = new Map<string, number>();
  prev.actors.forEach((a, i) => byId.set(a.id, i));
  const actors = next.actors.map((a): number | ActorPatch | Actor => {
    const i = byId.get(a.id);
    if (i === undefined) return a;
    const old = prev.actors[i];
    if (!sameMoved(m, { ...old, mentions: NO_SPANS }, { ...a, mentions: NO_SPANS })) return a;
    // The same actor, moved; its mentions (thousands for a big name) as a patch when some changed near the edit.
    const mentions = layerPatch(m, old.mentions, a.mentions, null, SPANS);
    // (Only when every mention checked out as moved is the actor just `i`: unchanged head mentions are not moved.)
    return mentions.tail === a.mentions.length && old.mentions.length === a.mentions.length ? i : { from: i, mentions };
  });
  return {
    length: next.length, header: sameData(prev.header, next.header) ? null : next.header, at, delta: m.delta, lines: m.lines,
    paragraphs, entities, quotes, claims, actors,
  };
}

function applyLayer<T extends object>(m: Move, prev: T[], p: LayerPatch<T>, kind: Kind<T>): T[] {
  const out = prev.slice(0, p.head);
  for (const x of p.mid) out.push(x);
  for (let i = prev.length - p.tail; i < prev.length; i++) out.push(kind.move(m, prev[i]));
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
    paragraphs: applyLayer(m, prev.paragraphs, patch.paragraphs, PARAGRAPHS),
    entities: applyLayer(m, prev.entities, patch.entities, ENTITIES),
    actors: patch.actors.map((a) => {
      if (typeof a === 'number') return movedGeneric(m, prev.actors[a]);
      if ('from' in a) {
        const old = prev.actors[a.from];
        const out: Actor = movedGeneric(m, { ...old, mentions: [] as Span[] });
        out.mentions = applyLayer(m, old.mentions, a.mentions, SPANS);
        return out;
      }
      return a;
    }),
    quotes: applyLayer(m, prev.quotes, patch.quotes, OTHER as Kind<Quote>),
    claims: applyLayer(m, prev.claims, patch.claims, CLAIMS),
  };
}

/** Items sent in a patch (for choosing between a patch and the whole analysis). */
export function patchSize(p: AnalysisPatch): number {
  return p.paragraphs.mid.length + p.entities.mid.length + p.quotes.mid.length + p.claims.mid.length
    + p.actors.reduce<number>((n, a) => n + (typeof a === 'number' ? 0 : 'from' in a ? 1 + a.mentions.mid.length : 1 + a.mentions.length), 0);
}
