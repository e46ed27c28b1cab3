// Starts the analysis worker thread (the boot code of boot.ts, with V8's code cache) and nothing else: no JSON-RPC, no
// client. The extension's first file (src/bootstrap.ts) calls it before loading the rest of the extension, so that the
// thread boots while the editor's code loads; the client (client.ts) then takes the thread over.
import { MessageChannel, Worker } from 'node:worker_threads';
import { BOOT, trustedCodeCache, type BootData } from './boot';

export interface SpawnOptions {
  /** The worker bundle (dist/worker.js). */
  workerPath: string;
  /** V8 old-space limit of the thread, in MB. */
  maxHeapMB: number;
  /** A folder for V8's code cache of the bundle; none: no code cache. */
  cacheDir?: string;
  /** The SHA-256 (hex) recorded when this install last wrote the cache (see trustedCodeCache). */
  codeCacheDigest?: string;
  /** The largest result the worker sends (tests lower it). */
  maxResultChars?: number;
}

/** A started thread and when it was started (epoch ms; `spawnedAt`: when `new Worker` returned). */
export interface SpawnedThread {
  worker: Worker;
  spawnAt: number;
  spawnedAt: number;
  /** What it was started with (the client takes over only a thread started as it would start one). */
  options: SpawnOptions;
  /** Set when the thread failed or stopped (before a client took it over, nobody else hears of it). */
  failed?: Error;
}

const epoch = (): number => performance.timeOrigin + performance.now();

/** Starts a worker thread running `options.workerPath` through the boot code; its code cache is checked here. */
export function spawnAnalysisThread(options: SpawnOptions): SpawnedThread {
  const { workerPath, maxHeapMB, cacheDir, maxResultChars } = options;
  const spawnAt = epoch();
  const channel = cacheDir ? new MessageChannel() : undefined;
  const ready = channel ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: {
      file: workerPath, cacheDir, cachePort: channel?.port2, cacheReady: ready,
      ...(maxResultChars !== undefined ? { maxResultChars } : {}),
    } satisfies BootData & { maxResultChars?: number },
    transferList: channel ? [channel.port2] : undefined,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMB },
  });
  const spawnedAt = epoch();
  if (channel && ready && cacheDir) {
    // While the new thread starts (tens of ms): read and check the code cache here, where crypto is loaded already.
    let checked: { cache?: Uint8Array; untrusted?: boolean } = {};
    try {
      checked = trustedCodeCache(cacheDir, options.codeCacheDigest);
    } catch {
      checked = {};
    }
    channel.port1.postMessage(checked);
    Atomics.store(ready, 0, 1);
    Atomics.notify(ready, 0);
    channel.port1.close();
  }
  const thread: SpawnedThread = { worker, spawnAt, spawnedAt, options };
  worker.once('error', (err) => (thread.failed ??= err));
  worker.once('exit', (code) => (thread.failed ??= new Error(`analysis worker stopped (exit code ${code})`)));
  return thread;
}

/** Whether `t` was started with the same options as `o` (so a client may take it over). */
export function sameSpawn(t: SpawnOptions, o: SpawnOptions): boolean {
  return t.workerPath === o.workerPath && t.maxHeapMB === o.maxHeapMB && t.cacheDir === o.cacheDir
    && t.codeCacheDigest === o.codeCacheDigest && t.maxResultChars === o.maxResultChars;
}
