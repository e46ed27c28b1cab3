// `node:worker_threads` in the web extension bundle (dist/web/extension.js): AnalysisWorker (src/worker/workerClient.ts)
// starts its worker with `new Worker(BOOT, { workerData: { file } })`; here that starts a Web Worker from `file`, the URL
// of dist/web/worker.js (VS Code's web extension host lets an extension start workers from its own URIs). The worker
// speaks the same protocol as the Node worker thread. Only what AnalysisWorker uses without a code-cache folder is here.

interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}
type WebWorkerConstructor = new (url: string, options?: { name?: string }) => WebWorker;

type Listener = (value: never) => void;

export class Worker {
  private readonly worker: WebWorker;
  private readonly listeners: Record<string, Listener[]> = {};
  private ended = false;

  constructor(_boot: string, options: { workerData?: { file?: string } } = {}) {
    const file = options.workerData?.file;
    const ctor = (globalThis as unknown as { Worker?: WebWorkerConstructor }).Worker;
    if (!file || !ctor) throw new Error('Web Workers are not available in this extension host');
    this.worker = new ctor(file, { name: 'Seed Reader analysis' });
    this.worker.onmessage = (event) => this.emit('message', event.data);
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.emit('error', new Error(event.message || 'the analysis worker failed'));
    };
  }

  on(event: 'message' | 'error' | 'exit', listener: Listener): this {
    (this.listeners[event] ??= []).push(listener);
    return this;
  }

  postMessage(message: unknown): void {
    if (!this.ended) this.worker.postMessage(message);
  }

  /** Stops the worker at once (a runaway analysis); `exit` follows, as in Node. */
  terminate(): Promise<number> {
    if (!this.ended) {
      this.ended = true;
      this.worker.terminate();
      queueMicrotask(() => this.emit('exit', 1));
    }
    return Promise.resolve(1);
  }

  /** A Web Worker never keeps anything alive: nothing to do. */
  unref(): void {}
  ref(): void {}

  private emit(event: string, value: unknown): void {
    for (const l of this.listeners[event] ?? []) (l as (v: unknown) => void)(value);
  }
}

export const MessageChannel = (globalThis as unknown as { MessageChannel: unknown }).MessageChannel;
export type MessagePort = never;
