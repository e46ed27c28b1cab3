// `node:worker_threads` inside the web analysis worker (dist/web/worker.js): the Web Worker's own scope is the port to
// the extension host. The worker's boot data (code cache, start time) has no meaning here: it is empty.
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

export const isMainThread = false;
export const workerData: Record<string, unknown> = {};
export const parentPort = {
  postMessage(message: unknown): void {
    scope.postMessage(message);
  },
  on(type: 'message', listener: (message: unknown) => void): void {
    if (type === 'message') scope.addEventListener('message', (event) => listener(event.data));
  },
};
