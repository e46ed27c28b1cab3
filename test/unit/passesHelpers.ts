// Builds the document state of the engine's passes (src/engine/passes) from a seed written in a test, and runs the
// passes up to one of them, so that each pass can be tested on what the passes before it left.
import { analyzeParagraph, parseHeader, splitParagraphs } from '../../src/engine';
import { createState, type DocState, type QuoteBuild, type Unit } from '../../src/engine/passes/state';
import { namesPass } from '../../src/engine/passes/names';
import { actorsPass } from '../../src/engine/passes/actors';
import { quotesPass } from '../../src/engine/passes/quotes';
import { claimsPass } from '../../src/engine/passes/claims';

const HEAD = 'Headline for a pass test\n20240311\nhttps://example.org/news/passes\n';

/** A seed of these paragraphs after a fixed header. */
export function seedOf(...paras: string[]): string {
  return HEAD + paras.join('\n') + '\n';
}

/** The units of a seed as the analyzer makes them (headline, then each body paragraph). */
export function unitsOf(text: string): Unit[] {
  const h = parseHeader(text);
  const units: Unit[] = [];
  if (h.titleSpan) units.push({ start: h.titleSpan.start, end: h.titleSpan.end, index: -1, data: analyzeParagraph(text.slice(h.titleSpan.start, h.titleSpan.end), true) });
  for (const p of splitParagraphs(text, h.bodyStart)) units.push({ start: p.start, end: p.end, index: p.index, data: analyzeParagraph(text.slice(p.start, p.end), false) });
  return units;
}

const ORDER = ['names', 'actors', 'quotes', 'claims'] as const;
export type PassName = (typeof ORDER)[number];
const RUN: Record<PassName, (st: DocState) => void> = { names: namesPass, actors: actorsPass, quotes: quotesPass, claims: claimsPass };

/** The state of a seed of these paragraphs after the passes up to `last` (included). */
export function stateAfter(last: PassName, ...paras: string[]): DocState {
  const text = seedOf(...paras);
  const st = createState(text, unitsOf(text));
  for (const p of ORDER) {
    RUN[p](st);
    if (p === last) break;
  }
  return st;
}

/** The text of a span of the state's document. */
export const spanText = (st: DocState, s: { s: number; e: number } | { start: number; end: number }): string =>
  'start' in s ? st.text.slice(s.start, s.end) : st.text.slice(s.s, s.e);

/** The quote of the state that starts with `prefix`. */
export function quoteAt(st: DocState, prefix: string): QuoteBuild {
  const q = st.quotes.find((x) => st.text.startsWith(prefix, x.s));
  if (!q) throw new Error(`no quote starts with ${JSON.stringify(prefix)}; quotes: ${JSON.stringify(st.quotes.map((x) => spanText(st, x)))}`);
  return q;
}

/** The name of the actor a key belongs to, or null. */
export const actorName = (st: DocState, key: string | null): string | null => (key ? st.actors.get(key)?.name ?? null : null);
