// `seed-reader export --format json --stdin`: JSON Lines in ({"id": ..., "text": ...} per line), one seed-reader/1
// document per line out, in the same order, with the id. Streaming: one line at a time (boundedLines: a line past what
// --max-size allows is never held), each document written in pieces, and reading pauses while stdout is full
// (backpressure), so memory stays bounded however long the input or one line is. That makes it a map step for a batch
// engine (Hadoop Streaming `-mapper`, Spark `rdd.pipe`).
import type { Readable, Writable } from 'node:stream';
import { createAnalyzer } from '../engine';
import { jsonPieces, toSeedJson } from '../export/json';
import type { CliHooks, CliIO } from '../cliMain';
import { type Bounded, BoundedAnalyzer, parseMaxMemory } from './bounded';
import { maxBytes, type OptionSpec, parseCommand, parseMaxSize, readOptions, stringOption, UsageError } from './common';

export const STDIN_USAGE = `Usage: seed-reader export --format json --stdin [--max-size MB] [--max-memory MB]

Reads JSON Lines from stdin, one article a line: {"id": "...", "text": "..."} (the text is a whole
seed file: headline, YYYYMMDD date, URL, paragraphs). Writes one line per input line, in order:
the seed-reader/1 document of the text with "id" added (source.file is the id), or, for a line
that cannot be used, {"id": ..., "line": N, "error": "..."} (also reported on stderr). Blank
lines are skipped. Processing always continues; the exit code is 0 unless stdin or stdout fail.
--max-size MB (default 20; 0 = no limit) caps the length of one text (a line too long for such a
text, over 6 bytes a character, is skipped unread with an error record). --max-memory MB (default:
Node's heap limit here) is the memory for the analysis of one text: a text over 1/1024 of it (4 MB
with 4 GB) is analysed in a worker thread with this limit; one that needs more gets an error record.
`;

export interface StreamIO extends CliIO {
  /** Input for --stdin (default process.stdin). */
  stdin?: Readable;
  /** Output with backpressure for --stdin (default: process.stdout when io.stdout is the default). */
  stdoutStream?: Writable;
}

const STDIN_OPTIONS: OptionSpec = {
  stdin: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  'max-size': { type: 'string' },
  'max-memory': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

function parseStdinArgs(argv: string[]): { maxSizeMB: number; maxMemoryMB: number; help: boolean } {
  const { values } = readOptions(argv, STDIN_OPTIONS, {
    unknown: (raw) => new UsageError(`option '${raw}' does not apply to --stdin`),
    positional: (arg) => new UsageError(`--stdin reads stdin only; do not give files ('${arg}')`),
  });
  const format = stringOption(values, 'format');
  const maxSize = stringOption(values, 'max-size');
  const help = values.help === true;
  const maxSizeMB = parseMaxSize(maxSize);
  const maxMemoryMB = parseMaxMemory(stringOption(values, 'max-memory'));
  if (!help && format !== null && format !== 'json') throw new UsageError(`--stdin writes --format json only, not '${format}'`);
  return { maxSizeMB, maxMemoryMB, help };
}

type LineResult = { json: string; error?: string };
type Analyzed = ReturnType<ReturnType<typeof createAnalyzer>['analyze']>;

/** True when `line` holds a control character other than tab, LF or CR. */
function hasControl(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return true;
  }
  return false;
}

/** The id and text of one input line, or its error record. */
function readLine(line: string, lineNo: number, maxChars: number): { id: string | number; text: string } | LineResult {
  let id: unknown = null;
  const fail = (error: string) => ({ json: JSON.stringify({ id, line: lineNo, error }), error });
  // Raw control characters (but tab) are never in JSON: binary data, not echoed in a parse error.
  if (hasControl(line)) return fail('binary data (control characters), not a JSON line');
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    return fail(`not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return fail('not a JSON object');
  const o = rec as Record<string, unknown>;
  if (typeof o.id === 'string' || (typeof o.id === 'number' && Number.isFinite(o.id))) id = o.id;
  else return fail(o.id === undefined ? 'missing "id"' : '"id" must be a string or a number');
  if (typeof o.text !== 'string') return fail(o.text === undefined ? 'missing "text"' : '"text" must be a string');
  const text = o.text;
  if (maxChars > 0 && text.length > maxChars) return fail(`text longer than the --max-size limit (${text.length} characters)`);
  return { id: id as string | number, text };
}

/** The output line of a text read from line `lineNo`, from its analysis (or why there is none). */
function documentLine(id: string | number, text: string, lineNo: number, analysis: () => Bounded): LineResult {
  const fail = (error: string) => ({ json: JSON.stringify({ id, line: lineNo, error }), error });
  let doc;
  try {
    const a = analysis();
    if ('error' in a) return fail(a.error);
    doc = toSeedJson({ analysis: a.analysis, text, fileName: String(id) });
  } catch (err) {
    return fail(`analysis failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { json: JSON.stringify({ id, ...doc }) };
}

/** One output line for one input line (without the newline): the document, or an error record. */
export function processLine(line: string, lineNo: number, analyze: (text: string) => Analyzed, maxChars = 0): LineResult {
  const r = readLine(line, lineNo, maxChars);
  if ('json' in r) return r;
  return documentLine(r.id, r.text, lineNo, () => ({ analysis: analyze(r.text) }));
}

/** The output line of a document, in pieces (joined, exactly `JSON.stringify({ id, ...toSeedJson(input) })` and a line break). */
function* documentPieces(id: string | number, input: { analysis: Analyzed; text: string }): Generator<string> {
  let first = true;
  for (const piece of jsonPieces({ ...input, fileName: String(id) }, false)) {
    yield first ? `{"id":${JSON.stringify(id)},${piece.slice(1)}` : piece;
    first = false;
  }
}

/** One line's output: an error record, or a document in pieces. */
type LineOutput = LineResult | { id: string | number; lineNo: number; pieces: Generator<string> };

/** The line's output with the analysis of `bounded` (a large text is analysed in its worker thread). */
async function lineOutput(line: string, lineNo: number, bounded: BoundedAnalyzer, maxChars: number): Promise<LineOutput> {
  const r = readLine(line, lineNo, maxChars);
  if ('json' in r) return r;
  let result: Bounded;
  try {
    result = await bounded.analyze(r.text);
  } catch (err) {
    return { json: JSON.stringify({ id: r.id, line: lineNo, error: `analysis failed: ${err instanceof Error ? err.message : String(err)}` }), error: `analysis failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if ('error' in result) return { json: JSON.stringify({ id: r.id, line: lineNo, error: result.error }), error: result.error };
  return { id: r.id, lineNo, pieces: documentPieces(r.id, { analysis: result.analysis, text: r.text }) };
}

/** A line of the input: its text, or for a line over the limit its length in bytes (it is not kept). */
export type InputLine = string | { tooLong: number };

/**
 * The lines of a byte stream, split as readline splits them (LF, CRLF, CR), each decoded as UTF-8; a line longer than
 * `maxBytes` (0: no limit) is dropped as it is read and given as its length, so that memory stays bounded whatever
 * comes in (one endless line, binary data). The stream is read as the lines are taken (backpressure).
 */
export async function* boundedLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let len = 0;
  let afterCR = false;
  const add = (b: Buffer): void => {
    if (b.length === 0) return;
    len += b.length;
    if (maxBytes > 0 && len > maxBytes) parts = [];
    else parts.push(b);
  };
  const take = (): InputLine => {
    const line: InputLine = maxBytes > 0 && len > maxBytes ? { tooLong: len } : Buffer.concat(parts, len).toString('utf8');
    parts = [];
    len = 0;
    return line;
  };
  for await (const chunk of input) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let i = afterCR && b[0] === 10 ? 1 : 0;
    afterCR = false;
    while (i < b.length) {
      let j = i;
      while (j < b.length && b[j] !== 10 && b[j] !== 13) j++;
      add(b.subarray(i, j));
      if (j === b.length) break;
      yield take();
      if (b[j] === 13) {
        if (j + 1 === b.length) afterCR = true;
        else if (b[j + 1] === 10) j++;
      }
      i = j + 1;
    }
  }
  if (len > 0) yield take();
}

/** Bytes of the longest line that can hold a text of `maxChars` characters (\uXXXX escapes: 6 bytes a character). */
export function maxLineBytes(maxChars: number): number {
  return maxChars > 0 ? maxChars * 6 + (1 << 20) : 0;
}

export async function runExportStdin(argv: string[], io: StreamIO, hooks: CliHooks = {}): Promise<number> {
  const args = parseCommand(() => parseStdinArgs(argv), io, 'export', STDIN_USAGE, 'export --stdin');
  if (typeof args === 'number') return args;
  const input = io.stdin ?? process.stdin;
  const out = io.stdoutStream;
  const analyzer = createAnalyzer();
  // A long text is analysed in a worker thread with a memory limit (src/cli/bounded.ts); a short one here.
  const bounded = new BoundedAnalyzer((t) => analyzer.analyze(t), args.maxMemoryMB, hooks.analysisThread);
  // Characters, not bytes: the text is already decoded; a UTF-8 byte is at least one character.
  const maxChars = maxBytes(args.maxSizeMB);
  let done = 0;
  let errors = 0;
  let inputError: unknown = null;

  /** Writes a piece; when stdout is full, waits until it drains (or closes) before the next. */
  const write = async (s: string): Promise<void> => {
    if (!out) {
      io.stdout(s);
      return;
    }
    if (out.write(s)) return;
    await new Promise<void>((resolve) => {
      const go = (): void => {
        out.off('drain', go).off('close', go).off('error', go);
        resolve();
      };
      out.on('drain', go).on('close', go).on('error', go);
    });
  };
  const report = (error: string, n: number): void => {
    errors++;
    io.stderr(`seed-reader: stdin line ${n}: ${error}\n`);
  };
  const emit = async (r: LineOutput, n: number): Promise<void> => {
    if ('json' in r) {
      if (r.error) report(r.error, n);
      await write(r.json + '\n');
      return;
    }
    // The first piece is built before anything of the line is written: a document under a million characters (one
    // piece) that cannot be built becomes an error record, as before. Past the first piece a failure cuts the line.
    let begun = false;
    try {
      for (const piece of r.pieces) {
        begun = true;
        await write(piece);
      }
    } catch (err) {
      const error = `analysis failed: ${err instanceof Error ? err.message : String(err)}`;
      report(error, n);
      await write((begun ? '\n' : '') + JSON.stringify({ id: r.id, line: r.lineNo, error }) + '\n');
    }
  };
  let lineNo = 0;
  try {
    for await (const l of boundedLines(input as AsyncIterable<Buffer | string>, maxLineBytes(maxChars))) {
      lineNo++;
      const n = lineNo;
      if (typeof l !== 'string') {
        done++;
        const error = `line of ${l.tooLong} bytes, longer than a text within the --max-size limit can make; not read`;
        await emit({ json: JSON.stringify({ id: null, line: n, error }), error }, n);
        continue;
      }
      const line = n === 1 ? l.replace(/^\uFEFF/, '') : l;
      if (line.trim() === '') continue;
      // Clear the analyzer's paragraph cache now and then: unrelated articles share few paragraphs.
      if (done % 64 === 63) analyzer.clear();
      done++;
      await emit(await lineOutput(line, n, bounded, maxChars), n);
    }
  } catch (err) {
    inputError = err;
  } finally {
    await bounded.close();
  }
  if (inputError) {
    io.stderr(`seed-reader: cannot read standard input: ${inputError instanceof Error ? inputError.message : String(inputError)}\n`);
    return 1;
  }
  if (errors) io.stderr(`seed-reader: ${done} line${done === 1 ? '' : 's'}, ${errors} error record${errors === 1 ? '' : 's'}\n`);
  return 0;
}
