// Runs analyses in a worker thread (dist/worker.js) so that the caller's thread — the extension host — is never
// blocked by a large document. Pure Node: no `vscode` import, so the benchmark and tests use it too.
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { Analysis } from '../engine/types';
import { applyPatch, commonEnds } from './delta';
import { BASE_MISSING, LAYERS, TEXT_CHUNK, TOO_LARGE, type Layer, type WorkerRequest, type WorkerResponse, type WorkerStartup } from './workerProtocol';

/** The code cache's file name in the cache folder. */
export const CODE_CACHE_FILE = 'worker.v8cache';

/** What the worker's boot code leaves in `workerData` for the bundle (see `workerBoot`). */
export interface BootData {
  /** The worker bundle to load. */
  file: string;
  /** A folder for V8's code cache of the bundle; without one the bundle is simply required. */
  cacheDir?: string;
  /**
   * With a cache folder: where the caller sends `{ cache?, untrusted? }` (see trustedCodeCache) — the code cache file's
   * bytes, read by the caller and found to have the SHA-256 digest recorded when it was written: the only bytes V8 is
   * given as a cache (the boot code never reads the cache file itself); `untrusted`: a file is there but not the one
   * recorded (planted, or written by another install). The caller checks the file while this thread starts, and sets
   * `cacheReady[0]` to 1 once it has sent it (the boot code waits for that, a moment at most).
   */
  cachePort?: MessagePort;
  cacheReady?: Int32Array;
  /** Set by the boot code: when the thread began running (epoch ms). */
  bootAt?: number;
  /** Set by the boot code: whether the bundle was compiled from a code cache. */
  codeCache?: CodeCacheState;
  /** Set by the boot code when a cache can be written: writes it (call once the engine has run, so it holds the compiled engine). */
  saveCodeCache?: () => void;
}

/**
 * `used`: compiled from the cache; `rejected`: a cache was there but V8 refused it (another V8 or flags); `absent`: no
 * usable cache (none yet, another bundle's, or damaged bytes); `untrusted`: a cache file is there but its SHA-256 is not
 * the digest recorded when this install wrote it (a planted or foreign file: never given to V8); `off`: no cache folder
 * given (or no zlib.crc32); `failed`: the cached path could not be used (the bundle was simply required).
 */
export type CodeCacheState = 'used' | 'rejected' | 'absent' | 'untrusted' | 'off' | 'failed';

/**
 * The worker thread's first code (run as a string: it must not use anything from this module). Notes when the thread
 * began, then loads the bundle — through `vm.Script` with V8's code cache when a cache folder is given. The cache is
 * created after the first analysis, so it holds the bytecode of the engine's functions as well as the top level: the
 * next start of the worker skips compiling them (measured on the sample: loading the bundle ~11 -> ~7 ms, the first
 * analysis ~53 -> ~41 ms).
 *
 * V8 trusts a code cache (its bytecode runs as is): a cache is used only when the caller read it and found the SHA-256
 * digest that was recorded, out of reach of the file system, when this install wrote it (the extension keeps it in its
 * globalState), and the boot code uses exactly those bytes. The cache file also starts with the bundle's own bytes, so
 * a changed bundle never runs with a stale cache, and V8's part carries a CRC-32. After writing a cache the boot code
 * sends its digest to the caller (`{ type: 'codeCache', digest }`) to be recorded.
 */
function workerBoot(): void {
  /* eslint-disable @typescript-eslint/no-var-requires */
  const { workerData: data, parentPort } = require('node:worker_threads') as typeof import('node:worker_threads') & { workerData: BootData };
  data.bootAt = performance.timeOrigin + performance.now();
  const file = data.file;
  if (!data.cacheDir) {
    data.codeCache = 'off';
    require(file);
    return;
  }
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const vm = require('node:vm') as typeof import('node:vm');
  const Module = require('node:module') as typeof import('node:module') & { wrap(src: string): string };
  // Without zlib.crc32 (Node < 20.15) no cache is used.
  const crc32 = (require('node:zlib') as { crc32?: (data: Uint8Array) => number }).crc32;
  if (typeof crc32 !== 'function') {
    data.codeCache = 'off';
    require(file);
    return;
  }
  let run: (() => void) | undefined;
  let given: { cache?: Uint8Array; untrusted?: boolean } | undefined;
  try {
    if (data.cachePort && data.cacheReady) {
      Atomics.wait(data.cacheReady, 0, 0, 2000);
      given = (require('node:worker_threads') as typeof import('node:worker_threads')).receiveMessageOnPort(data.cachePort)?.message;
      data.cachePort.close();
    }
  } catch {
    given = undefined;
  }
  data.cachePort = undefined;
  try {
    const srcBytes = fs.readFileSync(file);
    const src = srcBytes.toString('utf8');
    // The cache file: the bundle's length, the CRC-32 of V8's data, the bundle's own bytes, V8's data. A cache is used
    // only for exactly the same bundle (V8 itself checks its version and flags, and the source's length only).
    const cacheFile = path.join(data.cacheDir, 'worker.v8cache');
    let cached: Buffer | undefined;
    if (given?.cache) {
      const all = Buffer.from(given.cache.buffer, given.cache.byteOffset, given.cache.byteLength);
      const n = all.length >= 8 ? all.readUInt32LE(0) : -1;
      if (n === srcBytes.length && all.length > 8 + n && all.subarray(8, 8 + n).equals(srcBytes)) {
        const v8data = all.subarray(8 + n);
        if (crc32(v8data) === all.readUInt32LE(4)) cached = v8data;
      }
    }
    const script = new vm.Script(Module.wrap(src), { filename: file, cachedData: cached });
    data.codeCache = !cached ? (given?.untrusted ? 'untrusted' : 'absent') : script.cachedDataRejected ? 'rejected' : 'used';
    if (data.codeCache !== 'used') {
      data.saveCodeCache = () => {
        data.saveCodeCache = undefined;
        try {
          const v8data = script.createCachedData();
          const head = Buffer.alloc(8);
          head.writeUInt32LE(srcBytes.length, 0);
          head.writeUInt32LE(crc32(v8data), 4);
          const bytes = Buffer.concat([head, srcBytes, v8data]);
          fs.mkdirSync(data.cacheDir as string, { recursive: true });
          // Written under a temporary name, then renamed: a concurrent reader never sees half a file.
          const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
          fs.writeFileSync(tmp, bytes);
          fs.renameSync(tmp, cacheFile);
          // Hashed here, after the first results went out (loading crypto in this thread costs a few ms).
          const digest = (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
          parentPort?.postMessage({ type: 'codeCache', digest });
        } catch {
          // no cache this time: the next start compiles as usual
        }
      };
    }
    const fn = script.runInThisContext() as (exports: unknown, req: NodeRequire, mod: unknown, filename: string, dirname: string) => void;
    const mod = { exports: {} as unknown, filename: file, id: file, loaded: false };
    run = () => fn.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  } catch {
    data.codeCache = 'failed';
    data.saveCodeCache = undefined;
    run = undefined;
  }
  // Errors of the bundle itself are not caught: they end the worker as they would with a plain require.
  if (run) run();
  else require(file);
}

/**
 * Reads the code cache in `dir` and returns its bytes when their SHA-256 is `digest` (the one recorded when this install
 * wrote it); `untrusted` when a file is there but does not match (or no digest is known). On the caller's thread:
 * ~1 ms for the ~0.5 MB file (crypto is loaded already in the extension host; in a new worker thread it would cost more).
 */
export function trustedCodeCache(dir: string, digest: string | undefined): { cache?: Uint8Array; untrusted?: boolean } {
  /* eslint-disable @typescript-eslint/no-var-requires */
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(dir, CODE_CACHE_FILE));
  } catch {
    return {};
  }
  if (!digest) return { untrusted: true };
  const crypto = require('node:crypto') as typeof import('node:crypto');
  const got = crypto.createHash('sha256').update(bytes).digest();
  const want = Buffer.from(digest, 'hex');
  return want.length === got.length && crypto.timingSafeEqual(got, want) ? { cache: bytes } : { untrusted: true };
}

const BOOT = `(${workerBoot.toString()})();`;

/** Where the first result of a worker spent its time: the worker's marks plus the caller's (epoch ms, see WorkerStartup). */
export interface StartupTrace extends WorkerStartup {
  /** `new Worker` was called, and when it returned (the caller's thread is busy in between). */
  spawnAt: number;
  spawnedAt: number;
  /** The first analysis was requested (posted to the worker). */
  postedAt?: number;
  /** The caller received the first result in full. */
  receivedAt: number;
}

/** A process-wide listener for startup traces (set by the startup benchmark; nothing is recorded without it). */
const TRACE_HOOK = Symbol.for('seedReader.startupTrace');
const epoch = (): number => performance.timeOrigin + performance.now();

export interface AnalyzeOptions {
  /** Offsets of the visible range: the worker first analyses the paragraphs around it and calls `onPreview`. */
  window?: { start: number; end: number };
  /** The preview of the window (offsets into the whole text, paragraphs of the window only). */
  onPreview?: (preview: Analysis) => void;
}

/** Rejection reason when a newer request for the same document replaced this one, or it was cancelled. */
export class SupersededError extends Error {
  constructor() {
    super('superseded');
    this.name = 'SupersededError';
  }
}

/** Rejection reason when an analysis ran past its time budget: the worker was restarted to stop it. */
export class AnalysisTimeoutError extends Error {
  constructor(readonly ms: number) {
    super('analysis took too long');
    this.name = 'AnalysisTimeoutError';
  }
}

/** Rejection reason when the result was too large to send safely (the worker sent nothing of it). */
export class AnalysisTooLargeError extends Error {
  constructor() {
    super(TOO_LARGE);
    this.name = 'AnalysisTooLargeError';
  }
}

/**
 * Time budget (ms) of an analysis of `chars` characters: 10 s plus 2 ms per 1,000 characters (10 MB: ~31 s). The
 * engine does a 10 MB seed in well under a second, so only a runaway analysis (a hostile input) ever reaches it.
 */
export function defaultBudgetMs(chars: number): number {
  return 10_000 + chars / 500;
}

/**
 * Time budget (ms) of an analysis of `chars` characters while another document's request waits behind it: 2 s plus
 * 1 ms per 1,000 characters (1 MB: ~3 s, 10 MB: ~12 s), so that a runaway analysis holds up the others for seconds,
 * not for the whole budget.
 */
export function defaultContendedBudgetMs(chars: number): number {
  return 2_000 + chars / 1000;
}

/**
 * Budget (ms, from its start) of an analysis whose result is no longer wanted (superseded by a newer version of its
 * document, or the document closed): 1 s plus 0.5 ms per 1,000 characters (1 MB: ~1.5 s, 10 MB: ~6 s). Past it, the
 * worker is restarted rather than left busy, so that the requests behind it (the newer version, other documents) run.
 */
export function defaultCancelledBudgetMs(chars: number): number {
  return 1_000 + chars / 2000;
}

export interface AnalysisWorkerOptions {
  /** Time budget (ms) of an analysis of so many characters; default defaultBudgetMs. */
  budgetMs?: (chars: number) => number;
  /** Time budget (ms) while another document's request waits; default defaultContendedBudgetMs. */
  contendedBudgetMs?: (chars: number) => number;
  /** Budget (ms from its start) of an analysis no longer wanted; default defaultCancelledBudgetMs. */
  cancelledBudgetMs?: (chars: number) => number;
  /** The largest result the worker sends (resultChars); default maxResultChars of the text's length (tests lower it). */
  maxResultChars?: number;
  /**
   * The SHA-256 (hex) recorded when this install last wrote the code cache (in the extension's globalState): a cache
   * file in `cacheDir` is used only when it has this digest. None: a cache file there is not used (and is replaced).
   */
  codeCacheDigest?: string;
  /** Called with the digest of a code cache the worker has just written (to be recorded for the next start). */
  onCodeCacheWritten?: (digest: string) => void;
}

/** An analysis stopped by the watchdog (see AnalysisWorker.onTimeout). */
export interface WorkerTimeout {
  key: string;
  /** How long it had run, ms. */
  ms: number;
  chars: number;
  /** True when its result was no longer wanted (superseded or closed): nobody waits for it. */
  cancelled: boolean;
}

interface Pending {
  key: string;
  /** The preview window asked for, if any (kept so that the request can be sent again to a restarted worker). */
  window?: { start: number; end: number };
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
  onPreview?: (a: Analysis) => void;
  parts: Record<'preview' | 'full', Record<Layer, unknown[]>>;
  /** The text analysed: the next edit is sent as a change of it, and it is sent whole again should a patch or an
   *  edit not fit the worker's state. */
  fullText: string;
}

function emptyLayers(): Record<Layer, unknown[]> {
  return { paragraphs: [], entities: [], actors: [], quotes: [], claims: [] };
}

export interface WorkerCrash {
  message: string;
  /** True when the worker ran out of memory. */
  outOfMemory: boolean;
}

export class AnalysisWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<string, number>();
  /** How results arrived (diagnostics and tests): whole (one message or parts), or as a patch of the previous one. */
  readonly received = { whole: 0, patched: 0 };
  /** The latest whole analysis of each document (by request id): the worker answers an edit with a patch of it. */
  private readonly bases = new Map<string, { id: number; analysis: Analysis; text: string }>();
  private warmed: Promise<number> | undefined;
  private spawn: { spawnAt: number; spawnedAt: number; postedAt?: number } | undefined;
  /** Where this worker's first result spent its time, once it has arrived. */
  startup: StartupTrace | undefined;
  /** Called when the worker dies unexpectedly (it is restarted on the next request). */
  onCrash: ((crash: WorkerCrash) => void) | undefined;
  /** Called when the watchdog stopped a runaway analysis (the worker was restarted; the other requests go on). */
  onTimeout: ((timeout: WorkerTimeout) => void) | undefined;
  /** The request the worker is busy with (from its `start`), and since when (epoch ms). */
  private running: { id: number; key: string; chars: number; since: number; cancelled: boolean } | undefined;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  /** Runaway analyses stopped by restarting the worker (diagnostics and tests). */
  restarts = 0;
  private readonly options: AnalysisWorkerOptions;

  constructor(
    private readonly workerPath: string,
    /** V8 old-space limit of the worker thread, in MB: a runaway analysis kills the worker, not the caller. */
    private readonly maxHeapMB = 2048,
    /** A folder for V8's code cache of the worker bundle (the extension's global storage); none: no code cache. */
    private readonly cacheDir?: string,
    options: AnalysisWorkerOptions = {},
  ) {
    this.options = options;
    this.cacheDigest = options.codeCacheDigest;
  }

  /** The digest of the code cache this install wrote last (updated when the worker writes one). */
  private cacheDigest: string | undefined;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const spawnAt = epoch();
    const channel = this.cacheDir ? new MessageChannel() : undefined;
    const ready = channel ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
    const w = new Worker(BOOT, {
      eval: true,
      workerData: {
        file: this.workerPath, cacheDir: this.cacheDir, cachePort: channel?.port2, cacheReady: ready,
        ...(this.options.maxResultChars !== undefined ? { maxResultChars: this.options.maxResultChars } : {}),
      } satisfies BootData & { maxResultChars?: number },
      transferList: channel ? [channel.port2] : undefined,
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMB },
    });
    this.spawn = { spawnAt, spawnedAt: epoch() };
    if (channel && ready && this.cacheDir) {
      // While the new thread starts (tens of ms): read and check the code cache here, where crypto is loaded already.
      let checked: { cache?: Uint8Array; untrusted?: boolean } = {};
      try {
        checked = trustedCodeCache(this.cacheDir, this.cacheDigest);
      } catch {
        checked = {};
      }
      channel.port1.postMessage(checked);
      Atomics.store(ready, 0, 1);
      Atomics.notify(ready, 0);
      channel.port1.close();
    }
    this.startup = undefined;
    w.unref(); // ref'd only while requests are pending: an idle worker never keeps a process alive
    w.on('message', (msg: WorkerResponse) => this.onMessage(msg));
    w.on('error', (err) => this.crashed(w, err));
    w.on('exit', (code) => {
      if (this.worker === w) this.crashed(w, new Error(`analysis worker stopped (exit code ${code})`));
    });
    this.worker = w;
    return w;
  }

  private crashed(w: Worker, err: Error): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    this.warmed = undefined;
    this.stopWatchdog();
    const outOfMemory = /ERR_WORKER_OUT_OF_MEMORY|out of memory|heap/i.test(`${(err as { code?: string }).code ?? ''} ${err.message}`);
    const e = new Error(outOfMemory ? 'the analysis ran out of memory' : err.message);
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.latest.clear();
    this.bases.clear();
    void w.terminate();
    this.onCrash?.({ message: e.message, outOfMemory });
  }

  // ---------- watchdog: no request keeps the only worker busy past its budget ----------

  private stopWatchdog(): void {
    this.running = undefined;
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }

  /** (Re)arms the watchdog for the running request: its budget, or the shorter one once its result is not wanted. */
  private armWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = undefined;
    const r = this.running;
    if (!r) return;
    let budget = r.cancelled
      ? (this.options.cancelledBudgetMs ?? defaultCancelledBudgetMs)(r.chars)
      : (this.options.budgetMs ?? defaultBudgetMs)(r.chars);
    if (!r.cancelled && [...this.pending.values()].some((p) => p.key !== r.key)) {
      budget = Math.min(budget, (this.options.contendedBudgetMs ?? defaultContendedBudgetMs)(r.chars));
    }
    const wait = r.since + budget - epoch();
    if (wait <= 0) {
      this.overran();
      return;
    }
    this.watchdog = setTimeout(() => this.overran(), wait);
    this.watchdog.unref?.();
  }

  /**
   * The running request is past its budget: the worker thread is terminated (the only way to stop a synchronous
   * analysis) and a new one started; the request fails with AnalysisTimeoutError (unless nobody wanted it any more) and
   * every other pending request is sent again, whole, to the new worker. The paragraph caches go with the old thread.
   */
  private overran(): void {
    const r = this.running;
    const w = this.worker;
    this.stopWatchdog();
    if (!r || !w) return;
    this.worker = undefined;
    this.warmed = undefined;
    this.bases.clear();
    this.restarts++;
    void w.terminate();
    const ms = epoch() - r.since;
    const p = this.pending.get(r.id);
    if (p) {
      this.settle(r.id, p);
      p.reject(new AnalysisTimeoutError(ms));
    }
    if (this.pending.size) {
      const nw = this.ensure();
      for (const [id, q] of this.pending) {
        q.parts = { preview: emptyLayers(), full: emptyLayers() };
        this.send(nw, id, q);
      }
    }
    try {
      this.onTimeout?.({ key: r.key, ms, chars: r.chars, cancelled: !p });
    } catch {
      // the listener's problem
    }
  }

  private onMessage(msg: WorkerResponse): void {
    if ((msg.type === 'done' || msg.type === 'ready') && msg.startup) this.traced(msg.startup);
    if (msg.type === 'ready') return;
    if (msg.type === 'codeCache') {
      this.cacheDigest = msg.digest;
      try {
        this.options.onCodeCacheWritten?.(msg.digest);
      } catch {
        // the listener's problem
      }
      return;
    }
    if (msg.type === 'start') {
      const p = this.pending.get(msg.id);
      this.running = { id: msg.id, key: p?.key ?? '', chars: msg.chars, since: epoch(), cancelled: !p };
      this.armWatchdog();
      return;
    }
    // The worker is done with the running request at its first full part, its `done` or its error.
    if (this.running?.id === msg.id && (msg.type !== 'part' || msg.phase === 'full') && msg.type !== 'preview') this.stopWatchdog();
    const p = this.pending.get(msg.id);
    if (!p) return;
    switch (msg.type) {
      case 'part': {
        const target = p.parts[msg.phase][msg.field];
        for (const item of msg.items) {
          const more = (item as { more?: unknown[] }).more;
          if (more) {
            const last = target[target.length - 1] as { mentions: unknown[] };
            for (const m of more) last.mentions.push(m);
          } else target.push(item);
        }
        // Acked after this turn of the event loop: the next parts cannot arrive in the same burst, so timers and
        // other work of this thread run between parts.
        if (msg.phase === 'full') setImmediate(() => this.post({ type: 'ack', id: msg.id, count: 1 }));
        break;
      }
      case 'preview': {
        const preview = { ...msg.analysis, ...(p.parts.preview as unknown as Pick<Analysis, Layer>) };
        p.parts.preview = emptyLayers();
        try {
          p.onPreview?.(preview);
        } catch {
          // a listener's problem is not the analysis's
        }
        break;
      }
      case 'done': {
        let patched: Analysis | undefined;
        if (msg.patch) {
          const base = this.bases.get(p.key);
          if (!base || base.id !== msg.base) {
            // Not the analysis the patch is of (should not happen): ask again for the whole analysis.
            this.bases.delete(p.key);
            this.post({ type: 'analyze', id: msg.id, key: p.key, text: p.fullText });
            break;
          }
          patched = applyPatch(base.analysis, msg.patch);
        }
        this.settle(msg.id, p);
        // A small analysis comes whole; a large one's layers came in parts or as a patch of the previous analysis.
        // Either way the layers go last, in LAYERS order (one key order for every result).
        const full = { ...msg.analysis } as unknown as Record<string, unknown>;
        for (const l of LAYERS) {
          const layer = patched ? patched[l] : Array.isArray(msg.analysis[l]) ? msg.analysis[l] : p.parts.full[l];
          delete full[l];
          full[l] = layer;
        }
        this.bases.set(p.key, { id: msg.id, analysis: full as unknown as Analysis, text: p.fullText });
        if (patched) this.received.patched++;
        else this.received.whole++;
        p.resolve(full as unknown as Analysis);
        break;
      }
      case 'error':
        if (msg.message === BASE_MISSING) {
          // The worker no longer has the text this edit changes: the whole text, and a whole analysis back.
          this.bases.delete(p.key);
          this.post({ type: 'analyze', id: msg.id, key: p.key, text: p.fullText });
          break;
        }
        this.settle(msg.id, p);
        if (msg.message === TOO_LARGE) this.bases.delete(p.key);
        p.reject(msg.message === 'superseded' ? new SupersededError() : msg.message === TOO_LARGE ? new AnalysisTooLargeError() : new Error(msg.message));
        break;
    }
  }

  private settle(id: number, p: Pending): void {
    this.pending.delete(id);
    if (this.latest.get(p.key) === id) this.latest.delete(p.key);
    if (!this.pending.size) this.worker?.unref();
  }

  private traced(w: WorkerStartup): void {
    if (!this.spawn || this.startup) return;
    this.startup = { ...this.spawn, ...w, receivedAt: epoch() };
    const hook = (globalThis as Record<symbol, unknown>)[TRACE_HOOK];
    if (typeof hook === 'function') {
      try {
        (hook as (t: StartupTrace) => void)(this.startup);
      } catch {
        // the listener's problem
      }
    }
  }

  /** Notes when the first analysis was posted to a new worker. */
  private posted(): void {
    if (this.spawn && this.spawn.postedAt === undefined) this.spawn.postedAt = epoch();
  }

  private post(req: WorkerRequest): void {
    this.worker?.postMessage(req);
  }

  /** Starts the worker and loads the engine in it (no-op when already done); resolves with the warm-up time in ms. */
  warm(): Promise<number> {
    if (this.warmed) return this.warmed;
    const w = this.ensure();
    this.warmed = new Promise<number>((resolve) => {
      const onMsg = (msg: WorkerResponse) => {
        if (msg.type !== 'ready') return;
        w.off('message', onMsg);
        if (!this.pending.size) w.unref();
        resolve(msg.ms);
      };
      w.on('message', onMsg);
      w.once('exit', () => resolve(-1));
      w.ref();
      w.postMessage({ type: 'warm' } satisfies WorkerRequest);
    });
    return this.warmed;
  }

  /**
   * Analyses `text` in the worker; `key` names the document whose paragraph cache to reuse. A newer request for the
   * same key supersedes this one (rejected with SupersededError) unless the worker has already started it.
   */
  analyze(key: string, text: string, options: AnalyzeOptions = {}): Promise<Analysis> {
    const id = this.nextId++;
    const w = this.ensure();
    const prev = this.latest.get(key);
    this.latest.set(key, id);
    // The caller's current analysis of the document (when there is one, the worker may answer with a patch of it).
    const baseEntry = options.window ? undefined : this.bases.get(key);
    return new Promise<Analysis>((resolve, reject) => {
      const p: Pending = {
        key, resolve, reject, window: options.window, onPreview: options.onPreview, parts: { preview: emptyLayers(), full: emptyLayers() },
        fullText: text,
      };
      this.pending.set(id, p);
      if (prev !== undefined) this.cancel(prev);
      // The cancel may have restarted the worker (a runaway analysis of the previous version): this request then
      // went to the new one already.
      if (this.worker !== w) return;
      this.send(w, id, p, baseEntry);
      // Another document now waits behind the running analysis: its shorter budget applies.
      if (this.running && this.running.key !== key && !this.running.cancelled) this.armWatchdog();
    });
  }

  /** Posts a request to the worker: as an edit of `baseEntry` when that is shorter, else whole (long texts in pieces). */
  private send(w: Worker, id: number, p: Pending, baseEntry?: { id: number; text: string }): void {
    const { key, fullText: text, window } = p;
    const base = baseEntry?.id;
    w.ref();
    if (baseEntry) {
      // An edit: only the changed stretch goes over (a 1 MB text takes a couple of ms to copy to the worker).
      const { prefix, suffix } = commonEnds(baseEntry.text, text);
      if (prefix + suffix >= text.length / 2) {
        w.postMessage({ type: 'analyze', id, key, text: text.slice(prefix, text.length - suffix), base, edit: { prefix, suffix } } satisfies WorkerRequest);
        return;
      }
    }
    if (text.length <= TEXT_CHUNK) {
      const req: WorkerRequest = { type: 'analyze', id, key, text, window, base };
      w.postMessage(req);
      this.posted();
      return;
    }
    // A long text goes in pieces, one per turn of this thread's event loop.
    const chunks = Math.ceil(text.length / TEXT_CHUNK) - 1;
    w.postMessage({ type: 'analyze', id, key, text: text.slice(0, TEXT_CHUNK), window, chunks, base } satisfies WorkerRequest);
    this.posted();
    let i = 1;
    const next = (): void => {
      if (this.pending.get(id) !== p || this.worker !== w) return; // cancelled: the worker drops the pieces it has
      w.postMessage({ type: 'chunk', id, text: text.slice(i * TEXT_CHUNK, (i + 1) * TEXT_CHUNK) } satisfies WorkerRequest);
      if (++i <= chunks) setImmediate(next);
    };
    setImmediate(next);
  }

  /**
   * Stops wanting the results of a request (the worker drops it if queued, or stops streaming it). When the worker is
   * analysing it right now, the watchdog gives it the shorter budget of an unwanted analysis.
   */
  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.settle(id, p);
    p.reject(new SupersededError());
    this.post({ type: 'cancel', id });
    if (this.running?.id === id) {
      this.running.cancelled = true;
      this.armWatchdog();
    }
  }

  /** Number of requests waiting for results. */
  get busy(): number {
    return this.pending.size;
  }

  /** Drops the worker's cache for a closed document (and any request for it). */
  forget(key: string): void {
    const id = this.latest.get(key);
    if (id !== undefined) this.cancel(id);
    this.bases.delete(key);
    this.post({ type: 'forget', key });
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    this.stopWatchdog();
    for (const p of this.pending.values()) p.reject(new Error('analysis worker disposed'));
    this.pending.clear();
    this.latest.clear();
    this.bases.clear();
    void w?.terminate();
  }
}

export { LAYERS };
