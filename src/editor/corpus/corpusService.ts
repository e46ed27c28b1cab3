// The workspace corpus for the editor: every seed of the workspace summarised into a CorpusIndex, analysed one file
// at a time in the analysis worker (never on the extension host thread), kept up to date by a file watcher and
// persisted (summaries keyed by a hash of the file's bytes and the engine version) so that reopening a workspace
// shows the corpus at once. Everything it touches outside comes through CorpusHost (vscode in register.ts, fakes in
// tests): this file imports no vscode.
import { createHash } from 'node:crypto';
import type { Analysis } from '../../engine/types';
import { looksLikeSeed } from '../../engine/header';
import { CorpusIndex, summarize, type ArticleSummary } from '../../corpus';

/** Seed by name, whatever the header says (as the CLI and the language contribution). */
export const SEED_NAME = /\.seed(\.txt)?$/i;
/** Bytes of the head read for header detection. */
const HEAD_BYTES = 4096;
/** Format of the persisted file; part of the cache key with the engine version. */
export const STORE_FORMAT = 1;

export interface CorpusHost {
  /** Candidate files of the workspace (URI strings): `*.seed`, `*.txt`. */
  listFiles(): Promise<string[]>;
  /** Size in bytes. */
  size(file: string): Promise<number>;
  read(file: string): Promise<Uint8Array>;
  /** The first `bytes` bytes (header detection of a .txt without reading all of it); default: read() then cut. */
  head?(file: string, bytes: number): Promise<Uint8Array>;
  /** Analysis of a text, off the extension host thread (the worker), with the reader's corrections applied. */
  analyze(text: string, key: string): Promise<Analysis>;
  /** What else the analysis of `file` depends on (its corrections sidecar), as text for the cache key; '' for nothing. */
  dependencies?(file: string): Promise<string>;
  /** The persisted store, or undefined. */
  load(): Promise<string | undefined>;
  save(json: string): Promise<void>;
  log(line: string): void;
  /** seedReader.maxFileSizeMB in bytes (0: no limit). */
  maxBytes(): number;
  /** Engine version string: persisted summaries of another engine are analysed again. */
  engineVersion: string;
}

export interface CancelToken {
  readonly isCancellationRequested: boolean;
}

export interface IndexProgress {
  done: number;
  total: number;
  file?: string;
}

export type SkipReason = 'too large' | 'not a seed' | 'unreadable' | 'analysis failed';

interface StoreEntry {
  hash: string;
  summary: ArticleSummary;
}

interface Store {
  format: number;
  engine: string;
  entries: Record<string, StoreEntry>;
}

/** A fast hash of the bytes (SHA-1 in native code; not a security boundary, a cache key). */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

const yieldTurn = (): Promise<void> => new Promise((r) => setImmediate(r));

export interface CorpusState {
  indexing: boolean;
  done: number;
  total: number;
  cancelled: boolean;
  /** True once a full run finished (or the store was loaded). */
  ready: boolean;
}

export class CorpusService {
  readonly index = new CorpusIndex();
  /** file → hash of the bytes its summary was built from. */
  private readonly hashes = new Map<string, string>();
  readonly skipped = new Map<string, { reason: SkipReason; detail?: string }>();
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | undefined;
  private cancelRequested = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private loaded = false;
  /** Files changed while a run was going on: done after it. */
  private readonly pending = new Set<string>();
  readonly state: CorpusState = { indexing: false, done: 0, total: 0, cancelled: false, ready: false };
  /** Analyses done (not reused from the store) since creation: for tests and the log. */
  analysed = 0;
  reused = 0;
  /** Runs finished (cancelled or not). */
  completedRuns = 0;

  constructor(private readonly host: CorpusHost, private readonly saveDelayMs = 500) {}

  /** Called on every change of the index or of the state. */
  onDidChange(fn: () => void): { dispose(): void } {
    this.listeners.add(fn);
    return { dispose: () => this.listeners.delete(fn) };
  }

  private fire(): void {
    for (const fn of [...this.listeners]) {
      try {
        fn();
      } catch {
        // a listener's error is not the index's
      }
    }
  }

  get indexing(): boolean {
    return this.state.indexing;
  }

  /** Loads the persisted summaries (once): the corpus shows at once, before the files are checked. */
  async loadStore(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    let raw: string | undefined;
    try {
      raw = await this.host.load();
    } catch {
      raw = undefined;
    }
    if (!raw) return;
    let store: Store;
    try {
      store = JSON.parse(raw) as Store;
    } catch {
      this.host.log('corpus: the stored index is not valid JSON; it is rebuilt');
      return;
    }
    if (!store || store.format !== STORE_FORMAT || store.engine !== this.host.engineVersion || typeof store.entries !== 'object') {
      this.host.log('corpus: the stored index is of another engine version; it is rebuilt');
      return;
    }
    for (const [file, e] of Object.entries(store.entries)) {
      if (!e || typeof e.hash !== 'string' || !e.summary || e.summary.file !== file || !Array.isArray(e.summary.quotes) || !Array.isArray(e.summary.actors)) continue;
      this.hashes.set(file, e.hash);
      this.index.set(e.summary);
    }
    if (this.index.size) this.state.ready = true;
    this.fire();
  }

  private toStore(): Store {
    const entries: Record<string, StoreEntry> = {};
    for (const file of this.index.files()) {
      const hash = this.hashes.get(file);
      const summary = this.index.get(file);
      if (hash && summary) entries[file] = { hash, summary };
    }
    return { format: STORE_FORMAT, engine: this.host.engineVersion, entries };
  }

  /** Writes the store now. */
  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    try {
      await this.host.save(JSON.stringify(this.toStore()));
    } catch (err) {
      this.host.log(`corpus: could not save the index: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), this.saveDelayMs);
    (this.saveTimer as { unref?: () => void }).unref?.();
  }

  /** Stops a running index (what was indexed stays). */
  cancel(): void {
    if (this.state.indexing) this.cancelRequested = true;
  }

  /**
   * Indexes every seed of the workspace: files already summarised with the same bytes and engine are reused, others
   * analysed one at a time in the worker; files gone are dropped. One run at a time (a second call joins the first).
   */
  indexAll(token?: CancelToken, onProgress?: (p: IndexProgress) => void): Promise<void> {
    if (this.running) return this.running;
    this.running = this.run(token, onProgress).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(token: CancelToken | undefined, onProgress?: (p: IndexProgress) => void): Promise<void> {
    await this.loadStore();
    this.cancelRequested = false;
    const cancelled = () => this.cancelRequested || !!token?.isCancellationRequested;
    Object.assign(this.state, { indexing: true, done: 0, total: 0, cancelled: false });
    this.fire();
    try {
      const files = [...new Set(await this.host.listFiles())].sort();
      this.state.total = files.length;
      this.fire();
      const present = new Set(files);
      for (const f of this.index.files()) if (!present.has(f)) this.index.delete(f);
      for (const f of [...this.skipped.keys()]) if (!present.has(f)) this.skipped.delete(f);
      for (const file of files) {
        onProgress?.({ done: this.state.done, total: files.length, file });
        if (cancelled()) break;
        await this.indexFile(file);
        this.state.done++;
        this.fire();
        await yieldTurn();
      }
      this.state.cancelled = cancelled();
      if (this.state.cancelled) this.host.log(`corpus: indexing cancelled after ${this.state.done} of ${files.length} files`);
      else {
        this.host.log(`corpus: ${this.index.size} articles indexed (${this.analysed} analysed, ${this.reused} reused), ${this.skipped.size} files skipped`);
        this.state.ready = true;
      }
    } finally {
      this.state.indexing = false;
      this.completedRuns++;
      this.fire();
      await this.save();
    }
    // Changes that arrived during the run.
    const later = [...this.pending];
    this.pending.clear();
    for (const f of later) await this.update(f);
  }

  /** (Re)indexes one file: reuses its summary when the bytes did not change. */
  private async indexFile(file: string): Promise<void> {
    let size: number;
    let bytes: Uint8Array;
    try {
      size = await this.host.size(file);
      const max = this.host.maxBytes();
      if (max > 0 && size > max) {
        this.skip(file, 'too large', `${(size / 1024 / 1024).toFixed(1)} MB, more than seedReader.maxFileSizeMB`);
        return;
      }
      if (!SEED_NAME.test(file)) {
        const head = this.host.head ? await this.host.head(file, HEAD_BYTES) : await this.host.read(file);
        const text = new TextDecoder('utf-8').decode(head.subarray(0, HEAD_BYTES));
        if (!looksLikeSeed(text)) {
          this.skip(file, 'not a seed', 'line 2 is not a YYYYMMDD date or line 3 not an http(s) URL, and the name is not *.seed or *.seed.txt');
          return;
        }
        bytes = this.host.head ? await this.host.read(file) : head;
      } else bytes = await this.host.read(file);
    } catch (err) {
      this.skip(file, 'unreadable', err instanceof Error ? err.message : String(err));
      return;
    }
    // The summary depends on the seed's bytes and on its corrections: a changed sidecar makes a new key.
    const deps = this.host.dependencies ? await this.host.dependencies(file).catch(() => '') : '';
    const hash = deps ? `${contentHash(bytes)}+${contentHash(new TextEncoder().encode(deps))}` : contentHash(bytes);
    this.skipped.delete(file);
    if (this.hashes.get(file) === hash && this.index.has(file)) {
      this.reused++;
      return;
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    let analysis: Analysis;
    try {
      analysis = await this.host.analyze(text, `corpus:${file}`);
    } catch (err) {
      this.skip(file, 'analysis failed', err instanceof Error ? err.message : String(err));
      return;
    }
    this.analysed++;
    this.hashes.set(file, hash);
    this.index.set(summarize(file, analysis, text));
  }

  private skip(file: string, reason: SkipReason, detail?: string): void {
    const had = this.index.delete(file);
    this.hashes.delete(file);
    const prev = this.skipped.get(file);
    this.skipped.set(file, { reason, detail });
    if (!prev || prev.reason !== reason || had) this.host.log(`corpus: skipped ${file}: ${reason}${detail ? ` (${detail})` : ''}`);
  }

  /** A file was created or changed (the watcher): re-indexed when the corpus has been indexed. */
  async update(file: string): Promise<void> {
    if (!this.state.ready && !this.state.indexing) return;
    if (this.state.indexing) {
      this.pending.add(file);
      return;
    }
    await this.indexFile(file);
    this.fire();
    this.scheduleSave();
  }

  /** A file was deleted (the watcher). */
  remove(file: string): void {
    const a = this.index.delete(file);
    const b = this.skipped.delete(file);
    this.hashes.delete(file);
    if (a || b) {
      this.fire();
      this.scheduleSave();
    }
  }

  /** Counts of skipped files by reason. */
  skipCounts(): Map<SkipReason, number> {
    const m = new Map<SkipReason, number>();
    for (const s of this.skipped.values()) m.set(s.reason, (m.get(s.reason) ?? 0) + 1);
    return m;
  }

  dispose(): void {
    this.cancel();
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      void this.save();
    }
    this.listeners.clear();
  }
}
