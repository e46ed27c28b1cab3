// The analysis client in VS Code for the Web: the platform-neutral AnalysisClient (src/worker/client.ts) over a Web
// Worker running dist/web/worker.js, connected with vscode-jsonrpc's browser reader and writer. VS Code's web
// extension host lets an extension start a worker from its own URI (it loads the script through a blob).
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection } from 'vscode-jsonrpc/browser';
import { AnalysisClient, type WorkerFactory, type WorkerHandle } from '../worker/client';
import type { WatchdogBudgets } from '../worker/watchdog';

/** The part of a Web Worker used here (the extension host's lib has no DOM types). */
export interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  addEventListener(type: 'error', listener: (event: { message?: string; preventDefault?(): void }) => void): void;
}
export type WebWorkerConstructor = new (url: string, options?: { name?: string }) => WebWorker;

const epoch = (): number => performance.timeOrigin + performance.now();

/** Starts Web Workers running the script at `url`. */
export class WebWorkerFactory implements WorkerFactory {
  constructor(
    private readonly url: string,
    private readonly WorkerCtor: WebWorkerConstructor | undefined = (globalThis as unknown as { Worker?: WebWorkerConstructor }).Worker,
  ) {}

  start(exited: (err: Error) => void): WorkerHandle {
    if (!this.WorkerCtor) throw new Error('Web Workers are not available in this extension host');
    const spawnAt = epoch();
    const worker = new this.WorkerCtor(this.url, { name: 'Seed Reader analysis' });
    const spawnedAt = epoch();
    let ended = false;
    worker.addEventListener('error', (event) => {
      // An uncaught error in the worker (its script failed to load, or the engine threw at the top level).
      event.preventDefault?.();
      if (ended) return;
      ended = true;
      exited(new Error(event.message || 'the analysis worker failed'));
    });
    type Port = ConstructorParameters<typeof BrowserMessageReader>[0];
    const port = worker as unknown as Port;
    const connection = createMessageConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
    return {
      connection,
      spawnAt,
      spawnedAt,
      terminate: () => {
        ended = true;
        worker.terminate();
      },
      // A Web Worker keeps nothing alive.
      hold: () => undefined,
    };
  }
}

/** Runs analyses in a Web Worker so that the web extension host is never blocked by a large document. */
export class WebAnalysisClient extends AnalysisClient {
  constructor(url: string, budgets: WatchdogBudgets = {}, WorkerCtor?: WebWorkerConstructor) {
    super(new WebWorkerFactory(url, WorkerCtor), budgets);
  }
}
