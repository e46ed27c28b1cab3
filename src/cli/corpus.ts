// `seed-reader corpus`: analyse files and folders of seeds as one corpus; print one record per quote (speaker ids
// resolved across articles) or the actors table.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer } from '../engine';
import { looksLikeSeed } from '../engine/header';
import { atomicWrite, fileIdentity, readHead, sameFile } from '../export/files';
import {
  actorJson, actorRow, CORPUS_FORMATS, CORPUS_LAYERS, type CorpusFormat, type CorpusLayer, corpusCsv, CorpusIndex, quoteJson, quoteRow, summarize,
} from '../corpus';
import type { CliHooks, CliIO } from '../cliMain';
import { applySidecar } from '../cliCorrections';
import { type AnalysisThreadOptions, type Bounded, BoundedAnalyzer, parseMaxMemory } from './bounded';
import { errnoMessage, type OptionSpec, parseCommand, parseMaxSize, readOptions, outOption, readSeedFile, stringOption, totalSize, UsageError } from './common';

export const CORPUS_USAGE = `Usage: seed-reader corpus [options] PATH...

Analyses every seed in the PATHs (files, or folders searched recursively) as one corpus and prints
one record per quote, with the speaker resolved across articles: the same person has the same
speakerId in every file (person:antony-blinken); people who share only a surname stay apart.

A file is a seed when it is named *.seed or *.seed.txt, or when its header is one (line 2 a
YYYYMMDD date, line 3 an http(s) URL). Other files are skipped, with the reason on stderr.
Folders and files whose names start with '.' are not searched.

Options:
  -f, --format F   jsonl (default: JSON Lines) or csv (RFC 4180, header once)
  --layer L        quotes (default: file, date, outlet, speakerId, speaker, role, cue, kind,
                   confidence, start, end, text) or actors (speakerId, name, type, aliases,
                   quotes, articles, firstDate, lastDate, roles; most quoted first)
  -o, --out FILE   Write to FILE (atomically) instead of printing ('-': print to stdout).
  --bom            CSV only: start with a UTF-8 byte-order mark.
  --csv-raw        CSV only: write cells as they are (by default a cell starting with = + - @,
                   tab or CR gets a leading ' so that spreadsheets do not run it as a formula).
  --max-size MB    Skip seeds larger than MB megabytes (default 20; 0 = no limit).
  --max-memory MB  Memory for the analysis of one seed (default: Node's heap limit here). A seed
                   over 1/1024 of it (4 MB with 4 GB) is analysed in a worker thread with this
                   limit; one that needs more is reported and left out of the corpus (exit code 1).
  --no-corrections Ignore the reader's corrections (by default a sidecar SEED.corrections.json is
                   applied on top of its seed's analysis, as in 'seed-reader export').
  -h, --help       Show this help.

Exit codes: 0 ok, 1 a seed could not be read (the others are still in the corpus) or no seed
was found, 2 usage error.
`;

interface CorpusArgs {
  format: CorpusFormat;
  layer: CorpusLayer;
  paths: string[];
  out: string | null;
  bom: boolean;
  csvRaw: boolean;
  maxSizeMB: number;
  maxMemoryMB: number;
  noCorrections: boolean;
  help: boolean;
}

const CORPUS_OPTIONS: OptionSpec = {
  format: { type: 'string', short: 'f' },
  layer: { type: 'string' },
  out: { type: 'string', short: 'o' },
  bom: { type: 'boolean' },
  'csv-raw': { type: 'boolean' },
  'no-corrections': { type: 'boolean' },
  'max-size': { type: 'string' },
  'max-memory': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

function parseCorpusArgs(argv: string[]): CorpusArgs {
  const { values, positionals: paths } = readOptions(argv, CORPUS_OPTIONS);
  const format = stringOption(values, 'format') ?? 'jsonl';
  const layer = stringOption(values, 'layer') ?? 'quotes';
  const out = outOption(values);
  const maxSize = stringOption(values, 'max-size');
  const [bom, csvRaw, noCorrections, help] = ['bom', 'csv-raw', 'no-corrections', 'help'].map((k) => values[k] === true);
  const maxSizeMB = parseMaxSize(maxSize);
  const maxMemoryMB = parseMaxMemory(stringOption(values, 'max-memory'));
  if (help) return { format: 'jsonl', layer: 'quotes', paths, out, bom, csvRaw, maxSizeMB, maxMemoryMB, noCorrections, help };
  if (!(CORPUS_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}' (expected one of ${CORPUS_FORMATS.join(', ')})`);
  if (!(CORPUS_LAYERS as readonly string[]).includes(layer)) throw new UsageError(`unknown layer '${layer}' (expected one of ${CORPUS_LAYERS.join(', ')})`);
  if (bom && format !== 'csv') throw new UsageError('--bom applies only to --format csv');
  if (csvRaw && format !== 'csv') throw new UsageError('--csv-raw applies only to --format csv');
  if (paths.length === 0) throw new UsageError('missing PATH: give at least one seed file or folder');
  if (paths.includes('-')) throw new UsageError("reading from stdin ('-') is not supported; give files or folders (or use 'export --stdin')");
  return { format: format as CorpusFormat, layer: layer as CorpusLayer, paths, out, bom, csvRaw, maxSizeMB, maxMemoryMB, noCorrections, help };
}

/** Seed by name, whatever the header says. */
const SEED_NAME = /\.seed(\.txt)?$/i;
/** Files whose header is checked when they are found in a folder. */
const TEXT_NAME = /\.txt$/i;

const NOT_A_SEED = 'not a seed (line 2 is not a YYYYMMDD date or line 3 not an http(s) URL, and the name is not *.seed or *.seed.txt)';

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The seed files of the PATHs, in a stable order (arguments as given, folder entries by name), each once. */
export function findSeeds(paths: string[], io: CliIO): { seeds: string[]; failed: boolean } {
  const seeds: string[] = [];
  const seen: { id: NonNullable<ReturnType<typeof fileIdentity>>; file: string }[] = [];
  const seenReal = new Set<string>();
  const dirsDone = new Set<string>();
  const others: string[] = [];
  let failed = false;

  const consider = (file: string, explicit: boolean): void => {
    if (!SEED_NAME.test(file)) {
      if (!explicit && !TEXT_NAME.test(file)) {
        others.push(file);
        return;
      }
      let head: string;
      try {
        head = Buffer.from(readHead(file, 4096)).toString('utf8');
      } catch (err) {
        io.stderr(`seed-reader: ${file}: ${errnoMessage(err)}\n`);
        failed = true;
        return;
      }
      if (!looksLikeSeed(head)) {
        io.stderr(`seed-reader: skipped ${file}: ${NOT_A_SEED}\n`);
        if (explicit) failed = true;
        return;
      }
    }
    const id = fileIdentity(file);
    if (id) {
      if (seenReal.has(id.real) || seen.some((s) => sameFile(s.id, id))) return; // the same file twice (links, overlapping PATHs)
      seenReal.add(id.real);
      seen.push({ id, file });
    }
    seeds.push(file);
  };

  const walk = (dir: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      real = path.resolve(dir);
    }
    if (dirsDone.has(real)) return; // a symlink loop or a folder given twice
    dirsDone.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      io.stderr(`seed-reader: ${dir}: ${errnoMessage(err)}\n`);
      failed = true;
      return;
    }
    for (const e of entries.sort((a, b) => byName(a.name, b.name))) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          io.stderr(`seed-reader: skipped ${p}: a broken symbolic link\n`);
          continue;
        }
      }
      if (isDir) walk(p);
      else if (isFile) consider(p, false);
      else if (SEED_NAME.test(p) || TEXT_NAME.test(p)) io.stderr(`seed-reader: skipped ${p}: not a regular file\n`);
    }
  };

  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (err) {
      io.stderr(`seed-reader: ${p}: ${errnoMessage(err)}\n`);
      failed = true;
      continue;
    }
    if (st.isDirectory()) walk(p);
    else if (st.isFile()) consider(p, true);
    else {
      io.stderr(`seed-reader: ${p}: not a regular file or folder; not read\n`);
      failed = true;
    }
  }
  if (others.length) {
    io.stderr(`seed-reader: skipped ${others.length} file${others.length === 1 ? '' : 's'} not named *.seed, *.seed.txt or *.txt (e.g. ${others[0]})\n`);
  }
  return { seeds, failed };
}

/** How `buildCorpus` analyses: the memory limit of one seed's analysis and where large seeds are analysed. */
export interface CorpusAnalysis {
  maxMemoryMB: number;
  thread?: AnalysisThreadOptions;
}

/** Analyses the seeds into a corpus index; unreadable files are reported and left out. */
export async function buildCorpus(
  seeds: string[], maxSizeMB: number, io: CliIO, corrections = true, bounds: CorpusAnalysis = { maxMemoryMB: parseMaxMemory(null) },
): Promise<{ index: CorpusIndex; failed: boolean }> {
  // An analyzer of its own, cleared now and then: its paragraph cache must not grow with the corpus. Large seeds are
  // analysed in a worker thread with a memory limit.
  const analyzer = createAnalyzer();
  const bounded = new BoundedAnalyzer((text) => analyzer.analyze(text), bounds.maxMemoryMB, bounds.thread);
  try {
    return await analyseSeeds(seeds, maxSizeMB, io, corrections, (text) => bounded.analyze(text), () => analyzer.clear());
  } finally {
    await bounded.close();
  }
}

async function analyseSeeds(
  seeds: string[], maxSizeMB: number, io: CliIO, corrections: boolean, analyze: (text: string) => Promise<Bounded>, clear: () => void,
): Promise<{ index: CorpusIndex; failed: boolean }> {
  const index = new CorpusIndex();
  let failed = false;
  for (let k = 0; k < seeds.length; k++) {
    const file = seeds[k];
    const r = readSeedFile(file, maxSizeMB);
    if ('error' in r) {
      io.stderr(`seed-reader: ${file}: ${r.error}\n`);
      failed = true;
      continue;
    }
    if (k % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    if (k % 200 === 199) clear();
    try {
      const a = await analyze(r.text);
      if ('error' in a) {
        io.stderr(`seed-reader: ${file}: ${a.error}\n`);
        failed = true;
        continue;
      }
      let analysis = a.analysis;
      if (corrections) {
        // The reader's corrections (a sidecar beside the seed), as `seed-reader export` applies them.
        const corrected = applySidecar(file, r.text, analysis, io.stderr);
        analysis = corrected.analysis;
        failed ||= corrected.failed;
      }
      index.set(summarize(file, analysis, r.text));
    } catch (err) {
      io.stderr(`seed-reader: ${file}: analysis failed: ${err instanceof Error ? err.message : String(err)}\n`);
      failed = true;
    }
  }
  return { index, failed };
}

/** The output, in pieces of a few hundred rows. */
export function* corpusOutput(index: CorpusIndex, format: CorpusFormat, layer: CorpusLayer, options: { bom?: boolean; csvRaw?: boolean } = {}): Generator<string> {
  const CHUNK = 500;
  let rows: string[][] = [];
  let objects: unknown[] = [];
  let first = true;
  const flush = (): string => {
    let s: string;
    if (format === 'csv') s = corpusCsv(rows, layer, { header: first, bom: first && options.bom, raw: options.csvRaw });
    else s = objects.map((o) => JSON.stringify(o) + '\n').join('');
    first = false;
    rows = [];
    objects = [];
    return s;
  };
  const items: Iterable<unknown> = layer === 'actors' ? index.actors() : index.records();
  for (const item of items) {
    if (format === 'csv') rows.push(layer === 'actors' ? actorRow(item as never) : quoteRow(item as never));
    else objects.push(layer === 'actors' ? actorJson(item as never) : quoteJson(item as never));
    if (rows.length + objects.length >= CHUNK) yield flush();
  }
  if (rows.length + objects.length > 0 || (first && format === 'csv')) yield flush();
}

export async function runCorpus(argv: string[], io: CliIO, hooks: CliHooks = {}): Promise<number> {
  const args = parseCommand(() => parseCorpusArgs(argv), io, 'corpus', CORPUS_USAGE);
  if (typeof args === 'number') return args;
  const found = findSeeds(args.paths, io);
  let failed = found.failed;
  if (args.out !== null) {
    const outId = fileIdentity(args.out);
    if (outId && found.seeds.some((s) => sameFile(fileIdentity(s), outId))) {
      io.stderr(`seed-reader corpus: --out ${args.out} is one of the seeds (or a link to one); choose another path\n`);
      return 2;
    }
    if (outId && !fs.statSync(args.out).isFile()) {
      io.stderr(`seed-reader corpus: --out ${args.out}: exists and is not a file\n`);
      return 2;
    }
  }
  if (found.seeds.length === 0) {
    io.stderr('seed-reader: no seed files found\n');
    return 1;
  }
  hooks.expectInput?.(totalSize(found.seeds));
  const built = await buildCorpus(found.seeds, args.maxSizeMB, io, !args.noCorrections, { maxMemoryMB: args.maxMemoryMB, thread: hooks.analysisThread });
  failed ||= built.failed;
  if (built.index.size === 0) return 1;
  const parts = corpusOutput(built.index, args.format, args.layer, { bom: args.bom, csvRaw: args.csvRaw });
  if (args.out === null) {
    for (const part of parts) io.stdout(part);
  } else {
    try {
      atomicWrite(args.out, parts, io.writeFs);
    } catch (err) {
      io.stderr(`seed-reader: cannot write ${args.out}: ${errnoMessage(err)}\n`);
      return 1;
    }
  }
  const speakers = built.index.speakers().length;
  io.stderr(`seed-reader: corpus of ${built.index.size} seed${built.index.size === 1 ? '' : 's'}, ${speakers} speaker${speakers === 1 ? '' : 's'}${args.out !== null ? `; wrote ${args.out}` : ''}\n`);
  return failed ? 1 : 0;
}
