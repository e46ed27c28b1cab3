// What the Node extension's two files (src/bootstrap.ts → dist/extension.js, src/extension.ts → dist/editor.js) agree
// on. Types and constants only: importing it loads nothing.
import type * as vscode from 'vscode';
import type { SpawnedThread } from './worker/node/spawn';

/** globalState key of the SHA-256 of the worker's code cache as this install wrote it (see trustedCodeCache). */
export const CODE_CACHE_DIGEST = 'seedReader.workerCodeCacheDigest';

/** globalState key of the SHA-256 of dist/editor.js's code cache (EDITOR_CODE_CACHE_FILE) as this install wrote it. */
export const EDITOR_CODE_CACHE_DIGEST = 'seedReader.editorCodeCacheDigest';

/** The file of dist/editor.js's code cache in the global storage folder (beside the worker's, worker.v8cache). */
export const EDITOR_CODE_CACHE_FILE = 'editor.v8cache';

/** V8 old-space limit of the analysis worker thread, in MB: a runaway analysis kills the worker, not the host. */
export const WORKER_HEAP_MB = 2048;

/** What dist/extension.js hands dist/editor.js's activate. */
export interface Startup {
  /** The worker thread it started already (when a seed was open). */
  thread?: SpawnedThread;
  /**
   * Called once the first analysis has been drawn: writes dist/editor.js's code cache when there was none to use
   * (then it holds the compiled start-up functions too).
   */
  firstAnalysisDrawn?: () => void;
}

/** dist/editor.js's activate. */
export type NodeActivate = (context: vscode.ExtensionContext, startup?: Startup) => Promise<void> | undefined;
