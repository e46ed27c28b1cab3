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
  const { analysis: a, text } = input;
  const n = text.length;
  const file = baseName(input.fileName);
  const date = a.header.date ?? '';
  const actors = actorMap(a);
  if (layer === 'entities') {
    return a.entities.filter((e) => validSpan(e, n)).map((e) => [
      file, date, e.type, text.slice(e.start, e.end), e.canonical ?? '', actorName(actors, e.actor), String(e.start), String(e.end), reader(e),
    ]);
  }
  if (layer === 'claims') {
    const quoteById = new Map(a.quotes.map((q) => [q.id, q]));
    return a.claims.filter((c) => validSpan(c, n)).map((c) => [
      file, date, actorName(actors, c.actor), actors.get(c.actor)?.role ?? '', claimCue(text, a, c, quoteById) ?? '', c.quote ?? '',
      String(c.start), String(c.end), text.slice(c.start, c.end), reader(c),
    ]);
  }
  return a.quotes.filter((q) => validSpan(q, n)).map((q) => [
    file, date, actorName(actors, q.speaker), (q.speaker && actors.get(q.speaker)?.role) || '', quoteCue(text, q) ?? '', q.kind,
    String(Math.round(q.confidence * 1000) / 1000), String(q.start), String(q.end), text.slice(q.start, q.end), reader(q),
  ]);
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

export function toCsv(input: ExportInput, options: CsvOptions = {}): string {
  const layer = options.layer ?? 'quotes';
  return stringifyCsv(csvRows(input, layer), layer, options);
}
