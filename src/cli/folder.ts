// `seed-reader export --out FOLDER`: one export per input (brat: the .ann, its .txt and annotation.conf), written by
// the export plan (src/export/plan.ts) onto the file system: existing files the run did not make are skipped and
// listed unless --force, and no output ever replaces an input (compared by real path and inode). The plan runs input
// by input (planInput): each input is analysed, written and dropped before the next is read, so that a batch of large
// inputs holds one analysis at a time. The names are those of the whole plan (uniqueOutputNames of the inputs analysed,
// in order); a file is looked at just before it is written, which is what it was at the start: this run writes each
// name once, and never through a link onto a file it already wrote.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIO } from '../cliMain';
import type { ExportFormat, ExportInput } from '../export/common';
import { atomicWrite, type FileId, fileIdentity, sameFile } from '../export/files';
import type { ExportOptions } from '../export/index';
import { outputNamer } from '../export/batch';
import { type Existing, executePlan, type NotWritten, planBratConf, planInput, type PlanOutcome, type PlannedFile } from '../export/plan';
import { errnoMessage } from './common';

export interface FolderExport {
  out: string;
  format: ExportFormat;
  options: ExportOptions;
  force: boolean;
  /** Every FILE argument, and its identity (null when missing), to never write over one. */
  files: string[];
  inputIds: (FileId | null)[];
}

/** The inputs, read and analysed one at a time as they are asked for; `refuse` turns a FILE away before it is read. */
export type InputSource = (refuse: (index: number) => string | null) => AsyncIterable<{ file: string; input: ExportInput }>;

/** Same content as the file at `p` (cheap size check first). */
export function sameContent(p: string, content: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile() || st.size !== Buffer.byteLength(content, 'utf8')) return false;
    return fs.readFileSync(p, 'utf8') === content;
  } catch {
    return false;
  }
}

/**
 * Same content as the file at `p`, the content given in pieces (compared as they come, at most a piece's bytes held
 * beyond it; stops at the first difference).
 */
export function sameContentIn(p: string, pieces: Iterable<string>): boolean {
  let fd: number;
  let size: number;
  try {
    fd = fs.openSync(p, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch {
    return false;
  }
  try {
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) return false;
      size = st.size;
    } catch {
      return false;
    }
    let at = 0;
    // What building a piece throws is the caller's (the content cannot be built); a read error is a difference.
    for (const piece of pieces) {
      const want = Buffer.from(piece, 'utf8');
      if (at + want.length > size || !readEquals(fd, at, want)) return false;
      at += want.length;
    }
    return at === size;
  } finally {
    fs.closeSync(fd);
  }
}

/** True when the file holds exactly `want` at `at` (false on a short or failed read). */
function readEquals(fd: number, at: number, want: Buffer): boolean {
  const got = Buffer.allocUnsafe(want.length);
  let n = 0;
  try {
    while (n < want.length) {
      const k = fs.readSync(fd, got, n, want.length - n, at + n);
      if (k === 0) return false;
      n += k;
    }
  } catch {
    return false;
  }
  return got.equals(want);
}

/** What is at `p` now, for the plan: an input (by identity), not a regular file, absent, the same content, or other. */
export function existingAt(p: string, content: () => string | Iterable<string>, inputIds: (FileId | null)[]): Existing {
  const id = fileIdentity(p);
  const k = id ? inputIds.findIndex((x) => sameFile(x, id)) : -1;
  const same = (): boolean => {
    const c = content();
    return typeof c === 'string' ? sameContent(p, c) : sameContentIn(p, c);
  };
  if (k >= 0) return { kind: 'input', index: k, same: same() };
  let st: fs.Stats;
  try {
    st = fs.lstatSync(p);
  } catch {
    return { kind: 'absent' };
  }
  // A symlink to a regular file is written at its target (atomicWrite); a dangling one or one to a folder is not a file.
  if (!st.isFile() && !(st.isSymbolicLink() && id && fs.statSync(p).isFile())) return { kind: 'not-a-file' };
  return same() ? { kind: 'same' } : { kind: 'differs' };
}

/**
 * Writes the exports into the folder input by input: each input is analysed, its files (brat: the .txt and .ann) looked
 * at, written and reported, and dropped before the next is read; brat's annotation.conf (the types of every input) comes
 * last. Names are `uniqueOutputNames` of the inputs analysed, in order. 'nothing': no input could be analysed (nothing
 * created, no summary); 'failed': some file failed or was skipped.
 */
export async function exportToFolder(x: FolderExport, source: InputSource, io: CliIO): Promise<'ok' | 'failed' | 'nothing'> {
  const at = (f: PlannedFile) => path.join(x.out, f.name);
  // Real paths this run wrote: a later output resolving to one (a symlink in the folder) is not written over it, and a
  // FILE missing at the start is not read once it is one of them.
  const written = new Set<string>();
  const realOf = (p: string): string | null => {
    try {
      return fs.realpathSync(p);
    } catch {
      return null;
    }
  };
  const refuse = (k: number): string | null => {
    if (x.inputIds[k] !== null || written.size === 0) return null;
    const real = realOf(x.files[k]);
    return real !== null && written.has(real) ? 'no such file when the export started (it is one of its outputs); not read' : null;
  };
  const writeParts = (f: PlannedFile, parts: Iterable<string>): void => {
    const real = realOf(at(f));
    if (real !== null && written.has(real)) throw new Error('a link to a file this export has already written; not written over it');
    atomicWrite(at(f), parts, io.writeFs);
    written.add(realOf(at(f)) ?? path.resolve(at(f)));
  };
  const planIO = {
    // Contents in pieces where the file has them (compared and written a piece at a time: never held whole).
    existing: (f: PlannedFile, content: () => string) => existingAt(at(f), f.pieces ? () => f.pieces!() : content, x.inputIds),
    write: (f: PlannedFile, content: string) => writeParts(f, [content]),
    writePieces: (f: PlannedFile, pieces: Iterable<string>) => writeParts(f, pieces),
    // Yield between files so that a long batch stays responsive (and testable in-process).
    next: () => new Promise<boolean>((resolve) => setImmediate(() => resolve(true))),
  };
  const policy = { conflicts: (files: PlannedFile[]) => new Set(x.force ? files.map((f) => f.name) : []) };
  const name = outputNamer(x.format);
  const sources: string[] = [];
  const types = new Set<string>();
  let annThere = false;
  let count = 0;
  let skipped = 0;
  let notWritten = false;
  const report = (outcome: PlanOutcome): void => {
    const unbuilt = new Set<number>();
    for (const n of outcome.notWritten) {
      const line = message(n, x, sources, at(n.file), unbuilt);
      if (line) io.stderr(`seed-reader: ${line}\n`);
    }
    skipped += outcome.notWritten.filter((n) => n.why === 'skipped').length;
    count += outcome.written.length;
    if (outcome.notWritten.length > 0) notWritten = true;
    if ([...outcome.written, ...outcome.kept].some((f) => f.role === 'export')) annThere = true;
  };
  for await (const { file, input } of source(refuse)) {
    if (sources.length === 0) {
      try {
        fs.mkdirSync(x.out, { recursive: true });
      } catch (err) {
        io.stderr(`seed-reader: cannot create the folder ${x.out}: ${errnoMessage(err)}\n`);
        return 'failed';
      }
    }
    const k = sources.length;
    sources.push(file);
    const piece = planInput(x.format, input, k, name(file), x.options);
    report(await executePlan(piece.files, planIO, policy));
    for (const t of piece.types()) types.add(t);
  }
  if (sources.length === 0) return 'nothing';
  if (x.format === 'brat') report(await executePlan([planBratConf(() => types)], planIO, policy, { annThere }));
  io.stderr(`seed-reader: wrote ${count} file${count === 1 ? '' : 's'} to ${x.out}${skipped ? `; skipped ${skipped} existing file${skipped === 1 ? '' : 's'} (--force replaces them)` : ''}\n`);
  return notWritten ? 'failed' : 'ok';
}

/** The line for a file not written (without the `seed-reader: ` prefix); null when nothing needs saying. */
function message(n: NotWritten, x: FolderExport, sources: string[], p: string, unbuilt: Set<number>): string | null {
  const source = n.file.input >= 0 ? sources[n.file.input] : null;
  switch (n.why) {
    case 'input': {
      const other = x.files[n.inputIndex!];
      if (n.file.role === 'brat-txt' && other === source) {
        return `${source}: the brat .txt (LF line breaks, no BOM) would overwrite the source file; choose another --out folder`;
      }
      const what = n.file.role === 'brat-txt' ? `${source}: brat .txt` : source ?? n.file.name;
      return `${what}: ${p} is the input ${other} (or a link to it); not overwritten, choose another --out folder`;
    }
    case 'not-a-file': return `cannot write ${p}: exists and is not a regular file`;
    case 'skipped': return `skipped ${p}: it exists and this export did not create it (use --force to replace it)`;
    case 'failed': return `cannot write ${p}: ${errnoMessage(n.error)}`;
    case 'unbuilt':
      // brat's .txt and .ann come from one build: one message for the input.
      if (n.file.input >= 0 && unbuilt.has(n.file.input)) return null;
      unbuilt.add(n.file.input);
      return `${source ?? n.file.name}: ${errnoMessage(n.error)}`;
    case 'after': return null;
  }
}
