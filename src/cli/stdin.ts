// `seed-reader export --format json --stdin`: JSON Lines in ({"id": ..., "text": ...} per line), one seed-reader/1
// document per line out, in the same order, with the id. Streaming: one line at a time (readline), and reading
// pauses while stdout is full (backpressure), so memory stays constant however long the input is. That makes it a
// map step for a batch engine (Hadoop Streaming `-mapper`, Spark `rdd.pipe`).
import * as readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createAnalyzer } from '../engine';
import { toSeedJson } from '../export/json';
import type { CliHooks, CliIO } from '../cliMain';
import { type Bounded, BoundedAnalyzer, parseMaxMemory } from './bounded';
import { maxBytes, type OptionSpec, parseCommand, parseMaxSize, readOptions, stringOption, UsageError } from './common';

export const STDIN_USAGE = `Usage: seed-reader export --format json --stdin [--max-size MB] [--max-memory MB]

Reads JSON Lines from stdin, one article a line: {"id": "...", "text": "..."} (the text is a whole
seed file: headline, YYYYMMDD date, URL, paragraphs). Writes one line per input line, in order:
the seed-reader/1 document of the text with "id" added (source.file is the id), or, for a line
that cannot be used, {"id": ..., "line": N, "error": "..."} (also reported on stderr). Blank
lines are skipped. Processing always continues; the exit code is 0 unless stdin or stdout fail.
--max-size MB (default 20; 0 = no limit) caps the length of one text. --max-memory MB (default:
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

/** The id and text of one input line, or its error record. */
function readLine(line: string, lineNo: number, maxChars: number): { id: string | number; text: string } | LineResult {
  let id: unknown = null;
  const fail = (error: string) => ({ json: JSON.stringify({ id, line: lineNo, error }), error });
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

/** processLine with the analysis of `bounded`: a large text is analysed in its worker thread. */
async function processLineBounded(line: string, lineNo: number, bounded: BoundedAnalyzer, maxChars: number): Promise<LineResult> {
  const r = readLine(line, lineNo, maxChars);
  if ('json' in r) return r;
  let result: Bounded;
  try {
    result = await bounded.analyze(r.text);
  } catch (err) {
    // The process's own analysis threw: reported as processLine reports it.
    return documentLine(r.id, r.text, lineNo, () => { throw err; });
  }
  return documentLine(r.id, r.text, lineNo, () => result);
}


export async function runExportStdin(argv: string[], io: StreamIO, hooks: CliHooks = {}): Promise<number> {
  const args = parseCommand(() => parseStdinArgs(argv), io, 'export', STDIN_USAGE, 'export --stdin');
  if (typeof args === 'number') return args;
  const input = io.stdin ?? process.stdin;
  const out = io.stdoutStream;
  const analyzer = createAnalyzer();
  // A long text is analysed in a worker thread with a memory limit (src/cli/bounded.ts); a line is never shorter than
  // its text, so a short line is analysed here, at once, as it arrives.
  const bounded = new BoundedAnalyzer((t) => analyzer.analyze(t), args.maxMemoryMB, hooks.analysisThread);
  // Characters, not bytes: the text is already decoded; a UTF-8 byte is at least one character.
  const maxChars = maxBytes(args.maxSizeMB);
  const rl = readline.createInterface({ input, crlfDelay: Infinity, terminal: false });
  let lineNo = 0;
  let done = 0;
  let errors = 0;
  let waiting: Promise<void> | null = null;
  let inputError: Error | null = null;
  input.on('error', (err) => { inputError = err; rl.close(); });

  const write = (s: string): void => {
    if (!out) {
      io.stdout(s);
      return;
    }
    if (!out.write(s) && !waiting) {
      // stdout is full: stop reading until it drains. Lines readline already split still arrive; they are few.
      rl.pause();
      waiting = new Promise<void>((resolve) => out.once('drain', () => { waiting = null; rl.resume(); resolve(); }));
    }
  };

  const finished = new Promise<void>((resolve) => rl.once('close', resolve));
  const emit = (r: LineResult, n: number): void => {
    if (r.error) {
      errors++;
      io.stderr(`seed-reader: stdin line ${n}: ${r.error}\n`);
    }
    write(r.json + '\n');
  };
  // The lines waiting for an analysis in the thread, in order (reading pauses meanwhile); null when none.
  let queue: Promise<void> | null = null;
  rl.on('line', (raw) => {
    lineNo++;
    const n = lineNo;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') return;
    // Clear the analyzer's paragraph cache now and then: unrelated articles share few paragraphs.
    if (done % 64 === 63) analyzer.clear();
    done++;
    if (queue === null && !bounded.inThread(line)) {
      emit(processLine(line, n, (t) => analyzer.analyze(t), maxChars), n);
      return;
    }
    rl.pause();
    const mine: Promise<void> = (queue ?? Promise.resolve())
      .then(() => processLineBounded(line, n, bounded, maxChars))
      .then((r) => {
        emit(r, n);
        if (queue !== mine) return;
        queue = null;
        if (!waiting) rl.resume();
      });
    queue = mine;
  });
  try {
    await finished;
    while (queue) await queue;
  } finally {
    await bounded.close();
  }
  if (waiting) await waiting;
  if (inputError) {
    io.stderr(`seed-reader: cannot read standard input: ${(inputError as Error).message}\n`);
    return 1;
  }
  if (errors) io.stderr(`seed-reader: ${done} line${done === 1 ? '' : 's'}, ${errors} error record${errors === 1 ? '' : 's'}\n`);
  return 0;
}
