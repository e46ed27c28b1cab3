// Switches plain-text documents that look like seed files to the `seed` language.
import * as vscode from 'vscode';
import { looksLikeSeed } from './analysis/header';

export const SEED_LANGUAGE = 'seed';

export function isSeedDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === SEED_LANGUAGE;
}

function maybeSwitch(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext') return;
  if (!vscode.workspace.getConfiguration('seedReader', doc).get<boolean>('detectSeedFiles', true)) return;
  // Read only the first lines: detection must stay cheap on huge files.
  const head = doc.getText(new vscode.Range(0, 0, Math.min(3, doc.lineCount - 1), 4096));
  if (looksLikeSeed(head)) {
    void vscode.languages.setTextDocumentLanguage(doc, SEED_LANGUAGE);
  }
}

export function registerSeedDetection(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(maybeSwitch));
  for (const doc of vscode.workspace.textDocuments) maybeSwitch(doc);
}
