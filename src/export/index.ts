// Export formats: pure functions from an Analysis (plus its text and file name) to text.
// Shared by the editor commands and the command-line tool.
import { toBrat } from './brat';
import { type ExportFormat, type ExportInput } from './common';
import { type CsvLayer, toCsv } from './csv';
import { toHtml } from './html';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import { toW3c } from './w3c';

export * from './common';
export { toSeedJson, toJson, toJsonLine, SCHEMA_ID } from './json';
export type { SeedJsonDocument } from './json';
export { toMarkdown, mdInline } from './markdown';
export { toCsv, csvRows, stringifyCsv, CSV_LAYERS, CSV_COLUMNS, isCsvLayer } from './csv';
export type { CsvLayer, CsvOptions } from './csv';
export { toBrat, bratConf, bratType, BRAT_BASE_TYPES } from './brat';
export type { BratOutput } from './brat';
export { toW3c, toW3cLine, toW3cCollection, fileUri, ANNO_CONTEXT } from './w3c';
export { toHtml, escapeHtml, contributedColors } from './html';

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
