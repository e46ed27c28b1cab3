// Pure HTML of the Who said what webview (no vscode): a strict Content-Security-Policy with a nonce, the rows as JSON
// in a non-executable script element (escaped so that no quote text can close it), and the script and styles of the
// page (media/whoSaidWhat.js, nonce'd inline styles). Everything a quote says is rendered by the script with
// textContent, never as HTML.
import { randomBytes } from 'node:crypto';
import type { QuoteRecord } from '../../corpus';
import { nextTurn } from './turns';

/** One row of the table: what the page needs of a QuoteRecord. */
export interface WswRow {
  /** Index of the row (its handle in messages back to the extension). */
  i: number;
  speaker: string;
  speakerId: string;
  role: string;
  date: string;
  outlet: string;
  article: string;
  quote: string;
  confidence: number;
}

type Rows = { rows: WswRow[]; targets: { file: string; start: number; end: number }[] };

export function toRows(records: Iterable<QuoteRecord>): Rows {
  const out: Rows = { rows: [], targets: [] };
  for (const r of records) addRow(out, r);
  return out;
}

/** The same rows made in slices of `sliceMs` with a turn of the event loop between them (a large corpus has ~100,000
 *  quotes); `stale()` is asked after every turn: true stops, and the result is undefined. */
export async function toRowsInSlices(records: Iterable<QuoteRecord>, stale: () => boolean, sliceMs = 8): Promise<Rows | undefined> {
  const out: Rows = { rows: [], targets: [] };
  let t = performance.now();
  for (const r of records) {
    addRow(out, r);
    if ((out.rows.length & 255) === 0 && performance.now() - t > sliceMs) {
      await nextTurn();
      if (stale()) return undefined;
      t = performance.now();
    }
  }
  return out;
}

function addRow({ rows, targets }: Rows, r: QuoteRecord): void {
  const i = rows.length;
  rows.push({
    i,
    speaker: r.speaker ?? '',
    speakerId: r.speakerId ?? '',
    role: r.role ?? '',
    date: r.date ?? '',
    outlet: r.outlet ?? '',
    article: r.title?.trim() || decodeURIComponent(r.file.replace(/.*[\\/]/, '')),
    quote: r.text,
    confidence: r.confidence,
  });
  targets.push({ file: r.file, start: r.start, end: r.end });
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** For a double-quoted attribute (single quotes stay as they are: the CSP reads naturally). */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);
}

/** JSON safe inside a <script> element: no `<`, `>`, `&` or line separators as themselves. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A random nonce (base64 of 16 random bytes). */
export function makeNonce(random: (n: number) => Uint8Array = (n) => randomBytes(n)): string {
  return Buffer.from(random(16)).toString('base64');
}

/** Every word the page shows (the panel passes them through vscode.l10n.t; `{0}` is filled in by the page's script). */
export const WSW_STRINGS = {
  title: 'Who said what',
  filters: 'Filter quotes',
  speaker: 'Speaker',
  filterBySpeaker: 'Filter by speaker',
  from: 'From',
  fromDate: 'From date',
  to: 'To',
  toDate: 'To date',
  text: 'Text',
  filterByText: 'Filter by text',
  clear: 'Clear filters',
  timeline: 'Quotes per actor per day',
  quotes: 'Quotes',
  role: 'Role',
  date: 'Date',
  outlet: 'Outlet',
  article: 'Article',
  quote: 'Quote',
  confidence: 'Confidence',
  openQuote: 'Open the article at this quote',
  shown: '{0} of {1} quotes',
  firstRows: 'Showing the first {0}; filter to see the others.',
  noTimeline: 'No dated quotes with a speaker to show.',
  timelineLabel: 'Quotes per actor per day, {0} actors over {1} days',
  barOne: '{0} · {1}: 1 quote',
  barMany: '{0} · {1}: {2} quotes',
};
export type WswStrings = typeof WSW_STRINGS;

export interface WswPageOptions {
  nonce: string;
  /** webview.cspSource */
  cspSource: string;
  /** webview.asWebviewUri(media/whoSaidWhat.js) as a string. */
  scriptUri: string;
  rows: WswRow[];
  /** Shown above the table (`12 articles · indexing…`). */
  status: string;
  /** The page's words in the display language (English when absent). */
  strings?: WswStrings;
  /** The display language (`<html lang>`), e.g. vscode.env.language. */
  lang?: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
  ].join('; ');
}

const STYLE = `
:root { color-scheme: light dark; }
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 16px; }
h1 { font-size: 1.3em; font-weight: 600; margin: 12px 0 4px; }
#status { color: var(--vscode-descriptionForeground); margin-bottom: 8px; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 8px 0 12px; }
.filters label { display: flex; flex-direction: column; gap: 2px; font-size: 0.9em; color: var(--vscode-descriptionForeground); }
input, select, button { font: inherit; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border, transparent)); padding: 3px 6px; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--vscode-panel-border, rgba(128,128,128,.3)); }
th button { background: none; color: var(--vscode-foreground); font-weight: 600; padding: 0; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.quote { max-width: 60ch; }
button.open { color: var(--vscode-textLink-foreground); background: none; border: none; padding: 0; text-align: left; cursor: pointer; }
button.open:hover, button.open:focus { color: var(--vscode-textLink-activeForeground); background: none; text-decoration: underline; }
#timeline { margin: 8px 0 16px; overflow-x: auto; }
#timeline svg text { fill: var(--vscode-foreground); font-size: 11px; }
#timeline svg rect.bar { fill: var(--vscode-charts-blue, var(--vscode-textLink-foreground)); }
#timeline svg line { stroke: var(--vscode-panel-border, rgba(128,128,128,.4)); }
.more { color: var(--vscode-descriptionForeground); margin-top: 6px; }
`;

/** The whole page. */
export function buildWhoSaidWhatHtml(o: WswPageOptions): string {
  const nonce = escapeHtml(o.nonce);
  const w = o.strings ?? WSW_STRINGS;
  const t = (k: keyof WswStrings) => escapeHtml(w[k]);
  const a = (k: keyof WswStrings) => escapeAttr(w[k]);
  const th = (key: string, k: keyof WswStrings) => `<th data-key="${key}" aria-sort="none"><button type="button">${t(k)}</button></th>`;
  return `<!DOCTYPE html>
<html lang="${escapeAttr(o.lang || 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${t('title')}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<h1>${t('title')}</h1>
<div id="status" role="status">${escapeHtml(o.status)}</div>
<form class="filters" id="filters" role="search" aria-label="${a('filters')}">
<label>${t('speaker')}<input id="f-speaker" list="speakers" type="search" autocomplete="off" aria-label="${a('filterBySpeaker')}"></label>
<datalist id="speakers"></datalist>
<label>${t('from')}<input id="f-from" type="date" aria-label="${a('fromDate')}"></label>
<label>${t('to')}<input id="f-to" type="date" aria-label="${a('toDate')}"></label>
<label>${t('text')}<input id="f-text" type="search" autocomplete="off" aria-label="${a('filterByText')}"></label>
<button type="button" id="f-clear">${t('clear')}</button>
</form>
<h2 id="timeline-title">${t('timeline')}</h2>
<div id="timeline" aria-labelledby="timeline-title"></div>
<div id="count" aria-live="polite"></div>
<table id="quotes" aria-label="${a('quotes')}">
<thead><tr>
${th('speaker', 'speaker')}
${th('role', 'role')}
${th('date', 'date')}
${th('outlet', 'outlet')}
${th('article', 'article')}
${th('quote', 'quote')}
${th('confidence', 'confidence')}
</tr></thead>
<tbody></tbody>
</table>
<div class="more" id="more"></div>
<script type="application/json" id="wsw-data" nonce="${nonce}">${jsonForScript({ rows: o.rows, strings: w })}</script>
<script nonce="${nonce}" src="${escapeHtml(o.scriptUri)}"></script>
</body>
</html>`;
}
