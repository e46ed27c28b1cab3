// The workspace corpus for the editor: every seed of the workspace summarised into a CorpusIndex, analysed one file
// at a time in the analysis worker (never on the extension host thread), kept up to date by a file watcher and
// persisted (summaries keyed by a hash of the file's bytes and the engine version) so that reopening a workspace
// shows the corpus at once. Everything it touches outside comes through CorpusHost (vscode in register.ts, fakes in
// tests): this file imports no vscode.
import { createHash } from 'node:crypto';
import type { Analysis } from '../../engine/types';
import { looksLikeSeed } from '../../engine/header';
import { CorpusIndex, summarize, type ArticleSummary } from '../../corpus';
import { looksLikeUtf16, refusedSeedBytes } from '../../export/batch';
import { CorpusBatcher, BATCH_FILES, type SendBatch } from './corpusBatcher';
import { nextTurn } from './turns';
import { readStore, SLICE_MS, STORE_FORMAT, writeStore, type StoreEntry, type StoreHead } from './corpusStore';

/**
 * Why a seed's bytes are not read as its text, in the words of Export All Seeds (UTF-16, NUL bytes); undefined when
 * they are. Decoded as UTF-8 they would be indexed as an article of garbage (a headline of NULs, no quote).
 */
export const unreadableSeed = refusedSeedBytes;

/** The head of a file as text for header detection: UTF-16 (LE unless it says or looks BE) or UTF-8. */
function headText(head: Uint8Array): string {
  if (!looksLikeUtf16(head)) return new TextDecoder('utf-8').decode(head);
  const be = (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0 && head[1] !== 0);
  return new TextDecoder(be ? 'utf-16be' : 'utf-16le').decode(head);
}

/** Seed by name, whatever the header says (as the CLI and the language contribution). */
export const SEED_NAME = /\.seed(\.txt)?$/i;
/** Bytes of the head read for header detection. */
const HEAD_BYTES = 4096;
export { STORE_FORMAT };
/** Files read and analysed at once while indexing: the next files are read while the worker analyses. */
export const INDEX_CONCURRENCY = 3;

export interface CorpusHost {
  /** Candidate files of the workspace (URI strings): `*.seed`, `*.txt`. */
  listFiles(): Promise<string[]>;
  /** Size in bytes. */
  size(file: string): Promise<number>;
  /** Size and modification time (ms): when both are what the stored summary was made from, the file is not read. */
  stat?(file: string): Promise<{ size: number; mtime: number }>;
  read(file: string): Promise<Uint8Array>;
  /** The first `bytes` bytes (header detection of a .txt without reading all of it); default: read() then cut. */
  head?(file: string, bytes: number): Promise<Uint8Array>;
  /** Analysis of a text, off the extension host thread (the worker), with the reader's corrections applied. */
  analyze(text: string, key: string): Promise<Analysis>;
  /**
   * Corpus summaries of a batch of files in the worker (`seed/corpusSummaries`: only the summaries come back, with the
   * corrections sidecar's text applied there); when present it is used instead of analyze().
   */
  summarizeBatch?: SendBatch;
  /** What else the analysis of `file` depends on (its corrections sidecar), as text for the cache key; '' for nothing. */
  dependencies?(file: string): Promise<string>;
  /** The persisted store (corpusStore.ts: bytes as read, or text), or undefined. */
  load(): Promise<Uint8Array | string | undefined>;
  save(data: Uint8Array): Promise<void>;
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
  /** file → hash of the bytes its summary was built from, and the file's size and time then. */
  private readonly hashes = new Map<string, { hash: string; size?: number; mtime?: number }>();
  readonly skipped = new Map<string, { reason: SkipReason; detail?: string }>();
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | undefined;
  private cancelRequested = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private loaded = false;
  /** The batches of the run under way (summarizeBatch). */
  private batcher: CorpusBatcher | undefined;
  /** Size of the store last read or written (the next one is about as large). */
  private storeBytes = 0;
  private saving: Promise<void> = Promise.resolve();
  /** Files changed while a run was going on: done after it. */
  private readonly pending = new Set<string>();
  readonly state: CorpusState = { indexing: false, done: 0, total: 0, cancelled: false, ready: false };
  /**
   * While the stored index loads: the head it starts with (the number of articles, the ranked speakers with their
   * counts), for the Corpus view to show at once; undefined once the articles are in the index (or without a head).
   */
  preview: StoreHead | undefined;
  /** True while the stored index is being read into the index. */
  private storeLoading = false;
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

  private settling: Promise<void> | undefined;

  /**
   * Builds the index's corpus actors in slices of SLICE_MS with a turn of the event loop between them, so that a view
   * drawn afterwards finds them made (a large change, or a store just loaded, never blocks the host in one go). One at
   * a time: a second call joins the first; changes made meanwhile are built too.
   */
  settle(): Promise<void> {
    // (While the store loads, the view shows its head: the index is built once, after the last line.)
    if (this.index.isBuilt || this.storeLoading) return Promise.resolve();
    this.settling ??= this.settleInSlices().finally(() => {
      this.settling = undefined;
    });
    return this.settling;
  }

  private async settleInSlices(): Promise<void> {
    for (;;) {
      await nextTurn();
      const t = performance.now();
      if (this.index.buildStep(() => performance.now() - t > SLICE_MS)) return;
    }
  }

  /** Loads the persisted summaries (once): the corpus shows at once, before the files are checked. */
  async loadStore(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    let raw: Uint8Array | string | undefined;
    try {
      raw = await this.host.load();
    } catch {
      raw = undefined;
    }
    if (!raw || !raw.length) return;
    this.storeBytes = raw.length;
    this.storeLoading = true;
    let result: Awaited<ReturnType<typeof readStore>>;
    try {
      result = await readStore(raw, this.host.engineVersion, (e) => {
        this.hashes.set(e.summary.file, { hash: e.hash, size: e.size, mtime: e.mtime });
        this.index.set(e.summary);
      }, (head) => {
        if (this.index.size || !head.articles) return;
        this.preview = head;
        this.fire();
      });
      // The corpus actors made in slices before the view leaves the head for the index.
      this.storeLoading = false;
      await this.settle();
    } finally {
      this.storeLoading = false;
      this.preview = undefined;
    }
    if (!result.ok) {
      this.host.log(result.reason === 'not valid' ? 'corpus: the stored index is not valid JSON; it is rebuilt' : 'corpus: the stored index is of another format or engine version; it is rebuilt');
      return;
    }
    if (result.dropped) this.host.log(`corpus: ${result.dropped} entries of the stored index were not valid; their files are analysed again`);
    if (this.index.size) this.state.ready = true;
    this.fire();
  }

  /** The entries to persist, taken now (the store is then written in slices). */
  private storeEntries(): StoreEntry[] {
    const entries: StoreEntry[] = [];
    for (const file of this.index.files()) {
      const h = this.hashes.get(file);
      const summary = this.index.get(file);
      if (h && summary) entries.push({ hash: h.hash, size: h.size, mtime: h.mtime, summary });
    }
    return entries;
  }

  /** Writes the store now (after a save still under way: the store is made in slices, and the newest is written last). */
  save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saving = this.saving.then(() => this.write());
    return this.saving;
  }

  private async write(): Promise<void> {
    try {
      // The ranked speakers, the head of the store, taken with the entries (the same index state).
      await this.settle();
      const data = await writeStore(this.host.engineVersion, this.storeEntries(), this.storeBytes, this.index.speakers());
      this.storeBytes = data.length;
      await this.host.save(data);
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
    this.batcher?.cancel();
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
      // A few files at once: the next ones are read and hashed here while the worker analyses. A file is counted at the
      // moment its result enters the index; a result that arrives after a cancel is dropped, so a cancelled run keeps
      // exactly the files it counted.
      const commit = (file: string): boolean => {
        if (cancelled()) return false;
        this.state.done++;
        onProgress?.({ done: this.state.done, total: files.length, file });
        return true;
      };
      let next = 0;
      const batcher = this.host.summarizeBatch ? (this.batcher = new CorpusBatcher(this.host.summarizeBatch)) : undefined;
      const lane = async (): Promise<void> => {
        while (next < files.length) {
          if (cancelled()) {
            batcher?.cancel();
            break;
          }
          const file = files[next++];
          onProgress?.({ done: this.state.done, total: files.length, file });
          if (cancelled()) break;
          if (await this.indexFile(file, () => commit(file))) this.fire();
          await yieldTurn();
        }
      };
      // With batches, enough files in flight to fill two of them (one analysed while the next one fills).
      await Promise.all(Array.from({ length: batcher ? 2 * BATCH_FILES : INDEX_CONCURRENCY }, lane));
      if (batcher) this.host.log(`corpus: ${batcher.sent} batches sent to the worker`);
      this.state.cancelled = cancelled();
      if (this.state.cancelled) this.host.log(`corpus: indexing cancelled after ${this.state.done} of ${files.length} files`);
      else {
        this.host.log(`corpus: ${this.index.size} articles indexed (${this.analysed} analysed, ${this.reused} reused), ${this.skipped.size} files skipped`);
        this.state.ready = true;
      }
    } finally {
      this.batcher = undefined;
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

  /** The hash of what a file's summary depends on besides its bytes (its corrections sidecar): '' or `+hash`. */
  private async dependencyHash(file: string): Promise<string> {
    return (await this.dependency(file)).hash;
  }

  /** The text of what a file's summary depends on besides its bytes (its corrections sidecar), and its hash. */
  private async dependency(file: string): Promise<{ text: string; hash: string }> {
    const text = this.host.dependencies ? await this.host.dependencies(file).catch(() => '') : '';
    return { text, hash: text ? `+${contentHash(new TextEncoder().encode(text))}` : '' };
  }

  /** The summary of a file's text: in a batch of the run, alone through summarizeBatch, or analysed then summarised. */
  private async summaryOf(file: string, text: string, corrections: string): Promise<ArticleSummary> {
    const one = { key: file, text, ...(corrections ? { corrections } : {}) };
    if (this.batcher) return this.batcher.summarize(one);
    if (this.host.summarizeBatch) {
      const never = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
      const [r] = await this.host.summarizeBatch([one], never);
      if (r && 'summary' in r) return r.summary;
      throw new Error(r && 'error' in r ? r.error : 'no result');
    }
    return summarize(file, await this.host.analyze(text, `corpus:${file}`), text);
  }

  /**
   * (Re)indexes one file: reuses its summary when the bytes did not change — without reading the file when its size
   * and modification time are those the summary was made from. Nothing changes in the index unless `commit()` says
   * yes when the file is done (a run counts the file then); returns false when it said no.
   */
  private async indexFile(file: string, commit: () => boolean = () => true): Promise<boolean> {
    let st: { size: number; mtime?: number };
    let bytes: Uint8Array;
    const known = this.hashes.get(file);
    try {
      st = this.host.stat ? await this.host.stat(file) : { size: await this.host.size(file) };
      const max = this.host.maxBytes();
      if (max > 0 && st.size > max) {
        if (!commit()) return false;
        this.skip(file, 'too large', `${(st.size / 1024 / 1024).toFixed(1)} MB, more than seedReader.maxFileSizeMB`);
        return true;
      }
      if (known && st.mtime && known.size === st.size && known.mtime === st.mtime && this.index.has(file)) {
        const plus = known.hash.indexOf('+');
        if ((plus < 0 ? '' : known.hash.slice(plus)) === (await this.dependencyHash(file))) {
          if (!commit()) return false;
          this.skipped.delete(file);
          this.reused++;
          return true;
        }
      }
      if (!SEED_NAME.test(file)) {
        const head = this.host.head ? await this.host.head(file, HEAD_BYTES) : await this.host.read(file);
        // A UTF-16 seed is told apart from other UTF-16 text: it is refused below with the reason, the others are no seeds.
        if (!looksLikeSeed(headText(head.subarray(0, HEAD_BYTES)))) {
          if (!commit()) return false;
          this.skip(file, 'not a seed', 'line 2 is not a YYYYMMDD date or line 3 not an http(s) URL, and the name is not *.seed or *.seed.txt');
          return true;
        }
        bytes = this.host.head ? await this.host.read(file) : head;
      } else bytes = await this.host.read(file);
      const refused = unreadableSeed(bytes);
      if (refused) {
        if (!commit()) return false;
        this.skip(file, 'unreadable', refused);
        return true;
      }
    } catch (err) {
      if (!commit()) return false;
      this.skip(file, 'unreadable', err instanceof Error ? err.message : String(err));
      return true;
    }
    // The summary depends on the seed's bytes and on its corrections: a changed sidecar makes a new key.
    const dep = await this.dependency(file);
    const hash = contentHash(bytes) + dep.hash;
    // (A time of 0 is no time: some file systems, and fakes, report it.)
    const stamp = st.mtime ? { hash, size: bytes.length, mtime: st.mtime } : { hash };
    if (known?.hash === hash && this.index.has(file)) {
      if (!commit()) return false;
      this.skipped.delete(file);
      this.hashes.set(file, stamp);
      this.reused++;
      return true;
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    let summary: ArticleSummary;
    try {
      summary = await this.summaryOf(file, text, dep.text);
    } catch (err) {
      if (!commit()) return false;
      this.skip(file, 'analysis failed', err instanceof Error ? err.message : String(err));
      return true;
    }
    if (!commit()) return false;
    this.skipped.delete(file);
    this.analysed++;
    this.hashes.set(file, stamp);
    this.index.set(summary);
    return true;
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
