// A folder of seeds as one corpus: an incremental index of article summaries keyed by file, with pure
// queries (actors ranked by quotes, an actor's quotes across articles, articles by date, one record per
// quote). Pure: no node:*, no vscode: it also runs in a web worker or a webview's host.
//
// Identity across articles (see identity.ts):
//  - people with the same normalised full name are one corpus actor (`Antony Blinken` in every article;
//    titles and honorifics are already outside the engine's canonical name);
//  - a person known only by a surname in an article (`Blinken`: the engine resolves bare surnames inside their
//    own article first) joins the corpus person with that surname only when exactly one has it; otherwise it stays
//    a separate actor (`person:clinton` when both Hillary and Bill Clinton are in the corpus);
//  - organisations likewise by name, and an acronym-only organisation (`WHO`) joins the one corpus organisation
//    that has that acronym as an alias;
//  - collectives (`officials`) stay per article.
// Everything is a function of the set of articles, never of the order they were added in: the same files give
// the same ids and tables in any order. A bare surname's id can change when the corpus gains or loses a person
// with that surname; that is the price of resolving it at all.
//
// add/remove/update cost O(size of the article): every base identity (a full name, a bare surname, an acronym)
// keeps its article actors. Queries are computed on first use after a change and cached until the next change:
// O(number of base identities), and only the identities that changed are summarised again.
import type { IdentityKey } from './identity';
import type { ArticleSummary, SummaryActor, SummaryQuote } from './summary';
import { rerank } from './rank';

export * from './identity';
export * from './summary';
export * from './table';

export interface CorpusActor {
  /** Stable id, the same in every file and run (`person:antony-blinken`). */
  speakerId: string;
  /** The most common full form of the name across the corpus. */
  name: string;
  type: string;
  /** Other names and forms as written, sorted. */
  aliases: string[];
  /** Roles the articles give, most frequent first. */
  roles: string[];
  /** Quotes spoken across the corpus. */
  quotes: number;
  /** Articles the actor appears in (speaking or not). */
  articles: number;
  /** Articles the actor speaks in (where the Corpus view lists the actor's quotes). */
  quotedArticles: number;
  /** Earliest and latest article date (ISO), or null when no article is dated. */
  firstDate: string | null;
  lastDate: string | null;
}

/** One quote of the corpus, with its speaker resolved across articles. */
export interface QuoteRecord {
  file: string;
  date: string | null;
  outlet: string | null;
  title: string | null;
  /** Corpus speaker id, or null when the quote has no speaker. */
  speakerId: string | null;
  /** The corpus actor's name, or null. */
  speaker: string | null;
  /** The speaker's name in this article (the engine's canonical name there), or null. */
  speakerInArticle: string | null;
  /** The role this article gives the speaker, or null. */
  role: string | null;
  quoteId: string;
  text: string;
  start: number;
  end: number;
  kind: string;
  cue: string | null;
  confidence: number;
}

/** One base identity: all article actors with the same identity key id. */
interface Group {
  key: IdentityKey;
  /** Article actors of this identity, by article. */
  members: Map<ArticleSummary, SummaryActor[]>;
  /** Index revision of the last change to the members. */
  changedAt: number;
  /** The group as a corpus actor on its own, until it changes. */
  cache: CorpusActor | null;
  /** Running counts over the members, kept by add and remove: summarising a group never walks its members. */
  agg: Aggregate;
}

interface Aggregate {
  /** Names, types, roles of the member actors; forms: names and aliases. */
  names: Map<string, number>;
  types: Map<string, number>;
  roles: Map<string, number>;
  forms: Map<string, number>;
  /** Article dates (one count per member actor). */
  dates: Map<string, number>;
  /** Quotes of the members per article (articles where they speak). */
  articleQuotes: Map<ArticleSummary, number>;
  quotes: number;
}

const newAggregate = (): Aggregate => ({ names: new Map(), types: new Map(), roles: new Map(), forms: new Map(), dates: new Map(), articleQuotes: new Map(), quotes: 0 });

function aggregate(ag: Aggregate, s: ArticleSummary, a: SummaryActor, by: number): void {
  bump(ag.names, a.name, by);
  bump(ag.types, a.type, by);
  if (a.role) bump(ag.roles, a.role, by);
  bump(ag.forms, a.name, by);
  for (const x of a.aliases) bump(ag.forms, x, by);
  if (s.date) bump(ag.dates, s.date, by);
  if (a.quotes) bump(ag.articleQuotes, s, a.quotes * by);
  ag.quotes += a.quotes * by;
}

interface Built {
  /** Base groups of each corpus actor. */
  groupsOf: Map<string, Group[]>;
  actors: Map<string, CorpusActor>;
  ranked: CorpusActor[];
  /** Articles by date, made on first use. */
  byDate?: ArticleSummary[];
}

/** The empty list every summary without aliases or acronyms shares (never mutated). */
const NO_STRINGS: string[] = [];

function bump<K>(m: Map<K, number>, k: K, by: number): void {
  const v = (m.get(k) ?? 0) + by;
  if (v > 0) m.set(k, v);
  else m.delete(k);
}

/** Orders dated articles first by date, then by file name; undated last. */
export function compareArticles(a: { date: string | null; file: string }, b: { date: string | null; file: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

export class CorpusIndex {
  private readonly articles = new Map<string, ArticleSummary>();
  /** Base identity id → running counts. */
  private readonly groups = new Map<string, Group>();
  /** surname → full-name person id → number of article actors with it. */
  private readonly surnames = new Map<string, Map<string, number>>();
  /** acronym → organisation id → number of article actors that have it as an alias. */
  private readonly acronyms = new Map<string, Map<string, number>>();
  private built: Built | null = null;
  private version = 0;
  /** Corpus actors made of several base identities (a bare surname joined to a full name), until one changes. */
  private mergedCache = new Map<string, { groups: Group[]; at: number; actor: CorpusActor }>();
  /** The ranking of the last build: the actors that did not change keep their order, only the others are sorted. */
  private lastRanked: CorpusActor[] = [];

  /** Number of articles. */
  get size(): number {
    return this.articles.size;
  }

  /** Increases on every change; a view can compare it to know whether to redraw. */
  get revision(): number {
    return this.version;
  }

  has(file: string): boolean {
    return this.articles.has(file);
  }

  get(file: string): ArticleSummary | undefined {
    return this.articles.get(file);
  }

  files(): string[] {
    return [...this.articles.keys()];
  }

  /** Adds an article, or replaces the one with the same `file`. The summary's short strings (names, roles, ids, cues)
   *  and identity keys are replaced by equal ones the index already holds: a large corpus repeats them a lot. */
  set(summary: ArticleSummary): void {
    this.delete(summary.file);
    this.share(summary);
    this.articles.set(summary.file, summary);
    this.account(summary, +1);
    this.changed();
  }

  /** Removes an article; false when it was not there. */
  delete(file: string): boolean {
    const old = this.articles.get(file);
    if (!old) return false;
    this.articles.delete(file);
    this.account(old, -1);
    this.changed();
    return true;
  }

  clear(): void {
    this.articles.clear();
    this.pool.clear();
    this.keyPool.clear();
    this.groups.clear();
    this.surnames.clear();
    this.acronyms.clear();
    this.mergedCache.clear();
    this.lastRanked = [];
    this.changed();
  }

  /** Equal strings and keys once (per index): the short strings of the summaries, not quote texts or titles. */
  private readonly pool = new Map<string, string>();
  private readonly keyPool = new Map<string, IdentityKey>();

  private str<T extends string | null>(s: T): T {
    if (s === null || s.length > 200) return s;
    const had = this.pool.get(s);
    if (had !== undefined) return had as T;
    this.pool.set(s, s);
    return s;
  }

  private share(s: ArticleSummary): void {
    for (const a of s.actors) {
      a.localId = this.str(a.localId);
      a.name = this.str(a.name);
      a.type = this.str(a.type);
      a.role = this.str(a.role);
      a.aliases = a.aliases.length ? a.aliases.map((x) => this.str(x)) : NO_STRINGS;
      a.acronyms = a.acronyms.length ? a.acronyms.map((x) => this.str(x)) : NO_STRINGS;
      const k = a.key;
      if (k && k.kind !== 'group') {
        const id = `${k.kind}|${k.id}|${k.kind === 'acronym' ? k.acronym : k.kind === 'org' ? '' : k.surname}`;
        const had = this.keyPool.get(id);
        if (had) a.key = had;
        else this.keyPool.set(id, k);
      }
    }
    for (const q of s.quotes) {
      q.id = this.str(q.id);
      q.speaker = this.str(q.speaker);
      q.kind = this.str(q.kind);
      q.cue = this.str(q.cue);
    }
  }

  private changed(): void {
    this.built = null;
    this.version++;
  }

  private account(s: ArticleSummary, by: number): void {
    for (const a of s.actors) {
      const k = a.key;
      if (!k) continue;
      if (k.kind === 'person') {
        let m = this.surnames.get(k.surname);
        if (!m) this.surnames.set(k.surname, (m = new Map()));
        bump(m, k.id, by);
        if (m.size === 0) this.surnames.delete(k.surname);
      } else if (k.kind === 'org') {
        for (const ac of a.acronyms) {
          let m = this.acronyms.get(ac);
          if (!m) this.acronyms.set(ac, (m = new Map()));
          bump(m, k.id, by);
          if (m.size === 0) this.acronyms.delete(ac);
        }
      }
      let g = this.groups.get(k.id);
      if (!g) {
        if (by < 0) continue;
        g = { key: k, members: new Map(), changedAt: 0, cache: null, agg: newAggregate() };
        this.groups.set(k.id, g);
      }
      const list = g.members.get(s);
      if (by > 0) {
        if (list) list.push(a);
        else g.members.set(s, [a]);
        aggregate(g.agg, s, a, 1);
      } else if (list) {
        const i = list.indexOf(a);
        if (i >= 0) {
          list.splice(i, 1);
          aggregate(g.agg, s, a, -1);
        }
        if (list.length === 0) g.members.delete(s);
      }
      g.changedAt = this.version + 1;
      g.cache = null;
      if (g.members.size === 0) this.groups.delete(k.id);
    }
  }

  /** The corpus speaker id an identity key resolves to right now. */
  resolve(key: IdentityKey): string {
    if (key.kind === 'bare') {
      const m = this.surnames.get(key.surname);
      if (m && m.size === 1) return m.keys().next().value as string;
    } else if (key.kind === 'acronym') {
      const m = this.acronyms.get(key.acronym);
      if (m && m.size === 1) return m.keys().next().value as string;
    }
    return key.id;
  }

  /** Corpus speaker id of an actor of an article (by its local id), or null. */
  speakerIdOf(file: string, localActorId: string): string | null {
    const a = this.articles.get(file)?.actors.find((x) => x.localId === localActorId);
    return a?.key ? this.resolve(a.key) : null;
  }

  private build(): Built {
    if (this.built) return this.built;
    const groupsOf = new Map<string, Group[]>();
    for (const g of this.groups.values()) {
      const id = this.resolve(g.key);
      const list = groupsOf.get(id);
      if (list) list.push(g);
      else groupsOf.set(id, [g]);
    }
    const actors = new Map<string, CorpusActor>();
    const mergedNow = new Map<string, { groups: Group[]; at: number; actor: CorpusActor }>();
    for (const [id, gs] of groupsOf) {
      if (gs.length === 1 && gs[0].key.id === id) {
        actors.set(id, (gs[0].cache ??= summarise(id, gs)));
        continue;
      }
      const c = this.mergedCache.get(id);
      const fresh = c && c.groups.length === gs.length && gs.every((g) => c.groups.includes(g) && g.changedAt <= c.at);
      const entry = fresh ? c! : { groups: gs, at: this.version, actor: summarise(id, gs) };
      mergedNow.set(id, entry);
      actors.set(id, entry.actor);
    }
    this.mergedCache = mergedNow;
    const ranked = rerank(this.lastRanked, actors);
    this.lastRanked = ranked;
    this.built = { groupsOf, actors, ranked };
    return this.built;
  }

  /** All corpus actors, most quoted first (then most articles, then by name and id). */
  actors(): CorpusActor[] {
    return this.build().ranked.slice();
  }

  /** Actors who speak at least once, most quoted first. */
  speakers(): CorpusActor[] {
    return this.build().ranked.filter((a) => a.quotes > 0);
  }

  actor(speakerId: string): CorpusActor | undefined {
    return this.build().actors.get(speakerId);
  }

  /** An actor's quotes across the corpus, by date, then file, then position. */
  quotesOf(speakerId: string): QuoteRecord[] {
    const b = this.build();
    const out: QuoteRecord[] = [];
    for (const article of this.articlesOf(speakerId)) {
      const local = new Map(article.actors.map((a) => [a.localId, a]));
      for (const q of article.quotes) {
        const la = q.speaker ? local.get(q.speaker) : undefined;
        if (la?.key && this.resolve(la.key) === speakerId) out.push(this.record(article, q, local, b.actors));
      }
    }
    return out;
  }

  /** Articles an actor appears in, by date. */
  articlesOf(speakerId: string): ArticleSummary[] {
    const set = new Set<ArticleSummary>();
    for (const g of this.build().groupsOf.get(speakerId) ?? []) for (const a of g.members.keys()) set.add(a);
    return [...set].sort(compareArticles);
  }

  /** Articles by date (undated last), then by file. */
  articlesByDate(): ArticleSummary[] {
    const b = this.build();
    return (b.byDate ??= [...this.articles.values()].sort(compareArticles)).slice();
  }

  /** One record per quote of one article (or of every article, in the order they were added). */
  *records(file?: string): Generator<QuoteRecord> {
    const b = this.build();
    const list = file === undefined ? this.articles.values() : [this.articles.get(file)].filter((x): x is ArticleSummary => !!x);
    for (const article of list) {
      const local = new Map(article.actors.map((a) => [a.localId, a]));
      for (const q of article.quotes) yield this.record(article, q, local, b.actors);
    }
  }

  private record(article: ArticleSummary, q: SummaryQuote, local: Map<string, SummaryActor>, actors: Map<string, CorpusActor>): QuoteRecord {
    const la = q.speaker ? local.get(q.speaker) : undefined;
    const speakerId = la?.key ? this.resolve(la.key) : null;
    return {
      file: article.file,
      date: article.date,
      outlet: article.outlet,
      title: article.title,
      speakerId,
      speaker: speakerId ? actors.get(speakerId)?.name ?? la?.name ?? null : null,
      speakerInArticle: la?.name ?? null,
      role: la?.role ?? null,
      quoteId: q.id,
      text: q.text,
      start: q.start,
      end: q.end,
      kind: q.kind,
      cue: q.cue,
      confidence: q.confidence,
    };
  }
}

const lowerStart = (s: string): number => (/^\p{Ll}/u.test(s) ? 1 : 0);

/** Most frequent first, ties by a capital start (`World Health Organisation` before `the World ...`), then the longer,
 *  then alphabetically: independent of the order of the members. */
function byFrequency(counts: Map<string, number>): string[] {
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || lowerStart(x[0]) - lowerStart(y[0]) || y[0].length - x[0].length || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map((e) => e[0]);
}

function addCounts<K>(into: Map<K, number>, from: Map<K, number>): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

/** The corpus actor of one or more base identities, from their running counts (never walking their members, except
 *  to count the articles of several identities together). */
function summarise(speakerId: string, gs: Group[]): CorpusActor {
  const isFull = (g: Group) => g.key.kind === 'person' || g.key.kind === 'org' || g.key.kind === 'group';
  let fullNames: Map<string, number>;
  let otherNames: Map<string, number>;
  let ag: Aggregate;
  let articles: number;
  let quotedArticles: number;
  if (gs.length === 1) {
    ag = gs[0].agg;
    [fullNames, otherNames] = isFull(gs[0]) ? [ag.names, new Map()] : [new Map(), ag.names];
    articles = gs[0].members.size;
    quotedArticles = ag.articleQuotes.size;
  } else {
    ag = newAggregate();
    fullNames = new Map();
    otherNames = new Map();
    const files = new Set<string>();
    const quoted = new Set<string>();
    for (const g of gs) {
      addCounts(isFull(g) ? fullNames : otherNames, g.agg.names);
      addCounts(ag.types, g.agg.types);
      addCounts(ag.roles, g.agg.roles);
      addCounts(ag.forms, g.agg.forms);
      addCounts(ag.dates, g.agg.dates);
      ag.quotes += g.agg.quotes;
      for (const a of g.members.keys()) files.add(a.file);
      for (const a of g.agg.articleQuotes.keys()) quoted.add(a.file);
    }
    articles = files.size;
    quotedArticles = quoted.size;
  }
  let first: string | null = null;
  let last: string | null = null;
  for (const d of ag.dates.keys()) {
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  // The name: the most common full form (a bare surname never names a person who also has a full name).
  const name = byFrequency(fullNames.size ? fullNames : otherNames)[0];
  const forms = [...ag.forms.keys()].filter((f) => f !== name).sort();
  return {
    speakerId,
    name,
    type: byFrequency(ag.types)[0],
    aliases: forms,
    roles: byFrequency(ag.roles),
    quotes: ag.quotes,
    articles,
    quotedArticles,
    firstDate: first,
    lastDate: last,
  };
}
