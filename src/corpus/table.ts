// Corpus tables as JSON Lines or CSV rows. Pure: no node:*, no vscode. CSV cells are neutralised like the
// export's CSV (a cell starting with = + - @ tab or CR gets a leading ').
import { stringify } from 'csv-stringify/sync';
import { neutralizeCell } from '../export/csv';
import type { CorpusActor, QuoteRecord } from './index';

export const CORPUS_LAYERS = ['quotes', 'actors'] as const;
export type CorpusLayer = (typeof CORPUS_LAYERS)[number];

export const CORPUS_FORMATS = ['jsonl', 'csv'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];

export const CORPUS_COLUMNS: Record<CorpusLayer, readonly string[]> = {
  quotes: ['file', 'date', 'outlet', 'speakerId', 'speaker', 'role', 'cue', 'kind', 'confidence', 'start', 'end', 'text'],
  actors: ['speakerId', 'name', 'type', 'aliases', 'quotes', 'articles', 'firstDate', 'lastDate', 'roles'],
};

/** The JSON object of a quote record (one JSON Lines record). */
export function quoteJson(r: QuoteRecord): Record<string, unknown> {
  return {
    file: r.file, date: r.date, outlet: r.outlet, speakerId: r.speakerId, speaker: r.speaker, speakerInArticle: r.speakerInArticle,
    role: r.role, cue: r.cue, kind: r.kind, confidence: r.confidence, start: r.start, end: r.end, text: r.text, quoteId: r.quoteId, title: r.title,
  };
}

export function actorJson(a: CorpusActor): Record<string, unknown> {
  return {
    speakerId: a.speakerId, name: a.name, type: a.type, aliases: a.aliases, quotes: a.quotes, articles: a.articles,
    firstDate: a.firstDate, lastDate: a.lastDate, roles: a.roles,
  };
}

export function quoteRow(r: QuoteRecord): string[] {
  return [r.file, r.date ?? '', r.outlet ?? '', r.speakerId ?? '', r.speaker ?? '', r.role ?? '', r.cue ?? '', r.kind, String(r.confidence), String(r.start), String(r.end), r.text];
}

export function actorRow(a: CorpusActor): string[] {
  return [a.speakerId, a.name, a.type, a.aliases.join('; '), String(a.quotes), String(a.articles), a.firstDate ?? '', a.lastDate ?? '', a.roles.join('; ')];
}

export interface CorpusCsvOptions {
  /** Write the header row (default true). */
  header?: boolean;
  /** Start with a UTF-8 byte-order mark. */
  bom?: boolean;
  /** Cells as they are, without formula neutralisation. */
  raw?: boolean;
}

/** RFC 4180 CSV (CRLF), the same conventions as the export's CSV. */
export function corpusCsv(rows: string[][], layer: CorpusLayer, options: CorpusCsvOptions = {}): string {
  const safe = options.raw ? rows : rows.map((r) => r.map(neutralizeCell));
  const body = stringify(safe, {
    header: options.header !== false,
    columns: [...CORPUS_COLUMNS[layer]],
    record_delimiter: 'windows',
    quoted_match: /^[\s]|[\s]$/,
  });
  return (options.bom ? '\uFEFF' : '') + body;
}

/** JSON Lines: one compact object per line. */
export function jsonLines(objects: Iterable<unknown>): string {
  let s = '';
  for (const o of objects) s += JSON.stringify(o) + '\n';
  return s;
}
