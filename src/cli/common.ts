// Small helpers shared by the CLI commands in src/cli/ (node only).
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

/** Splits `--name=value` and reads option values; shared by the commands' argument parsers. */
export function optionReader(argv: string[]) {
  let i = 0;
  return {
    next(): { arg: string; inline: string | null } | null {
      if (i >= argv.length) return null;
      const raw = argv[i++];
      const eq = raw.indexOf('=');
      if (raw.startsWith('--') && eq > 0) return { arg: raw.slice(0, eq), inline: raw.slice(eq + 1) };
      return { arg: raw, inline: null };
    },
    value(name: string, inline: string | null): string {
      if (inline !== null) {
        if (inline === '') throw new UsageError(`option ${name} needs a value`);
        return inline;
      }
      const v = argv[i];
      if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`option ${name} needs a value`);
      i++;
      return v;
    },
  };
}
