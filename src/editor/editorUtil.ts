// Small helpers shared by the commands: offsets ↔ ranges and revealing a span in an editor.
import * as vscode from 'vscode';
import type { Span } from '../engine/types';
import { isSeedDocument } from '../seedDetection';

export function spanToRange(document: vscode.TextDocument, s: Span): vscode.Range {
  return new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
}

/** The active editor when it shows a seed document. */
export function activeSeedEditor(): vscode.TextEditor | undefined {
  const ed = vscode.window.activeTextEditor;
  return ed && isSeedDocument(ed.document) ? ed : undefined;
}

/** Selects the span and scrolls it into view (centred when it was off screen). */
export function revealSpan(editor: vscode.TextEditor, s: Span): void {
  const range = spanToRange(editor.document, s);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
