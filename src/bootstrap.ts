// The Node extension's first file (bundled to dist/extension.js, the manifest's `main`): kept tiny so that VS Code
// loads it in a moment. When a seed is open, activate() starts the analysis worker thread first — it boots (tens of ms)
// while the rest of the extension (dist/editor.js, built from src/extension.ts) loads and registers — and hands the
// thread to the extension's client. dist/editor.js is compiled with V8's code cache in the global storage, as the
// worker's bundle is (src/worker/node/moduleCache.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { spawnAnalysisThread, type SpawnedThread } from './worker/node/spawn';
import { trustedCodeCache } from './worker/node/boot';
import { requireWithCodeCache } from './worker/node/moduleCache';
import { CODE_CACHE_DIGEST, EDITOR_CODE_CACHE_DIGEST, EDITOR_CODE_CACHE_FILE, WORKER_HEAP_MB, type NodeActivate } from './activation';

/** The rest of the extension, beside this file. */
const EDITOR_BUNDLE = 'editor.js';

/** How dist/editor.js was loaded last (the startup benchmark reads it). */
export let editorCodeCache: string | undefined;

/** Returns dist/editor.js's activate's promise: resolved once every feature is registered (see src/extension.ts). */
export function activate(context: vscode.ExtensionContext): Promise<void> | undefined {
  const state = context.globalState as vscode.Memento | undefined;
  const cacheDir = state ? context.globalStorageUri?.fsPath : undefined;
  let thread: SpawnedThread | undefined;
  // As AnalysisService starts the worker: only when a seed is open (activation also happens for plain-text files).
  if (vscode.workspace.textDocuments?.some((d) => d.languageId === 'seed')) {
    try {
      thread = spawnAnalysisThread({
        workerPath: path.join(__dirname, 'worker.js'), maxHeapMB: WORKER_HEAP_MB, cacheDir, codeCacheDigest: state?.get<string>(CODE_CACHE_DIGEST),
      });
      thread.worker.unref();
    } catch {
      thread = undefined; // the client starts its own
    }
  }
  try {
    let given: { cache?: Uint8Array; untrusted?: boolean } = {};
    try {
      if (cacheDir) given = trustedCodeCache(cacheDir, state?.get<string>(EDITOR_CODE_CACHE_DIGEST), EDITOR_CODE_CACHE_FILE);
    } catch {
      given = {};
    }
    const editor = requireWithCodeCache(path.join(__dirname, EDITOR_BUNDLE), cacheDir && path.join(cacheDir, EDITOR_CODE_CACHE_FILE), given, require);
    editorCodeCache = editor.codeCache;
    const save = editor.save;
    return (editor.exports as { activate: NodeActivate }).activate(context, {
      thread,
      firstAnalysisDrawn: save && state ? () => {
        const digest = save();
        if (digest) void Promise.resolve(state.update(EDITOR_CODE_CACHE_DIGEST, digest)).then(undefined, () => undefined);
      } : undefined,
    });
  } catch (err) {
    if (thread) void thread.worker.terminate();
    throw err;
  }
}

export function deactivate(): void {
  // Nothing to clean up beyond context.subscriptions.
}
