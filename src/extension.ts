// The Node extension (desktop or remote extension host), bundled to dist/editor.js and loaded by src/bootstrap.ts
// (dist/extension.js), which may have started the worker thread already: the analysis runs in a worker thread; the
// features are registered by src/firstDraw.ts and src/features.ts (shared with the web entry, src/web/extension.ts).
// Activation does no NLP.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnalysisWorker } from './worker/node/client';
import { AnalysisService } from './editor/analysisService';
import { registerFirstDraw } from './firstDraw';
import { CODE_CACHE_DIGEST, WORKER_HEAP_MB, type Startup } from './activation';

/**
 * With a seed open, the features other than the highlights are registered once the first highlights are drawn, or
 * after this many ms at the latest (no analysis came: a crash, a huge seed).
 */
export const OTHER_FEATURES_LATEST_MS = 1000;

/**
 * Activates the extension. `startup` (from dist/extension.js): the worker thread it started because a seed is open;
 * then only the highlights are registered now, and the other features (src/features.ts, loaded only then) once the
 * first highlights are drawn — the promise returned resolves then, so VS Code runs a command that activated the
 * extension only after it is registered. Without a thread (no seed open, tests) everything is registered at once.
 */
export function activate(context: vscode.ExtensionContext, startup: Startup = {}): Promise<void> | undefined {
  // First: starts the analysis worker (when a seed is open) before anything else, so that it boots while the rest
  // registers — or takes over the thread src/bootstrap.ts started; its code cache lives in the global storage, used
  // only when it has the digest recorded in globalState when it was written (no globalState: no code cache).
  // The engine runs only there: dist/worker.js beside this file.
  const state = context.globalState as vscode.Memento | undefined;
  const client = new AnalysisWorker(path.join(__dirname, 'worker.js'), WORKER_HEAP_MB, state ? context.globalStorageUri?.fsPath : undefined, {
    prestarted: startup.thread,
    ...(state && {
      codeCacheDigest: state.get<string>(CODE_CACHE_DIGEST),
      onCodeCacheWritten: (digest: string) => void Promise.resolve(state.update(CODE_CACHE_DIGEST, digest)).then(undefined, () => undefined),
    }),
  });
  const service = new AnalysisService({ client });
  context.subscriptions.push(service);
  // Each feature lives in its own file under src/editor/ (see src/features.ts).
  const highlights = registerFirstDraw(context, service);
  const others = (): void => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./features') as typeof import('./features')).registerOtherFeatures(context, service, highlights);
  };
  if (!startup.thread) {
    others();
    return undefined;
  }
  return new Promise<void>((resolve, reject) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      once.dispose();
      clearTimeout(latest);
      // dist/editor.js's code cache (first start) holds what the first highlights ran, not the rest.
      startup.firstAnalysisDrawn?.();
      // A failure is the activation's (VS Code reports it), as it would be registering everything at once.
      try {
        others();
        resolve();
      } catch (err) {
        reject(err);
      }
    };
    // The highlights are drawn on the same event: the rest comes right after.
    const once = service.onDidChangeAnalysis(() => void setTimeout(finish, 0));
    const latest = setTimeout(finish, OTHER_FEATURES_LATEST_MS);
    context.subscriptions.push(once, { dispose: () => clearTimeout(latest) });
  });
}

export function deactivate(): void {
  // Nothing to clean up beyond context.subscriptions.
}
