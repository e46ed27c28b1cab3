// Keeps one Analysis per open seed document, cached per document version, recomputed
// (debounced by `seedReader.analysisDelay`) when the document changes. Every editor feature reads
// analyses from here, never from `analyze()` directly.
// The engine runs in a worker thread (dist/worker.js beside dist/extension.js), started and warmed at activation, so
// the extension host is never blocked by NLP: for a large document (and on its first analysis, a medium one whose visible
// range is a small part of it) the worker first analyses the visible paragraphs (published as a preview), then the whole
// text, which streams back in small parts; for a large document the status bar shows progress. With a cache folder
// (the extension's global storage) the worker keeps V8's code cache of its bundle there and starts faster next time.
// Only the newest version of a document is ever analysed; results for an older version are dropped.
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import {
  AnalysisTimeoutError, AnalysisTooLargeError, AnalysisWorker, SupersededError,
  type AnalysisWorkerOptions, type WorkerCrash, type WorkerTimeout,
} from '../worker/workerClient';
import { isSeedDocument } from '../seedDetection';
import { outputChannel } from './log';
import { applySidecarText, formatResult, type SidecarApplied } from '../corrections';
import {
  SIDECAR_SUFFIX, SidecarReadError, baseName, correctionsEnabled, isSidecarUri, readSidecar, sidecarUriOf,
} from './corrections/sidecarFiles';

export interface AnalysisChange {
  document: vscode.TextDocument;
  analysis: Analysis;
  /** True for a preview of the visible paragraphs of a large document; the full analysis follows. */
  preview?: boolean;
}

/** The reader's corrections applied to a document's analysis (see `AnalysisService.correctionsOf`). */
export interface AppliedCorrections {
  sidecar: vscode.Uri;
  /** The sidecar's text (null: there is no sidecar). */
  json: string | null;
  /** Why the sidecar could not be read, if it could not. */
  readError?: string;
  outcome: SidecarApplied;
  /** The document version the outcome is for. */
  version: number;
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
  /** Computes an analysis in-process (tests); by default the analysis runs in the worker thread. */
  analyzer?: Analyzer;
  /** The worker bundle; defaults to `worker.js` beside this file (dist/). Without one, the engine runs in-process. */
  workerPath?: string;
  /** Delay before status-bar progress shows for a large analysis; default PROGRESS_DELAY. */
  progressDelayMs?: number;
  /**
   * A folder where the worker keeps V8's code cache of its bundle (the extension's global storage), so that later
   * starts compile less; none: no code cache.
   */
  cacheDir?: string;
  /** Budgets of the worker's watchdog and its result-size limit (tests lower them); defaults in workerClient.ts. */
  worker?: AnalysisWorkerOptions;
  /** Minimum time between two worker-crash messages; default CRASH_MESSAGE_INTERVAL. */
  crashMessageIntervalMs?: number;
}

type Engine = typeof import('../engine') & { createAnalyzer?: () => { analyze(text: string): Analysis } };
/** Per-document engine instances (they cache unchanged paragraphs between edits); a few recent documents. */
const perDocument = new Map<string, { analyze(text: string): Analysis }>();
const MAX_DOCUMENT_ANALYZERS = 8;

const defaultAnalyzer: Analyzer = async (text, key) => {
  // Loaded lazily: activation does no NLP.
  const engine: Engine = await import('../engine');
  if (!engine.createAnalyzer) return engine.analyze(text);
  let a = perDocument.get(key);
  if (a) perDocument.delete(key);
  else a = engine.createAnalyzer();
  perDocument.set(key, a);
  while (perDocument.size > MAX_DOCUMENT_ANALYZERS) perDocument.delete(perDocument.keys().next().value as string);
  return a.analyze(text);
};

export class AnalysisService implements vscode.Disposable {
  /** `analysis`: what the editor shows (the reader's corrections applied to `raw`, the engine's analysis). */
  private readonly cache = new Map<string, { version: number; analysis: Analysis; raw: Analysis; preview?: boolean }>();
  /** Sidecar texts by sidecar URI (null: no sidecar), and loads in progress. */
  private readonly sidecarTexts = new Map<string, { json: string | null; error?: string }>();
  private readonly sidecarLoads = new Map<string, Promise<void>>();
  /** Per sidecar: bumped by every change, so that an older read never overwrites a newer text. */
  private readonly sidecarGen = new Map<string, number>();
  /** Per seed document: the corrections applied to its current analysis. */
  private readonly applied = new Map<string, AppliedCorrections>();
  /** Per sidecar: the text (or read error) whose problems were last told, so each change is told once. */
  private readonly told = new Map<string, string>();
  private readonly sidecarTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inflight = new Map<string, { version: number; promise: Promise<Analysis | undefined> }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly tooLarge = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly analyzer: Analyzer;
  private readonly worker: AnalysisWorker | undefined;
  private readonly progressEmitter = new vscode.EventEmitter<AnalysisProgress>();
  private readonly running = new Map<string, number>();
  private readonly progressTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly warned = new Set<string>();
  /** Documents that have had a full analysis published (no more previews for them). */
  private readonly published = new Set<string>();
  /** Documents already told that their analysis took too long / was too large (once per document until it is closed). */
  private readonly notified = new Set<string>();
  /** When the last crash message was shown, crashes since then not shown yet, and the timer that will show them. */
  private crashShownAt = -Infinity;
  private crashesUnshown: WorkerCrash[] = [];
  private crashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly crashInterval: number;
  private output: vscode.OutputChannel | undefined;
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
    this.crashInterval = options.crashMessageIntervalMs ?? CRASH_MESSAGE_INTERVAL;
    const workerPath = options.workerPath ?? path.join(__dirname, 'worker.js');
    if (options.analyzer) this.analyzer = options.analyzer;
    else if (existsSync(workerPath)) {
      const worker = new AnalysisWorker(workerPath, undefined, options.cacheDir, options.worker);
      worker.onCrash = (c) => this.onWorkerCrash(c);
      worker.onTimeout = (t) => this.onWorkerTimeout(t);
      this.worker = worker;
      this.analyzer = (text, key) => worker.analyze(key, text);
      // Start the thread and load the engine now, off this thread, so that the first analysis is fast — only when a seed
      // is open: activation also happens for plain-text files, which may never need the engine.
      if (vscode.workspace.textDocuments?.some(isSeedDocument)) void worker.warm();
    } else this.analyzer = defaultAnalyzer;
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && isSidecarUri(e.document.uri)) this.scheduleSidecar(e.document.uri);
        else if (e.contentChanges.length && isSeedDocument(e.document)) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // A closed sidecar document: its file (not its unsaved text) holds the corrections again.
        if (isSidecarUri(doc.uri)) void this.sidecarChanged(doc.uri);
        else this.forget(doc);
      }),
      // Raising seedReader.maxFileSizeMB analyses the documents it skipped.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('seedReader.corrections.enabled')) this.reapplyAll();
        if (!e.affectsConfiguration('seedReader.maxFileSizeMB') || !this.tooLarge.size) return;
        for (const doc of vscode.workspace.textDocuments ?? []) {
          if (this.tooLarge.has(doc.uri.toString())) void this.refresh(doc);
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

  /**
   * The cached analysis of the document's current version, if there is one: while a large document is being analysed,
   * the preview of its visible paragraphs (see `isPreview`).
   */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const hit = this.cache.get(document.uri.toString());
    return hit && hit.version === document.version ? hit.analysis : undefined;
  }

  /** True when `peek` gives only the preview of the visible paragraphs (the full analysis is on its way). */
  isPreview(document: vscode.TextDocument): boolean {
    const hit = this.cache.get(document.uri.toString());
    return !!hit && hit.version === document.version && !!hit.preview;
  }

  /** Characters of the document being analysed when a large analysis is running, else undefined. */
  analysing(document: vscode.TextDocument): number | undefined {
    return this.running.get(document.uri.toString());
  }

  /** The full analysis of the document's current version; computed when not cached. Undefined for non-seed documents. */
  async get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isSeedDocument(document)) return undefined;
    const hit = this.cache.get(document.uri.toString());
    if (hit && hit.version === document.version && !hit.preview) return hit.analysis;
    const key = document.uri.toString();
    const running = this.inflight.get(key);
    if (running && running.version === document.version) return running.promise;
    const version = document.version;
    const promise = this.compute(document, version).finally(() => {
      if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
    });
    this.inflight.set(key, { version, promise });
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
    if (sidecar) {
      this.sidecarGen.set(sidecar, (this.sidecarGen.get(sidecar) ?? 0) + 1);
      this.sidecarTexts.delete(sidecar);
      this.sidecarLoads.delete(sidecar);
    }
    return this.get(document);
  }

  /**
   * Analyses text that is not an open document (e.g. a file of a workspace export): in the worker thread when there is
   * one, so the extension host is not blocked; `key` names a one-off cache slot that is dropped afterwards.
   */
  async analyzeText(text: string, key: string, token?: vscode.CancellationToken): Promise<Analysis> {
    if (!this.worker) return this.analyzer(text, key);
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

  /** Size in characters when the document was skipped for exceeding `seedReader.maxFileSizeMB`, else undefined. */
  skippedSize(document: vscode.TextDocument): number | undefined {
    return this.tooLarge.get(document.uri.toString());
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    perDocument.delete(key);
    this.worker?.forget(key);
    this.published.delete(key);
    this.warned.delete(key);
    this.notified.delete(key);
    this.endProgress(document);
    this.cache.delete(key);
    this.applied.delete(key);
    this.inflight.delete(key);
    this.tooLarge.delete(key);
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  /** The reader's corrections applied to the document's current analysis (undefined before its first analysis). */
  correctionsOf(document: vscode.TextDocument): AppliedCorrections | undefined {
    const a = this.applied.get(document.uri.toString());
    return a && a.version === document.version ? a : undefined;
  }

  /**
   * The engine's analysis of the current version, before the reader's corrections (what a correction is built against
   * when it must name the engine's spans); undefined when not cached.
   */
  rawOf(document: vscode.TextDocument): Analysis | undefined {
    const hit = this.cache.get(document.uri.toString());
    return hit && hit.version === document.version ? hit.raw : undefined;
  }

  /**
   * Tells the service the sidecar's new text (after Seed Reader wrote it; null: deleted): the open seeds it belongs to
   * are corrected again at once, without re-analysing them. The file watcher would do it too, a little later.
   */
  setSidecarText(sidecar: vscode.Uri, json: string | null): void {
    const k = sidecar.toString();
    const before = this.sidecarTexts.get(k);
    this.sidecarGen.set(k, (this.sidecarGen.get(k) ?? 0) + 1); // a read in flight is older than this
    this.sidecarLoads.delete(k);
    this.sidecarTexts.set(k, { json });
    if (!before || before.json !== json || before.error) this.reapply(k);
  }

  /** Reads the sidecar again (it changed on disk or in its editor) and re-applies it where its text changed. */
  async sidecarChanged(sidecar: vscode.Uri, force = false): Promise<void> {
    const k = sidecar.toString();
    const gen = (this.sidecarGen.get(k) ?? 0) + 1;
    this.sidecarGen.set(k, gen);
    this.sidecarLoads.delete(k);
    // The old text stays in use until the new one is read (an analysis published meanwhile is still corrected).
    let after: { json: string | null; error?: string };
    try {
      after = { json: await readSidecar(sidecar) };
    } catch (err) {
      after = { json: null, error: err instanceof SidecarReadError ? err.message : String(err) };
    }
    if (this.sidecarGen.get(k) !== gen) return; // a newer change is on its way
    const before = this.sidecarTexts.get(k);
    this.sidecarTexts.set(k, after);
    if (force || !before || before.json !== after.json || before.error !== after.error) this.reapply(k);
  }

  private scheduleSidecar(sidecar: vscode.Uri): void {
    const k = sidecar.toString();
    clearTimeout(this.sidecarTimers.get(k));
    this.sidecarTimers.set(k, setTimeout(() => {
      this.sidecarTimers.delete(k);
      void this.sidecarChanged(sidecar);
    }, 150));
  }

  private async loadSidecar(document: vscode.TextDocument): Promise<void> {
    const uri = sidecarUriOf(document.uri);
    if (uri && correctionsEnabled(document.uri)) await this.loadSidecarUri(uri);
  }

  private loadSidecarUri(uri: vscode.Uri): Promise<void> {
    const k = uri.toString();
    if (this.sidecarTexts.has(k)) return Promise.resolve();
    let load = this.sidecarLoads.get(k);
    if (!load) {
      load = readSidecar(uri).then(
        (json) => { if (this.sidecarLoads.get(k) === load && !this.sidecarTexts.has(k)) this.sidecarTexts.set(k, { json }); },
        (err) => {
          if (this.sidecarLoads.get(k) !== load || this.sidecarTexts.has(k)) return;
          this.sidecarTexts.set(k, { json: null, error: err instanceof SidecarReadError ? err.message : String(err) });
        },
      ).finally(() => { if (this.sidecarLoads.get(k) === load) this.sidecarLoads.delete(k); });
      this.sidecarLoads.set(k, load);
    }
    return load;
  }

  /** Re-applies the corrections to every open seed whose sidecar is `sidecarKey` (from the cached engine analysis). */
  private reapply(sidecarKey: string): void {
    for (const [key, hit] of this.cache) {
      const doc = vscode.workspace.textDocuments?.find((d) => d.uri.toString() === key);
      if (!doc || doc.isClosed || doc.version !== hit.version || sidecarUriOf(doc.uri)?.toString() !== sidecarKey) continue;
      this.republish(doc, hit);
    }
  }

  private reapplyAll(): void {
    for (const [key, hit] of this.cache) {
      const doc = vscode.workspace.textDocuments?.find((d) => d.uri.toString() === key);
      if (doc && !doc.isClosed && doc.version === hit.version) {
        void this.loadSidecar(doc).then(() => {
          if (this.cache.get(key) === hit && doc.version === hit.version) this.republish(doc, hit);
        });
      }
    }
  }

  private republish(doc: vscode.TextDocument, hit: { version: number; analysis: Analysis; raw: Analysis; preview?: boolean }): void {
    const shown = this.correct(doc, hit.raw, doc.getText(), hit.version, !hit.preview);
    const next = { ...hit, analysis: shown };
    this.cache.set(doc.uri.toString(), next);
    this.emitter.fire({ document: doc, analysis: shown, preview: hit.preview });
    this.reapplyEmitter.fire(doc);
  }

  /** The analysis with the document's sidecar applied (the sidecar's text must be loaded; else `raw` as it is). */
  private correct(document: vscode.TextDocument, raw: Analysis, text: string, version: number, full: boolean): Analysis {
    const key = document.uri.toString();
    const sidecar = sidecarUriOf(document.uri);
    if (!sidecar || !correctionsEnabled(document.uri)) {
      this.applied.delete(key);
      return raw;
    }
    const loaded = this.sidecarTexts.get(sidecar.toString());
    if (!loaded) return raw;
    let outcome: SidecarApplied;
    try {
      outcome = applySidecarText(raw, text, loaded.json);
    } catch (err) {
      // The core never throws; should it, the engine's analysis still shows.
      this.log(`applying ${sidecar.toString()} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return raw;
    }
    if (full) this.applied.set(key, { sidecar, json: loaded.json, readError: loaded.error, outcome, version });
    if (full) this.tellProblems(sidecar, loaded, outcome);
    return outcome.analysis;
  }

  /** Problems of a sidecar: logged, and told once per change of its text (not while it is being typed unsaved). */
  private tellProblems(sidecar: vscode.Uri, loaded: { json: string | null; error?: string }, outcome: SidecarApplied): void {
    const k = sidecar.toString();
    const stamp = loaded.error !== undefined ? `error:${loaded.error}` : `json:${loaded.json ?? ''}`;
    if (this.told.get(k) === stamp) return;
    this.told.set(k, stamp);
    const name = baseName(sidecar);
    if (loaded.error !== undefined) {
      this.log(`${k}: cannot read the corrections: ${loaded.error}`);
      void Promise.resolve(vscode.window.showWarningMessage(`Seed Reader: cannot read the corrections in ${name}: ${loaded.error}. The analysis shows without them.`)).then(undefined, () => undefined);
      return;
    }
    for (const p of outcome.problems) this.log(`${k}: ${p.message}${p.index === null ? '' : '; skipped (the other corrections still apply)'}`);
    outcome.results.forEach((r, i) => {
      if (r.status === 'orphaned') this.log(`${k}: ${formatResult(r, outcome.corrections[i])}`);
    });
    if (!outcome.problems.length) return;
    const dirty = vscode.workspace.textDocuments?.some((d) => d.uri.toString() === k && d.isDirty);
    if (dirty) return; // being edited: told when saved
    const first = outcome.problems[0];
    const more = outcome.problems.length > 1 ? ` (and ${outcome.problems.length - 1} more: see the Seed Reader output)` : '';
    const rest = first.index === null ? '' : ' That entry is skipped; the other corrections still apply.';
    void Promise.resolve(vscode.window.showWarningMessage(`Seed Reader: ${name}: ${first.message}.${rest}${more}`)).then(undefined, () => undefined);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    const delay = vscode.workspace.getConfiguration('seedReader', document).get<number>('analysisDelay', 300);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (!document.isClosed) void this.get(document);
    }, Math.max(0, Math.min(5000, Number(delay) || 0)));
    this.timers.set(key, timer);
  }

  private async compute(document: vscode.TextDocument, version: number): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    const maxMB = vscode.workspace.getConfiguration('seedReader', document).get<number>('maxFileSizeMB', 20);
    // The size from the document's end offset: a file over the limit is never copied out of the editor.
    const size = document.offsetAt(document.lineAt(Math.max(0, document.lineCount - 1)).range.end);
    if (maxMB > 0 && size > maxMB * 1024 * 1024) {
      this.tooLarge.set(key, size);
      this.warnTooLarge(document, size, maxMB);
      return undefined;
    }
    const text = document.getText();
    this.tooLarge.delete(key);
    // The sidecar is read while the engine works (cached afterwards): no added latency.
    const sidecarLoad = this.loadSidecar(document);
    const large = text.length >= LARGE_DOCUMENT;
    // A preview only until the document's first full analysis: after an edit, the editor keeps showing the previous
    // highlights (VS Code moves them with the text) until the new full analysis replaces them, without a partial flash.
    let window: { start: number; end: number } | undefined;
    if (!this.published.has(key) && (large || text.length >= PREVIEW_MIN)) {
      window = this.visibleWindow(document);
      if (window && !large && (window.end - window.start) * 2 >= text.length) window = undefined; // it shows most of it
    }
    let analysis: Analysis;
    try {
      if (this.worker) {
        if (large) this.startProgress(document, text.length);
        analysis = await this.worker.analyze(key, text, {
          window,
          onPreview: (preview) => {
            if (document.version !== version || document.isClosed) return;
            const hit = this.cache.get(key);
            if (hit && hit.version === version) return;
            const shown = this.correct(document, preview, text, version, false);
            this.cache.set(key, { version, analysis: shown, raw: preview, preview: true });
            this.emitter.fire({ document, analysis: shown, preview: true });
          },
        });
      } else analysis = await this.analyzer(text, key);
    } catch (err) {
      if (document.version === version) this.endProgress(document);
      if (err instanceof SupersededError) return undefined;
      if (err instanceof AnalysisTimeoutError || err instanceof AnalysisTooLargeError) {
        this.tellOnce(document, err);
        return undefined;
      }
      console.error('[seed-reader] analysis failed', err);
      this.log(`analysis of ${document.uri.toString()} failed: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    if (document.version === version) this.endProgress(document);
    // The document moved on while we computed: these offsets no longer fit it, and the newer
    // version's own (debounced) computation will publish.
    if (document.version !== version || document.isClosed) return undefined;
    await sidecarLoad;
    if (document.version !== version || document.isClosed) return undefined;
    const shown = this.correct(document, analysis, text, version, true);
    this.cache.set(key, { version, analysis: shown, raw: analysis });
    this.published.add(key);
    this.emitter.fire({ document, analysis: shown });
    return shown;
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
  private startProgress(document: vscode.TextDocument, size: number): void {
    const key = document.uri.toString();
    clearTimeout(this.progressTimers.get(key));
    this.progressTimers.set(
      key,
      setTimeout(() => {
        this.progressTimers.delete(key);
        this.running.set(key, size);
        this.progressEmitter.fire({ document, size });
      }, this.progressDelay),
    );
  }

  private endProgress(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.progressTimers.get(key));
    this.progressTimers.delete(key);
    if (this.running.delete(key)) this.progressEmitter.fire({ document, size: undefined });
  }

  private warnTooLarge(document: vscode.TextDocument, size: number, maxMB: number): void {
    const key = document.uri.toString();
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const name = path.basename(document.uri.path || document.uri.toString());
    const open = 'Open Setting';
    void Promise.resolve(
      vscode.window.showWarningMessage(
        `Seed Reader: ${name} is ${(size / 1024 / 1024).toFixed(1)} MB, more than seedReader.maxFileSizeMB (${maxMB} MB), so it is not analysed. Raise the setting (0 = no limit) to analyse it.`,
        open,
      ),
    ).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'seedReader.maxFileSizeMB');
    }, () => undefined);
  }

  /** A line in the `Seed Reader` output channel (created on first use). */
  private log(line: string): void {
    try {
      this.output ??= outputChannel();
      this.output.appendLine(`[${new Date().toISOString()}] ${line}`);
    } catch {
      // no output channel (an API without one): the messages still show
    }
  }

  /** A document whose analysis took too long or was too large: said once per document (logged every time). */
  private tellOnce(document: vscode.TextDocument, err: AnalysisTimeoutError | AnalysisTooLargeError): void {
    const key = document.uri.toString();
    const name = path.basename(document.uri.path || key);
    const slow = err instanceof AnalysisTimeoutError;
    this.log(slow
      ? `analysis of ${key} (${document.version}) took too long: stopped after ${(err.ms / 1000).toFixed(1)} s (the worker was restarted)`
      : `analysis of ${key} (${document.version}) too large to display: not sent to the editor`);
    if (this.notified.has(key)) return;
    this.notified.add(key);
    const msg = slow
      ? `Seed Reader: the analysis of ${name} took too long and was stopped, so it has no highlights. Other documents are unaffected.`
      : `Seed Reader: the analysis of ${name} is too large to display (far more quotes and names than a news article has), so it has no highlights.`;
    void Promise.resolve(vscode.window.showWarningMessage(msg)).then(undefined, () => undefined);
  }

  private onWorkerTimeout(t: WorkerTimeout): void {
    // A timed-out request that someone waited for is reported through its rejection (tellOnce); this one nobody wanted.
    if (t.cancelled) this.log(`an outdated analysis of ${t.key} (${t.chars} characters) was still running after ${(t.ms / 1000).toFixed(1)} s: the worker was restarted`);
  }

  private onWorkerCrash(crash: WorkerCrash): void {
    for (const key of new Set([...this.running.keys(), ...this.progressTimers.keys()])) {
      const doc = vscode.workspace.textDocuments?.find((d) => d.uri.toString() === key);
      if (doc) this.endProgress(doc);
    }
    for (const t of this.progressTimers.values()) clearTimeout(t);
    this.progressTimers.clear();
    this.running.clear();
    this.log(`the analysis worker stopped: ${crash.message}${crash.outOfMemory ? ' (out of memory)' : ''}`);
    // Every crash is told, at most one message per crashInterval: crashes in between are summed up in the next one.
    this.crashesUnshown.push(crash);
    if (this.crashTimer) return;
    const wait = this.crashShownAt + this.crashInterval - performance.now();
    if (wait <= 0) this.showCrashes();
    else {
      this.crashTimer = setTimeout(() => this.showCrashes(), wait);
      this.crashTimer.unref?.();
    }
  }

  private showCrashes(): void {
    this.crashTimer = undefined;
    const crashes = this.crashesUnshown;
    this.crashesUnshown = [];
    if (!crashes.length) return;
    this.crashShownAt = performance.now();
    const outOfMemory = crashes.some((c) => c.outOfMemory);
    const last = crashes[crashes.length - 1];
    const times = crashes.length > 1 ? ` ${crashes.length} times` : '';
    const open = 'Open Setting';
    const msg = outOfMemory
      ? `Seed Reader: the analysis ran out of memory and was stopped${times} (the editor is unaffected). Lower seedReader.maxFileSizeMB to skip files this large.`
      : `Seed Reader: the analysis worker stopped${times} (${last.message}); it restarts on the next analysis. Details in the Seed Reader output.`;
    void Promise.resolve(vscode.window.showErrorMessage(msg, ...(outOfMemory ? [open] : []))).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'seedReader.maxFileSizeMB');
    }, () => undefined);
  }

  dispose(): void {
    if (this.crashTimer) clearTimeout(this.crashTimer);
    this.crashTimer = undefined;
    this.output?.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const t of this.sidecarTimers.values()) clearTimeout(t);
    this.sidecarTimers.clear();
    for (const t of this.progressTimers.values()) clearTimeout(t);
    this.progressTimers.clear();
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
    this.inflight.clear();
    this.running.clear();
    this.worker?.dispose();
    this.emitter.dispose();
    this.reapplyEmitter.dispose();
    this.progressEmitter.dispose();
  }
}
