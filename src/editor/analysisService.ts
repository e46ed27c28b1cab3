// Keeps one Analysis per open seed document, cached per document version, recomputed
// (debounced by `seedReader.analysisDelay`) when the document changes. Every editor feature reads
// analyses from here, never from the engine directly: the engine runs only in the analysis worker (src/worker/), which
// the extension starts and passes in as an AnalysisClient, so the extension host is never blocked by NLP: for a large
// document (and on its first analysis, a medium one whose visible range is a small part of it) the worker first
// analyses the visible paragraphs (published as a preview), then the whole text, which streams back in small parts;
// for a large document the status bar shows progress. After an edit only the editor's contentChanges go to the worker.
// Only the newest version of a document is ever analysed; results for an older version are dropped.
// Everything the service knows of one document is in one DocumentEntry.
import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import {
  AnalysisTimeoutError, AnalysisTooLargeError, SupersededError, type AnalysisClient, type WorkerCrash,
} from '../worker/client';
import type { CorpusFile, CorpusFileResult, TextChange } from '../worker/protocol';
import type { CancelLike } from '../worker/corpusRequest';
import { isSeedDocument } from '../seedDetection';
import { SIDECAR_SUFFIX, isSidecarUri, sidecarUriOf } from './corrections/sidecarFiles';
import { AnalysisNotices } from './analysisNotices';
import { SidecarTexts, type AppliedCorrections } from './analysisSidecars';

export type { AppliedCorrections } from './analysisSidecars';

export interface AnalysisChange {
  document: vscode.TextDocument;
  analysis: Analysis;
  /** True for a preview of the visible paragraphs of a large document; the full analysis follows. */
  preview?: boolean;
}

export interface AnalysisProgress {
  document: vscode.TextDocument;
  /** Characters being analysed, or undefined when the analysis finished (or stopped). */
  size: number | undefined;
}

/** Documents at least this long (characters) are previewed (visible range first) and show status-bar progress. */
export const LARGE_DOCUMENT = 200_000;
/**
 * Smaller documents of at least this many characters are previewed too on their first analysis, when the visible range
 * is under half of the text: a cold worker shows the visible paragraphs' highlights sooner (a 30–120 KB seed: ~100 ms
 * after the worker starts instead of 130–210 ms), and the whole analysis follows about as soon as it would have.
 */
export const PREVIEW_MIN = 20_000;
/** Status-bar progress appears when a large analysis still runs after this many ms. */
export const PROGRESS_DELAY = 150;
/** At most one worker-crash message per this many ms (later crashes are summed up in the next one, never dropped). */
export const CRASH_MESSAGE_INTERVAL = 30_000;

/** Computes the analysis of a document's text; `key` (the document URI) lets an analyzer reuse per-document caches. */
export type Analyzer = (text: string, key: string) => Analysis | Promise<Analysis>;

export interface AnalysisServiceOptions {
  /** The analysis worker (src/worker/node/client.ts on Node; a Web Worker's client in a browser). */
  client?: AnalysisClient;
  /** Computes an analysis in-process instead (tests). Without a client or an analyzer, nothing is analysed. */
  analyzer?: Analyzer;
  /** Delay before status-bar progress shows for a large analysis; default PROGRESS_DELAY. */
  progressDelayMs?: number;
  /** Minimum time between two worker-crash messages; default CRASH_MESSAGE_INTERVAL. */
  crashMessageIntervalMs?: number;
}

type Cached = { version: number; analysis: Analysis; raw: Analysis; preview?: boolean };

/** What the service knows of one document. */
interface DocumentEntry {
  document: vscode.TextDocument;
  /** What the editor shows (`analysis`: the reader's corrections applied to `raw`, the engine's), of `version`. */
  cached?: Cached;
  inflight?: { version: number; promise: Promise<Analysis | undefined> };
  /** The debounce timer of a re-analysis after an edit. */
  timer?: ReturnType<typeof setTimeout>;
  /** Size in characters when skipped for exceeding seedReader.maxFileSizeMB. */
  tooLarge?: number;
  /** Characters being analysed while status-bar progress shows, and the timer that will show it. */
  running?: number;
  progressTimer?: ReturnType<typeof setTimeout>;
  /** Told that it is over the size limit / that its analysis stopped (once until closed). */
  warned?: boolean;
  notified?: boolean;
  /** Has had a full analysis published (no more previews for it). */
  published?: boolean;
  applied?: AppliedCorrections;
  /** The editor's edits since the text last handed to the worker, in order; null: not known. */
  changes: TextChange[] | null;
}

export class AnalysisService implements vscode.Disposable {
  private readonly docs = new Map<string, DocumentEntry>();
  private readonly emitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly analyzer: Analyzer | undefined;
  private readonly worker: AnalysisClient | undefined;
  private readonly progressEmitter = new vscode.EventEmitter<AnalysisProgress>();
  private readonly notices: AnalysisNotices;
  private readonly sidecars: SidecarTexts;
  /** Fires when a document's analysis is (re)computed (`preview` first for a large document). */
  readonly onDidChangeAnalysis = this.emitter.event;
  private readonly reapplyEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  /**
   * Fires when only the corrections of a document changed (its sidecar changed; the seed was not re-analysed), after
   * onDidChangeAnalysis: providers VS Code asks only on a text change (the Outline's symbols) can get asked again.
   */
  readonly onDidReapplyCorrections = this.reapplyEmitter.event;
  /** Fires when a large analysis starts or ends (for the status-bar progress). */
  readonly onDidChangeProgress = this.progressEmitter.event;

  private readonly progressDelay: number;

  constructor(options: AnalysisServiceOptions = {}) {
    this.progressDelay = options.progressDelayMs ?? PROGRESS_DELAY;
    this.notices = new AnalysisNotices(options.crashMessageIntervalMs ?? CRASH_MESSAGE_INTERVAL);
    this.sidecars = new SidecarTexts((line) => this.notices.log(line));
    this.analyzer = options.analyzer;
    if (!options.analyzer && options.client) {
      const worker = options.client;
      worker.onCrash = (c) => this.onWorkerCrash(c);
      worker.onTimeout = (t) => this.notices.timeout(t);
      this.worker = worker;
      // Start the thread and load the engine now, off this thread, so that the first analysis is fast — only when a seed
      // is open: activation also happens for plain-text files, which may never need the engine.
      if (vscode.workspace.textDocuments?.some(isSeedDocument)) void worker.warm();
    }
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && isSidecarUri(e.document.uri)) this.sidecars.debounce(e.document.uri, () => void this.sidecarChanged(e.document.uri));
        else if (e.contentChanges.length && isSeedDocument(e.document)) {
          this.noteChanges(e.document, e.contentChanges);
          this.schedule(e.document);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // A closed sidecar document: its file (not its unsaved text) holds the corrections again.
        if (isSidecarUri(doc.uri)) void this.sidecarChanged(doc.uri);
        else this.forget(doc);
      }),
      // Raising seedReader.maxFileSizeMB analyses the documents it skipped.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('seedReader.corrections.enabled')) this.reapplyAll();
        if (!e.affectsConfiguration('seedReader.maxFileSizeMB')) return;
        for (const doc of vscode.workspace.textDocuments ?? []) {
          if (this.docs.get(doc.uri.toString())?.tooLarge !== undefined) void this.refresh(doc);
        }
      }),
    );
    // A saved sidecar: its problems, not told while it was typed, are told now.
    const onSave = vscode.workspace.onDidSaveTextDocument?.((doc) => {
      if (isSidecarUri(doc.uri)) void this.sidecarChanged(doc.uri, true);
    });
    if (onSave) this.disposables.push(onSave);
    // A sidecar created, changed or deleted on disk (by us, the CLI, git, another editor) is applied again.
    try {
      const watcher = vscode.workspace.createFileSystemWatcher?.(`**/*${SIDECAR_SUFFIX}`);
      if (watcher) {
        const changed = (uri: vscode.Uri) => void this.sidecarChanged(uri);
        this.disposables.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
      }
    } catch {
      // no file watching here: changes made through Seed Reader's own commands still apply at once
    }
  }

  private entry(document: vscode.TextDocument): DocumentEntry {
    const key = document.uri.toString();
    let e = this.docs.get(key);
    if (!e) this.docs.set(key, (e = { document, changes: null }));
    e.document = document;
    return e;
  }

  /** The editor's edits, kept (in order) until the text is next handed to the worker. */
  private noteChanges(document: vscode.TextDocument, changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    const e = this.docs.get(document.uri.toString());
    if (!e || !e.changes) return;
    for (const c of changes) {
      if (typeof c.rangeOffset !== 'number' || typeof c.rangeLength !== 'number') {
        e.changes = null; // not a ranged change: the worker gets the text as it is
        return;
      }
      e.changes.push({ offset: c.rangeOffset, length: c.rangeLength, text: c.text });
    }
  }

  /**
   * The cached analysis of the document's current version, if there is one: while a large document is being analysed,
   * the preview of its visible paragraphs (see `isPreview`).
   */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const hit = this.docs.get(document.uri.toString())?.cached;
    return hit && hit.version === document.version ? hit.analysis : undefined;
  }

  /** True when `peek` gives only the preview of the visible paragraphs (the full analysis is on its way). */
  isPreview(document: vscode.TextDocument): boolean {
    const hit = this.docs.get(document.uri.toString())?.cached;
    return !!hit && hit.version === document.version && !!hit.preview;
  }

  /** Characters of the document being analysed when a large analysis is running, else undefined. */
  analysing(document: vscode.TextDocument): number | undefined {
    return this.docs.get(document.uri.toString())?.running;
  }

  /** The full analysis of the document's current version; computed when not cached. Undefined for non-seed documents. */
  async get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isSeedDocument(document)) return undefined;
    const e = this.entry(document);
    const hit = e.cached;
    if (hit && hit.version === document.version && !hit.preview) return hit.analysis;
    if (e.inflight && e.inflight.version === document.version) return e.inflight.promise;
    const version = document.version;
    const promise = this.compute(document, version).finally(() => {
      if (e.inflight?.promise === promise) e.inflight = undefined;
    });
    e.inflight = { version, promise };
    return promise;
  }

  /**
   * The analysis for a language-feature request: undefined when the document changed while it was computed (its
   * offsets would point at the wrong text; VS Code asks again for the new version).
   */
  async current(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const version = document.version;
    const analysis = await this.get(document);
    return analysis && document.version === version ? analysis : undefined;
  }

  /** Drops the cached analysis (and the sidecar's text) and recomputes it now. */
  async refresh(document: vscode.TextDocument): Promise<Analysis | undefined> {
    this.forget(document);
    // The sidecar is read again too.
    const sidecar = sidecarUriOf(document.uri)?.toString();
    if (sidecar) this.sidecars.drop(sidecar);
    return this.get(document);
  }

  /**
   * Analyses text that is not an open document (e.g. a file of a workspace export) in the worker, so the extension
   * host is not blocked; `key` names a one-off document that is dropped afterwards.
   */
  async analyzeText(text: string, key: string, token?: vscode.CancellationToken): Promise<Analysis> {
    if (!this.worker) {
      if (this.analyzer) return this.analyzer(text, key);
      throw new Error('no analysis worker');
    }
    const worker = this.worker;
    // Cancel drops the request: a running analysis is then stopped by the worker's watchdog (a cancelled request
    // gets the short budget), so a long export analysis does not keep the only worker busy.
    const onCancel = token?.onCancellationRequested(() => worker.forget(key));
    try {
      return await worker.analyze(key, text);
    } finally {
      onCancel?.dispose();
      worker.forget(key);
    }
  }

  /** The worker's corpus batches (`seed/corpusSummaries`, the corpus service); undefined without a worker. */
  get corpusBatches(): ((files: CorpusFile[], token: CancelLike) => Promise<CorpusFileResult[]>) | undefined {
    const worker = this.worker;
    return worker ? (files, token) => worker.corpusSummaries(files, token) : undefined;
  }

  /** Size in characters when the document was skipped for exceeding `seedReader.maxFileSizeMB`, else undefined. */
  skippedSize(document: vscode.TextDocument): number | undefined {
    return this.docs.get(document.uri.toString())?.tooLarge;
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.worker?.forget(key);
    const e = this.docs.get(key);
    if (!e) return;
    this.endProgress(e);
    if (e.timer) clearTimeout(e.timer);
    this.docs.delete(key);
  }

  /** The reader's corrections applied to the document's current analysis (undefined before its first analysis). */
  correctionsOf(document: vscode.TextDocument): AppliedCorrections | undefined {
    const a = this.docs.get(document.uri.toString())?.applied;
    return a && a.version === document.version ? a : undefined;
  }

  /**
   * The engine's analysis of the current version, before the reader's corrections (what a correction is built against
   * when it must name the engine's spans); undefined when not cached.
   */
  rawOf(document: vscode.TextDocument): Analysis | undefined {
    const hit = this.docs.get(document.uri.toString())?.cached;
    return hit && hit.version === document.version ? hit.raw : undefined;
  }

  /**
   * Tells the service the sidecar's new text (after Seed Reader wrote it; null: deleted): the open seeds it belongs to
   * are corrected again at once, without re-analysing them. The file watcher would do it too, a little later.
   */
  setSidecarText(sidecar: vscode.Uri, json: string | null): void {
    if (this.sidecars.set(sidecar, json)) this.reapply(sidecar.toString());
  }

  /** Reads the sidecar again (it changed on disk or in its editor) and re-applies it where its text changed. */
  async sidecarChanged(sidecar: vscode.Uri, force = false): Promise<void> {
    if (await this.sidecars.reread(sidecar, force)) this.reapply(sidecar.toString());
  }

  /** Re-applies the corrections to every open seed whose sidecar is `sidecarKey` (from the cached engine analysis). */
  private reapply(sidecarKey: string): void {
    for (const e of this.docs.values()) {
      const doc = e.document;
      const hit = e.cached;
      if (!hit || doc.isClosed || doc.version !== hit.version || sidecarUriOf(doc.uri)?.toString() !== sidecarKey) continue;
      this.republish(e, hit);
    }
  }

  private reapplyAll(): void {
    for (const e of this.docs.values()) {
      const doc = e.document;
      const hit = e.cached;
      if (!hit || doc.isClosed || doc.version !== hit.version) continue;
      void this.sidecars.load(doc).then(() => {
        if (e.cached === hit && doc.version === hit.version) this.republish(e, hit);
      });
    }
  }

  private republish(e: DocumentEntry, hit: Cached): void {
    const doc = e.document;
    const shown = this.correct(e, hit.raw, doc.getText(), hit.version, !hit.preview);
    e.cached = { ...hit, analysis: shown };
    this.emitter.fire({ document: doc, analysis: shown, preview: hit.preview });
    this.reapplyEmitter.fire(doc);
  }

  /** The analysis with the document's sidecar applied (the sidecar's text must be loaded; else `raw` as it is). */
  private correct(e: DocumentEntry, raw: Analysis, text: string, version: number, full: boolean): Analysis {
    const { analysis, applied } = this.sidecars.correct(e.document, raw, text, version, full);
    if (applied !== null) e.applied = applied;
    return analysis;
  }

  private schedule(document: vscode.TextDocument): void {
    const e = this.entry(document);
    if (e.timer) clearTimeout(e.timer);
    const delay = vscode.workspace.getConfiguration('seedReader', document).get<number>('analysisDelay', 300);
    e.timer = setTimeout(() => {
      e.timer = undefined;
      if (!document.isClosed) void this.get(document);
    }, Math.max(0, Math.min(5000, Number(delay) || 0)));
  }

  /** The text and the edits since the last text handed to the worker (the edits are then the worker's). */
  private textFor(e: DocumentEntry): { text: string; changes?: TextChange[] } {
    const text = e.document.getText();
    const changes = e.changes ?? undefined;
    e.changes = [];
    return { text, changes };
  }

  private async compute(document: vscode.TextDocument, version: number): Promise<Analysis | undefined> {
    const e = this.entry(document);
    const maxMB = vscode.workspace.getConfiguration('seedReader', document).get<number>('maxFileSizeMB', 20);
    // The size from the document's end offset: a file over the limit is never copied out of the editor.
    const size = document.offsetAt(document.lineAt(Math.max(0, document.lineCount - 1)).range.end);
    if (maxMB > 0 && size > maxMB * 1024 * 1024) {
      e.tooLarge = size;
      e.changes = null;
      if (!e.warned) this.notices.tooLargeFile(document, size, maxMB);
      e.warned = true;
      return undefined;
    }
    const { text, changes } = this.textFor(e);
    e.tooLarge = undefined;
    // The sidecar is read while the engine works (cached afterwards): no added latency.
    const sidecarLoad = this.sidecars.load(document);
    let analysis: Analysis;
    try {
      analysis = await this.analyse(e, version, text, changes);
    } catch (err) {
      if (document.version === version) this.endProgress(e);
      if (err instanceof SupersededError) return undefined;
      if (err instanceof AnalysisTimeoutError || err instanceof AnalysisTooLargeError) {
        this.notices.stopped(document, err, !e.notified);
        e.notified = true;
        return undefined;
      }
      this.notices.log(`analysis of ${document.uri.toString()} failed: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    if (document.version === version) this.endProgress(e);
    // The document moved on while we computed: these offsets no longer fit it, and the newer
    // version's own (debounced) computation will publish.
    if (document.version !== version || document.isClosed) return undefined;
    await sidecarLoad;
    if (document.version !== version || document.isClosed || this.docs.get(document.uri.toString()) !== e) return undefined;
    const shown = this.correct(e, analysis, text, version, true);
    e.cached = { version, analysis: shown, raw: analysis };
    e.published = true;
    this.emitter.fire({ document, analysis: shown });
    return shown;
  }

  /** The analysis of `text` by the worker (a preview of the visible window first, when it helps) or the analyzer. */
  private async analyse(e: DocumentEntry, version: number, text: string, changes: TextChange[] | undefined): Promise<Analysis> {
    const document = e.document;
    const key = document.uri.toString();
    if (!this.worker) {
      if (!this.analyzer) throw new Error('no analysis worker');
      return this.analyzer(text, key);
    }
    const large = text.length >= LARGE_DOCUMENT;
    // A preview only until the document's first full analysis: after an edit, the editor keeps showing the previous
    // highlights (VS Code moves them with the text) until the new full analysis replaces them, without a partial flash.
    let window: { start: number; end: number } | undefined;
    if (!e.published && (large || text.length >= PREVIEW_MIN)) {
      window = this.visibleWindow(document);
      if (window && !large && (window.end - window.start) * 2 >= text.length) window = undefined; // it shows most of it
    }
    if (large) this.startProgress(e, text.length);
    return this.worker.analyze(key, text, {
      window,
      changes,
      onPreview: (preview) => {
        if (document.version !== version || document.isClosed) return;
        if (e.cached && e.cached.version === version) return;
        const shown = this.correct(e, preview, text, version, false);
        e.cached = { version, analysis: shown, raw: preview, preview: true };
        this.emitter.fire({ document, analysis: shown, preview: true });
      },
    });
  }

  /** Offsets of what the editors showing the document display (the preview window), if any is visible. */
  private visibleWindow(document: vscode.TextDocument): { start: number; end: number } | undefined {
    let start = Infinity;
    let end = -Infinity;
    for (const ed of vscode.window.visibleTextEditors ?? []) {
      if (ed.document !== document) continue;
      for (const r of ed.visibleRanges ?? []) {
        start = Math.min(start, document.offsetAt(r.start));
        end = Math.max(end, document.offsetAt(r.end));
      }
    }
    return start <= end ? { start, end } : undefined;
  }

  /** Shows progress for an analysis that is still running after PROGRESS_DELAY ms (quick re-analyses stay quiet). */
  private startProgress(e: DocumentEntry, size: number): void {
    clearTimeout(e.progressTimer);
    e.progressTimer = setTimeout(() => {
      e.progressTimer = undefined;
      e.running = size;
      this.progressEmitter.fire({ document: e.document, size });
    }, this.progressDelay);
  }

  private endProgress(e: DocumentEntry): void {
    clearTimeout(e.progressTimer);
    e.progressTimer = undefined;
    if (e.running === undefined) return;
    e.running = undefined;
    this.progressEmitter.fire({ document: e.document, size: undefined });
  }

  private onWorkerCrash(crash: WorkerCrash): void {
    for (const e of this.docs.values()) this.endProgress(e);
    this.notices.crash(crash);
  }

  dispose(): void {
    this.notices.dispose();
    this.sidecars.dispose();
    for (const e of this.docs.values()) {
      if (e.timer) clearTimeout(e.timer);
      clearTimeout(e.progressTimer);
    }
    for (const d of this.disposables) d.dispose();
    this.docs.clear();
    this.worker?.dispose();
    this.emitter.dispose();
    this.reapplyEmitter.dispose();
    this.progressEmitter.dispose();
  }
}
