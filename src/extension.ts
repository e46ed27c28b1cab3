// Extension entry for a desktop or remote (Node) extension host: the analysis runs in a worker thread; the features
// are registered by src/features.ts (shared with the web entry, src/web/extension.ts). Activation does no NLP.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnalysisWorker } from './worker/node/client';
import { AnalysisService } from './editor/analysisService';
import { registerFeatures } from './features';

/** globalState key of the SHA-256 of the worker's code cache as this install wrote it (see trustedCodeCache). */
const CODE_CACHE_DIGEST = 'seedReader.workerCodeCacheDigest';

export function activate(context: vscode.ExtensionContext): void {
  // First: starts the analysis worker (when a seed is open) before anything else, so that it boots while the rest
  // registers; its code cache lives in the global storage, used only when it has the digest recorded in globalState
  // when it was written (no globalState: no code cache).
  // The engine runs only there: dist/worker.js beside this file.
  const state = context.globalState as vscode.Memento | undefined;
  const client = new AnalysisWorker(path.join(__dirname, 'worker.js'), undefined, state ? context.globalStorageUri?.fsPath : undefined, state && {
    codeCacheDigest: state.get<string>(CODE_CACHE_DIGEST),
    onCodeCacheWritten: (digest) => void Promise.resolve(state.update(CODE_CACHE_DIGEST, digest)).then(undefined, () => undefined),
  });
  const service = new AnalysisService({ client });
  context.subscriptions.push(service);
  // Each feature lives in its own file under src/editor/ (see src/features.ts).
  registerFeatures(context, service);
}

export function deactivate(): void {
  // Nothing to clean up beyond context.subscriptions.
}
