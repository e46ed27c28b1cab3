// The analysis client: the caller's side of the JSON-RPC connection to the analysis worker (protocol.ts). It keeps one
// state object per document (the text the worker has, the analysis the caller holds, the request in flight), syncs
// texts as changes (the editor's contentChanges when given), asks for analyses with a cancellation token, reassembles
// progress parts and patches, and runs the watchdog that restarts a worker stuck in a runaway analysis.
// Platform-neutral: a `WorkerFactory` (node/client.ts: a worker thread; a browser Web Worker elsewhere) starts the
// worker and gives the connection.
import { CancellationTokenSource, RAL, ResponseError, type Disposable, type MessageConnection } from 'vscode-jsonrpc/lib/common/api';
import type { Analysis } from '../engine/types';
import { applyPatch, commonEnds } from './delta';
import { addPart, assemble, emptyLayers } from './parts';
import {
  Ack, Analyze, AnalyzeProgressType, CANCELLED_CODE, CodeCacheWritten, DidChange, DidClose, DidOpen, OUT_OF_SYNC,
  SUPERSEDED_CODE, TEXT_CHUNK, TOO_LARGE_CODE, Warm, type AnalyzeProgress, type AnalyzeResult, type CorpusFile, type CorpusFileResult, type DidChangeParams, type Layer, type TextChange, type WorkerStartup,
} from './protocol';
import { applies } from './changes';
import { AnalysisTimeoutError, AnalysisTooLargeError, SupersededError, type WorkerCrash } from './errors';

export { AnalysisTimeoutError, AnalysisTooLargeError, SupersededError, type WorkerCrash } from './errors';
import { requestSummaries, type CancelLike } from './corpusRequest';
import { Watchdog, type WatchdogBudgets, type WorkerTimeout } from './watchdog';

export type { WorkerTimeout } from './watchdog';

/** A started worker: its connection (not listening yet: the client adds its handlers first) and how to stop it. */
export interface WorkerHandle {
  connection: MessageConnection;
  /** Stops the thread at once (the watchdog, dispose). */
  terminate(): void;
  /** Lets the worker keep the host process alive (busy) or not (idle); a no-op where that means nothing. */
  hold(busy: boolean): void;
  /** When the start was asked for and when it returned (epoch ms), for the startup trace. */
  spawnAt?: number;
  spawnedAt?: number;
}

export interface WorkerFactory {
  /** Starts a worker; `exited` is called when it stops by itself (a crash, out of memory). */
  start(exited: (err: Error) => void): WorkerHandle;
  /** The worker wrote its code cache (Node); `digest`: its SHA-256. */
  codeCacheWritten?(digest: string): void;
}

/** Where the first result of a worker spent its time: the worker's marks plus the caller's (epoch ms). */
export interface StartupTrace extends WorkerStartup {
  spawnAt: number;
  spawnedAt: number;
  postedAt?: number;
  receivedAt: number;
}

export interface AnalyzeOptions {
  /** Offsets of the visible range: the worker first analyses the paragraphs around it and calls `onPreview`. */
  window?: { start: number; end: number };
  /** The preview of the window (offsets into the whole text, paragraphs of the window only). */
  onPreview?: (preview: Analysis) => void;
  /**
   * The edits since the text of the previous `analyze` of this document (VS Code's contentChanges, as offset, length
   * and text, in order): only they go to the worker, which then knows where the text changed without comparing.
   * Checked against `text`; when they do not make it, the text is compared as without them.
   */
  changes?: readonly TextChange[];
}

/** A request in flight: what the caller asked for, and the state of its current send to the worker. */
interface Pending {
  key: string;
  text: string;
  changes?: readonly TextChange[];
  window?: { start: number; end: number };
  onPreview?: (a: Analysis) => void;
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
  /** False once the caller's promise is settled (superseded, failed, answered). */
  live: boolean;
  /** The current send: its cancellation, progress token, parts received; replaced when sent again. */
  send?: Send;
  /** Sent again whole once already (after OUT_OF_SYNC or a patch of another base): not again. */
  resent?: boolean;
}

/** One send of a request: its cancellation, progress token, the document version asked for, the parts received. */
interface Send {
  cts: CancellationTokenSource;
  token: string;
  version: number;
  parts: Record<'preview' | 'full', Record<Layer, unknown[]>>;
  done: boolean;
  /** The pieces of a long text are still being sent (the worker's copy is incomplete until then). */
  uploading: boolean;
}

/** One document's state on the client side (the worker keeps the matching DocumentState). */
interface ClientDocument {
  /** The text the worker has (after the syncs sent), at `version`; none: the worker has no copy. */
  synced?: { version: number; text: string };
  /** The analysis the caller holds (the base of a patch), of version `version`. */
  base?: { version: number; analysis: Analysis };
  pending?: Pending;
}

const epoch = (): number => performance.timeOrigin + performance.now();
/** A process-wide listener for startup traces (set by the startup benchmark). */
const TRACE_HOOK = Symbol.for('seedReader.startupTrace');

export class AnalysisClient {
  private handle: WorkerHandle | undefined;
  private readonly docs = new Map<string, ClientDocument>();
  private nextVersion = 1;
  private nextToken = 1;
  private warmed: Promise<number> | undefined;
  private posted: number | undefined;
  /** The worker that has been asked for an analysis (it needs no warm-up then). */
  private asked: WorkerHandle | undefined;
  private batches = 0; // corpus batches in flight
  /** How results arrived: whole (one message or parts), or as a patch of the previous one. */
  readonly received = { whole: 0, patched: 0 };
  /** How texts went to the worker: whole, as the caller's changes, or as a changed stretch found by comparing. */
  readonly synced = { whole: 0, changes: 0, compared: 0 };
  /** Where this worker's first result spent its time, once it has arrived. */
  startup: StartupTrace | undefined;
  /** Called when the worker dies unexpectedly (it is restarted on the next request). */
  onCrash: ((crash: WorkerCrash) => void) | undefined;
  /** Called when the watchdog stopped a runaway analysis by restarting the worker. */
  onTimeout: ((t: WorkerTimeout) => void) | undefined;
  private readonly watchdog: Watchdog<Pending>;

  constructor(private readonly factory: WorkerFactory, budgets: WatchdogBudgets = {}) {
    this.watchdog = new Watchdog<Pending>(budgets, (p) => p.live, () => this.overran(),
      (key) => [...this.docs].some(([k, d]) => k !== key && !!d.pending?.live));
  }

  /** Runaway analyses stopped by restarting the worker. */
  get restarts(): number {
    return this.watchdog.restarts;
  }

  /** Number of requests waiting for results. */
  get busy(): number {
    let n = 0;
    for (const d of this.docs.values()) if (d.pending) n++;
    return n;
  }

  private ensure(): WorkerHandle {
    if (this.handle) return this.handle;
    const h: WorkerHandle = this.factory.start((err) => this.crashed(h, err));
    h.connection.onNotification(CodeCacheWritten, (p) => {
      try {
        this.factory.codeCacheWritten?.(p.digest);
      } catch {
        // the listener's problem
      }
    });
    h.connection.onError(() => undefined);
    h.connection.listen();
    h.hold(false);
    this.handle = h;
    this.posted = undefined;
    this.startup = undefined;
    return h;
  }

  private hold(): void {
    this.handle?.hold(this.busy > 0 || this.batches > 0);
  }

  /** The corpus summaries of a batch of files (corpusRequest.ts); past its budget the worker is restarted. */
  corpusSummaries(files: CorpusFile[], token?: CancelLike): Promise<CorpusFileResult[]> {
    this.batches++;
    const h = (this.asked = this.ensure());
    h.hold(true);
    const done = (): void => { this.batches--; this.hold(); };
    return requestSummaries(h.connection, files, token, () => this.handle === h && this.restart()).finally(done);
  }

  /** A new worker in place of a stuck one (a corpus batch past its budget): the documents' requests are sent again. */
  private restart(failed?: () => void): void {
    this.drop();
    this.watchdog.restarts++;
    failed?.();
    for (const d of this.docs.values()) if (d.pending) this.send(d.pending);
  }

  /**
   * Starts the worker and loads the engine in it (no-op when already done); resolves with the warm-up time in ms (0
   * when an analysis was asked for meanwhile: it warms the engine itself, and a warm-up first would only delay it).
   */
  warm(): Promise<number> {
    if (this.warmed) return this.warmed;
    const h = this.ensure();
    h.hold(true);
    this.warmed = new Promise<number>((resolve) => {
      setTimeout(() => {
        if (this.handle !== h) return resolve(-1);
        if (this.asked === h) {
          this.hold();
          return resolve(0);
        }
        h.connection.sendRequest(Warm).then((r) => {
          if (r.startup) this.traced(h, r.startup);
          if (this.handle === h) this.hold();
          resolve(r.ms);
        }, () => resolve(-1));
      }, 0);
    });
    return this.warmed;
  }

  /**
   * Analyses `text` in the worker; `key` names the document. A newer request for the same key supersedes this one
   * (rejected with SupersededError).
   */
  analyze(key: string, text: string, options: AnalyzeOptions = {}): Promise<Analysis> {
    let doc = this.docs.get(key);
    if (!doc) this.docs.set(key, (doc = {}));
    if (doc.pending) this.cancel(doc.pending, doc);
    return new Promise<Analysis>((resolve, reject) => {
      const p: Pending = { key, text, changes: options.changes, window: options.window, onPreview: options.onPreview, resolve, reject, live: true };
      doc.pending = p;
      this.send(p);
      // Another document now waits behind the running analysis: its shorter budget applies.
      this.watchdog.contended(key);
    });
  }

  /** Syncs the text (as changes when it can) and sends the request (after the pieces of a long text). */
  private send(p: Pending): void {
    const h = this.ensure();
    const doc = this.docs.get(p.key)!;
    const pieces = this.sync(h.connection, p, doc);
    h.hold(true);
    const token = `a${this.nextToken++}`;
    const cts = new CancellationTokenSource();
    const send: Send = { cts, token, version: doc.synced!.version, parts: { preview: emptyLayers(), full: emptyLayers() }, done: false, uploading: pieces.length > 0 };
    p.send = send;
    this.posted ??= epoch();
    this.asked = h;
    if (!pieces.length) {
      this.request(h, p, doc, send);
      return;
    }
    // The rest of a long text, one piece per turn of this thread's event loop (no single turn copies it all).
    let i = 0;
    const next = (): void => {
      if (this.handle !== h || p.send !== send || !p.live) return; // dropped: cancel() forgot the incomplete copy
      void h.connection.sendNotification(DidChange, pieces[i++]);
      if (i < pieces.length) RAL().timer.setImmediate(next);
      else {
        send.uploading = false;
        this.request(h, p, doc, send);
      }
    };
    RAL().timer.setImmediate(next);
  }

  private request(h: WorkerHandle, p: Pending, doc: ClientDocument, send: Send): void {
    const progress = h.connection.onProgress(AnalyzeProgressType, send.token, (v) => this.onProgress(h, p, send, v));
    const base = p.window ? undefined : doc.base?.version;
    h.connection.sendRequest(Analyze, { key: p.key, version: send.version, window: p.window, base, progress: send.token }, send.cts.token).then(
      (r) => this.answered(h, p, send, r),
      (e) => this.failed(h, p, send, e),
    ).finally(() => {
      progress.dispose();
      send.done = true;
      if (this.watchdog.isRunning(p) && this.handle === h) this.watchdog.stop();
    });
  }

  /**
   * Brings the worker's copy of the document to `p.text`: the caller's changes, a changed stretch, or the whole (the
   * pieces of a long text after the first are returned, to be sent one per turn).
   */
  private sync(c: MessageConnection, p: Pending, doc: ClientDocument): DidChangeParams[] {
    const text = p.text;
    const from = doc.synced;
    if (from && from.text === text) return [];
    const version = this.nextVersion++;
    let changes: readonly TextChange[] | undefined;
    if (from && p.changes && applies(from.text, p.changes, text)) {
      changes = p.changes;
      this.synced.changes++;
    } else if (from) {
      // Only the changed stretch goes over (a 1 MB text takes a couple of ms to copy to the worker).
      const { prefix, suffix } = commonEnds(from.text, text);
      if (prefix + suffix >= text.length / 2) {
        changes = [{ offset: prefix, length: from.text.length - prefix - suffix, text: text.slice(prefix, text.length - suffix) }];
        this.synced.compared++;
      }
    }
    p.changes = undefined;
    doc.synced = { version, text };
    if (from && changes) {
      void c.sendNotification(DidChange, { key: p.key, from: from.version, version, changes });
      return [];
    }
    this.synced.whole++;
    // The whole text; a long one in pieces (appended by didChange), so that no single copy blocks this thread long:
    // the first goes now, the others (returned) one per turn.
    void c.sendNotification(DidOpen, { key: p.key, version, text: text.length <= TEXT_CHUNK ? text : text.slice(0, TEXT_CHUNK) });
    const pieces: DidChangeParams[] = [];
    for (let at = TEXT_CHUNK; at < text.length; at += TEXT_CHUNK) {
      pieces.push({ key: p.key, from: version, version, changes: [{ offset: at, length: 0, text: text.slice(at, at + TEXT_CHUNK) }] });
    }
    return pieces;
  }

  private onProgress(h: WorkerHandle, p: Pending, send: Send, v: AnalyzeProgress): void {
    if (this.handle !== h || p.send !== send) return;
    switch (v.kind) {
      case 'start':
        this.watchdog.start(p, p.key, v.chars);
        break;
      case 'part':
        if (v.phase === 'full' && this.watchdog.isRunning(p)) this.watchdog.stop();
        if (!p.live) break;
        addPart(send.parts[v.phase], v.field, v.items);
        // Acked after this turn of the event loop: the next parts cannot arrive in the same burst.
        if (v.phase === 'full') RAL().timer.setImmediate(() => {
          if (this.handle === h && !send.done) void h.connection.sendNotification(Ack, { progress: send.token, count: 1 });
        });
        break;
      case 'preview': {
        if (!p.live) break;
        const preview = { ...v.analysis, ...(send.parts.preview as unknown as Pick<Analysis, Layer>) } as Analysis;
        send.parts.preview = emptyLayers();
        try {
          p.onPreview?.(preview);
        } catch {
          // a listener's problem is not the analysis's
        }
        break;
      }
    }
  }

  private answered(h: WorkerHandle, p: Pending, send: Send, r: AnalyzeResult): void {
    if (this.handle !== h || p.send !== send) return;
    if (r.startup) this.traced(h, r.startup);
    const doc = this.docs.get(p.key);
    if (!p.live || !doc) return;
    let analysis: Analysis;
    if (r.patch) {
      if (!doc.base || doc.base.version !== r.base) {
        // Not the analysis the patch is of (should not happen): ask again for the whole analysis.
        doc.base = undefined;
        this.resend(p, doc);
        return;
      }
      const patched = applyPatch(doc.base.analysis, r.patch);
      analysis = assemble(r.analysis as unknown as Record<string, unknown>, patched as unknown as Record<Layer, unknown[]>, r.order);
      this.received.patched++;
    } else {
      const whole = r.analysis as Partial<Analysis>;
      const layers = Array.isArray(whole.paragraphs) ? (whole as unknown as Record<Layer, unknown[]>) : send.parts.full;
      analysis = assemble(r.analysis as unknown as Record<string, unknown>, layers, r.order);
      this.received.whole++;
    }
    doc.base = { version: send.version, analysis };
    this.settle(p, doc);
    p.resolve(analysis);
  }

  private failed(h: WorkerHandle, p: Pending, send: Send, e: unknown): void {
    if (this.handle !== h || p.send !== send) return;
    const doc = this.docs.get(p.key);
    if (!p.live || !doc) return;
    const code = e instanceof ResponseError ? e.code : undefined;
    if (code === OUT_OF_SYNC && !p.resent) {
      // The worker no longer has the text (it keeps a few documents): the whole text, and a whole analysis back.
      doc.synced = undefined;
      doc.base = undefined;
      this.resend(p, doc);
      return;
    }
    this.settle(p, doc);
    if (code === TOO_LARGE_CODE) {
      doc.base = undefined;
      p.reject(new AnalysisTooLargeError());
    } else if (code === CANCELLED_CODE || code === SUPERSEDED_CODE) p.reject(new SupersededError());
    else p.reject(new Error(e instanceof Error ? e.message : String(e)));
  }

  private resend(p: Pending, doc: ClientDocument): void {
    p.resent = true;
    doc.synced = undefined;
    this.send(p);
  }

  private settle(p: Pending, doc: ClientDocument | undefined): void {
    p.live = false;
    if (doc?.pending === p) doc.pending = undefined;
    this.hold();
  }

  /** Stops wanting a request's results: the worker drops it if queued, or stops streaming it. */
  private cancel(p: Pending, doc: ClientDocument): void {
    if (!p.live) return;
    this.settle(p, doc);
    // Stopped halfway through the pieces of a long text: the worker's copy is incomplete, the next sync is whole.
    if (p.send?.uploading && doc.synced?.version === p.send.version) doc.synced = undefined;
    p.send?.cts.cancel();
    p.reject(new SupersededError());
    // When the worker is analysing it right now, the watchdog gives it the shorter budget of an unwanted analysis.
    this.watchdog.cancelled(p);
  }

  /** Drops the worker's copy of a document (closed), and any request for it. */
  forget(key: string): void {
    const doc = this.docs.get(key);
    if (!doc) return;
    if (doc.pending) this.cancel(doc.pending, doc);
    this.docs.delete(key);
    if (this.handle) void this.handle.connection.sendNotification(DidClose, { key });
  }

  private traced(h: WorkerHandle, w: WorkerStartup): void {
    if (this.startup || this.handle !== h || h.spawnAt === undefined) return;
    this.startup = { spawnAt: h.spawnAt, spawnedAt: h.spawnedAt ?? h.spawnAt, postedAt: this.posted, ...w, receivedAt: epoch() };
    const hook = (globalThis as Record<symbol, unknown>)[TRACE_HOOK];
    if (typeof hook === 'function') {
      try {
        (hook as (t: StartupTrace) => void)(this.startup);
      } catch {
        // the listener's problem
      }
    }
  }

  /** Drops the worker (its connection and thread); the documents' copies there go with it. */
  private drop(): WorkerHandle | undefined {
    const h = this.handle;
    this.handle = undefined;
    this.warmed = undefined;
    this.watchdog.stop();
    for (const d of this.docs.values()) {
      d.synced = undefined;
      d.base = undefined;
    }
    if (h) {
      h.terminate();
      try {
        h.connection.dispose();
      } catch {
        // already closed
      }
    }
    return h;
  }

  private crashed(h: WorkerHandle, err: Error): void {
    if (this.handle !== h) return;
    this.drop();
    const outOfMemory = /ERR_WORKER_OUT_OF_MEMORY|out of memory|heap/i.test(`${(err as { code?: string }).code ?? ''} ${err.message}`);
    const e = new Error(outOfMemory ? 'the analysis ran out of memory' : err.message);
    for (const [, d] of this.docs) {
      const p = d.pending;
      if (!p) continue;
      this.settle(p, d);
      p.reject(e);
    }
    this.onCrash?.({ message: e.message, outOfMemory });
  }

  /**
   * The running request is past its budget: the worker is terminated (the only way to stop a synchronous analysis)
   * and a new one started; the request fails with AnalysisTimeoutError (unless nobody wanted it any more) and every
   * other pending request is sent again, whole, to the new worker.
   */
  private overran(): void {
    const r = this.watchdog.running;
    if (!r || !this.handle) return;
    const ms = epoch() - r.since;
    const p = r.request;
    this.restart(() => {
      if (!p.live) return;
      this.settle(p, this.docs.get(p.key));
      p.reject(new AnalysisTimeoutError(ms));
    });
    try {
      this.onTimeout?.({ key: r.key, ms, chars: r.chars, cancelled: !r.wanted });
    } catch {
      // the listener's problem
    }
  }

  dispose(): void {
    this.drop();
    for (const d of this.docs.values()) {
      const p = d.pending;
      if (!p) continue;
      this.settle(p, d);
      p.reject(new Error('analysis worker disposed'));
    }
    this.docs.clear();
  }
}

export { applies } from './changes';
export type { Disposable };
