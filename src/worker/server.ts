// The analysis worker's side of the JSON-RPC connection (protocol.ts): the documents fed by didOpen / didChange /
// didClose, and `seed/analyze` with cancellation and progress. Platform-neutral: the Node worker thread
// (node/main.ts) and a browser Web Worker both call `serve` with a connection over their port.
//
// Requests for the same document are coalesced (only the newest queued one runs; a cancelled one never starts), and
// a request runs after the messages already received (cancellations included). A large result streams back in parts,
// at most PART_CREDIT unacknowledged at a time.
import {
  CancellationToken, Disposable, ErrorCodes, RAL, ResponseError, createMessageConnection,
  type DataCallback, type MessageConnection, type MessageReader, type MessageWriter,
} from 'vscode-jsonrpc/lib/common/api';
import { createAnalyzer } from '../engine/index';
import { lexiconLoad } from '../engine/lexicon';
import { analyzeWindow } from '../engine/window';
import type { Analysis } from '../engine/types';
import { commonEnds, diffAnalysis, patchSize } from './delta';
import { DocumentStore, type DocumentState } from './documents';
import { head, partsOf, type Part } from './parts';
import {
  Ack, Analyze, AnalyzeProgressType, CANCELLED_CODE, CodeCacheWritten, DidChange, DidClose, DidOpen, OUT_OF_SYNC, PART_CELLS,
  PART_CREDIT, SUPERSEDED_CODE, TOO_LARGE, TOO_LARGE_CODE, Warm, maxResultChars, patchChars, resultChars, totalCells,
  type AnalyzeParams, type AnalyzeResult, type WorkerStartup,
} from './protocol';

export interface ServerEnv {
  /** When the bundle finished loading (epoch ms). */
  loadedAt: number;
  /** When the thread began running its boot code (epoch ms), if known. */
  bootAt?: number;
  /** Whether the bundle was compiled from V8's code cache (Node; see node/boot.ts). */
  codeCache?: string;
  /** Writes V8's code cache of the bundle (call once the engine has run); returns the file's SHA-256 (hex). */
  saveCodeCache?: () => string | undefined;
  /** The largest result sent (resultChars), whatever the text's length (tests lower it). */
  maxResultChars?: number;
  /** Documents kept (text, paragraph cache, the analyses last sent); default 8. */
  maxDocuments?: number;
  /**
   * Counts (diagnostics, tests): analyses run, and how the edit of a patched one was located — from the changes the
   * client sent (`ranged`) or by comparing the texts (`compared`).
   */
  stats?: { analyses: number; ranged: number; compared: number };
}

/** Epoch ms, one clock for all threads of the process (see WorkerStartup). */
const epoch = (): number => performance.timeOrigin + performance.now();

const WARM_TEXT = [
  'Port workers vote on a new contract as talks resume',
  '20210315',
  'https://example.org/warm',
  'The union said on Monday that members would vote this week. We want a fair deal, Ms. Lee said at the harbor office.',
  '"Nobody wants a strike," said Paul Grant, a spokesman for the port authority in Rotterdam, according to Reuters.',
].join('\n');

interface Job {
  params: AnalyzeParams;
  token: CancellationToken;
  resolve: (r: AnalyzeResult) => void;
  reject: (e: ResponseError<void>) => void;
}

interface Outbox {
  parts: Generator<Part>;
  inFlight: number;
  finish: () => void;
}

const cancelled = (): ResponseError<void> => new ResponseError(CANCELLED_CODE, 'cancelled');

/** Counts the `seed/analyze` requests that arrive through `reader` (before the connection dispatches them). */
function countingReader(reader: MessageReader, arrived: () => void): MessageReader {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen(callback: DataCallback): Disposable {
      return reader.listen((m) => {
        if ((m as { method?: unknown }).method === Analyze.method) arrived();
        callback(m);
      });
    },
    dispose: () => reader.dispose(),
  };
}

/**
 * Serves analyses over a reader and writer (the platform's port; vscode-jsonrpc's runtime layer must be installed) and
 * returns the connection, listening.
 */
export function serve(reader: MessageReader, writer: MessageWriter, env: ServerEnv): MessageConnection {
  // The connection dispatches one message per turn of the event loop: a request that has arrived but is not
  // dispatched yet may supersede the one about to run, or make a warm-up useless. Both wait for it.
  let arrived = 0;
  let dispatched = 0;
  const connection = createMessageConnection(countingReader(reader, () => arrived++), writer);
  const docs = new DocumentStore(env.maxDocuments ?? 8);
  const queue = new Map<string, Job>();
  const outboxes = new Map<string, Outbox>();
  let scheduled = false;
  let startup: WorkerStartup | undefined;
  let firstPending = true;
  const later = (fn: () => void): void => void RAL().timer.setImmediate(fn);

  const markStart = (): void => {
    if (startup || !firstPending) return;
    startup = { bootAt: env.bootAt, loadedAt: env.loadedAt, startedAt: epoch(), analysedAt: 0, codeCache: env.codeCache };
  };
  /** The breakdown of the first analysis, once (then undefined); the code cache is written after it is sent. */
  const takeStartup = (): WorkerStartup | undefined => {
    if (!startup || !firstPending) return undefined;
    firstPending = false;
    const save = env.saveCodeCache;
    if (save) {
      env.saveCodeCache = undefined;
      const t = RAL().timer.setTimeout(() => {
        const digest = save();
        if (digest) void connection.sendNotification(CodeCacheWritten, { digest }).catch(() => undefined);
      }, 50) as unknown as { unref?: () => void };
      t.unref?.();
    }
    return { ...startup, analysedAt: epoch(), lexiconMs: lexiconLoad.source ? lexiconLoad.ms : undefined, lexiconSource: lexiconLoad.source };
  };
  const limitFor = (chars: number): number => env.maxResultChars ?? maxResultChars(chars);

  const pump = (token: string, box: Outbox): void => {
    while (box.inFlight < PART_CREDIT) {
      const next = box.parts.next();
      if (next.done) {
        outboxes.delete(token);
        box.finish();
        return;
      }
      void connection.sendProgress(AnalyzeProgressType, token, { kind: 'part', ...next.value });
      box.inFlight++;
    }
  };

  const run = (job: Job): void => {
    const { params, token } = job;
    const doc = docs.get(params.key);
    if (!doc || doc.version !== params.version) {
      job.reject(new ResponseError(OUT_OF_SYNC, 'document out of sync'));
      return;
    }
    // The client's watchdog times the request from here (it stops a runaway analysis by restarting this thread).
    void connection.sendProgress(AnalyzeProgressType, params.progress, { kind: 'start', chars: doc.text.length });
    const t0 = performance.now();
    markStart();
    try {
      const limit = limitFor(doc.text.length);
      if (params.window) sendPreview(doc, params, limit, t0);
      const analysis = doc.analyzer.analyze(doc.text);
      if (env.stats) env.stats.analyses++;
      const result = answer(doc, params, analysis, limit, t0);
      if (result instanceof ResponseError) {
        job.reject(result);
        return;
      }
      if (Array.isArray(result.analysis.paragraphs) || result.patch) {
        job.resolve(result);
        return;
      }
      // Large: the layers in parts, flow-controlled by the client's acks; the head last.
      const box: Outbox = { parts: partsOf('full', analysis), inFlight: 0, finish: () => job.resolve(result) };
      outboxes.set(params.progress, box);
      token.onCancellationRequested(() => {
        if (outboxes.get(params.progress) !== box) return;
        outboxes.delete(params.progress);
        job.reject(cancelled());
      });
      pump(params.progress, box);
    } catch (err) {
      job.reject(new ResponseError(ErrorCodes.InternalError, err instanceof Error ? err.message : String(err)));
    }
  };

  /** The visible window's paragraphs, analysed and sent at once, before the full analysis starts. */
  const sendPreview = (doc: DocumentState, params: AnalyzeParams, limit: number, t0: number): void => {
    const w = params.window!;
    const preview = analyzeWindow((t) => doc.analyzer.analyze(t), doc.text, w.start, w.end, 2, false);
    if (resultChars(preview, limit) > limit) return;
    for (const part of partsOf('preview', preview)) void connection.sendProgress(AnalyzeProgressType, params.progress, { kind: 'part', ...part });
    void connection.sendProgress(AnalyzeProgressType, params.progress, { kind: 'preview', analysis: head(preview), ms: performance.now() - t0 });
  };

  /** What to send for a finished analysis: a patch, the whole of a small one, the head of a large one, or an error. */
  const answer = (doc: DocumentState, params: AnalyzeParams, analysis: Analysis, limit: number, t0: number): AnalyzeResult | ResponseError<void> => {
    const order = Object.keys(analysis);
    const base = params.base !== undefined && !params.window ? doc.sentAt(params.base) : undefined;
    // The edit's extent is known from the changes when the base is the text analysed last; else found by comparing.
    const tail = base && base.text === doc.analysedText ? doc.unchangedTail() : undefined;
    doc.analysed(analysis);
    if (base) {
      if (env.stats) env.stats[tail === undefined ? 'compared' : 'ranged']++;
      const suffix = tail ?? commonEnds(base.text, doc.text).suffix;
      const patch = diffAnalysis(base.analysis, analysis, base.text.length - suffix);
      // A few thousand items: a few ms to take in, one message. The size check is of what is sent.
      if (patchSize(patch) <= 4 * PART_CELLS && patchChars(patch, limit) <= limit) {
        return { analysis: head(analysis), order, patch, base: params.base, ms: performance.now() - t0 };
      }
    }
    if (resultChars(analysis, limit) > limit) {
      // Too large to clone to the client safely (a hostile input's blow-up): nothing of it is sent, nor kept as a base.
      doc.sent.length = 0;
      return new ResponseError(TOO_LARGE_CODE, TOO_LARGE);
    }
    const first = takeStartup();
    const extra = first ? { startup: first } : {};
    // Small (an article): one message, no parts to acknowledge — the first highlights of a seed arrive sooner.
    if (totalCells(analysis, PART_CELLS) <= PART_CELLS) return { analysis, order, ms: performance.now() - t0, ...extra };
    return { analysis: head(analysis), order, ms: performance.now() - t0, ...extra };
  };

  /** Runs the newest queued request of each document, after every message already received. */
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    later(() => {
      scheduled = false;
      if (dispatched < arrived) {
        schedule(); // a newer request is on its way through the connection
        return;
      }
      const next = queue.entries().next();
      if (next.done) return;
      const [key, job] = next.value;
      queue.delete(key);
      if (job.token.isCancellationRequested) job.reject(cancelled());
      else run(job);
      if (queue.size) schedule();
    });
  };

  connection.onNotification(DidOpen, (p) => docs.open(p.key).open(p.version, p.text));
  connection.onNotification(DidChange, (p) => docs.get(p.key)?.change(p.from, p.version, p.changes));
  connection.onNotification(DidClose, (p) => {
    docs.close(p.key);
    const job = queue.get(p.key);
    if (job) {
      queue.delete(p.key);
      job.reject(cancelled());
    }
  });
  connection.onNotification(Ack, (p) => {
    const box = outboxes.get(p.progress);
    if (!box) return;
    box.inFlight = Math.max(0, box.inFlight - p.count);
    pump(p.progress, box);
  });
  connection.onRequest(Analyze, (params, token) => new Promise<AnalyzeResult>((resolve, reject) => {
    dispatched++;
    const old = queue.get(params.key);
    if (old) old.reject(new ResponseError(SUPERSEDED_CODE, 'superseded'));
    queue.set(params.key, { params, token, resolve, reject });
    schedule();
  }));
  connection.onRequest(Warm, () => new Promise((resolve) => {
    // After the messages already received: when a real request is waiting, it warms the engine itself.
    later(() => {
      const t0 = performance.now();
      let first: WorkerStartup | undefined;
      if (!queue.size && dispatched === arrived) {
        markStart();
        try {
          createAnalyzer().analyze(WARM_TEXT);
        } catch {
          // the real request will report the problem
        }
        first = takeStartup();
      }
      resolve({ ms: performance.now() - t0, ...(first ? { startup: first } : {}) });
    });
  }));
  connection.listen();
  return connection;
}
