// Worker-thread entry (bundled to dist/worker.js): runs the analysis off the caller's thread and keeps one
// paragraph-caching analyzer per document key, so re-analysing an edited document only redoes changed paragraphs.
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from './index';
import { LAYERS, PART_SIZE, type WorkerRequest, type WorkerResponse } from './workerProtocol';

type Analyzer = ReturnType<typeof createAnalyzer>;
const analyzers = new Map<string, Analyzer>();
const MAX_DOCS = 16;

function analyzerFor(key: string): Analyzer {
  let a = analyzers.get(key);
  if (!a) {
    if (analyzers.size >= MAX_DOCS) {
      const oldest = analyzers.keys().next().value as string;
      analyzers.delete(oldest);
    }
    a = createAnalyzer();
  } else {
    analyzers.delete(key); // re-insert: most recently used last
  }
  analyzers.set(key, a);
  return a;
}

function post(msg: WorkerResponse): void {
  parentPort!.postMessage(msg);
}

parentPort?.on('message', (req: WorkerRequest) => {
  if (req.type === 'forget') {
    analyzers.delete(req.key);
    return;
  }
  const t0 = performance.now();
  try {
    const analysis = analyzerFor(req.key).analyze(req.text);
    for (const field of LAYERS) {
      const items = analysis[field] as unknown[];
      for (let i = 0; i < items.length; i += PART_SIZE) {
        post({ type: 'part', id: req.id, field, items: items.slice(i, i + PART_SIZE) });
      }
    }
    const { paragraphs: _p, entities: _e, actors: _a, quotes: _q, claims: _c, ...rest } = analysis;
    post({ type: 'done', id: req.id, analysis: rest, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
});
