// Small helpers shared by the CLI commands in src/cli/ (node only).
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeSeedBytes } from '../export/batch';
import { readRegularFile, ReadRefused } from '../export/files';

export class UsageError extends Error {}

/**
 * Parses a command's options the way every command does: a usage error is one message and exit code 2, `--help`
 * prints the usage and exit code 0; otherwise the parsed options. Other errors are not caught.
 */
export function parseCommand<T extends { help: boolean }>(
  parse: () => T, io: { stdout(s: string): void; stderr(s: string): void }, command: string, usage: string, helpCommand = command,
): T | number {
  let args: T;
  try {
    args = parse();
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`seed-reader ${command}: ${err.message}\nRun 'seed-reader ${helpCommand} --help' for usage.\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    io.stdout(usage);
    return 0;
  }
  return args;
}

/** Default --max-size, like the editor's `seedReader.maxFileSizeMB`. */
export const DEFAULT_MAX_MB = 20;

/** Parses a --max-size value (MB, 0 = no limit). */
export function parseMaxSize(raw: string | null): number {
  if (raw === null) return DEFAULT_MAX_MB;
  const mb = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(mb)) throw new UsageError(`--max-size needs a number of MB (0 = no limit), not '${raw}'`);
  return mb;
}

export function maxBytes(mb: number): number {
  return mb > 0 ? Math.floor(mb * 1024 * 1024) : 0;
}

/** Total size of the files that exist among `files` (0 for the others: they are reported when read). */
export function totalSize(files: string[]): number {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // missing: reported when read
    }
  }
  return total;
}

/** A short reason for a failed file operation (also the string-limit error of a too large export). */
export function errnoMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EROFS': return 'read-only file system';
    case 'EAGAIN': return 'not ready (a FIFO or device without data)';
    default:
      if (err instanceof RangeError && /string length/i.test(err.message)) return TOO_LARGE;
      return err instanceof Error ? err.message : String(err);
  }
}

const TOO_LARGE = "the export is too large to build in memory (beyond JavaScript's string size limit); export this file on its own or in another format";

/** Reads and decodes one seed file, like `export` does; an error message instead of throwing. */
export function readSeedFile(file: string, maxMB: number): { text: string } | { error: string } {
  try {
    const bytes = readRegularFile(file, maxBytes(maxMB), `${maxMB} MB (--max-size)`);
    const decoded = decodeSeedBytes(bytes);
    return decoded.ok ? { text: decoded.text } : { error: decoded.reason };
  } catch (err) {
    return { error: err instanceof ReadRefused ? err.message : errnoMessage(err) };
  }
}

/** The options of a command, as `util.parseArgs` takes them (long name → type and short letter). */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface ReadOptions {
  /** The usage error for an option the command does not know (`raw` as given: `--frob`, `-fjson`). */
  unknown?: (raw: string) => UsageError;
  /** A usage error for an argument that is not an option (or `--`), when the command takes none. */
  positional?: (arg: string) => UsageError;
}

/**
 * Reads a command's arguments with `util.parseArgs` (`--name value`, `--name=value`, `-n value`, `--` ends the options;
 * the last of a repeated option wins) and checks them in order, with the CLI's messages: an unknown option, a short
 * option with letters glued to it (`-fjson`, `-ho`) and a string option without a value (`--out` last, `--out=`, or
 * followed by another option: `--format --out x`; a lone `-` is a value) are usage errors. A boolean option given a value
 * (`--bom=yes`) is simply set.
 */
export function readOptions(argv: string[], spec: OptionSpec, checks: ReadOptions = {}): { values: Record<string, string | boolean>; positionals: string[] } {
  const { tokens } = parseArgs({ args: argv, options: spec, strict: false, allowPositionals: true, tokens: true });
  const perIndex = new Map<number, number>();
  for (const t of tokens) perIndex.set(t.index, (perIndex.get(t.index) ?? 0) + 1);
  const unknown = checks.unknown ?? ((raw: string) => new UsageError(`unknown option '${raw}'`));
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional' || t.kind === 'option-terminator') {
      const arg = t.kind === 'positional' ? t.value : '--';
      if (checks.positional) throw checks.positional(arg);
      if (t.kind === 'positional') positionals.push(arg);
      continue;
    }
    const def = Object.hasOwn(spec, t.name) ? spec[t.name] : undefined;
    const short = !t.rawName.startsWith('--');
    if (!def || (short && (t.inlineValue || (perIndex.get(t.index) ?? 0) > 1))) throw unknown(short ? argv[t.index] : t.rawName);
    if (def.type === 'boolean') {
      values[t.name] = true;
      continue;
    }
    const v = t.value;
    if (v === undefined || v === '' || (!t.inlineValue && v.length > 1 && v.startsWith('-'))) throw new UsageError(`option --${t.name} needs a value`);
    values[t.name] = v;
  }
  return { values, positionals };
}

/** A string option's value, or null when it was not given. */
export function stringOption(values: Record<string, string | boolean>, name: string): string | null {
  const v = values[name];
  return typeof v === 'string' ? v : null;
}

/** `--out PATH`; a lone `-` is standard output, as in most command-line tools (null: print). */
export function outOption(values: Record<string, string | boolean>): string | null {
  const v = stringOption(values, 'out');
  return v === '-' ? null : v;
}
