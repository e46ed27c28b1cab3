// The worker's documents: one state object per document (its text at a version, the paragraph-caching analyzer, the
// analyses last sent, and where the text changed since the last analysis), fed by the client's didOpen / didChange /
// didClose, as a language server's text documents are. Platform-neutral.
import { createAnalyzer } from '../engine/index';
import type { Analysis } from '../engine/types';
import type { TextChange } from './protocol';

export type Analyzer = ReturnType<typeof createAnalyzer>;

/** An analysis sent to the client, with the text it is of (the base of a later patch). */
export interface Sent {
  version: number;
  analysis: Analysis;
  text: string;
}

export class DocumentState {
  text = '';
  version = -1;
  readonly analyzer: Analyzer = createAnalyzer();
  /** The last analyses sent (two: the client may still hold the one before the latest). */
  readonly sent: Sent[] = [];
  /**
   * Where the text changed since the last analysis: the changes lie at or after `lo` and before the last `tail`
   * characters (so the text after `text.length - tail` is the last analysed text's end, moved); null when nothing is
   * known (a whole text came), or nothing changed.
   */
  dirty: { lo: number; tail: number } | null = null;
  /** The text the dirty range is relative to (the last analysed text). */
  analysedText: string | undefined;

  constructor(readonly key: string) {}

  /** A whole text (or a first piece of it). */
  open(version: number, text: string): void {
    this.text = text;
    this.version = version;
    this.dirty = null;
    this.analysedText = undefined;
  }

  /** Applies changes turning version `from` into `version`; false (and the text dropped) when not at `from`. */
  change(from: number, version: number, changes: readonly TextChange[]): boolean {
    if (this.version !== from) {
      this.version = -1;
      this.text = '';
      this.dirty = null;
      this.analysedText = undefined;
      return false;
    }
    let text = this.text;
    let dirty = this.analysedText === undefined ? null : this.dirty ?? { lo: text.length, tail: text.length };
    for (const c of changes) {
      const offset = Math.max(0, Math.min(c.offset, text.length));
      const end = Math.max(offset, Math.min(offset + c.length, text.length));
      if (dirty) dirty = { lo: Math.min(dirty.lo, offset), tail: Math.min(dirty.tail, text.length - end) };
      text = text.slice(0, offset) + c.text + text.slice(end);
    }
    this.text = text;
    this.version = version;
    this.dirty = dirty;
    return true;
  }

  /** How many characters at the end of the text are the last analysed text's end (undefined: not known). */
  unchangedTail(): number | undefined {
    if (this.analysedText === undefined) return undefined;
    if (!this.dirty) return this.analysedText === this.text ? this.text.length : undefined;
    return this.dirty.tail;
  }

  /** Marks the current text as analysed (and sent, when `analysis` is given: the base of a later patch). */
  analysed(analysis: Analysis | undefined): void {
    this.analysedText = this.text;
    this.dirty = null;
    if (!analysis) return;
    this.sent.push({ version: this.version, analysis, text: this.text });
    if (this.sent.length > 2) this.sent.shift();
  }

  sentAt(version: number): Sent | undefined {
    return this.sent.find((s) => s.version === version);
  }
}

/** The documents of one worker, the most recently used last; at most `max` (the oldest is dropped). */
export class DocumentStore {
  private readonly docs = new Map<string, DocumentState>();
  constructor(private readonly max = 8) {}

  get(key: string): DocumentState | undefined {
    const d = this.docs.get(key);
    if (d) {
      this.docs.delete(key);
      this.docs.set(key, d);
    }
    return d;
  }

  /** The document's state, made when new (dropping the least recently used one past `max`). */
  open(key: string): DocumentState {
    let d = this.get(key);
    if (d) return d;
    while (this.docs.size >= this.max) this.docs.delete(this.docs.keys().next().value as string);
    d = new DocumentState(key);
    this.docs.set(key, d);
    return d;
  }

  close(key: string): void {
    this.docs.delete(key);
  }

  get size(): number {
    return this.docs.size;
  }
}
