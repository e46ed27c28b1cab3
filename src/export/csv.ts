// CSV (RFC 4180, via csv-stringify): one row per quote; `layer: 'entities'` one row per entity,
// `layer: 'claims'` one row per claim. Offsets are UTF-16 code units, like the JSON export.
import { stringify } from 'csv-stringify/sync';
import { isCorrected } from '../corrections/types';
import { actorMap, actorName, baseName, claimCue, type ExportInput, quoteCue, validSpan } from './common';

export const CSV_LAYERS = ['quotes', 'entities', 'claims'] as const;
export type CsvLayer = (typeof CSV_LAYERS)[number];

export const CSV_COLUMNS: Record<CsvLayer, readonly string[]> = {
  quotes: ['file', 'date', 'speaker', 'role', 'cue', 'kind', 'confidence', 'start', 'end', 'text', 'corrected'],
  entities: ['file', 'date', 'type', 'text', 'canonical', 'actor', 'start', 'end', 'corrected'],
  claims: ['file', 'date', 'actor', 'role', 'cue', 'quote', 'start', 'end', 'text', 'corrected'],
};

export interface CsvOptions {
  layer?: CsvLayer;
  /** Start with a UTF-8 byte-order mark (U+FEFF) so spreadsheets detect the encoding. */
  bom?: boolean;
  /** Write the header row (default true); false for appending rows of further files. */
  header?: boolean;
  /** Write cells as they are, even those a spreadsheet would run as a formula (default false: neutralised). */
  raw?: boolean;
}

/**
 * CSV injection (OWASP): a cell starting with `=`, `+`, `-`, `@`, tab or carriage return is a formula
 * to spreadsheets. Such cells get a leading single quote, which spreadsheets show as text.
 */
export function neutralizeCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function isCsvLayer(s: string): s is CsvLayer {
  return (CSV_LAYERS as readonly string[]).includes(s);
}

/** The `corrected` cell: `true` when the reader's corrections made or changed the row's item, else empty. */
function reader(x: object): string {
  return isCorrected(x) ? 'true' : '';
}

/** The data rows (without header) of one file for a layer. */
export function csvRows(input: ExportInput, layer: CsvLayer = 'quotes'): string[][] {
  return [...csvRowItems(input, layer)];
}

/** The rows of `csvRows`, made one at a time. */
function* csvRowItems(input: ExportInput, layer: CsvLayer): Generator<string[]> {
  const { analysis: a, text } = input;
  const n = text.length;
  const file = baseName(input.fileName);
  const date = a.header.date ?? '';
  const actors = actorMap(a);
  if (layer === 'entities') {
    for (const e of a.entities) {
      if (!validSpan(e, n)) continue;
      yield [file, date, e.type, text.slice(e.start, e.end), e.canonical ?? '', actorName(actors, e.actor), String(e.start), String(e.end), reader(e)];
    }
    return;
  }
  if (layer === 'claims') {
    const quoteById = new Map(a.quotes.map((q) => [q.id, q]));
    for (const c of a.claims) {
      if (!validSpan(c, n)) continue;
      yield [
        file, date, actorName(actors, c.actor), actors.get(c.actor)?.role ?? '', claimCue(text, a, c, quoteById) ?? '', c.quote ?? '',
        String(c.start), String(c.end), text.slice(c.start, c.end), reader(c),
      ];
    }
    return;
  }
  for (const q of a.quotes) {
    if (!validSpan(q, n)) continue;
    yield [
      file, date, actorName(actors, q.speaker), (q.speaker && actors.get(q.speaker)?.role) || '', quoteCue(text, q) ?? '', q.kind,
      String(Math.round(q.confidence * 1000) / 1000), String(q.start), String(q.end), text.slice(q.start, q.end), reader(q),
    ];
  }
}

/** Serialises rows as RFC 4180 CSV (CRLF record separators, quotes doubled). */
export function stringifyCsv(rows: string[][], layer: CsvLayer, options: CsvOptions = {}): string {
  const safe = options.raw ? rows : rows.map((r) => r.map(neutralizeCell));
  const body = stringify(safe, {
    header: options.header !== false,
    columns: [...CSV_COLUMNS[layer]],
    record_delimiter: 'windows',
    quoted_match: /^[\s]|[\s]$/,
  });
  return (options.bom ? '\uFEFF' : '') + body;
}

/** The CSV of one file for a layer, as one string (the pieces of `csvPieces`, joined). */
export function toCsv(input: ExportInput, options: CsvOptions = {}): string {
  return [...csvPieces(input, options, Infinity)].join('');
}

/** Pieces of at least this many characters (but one row) are handed to the writer at a time. */
export const CSV_CHUNK_CHARS = 1 << 20;

/**
 * The CSV of `toCsv` (same options: a later part of a combined CSV is `header: false`, no BOM) in pieces: rows are made
 * and serialised a batch at a time (a batch ends once its cells hold about `chunkChars` characters), so that neither all
 * rows nor the whole text are held. Joined, the pieces are exactly `stringifyCsv` of all `csvRows` (`toCsv` joins them).
 */
export function* csvPieces(input: ExportInput, options: CsvOptions = {}, chunkChars = CSV_CHUNK_CHARS): Generator<string> {
  const layer = options.layer ?? 'quotes';
  let batch: string[][] = [];
  let chars = 0;
  let first = true;
  const flush = (): string => {
    const piece = stringifyCsv(batch, layer, { ...options, bom: first && options.bom, header: first && options.header !== false });
    first = false;
    batch = [];
    chars = 0;
    return piece;
  };
  for (const row of csvRowItems(input, layer)) {
    batch.push(row);
    for (const c of row) chars += c.length;
    if (chars >= chunkChars) yield flush();
  }
  // The rest; with no row at all, the header alone (as toCsv writes it).
  if (batch.length > 0 || first) yield flush();
}
