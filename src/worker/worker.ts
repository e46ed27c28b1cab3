// Worker-thread entry (bundled to dist/worker.js): runs the analysis off the caller's thread and keeps one
// paragraph-caching analyzer per document key, so re-analysing an edited document only redoes changed paragraphs.
// Requests for the same document are coalesced (only the newest queued one runs); results stream back in small,
// flow-controlled parts. Loaded with `require` outside a worker, the file is the engine itself (the extension's
// bundle points its rare in-process uses of the engine here instead of bundling a second copy).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../engine/index';
import { lexiconLoad } from '../engine/lexicon';
import { analyzeWindow } from '../engine/window';
import type { Analysis } from '../engine/types';
import { diffAnalysis, commonEnds, patchSize } from './delta';
import {
  BASE_MISSING, LAYERS, PART_CELLS, PART_CREDIT, TOO_LARGE, cells, maxResultChars, patchChars, resultChars, totalCells,
  type Phase, type WorkerRequest, type WorkerResponse, type WorkerStartup,
} from './workerProtocol';

/** Epoch ms, one clock for all threads of the process (see WorkerStartup). */
const epoch = (): number => performance.timeOrigin + performance.now();
/** When this bundle finished loading (its imports, the engine, are evaluated before this line). */
const loadedAt = epoch();
/** The startup breakdown, sent once with the first result; undefined once sent. */
let startup: WorkerStartup | undefined;
/** Marks the start of the first request (the engine is still cold). */
function markStart(): void {
  if (startup || !firstPending) return;
  const boot = workerData as { bootAt?: unknown; codeCache?: unknown } | null;
  startup = {
    bootAt: typeof boot?.bootAt === 'number' ? boot.bootAt : undefined,
    loadedAt,
    startedAt: epoch(),
    analysedAt: 0,
    codeCache: typeof boot?.codeCache === 'string' ? boot.codeCache : undefined,
  };
}

/**
 * Once the engine has run (its functions compiled), writes V8's code cache of this bundle when the boot code asked for
 * one (see workerBoot in workerClient.ts): later starts of the worker load and run the engine faster. Done after the
 * results are sent, when nothing else waits.
 */
function saveCodeCacheSoon(): void {
  const save = (workerData as { saveCodeCache?: unknown } | null)?.saveCodeCache;
  if (typeof save !== 'function') return;
  (workerData as { saveCodeCache?: unknown }).saveCodeCache = undefined;
  setTimeout(() => (save as () => void)(), 50).unref();
}
let firstPending = true;
/** The breakdown of the first analysis, once (then undefined). */
function takeStartup(): WorkerStartup | undefined {
  if (!startup || !firstPending) return undefined;
  firstPending = false;
  return { ...startup, analysedAt: epoch(), lexiconMs: lexiconLoad.source ? lexiconLoad.ms : undefined, lexiconSource: lexiconLoad.source };
}

export * from '../engine/index';

type Analyzer = ReturnType<typeof createAnalyzer>;
const analyzers = new Map<string, Analyzer>();
const MAX_DOCS = 8;

function analyzerFor(key: string): Analyzer {
  let a = analyzers.get(key);
  if (!a) {
    while (analyzers.size >= MAX_DOCS) {
      const old = analyzers.keys().next().value as string;
      analyzers.delete(old);
      sent.delete(old);
    }
    a = createAnalyzer();
  } else {
    analyzers.delete(key); // re-insert: most recently used last
  }
  analyzers.set(key, a);
  return a;
}

/** Splits the layers of an analysis into parts of at most PART_CELLS cells (huge actors' mentions are split too). */
export function* partsOf(id: number, phase: Phase, analysis: Analysis): Generator<WorkerResponse> {
  for (const field of LAYERS) {
    const items = analysis[field] as unknown[];
    let batch: unknown[] = [];
    let size = 0;
    for (const item of items) {
      const c = cells(item);
      const mentions = (item as { mentions?: unknown[] }).mentions;
      if (c > PART_CELLS && mentions && mentions.length > PART_CELLS) {
        if (batch.length) yield { type: 'part', id, phase, field, items: batch };
        batch = [];
        size = 0;
        // The item with its first mentions, then continuation records `{ more: [...] }` for the last item.
        yield { type: 'part', id, phase, field, items: [{ ...(item as object), mentions: mentions.slice(0, PART_CELLS) }] };
        for (let i = PART_CELLS; i < mentions.length; i += PART_CELLS) {
          yield { type: 'part', id, phase, field, items: [{ more: mentions.slice(i, i + PART_CELLS) }] };
        }
        continue;
      }
      if (size + c > PART_CELLS && batch.length) {
        yield { type: 'part', id, phase, field, items: batch };
        batch = [];
        size = 0;
      }
      batch.push(item);
      size += c;
    }
    if (batch.length) yield { type: 'part', id, phase, field, items: batch };
  }
}

function head(a: Analysis): Omit<Analysis, (typeof LAYERS)[number]> {
  const { paragraphs: _p, entities: _e, actors: _a, quotes: _q, claims: _c, ...rest } = a;
  return rest;
}

// ---------- message loop (only inside a worker thread) ----------

/** The last analyses sent for each document (two: the caller may still hold the one before the latest). */
const sent = new Map<string, { id: number; analysis: Analysis; text: string }[]>();

function remember(key: string, id: number, analysis: Analysis, text: string): void {
  const list = sent.get(key) ?? [];
  list.push({ id, analysis, text });
  if (list.length > 2) list.shift();
  sent.set(key, list);
}

function sentFor(key: string, id: number): { analysis: Analysis; text: string } | undefined {
  return sent.get(key)?.find((x) => x.id === id);
}

interface Outbox {
  id: number;
  messages: Generator<WorkerResponse>[];
  /** Parts sent and not yet acknowledged. */
  inFlight: number;
  /** The final message, sent once every part is acknowledged. */
  tail: WorkerResponse[];
}

/** A request with its whole text; `suffix`: how much of its end is the base's, when it came as an edit. */
type Queued = Extract<WorkerRequest, { type: 'analyze' }> & { suffix?: number };

const queue = new Map<string, Queued>();
const outboxes = new Map<number, Outbox>();
const cancelled = new Set<number>();
let scheduled = false;

function post(msg: WorkerResponse): void {
  parentPort!.postMessage(msg);
}

function pump(box: Outbox): void {
  while (box.inFlight < PART_CREDIT) {
    const gen = box.messages[0];
    if (!gen) break;
    const next = gen.next();
    if (next.done) {
      box.messages.shift();
      const t = box.tail.shift();
      if (t) post(t);
      continue;
    }
    post(next.value);
    box.inFlight++;
  }
  if (!box.messages.length && !box.tail.length) outboxes.delete(box.id);
}

/** The largest result sent for a text of `chars` characters (workerData.maxResultChars overrides it: tests). */
function resultLimit(chars: number): number {
  const max = (workerData as { maxResultChars?: unknown } | null)?.maxResultChars;
  return typeof max === 'number' ? max : maxResultChars(chars);
}

function run(req: Queued): void {
  // The caller's watchdog times the request from here (it stops a runaway analysis by restarting this thread).
  post({ type: 'start', id: req.id, chars: req.text.length });
  const t0 = performance.now();
  markStart();
  try {
    const analyzer = analyzerFor(req.key);
    const box: Outbox = { id: req.id, messages: [], inFlight: 0, tail: [] };
    outboxes.set(req.id, box);
    const limit = resultLimit(req.text.length);
    if (req.window) {
      // A few paragraphs: sent at once, before the full analysis starts.
      const preview = analyzeWindow((t) => analyzer.analyze(t), req.text, req.window.start, req.window.end, 2, false);
      if (resultChars(preview, limit) <= limit) {
        for (const part of partsOf(req.id, 'preview', preview)) post(part);
        post({ type: 'preview', id: req.id, analysis: head(preview), ms: performance.now() - t0 });
      }
    }
    const analysis = analyzer.analyze(req.text);
    const base = req.base !== undefined ? sentFor(req.key, req.base) : undefined;
    remember(req.key, req.id, analysis, req.text);
    if (base && !req.window) {
      // An edit of a document the caller has an analysis of: the changes only, when they are few (one message).
      // (An edit that came as its changed stretch says where the unchanged end begins; a whole text is compared.)
      // The size check is of what is sent, the patch: the rest the caller has already.
      const suffix = req.suffix ?? commonEnds(base.text, req.text).suffix;
      const patch = diffAnalysis(base.analysis, analysis, base.text.length - suffix);
      if (patchSize(patch) <= 4 * PART_CELLS && patchChars(patch, limit) <= limit) { // a few thousand items: a few ms to take in, one message
        outboxes.delete(req.id);
        post({ type: 'done', id: req.id, analysis: head(analysis), patch, base: req.base, ms: performance.now() - t0 });
        return;
      }
    }
    if (resultChars(analysis, limit) > limit) {
      // Too large to clone to the caller safely (a hostile input's blow-up): nothing of it is sent, nor kept as a base.
      // (~1 ms per MB of text, next to ~100 ms per MB of analysis.)
      outboxes.delete(req.id);
      sent.delete(req.key);
      post({ type: 'error', id: req.id, message: TOO_LARGE });
      return;
    }
    const first = takeStartup();
    if (first) saveCodeCacheSoon();
    const extra = first ? { startup: first } : {};
    if (totalCells(analysis, PART_CELLS) <= PART_CELLS) {
      // Small (an article): one message, no parts to acknowledge — the first highlights of a seed arrive sooner.
      outboxes.delete(req.id);
      post({ type: 'done', id: req.id, analysis, ms: performance.now() - t0, ...extra });
      return;
    }
    box.messages.push(partsOf(req.id, 'full', analysis));
    box.tail.push({ type: 'done', id: req.id, analysis: head(analysis), ms: performance.now() - t0, ...extra });
    pump(box);
  } catch (err) {
    outboxes.delete(req.id);
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
}

/** Texts arriving in pieces. */
const incoming = new Map<number, { req: Extract<WorkerRequest, { type: 'analyze' }>; pieces: string[]; left: number }>();

function enqueue(req: Queued): void {
  const old = queue.get(req.key);
  if (old) post({ type: 'error', id: old.id, message: 'superseded' });
  queue.set(req.key, req);
  schedule();
}

/** Runs the newest queued request of each document, after every message already received (cancels included). */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    const next = queue.entries().next();
    if (next.done) return;
    const [key, req] = next.value;
    queue.delete(key);
    if (!cancelled.delete(req.id)) run(req);
    if (queue.size) schedule();
  });
}

const WARM_TEXT = [
  'Port workers vote on a new contract as talks resume',
  '20210315',
  'https://example.org/warm',
  'The union said on Monday that members would vote this week. We want a fair deal, Ms. Lee said at the harbor office.',
  '"Nobody wants a strike," said Paul Grant, a spokesman for the port authority in Rotterdam, according to Reuters.',
].join('\n');

if (!isMainThread && parentPort) {
  parentPort.on('message', (req: WorkerRequest) => {
    switch (req.type) {
      case 'analyze': {
        if (req.edit) {
          // Only the changed stretch came: the rest is the text of the analysis it is an edit of.
          const base = req.base !== undefined ? sentFor(req.key, req.base) : undefined;
          if (!base) {
            post({ type: 'error', id: req.id, message: BASE_MISSING });
            break;
          }
          const { prefix, suffix } = req.edit;
          const text = base.text.slice(0, prefix) + req.text + base.text.slice(base.text.length - suffix);
          enqueue({ ...req, text, edit: undefined, suffix });
          break;
        }
        if (req.chunks) {
          incoming.set(req.id, { req, pieces: [req.text], left: req.chunks });
          break;
        }
        enqueue(req);
        break;
      }
      case 'chunk': {
        const inc = incoming.get(req.id);
        if (!inc) break;
        inc.pieces.push(req.text);
        if (--inc.left > 0) break;
        incoming.delete(req.id);
        enqueue({ ...inc.req, text: inc.pieces.join(''), chunks: undefined });
        break;
      }
      case 'cancel': {
        for (const [k, r] of queue) if (r.id === req.id) queue.delete(k);
        incoming.delete(req.id);
        outboxes.delete(req.id);
        break;
      }
      case 'ack': {
        const box = outboxes.get(req.id);
        if (box) {
          box.inFlight = Math.max(0, box.inFlight - req.count);
          pump(box);
        }
        break;
      }
      case 'forget':
        analyzers.delete(req.key);
        sent.delete(req.key);
        break;
      case 'warm': {
        // After the messages already received: when a real request is waiting, it warms the engine itself.
        setImmediate(() => {
          const t0 = performance.now();
          let first: WorkerStartup | undefined;
          if (!queue.size) {
            markStart();
            try {
              createAnalyzer().analyze(WARM_TEXT);
            } catch {
              // the real request will report the problem
            }
            first = takeStartup();
            if (first) saveCodeCacheSoon();
          }
          post({ type: 'ready', ms: performance.now() - t0, ...(first ? { startup: first } : {}) });
        });
        break;
      }
    }
  });
}
