// The persisted corpus index (workspace storage): JSON Lines, a header line then one compact line per article
// (arrays, not objects: about half the bytes of the summaries as JSON objects). Since format 3 the header also holds
// the head of the corpus ready-made (the number of articles and the ranked speakers with their counts): a reopen shows
// the Corpus view from it at once, while the article lines load in slices behind it. A format 2 store (no head) is
// still read. Lines are parsed and written in
// slices of a few milliseconds with a turn of the event loop between them, so that loading or saving a large corpus
// never blocks the extension host for long. A line that does not check out is dropped (its file is analysed again);
// nothing here throws on bad input. No vscode import.
import type { ArticleSummary, CorpusActor, IdentityKey, SummaryActor, SummaryQuote } from '../../corpus';
import { outletOf } from '../../corpus';
import { nextTurn } from './turns';

/** Format of the persisted file; part of the cache key with the engine version. */
export const STORE_FORMAT = 3;
/** Older formats still read: 2 (the same lines, no head). */
const READ_FORMATS = [2, 3];

/** What the Corpus view shows before the articles are loaded: their number and the speakers, ranked, with counts. */
export interface StoreHead {
  articles: number;
  speakers: CorpusActor[];
}

/** One article of the store: its summary and what it was made from. */
export interface StoreEntry {
  /** Hash of the bytes (and of the corrections sidecar, `seed+sidecar`). */
  hash: string;
  /** Size in bytes and modification time (ms) of the file when it was read, when known. */
  size?: number;
  mtime?: number;
  summary: ArticleSummary;
}

/** Milliseconds of work between two turns of the event loop. */
export const SLICE_MS = 8;

type Key = [string, string, string?];
type Actor = [string, string, string, string[], string | null, number, Key | null, string[]?];
type Quote = [string, string | null, string, number, number, string, string | null, number];
type Line = [string, string, number | null, number | null, string | null, string | null, string | null, Actor[], Quote[]];

function keyOut(k: IdentityKey | null): Key | null {
  if (!k) return null;
  if (k.kind === 'person' || k.kind === 'bare') return [k.kind, k.id, k.surname];
  if (k.kind === 'acronym') return [k.kind, k.id, k.acronym];
  return [k.kind, k.id];
}

function keyIn(k: unknown): IdentityKey | null | undefined {
  if (k === null) return null;
  if (!Array.isArray(k) || typeof k[1] !== 'string') return undefined;
  const [kind, id, x] = k as unknown[];
  if ((kind === 'person' || kind === 'bare') && typeof x === 'string') return { kind, id: id as string, surname: x };
  if (kind === 'acronym' && typeof x === 'string') return { kind, id: id as string, acronym: x };
  if (kind === 'org' || kind === 'group') return { kind, id: id as string };
  return undefined;
}

/** One article as a store line (without the newline). */
export function entryLine(e: StoreEntry): string {
  const s = e.summary;
  const actors: Actor[] = s.actors.map((a) => {
    const row: Actor = [a.localId, a.name, a.type, a.aliases, a.role, a.quotes, keyOut(a.key)];
    if (a.acronyms.length) row.push(a.acronyms);
    return row;
  });
  const quotes: Quote[] = s.quotes.map((q) => [q.id, q.speaker, q.text, q.start, q.end, q.kind, q.cue, q.confidence]);
  const line: Line = [s.file, e.hash, e.size ?? null, e.mtime ?? null, s.title, s.date, s.url, actors, quotes];
  return JSON.stringify(line);
}

const str = (x: unknown): x is string => typeof x === 'string';
const strOrNull = (x: unknown): x is string | null => x === null || typeof x === 'string';
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every(str);

function actorIn(r: unknown): SummaryActor | undefined {
  if (!Array.isArray(r)) return undefined;
  const [localId, name, type, aliases, role, quotes, k, acronyms] = r as unknown[];
  const key = keyIn(k);
  if (!str(localId) || !str(name) || !str(type) || !strings(aliases) || !strOrNull(role) || !num(quotes) || key === undefined) return undefined;
  if (acronyms !== undefined && !strings(acronyms)) return undefined;
  return { localId, name, type, aliases, role, key, acronyms: acronyms ?? [], quotes };
}

function quoteIn(r: unknown): SummaryQuote | undefined {
  if (!Array.isArray(r)) return undefined;
  const [id, speaker, text, start, end, kind, cue, confidence] = r as unknown[];
  if (!str(id) || !strOrNull(speaker) || !str(text) || !num(start) || !num(end) || !str(kind) || !strOrNull(cue) || !num(confidence)) return undefined;
  return { id, speaker, text, start, end, kind, cue, confidence };
}

/** A store line back to its entry; undefined when it does not check out. */
export function parseEntryLine(line: string): StoreEntry | undefined {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!Array.isArray(v) || v.length !== 9) return undefined;
  const [file, hash, size, mtime, title, date, url, actorRows, quoteRows] = v as unknown[];
  if (!str(file) || !str(hash) || !strOrNull(title) || !strOrNull(date) || !strOrNull(url) || !Array.isArray(actorRows) || !Array.isArray(quoteRows)) return undefined;
  const actors: SummaryActor[] = [];
  for (const r of actorRows) {
    const a = actorIn(r);
    if (!a) return undefined;
    actors.push(a);
  }
  const quotes: SummaryQuote[] = [];
  for (const r of quoteRows) {
    const q = quoteIn(r);
    if (!q) return undefined;
    quotes.push(q);
  }
  const summary: ArticleSummary = { file, title, date, url, outlet: outletOf(url), actors, quotes };
  return { hash, size: num(size) ? size : undefined, mtime: num(mtime) ? mtime : undefined, summary };
}

export interface StoreHeader {
  format: number;
  engine: string;
  /** Format 3: the number of articles and of ranked speakers, and of the head lines that follow this one (each a
   *  `{"speakers": [...]}` of at most HEAD_ROWS rows, see speakerRow), before the article lines. */
  articles?: number;
  speakers?: number;
  headLines?: number;
}

/** Speakers per head line: a line parses in well under a slice. */
export const HEAD_ROWS = 100;

type SpeakerRow = [string, string, string, string[], string[], number, number, number, string | null, string | null];

function speakerRow(a: CorpusActor): SpeakerRow {
  return [a.speakerId, a.name, a.type, a.aliases, a.roles, a.quotes, a.articles, a.quotedArticles, a.firstDate, a.lastDate];
}

function speakerIn(r: unknown): CorpusActor | undefined {
  if (!Array.isArray(r) || r.length !== 10) return undefined;
  const [speakerId, name, type, aliases, roles, quotes, articles, quotedArticles, firstDate, lastDate] = r as unknown[];
  if (!str(speakerId) || !str(name) || !str(type) || !strings(aliases) || !strings(roles) || !num(quotes) || !num(articles) || !num(quotedArticles) || !strOrNull(firstDate) || !strOrNull(lastDate)) return undefined;
  return { speakerId, name, type, aliases, roles, quotes, articles, quotedArticles, firstDate, lastDate };
}

/** The speakers of one head line, or undefined when it does not check out. */
function headLine(line: string): CorpusActor[] | undefined {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  const rows = v && typeof v === 'object' ? (v as { speakers?: unknown }).speakers : undefined;
  if (!Array.isArray(rows)) return undefined;
  const out: CorpusActor[] = [];
  for (const r of rows) {
    const a = speakerIn(r);
    if (!a) return undefined;
    out.push(a);
  }
  return out;
}

export type LoadResult =
  | { ok: true; entries: number; dropped: number }
  | { ok: false; reason: 'not valid' | 'other engine' };

/** The lines of a store, decoded a megabyte at a time (cut at a line end). */
function* storeLines(data: Uint8Array | string): Generator<string> {
  const CHUNK = 1 << 20;
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for (let at = 0; at < data.length; ) {
    let text: string;
    if (typeof data === 'string') {
      text = data;
      at = data.length;
    } else {
      let end = Math.min(data.length, at + CHUNK);
      if (end < data.length) {
        const nl = data.subarray(at, end).lastIndexOf(10);
        end = nl >= 0 ? at + nl + 1 : Math.min(data.length, at + 4 * CHUNK);
      }
      text = decoder.decode(data.subarray(at, end), { stream: end < data.length });
      at = end;
    }
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      yield rest + text.slice(from, nl);
      rest = '';
      from = nl + 1;
    }
    rest += text.slice(from);
  }
  if (rest) yield rest;
}

/**
 * Reads a store (bytes as read from disk, or text) line by line, in slices: `onHead` gets the head of the header
 * first (format 3, when it checks out), then `onEntry` every entry that checks out. The header must name a format
 * still read (2 or 3) and `engine`.
 */
export async function readStore(data: Uint8Array | string, engine: string, onEntry: (e: StoreEntry) => void, onHead?: (h: StoreHead) => void): Promise<LoadResult> {
  const lines = storeLines(data);
  const first = lines.next();
  let header: Partial<StoreHeader> | undefined;
  try {
    header = JSON.parse(first.done ? '' : first.value) as Partial<StoreHeader>;
  } catch {
    return { ok: false, reason: 'not valid' };
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) return { ok: false, reason: 'not valid' };
  if (!READ_FORMATS.includes(header.format as number) || header.engine !== engine) return { ok: false, reason: 'other engine' };
  let sliceStart = performance.now();
  const slice = async (): Promise<void> => {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  };
  // Format 3: the head lines (the ranked speakers), read in slices too; a head that does not check out is no head.
  if (header.format === 3 && num(header.headLines) && header.headLines > 0) {
    let speakers: CorpusActor[] | undefined = [];
    for (let k = 0; k < header.headLines; k++) {
      const next = lines.next();
      if (next.done) break;
      const rows = speakers && headLine(next.value);
      if (rows) speakers!.push(...rows);
      else speakers = undefined;
      await slice();
    }
    if (speakers && num(header.articles) && speakers.length === header.speakers) onHead?.({ articles: header.articles, speakers });
  }
  let entries = 0;
  let dropped = 0;
  for (const line of lines) {
    if (!line) continue;
    const e = parseEntryLine(line);
    if (e) {
      onEntry(e);
      entries++;
    } else dropped++;
    await slice();
  }
  return { ok: true, entries, dropped };
}

/**
 * The store's bytes: the header (with `speakers`, the ranked speakers of these entries, as its head) and one line per
 * entry, made in slices, encoded straight into one buffer (no list of parts to join: a store of tens of MB is not held
 * twice). Its size is guessed from the first entries (or `sizeHint`, the size of the last store) and grown by half
 * when the guess was short.
 */
export async function writeStore(engine: string, entries: readonly StoreEntry[], sizeHint = 0, speakers: readonly CorpusActor[] = []): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  let buf = new Uint8Array(Math.max(1 << 16, Math.ceil(sizeHint * 1.05)));
  let at = 0;
  const grow = (need: number): void => {
    const next = new Uint8Array(Math.max(need, Math.ceil(buf.length * 1.5)));
    next.set(buf.subarray(0, at));
    buf = next;
  };
  const put = (text: string): void => {
    // At most 3 bytes per UTF-16 unit.
    if (buf.length - at < text.length * 3) grow(at + text.length * 3);
    at += encoder.encodeInto(text, buf.subarray(at)).written;
  };
  const headLines = Math.ceil(speakers.length / HEAD_ROWS);
  put(JSON.stringify({ format: STORE_FORMAT, engine, articles: entries.length, speakers: speakers.length, headLines } satisfies StoreHeader) + '\n');
  let sliceStart = performance.now();
  for (let k = 0; k < headLines; k++) {
    put(JSON.stringify({ speakers: speakers.slice(k * HEAD_ROWS, (k + 1) * HEAD_ROWS).map(speakerRow) }) + '\n');
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  const linesFrom = at;
  for (let i = 0; i < entries.length; i++) {
    put(entryLine(entries[i]) + '\n');
    // The first 64 article lines tell the size of the rest (also with a size hint: the corpus may have grown since the
    // last store). Growing now copies 64 lines; growing at the end would copy tens of MB in one go.
    if (i === 63) {
      const guess = Math.ceil(linesFrom + ((at - linesFrom) / 64) * entries.length * 1.1);
      if (guess > buf.length) grow(guess);
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  return buf.subarray(0, at);
}
