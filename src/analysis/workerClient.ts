// Runs analyses in a worker thread (dist/worker.js) so that the caller's thread — the extension host — is never
// blocked by a large document. Pure Node: no `vscode` import, so the benchmark and tests use it too.
import { Worker } from 'node:worker_threads';
import type { Analysis } from './types';
import { LAYERS, TEXT_CHUNK, type Layer, type WorkerRequest, type WorkerResponse } from './workerProtocol';

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

interface Pending {
  key: string;
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
  onPreview?: (a: Analysis) => void;
  parts: Record<'preview' | 'full', Record<Layer, unknown[]>>;
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
  private warmed: Promise<number> | undefined;
  /** Called when the worker dies unexpectedly (it is restarted on the next request). */
  onCrash: ((crash: WorkerCrash) => void) | undefined;

  constructor(
    private readonly workerPath: string,
    /** V8 old-space limit of the worker thread, in MB: a runaway analysis kills the worker, not the caller. */
    private readonly maxHeapMB = 2048,
  ) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.workerPath, { resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMB } });
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
    const outOfMemory = /ERR_WORKER_OUT_OF_MEMORY|out of memory|heap/i.test(`${(err as { code?: string }).code ?? ''} ${err.message}`);
    const e = new Error(outOfMemory ? 'the analysis ran out of memory' : err.message);
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.latest.clear();
    void w.terminate();
    this.onCrash?.({ message: e.message, outOfMemory });
  }

  private onMessage(msg: WorkerResponse): void {
    if (msg.type === 'ready') return;
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
      case 'done':
        this.settle(msg.id, p);
        p.resolve({ ...msg.analysis, ...(p.parts.full as unknown as Pick<Analysis, Layer>) });
        break;
      case 'error':
        this.settle(msg.id, p);
        p.reject(msg.message === 'superseded' ? new SupersededError() : new Error(msg.message));
        break;
    }
  }

  private settle(id: number, p: Pending): void {
    this.pending.delete(id);
    if (this.latest.get(p.key) === id) this.latest.delete(p.key);
    if (!this.pending.size) this.worker?.unref();
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
    return new Promise<Analysis>((resolve, reject) => {
      this.pending.set(id, { key, resolve, reject, onPreview: options.onPreview, parts: { preview: emptyLayers(), full: emptyLayers() } });
      if (prev !== undefined) this.cancel(prev);
      w.ref();
      if (text.length <= TEXT_CHUNK) {
        const req: WorkerRequest = { type: 'analyze', id, key, text, window: options.window };
        w.postMessage(req);
        return;
      }
      // A long text goes in pieces, one per turn of this thread's event loop.
      const chunks = Math.ceil(text.length / TEXT_CHUNK) - 1;
      w.postMessage({ type: 'analyze', id, key, text: text.slice(0, TEXT_CHUNK), window: options.window, chunks } satisfies WorkerRequest);
      let i = 1;
      const next = (): void => {
        if (!this.pending.has(id) || this.worker !== w) return; // cancelled: the worker drops the pieces it has
        w.postMessage({ type: 'chunk', id, text: text.slice(i * TEXT_CHUNK, (i + 1) * TEXT_CHUNK) } satisfies WorkerRequest);
        if (++i <= chunks) setImmediate(next);
      };
      setImmediate(next);
    });
  }

  /** Stops wanting the results of a request (the worker drops it if queued, or stops streaming it). */
  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.settle(id, p);
    p.reject(new SupersededError());
    this.post({ type: 'cancel', id });
  }

  /** Number of requests waiting for results. */
  get busy(): number {
    return this.pending.size;
  }

  /** Drops the worker's cache for a closed document (and any request for it). */
  forget(key: string): void {
    const id = this.latest.get(key);
    if (id !== undefined) this.cancel(id);
    this.post({ type: 'forget', key });
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('analysis worker disposed'));
    this.pending.clear();
    this.latest.clear();
    void w?.terminate();
  }
}

export { LAYERS };
