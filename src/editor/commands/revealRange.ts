// `seedReader.revealRange` (uri string, start offset, end offset): used by hover links and tree items.
import * as vscode from 'vscode';
import { revealSpan } from '../editorUtil';
import { CMD } from '../ids';

export async function revealRange(uri: unknown, start: unknown, end: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof start !== 'number' || !Number.isFinite(start)) return false;
  const s = Math.max(0, Math.floor(start));
  const e = typeof end === 'number' && Number.isFinite(end) ? Math.max(s, Math.floor(end)) : s;
  let doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  try {
    doc ??= await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  } catch {
    return false;
  }
  const shown = vscode.window.visibleTextEditors.find((ed) => ed.document === doc);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: shown?.viewColumn, preserveFocus: false });
  // The document's length from its end offset (no copy of the text on every click).
  const len = doc.offsetAt(doc.lineAt(Math.max(0, doc.lineCount - 1)).range.end);
  revealSpan(editor, { start: Math.min(s, len), end: Math.min(e, len) });
  return true;
}

export function registerRevealRange(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(CMD.revealRange, revealRange));
}
