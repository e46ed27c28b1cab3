// Readable Markdown report: title, date, source; actors table; every quote in order; claims by actor.
import { isCorrected } from '../corrections/types';
import { actorMap, actorName, baseName, claimCue, type ExportInput, quoteCue, validSpan } from './common';

/** Escapes text for inline Markdown: backslash-escapes syntax characters, folds line breaks to spaces. */
export function mdInline(s: string): string {
  return s
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(/[\\`*_[\]|<>~&#]/g, (c) => '\\' + c)
    // Block syntax only matters at the start: list markers, setext underlines, ordered lists.
    .replace(/^(\s*)([+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Escapes text for a table cell: like `mdInline` (which escapes `|`). Empty cells get a dash. */
function cell(s: string | null | undefined): string {
  const t = (s ?? '').trim();
  return t ? mdInline(t) : '—';
}

/** `<url>` autolink when it is a plain http(s) URL without characters that break it. */
function link(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : mdInline(url);
}

/** After the name of an actor that the reader's corrections made or changed. */
const READER_MARK = '_(corrected)_';

/** Pieces of at least this many characters (but one line) are handed to the writer at a time. */
export const MARKDOWN_CHUNK_CHARS = 1 << 20;

/** The report as one string. */
export function toMarkdown(input: ExportInput): string {
  return [...markdownPieces(input)].join('');
}

/**
 * The report of `toMarkdown` in pieces of about `chunkChars` characters (each at least one line): joined, exactly that
 * string; the lines are made one at a time and never all held (a hostile input's report is never one string).
 */
export function* markdownPieces(input: ExportInput, chunkChars = MARKDOWN_CHUNK_CHARS): Generator<string> {
  let buf = '';
  let firstLine = true;
  for (const line of markdownLines(input)) {
    buf += firstLine ? line : '\n' + line;
    firstLine = false;
    if (buf.length >= chunkChars) {
      // Trailing line breaks stay in the buffer: the report's end folds them into one.
      let cut = buf.length;
      while (cut > 0 && buf.charCodeAt(cut - 1) === 10) cut--;
      if (cut > 0) {
        yield buf.slice(0, cut);
        buf = buf.slice(cut);
      }
    }
  }
  yield buf.replace(/\n+$/, '\n');
}

/** The lines of the report, in order (joined by line breaks, then the trailing ones folded into one). */
function* markdownLines(input: ExportInput): Generator<string> {
  const { analysis: a, text } = input;
  const n = text.length;
  const actors = actorMap(a);
  const quotes = a.quotes.filter((q) => validSpan(q, n));
  const title = a.header.title ?? baseName(input.fileName);
  yield* [`# ${mdInline(title)}`, ''];
  const meta: string[] = [];
  meta.push(`- **File:** ${mdInline(baseName(input.fileName))}`);
  if (a.header.date) meta.push(`- **Date:** ${a.header.date}`);
  else if (a.header.rawDate) meta.push(`- **Date:** ${mdInline(a.header.rawDate)} (not a valid YYYYMMDD date)`);
  if (a.header.url) meta.push(`- **Source:** ${link(a.header.url)}`);
  meta.push(`- **Found:** ${a.actors.length} actors, ${quotes.length} quotes, ${a.entities.length} entities, ${a.claims.length} claims`);
  const corrected = [a.actors, quotes, a.entities].reduce((k, list) => k + list.filter((x) => isCorrected(x)).length, 0);
  if (corrected > 0) meta.push(`- **Corrected by the reader:** ${corrected} of these (marked _(corrected)_ or "corrected by the reader")`);
  yield* meta;
  yield '';

  yield* ['## Actors', ''];
  if (a.actors.length === 0) {
    yield* ['_No actors found._', ''];
  } else {
    yield* ['| Actor | Type | Role | Mentions | Quotes |', '|---|---|---|---:|---:|'];
    for (const x of a.actors) {
      const nameCell = (x.aliases.length ? `${cell(x.name)} (${x.aliases.map((s) => mdInline(s)).join(', ')})` : cell(x.name)) + (isCorrected(x) ? ` ${READER_MARK}` : '');
      yield `| ${nameCell} | ${cell(x.type)} | ${cell(x.role)} | ${x.mentions.length} | ${x.quotes.length} |`;
    }
    yield '';
  }

  yield* ['## Quotes', ''];
  if (quotes.length === 0) {
    yield* ['_No quotes found._', ''];
  } else {
    for (const [i, q] of quotes.entries()) {
      const speaker = q.speaker ? mdInline(actorName(actors, q.speaker)) : '_unknown speaker_';
      const qc = quoteCue(text, q);
      const cue = qc ? ` — _${mdInline(qc)}_` : '';
      const conf = `${q.kind}, confidence ${Math.round(q.confidence * 100)}%${isCorrected(q) ? ', corrected by the reader' : ''}`;
      yield* [`${i + 1}. **${speaker}**${cue} (${conf})`, ''];
      yield* [`   > ${mdInline(text.slice(q.start, q.end))}`, ''];
    }
  }

  yield* ['## Claims by actor', ''];
  const claims = a.claims.filter((c) => validSpan(c, n));
  if (claims.length === 0) {
    yield* ['_No claims found._', ''];
  } else {
    const byActor = new Map<string, typeof claims>();
    const quoteById = new Map(a.quotes.map((q) => [q.id, q]));
    for (const c of claims) {
      const list = byActor.get(c.actor) ?? [];
      list.push(c);
      byActor.set(c.actor, list);
    }
    for (const [id, list] of byActor) {
      yield* [`### ${mdInline(actorName(actors, id))}`, ''];
      for (const c of list) {
        const cc = claimCue(text, a, c, quoteById);
        yield `- ${mdInline(text.slice(c.start, c.end))}${cc ? ` (_${mdInline(cc)}_)` : ''}`;
      }
      yield '';
    }
  }
}
