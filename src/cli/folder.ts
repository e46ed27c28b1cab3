// `seed-reader export --out FOLDER`: one export per input (brat: the .ann, its .txt and annotation.conf), written by
// the export plan (src/export/plan.ts) onto the file system: existing files the run did not make are skipped and
// listed unless --force, and no output ever replaces an input (compared by real path and inode).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIO } from '../cliMain';
import type { ExportFormat, ExportInput } from '../export/common';
import { atomicWrite, type FileId, fileIdentity, sameFile } from '../export/files';
import type { ExportOptions } from '../export/index';
import { type Existing, executePlan, type NotWritten, planExport, type PlannedFile } from '../export/plan';
import { errnoMessage } from './common';

export interface FolderExport {
  out: string;
  format: ExportFormat;
  /** The inputs read and analysed, with the FILE argument each comes from. */
  inputs: { file: string; input: ExportInput }[];
  options: ExportOptions;
  force: boolean;
  /** Every FILE argument, and its identity (null when missing), to never write over one. */
  files: string[];
  inputIds: (FileId | null)[];
}

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

/** What is at `p` now, for the plan: an input (by identity), not a regular file, absent, the same content, or other. */
export function existingAt(p: string, content: () => string, inputIds: (FileId | null)[]): Existing {
  const id = fileIdentity(p);
  const k = id ? inputIds.findIndex((x) => sameFile(x, id)) : -1;
  if (k >= 0) return { kind: 'input', index: k, same: sameContent(p, content()) };
  let st: fs.Stats;
  try {
    st = fs.lstatSync(p);
  } catch {
    return { kind: 'absent' };
  }
  // A symlink to a regular file is written at its target (atomicWrite); a dangling one or one to a folder is not a file.
  if (!st.isFile() && !(st.isSymbolicLink() && id && fs.statSync(p).isFile())) return { kind: 'not-a-file' };
  return sameContent(p, content()) ? { kind: 'same' } : { kind: 'differs' };
}

/** Writes the exports into the folder; reports on stderr. True when any file failed or was skipped. */
export async function exportToFolder(x: FolderExport, io: CliIO): Promise<boolean> {
  try {
    fs.mkdirSync(x.out, { recursive: true });
  } catch (err) {
    io.stderr(`seed-reader: cannot create the folder ${x.out}: ${errnoMessage(err)}\n`);
    return true;
  }
  const plan = planExport(x.format, x.inputs.map((i) => ({ name: i.file, input: i.input })), x.options);
  const at = (f: PlannedFile) => path.join(x.out, f.name);
  const outcome = await executePlan(plan, {
    existing: (f, content) => existingAt(at(f), content, x.inputIds),
    write: (f, content) => atomicWrite(at(f), [content], io.writeFs),
    // Yield between files so that a long batch stays responsive (and testable in-process).
    next: () => new Promise<boolean>((resolve) => setImmediate(() => resolve(true))),
  }, { conflicts: (files) => new Set(x.force ? files.map((f) => f.name) : []) });
  const unbuilt = new Set<number>();
  for (const n of outcome.notWritten) {
    const line = message(n, x, at(n.file), unbuilt);
    if (line) io.stderr(`seed-reader: ${line}\n`);
  }
  const skipped = outcome.notWritten.filter((n) => n.why === 'skipped').length;
  const count = outcome.written.length;
  io.stderr(`seed-reader: wrote ${count} file${count === 1 ? '' : 's'} to ${x.out}${skipped ? `; skipped ${skipped} existing file${skipped === 1 ? '' : 's'} (--force replaces them)` : ''}\n`);
  return outcome.notWritten.length > 0;
}

/** The line for a file not written (without the `seed-reader: ` prefix); null when nothing needs saying. */
function message(n: NotWritten, x: FolderExport, p: string, unbuilt: Set<number>): string | null {
  const source = n.file.input >= 0 ? x.inputs[n.file.input].file : null;
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
