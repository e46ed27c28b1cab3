// The CLI's logic, separate from process wiring so that tests can call it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../package.json';
import { bratNormalizes } from './export/brat';
import { analyze } from './engine';
import { applySidecar, SIDECAR_SUFFIX } from './cliCorrections';
import { COMBINABLE, combinedPieces } from './export/batch';
import { AtomicFile, fileIdentity, sameFile, type WriteFs } from './export/files';
import { EXPORT_FORMATS, type ExportFormat, type ExportInput, isExportFormat } from './export/common';
import { CSV_LAYERS, type CsvLayer, isCsvLayer } from './export/csv';
import { exportPieces, type ExportOptions } from './export/index';
import { errnoMessage, type OptionSpec, parseCommand, parseMaxSize, readOptions, outOption, readSeedFile, stringOption, totalSize, UsageError } from './cli/common';
import { runCorpus } from './cli/corpus';
import { exportToFolder } from './cli/folder';
import { runExportStdin } from './cli/stdin';
import { type AnalysisThreadOptions, BoundedAnalyzer, parseMaxMemory } from './cli/bounded';

export const VERSION: string = process.env.SEED_READER_VERSION || (pkg as { version?: string }).version || '0.0.0-dev';

export const USAGE = `Usage: seed-reader <command> [options]

Commands:
  export --format F FILE... [--out PATH]   Analyse seed files and print or write an export.
  export --format json --stdin             JSON Lines {"id","text"} in, one document per line out.
  corpus [--format jsonl|csv] PATH...      All seeds in files and folders as one corpus: one
                                           record per quote, speakers identified across files.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.

Run 'seed-reader export --help' or 'seed-reader corpus --help' for their options.
`;

export const EXPORT_USAGE = `Usage: seed-reader export --format F [options] FILE...

Analyses each seed FILE and prints the export to stdout, or writes it with --out.

Formats (-f, --format):
  json       seed-reader/1 document (schema/seed-reader-1.schema.json)
  markdown   readable report: actors, quotes in order, claims by actor
  csv        one row per quote (RFC 4180); --layer entities|claims for other rows
  brat       brat standoff .ann (with --out: the .ann, the .txt it indexes, annotation.conf)
  w3c        W3C Web Annotation JSON-LD AnnotationCollection
  html       self-contained page with highlights, legend and actor index

Options:
  -o, --out PATH   Write instead of printing. PATH is a folder (one file per input) when it
                   exists as a folder, ends with '/', or the format is brat; otherwise a file.
                   '-' prints to stdout, as without --out.
  --layer L        CSV only: ${CSV_LAYERS.join(', ')} (default quotes).
  --bom            CSV only: start with a UTF-8 byte-order mark (for spreadsheets).
  --csv-raw        CSV only: write cells as they are. By default a cell starting with = + - @,
                   tab or CR gets a leading ' so that spreadsheets do not run it as a formula.
  --force          Replace existing files in the --out folder that this run did not create
                   (without it they are skipped and reported).
  --max-size MB    Skip inputs larger than MB megabytes (default 20; 0 = no limit). Only
                   regular files are read (no devices or FIFOs).
  --max-memory MB  Memory for the analysis of one input (default: Node's heap limit here). An
                   input over 1/1024 of it (4 MB with 4 GB) is analysed in a worker thread with
                   this limit; one that needs more is reported and not exported (exit code 1).
                   The others still are.
  --no-corrections Ignore the reader's corrections. By default a sidecar FILE.corrections.json
                   next to a seed is applied on top of its analysis (see README, Corrections).
  --stdin          Read JSON Lines {"id": ..., "text": ...} from stdin instead of FILEs and
                   write one json document per line (see 'seed-reader export --stdin --help').
  -h, --help       Show this help.

Several FILEs: json and w3c print JSON Lines (one document per line), csv one table with the
header once, markdown the reports one after another; html and brat need --out FOLDER.
Outputs are written to a temporary file and renamed into place: an output is never left
half-written, and no output ever replaces an input (compared by real path and inode).
Corrections: a correction whose text is no longer in the seed is orphaned: a warning, not
applied, and the exit code is unchanged. A sidecar that cannot be read, or an invalid entry, is an
error (exit code 1); the valid entries still apply and the export is still written.
Exit codes: 0 ok, 1 a file could not be read, built or written, or was skipped (the others are
still exported), or a corrections sidecar is invalid, 2 usage error.
`;

/** What the process wiring (src/cli.ts) may be told; tests calling runCli in-process pass nothing. */
export interface CliHooks {
  /** Called once before the analyses (export, corpus) with the total size in bytes of the seed files (stat, not read). */
  expectInput?: (bytes: number) => void;
  /** Where large inputs are analysed with a memory limit (src/cli/bounded.ts); none: every input in the process. */
  analysisThread?: AnalysisThreadOptions;
}

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** File operations for writing outputs (tests simulate a full disk); default node:fs. */
  writeFs?: WriteFs;
}

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};


/** Default --max-size, like the editor's `seedReader.maxFileSizeMB`. */

interface ExportArgs {
  format: ExportFormat;
  files: string[];
  out: string | null;
  layer: CsvLayer | null;
  bom: boolean;
  csvRaw: boolean;
  force: boolean;
  maxSizeMB: number;
  maxMemoryMB: number;
  /** --no-corrections: ignore the `.corrections.json` sidecars. */
  noCorrections: boolean;
  help: boolean;
}

/** The options of `export` (without --stdin, which src/cli/stdin.ts reads). */
const EXPORT_OPTIONS: OptionSpec = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  layer: { type: 'string' },
  bom: { type: 'boolean' },
  'csv-raw': { type: 'boolean' },
  force: { type: 'boolean' },
  'no-corrections': { type: 'boolean' },
  'max-size': { type: 'string' },
  'max-memory': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

function parseExportArgs(argv: string[]): ExportArgs {
  const { values, positionals: files } = readOptions(argv, EXPORT_OPTIONS);
  const format = stringOption(values, 'format');
  const out = outOption(values);
  const layer = stringOption(values, 'layer');
  const maxSize = stringOption(values, 'max-size');
  const [bom, csvRaw, force, noCorrections, help] = ['bom', 'csv-raw', 'force', 'no-corrections', 'help'].map((k) => values[k] === true);
  const maxSizeMB = parseMaxSize(maxSize);
  const maxMemoryMB = parseMaxMemory(stringOption(values, 'max-memory'));
  if (help) return { format: 'json', files, out, layer: null, bom, csvRaw, force, maxSizeMB, maxMemoryMB, noCorrections, help };
  if (format === null) throw new UsageError(`missing --format (one of ${EXPORT_FORMATS.join(', ')})`);
  if (!isExportFormat(format)) throw new UsageError(`unknown format '${format}' (expected one of ${EXPORT_FORMATS.join(', ')})`);
  if (layer !== null && !isCsvLayer(layer)) throw new UsageError(`unknown layer '${layer}' (expected one of ${CSV_LAYERS.join(', ')})`);
  if (layer !== null && format !== 'csv') throw new UsageError('--layer applies only to --format csv');
  if (bom && format !== 'csv') throw new UsageError('--bom applies only to --format csv');
  if (csvRaw && format !== 'csv') throw new UsageError('--csv-raw applies only to --format csv');
  if (files.length === 0) throw new UsageError('missing FILE: give at least one seed file');
  if (files.includes('-')) throw new UsageError("reading from stdin ('-') is not supported; give a file path");
  return { format, files, out, layer: layer as CsvLayer | null, bom, csvRaw, force, maxSizeMB, maxMemoryMB, noCorrections, help };
}


function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** An input read and analysed: the FILE argument and what the exporters take. */
export interface Analysed {
  file: string;
  input: ExportInput;
}

/** `export dir/*` also matches the corrections sidecars: one beside a FILE given is read with its seed, not exported. */
function isSidecarOfGiven(file: string, given: ReadonlySet<string>): boolean {
  return file.endsWith(SIDECAR_SUFFIX) && given.has(path.resolve(file.slice(0, -SIDECAR_SUFFIX.length)));
}

/** The number of inputs given: the FILEs but the sidecars of others (a single one gets its format's own document). */
function givenInputs(files: string[]): number {
  const given = new Set(files.map((f) => path.resolve(f)));
  return files.filter((f) => !isSidecarOfGiven(f, given)).length;
}

/**
 * Reads and analyses the FILEs of `export` one at a time, as they are asked for (the sidecars of seeds among them are
 * not exported on their own); a FILE that cannot be read or analysed is reported and sets `state.failed`. `refuse`
 * may turn a FILE (by its index) away before it is read.
 */
async function* analyseFiles(
  files: string[], args: ExportArgs, analyzer: BoundedAnalyzer, io: CliIO, state: { failed: boolean }, refuse?: (index: number) => string | null,
): AsyncGenerator<Analysed> {
  const given = new Set(files.map((f) => path.resolve(f)));
  for (const [index, file] of files.entries()) {
    if (isSidecarOfGiven(file, given)) {
      io.stderr(`seed-reader: note: ${file} is the corrections sidecar of ${file.slice(0, -SIDECAR_SUFFIX.length)}, not a seed; not exported on its own\n`);
      continue;
    }
    const refused = refuse?.(index) ?? null;
    const r = refused === null ? readSeedFile(file, args.maxSizeMB) : { error: refused };
    if ('error' in r) {
      io.stderr(`seed-reader: ${file}: ${r.error}\n`);
      state.failed = true;
      continue;
    }
    // Yield between files so that a long batch stays responsive (and testable in-process).
    await new Promise((resolve) => setImmediate(resolve));
    let analysis;
    try {
      const a = await analyzer.analyze(r.text);
      if ('error' in a) {
        io.stderr(`seed-reader: ${file}: ${a.error}\n`);
        state.failed = true;
        continue;
      }
      analysis = a.analysis;
    } catch (err) {
      io.stderr(`seed-reader: ${file}: analysis failed: ${err instanceof Error ? err.message : String(err)}\n`);
      state.failed = true;
      continue;
    }
    if (!args.noCorrections) {
      const corrected = applySidecar(file, r.text, analysis, io.stderr);
      analysis = corrected.analysis;
      if (corrected.failed) state.failed = true;
    }
    yield { file, input: { analysis, text: r.text, fileName: path.basename(file), fileUri: pathToFileURL(path.resolve(file)).href } };
  }
}

async function runExport(argv: string[], io: CliIO, hooks: CliHooks = {}): Promise<number> {
  const args = parseCommand(() => parseExportArgs(argv), io, 'export', EXPORT_USAGE);
  if (typeof args === 'number') return args;
  const { format, files, out, force } = args;
  const options = { layer: args.layer ?? undefined, bom: args.bom, csvRaw: args.csvRaw };
  const toFolder = out !== null && (format === 'brat' || /[\\/]$/.test(out) || isDirectory(out));
  if (!toFolder && files.length > 1 && !COMBINABLE[format]) {
    io.stderr(`seed-reader export: --format ${format} with several files needs --out FOLDER (one file each)\n`);
    return 2;
  }
  // Inputs by real identity (symlinks and hard links included), to never write over one.
  const inputIds = files.map((f) => fileIdentity(f));
  const isInput = (p: string): number => {
    const id = fileIdentity(p);
    return id ? inputIds.findIndex((x) => sameFile(x, id)) : -1;
  };
  if (out !== null && !toFolder && (files.some((f) => path.resolve(f) === path.resolve(out)) || isInput(out) >= 0)) {
    io.stderr(`seed-reader export: --out ${out} is one of the input files (or a link to one); choose another path\n`);
    return 2;
  }
  if (out !== null && !toFolder && fs.existsSync(out) && !fs.statSync(out).isFile()) {
    io.stderr(`seed-reader export: --out ${out}: exists and is not a file or folder\n`);
    return 2;
  }

  hooks.expectInput?.(totalSize(files));
  const analyzer = new BoundedAnalyzer(analyze, args.maxMemoryMB, hooks.analysisThread);
  // Each input is analysed, written and dropped before the next is read: a batch holds one analysis at a time.
  const state = { failed: false };
  try {
    if (!toFolder) return await writeCombined(analyseFiles(files, args, analyzer, io, state), givenInputs(files) === 1, format, options, out, io, state);
    const folder = await exportToFolder({ out: out!, format, options, force, files, inputIds }, (refuse) => analyseFiles(files, args, analyzer, io, state, refuse), io);
    if (folder === 'nothing') return 1;
    return folder === 'failed' || state.failed ? 1 : 0;
  } finally {
    await analyzer.close();
  }
}

/**
 * One output, stdout or one file, written one input at a time as each is analysed (the --out file through a temporary
 * file renamed into place at the end). `single` (one input given, however many of them can be read) gets the format's
 * own document; several the combined one (COMBINABLE), even when only one of them could be read.
 */
async function writeCombined(
  inputs: AsyncIterable<Analysed>, single: boolean, format: ExportFormat, options: ExportOptions, out: string | null, io: CliIO, state: { failed: boolean },
): Promise<number> {
  let seen = 0;
  let first = true;
  let parts = 0;
  let file: AtomicFile | null = null;
  /** Writes one piece of output; false when it cannot be written (the export stops). */
  const put = (piece: string): boolean => {
    if (out === null) {
      io.stdout(piece);
      return true;
    }
    try {
      file ??= new AtomicFile(out, io.writeFs);
      file.write(piece);
      return true;
    } catch (err) {
      io.stderr(`seed-reader: cannot write ${out}: ${errnoMessage(err)}\n`);
      return false;
    }
  };
  /** Builds and writes one part, piece by piece; false when the output cannot be written (the export stops). */
  const emit = ({ file: source, input }: Analysed): boolean => {
    const pieces = partPieces(format, input, options, single, first);
    let begun = false;
    for (;;) {
      let next: IteratorResult<string>;
      try {
        next = pieces.next();
      } catch (err) {
        io.stderr(`seed-reader: ${source}: ${errnoMessage(err)}\n`);
        state.failed = true;
        // A part already begun cannot be taken back: the output stops (an --out file is then not written).
        return !begun;
      }
      if (next.done) return true;
      if (!begun) {
        begun = true;
        first = false;
        parts++;
      }
      if (!put(next.value)) return false;
    }
  };
  try {
    for await (const a of inputs) {
      seen++;
      if (single && format === 'brat' && bratNormalizes(a.input.text)) {
        io.stderr(`seed-reader: note: ${a.file}: the .ann offsets count the text with LF line breaks and no BOM; use --out FOLDER to write that .txt beside the .ann\n`);
      }
      if (!emit(a)) return 1;
    }
    if (seen === 0) return 1;
    if (out === null) return state.failed ? 1 : 0;
    // Nothing buildable: keep whatever --out held.
    if (parts === 0) return 1;
    try {
      (file as AtomicFile | null)!.commit();
    } catch (err) {
      io.stderr(`seed-reader: cannot write ${out}: ${errnoMessage(err)}\n`);
      return 1;
    }
    io.stderr(`seed-reader: wrote ${out}\n`);
    return state.failed ? 1 : 0;
  } finally {
    (file as AtomicFile | null)?.abort();
  }
}

/**
 * One input's part of the output in pieces, every format (`exportPieces`: the format's own document; `combinedPieces`:
 * its part of a combined output): never built whole, so that a hostile input's export of hundreds of MB costs a few MB
 * beyond its analysis.
 */
export function* partPieces(format: ExportFormat, input: ExportInput, options: ExportOptions, single: boolean, first: boolean): Generator<string> {
  yield* single ? exportPieces(format, input, options) : combinedPieces(format, input, first, options);
}

/** Runs the CLI; returns the exit code (0 ok, 1 input/output error, 2 usage error). */
export async function runCli(argv: string[], io: CliIO = defaultIO, hooks: CliHooks = {}): Promise<number> {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') {
    if (argv.length === 0) {
      io.stderr(USAGE);
      return 2;
    }
    io.stdout(USAGE);
    return 0;
  }
  if (argv[0] === '-v' || argv[0] === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (argv[0] === 'export' && argv.includes('--stdin')) {
    return runExportStdin(argv.slice(1), io === defaultIO ? { ...io, stdin: process.stdin, stdoutStream: process.stdout } : io, hooks);
  }
  if (argv[0] === 'export') return runExport(argv.slice(1), io, hooks);
  if (argv[0] === 'corpus') return runCorpus(argv.slice(1), io, hooks);
  io.stderr(`seed-reader: unknown command or option '${argv[0]}'\n\n${USAGE}`);
  return 2;
}
