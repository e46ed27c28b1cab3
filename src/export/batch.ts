// Helpers for exporting several files at once (CLI and the workspace command). Pure: no fs, no vscode,
// and no analysis engine (the editor imports this at activation; the engine loads lazily).
import { type ExportFormat, type ExportInput, FORMAT_INFO, stemName } from './common';
import { CSV_COLUMNS, type CsvLayer, csvPieces } from './csv';
import { jsonPieces } from './json';
import { markdownPieces } from './markdown';
import { w3cPieces } from './w3c';

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes file bytes as a seed text: UTF-8, BOM kept (offsets then match `readFileSync(f, 'utf8')`).
 * Refuses binary files: NUL bytes or invalid UTF-8.
 */
export function decodeSeedBytes(bytes: Uint8Array): Decoded {
  const refused = refusedSeedBytes(bytes);
  if (refused) return { ok: false, reason: refused };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

export const UTF16_REASON = 'UTF-16 text: save it as UTF-8';
export const BINARY_REASON = 'binary file (contains NUL bytes)';

/** Why bytes are refused as seed text before any decoding (UTF-16, or NUL bytes: binary); undefined when they are not. */
export function refusedSeedBytes(bytes: Uint8Array): string | undefined {
  if (looksLikeUtf16(bytes)) return UTF16_REASON;
  return bytes.indexOf(0) !== -1 ? BINARY_REASON : undefined;
}

/**
 * True for UTF-16 text: a UTF-16 byte-order mark (FF FE or FE FF, and not the UTF-8 BOM), or,
 * without one, NUL bytes in most even or most odd positions of the first KB and almost none in the
 * other (ASCII-range text in UTF-16 LE or BE).
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  let evenText = 0;
  let oddText = 0;
  const texty = (b: number) => (b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
    if (texty(bytes[i])) evenText++;
    if (texty(bytes[i + 1])) oddText++;
  }
  const pairs = n / 2;
  // LE: text in the even bytes, NUL in the odd ones; BE: the other way round.
  return (odd >= pairs * 0.4 && even <= pairs * 0.05 && evenText >= pairs * 0.5) || (even >= pairs * 0.4 && odd <= pairs * 0.05 && oddText >= pairs * 0.5);
}

/** Formats that can combine several files into one output, and how. */
export const COMBINABLE: Partial<Record<ExportFormat, string>> = {
  json: 'JSON Lines: one seed-reader/1 document per line',
  w3c: 'JSON Lines: one AnnotationCollection per line',
  csv: 'one CSV, header once, the file column tells the files apart',
  markdown: 'the reports one after another, separated by horizontal rules',
};

/**
 * One input's part of a combined CSV / JSON Lines / W3C lines / markdown text (the first part of CSV carries the header
 * and BOM; markdown parts after the first start with the separator), in pieces: the part is made and handed on a piece at
 * a time (see each format's pieces), so that a combined export is never held whole, nor any one input's part of it.
 * It throws what the exporter throws.
 */
export function* combinedPieces(format: ExportFormat, input: ExportInput, first: boolean, options: { layer?: CsvLayer; bom?: boolean; csvRaw?: boolean } = {}): Generator<string> {
  switch (format) {
    case 'json': return yield* jsonPieces(input, false);
    case 'w3c': return yield* w3cPieces(input, false);
    case 'csv': return yield* csvPieces(input, { layer: options.layer, bom: first && options.bom, header: first, raw: options.csvRaw });
    case 'markdown':
      if (!first) yield '\n---\n\n';
      return yield* markdownPieces(input);
    default: throw new Error(`${format} cannot combine several files`);
  }
}

/** Unique output names for several sources in one folder: `a.seed.json`, `a-2.seed.json`, ... */
export function uniqueOutputNames(sources: string[], format: ExportFormat): string[] {
  const namer = outputNamer(format);
  return sources.map(namer);
}

/**
 * The names of `uniqueOutputNames`, one source at a time (a writer that names each input as it comes): the k-th call
 * returns the k-th name of `uniqueOutputNames` of the sources so far.
 */
export function outputNamer(format: ExportFormat): (source: string) => string {
  const used = new Set<string>();
  return (s) => {
    const stem = stemName(s);
    const ext = FORMAT_INFO[format].extension;
    let candidate = stem + ext;
    for (let k = 2; used.has(candidate.toLowerCase()) || (format === 'brat' && candidate.toLowerCase() === 'annotation.conf'); k++) {
      candidate = `${stem}-${k}${ext}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

export { CSV_COLUMNS };
