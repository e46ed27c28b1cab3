// Export formats: pure functions from an Analysis (plus its text and file name) to text.
// Shared by the editor commands and the command-line tool.
import { bratAnnPieces, toBrat } from './brat';
import { type ExportFormat, type ExportInput } from './common';
import { type CsvLayer, csvPieces, toCsv } from './csv';
import { htmlPieces, toHtml } from './html';
import { jsonPieces, toJson } from './json';
import { markdownPieces, toMarkdown } from './markdown';
import { toW3c, w3cPieces } from './w3c';

export * from './common';
export { toSeedJson, toJson, toJsonLine, jsonPieces, SCHEMA_ID } from './json';
export type { SeedJsonDocument } from './json';
export { toMarkdown, markdownPieces, mdInline } from './markdown';
export { toCsv, csvPieces, csvRows, stringifyCsv, CSV_LAYERS, CSV_COLUMNS, isCsvLayer } from './csv';
export type { CsvLayer, CsvOptions } from './csv';
export { toBrat, bratAnnPieces, bratNormalizes, bratConf, bratType, BRAT_BASE_TYPES } from './brat';
export type { BratOutput } from './brat';
export { toW3c, toW3cLine, w3cPieces, toW3cCollection, fileUri, ANNO_CONTEXT } from './w3c';
export { toHtml, htmlPieces, escapeHtml, contributedColors } from './html';

export interface ExportOptions {
  /** CSV only: which layer (default quotes). */
  layer?: CsvLayer;
  /** CSV only: start with a UTF-8 BOM. */
  bom?: boolean;
  /** CSV only: write cells raw, without neutralising formula-like cells. */
  csvRaw?: boolean;
}

/** The main text of an export (for brat: the `.ann`). */
export function exportText(format: ExportFormat, input: ExportInput, options: ExportOptions = {}): string {
  switch (format) {
    case 'json': return toJson(input);
    case 'markdown': return toMarkdown(input);
    case 'csv': return toCsv(input, { layer: options.layer, bom: options.bom, raw: options.csvRaw });
    case 'brat': return toBrat(input).ann;
    case 'w3c': return toW3c(input);
    case 'html': return toHtml(input);
  }
}

/**
 * `exportText` in pieces (joined, exactly that string): each format's text is made and handed on a part at a time, so
 * that a writer (the CLI, a folder export) never holds the whole of a large export.
 */
export function exportPieces(format: ExportFormat, input: ExportInput, options: ExportOptions = {}): Iterable<string> {
  switch (format) {
    case 'json': return jsonPieces(input, true);
    case 'markdown': return markdownPieces(input);
    case 'csv': return csvPieces(input, { layer: options.layer, bom: options.bom, raw: options.csvRaw });
    case 'brat': return bratAnnPieces(input);
    case 'w3c': return w3cPieces(input, true);
    case 'html': return htmlPieces(input);
  }
}
