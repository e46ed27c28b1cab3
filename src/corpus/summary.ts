// One article's share of a corpus: what the corpus keeps of an Analysis (no tokens, entities or text beyond the
// quotes). Pure: no node:*, no vscode. Built once per article; the text can be dropped afterwards.
import type { Analysis } from '../engine/types';
import { quoteCue, validSpan } from '../export/common';
import { acronymAliases, identityKey, type IdentityKey } from './identity';

export interface SummaryActor {
  /** The actor's id inside its article (`actor-antony-blinken`). */
  localId: string;
  name: string;
  type: string;
  aliases: string[];
  role: string | null;
  /** Cross-article identity; null when the actor has no usable name. */
  key: IdentityKey | null;
  /** Organisations: acronyms among the aliases (normalised), for acronym-only mentions elsewhere. */
  acronyms: string[];
  /** Number of quotes this actor speaks in the article. */
  quotes: number;
}

export interface SummaryQuote {
  /** The quote's id inside its article. */
  id: string;
  /** Local actor id of the speaker, or null. */
  speaker: string | null;
  text: string;
  start: number;
  end: number;
  kind: string;
  cue: string | null;
  confidence: number;
}

export interface ArticleSummary {
  /** The key the corpus knows the article by (a path, a URI, a record id). */
  file: string;
  title: string | null;
  /** ISO YYYY-MM-DD, or null. */
  date: string | null;
  url: string | null;
  /** Host of the URL without `www.` and port (`washingtontimes.com`), or null. */
  outlet: string | null;
  actors: SummaryActor[];
  /** In text order. */
  quotes: SummaryQuote[];
}

/** `https://www.washingtontimes.com:443/news/...` → `washingtontimes.com`. */
export function outletOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]+)/i.exec(url.trim());
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/^www\d*\./, '').replace(/\.$/, '');
  return host || null;
}

/** A copy of `s` that does not keep the article's text alive (V8 keeps a slice's parent string): summaries outlive
 *  their texts. */
export function detach<T extends string | null>(s: T): T {
  return (s === null || s.length < 13 ? s : JSON.parse(JSON.stringify(s))) as T;
}

/** Summarises one article's analysis. `file` is its key in the corpus; `text` is the text that was analysed. */
export function summarize(file: string, analysis: Analysis, text: string): ArticleSummary {
  const n = text.length;
  const h = analysis.header;
  const articleKey = h.url ?? file;
  const quotes: SummaryQuote[] = analysis.quotes.filter((q) => validSpan(q, n)).map((q) => ({
    id: q.id,
    speaker: q.speaker,
    text: detach(text.slice(q.start, q.end)),
    start: q.start,
    end: q.end,
    kind: q.kind,
    cue: detach(quoteCue(text, q)),
    confidence: Math.round(Math.min(1, Math.max(0, Number.isFinite(q.confidence) ? q.confidence : 0)) * 1000) / 1000,
  }));
  const count = new Map<string, number>();
  for (const q of quotes) if (q.speaker) count.set(q.speaker, (count.get(q.speaker) ?? 0) + 1);
  const actorIds = new Set(analysis.actors.map((a) => a.id));
  for (const q of quotes) if (q.speaker && !actorIds.has(q.speaker)) q.speaker = null;
  return {
    file,
    title: detach(h.title),
    date: h.date,
    url: detach(h.url),
    outlet: outletOf(h.url),
    actors: analysis.actors.map((a) => ({
      localId: a.id,
      name: detach(a.name),
      type: a.type,
      aliases: a.aliases.map(detach),
      role: detach(a.role ?? null),
      key: identityKey(a, articleKey),
      acronyms: a.type === 'organization' ? acronymAliases(a.aliases) : [],
      quotes: count.get(a.id) ?? 0,
    })),
    quotes,
  };
}
