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
import { summarize } from '../corpus/summary';
import { applySidecarText } from '../corrections/sidecar';
import { commonEnds, diffAnalysis, patchSize } from './delta';
import { DocumentStore, type DocumentState } from './documents';
import { head, partsOf, type Part } from './parts';
import {
  Ack, Analyze, AnalyzeProgressType, CANCELLED_CODE, CodeCacheWritten, CorpusSummaries, DidChange, DidClose, DidOpen, OUT_OF_SYNC, PART_CELLS,
  PART_CREDIT, SUPERSEDED_CODE, TOO_LARGE, TOO_LARGE_CODE, Warm, maxResultChars, patchChars, resultChars, totalCells,
  type AnalyzeParams, type AnalyzeResult, type CorpusFile, type CorpusFileResult, type WorkerStartup,
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

/**
 * The corpus summary of one file (`seed/corpusSummaries`): analysed with a throwaway analyzer (nothing is kept), its
 * corrections sidecar's text applied, then summarised. Never throws: a failure is the file's `error`.
 */
export function summarizeCorpusFile(f: CorpusFile): CorpusFileResult {
  const key = typeof f?.key === 'string' ? f.key : String(f?.key);
  try {
    if (typeof f.text !== 'string') return { key, error: 'no text' };
    let analysis = createAnalyzer().analyze(f.text);
    if (typeof f.corrections === 'string' && f.corrections) analysis = applySidecarText(analysis, f.text, f.corrections).analysis;
    return { key, summary: summarize(key, analysis, f.text) };
  } catch (err) {
    return { key, error: err instanceof Error ? err.message : String(err) };
  }
}

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
  return new AnalysisServer(reader, writer, env).connection;
}

class AnalysisServer {
  readonly connection: MessageConnection;
  // The connection dispatches one message per turn of the event loop: a request that has arrived but is not
  // dispatched yet may supersede the one about to run, or make a warm-up useless. Both wait for it.
  private arrived = 0;
  private dispatched = 0;
  private readonly docs: DocumentStore;
  private readonly queue = new Map<string, Job>();
  private readonly outboxes = new Map<string, Outbox>();
  private scheduled = false;
  private startup: WorkerStartup | undefined;
  private firstPending = true;

  constructor(reader: MessageReader, writer: MessageWriter, private readonly env: ServerEnv) {
    this.connection = createMessageConnection(countingReader(reader, () => this.arrived++), writer);
    this.docs = new DocumentStore(env.maxDocuments ?? 8);
    this.listen();
  }

  private later(fn: () => void): void {
    RAL().timer.setImmediate(fn);
  }

  private markStart(): void {
    if (this.startup || !this.firstPending) return;
    const env = this.env;
    this.startup = { bootAt: env.bootAt, loadedAt: env.loadedAt, startedAt: epoch(), analysedAt: 0, codeCache: env.codeCache };
  }

  /** The breakdown of the first analysis, once (then undefined); the code cache is written after it is sent. */
  private takeStartup(): WorkerStartup | undefined {
    if (!this.startup || !this.firstPending) return undefined;
    this.firstPending = false;
    const save = this.env.saveCodeCache;
    if (save) {
      this.env.saveCodeCache = undefined;
      RAL().timer.setTimeout(() => {
        const digest = save();
        if (digest) void this.connection.sendNotification(CodeCacheWritten, { digest }).catch(() => undefined);
      }, 50);
    }
    return { ...this.startup, analysedAt: epoch(), lexiconMs: lexiconLoad.source ? lexiconLoad.ms : undefined, lexiconSource: lexiconLoad.source };
  }

  private limitFor(chars: number): number {
    return this.env.maxResultChars ?? maxResultChars(chars);
  }

  private pump(token: string, box: Outbox): void {
    while (box.inFlight < PART_CREDIT) {
      const next = box.parts.next();
      if (next.done) {
        this.outboxes.delete(token);
        box.finish();
        return;
      }
      void this.connection.sendProgress(AnalyzeProgressType, token, { kind: 'part', ...next.value });
      box.inFlight++;
    }
  }

  private run(job: Job): void {
    const { params, token } = job;
    const doc = this.docs.get(params.key);
    if (!doc || doc.version !== params.version) {
      job.reject(new ResponseError(OUT_OF_SYNC, 'document out of sync'));
      return;
    }
    // The client's watchdog times the request from here (it stops a runaway analysis by restarting this thread).
    void this.connection.sendProgress(AnalyzeProgressType, params.progress, { kind: 'start', chars: doc.text.length });
    const t0 = performance.now();
    this.markStart();
    try {
      const limit = this.limitFor(doc.text.length);
      if (params.window) this.sendPreview(doc, params, limit, t0);
      const analysis = doc.analyzer.analyze(doc.text);
      if (this.env.stats) this.env.stats.analyses++;
      const result = this.answer(doc, params, analysis, limit, t0);
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
      this.outboxes.set(params.progress, box);
      token.onCancellationRequested(() => {
        if (this.outboxes.get(params.progress) !== box) return;
        this.outboxes.delete(params.progress);
        job.reject(cancelled());
      });
      this.pump(params.progress, box);
    } catch (err) {
      job.reject(new ResponseError(ErrorCodes.InternalError, err instanceof Error ? err.message : String(err)));
    }
  }

  /** The visible window's paragraphs, analysed and sent at once, before the full analysis starts. */
  private sendPreview(doc: DocumentState, params: AnalyzeParams, limit: number, t0: number): void {
    const w = params.window!;
    const preview = analyzeWindow((t) => doc.analyzer.analyze(t), doc.text, w.start, w.end, 2, false);
    if (resultChars(preview, limit) > limit) return;
    for (const part of partsOf('preview', preview)) void this.connection.sendProgress(AnalyzeProgressType, params.progress, { kind: 'part', ...part });
    void this.connection.sendProgress(AnalyzeProgressType, params.progress, { kind: 'preview', analysis: head(preview), ms: performance.now() - t0 });
  }

  /** What to send for a finished analysis: a patch, the whole of a small one, the head of a large one, or an error. */
  private answer(doc: DocumentState, params: AnalyzeParams, analysis: Analysis, limit: number, t0: number): AnalyzeResult | ResponseError<void> {
    const order = Object.keys(analysis);
    const base = params.base !== undefined && !params.window ? doc.sentAt(params.base) : undefined;
    // The edit's extent is known from the changes when the base is the text analysed last; else found by comparing.
    const tail = base && base.text === doc.analysedText ? doc.unchangedTail() : undefined;
    doc.analysed(analysis);
    if (base) {
      if (this.env.stats) this.env.stats[tail === undefined ? 'compared' : 'ranged']++;
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
    const first = this.takeStartup();
    const extra = first ? { startup: first } : {};
    // Small (an article): one message, no parts to acknowledge — the first highlights of a seed arrive sooner.
    if (totalCells(analysis, PART_CELLS) <= PART_CELLS) return { analysis, order, ms: performance.now() - t0, ...extra };
    return { analysis: head(analysis), order, ms: performance.now() - t0, ...extra };
  }

  /** Runs the newest queued request of each document, after every message already received. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      if (this.dispatched < this.arrived) {
        this.schedule(); // a newer request is on its way through the connection
        return;
      }
      const next = this.queue.entries().next();
      if (next.done) return;
      const [key, job] = next.value;
      this.queue.delete(key);
      if (job.token.isCancellationRequested) job.reject(cancelled());
      else this.run(job);
      if (this.queue.size) this.schedule();
    });
  }

  /** Loads the engine and runs it on a small text, unless a real request is waiting (it warms the engine itself). */
  private warm(): Promise<{ ms: number; startup?: WorkerStartup }> {
    return new Promise((resolve) => this.later(() => {
      const t0 = performance.now();
      let first: WorkerStartup | undefined;
      if (!this.queue.size && this.dispatched === this.arrived) {
        this.markStart();
        try {
          createAnalyzer().analyze(WARM_TEXT);
        } catch {
          // the real request will report the problem
        }
        first = this.takeStartup();
      }
      resolve({ ms: performance.now() - t0, ...(first ? { startup: first } : {}) });
    }));
  }

  /** A corpus batch: one file per turn of the event loop (the editor's analyses and a cancellation run in between). */
  private corpusSummaries(files: unknown, token: CancellationToken): Promise<{ results: CorpusFileResult[] }> {
    const list = Array.isArray(files) ? (files as CorpusFile[]) : [];
    const results: CorpusFileResult[] = [];
    return new Promise((resolve, reject) => {
      let i = 0;
      const step = (): void => {
        if (token.isCancellationRequested) return reject(cancelled());
        if (i >= list.length) return resolve({ results });
        results.push(summarizeCorpusFile(list[i++]));
        if (this.env.stats) this.env.stats.analyses++;
        this.later(step);
      };
      this.later(step);
    });
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification(DidOpen, (p) => this.docs.open(p.key).open(p.version, p.text));
    c.onNotification(DidChange, (p) => this.docs.get(p.key)?.change(p.from, p.version, p.changes));
    c.onNotification(DidClose, (p) => {
      this.docs.close(p.key);
      const job = this.queue.get(p.key);
      if (job) {
        this.queue.delete(p.key);
        job.reject(cancelled());
      }
    });
    c.onNotification(Ack, (p) => {
      const box = this.outboxes.get(p.progress);
      if (!box) return;
      box.inFlight = Math.max(0, box.inFlight - p.count);
      this.pump(p.progress, box);
    });
    c.onRequest(Analyze, (params, token) => new Promise<AnalyzeResult>((resolve, reject) => {
      this.dispatched++;
      const old = this.queue.get(params.key);
      if (old) old.reject(new ResponseError(SUPERSEDED_CODE, 'superseded'));
      this.queue.set(params.key, { params, token, resolve, reject });
      this.schedule();
    }));
    c.onRequest(Warm, () => this.warm());
    c.onRequest(CorpusSummaries, (params, token) => this.corpusSummaries(params?.files, token));
    c.listen();
  }
}
