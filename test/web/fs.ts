// `fs` for the test suite in the web extension host: read-only, over texts read through `vscode.workspace.fs` before
// the tests load (see index.ts). A test that needs to write files cannot run there (it is not in the web suite).
const files = new Map<string, string>();

/** Makes `text` readable as `path` (called by index.ts before the test files load). */
export function preload(path: string, text: string): void {
  files.set(path, text);
}

export function readFileSync(path: string): string {
  const text = files.get(path);
  if (text === undefined) throw new Error(`ENOENT: ${path} was not preloaded for the web suite`);
  return text;
}

export function existsSync(path: string): boolean {
  return files.has(path);
}
