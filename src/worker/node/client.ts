// The analysis client on Node: starts the worker thread (dist/worker.js, through the boot code with V8's code cache)
// and talks to it over vscode-jsonrpc's port reader and writer. Pure Node: no `vscode` import, so the benchmark and
// tests use it too. Everything else (documents, requests, watchdog) is the platform-neutral AnalysisClient.
import type { Worker } from 'node:worker_threads';
import { AnalysisClient, type WorkerFactory, type WorkerHandle } from '../client';
import type { WatchdogBudgets } from '../watchdog';
import { portConnection } from './port';
import { sameSpawn, spawnAnalysisThread, type SpawnedThread, type SpawnOptions } from './spawn';

export { CODE_CACHE_FILE, trustedCodeCache, type BootData, type CodeCacheState } from './boot';
export { spawnAnalysisThread, type SpawnedThread, type SpawnOptions } from './spawn';
export {
  AnalysisTimeoutError, AnalysisTooLargeError, SupersededError, type AnalyzeOptions, type StartupTrace, type WorkerCrash,
  type WorkerTimeout,
} from '../client';
export { defaultBudgetMs, defaultCancelledBudgetMs, defaultContendedBudgetMs } from '../watchdog';

export interface AnalysisWorkerOptions extends WatchdogBudgets {
  /** The largest result the worker sends (resultChars); default maxResultChars of the text's length (tests lower it). */
  maxResultChars?: number;
  /**
   * The SHA-256 (hex) recorded when this install last wrote the code cache (in the extension's globalState): a cache
   * file in `cacheDir` is used only when it has this digest. None: a cache file there is not used (and is replaced).
   */
  codeCacheDigest?: string;
  /** Called with the digest of a code cache the worker has just written (to be recorded for the next start). */
  onCodeCacheWritten?: (digest: string) => void;
  /**
   * A thread already started (spawnAnalysisThread, by src/bootstrap.ts before the rest of the extension loaded): the
   * first worker is this one when it was started with the same options and is alive; otherwise it is stopped.
   */
  prestarted?: SpawnedThread;
}

/** Starts worker threads running `workerPath`, with the code cache in `cacheDir` when given. */
class NodeWorkerFactory implements WorkerFactory {
  /** The digest of the code cache this install wrote last (updated when the worker writes one). */
  private cacheDigest: string | undefined;
  /** The thread of the current handle (tests reach in to kill it). */
  worker: Worker | undefined;
  /** A thread started before this client existed (src/bootstrap.ts), taken over by the first start(). */
  private prestarted: SpawnedThread | undefined;

  constructor(
    private readonly workerPath: string,
    private readonly maxHeapMB: number,
    private readonly cacheDir: string | undefined,
    private readonly options: AnalysisWorkerOptions,
  ) {
    this.cacheDigest = options.codeCacheDigest;
    this.prestarted = options.prestarted;
  }

  /** The prestarted thread, when it was started as start() would start one now and is still alive; once. */
  private takePrestarted(want: SpawnOptions): SpawnedThread | undefined {
    const t = this.prestarted;
    this.prestarted = undefined;
    if (!t) return undefined;
    if (!t.failed && sameSpawn(t.options, want)) return t;
    void t.worker.terminate();
    return undefined;
  }

  /** Stops a prestarted thread nobody took over. */
  dropPrestarted(): void {
    const t = this.prestarted;
    this.prestarted = undefined;
    if (t) void t.worker.terminate();
  }

  start(exited: (err: Error) => void): WorkerHandle {
    const want: SpawnOptions = {
      workerPath: this.workerPath, maxHeapMB: this.maxHeapMB, cacheDir: this.cacheDir, codeCacheDigest: this.cacheDigest,
      maxResultChars: this.options.maxResultChars,
    };
    const { worker: w, spawnAt, spawnedAt } = this.takePrestarted(want) ?? spawnAnalysisThread(want);
    this.worker = w;
    let ended = false;
    w.on('error', (err) => {
      ended = true;
      exited(err);
    });
    w.on('exit', (code) => {
      if (!ended) exited(new Error(`analysis worker stopped (exit code ${code})`));
      ended = true;
    });
    const connection = portConnection(w);
    return {
      connection,
      spawnAt,
      spawnedAt,
      terminate: () => {
        ended = true;
        if (this.worker === w) this.worker = undefined;
        void w.terminate();
      },
      // An idle worker never keeps a process alive.
      hold: (busy) => (busy ? w.ref() : w.unref()),
    };
  }

  codeCacheWritten(digest: string): void {
    this.cacheDigest = digest;
    this.options.onCodeCacheWritten?.(digest);
  }
}

/** Runs analyses in a worker thread (dist/worker.js) so that the caller's thread is never blocked by a large document. */
export class AnalysisWorker extends AnalysisClient {
  private readonly threads: NodeWorkerFactory;

  constructor(
    workerPath: string,
    /** V8 old-space limit of the worker thread, in MB: a runaway analysis kills the worker, not the caller. */
    maxHeapMB = 2048,
    /** A folder for V8's code cache of the worker bundle (the extension's global storage); none: no code cache. */
    cacheDir?: string,
    options: AnalysisWorkerOptions = {},
  ) {
    const threads = new NodeWorkerFactory(workerPath, maxHeapMB, cacheDir, options);
    super(threads, options);
    this.threads = threads;
  }

  override dispose(): void {
    this.threads.dropPrestarted();
    super.dispose();
  }

  /** The current worker thread, if one runs (tests stop it from outside to simulate a crash). */
  get worker(): Worker | undefined {
    return this.threads.worker;
  }
}
