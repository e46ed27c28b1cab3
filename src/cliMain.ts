// The CLI's logic, separate from process wiring so that tests can call it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../package.json';
import { bratConf, toBrat } from './export/brat';
import { analyze } from './analysis';
import { COMBINABLE, combine, decodeSeedBytes, uniqueOutputNames } from './export/batch';
import { EXPORT_FORMATS, type ExportFormat, type ExportInput, isExportFormat } from './export/common';
import { CSV_LAYERS, type CsvLayer, isCsvLayer } from './export/csv';
import { exportText } from './export/index';

export const VERSION: string = process.env.SEED_READER_VERSION || (pkg as { version?: string }).version || '0.0.0-dev';

export const USAGE = `Usage: seed-reader <command> [options]

Commands:
  export --format F FILE... [--out PATH]   Analyse seed files and print or write an export.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.

Run 'seed-reader export --help' for the export options.
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
  --layer L        CSV only: ${CSV_LAYERS.join(', ')} (default quotes).
  --bom            CSV only: start with a UTF-8 byte-order mark (for spreadsheets).
  -h, --help       Show this help.

Several FILEs: json and w3c print JSON Lines (one document per line), csv one table with the
header once, markdown the reports one after another; html and brat need --out FOLDER.
Exit codes: 0 ok, 1 a file could not be read or written (the others are still exported),
2 usage error.
`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

class UsageError extends Error {}

interface ExportArgs {
  format: ExportFormat;
  files: string[];
  out: string | null;
  layer: CsvLayer | null;
  bom: boolean;
  help: boolean;
}

function parseExportArgs(argv: string[]): ExportArgs {
  let format: string | null = null;
  let out: string | null = null;
  let layer: string | null = null;
  let bom = false;
  let help = false;
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    let inline: string | null = null;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const value = (name: string): string => {
      if (inline !== null) {
        if (inline === '') throw new UsageError(`option ${name} needs a value`);
        return inline;
      }
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`option ${name} needs a value`);
      i++;
      return v;
    };
    switch (arg) {
      case '-f': case '--format': format = value('--format'); break;
      case '-o': case '--out': out = value('--out'); break;
      case '--layer': layer = value('--layer'); break;
      case '--bom': bom = true; break;
      case '-h': case '--help': help = true; break;
      default: throw new UsageError(`unknown option '${arg}'`);
    }
  }
  if (help) return { format: 'json', files, out, layer: null, bom, help };
  if (format === null) throw new UsageError(`missing --format (one of ${EXPORT_FORMATS.join(', ')})`);
  if (!isExportFormat(format)) throw new UsageError(`unknown format '${format}' (expected one of ${EXPORT_FORMATS.join(', ')})`);
  if (layer !== null && !isCsvLayer(layer)) throw new UsageError(`unknown layer '${layer}' (expected one of ${CSV_LAYERS.join(', ')})`);
  if (layer !== null && format !== 'csv') throw new UsageError('--layer applies only to --format csv');
  if (bom && format !== 'csv') throw new UsageError('--bom applies only to --format csv');
  if (files.length === 0) throw new UsageError('missing FILE: give at least one seed file');
  if (files.includes('-')) throw new UsageError("reading from stdin ('-') is not supported; give a file path");
  return { format, files, out, layer: layer as CsvLayer | null, bom, help };
}

function errnoMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    default: return err instanceof Error ? err.message : String(err);
  }
}

/** Reads and decodes one input; returns an error message instead of throwing. */
function readInput(file: string): { text: string } | { error: string } {
  try {
    if (fs.statSync(file).isDirectory()) return { error: 'is a directory, not a file' };
    const decoded = decodeSeedBytes(fs.readFileSync(file));
    return decoded.ok ? { text: decoded.text } : { error: decoded.reason };
  } catch (err) {
    return { error: errnoMessage(err) };
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function writeFile(p: string, content: string): void {
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content, 'utf8');
}

async function runExport(argv: string[], io: CliIO): Promise<number> {
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`seed-reader export: ${err.message}\nRun 'seed-reader export --help' for usage.\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    io.stdout(EXPORT_USAGE);
    return 0;
  }
  const { format, files, out } = args;
  const options = { layer: args.layer ?? undefined, bom: args.bom };
  const toFolder = out !== null && (format === 'brat' || /[\\/]$/.test(out) || isDirectory(out));
  if (!toFolder && files.length > 1 && !COMBINABLE[format]) {
    io.stderr(`seed-reader export: --format ${format} with several files needs --out FOLDER (one file each)\n`);
    return 2;
  }
  if (out !== null && !toFolder && files.some((f) => path.resolve(f) === path.resolve(out))) {
    io.stderr(`seed-reader export: --out ${out} is one of the input files; choose another path\n`);
    return 2;
  }
  if (out !== null && !toFolder && fs.existsSync(out) && !fs.statSync(out).isFile()) {
    io.stderr(`seed-reader export: --out ${out}: exists and is not a file or folder\n`);
    return 2;
  }

  let failed = false;
  const inputs: { file: string; input: ExportInput }[] = [];
  for (const file of files) {
    const r = readInput(file);
    if ('error' in r) {
      io.stderr(`seed-reader: ${file}: ${r.error}\n`);
      failed = true;
      continue;
    }
    // Yield between files so that a long batch stays responsive (and testable in-process).
    await new Promise((resolve) => setImmediate(resolve));
    let analysis;
    try {
      analysis = analyze(r.text);
    } catch (err) {
      io.stderr(`seed-reader: ${file}: analysis failed: ${err instanceof Error ? err.message : String(err)}\n`);
      failed = true;
      continue;
    }
    inputs.push({ file, input: { analysis, text: r.text, fileName: path.basename(file), fileUri: pathToFileURL(path.resolve(file)).href } });
  }
  if (inputs.length === 0) return 1;

  try {
    if (!toFolder) {
      const content = inputs.length === 1 ? exportText(format, inputs[0].input, options) : combine(format, inputs.map((i) => i.input), options)!;
      if (format === 'brat' && inputs[0].input.text !== toBrat(inputs[0].input).txt) {
        io.stderr(`seed-reader: note: ${inputs[0].file}: the .ann offsets count the text with LF line breaks and no BOM; use --out FOLDER to write that .txt beside the .ann\n`);
      }
      if (out === null) {
        io.stdout(content);
      } else {
        writeFile(out, content);
        io.stderr(`seed-reader: wrote ${out}\n`);
      }
      return failed ? 1 : 0;
    }

    // Folder: one export per input.
    const names = uniqueOutputNames(inputs.map((i) => i.file), format);
    const bratTypes = new Set<string>();
    let written = 0;
    for (let k = 0; k < inputs.length; k++) {
      const { file, input } = inputs[k];
      if (format === 'brat') {
        const b = toBrat(input);
        const annPath = path.join(out!, names[k]);
        const txtPath = annPath.replace(/\.ann$/, '.txt');
        if (path.resolve(txtPath) === path.resolve(file)) {
          if (b.txt !== input.text) {
            io.stderr(`seed-reader: ${file}: the brat .txt (LF line breaks, no BOM) would overwrite the source file; choose another --out folder\n`);
            failed = true;
            continue;
          }
        } else {
          writeFile(txtPath, b.txt);
          written++;
        }
        writeFile(annPath, b.ann);
        written++;
        for (const t of b.types) bratTypes.add(t);
      } else {
        writeFile(path.join(out!, names[k]), exportText(format, input, options));
        written++;
      }
    }
    if (format === 'brat') {
      writeFile(path.join(out!, 'annotation.conf'), bratConf(bratTypes));
      written++;
    }
    io.stderr(`seed-reader: wrote ${written} file${written === 1 ? '' : 's'} to ${out}\n`);
  } catch (err) {
    const p = (err as NodeJS.ErrnoException)?.path ?? out;
    io.stderr(`seed-reader: cannot write ${p}: ${errnoMessage(err)}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

/** Runs the CLI; returns the exit code (0 ok, 1 input/output error, 2 usage error). */
export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
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
  if (argv[0] === 'export') return runExport(argv.slice(1), io);
  io.stderr(`seed-reader: unknown command or option '${argv[0]}'\n\n${USAGE}`);
  return 2;
}
