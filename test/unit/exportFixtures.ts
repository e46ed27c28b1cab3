// Fixtures for the export tests: real seed texts, the real `analyze()`, and, so that every layer is
// exercised before (and regardless of) what the engine finds, a hand-built Analysis on the same
// real text whose offsets are computed with indexOf (never hard-coded numbers).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { join } from 'node:path';
import { analyze } from '../../src/engine';
import type { Actor, Analysis, Claim, Entity, Quote, Span } from '../../src/engine/types';
import type { ExportFormat, ExportInput } from '../../src/export/common';
import { type CsvLayer, csvRows, stringifyCsv } from '../../src/export/csv';
import { type SeedJsonDocument, toSeedJson } from '../../src/export/json';
import { toMarkdown } from '../../src/export/markdown';
import { toW3cCollection } from '../../src/export/w3c';

export const ROOT = join(__dirname, '..', '..', '..');
export const SAMPLE_PATH = join(ROOT, 'seeds', '000_be6e4752cb109430.txt');
export const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');

/** Finds the `nth` occurrence (0-based) of `needle` at or after `from`; throws when missing so a fixture can't silently shift. */
export function find(text: string, needle: string, from = 0, nth = 0): Span {
  let i = text.indexOf(needle, from);
  for (let k = 0; k < nth && i !== -1; k++) i = text.indexOf(needle, i + 1);
  if (i === -1) throw new Error(`fixture: ${JSON.stringify(needle)} not found`);
  return { start: i, end: i + needle.length };
}

export interface QuoteSpec {
  /** Exact quote text. */
  quote: string;
  /** Canonical speaker name, or null. */
  speaker: string | null;
  /** Speaker mention as written near the quote. */
  speakerText?: string;
  cue?: string;
  kind?: Quote['kind'];
}

export interface FixtureSpec {
  entities: { text: string; type: string; canonical?: string; nth?: number }[];
  actors: { name: string; type?: Actor['type']; role?: string | null; aliases?: string[]; mentions: string[] }[];
  quotes: QuoteSpec[];
}

/** Builds a full Analysis on `text`: header and paragraphs from the real `analyze()`, the layers from the spec. */
export function buildAnalysis(text: string, spec: FixtureSpec): Analysis {
  const base = analyze(text);
  const body = base.header.bodyStart;
  const actors: Actor[] = spec.actors.map((a, i) => {
    const mentions: Span[] = [];
    for (const m of a.mentions) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(m, from);
        if (at === -1) break;
        if (!mentions.some((s) => s.start < at + m.length && s.end > at)) mentions.push({ start: at, end: at + m.length });
        from = at + m.length;
      }
    }
    mentions.sort((x, y) => x.start - y.start);
    return {
      id: `a${i + 1}`, name: a.name, type: a.type ?? 'person', aliases: a.aliases ?? [], role: a.role ?? null,
      mentions, quotes: [], claims: [],
    };
  });
  const byName = new Map(actors.map((a) => [a.name, a]));
  const paragraphOf = (o: number) => Math.max(0, base.paragraphs.findIndex((p) => p.start <= o && o <= p.end));
  const quotes: Quote[] = spec.quotes.map((q, i) => {
    const span = find(text, q.quote, body);
    const speaker = q.speaker ? byName.get(q.speaker) ?? null : null;
    const para = base.paragraphs[paragraphOf(span.start)];
    // First occurrence in the quote's paragraph that lies outside the quote.
    const near = (needle: string): Span => {
      for (let k = 0; ; k++) {
        const s = find(text, needle, para ? para.start : body, k);
        if (s.end <= span.start || s.start >= span.end) return s;
      }
    };
    const speakerSpan = q.speakerText ? near(q.speakerText) : null;
    const cueSpan = q.cue ? near(q.cue) : null;
    return {
      id: `q${i + 1}`, start: span.start, end: span.end, text: q.quote, speaker: speaker?.id ?? null,
      cue: q.cue ?? null, cueSpan, speakerSpan, kind: q.kind ?? 'direct', confidence: 0.5 + 0.1 * (i % 5),
      marked: false, attribution: speaker ? 'attribution after the quote' : 'none', paragraph: paragraphOf(span.start),
    };
  }).sort((x, y) => x.start - y.start);
  const claims: Claim[] = [];
  for (const q of quotes) {
    const speaker = actors.find((a) => a.id === q.speaker);
    if (!speaker) continue;
    speaker.quotes.push(q.id);
    const c: Claim = { id: `c${claims.length + 1}`, actor: speaker.id, text: q.text, start: q.start, end: q.end, quote: q.id, cue: q.cue, paragraph: q.paragraph };
    claims.push(c);
    speaker.claims.push(c.id);
  }
  const entities: Entity[] = [];
  for (const e of spec.entities) {
    const s = find(text, e.text, body, e.nth ?? 0);
    if (entities.some((x) => x.start < s.end && x.end > s.start)) continue;
    const actor = actors.find((a) => a.mentions.some((m) => m.start <= s.start && s.end <= m.end));
    entities.push({ id: `e${entities.length + 1}`, start: s.start, end: s.end, text: e.text, type: e.type, canonical: e.canonical ?? e.text, ...(actor ? { actor: actor.id } : {}) });
  }
  entities.sort((x, y) => x.start - y.start);
  return { ...base, entities, actors, quotes, claims };
}

/** The sample seed with a hand-built analysis (Clark and Taylor quotes, a few entities). */
export function sampleFixture(text = SAMPLE): Analysis {
  return buildAnalysis(text, {
    actors: [
      { name: 'Wesley Clark', role: 'a former NATO supreme allied commander in Europe', aliases: ['Mr. Clark'], mentions: ['Mr. Clark'] },
      { name: 'William Taylor', role: 'a former U.S. ambassador to Ukraine', aliases: ['Mr. Taylor'], mentions: ['Mr. Taylor'] },
      { name: 'Vladimir Putin', aliases: ['Mr. Putin'], mentions: ['Mr. Putin'] },
      { name: 'analysts', type: 'collective', mentions: ['analysts'] },
    ],
    quotes: [
      { quote: 'He wants to shatter NATO. Hes thinking big,', speaker: 'Wesley Clark', speakerText: 'Mr. Clark', cue: 'said' },
      { quote: 'No one knows whats in Mr. Putins head, but things arent working out so well for him right now.', speaker: 'William Taylor', speakerText: 'Mr. Taylor', cue: 'told' },
    ],
    entities: [
      { text: 'NATO', type: 'organization' },
      { text: 'Atlantic Council', type: 'organization' },
      { text: 'Ukraine', type: 'place' },
      { text: 'Moscow', type: 'place' },
      { text: 'Kazakhstan', type: 'place' },
      { text: 'Putin', type: 'person', canonical: 'Vladimir Putin' },
      { text: 'Thursday', type: 'date' },
    ],
  });
}

export function input(analysis: Analysis, text: string, fileName = '000_be6e4752cb109430.txt'): ExportInput {
  return { analysis, text, fileName };
}

/** Real analysis of a text. */
export function real(text: string, fileName = 'snippet.txt'): ExportInput {
  return { analysis: analyze(text), text, fileName };
}

/**
 * A messy seed built to break exporters: commas, doubled quotes, a CRLF file, a `<script>` in the
 * article, Markdown table characters, an astral emoji before the spans, tabs.
 */
export const NASTY = [
  'Officials | "warn" <script>alert(1)</script> & more',
  '20240229',
  'https://example.com/news?a=1&b=<2>',
  'The mayor, Jane Doe, said: "We will, of course, rebuild — quickly." 😀 Then she left.',
  'Critics\tsaid the plan is "a <b>disaster</b>", according to John O\'Neil | a local =SUM(A1) activist.',
  '<script>document.title="pwned"</script> was found in the page, Mr. Doe said.',
].join('\r\n') + '\r\n';

export function nastyFixture(text = NASTY): Analysis {
  return buildAnalysis(text, {
    actors: [
      { name: 'Jane Doe', role: 'the mayor', aliases: ['Mr. Doe'], mentions: ['Jane Doe', 'Mr. Doe'] },
      { name: "John O'Neil", role: 'a local =SUM(A1) activist | organiser\nand blogger', mentions: ["John O'Neil"] },
    ],
    quotes: [
      { quote: '"We will, of course, rebuild — quickly."', speaker: 'Jane Doe', cue: 'said', kind: 'direct' },
      { quote: 'the plan is "a <b>disaster</b>"', speaker: "John O'Neil", speakerText: "John O'Neil", cue: 'according to', kind: 'indirect' },
      { quote: '<script>document.title="pwned"</script> was found in the page,', speaker: 'Jane Doe', speakerText: 'Mr. Doe', cue: 'said' },
    ],
    entities: [
      { text: 'Jane Doe', type: 'person' },
      { text: "John O'Neil", type: 'person' },
      { text: '=SUM(A1)', type: 'money' },
    ],
  });
}

/** Span crossing a line break, for formats that must split or fold it. */
export function multiLineFixture(text = NASTY): Analysis {
  const a = nastyFixture(text);
  const s = find(text, 'Then she left.');
  const e = find(text, 'Critics');
  a.quotes = [...a.quotes, {
    id: 'qx', start: s.start, end: e.end, text: text.slice(s.start, e.end), speaker: null, cue: null, cueSpan: null,
    speakerSpan: null, kind: 'partial' as const, confidence: 0.2, marked: false, attribution: 'none', paragraph: 0,
  }].sort((x, y) => x.start - y.start);
  return a;
}

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'seed-reader-1.schema.json'), 'utf8'));
export const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Schema validity plus what a schema can't say: slices, ordering, unique ids, references. */
export function checkSeedJson(doc: unknown, text: string): SeedJsonDocument {
  assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
  const d = doc as SeedJsonDocument;
  const ids = new Set<string>();
  const unique = (id: string) => { assert.ok(!ids.has(id), `duplicate id ${id}`); ids.add(id); };
  const inText = (s: { start: number; end: number }) => assert.ok(s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} outside text`);
  const actorIds = new Set(d.actors.map((a) => a.id));
  const quoteIds = new Set(d.quotes.map((q) => q.id));
  for (const e of d.entities) {
    unique(e.id); inText(e);
    assert.equal(text.slice(e.start, e.end), e.text);
    if (e.actor) assert.ok(actorIds.has(e.actor), `entity ${e.id} → unknown actor ${e.actor}`);
  }
  for (const a of d.actors) {
    unique(a.id);
    a.mentions.forEach(inText);
    for (const q of a.quotes ?? []) assert.ok(quoteIds.has(q), `actor ${a.id} → unknown quote ${q}`);
  }
  for (const q of d.quotes) {
    unique(q.id); inText(q);
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.speaker !== null) assert.ok(actorIds.has(q.speaker), `quote ${q.id} → unknown speaker ${q.speaker}`);
    if (q.cueSpan) inText(q.cueSpan);
    if (q.speakerSpan) inText(q.speakerSpan);
  }
  for (const c of d.claims) {
    unique(c.id); inText(c);
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.ok(actorIds.has(c.actor));
    if (c.quote) assert.ok(quoteIds.has(c.quote));
  }
  return d;
}


/**
 * The reference for a combined export (what the CLI and Export All write for several inputs), built whole from each
 * input's whole document: JSON / W3C one line per input, one CSV table with the header once, markdown reports separated
 * by a rule; null for brat and html. The shipped code writes it in pieces (`combinedPieces`).
 */
export function combine(format: ExportFormat, inputs: ExportInput[], options: { layer?: CsvLayer; bom?: boolean; csvRaw?: boolean } = {}): string | null {
  switch (format) {
    case 'json': return inputs.map((i) => JSON.stringify(toSeedJson(i)) + '\n').join('');
    case 'w3c': return inputs.map((i) => JSON.stringify(toW3cCollection(i)) + '\n').join('');
    case 'csv': {
      const layer = options.layer ?? 'quotes';
      return stringifyCsv(inputs.flatMap((i) => csvRows(i, layer)), layer, { bom: options.bom, raw: options.csvRaw });
    }
    case 'markdown': return inputs.map(toMarkdown).join('\n---\n\n');
    default: return null;
  }
}
