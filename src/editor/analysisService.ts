// Keeps one Analysis per open seed document, cached per document version, recomputed
// (debounced by `seedReader.analysisDelay`) when the document changes. Every editor feature reads
// analyses from here, never from `analyze()` directly, so the engine can move to a worker later.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { isSeedDocument } from '../seedDetection';

export interface AnalysisChange {
  document: vscode.TextDocument;
  analysis: Analysis;
}

/** Computes the analysis of a document's text; `key` (the document URI) lets an analyzer reuse per-document caches. */
export type Analyzer = (text: string, key: string) => Analysis | Promise<Analysis>;

export interface AnalysisServiceOptions {
  /** Computes an analysis; defaults to the engine's `analyze`, loaded on first use. */
  analyzer?: Analyzer;
}

type Engine = typeof import('../analysis') & { createAnalyzer?: () => { analyze(text: string): Analysis } };
/** Per-document engine instances (they cache unchanged paragraphs between edits); a few recent documents. */
const perDocument = new Map<string, { analyze(text: string): Analysis }>();
const MAX_DOCUMENT_ANALYZERS = 8;

const defaultAnalyzer: Analyzer = async (text, key) => {
  // Loaded lazily: activation does no NLP.
  const engine: Engine = await import('../analysis');
  if (!engine.createAnalyzer) return engine.analyze(text);
  let a = perDocument.get(key);
  if (a) perDocument.delete(key);
  else a = engine.createAnalyzer();
  perDocument.set(key, a);
  while (perDocument.size > MAX_DOCUMENT_ANALYZERS) perDocument.delete(perDocument.keys().next().value as string);
  return a.analyze(text);
};

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; analysis: Analysis }>();
  private readonly inflight = new Map<string, { version: number; promise: Promise<Analysis | undefined> }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly tooLarge = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly analyzer: Analyzer;
  /** Fires when a document's analysis is (re)computed. */
  readonly onDidChangeAnalysis = this.emitter.event;

  constructor(options: AnalysisServiceOptions = {}) {
    this.analyzer = options.analyzer ?? defaultAnalyzer;
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && isSeedDocument(e.document)) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
    );
  }

  /** The cached analysis of the document's current version, if there is one. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const hit = this.cache.get(document.uri.toString());
    return hit && hit.version === document.version ? hit.analysis : undefined;
  }

  /** The analysis of the document's current version; computed when not cached. Undefined for non-seed documents. */
  async get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isSeedDocument(document)) return undefined;
    const cached = this.peek(document);
    if (cached) return cached;
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

  /** Drops the cached analysis and recomputes it now. */
  async refresh(document: vscode.TextDocument): Promise<Analysis | undefined> {
    this.forget(document);
    return this.get(document);
  }

  /** Size in characters when the document was skipped for exceeding `seedReader.maxFileSizeMB`, else undefined. */
  skippedSize(document: vscode.TextDocument): number | undefined {
    return this.tooLarge.get(document.uri.toString());
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    perDocument.delete(key);
    this.cache.delete(key);
    this.inflight.delete(key);
    this.tooLarge.delete(key);
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
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
    const text = document.getText();
    const maxMB = vscode.workspace.getConfiguration('seedReader', document).get<number>('maxFileSizeMB', 20);
    if (maxMB > 0 && text.length > maxMB * 1024 * 1024) {
      this.tooLarge.set(key, text.length);
      return undefined;
    }
    this.tooLarge.delete(key);
    let analysis: Analysis;
    try {
      analysis = await this.analyzer(text, key);
    } catch (err) {
      console.error('[seed-reader] analysis failed', err);
      return undefined;
    }
    // The document moved on while we computed: these offsets no longer fit it, and the newer
    // version's own (debounced) computation will publish.
    if (document.version !== version) return undefined;
    this.cache.set(key, { version, analysis });
    this.emitter.fire({ document, analysis });
    return analysis;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
    this.inflight.clear();
    this.emitter.dispose();
  }
}
