// The canonical `seed-reader/1` JSON document (schema: schema/seed-reader-1.schema.json).
import type { Span } from '../engine/types';
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

/** Builds the `seed-reader/1` document. Spans outside the text are dropped, never exported. */
export function toSeedJson(input: ExportInput): SeedJsonDocument {
  const { analysis: a, text } = input;
  const n = text.length;
  const actorIds = new Set(a.actors.map((x) => x.id));
  const quoteIds = new Set(a.quotes.filter((q) => validSpan(q, n)).map((q) => q.id));
  const quoteById = new Map(a.quotes.map((q) => [q.id, q]));
  return {
    schema: SCHEMA_ID,
    offsets: 'utf-16',
    source: {
      file: baseName(input.fileName),
      title: a.header.title,
      date: a.header.date,
      url: a.header.url,
      length: n,
    },
    entities: a.entities.filter((e) => validSpan(e, n)).map((e) => {
      const out: SeedJsonEntity = { id: e.id, text: text.slice(e.start, e.end), type: e.type, start: e.start, end: e.end };
      if (e.canonical) out.canonical = e.canonical;
      if (e.actor && actorIds.has(e.actor)) out.actor = e.actor;
      if (isCorrected(e)) out.corrected = true;
      return out;
    }),
    actors: a.actors.map((x) => reader<SeedJsonActor>(x, {
      id: x.id,
      name: x.name,
      type: x.type,
      aliases: [...x.aliases],
      role: x.role ?? null,
      mentions: x.mentions.filter((m) => validSpan(m, n)).map((m) => ({ start: m.start, end: m.end })),
      quotes: x.quotes.filter((id) => quoteIds.has(id)),
      claims: [...x.claims],
    })),
    quotes: a.quotes.filter((q) => validSpan(q, n)).map((q) => reader<SeedJsonQuote>(q, {
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
    })),
    claims: a.claims.filter((c) => validSpan(c, n) && actorIds.has(c.actor)).map((c) => {
      const out: SeedJsonClaim = { id: c.id, actor: c.actor, text: text.slice(c.start, c.end), start: c.start, end: c.end };
      if (c.quote && quoteIds.has(c.quote)) out.quote = c.quote;
      out.cue = claimCue(text, a, c, quoteById);
      out.paragraph = c.paragraph;
      if (isCorrected(c)) out.corrected = true;
      return out;
    }),
  };
}

/** Readable JSON (one document) with a trailing newline: each top-level field on its own line and each
 *  entity, actor, quote and claim as one compact line. As easy to read and diff as indented JSON, and its
 *  size stays a small multiple of the article's (indenting every field made it half as large again). */
export function toJson(input: ExportInput): string {
  const doc = toSeedJson(input) as unknown as Record<string, unknown>;
  const fields = Object.keys(doc).map((k) => {
    const v = doc[k];
    const value = Array.isArray(v) && v.length > 0 ? `[\n    ${v.map((x) => JSON.stringify(x)).join(',\n    ')}\n  ]` : JSON.stringify(v);
    return `  ${JSON.stringify(k)}: ${value}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** One compact JSON document per line (JSON Lines), for several files. */
export function toJsonLine(input: ExportInput): string {
  return JSON.stringify(toSeedJson(input)) + '\n';
}
