// `node:fs/promises` in the web extension bundle: no local files (the editor tries it for `file:` URIs only, and falls
// back to `vscode.workspace.fs`).
export function open(): Promise<never> {
  return Promise.reject(new Error('fs/promises is not available in VS Code for the Web'));
}
export const promises = { open };
