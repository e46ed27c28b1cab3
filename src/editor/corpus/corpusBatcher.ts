// Corpus files go to the worker in batches (`seed/corpusSummaries`): one request per few files instead of one per file,
// and only the summaries come back (about 1/3.5 of the analysis). Files are queued as they are read; a batch leaves when
// it has BATCH_FILES files or BATCH_BYTES characters, or BATCH_WAIT_MS after its first file. Imports no vscode.
import type { ArticleSummary } from '../../corpus';
import type { CancelLike } from '../../worker/corpusRequest';
import type { CorpusFile, CorpusFileResult } from '../../worker/protocol';

export const BATCH_FILES = 12;
/** Characters of text per batch at most (a single larger file goes alone). */
export const BATCH_BYTES = 1 << 20;
export const BATCH_WAIT_MS = 4;

export type SendBatch = (files: CorpusFile[], token: CancelLike) => Promise<CorpusFileResult[]>;

interface Item {
  file: CorpusFile;
  resolve: (s: ArticleSummary) => void;
  reject: (e: Error) => void;
}

export class CorpusBatcher {
  private queue: Item[] = [];
  private chars = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cancelled = false;
  private readonly listeners = new Set<() => void>();
  /** Requests sent (tests, the log). */
  sent = 0;
  readonly token: CancelLike;

  constructor(private readonly send: SendBatch) {
    const listeners = this.listeners;
    const isCancelled = (): boolean => this.cancelled;
    this.token = {
      get isCancellationRequested() {
        return isCancelled();
      },
      onCancellationRequested(fn: () => void) {
        listeners.add(fn);
        return { dispose: () => listeners.delete(fn) };
      },
    };
  }

  /** The summary of one file (rejects when its analysis failed, or the batch did). */
  summarize(file: CorpusFile): Promise<ArticleSummary> {
    return new Promise((resolve, reject) => {
      if (this.cancelled) return reject(new Error('cancelled'));
      if (this.queue.length && this.chars + file.text.length > BATCH_BYTES) this.flush();
      this.queue.push({ file, resolve, reject });
      this.chars += file.text.length;
      if (this.queue.length >= BATCH_FILES || this.chars >= BATCH_BYTES) this.flush();
      else if (!this.timer) {
        this.timer = setTimeout(() => this.flush(), BATCH_WAIT_MS);
        (this.timer as { unref?: () => void }).unref?.();
      }
    });
  }

  /** Sends what is queued now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const items = this.queue;
    this.queue = [];
    this.chars = 0;
    if (!items.length) return;
    this.sent++;
    this.send(items.map((i) => i.file), this.token).then((results) => {
      const byKey = new Map<string, CorpusFileResult>();
      for (const r of results) byKey.set(r.key, r);
      for (const it of items) {
        const r = byKey.get(it.file.key);
        if (r && 'summary' in r) it.resolve(r.summary);
        else it.reject(new Error(r && 'error' in r ? r.error : 'no result'));
      }
    }, (err: unknown) => {
      const e = err instanceof Error ? err : new Error(String(err));
      for (const it of items) it.reject(e);
    });
  }

  /** Cancels the batches in flight and every file queued or asked for later. */
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const items = this.queue;
    this.queue = [];
    for (const it of items) it.reject(new Error('cancelled'));
    for (const fn of [...this.listeners]) fn();
  }
}
