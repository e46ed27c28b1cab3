// The Node worker thread's entry (bundled to dist/worker.js): serves analyses (../server.ts) over vscode-jsonrpc on the
// thread's parent port. Loaded with `require` outside a worker, the file is the engine itself (the benchmark's probes
// and the tests load it so).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serve } from '../server';
import type { BootData } from './boot';
import { PortReader, PortWriter, installRuntime } from './port';

export * from '../../engine/index';

/** When this bundle finished loading (its imports, the engine, are evaluated before this line). */
const loadedAt = performance.timeOrigin + performance.now();

if (!isMainThread && parentPort) {
  const boot = (workerData ?? {}) as Partial<BootData> & { maxResultChars?: unknown };
  installRuntime();
  const save = boot.saveCodeCache;
  serve(new PortReader(parentPort), new PortWriter(parentPort), {
    loadedAt,
    bootAt: typeof boot.bootAt === 'number' ? boot.bootAt : undefined,
    codeCache: typeof boot.codeCache === 'string' ? boot.codeCache : undefined,
    saveCodeCache: typeof save === 'function' ? () => save() : undefined,
    maxResultChars: typeof boot.maxResultChars === 'number' ? boot.maxResultChars : undefined,
  });
}
