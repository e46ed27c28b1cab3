// The suite's helpers (test/suite/helpers.ts) in the web extension host: the same, except that the sample seed is a
// file of the workspace folder test-web mounts (a `vscode-test-web:` URI), not a path on a local disk.
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, docFor, waitFor } from '../suite/helpers';

export * from '../suite/helpers';

/** The sample seed: its path inside the mounted workspace folder (scripts/test-web.mjs copies it there). */
export const SAMPLE = '/000_be6e4752cb109430.txt';

/** The URI of a file of the mounted workspace folder, by its path in it. */
export function workspaceUri(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the web suite needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, file);
}

/** Opens `file` (a path in the workspace folder), shows it, and waits until it is in the `seed` language. */
export async function openSeed(file = SAMPLE): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  await activate();
  const uri = workspaceUri(file);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const doc = await waitFor(`${path.basename(file)} in the seed language`, () => {
    const d = docFor(uri);
    return d && d.languageId === 'seed' ? d : undefined;
  });
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}
