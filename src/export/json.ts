// The canonical `seed-reader/1` JSON document (schema: schema/seed-reader-1.schema.json).
import type { Quote, Span } from '../engine/types';
import { isCorrected } from '../corrections/types';
import { baseName, claimCue, type ExportInput, quoteCue, validSpan } from './common';

export const SCHEMA_ID = 'seed-reader/1';

export interface SeedJsonSpan { start: number; end: number }

export interface SeedJsonEntity {
  id: string;
  text: string;
  type: string;
  start: number;
  end: number;
  canonical?: string;
  actor?: string;
  /** True when the reader's corrections created or changed it (absent otherwise). */
  corrected?: true;
}

export interface SeedJsonActor {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  role: string | null;
  mentions: SeedJsonSpan[];
  quotes?: string[];
  claims?: string[];
  /** True when the reader's corrections created or changed it (absent otherwise). */
  corrected?: true;
}

export interface SeedJsonQuote {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  cue: string | null;
  kind: string;
  confidence: number;
  cueSpan?: SeedJsonSpan | null;
  speakerSpan?: SeedJsonSpan | null;
  marked?: boolean;
  attribution?: string;
  paragraph?: number;
  /** True when the reader's corrections created or changed it (absent otherwise). */
  corrected?: true;
}

export interface SeedJsonClaim {
  id: string;
  actor: string;
  text: string;
  start: number;
  end: number;
  quote?: string;
  cue?: string | null;
  paragraph?: number;
  /** True when the reader's corrections created or changed it (absent otherwise). */
  corrected?: true;
}

export interface SeedJsonDocument {
  schema: typeof SCHEMA_ID;
  /** Offsets are 0-based, end-exclusive UTF-16 code unit indices into the file text (JavaScript string indices). */
  offsets: 'utf-16';
  source: { file: string; title: string | null; date: string | null; url: string | null; length?: number };
  entities: SeedJsonEntity[];
  actors: SeedJsonActor[];
  quotes: SeedJsonQuote[];
  claims: SeedJsonClaim[];
}

function span(s: Span | null | undefined, length: number): SeedJsonSpan | null {
  return validSpan(s, length) ? { start: s.start, end: s.end } : null;
}

/** `out` with `corrected: true` when the reader's corrections made or changed `x`. */
function reader<T extends { corrected?: true }>(x: object, out: T): T {
  if (isCorrected(x)) out.corrected = true;
  return out;
}

/** What the items of one input are built from (the ids that can be referred to, by the text's length). */
interface ItemContext {
  input: ExportInput;
  n: number;
  actorIds: Set<string>;
  quoteIds: Set<string>;
  quoteById: Map<string, Quote>;
}

function itemContext(input: ExportInput): ItemContext {
  const { analysis: a, text } = input;
  const n = text.length;
  return {
    input,
    n,
    actorIds: new Set(a.actors.map((x) => x.id)),
    quoteIds: new Set(a.quotes.filter((q) => validSpan(q, n)).map((q) => q.id)),
    quoteById: new Map(a.quotes.map((q) => [q.id, q])),
  };
}

function sourceOf(input: ExportInput): SeedJsonDocument['source'] {
  const h = input.analysis.header;
  return { file: baseName(input.fileName), title: h.title, date: h.date, url: h.url, length: input.text.length };
}

function* entityItems({ input: { analysis: a, text }, n, actorIds }: ItemContext): Generator<SeedJsonEntity> {
  for (const e of a.entities) {
    if (!validSpan(e, n)) continue;
    const out: SeedJsonEntity = { id: e.id, text: text.slice(e.start, e.end), type: e.type, start: e.start, end: e.end };
    if (e.canonical) out.canonical = e.canonical;
    if (e.actor && actorIds.has(e.actor)) out.actor = e.actor;
    if (isCorrected(e)) out.corrected = true;
    yield out;
  }
}

function* actorItems({ input: { analysis: a }, n, quoteIds }: ItemContext): Generator<SeedJsonActor> {
  for (const x of a.actors) {
    yield reader<SeedJsonActor>(x, {
      id: x.id,
      name: x.name,
      type: x.type,
      aliases: [...x.aliases],
      role: x.role ?? null,
      mentions: x.mentions.filter((m) => validSpan(m, n)).map((m) => ({ start: m.start, end: m.end })),
      quotes: x.quotes.filter((id) => quoteIds.has(id)),
      claims: [...x.claims],
    });
  }
}

function* quoteItems({ input: { analysis: a, text }, n, actorIds }: ItemContext): Generator<SeedJsonQuote> {
  for (const q of a.quotes) {
    if (!validSpan(q, n)) continue;
    yield reader<SeedJsonQuote>(q, {
      id: q.id,
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      speaker: q.speaker && actorIds.has(q.speaker) ? q.speaker : null,
      cue: quoteCue(text, q),
      kind: q.kind,
      confidence: Math.min(1, Math.max(0, Number.isFinite(q.confidence) ? q.confidence : 0)),
      cueSpan: span(q.cueSpan, n),
      speakerSpan: span(q.speakerSpan, n),
      marked: q.marked,
      attribution: q.attribution,
      paragraph: q.paragraph,
    });
  }
}

function* claimItems({ input: { analysis: a, text }, n, actorIds, quoteIds, quoteById }: ItemContext): Generator<SeedJsonClaim> {
  for (const c of a.claims) {
    if (!validSpan(c, n) || !actorIds.has(c.actor)) continue;
    const out: SeedJsonClaim = { id: c.id, actor: c.actor, text: text.slice(c.start, c.end), start: c.start, end: c.end };
    if (c.quote && quoteIds.has(c.quote)) out.quote = c.quote;
    out.cue = claimCue(text, a, c, quoteById);
    out.paragraph = c.paragraph;
    if (isCorrected(c)) out.corrected = true;
    yield out;
  }
}

/** The document's fields in order: the small ones as values, the four lists as their items one at a time. */
function documentFields(input: ExportInput): [string, unknown][] {
  const ctx = itemContext(input);
  return [
    ['schema', SCHEMA_ID],
    ['offsets', 'utf-16'],
    ['source', sourceOf(input)],
    ['entities', entityItems(ctx)],
    ['actors', actorItems(ctx)],
    ['quotes', quoteItems(ctx)],
    ['claims', claimItems(ctx)],
  ];
}

const isItems = (v: unknown): v is Generator<object> => typeof v === 'object' && v !== null && typeof (v as Generator).next === 'function';

/** Builds the `seed-reader/1` document. Spans outside the text are dropped, never exported. */
export function toSeedJson(input: ExportInput): SeedJsonDocument {
  const doc: Record<string, unknown> = {};
  for (const [k, v] of documentFields(input)) doc[k] = isItems(v) ? [...v] : v;
  return doc as unknown as SeedJsonDocument;
}

/** Pieces of at least this many characters (but one item) are handed to the writer at a time. */
export const JSON_CHUNK_CHARS = 1 << 20;

/**
 * The document as text, in pieces of about `chunkChars` characters (each at least one item): `readable` the layout of
 * `toJson`, otherwise the single line of `toJsonLine`. Joined, the pieces are exactly that string; the whole string and
 * the whole document object are never built (each item is made, stringified and dropped in turn), so that a hostile
 * input's export of hundreds of MB is written with a few MB of memory beyond its analysis.
 */
export function* jsonPieces(input: ExportInput, readable: boolean, chunkChars = JSON_CHUNK_CHARS): Generator<string> {
  const [open, fieldSep, close] = readable ? ['{\n  ', ',\n  ', '\n}\n'] : ['{', ',', '}\n'];
  const [listOpen, itemSep, listClose] = readable ? ['[\n    ', ',\n    ', '\n  ]'] : ['[', ',', ']'];
  const keySep = readable ? ': ' : ':';
  let buf = open;
  for (const [i, [k, v]] of documentFields(input).entries()) {
    buf += (i > 0 ? fieldSep : '') + JSON.stringify(k) + keySep;
    if (!isItems(v)) {
      buf += JSON.stringify(v);
      continue;
    }
    let count = 0;
    for (const item of v) {
      buf += (count++ === 0 ? listOpen : itemSep) + JSON.stringify(item);
      if (buf.length >= chunkChars) {
        yield buf;
        buf = '';
      }
    }
    buf += count === 0 ? '[]' : listClose;
  }
  yield buf + close;
}

/** Readable JSON (one document) with a trailing newline: each top-level field on its own line and each
 *  entity, actor, quote and claim as one compact line. As easy to read and diff as indented JSON, and its
 *  size stays a small multiple of the article's (indenting every field made it half as large again). */
export function toJson(input: ExportInput): string {
  return [...jsonPieces(input, true, Infinity)].join('');
}

/** One compact JSON document per line (JSON Lines), for several files. */
export function toJsonLine(input: ExportInput): string {
  return [...jsonPieces(input, false, Infinity)].join('');
}
