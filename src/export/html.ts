// One self-contained HTML page: the article with highlights in the editor's default colours,
// a legend, hover titles, and an actor index with jump links. No scripts, no external assets;
// every piece of text is escaped.
import type { Actor, Analysis, Entity, Quote, Span } from '../engine/types';
import pkg from '../../package.json';
import { isCorrected } from '../corrections/types';
import { actorMap, actorName, baseName, type ExportInput, quoteCue, validSpan } from './common';
import { type Mark, PageMarks } from './htmlMarks';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

interface ColorDefaults { dark: string; light: string }

/** The colour defaults contributed in package.json (`contributes.colors`), so the page can't drift from the editor. */
export function contributedColors(): Map<string, ColorDefaults> {
  const out = new Map<string, ColorDefaults>();
  const colors = (pkg as { contributes?: { colors?: { id: string; defaults: ColorDefaults }[] } }).contributes?.colors ?? [];
  for (const c of colors) out.set(c.id.replace(/^seedReader\./, ''), { dark: c.defaults.dark, light: c.defaults.light });
  return out;
}

const FALLBACK: ColorDefaults = { dark: 'inherit', light: 'inherit' };

/** CSS custom property → contributed colour id. */
const CSS_VARS: [string, string][] = [
  ['--quote-bg', 'quoteBackground'],
  ['--cue-fg', 'cueForeground'],
  ['--speaker-fg', 'speakerForeground'],
  ['--speaker-bg', 'speakerBackground'],
  ['--person-fg', 'personForeground'],
  ['--org-fg', 'organizationForeground'],
  ['--place-fg', 'placeForeground'],
  ['--date-fg', 'dateForeground'],
  ['--other-fg', 'otherEntityForeground'],
];

function css(): string {
  const colors = contributedColors();
  const vars = (mode: 'dark' | 'light') => CSS_VARS.map(([v, id]) => `${v}: ${(colors.get(id) ?? FALLBACK)[mode]};`).join(' ');
  return `
:root { color-scheme: dark light; --bg: #1e1e1e; --fg: #d4d4d4; --muted: #9d9d9d; --rule: #3c3c3c; --link: #4daafc; ${vars('dark')} }
@media (prefers-color-scheme: light) {
  :root { --bg: #ffffff; --fg: #1f1f1f; --muted: #616161; --rule: #e5e5e5; --link: #005fb8; ${vars('light')} }
}
body { background: var(--bg); color: var(--fg); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; }
.page { display: grid; grid-template-columns: minmax(0, 46em) minmax(14em, 22em); gap: 2.5em; max-width: 74em; margin: 0 auto; padding: 2em 1.5em; }
@media (max-width: 60em) { .page { grid-template-columns: minmax(0, 1fr); } }
a { color: var(--link); }
h1 { font-size: 1.6em; line-height: 1.3; margin: 0 0 .3em; }
.meta { color: var(--muted); margin: 0 0 1em; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .4em 1em; padding: .6em 0; margin-bottom: 1em; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font-size: .9em; }
article p { margin: 0 0 1em; }
mark.quote { background: var(--quote-bg); color: inherit; border-radius: 2px; }
.e-person { color: var(--person-fg); }
.e-organization { color: var(--org-fg); }
.e-place { color: var(--place-fg); }
.e-date { color: var(--date-fg); }
.e-other { color: var(--other-fg); }
.spk { color: var(--speaker-fg); background: var(--speaker-bg); border-radius: 2px; }
.cue { color: var(--cue-fg); font-weight: 600; }
.corrected { text-decoration: underline dotted; text-underline-offset: 3px; }
.corrected-note { color: var(--muted); font-size: .9em; font-style: italic; }
[title] { cursor: help; }
:target { outline: 2px solid var(--link); outline-offset: 1px; }
aside h2 { font-size: 1.1em; margin-top: 0; }
aside ol { padding-left: 1.2em; }
aside li { margin-bottom: .8em; }
.role, .aliases, .none { color: var(--muted); font-size: .9em; }
.jumps a { margin-right: .35em; }
`;
}

/** Escaped text runs are handed on in slices of at most this many characters (a long run is never one string). */
const TEXT_SLICE = 1 << 13;

/** `escapeHtml(s.slice(start, end))` in slices of at most `TEXT_SLICE` characters, never splitting a surrogate pair. */
function* escapedSlices(s: string, start = 0, end = s.length): Generator<string> {
  let at = start;
  while (end - at > TEXT_SLICE) {
    let cut = at + TEXT_SLICE;
    if ((s.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    yield escapeHtml(s.slice(at, cut));
    at = cut;
  }
  if (end > at) yield escapeHtml(s.slice(at, end));
}

/**
 * Renders `[start, end)` of the text with the marks that overlap it (sorted by start): quotes outside, the rest inside.
 * Yields the HTML in small pieces (a tag, or a slice of escaped text) and notes the ids it places (`pm.placed`, `pm.anchors`).
 */
function* renderBlock(text: string, block: Span, inBlock: Mark[], pm: PageMarks, title: (m: Mark) => string): Generator<string> {
  const { placed, anchors } = pm;
  // The cut points, sorted, each once (a typed array: a paragraph can have hundreds of thousands of them).
  const cuts = new Float64Array(2 * inBlock.length + 2);
  cuts[0] = block.start;
  cuts[1] = block.end;
  inBlock.forEach((m, k) => {
    cuts[2 * k + 2] = Math.max(block.start, m.start);
    cuts[2 * k + 3] = Math.min(block.end, m.end);
  });
  cuts.sort();
  let count = 0;
  for (const c of cuts) if (count === 0 || c !== cuts[count - 1]) cuts[count++] = c;
  const points = cuts.subarray(0, count);
  let openQuote: Mark | null = null;
  // Sweep: every mark boundary is a cut point, so a mark is active on [x, y) iff start <= x < end.
  let next = 0;
  let active: Mark[] = [];
  const idOf = (m: Mark): string => {
    anchors[m.bit] = 1;
    return escapeHtml(m.anchor!);
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const x = points[i];
    const y = points[i + 1];
    active = active.filter((m) => m.end > x);
    while (next < inBlock.length && inBlock[next].start <= x) {
      if (inBlock[next].end > x) active.push(inBlock[next]);
      next++;
    }
    const quote = active.find((m) => m.kind === 'quote') ?? null;
    if (quote !== openQuote) {
      if (openQuote) yield '</mark>';
      if (quote) {
        const id = quote.anchor && !placed[quote.id] ? ` id="${idOf(quote)}"` : '';
        placed[quote.id] = 1;
        yield `<mark class="${escapeHtml(quote.cls)}"${id} title="${escapeHtml(title(quote))}">`;
      }
      openQuote = quote;
    }
    const inner = active.filter((m) => m.kind !== 'quote');
    if (inner.length === 0) {
      yield* escapedSlices(text, x, y);
      continue;
    }
    const classes = [...new Set(inner.map((m) => m.cls).filter(Boolean))].join(' ');
    const titles = [...new Set(inner.map(title))].join('\n');
    const anchored = inner.filter((m) => m.anchor && !placed[m.id] && m.start === x);
    for (const m of anchored) placed[m.id] = 1;
    // One element per anchor so every jump target exists; the outermost carries the styling.
    let open = `<span class="${escapeHtml(classes)}" title="${escapeHtml(titles)}"${anchored[0] ? ` id="${idOf(anchored[0])}"` : ''}>`;
    let close = '</span>';
    for (const m of anchored.slice(1)) {
      open += `<span id="${idOf(m)}">`;
      close = '</span>' + close;
    }
    yield open;
    yield* escapedSlices(text, x, y);
    yield close;
  }
  if (openQuote) yield '</mark>';
}

/** Shortens text for a hover title (the actor index shows it in full). */
function clip(s: string, max = 160): string {
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Shown on what the reader's corrections made or changed. */
const READER = 'corrected by the reader';

/** The hover title of a mark, made when it is rendered. */
function markTitle(m: Mark, actors: Map<string, Actor>, text: string): string {
  switch (m.kind) {
    case 'quote': {
      const q = m.of as Quote;
      const speaker = actorName(actors, q.speaker);
      const role = q.speaker ? actors.get(q.speaker)?.role : null;
      return `Quote ${m.i + 1} (${q.kind}, confidence ${pct(q.confidence)})\nSpeaker: ${speaker || 'unknown'}${role ? `, ${clip(role)}` : ''}${quoteCue(text, q) ? `\nCue: ${quoteCue(text, q)}` : ''}${q.attribution ? `\n${q.attribution}` : ''}${isCorrected(q) && !/by the reader/.test(q.attribution ?? '') ? `\n${READER}` : ''}`;
    }
    case 'cue':
      return `Cue of quote ${m.i + 1}: ${quoteCue(text, m.of as Quote) ?? ''}`;
    case 'speaker':
      return `Speaker of quote ${m.i + 1}: ${actorName(actors, (m.of as Quote).speaker) || 'unknown'}`;
    case 'entity': {
      const e = m.of as Entity;
      const who = e.actor ? actorName(actors, e.actor) : '';
      const canon = e.canonical && e.canonical !== e.text ? ` (${e.canonical})` : '';
      return `${e.type}${canon}${who && who !== e.canonical ? ` — ${who}` : ''}${isCorrected(e) ? ` (${READER})` : ''}`;
    }
    case 'mention': {
      const x = m.of as Actor;
      return `${x.name}${x.role ? `, ${clip(x.role)}` : ''}${m.cls === 'spk' ? ` — speaker of ${x.quotes.length} quote${x.quotes.length === 1 ? '' : 's'}` : ''}`;
    }
  }
}

/**
 * The actor index, in small pieces (one tag, name or link at a time): each actor with its role, aliases and the jump
 * links to those of its mentions and quotes whose ids `anchors` holds (the ids placed in the page).
 */
function* actorIndexPieces(a: Analysis, actorIndex: Map<string, number>, pm: PageMarks): Generator<string> {
  if (a.actors.length === 0) {
    yield '<p class="none">No actors found.</p>';
    return;
  }
  const qIndex = new Map(a.quotes.map((q, i) => [q.id, i]));
  yield '<ol>';
  for (const x of a.actors) {
    const ai = actorIndex.get(x.id)!;
    yield `<li id="actor-${ai}"><strong>`;
    yield* escapedSlices(x.name);
    yield `</strong> <span class="role">(${escapeHtml(x.type)})</span>`;
    if (isCorrected(x)) yield ` <span class="corrected-note">${READER}</span>`;
    if (x.role) {
      yield '<div class="role">';
      yield* escapedSlices(x.role);
      yield '</div>';
    }
    if (x.aliases.length) {
      yield '<div class="aliases">also: ';
      for (const [k, alias] of x.aliases.entries()) {
        if (k > 0) yield ', ';
        yield* escapedSlices(alias);
      }
      yield '</div>';
    }
    yield `<div class="jumps">${x.mentions.length} mention${x.mentions.length === 1 ? '' : 's'}`;
    let links = 0;
    for (let mi = 0; mi < x.mentions.length; mi++) {
      const id = `actor-${ai}-m${mi + 1}`;
      if (pm.anchors[pm.mentionSlot(ai, mi)]) yield `${links++ === 0 ? ': ' : ''}<a href="#${id}">${links}</a>`;
    }
    yield '</div>';
    links = 0;
    for (const qid of x.quotes) {
      const i = qIndex.get(qid);
      if (i !== undefined && pm.anchors[i]) yield `${links++ === 0 ? '<div class="jumps">quotes: ' : ''}<a href="#quote-${i + 1}">“${i + 1}”</a>`;
    }
    if (links > 0) yield '</div>';
    yield '</li>';
  }
  yield '</ol>';
}

/** Pieces of at least this many characters (but one tag or slice of text) are handed to the writer at a time. */
export const HTML_CHUNK_CHARS = 1 << 20;

/** The self-contained HTML page of one input. */
export function toHtml(input: ExportInput): string {
  return [...htmlPieces(input)].join('');
}

/**
 * The page of `toHtml` in pieces of about `chunkChars` characters: the head, then the paragraphs and the actor index.
 * Joined, the pieces are `toHtml`. Everything is made a tag or a slice of escaped text at a time (a paragraph of
 * millions of characters, a long headline or an actor index of thousands of links is never one string), so that a
 * writer taking the pieces one at a time (the CLI) never holds the page, nor any part of it much over `chunkChars`.
 */
export function* htmlPieces(input: ExportInput, chunkChars = HTML_CHUNK_CHARS): Generator<string> {
  const { analysis: a, text } = input;
  const n = text.length;
  const actorIndex = new Map(a.actors.map((x, i) => [x.id, i + 1]));
  const pm = new PageMarks(a, n, actorIndex);
  const actors = actorMap(a);
  const titleOf = (m: Mark): string => markTitle(m, actors, text);
  const file = baseName(input.fileName);
  const title = a.header.title ?? file;

  const titleSpan = a.header.titleSpan && validSpan(a.header.titleSpan, n) ? a.header.titleSpan : null;
  const paras = a.paragraphs.filter((p) => validSpan(p, n) && (!titleSpan || p.start >= titleSpan.end));
  const blocks: Span[] = titleSpan ? [titleSpan, ...paras] : paras;
  // (Each block's marks, taken in the page's order: the title's, then each paragraph's.)
  const buckets = pm.perBlock(blocks);
  const quotes = a.quotes.filter((q) => validSpan(q, n)).length;

  const legend = [
    ['quote', 'Quote'], ['cue', 'Cue'], ['spk', 'Speaker'], ['e-person', 'Person'], ['e-organization', 'Organization'],
    ['e-place', 'Place'], ['e-date', 'Date'], ['e-other', 'Other'],
  ].map(([cls, label]) => (cls === 'quote' ? `<mark class="quote">${label}</mark>` : `<span class="${cls}">${label}</span>`)).join('')
    + (pm.corrected ? '<span class="corrected">Corrected by the reader</span>' : '');

  function* head(): Generator<string> {
    yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Seed Reader">
<title>`;
    yield* escapedSlices(title);
    yield `</title>
<style>${css()}</style>
</head>
<body>
<div class="page">
<main>
<h1>`;
    yield* titleSpan ? renderBlock(text, titleSpan, buckets.next().value as Mark[], pm, titleOf) : escapedSlices(title);
    yield '</h1>\n<p class="meta">';
    if (a.header.date) yield `<time datetime="${escapeHtml(a.header.date)}">${escapeHtml(a.header.date)}</time> · `;
    if (a.header.url) {
      yield '<a href="';
      yield* escapedSlices(a.header.url);
      yield '" rel="noreferrer noopener">';
      yield* escapedSlices(a.header.url);
      yield '</a> · ';
    }
    yield `${escapeHtml(file)}</p>
<div class="legend" aria-label="Legend">${legend}</div>
<article>
`;
  }

  function* body(): Generator<string> {
    for (const [k, p] of paras.entries()) {
      yield `<p id="p${p.index + 1}">`;
      yield* renderBlock(text, p, buckets.next().value as Mark[], pm, titleOf);
      yield k < paras.length - 1 ? '</p>\n' : '</p>';
    }
    yield `
</article>
</main>
<aside>
<h2>Actors (${a.actors.length}) · Quotes (${quotes})</h2>
`;
    yield* actorIndexPieces(a, actorIndex, pm);
    yield `
</aside>
</div>
</body>
</html>
`;
  }

  // The head is a piece of its own; then pieces of at least `chunkChars` characters, the last one whatever is left.
  let buf = '';
  for (const s of head()) {
    buf += s;
    if (buf.length >= chunkChars) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
  buf = '';
  for (const s of body()) {
    buf += s;
    if (buf.length >= chunkChars) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
