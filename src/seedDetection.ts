// Switches plain-text documents that look like seed files to the `seed` language.
import * as vscode from 'vscode';
import { looksLikeSeed } from './engine/header';
import { detectSeedFiles } from './editor/config';

export const SEED_LANGUAGE = 'seed';

export function isSeedDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === SEED_LANGUAGE;
}

/** Characters of the first lines that seed detection reads (looksLikeSeed looks no further). */
export const HEAD_CHARS = 4096;

/**
 * The start of the first three lines, at most HEAD_CHARS characters in all (line ends as `\n`): each line is read
 * through a range capped at what is left, so a huge first line (a hostile or minified file) is never copied whole.
 */
export function documentHead(doc: vscode.TextDocument): string {
  const lines: string[] = [];
  let left = HEAD_CHARS;
  const n = Math.min(3, doc.lineCount);
  for (let i = 0; i < n && left > 0; i++) {
    const line = doc.getText(new vscode.Range(i, 0, i, left)); // the range is clamped to the line
    lines.push(line);
    left -= line.length + 1;
  }
  return lines.join('\n');
}

function maybeSwitch(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext') return;
  if (!detectSeedFiles(doc)) return;
  if (looksLikeSeed(documentHead(doc))) {
    void vscode.languages.setTextDocumentLanguage(doc, SEED_LANGUAGE);
  }
}

export function registerSeedDetection(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(maybeSwitch));
  for (const doc of vscode.workspace.textDocuments) maybeSwitch(doc);
}
