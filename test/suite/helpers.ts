// Shared helpers for the in-extension-host tests.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'seed-reader.seed-reader';
/** The sample seed shipped in the repository (out/test/suite → repo root). */
export const SAMPLE = path.resolve(__dirname, '..', '..', '..', 'seeds', '000_be6e4752cb109430.txt');

/** Polls `probe` until it returns a truthy value; fails with `what` when `timeoutMs` passes. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Closes every editor, discarding untitled test documents without a save prompt. */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 100 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function activate(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  await ext.activate();
  return ext;
}

/** The current TextDocument for `uri` (a language switch replaces the document object). */
export function docFor(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Opens `file`, shows it, and waits until it is in the `seed` language. */
export async function openSeed(file = SAMPLE): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  await activate();
  const uri = vscode.Uri.file(file);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const doc = await waitFor(`${path.basename(file)} in the seed language`, () => {
    const d = docFor(uri);
    return d && d.languageId === 'seed' ? d : undefined;
  });
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

/** Opens an untitled document with `content` in `language` and shows it. */
export async function openUntitled(content: string, language: string): Promise<vscode.TextDocument> {
  await activate();
  const doc = await vscode.workspace.openTextDocument({ content, language });
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Position inside the first occurrence of `needle` (at `into` characters from its start). */
export function positionOf(doc: vscode.TextDocument, needle: string, into = 1): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in ${doc.uri.toString()}`);
  return doc.positionAt(i + into);
}

/** Plain text of hover contents. */
export function hoverText(hovers: vscode.Hover[]): string {
  const parts: string[] = [];
  for (const h of hovers) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if (c instanceof vscode.MarkdownString) parts.push(c.value);
      else parts.push((c as { value: string }).value);
    }
  }
  return parts.join('\n');
}

export interface FlatSymbol {
  name: string;
  detail: string;
  depth: number;
  range: vscode.Range;
  parent?: FlatSymbol;
}

/** Flattens DocumentSymbol trees (or SymbolInformation lists) depth-first. */
export function flattenSymbols(symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[]): FlatSymbol[] {
  const out: FlatSymbol[] = [];
  const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation, depth: number, parent?: FlatSymbol) => {
    const isDoc = 'children' in s && Array.isArray((s as vscode.DocumentSymbol).children);
    const range = isDoc ? (s as vscode.DocumentSymbol).range : (s as vscode.SymbolInformation).location.range;
    const flat: FlatSymbol = { name: s.name, detail: isDoc ? (s as vscode.DocumentSymbol).detail : '', depth, range, parent };
    out.push(flat);
    if (isDoc) for (const c of (s as vscode.DocumentSymbol).children) walk(c, depth + 1, flat);
  };
  for (const s of symbols) walk(s, 0);
  return out;
}

export function isDescendant(s: FlatSymbol, ancestor: FlatSymbol): boolean {
  for (let p = s.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
