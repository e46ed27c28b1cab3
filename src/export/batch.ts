// Helpers for exporting several files at once (CLI and the workspace command). Pure: no fs, no vscode,
// and no analysis engine (the editor imports this at activation; the engine loads lazily).
import { type ExportFormat, type ExportInput, FORMAT_INFO, stemName } from './common';
import { CSV_COLUMNS, type CsvLayer, csvRows, stringifyCsv } from './csv';
import { toJsonLine } from './json';
import { toMarkdown } from './markdown';
import { toW3cLine } from './w3c';

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes file bytes as a seed text: UTF-8, BOM kept (offsets then match `readFileSync(f, 'utf8')`).
 * Refuses binary files: NUL bytes or invalid UTF-8.
 */
export function decodeSeedBytes(bytes: Uint8Array): Decoded {
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

/** Formats that can combine several files into one output, and how. */
export const COMBINABLE: Partial<Record<ExportFormat, string>> = {
  json: 'JSON Lines: one seed-reader/1 document per line',
  w3c: 'JSON Lines: one AnnotationCollection per line',
  csv: 'one CSV, header once, the file column tells the files apart',
  markdown: 'the reports one after another, separated by horizontal rules',
};

/** Combines several inputs into one text for a combinable format; null for brat and html. */
export function combine(format: ExportFormat, inputs: ExportInput[], options: { layer?: CsvLayer; bom?: boolean } = {}): string | null {
  switch (format) {
    case 'json': return inputs.map(toJsonLine).join('');
    case 'w3c': return inputs.map(toW3cLine).join('');
    case 'csv': {
      const layer = options.layer ?? 'quotes';
      return stringifyCsv(inputs.flatMap((i) => csvRows(i, layer)), layer, { bom: options.bom });
    }
    case 'markdown': return inputs.map(toMarkdown).join('\n---\n\n');
    default: return null;
  }
}

/** Unique output names for several sources in one folder: `a.seed.json`, `a-2.seed.json`, ... */
export function uniqueOutputNames(sources: string[], format: ExportFormat): string[] {
  const used = new Set<string>();
  return sources.map((s) => {
    const stem = stemName(s);
    const ext = FORMAT_INFO[format].extension;
    let candidate = stem + ext;
    for (let k = 2; used.has(candidate.toLowerCase()) || (format === 'brat' && candidate.toLowerCase() === 'annotation.conf'); k++) {
      candidate = `${stem}-${k}${ext}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

export { CSV_COLUMNS };
