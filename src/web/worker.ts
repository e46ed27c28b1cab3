// Web Worker entry (bundled to dist/web/worker.js): the analysis worker of VS Code for the Web. It is the Node worker
// thread's own code, src/worker/worker.ts, speaking the same protocol: in this bundle its `node:worker_threads` is the
// Web Worker's scope (shims/workerThreadsWorker.ts), its `setImmediate` comes from shims/globals.ts, and compromise's
// model comes inlined (esbuild.mjs, web targets).
import '../worker/worker';
