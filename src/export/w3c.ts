// W3C Web Annotation (JSON-LD): an AnnotationCollection whose first page holds one Annotation per
// quote and per entity. Targets carry a TextQuoteSelector (exact/prefix/suffix) and a
// TextPositionSelector. As the model requires, positions count Unicode code points (not UTF-16
// units) of the seed file's text; the target `source` is the article URL from the header (or the
// file URI when there is none), so the selectors describe the seed text of that article.
import type { Span } from '../engine/types';
import { isCorrected } from '../corrections/types';
import { actorMap, actorName, baseName, CodePointIndex, type ExportInput, quoteCue, validSpan } from './common';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARS = 32;

export interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
export interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }
export interface TextualBody { type: 'TextualBody'; purpose: string; value: string; format?: string }
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: string;
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}
export interface AnnotationCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: number; items: WebAnnotation[] };
}

/** Last `n` code points before `i` (UTF-16 index), never splitting a surrogate pair. */
function before(text: string, i: number, n: number): string {
  const cps = Array.from(text.slice(Math.max(0, i - 2 * n), i));
  return cps.slice(-n).join('');
}

function after(text: string, i: number, n: number): string {
  const cps = Array.from(text.slice(i, i + 2 * n));
  return cps.slice(0, n).join('');
}

/** A file path or name as a `file:` URI (best effort; exact when an absolute path is given). */
export function fileUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  const abs = p.startsWith('/') ? p : /^[A-Za-z]:\//.test(p) ? '/' + p : null;
  if (abs === null) return 'file:' + encodeURI(p).replace(/[?#]/g, encodeURIComponent);
  return 'file://' + encodeURI(abs).replace(/[?#]/g, encodeURIComponent);
}

/** Body of the annotations that the reader's corrections made or changed. */
const READER_BODY: TextualBody = { type: 'TextualBody', purpose: 'commenting', value: 'corrected by the reader' };

export function toW3cCollection(input: ExportInput): AnnotationCollection {
  const c = w3cParts(input);
  return { ...c.head, first: { ...c.head.first, items: [...c.items()] } };
}

/** The collection without its items (`first.items` empty; `total` counts them), and its items one at a time. */
function w3cParts(input: ExportInput): { head: AnnotationCollection; items: () => Generator<WebAnnotation> } {
  const { analysis: a, text } = input;
  const n = text.length;
  const base = `urn:seed-reader:${encodeURIComponent(baseName(input.fileName))}`;
  const total = a.quotes.filter((q) => validSpan(q, n)).length + a.entities.filter((e) => validSpan(e, n)).length;
  return {
    head: {
      '@context': ANNO_CONTEXT,
      id: base,
      type: 'AnnotationCollection',
      label: a.header.title ?? baseName(input.fileName),
      total,
      first: { id: `${base}?page=0`, type: 'AnnotationPage', startIndex: 0, items: [] },
    },
    items: () => w3cItems(input, base),
  };
}

/** The annotations of the collection in order: one per quote, then one per entity. */
function* w3cItems(input: ExportInput, base: string): Generator<WebAnnotation> {
  const { analysis: a, text } = input;
  const n = text.length;
  const cp = new CodePointIndex(text);
  const actors = actorMap(a);
  const source = a.header.url ?? input.fileUri ?? fileUri(input.fileName);
  const target = (s: Span) => ({
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(s.start, s.end), prefix: before(text, s.start, CONTEXT_CHARS), suffix: after(text, s.end, CONTEXT_CHARS) },
      { type: 'TextPositionSelector', start: cp.toCodePoint(s.start), end: cp.toCodePoint(s.end) },
    ] as [TextQuoteSelector, TextPositionSelector],
  });
  for (const q of a.quotes) {
    if (!validSpan(q, n)) continue;
    const speaker = actorName(actors, q.speaker);
    const body: TextualBody[] = [
      { type: 'TextualBody', purpose: 'tagging', value: 'quote' },
      { type: 'TextualBody', purpose: 'tagging', value: `${q.kind} quote` },
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain',
        value: `${speaker ? `Quote by ${speaker}` : 'Quote, speaker unknown'}${quoteCue(text, q) ? ` (cue: ${quoteCue(text, q)})` : ''}; confidence ${Math.round(q.confidence * 100)}%` },
    ];
    if (speaker) body.push({ type: 'TextualBody', purpose: 'identifying', value: speaker });
    if (isCorrected(q)) body.push(READER_BODY);
    yield { id: `${base}#quote-${encodeURIComponent(q.id)}`, type: 'Annotation', motivation: 'describing', body, target: target(q) };
  }
  for (const e of a.entities) {
    if (!validSpan(e, n)) continue;
    const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'classifying', value: e.type }];
    const name = e.actor ? actorName(actors, e.actor) : e.canonical;
    if (name) body.push({ type: 'TextualBody', purpose: 'identifying', value: name });
    if (isCorrected(e)) body.push(READER_BODY);
    yield { id: `${base}#entity-${encodeURIComponent(e.id)}`, type: 'Annotation', motivation: 'classifying', body, target: target(e) };
  }
}

export function toW3c(input: ExportInput): string {
  return [...w3cPieces(input, true)].join('');
}

export function toW3cLine(input: ExportInput): string {
  return [...w3cPieces(input, false)].join('');
}

/** Pieces of at least this many characters (but one annotation) are handed to the writer at a time. */
export const W3C_CHUNK_CHARS = 1 << 20;

/**
 * The collection as text in pieces of about `chunkChars` characters (each at least one annotation): `readable` the
 * two-space indented layout of `toW3c`, otherwise the single line of `toW3cLine`. Joined, exactly
 * `JSON.stringify(toW3cCollection(input), null, 2 or none) + '\n'`; the annotations are made, stringified and dropped
 * one at a time (neither the collection nor the whole text is held).
 */
export function* w3cPieces(input: ExportInput, readable: boolean, chunkChars = W3C_CHUNK_CHARS): Generator<string> {
  const { head, items } = w3cParts(input);
  // The collection with no items, cut where they go: `items` is the last key of `first`, the last key of the collection.
  const shell = readable ? JSON.stringify(head, null, 2) : JSON.stringify(head);
  const empty = readable ? '"items": []' : '"items":[]';
  const at = shell.lastIndexOf(empty) + empty.length - 1;
  const [open, sep, close] = readable ? ['\n      ', ',\n      ', '\n    ]'] : ['', ',', ']'];
  let buf = shell.slice(0, at);
  let count = 0;
  for (const item of items()) {
    const json = readable ? JSON.stringify(item, null, 2).replace(/\n/g, '\n      ') : JSON.stringify(item);
    buf += (count++ === 0 ? open : sep) + json;
    if (buf.length >= chunkChars) {
      yield buf;
      buf = '';
    }
  }
  yield buf + (count === 0 ? ']' : close) + shell.slice(at + 1) + '\n';
}
