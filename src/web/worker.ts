// Web Worker entry (bundled to dist/web/worker.js): the analysis worker of VS Code for the Web. It serves the same
// JSON-RPC protocol as the Node worker thread (src/worker/server.ts, the same code), over the worker's own scope with
// vscode-jsonrpc's browser reader and writer. compromise's model comes inlined (esbuild.mjs, web targets).
import { BrowserMessageReader, BrowserMessageWriter } from 'vscode-jsonrpc/browser';
import { serve } from '../worker/server';

/** When this bundle finished loading (its imports, the engine, are evaluated before this line). */
const loadedAt = performance.timeOrigin + performance.now();

type Scope = ConstructorParameters<typeof BrowserMessageReader>[0];
const scope = globalThis as unknown as Scope;
serve(new BrowserMessageReader(scope), new BrowserMessageWriter(scope), { loadedAt });
