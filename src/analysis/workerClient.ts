// Runs analyses in a worker thread (dist/worker.js) so that the caller's thread — the extension host — is never
// blocked by a large document. Pure Node: no `vscode` import, so the benchmark and tests use it too.
import { Worker } from 'node:worker_threads';
import type { Analysis } from './types';
import { LAYERS, type WorkerRequest, type WorkerResponse } from './workerProtocol';

interface Pending {
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
  parts: Record<(typeof LAYERS)[number], unknown[]>;
}

export class AnalysisWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly workerPath: string) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.workerPath);
    w.on('message', (msg: WorkerResponse) => this.onMessage(msg));
    w.on('error', (err) => this.failAll(err));
    w.on('exit', (code) => {
      if (this.worker === w) this.worker = undefined;
      if (code !== 0) this.failAll(new Error(`analysis worker stopped (exit code ${code})`));
    });
    this.worker = w;
    return w;
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  private onMessage(msg: WorkerResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'part') {
      const target = p.parts[msg.field];
      for (const item of msg.items) target.push(item);
    } else if (msg.type === 'done') {
      this.pending.delete(msg.id);
      p.resolve({ ...msg.analysis, ...(p.parts as unknown as Pick<Analysis, (typeof LAYERS)[number]>) });
    } else {
      this.pending.delete(msg.id);
      p.reject(new Error(msg.message));
    }
  }

  /** Analyses `text` in the worker; `key` names the document whose paragraph cache to reuse. */
  analyze(key: string, text: string): Promise<Analysis> {
    const id = this.nextId++;
    const w = this.ensure();
    return new Promise<Analysis>((resolve, reject) => {
      this.pending.set(id, {
        resolve,
        reject,
        parts: { paragraphs: [], entities: [], actors: [], quotes: [], claims: [] },
      });
      const req: WorkerRequest = { type: 'analyze', id, key, text };
      w.postMessage(req);
    });
  }

  /** Drops the worker's cache for a closed document. */
  forget(key: string): void {
    const req: WorkerRequest = { type: 'forget', key };
    this.worker?.postMessage(req);
  }

  dispose(): void {
    this.failAll(new Error('analysis worker disposed'));
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
