// Where the editor finds a seed's corrections (issue 17): `<seed file name>.corrections.json` beside it, read through
// VS Code's file system API, or from its open TextDocument (unsaved edits count). Writing goes through the same API.
import * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';
import { applySidecarText, sidecarName } from '../../corrections';
import * as config from '../config';

export const SIDECAR_SUFFIX = '.corrections.json';
/** Largest sidecar read (one line per correction: a few KB in practice). */
export const MAX_SIDECAR_BYTES = 16 * 1024 * 1024;

/** The sidecar's URI for a seed document; undefined for an untitled document (no file, so no sidecar). */
export function sidecarUriOf(seed: vscode.Uri): vscode.Uri | undefined {
  if (seed.scheme === 'untitled' || !seed.path || seed.path.endsWith('/')) return undefined;
  return seed.with({ path: sidecarName(seed.path) });
}

export function isSidecarUri(uri: vscode.Uri): boolean {
  return uri.path.endsWith(SIDECAR_SUFFIX);
}

/** The seed's URI for a sidecar's URI. */
export function seedUriOfSidecar(sidecar: vscode.Uri): vscode.Uri {
  return sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** `seedReader.corrections.enabled` for the seed (resource scope). */
export function correctionsEnabled(seed: vscode.Uri): boolean {
  return config.correctionsEnabled(seed);
}

export class SidecarReadError extends Error {}

function isNotFound(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'FileNotFound' || code === 'ENOENT' || code === 'EntryNotFound' || /FileNotFound|ENOENT|EntryNotFound/.test(String((err as Error)?.message ?? err));
}

/**
 * The sidecar's text: its open document's text when it is open, else the file's; null when there is no such file.
 * Throws SidecarReadError (with the reason) when it exists but cannot be read as UTF-8 text.
 */
export async function readSidecar(uri: vscode.Uri): Promise<string | null> {
  const open = vscode.workspace.textDocuments?.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  if (open) return open.getText();
  const fs = vscode.workspace.fs;
  if (!fs) return null;
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(uri);
    if (stat.size > MAX_SIDECAR_BYTES) throw new SidecarReadError(vscode.l10n.t('larger than {0} MB', MAX_SIDECAR_BYTES / 1024 / 1024));
    bytes = await fs.readFile(uri);
  } catch (err) {
    if (err instanceof SidecarReadError) throw err;
    if (isNotFound(err)) return null;
    throw new SidecarReadError(err instanceof Error ? err.message : String(err));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SidecarReadError(vscode.l10n.t('not valid UTF-8 text'));
  }
}

/**
 * The analysis of a seed file that is not open (a workspace export) with its sidecar applied, when it has one and
 * corrections are enabled; `problem` says why the sidecar was not (fully) applied.
 */
export async function correctFile(
  seed: vscode.Uri, text: string, analysis: Analysis,
): Promise<{ analysis: Analysis; problem?: string }> {
  const uri = sidecarUriOf(seed);
  if (!uri || !correctionsEnabled(seed)) return { analysis };
  let json: string | null;
  try {
    json = await readSidecar(uri);
  } catch (err) {
    return { analysis, problem: vscode.l10n.t('{0}: cannot read the corrections: {1}', baseName(uri), err instanceof Error ? err.message : String(err)) };
  }
  if (json === null) return { analysis };
  const out = applySidecarText(analysis, text, json);
  const more = out.problems.length > 1 ? vscode.l10n.t(' (and {0} more)', out.problems.length - 1) : '';
  const problem = out.problems.length ? `${baseName(uri)}: ${out.problems[0].message}${more}` : undefined;
  return { analysis: out.analysis, problem };
}
