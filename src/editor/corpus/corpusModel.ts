// Pure node model of the Corpus view (no vscode): actors ranked by quotes → articles → quotes, and articles by date
// → quotes; a filter on names, roles, headlines and quote text.
import type { ArticleSummary, CorpusActor, CorpusIndex, QuoteRecord } from '../../corpus';

export type CorpusNode =
  | { type: 'group'; id: string; label: string; description: string; group: 'actors' | 'articles' }
  | { type: 'actor'; id: string; actor: CorpusActor; quotes: number; articles: number }
  | { type: 'article'; id: string; article: ArticleSummary; speakerId: string | null; quotes: number }
  | { type: 'quote'; id: string; quote: QuoteRecord; showSpeaker: boolean }
  | { type: 'info'; id: string; label: string; loading?: boolean; kind?: 'noMatch' | 'noQuotes' | 'noArticles' }
  /** After the first `shown` actors of a long list: expanded, the next page (and another `more` after it). */
  | { type: 'more'; id: string; shown: number; more: number };

/** Actors per page (the group lists one, each "Show more…" the next): a redraw makes this many items, whatever the corpus. */
export const ACTOR_PAGE = 200;

/** `2024-03-02 · Headline` (or the file name when the article has no headline). */
export function articleLabel(a: { date: string | null; title: string | null; file: string }): string {
  const name = a.title?.trim() || decodeURIComponent(a.file.replace(/.*[\\/]/, ''));
  return a.date ? `${a.date} · ${name}` : name;
}

export function shorten(s: string, max = 80): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The head of a stored index (its article count and ranked speakers), shown while its articles load. */
export interface CorpusPreview {
  articles: number;
  speakers: CorpusActor[];
}

/** An actor's node without a filter: the index's own counts (no quote is looked at). */
function actorNode(a: CorpusActor): CorpusNode {
  return { type: 'actor', id: `a:${a.speakerId}`, actor: a, quotes: a.quotes, articles: a.quotedArticles };
}

export class CorpusModel {
  /** `preview`: the stored index is still loading; the groups show its head, what needs the articles says so. */
  constructor(private readonly index: CorpusIndex, private readonly filter = '', private readonly page = ACTOR_PAGE, private readonly preview?: CorpusPreview) {}

  private loadingNode(id: string): CorpusNode {
    return { type: 'info', id: `${id}:loading`, label: 'Loading the stored corpus index…', loading: true };
  }

  /** Actors from `from` on, one page, then a "Show more…" node when some are left. Without a filter only the page's
   *  nodes are made. */
  private actorPage(from: number): CorpusNode[] {
    const list = this.needle ? this.actorNodes() : this.speakerList();
    const shown = this.needle ? (list as CorpusNode[]).slice(from, from + this.page) : (list as CorpusActor[]).slice(from, from + this.page).map(actorNode);
    const to = from + shown.length;
    return to < list.length ? [...shown, { type: 'more', id: `g:actors:more:${to}`, shown: to, more: list.length - to }] : shown;
  }

  /** The ranked speakers: the stored index's head while it loads, else the index's. */
  private speakerList(): CorpusActor[] {
    return this.preview ? this.preview.speakers : this.index.speakers();
  }

  private get needle(): string {
    return this.filter.trim().toLowerCase();
  }

  private actorMatches(a: CorpusActor): boolean {
    const n = this.needle;
    return !n || [a.name, ...a.aliases, ...a.roles].some((s) => s.toLowerCase().includes(n));
  }

  private quoteMatches(q: QuoteRecord): boolean {
    const n = this.needle;
    return !n || [q.text, q.speaker ?? '', q.speakerInArticle ?? '', q.role ?? '', q.title ?? '', q.outlet ?? ''].some((s) => s.toLowerCase().includes(n));
  }

  /** Quotes of an actor the filter keeps (all of them when the actor's name matches). */
  private actorQuotes(a: CorpusActor): QuoteRecord[] {
    const all = this.index.quotesOf(a.speakerId);
    return this.actorMatches(a) ? all : all.filter((q) => this.quoteMatches(q));
  }

  roots(): CorpusNode[] {
    const p = this.preview;
    if (p) {
      const wait = this.needle ? '…' : undefined;
      return [
        { type: 'group', id: 'g:actors', label: 'Actors by quotes', description: wait ?? `${p.speakers.length}`, group: 'actors' },
        { type: 'group', id: 'g:articles', label: 'Articles by date', description: wait ?? `${p.articles}`, group: 'articles' },
      ];
    }
    // Without a filter the counts are the index's (the groups' children are made only when VS Code asks for them).
    const actors = this.needle ? this.actorNodes().length : this.speakerList().length;
    const articles = this.needle ? this.articleNodes().length : this.index.size;
    return [
      { type: 'group', id: 'g:actors', label: 'Actors by quotes', description: `${actors}`, group: 'actors' },
      { type: 'group', id: 'g:articles', label: 'Articles by date', description: `${articles}`, group: 'articles' },
    ];
  }

  actorNodes(): CorpusNode[] {
    const out: CorpusNode[] = [];
    if (this.preview) return this.needle ? [] : this.preview.speakers.map(actorNode);
    // Without a filter the counts are the index's own (no quote is looked at): the view stays cheap on a big corpus.
    if (!this.needle) {
      return this.index.speakers().map(actorNode);
    }
    for (const a of this.index.speakers()) {
      const qs = this.actorQuotes(a);
      if (!qs.length) continue;
      out.push({ type: 'actor', id: `a:${a.speakerId}`, actor: a, quotes: qs.length, articles: new Set(qs.map((q) => q.file)).size });
    }
    return out;
  }

  articleNodes(): CorpusNode[] {
    const out: CorpusNode[] = [];
    if (!this.needle) {
      return this.index.articlesByDate().map((art) => ({ type: 'article', id: `d:${art.file}`, article: art, speakerId: null, quotes: art.quotes.length }));
    }
    for (const art of this.index.articlesByDate()) {
      const qs = [...this.index.records(art.file)];
      const titleHit = !this.needle || articleLabel(art).toLowerCase().includes(this.needle);
      const n = titleHit ? qs.length : qs.filter((q) => this.quoteMatches(q)).length;
      if (!titleHit && n === 0) continue;
      out.push({ type: 'article', id: `d:${art.file}`, article: art, speakerId: null, quotes: n });
    }
    return out;
  }

  children(node?: CorpusNode): CorpusNode[] {
    if (!node) {
      if (this.index.size === 0 && !this.preview) return [];
      return this.roots();
    }
    // The head of a stored index being loaded: the ranked speakers, a page at a time; the rest once it is loaded.
    if (this.preview && !(node.type === 'more' || (node.type === 'group' && node.group === 'actors' && !this.needle))) return [this.loadingNode(node.id)];
    switch (node.type) {
      case 'group': {
        const list = node.group === 'actors' ? this.actorPage(0) : this.articleNodes();
        if (list.length) return list;
        const kind = this.needle ? 'noMatch' : node.group === 'actors' ? 'noQuotes' : 'noArticles';
        return [{ type: 'info', id: `${node.id}:none`, label: this.needle ? 'Nothing matches the filter' : node.group === 'actors' ? 'No quotes in the corpus' : 'No articles', kind }];
      }
      case 'actor': {
        const qs = this.actorQuotes(node.actor);
        const byFile = new Map<string, number>();
        for (const q of qs) byFile.set(q.file, (byFile.get(q.file) ?? 0) + 1);
        return this.index.articlesOf(node.actor.speakerId)
          .filter((a) => byFile.has(a.file))
          .map((a) => ({ type: 'article', id: `a:${node.actor.speakerId}:${a.file}`, article: a, speakerId: node.actor.speakerId, quotes: byFile.get(a.file)! }));
      }
      case 'article': {
        if (node.speakerId) {
          const qs = this.index.quotesOf(node.speakerId).filter((q) => q.file === node.article.file);
          const actor = this.index.actor(node.speakerId);
          const keep = actor && this.actorMatches(actor) ? qs : qs.filter((q) => this.quoteMatches(q));
          return keep.map((q) => ({ type: 'quote', id: `${node.id}:${q.quoteId}`, quote: q, showSpeaker: false }));
        }
        const qs = [...this.index.records(node.article.file)];
        const keep = !this.needle || articleLabel(node.article).toLowerCase().includes(this.needle) ? qs : qs.filter((q) => this.quoteMatches(q));
        return keep.map((q) => ({ type: 'quote', id: `${node.id}:${q.quoteId}`, quote: q, showSpeaker: true }));
      }
      case 'more':
        return this.actorPage(node.shown);
      default:
        return [];
    }
  }
}
