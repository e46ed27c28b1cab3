// Writing exports from the editor: the export plan (src/export/plan.ts) onto `vscode.workspace.fs` (atomic writes, inputs
// compared by real identity for file: URIs), and the small URI and message helpers the export commands share.
import * as nodeFs from 'node:fs';
import * as vscode from 'vscode';
import type { ExportFormat } from '../../export/common';
import { fileIdentity, sameFile } from '../../export/files';
import { type Existing, executePlan, type PlanOutcome, type PlannedFile, type PlanPolicy } from '../../export/plan';

/** vscode.FileType.Directory (a number, so that this works without the enum). */
const FILE_TYPE_DIRECTORY = 2;

export function baseOf(uri: vscode.Uri): string {
  const p = uri.path;
  return p.slice(p.lastIndexOf('/') + 1);
}

export function siblingUri(uri: vscode.Uri, name: string): vscode.Uri {
  const p = uri.path;
  return uri.with({ path: p.slice(0, p.lastIndexOf('/') + 1) + name });
}

export function childUri(folder: vscode.Uri, name: string): vscode.Uri {
  return folder.with({ path: folder.path.replace(/\/?$/, '/') + name });
}

/** The text of `uri` (a BOM kept, so that it compares with a CSV export that has one), or undefined. */
export async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** True when both URIs name the same file: for file: URIs by real path and device/inode (symlinks, hard links). */
export function sameResource(a: vscode.Uri, b: vscode.Uri): boolean {
  if (a.toString() === b.toString()) return true;
  if (a.scheme !== 'file' || b.scheme !== 'file') return false;
  return sameFile(fileIdentity(a.fsPath), fileIdentity(b.fsPath));
}

/** The URI a write really lands on: for a file: URI that is a symlink, its target (so the link survives). */
function realTarget(uri: vscode.Uri): vscode.Uri {
  if (uri.scheme !== 'file') return uri;
  try {
    const real = nodeFs.realpathSync(uri.fsPath);
    return real === uri.fsPath ? uri : vscode.Uri.file(real);
  } catch {
    return uri;
  }
}

/**
 * Writes atomically: the content goes to a temporary file beside the target, which is then renamed over
 * it, so a failed write (full disk) leaves the previous content and no temporary file. Works for any
 * file system provider with rename.
 */
export async function writeText(uri: vscode.Uri, content: string): Promise<void> {
  await writeBytes(uri, new TextEncoder().encode(content));
}

const EMPTY = new Uint8Array(0);

/**
 * `writeText` of a content given in pieces (joined, exactly the content): each piece is encoded as it comes, so that
 * the content is held once, as UTF-8 bytes (the file system takes a whole file at a time), and never as one string too.
 * A piece that cannot be built throws before anything is written.
 */
export async function writePieces(uri: vscode.Uri, pieces: Iterable<string>): Promise<void> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let total = 0;
  // A surrogate pair cut between two pieces is encoded whole, with the next piece.
  let carry = '';
  const add = (s: string): void => {
    const b = encoder.encode(s);
    chunks.push(b);
    total += b.length;
  };
  for (const piece of pieces) {
    const s = carry + piece;
    const cut = s.length > 0 && (s.charCodeAt(s.length - 1) & 0xfc00) === 0xd800 ? s.length - 1 : s.length;
    carry = s.slice(cut);
    add(cut === s.length ? s : s.slice(0, cut));
  }
  if (carry) add(carry);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (let k = 0; k < chunks.length; k++) {
    bytes.set(chunks[k], at);
    at += chunks[k].length;
    chunks[k] = EMPTY; // copied: let it go
  }
  await writeBytes(uri, bytes);
}

/** Writes the bytes atomically (see `writeText`). */
async function writeBytes(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const wfs = vscode.workspace.fs;
  if (typeof wfs.rename !== 'function') {
    await wfs.writeFile(uri, bytes);
    return;
  }
  const dest = realTarget(uri);
  const tmp = siblingUri(dest, `.${baseOf(dest)}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    await wfs.writeFile(tmp, bytes);
    await wfs.rename(tmp, dest, { overwrite: true });
  } catch (err) {
    try {
      await wfs.delete(tmp);
    } catch {
      // never created
    }
    throw err;
  }
}

/** A short reason for a failed read, build or write (the V8 string limit and a full disk in words). */
export function describeError(err: unknown): string {
  if (err instanceof RangeError && /string length/i.test(err.message)) return vscode.l10n.t("the export is too large to build in memory (beyond JavaScript's string size limit)");
  const code = (err as { code?: string })?.code;
  if (code === 'ENOSPC' || /ENOSPC|no space/i.test(String((err as Error)?.message))) return vscode.l10n.t('no space left on the device');
  return err instanceof Error ? err.message : String(err);
}

/** Offers `Open` and `Reveal in Explorer` for a written file (does not wait for the answer). */
export function offerOpen(message: string, uri: vscode.Uri, format: ExportFormat | 'folder'): void {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal in Explorer');
  void Promise.resolve(vscode.window.showInformationMessage(message, open, reveal)).then(async (choice) => {
    if (choice === open) {
      if (format === 'html') await vscode.env.openExternal(uri);
      else if (format === 'folder') await vscode.commands.executeCommand('revealFileInOS', uri);
      else await vscode.window.showTextDocument(uri);
    } else if (choice === reveal) {
      const inWorkspace = vscode.workspace.getWorkspaceFolder?.(uri);
      await vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', uri);
    }
  });
}

/**
 * True when `old` is exactly the content: given whole, or in pieces (then compared a piece at a time, up to the first
 * difference, and never joined).
 */
function sameContent(old: string, content: string | Iterable<string>): boolean {
  if (typeof content === 'string') return old === content;
  let at = 0;
  for (const piece of content) {
    if (!old.startsWith(piece, at)) return false;
    at += piece.length;
  }
  return at === old.length;
}

/**
 * What is at `uri` now, for the plan: an input (by identity), a folder, absent, the same content, or other. `inputs`: the
 * inputs' URIs, or a function giving the index of the input `uri` is (-1: none).
 */
export async function existingAtUri(uri: vscode.Uri, content: () => string | Iterable<string>, inputs: readonly vscode.Uri[] | ((uri: vscode.Uri) => number)): Promise<Existing> {
  const k = typeof inputs === 'function' ? inputs(uri) : inputs.findIndex((u) => sameResource(u, uri));
  let isFolder = false;
  try {
    isFolder = ((await vscode.workspace.fs.stat(uri)).type & FILE_TYPE_DIRECTORY) !== 0;
  } catch {
    if (k < 0) return { kind: 'absent' };
  }
  if (isFolder) return { kind: 'not-a-file' };
  const old = await readIfExists(uri);
  if (k >= 0) return { kind: 'input', index: k, same: old !== undefined && sameContent(old, content()) };
  if (old === undefined) return { kind: 'absent' };
  return sameContent(old, content()) ? { kind: 'same' } : { kind: 'differs' };
}

/**
 * Writes a plan into `folder` (each file at `folder/name`). `inputs` are the seeds' URIs, never written over; `next` is
 * asked between files (false: cancelled).
 */
export function writePlan(folder: vscode.Uri, plan: PlannedFile[], inputs: readonly vscode.Uri[], policy: PlanPolicy, next?: () => boolean): Promise<PlanOutcome> {
  const at = (f: PlannedFile) => childUri(folder, f.name);
  return executePlan(plan, {
    existing: (f, content) => existingAtUri(at(f), f.pieces ? () => f.pieces!() : content, inputs),
    write: (f, content) => writeText(at(f), content),
    writePieces: (f, pieces) => writePieces(at(f), pieces),
    next,
  }, policy);
}
