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
import { compareActors, mergeRanked, rerank } from './rank';
import { aggregate, bump, newAggregate, single, summarise, type Group } from './aggregate';

/** Actors ranked per build step when many are new. */
const RANK_CHUNK = 2000;

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
interface Built {
  /** Base groups of each corpus actor. */
  groupsOf: Map<string, Group[]>;
  actors: Map<string, CorpusActor>;
  ranked: CorpusActor[];
  /** The ranked actors who speak, made on first use. */
  speakers?: CorpusActor[];
  /** Articles by date, made on first use. */
  byDate?: ArticleSummary[];
}

/** The empty list every summary without aliases or acronyms shares (never mutated). */
const NO_STRINGS: string[] = [];

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
  /** Kept from one build to the next (only what changed is resolved again): each group's corpus id at the last build,
   *  the groups of each corpus id, the corpus actors; and the groups changed since (members, or how they resolve). */
  private readonly resolvedOf = new Map<Group, string>();
  private readonly groupsOf = new Map<string, Group[]>();
  private readonly actorsNow = new Map<string, CorpusActor>();
  private readonly dirty = new Set<Group>();
  /** Groups of bare surnames and of acronyms, by surname / acronym: they resolve again when that one's map changes. */
  private readonly bareGroups = new Map<string, Set<Group>>();
  private readonly acronymGroups = new Map<string, Set<Group>>();

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
    for (const m of [this.resolvedOf, this.groupsOf, this.actorsNow, this.bareGroups, this.acronymGroups]) m.clear();
    this.dirty.clear();
    this.touched.clear();
    this.unranked = undefined;
    this.changedSinceRank.clear();
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
    // Actors still waiting to be ranked in chunks are ranked again from their ids (their objects may be stale now).
    if (this.unranked) for (const a of this.unranked) this.changedSinceRank.add(a.speakerId);
    this.unranked = undefined;
    this.version++;
  }

  private account(s: ArticleSummary, by: number): void {
    for (const a of s.actors) {
      const k = a.key;
      if (!k) continue;
      if (k.kind === 'person') {
        this.countIn(this.surnames, k.surname, k.id, by, this.bareGroups);
      } else if (k.kind === 'org') {
        for (const ac of a.acronyms) this.countIn(this.acronyms, ac, k.id, by, this.acronymGroups);
      }
      let g = this.groups.get(k.id);
      if (!g) {
        if (by < 0) continue;
        g = { key: k, members: new Map(), changedAt: 0, cache: null, agg: newAggregate() };
        this.groups.set(k.id, g);
        const by2 = k.kind === 'bare' ? [this.bareGroups, k.surname] as const : k.kind === 'acronym' ? [this.acronymGroups, k.acronym] as const : null;
        if (by2) {
          let set = by2[0].get(by2[1]);
          if (!set) by2[0].set(by2[1], (set = new Set()));
          set.add(g);
        }
      }
      this.dirty.add(g);
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
      if (g.members.size === 0) {
        this.groups.delete(k.id);
        const dep = k.kind === 'bare' ? this.bareGroups.get(k.surname) : k.kind === 'acronym' ? this.acronymGroups.get(k.acronym) : undefined;
        dep?.delete(g);
      }
    }
  }

  /** Counts an id under a surname or acronym; when the one id it resolves to changes, its dependent groups are dirty. */
  private countIn(maps: Map<string, Map<string, number>>, name: string, id: string, by: number, deps: Map<string, Set<Group>>): void {
    let m = maps.get(name);
    if (!m) maps.set(name, (m = new Map()));
    const before = single(m);
    bump(m, id, by);
    if (m.size === 0) maps.delete(name);
    if (single(m) !== before) for (const g of deps.get(name) ?? []) this.dirty.add(g);
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

  /** buildStep: the actors not in the last ranking yet, until the next change. */
  private unranked: CorpusActor[] | undefined;
  /** Corpus ids whose actor is to be made again (their groups changed, or groups moved to or from them). */
  private readonly touched = new Set<string>();
  /** Corpus ids whose actor was made again, added or removed since `lastRanked` was ranked (rerank's input). */
  private readonly changedSinceRank = new Set<string>();

  /** Resolves the changed groups again (each to the id it now belongs to); false when `stop()` said to stop first. */
  private resolveDirty(stop?: () => boolean): boolean {
    const { groupsOf, touched } = this;
    for (const g of this.dirty) {
      this.dirty.delete(g);
      const old = this.resolvedOf.get(g);
      const now = this.groups.get(g.key.id) === g ? this.resolve(g.key) : undefined;
      if (old !== undefined) touched.add(old);
      if (now !== undefined) touched.add(now);
      if (old !== now) {
        if (old !== undefined) {
          const list = groupsOf.get(old)!.filter((x) => x !== g);
          if (list.length) groupsOf.set(old, list);
          else groupsOf.delete(old);
        }
        if (now === undefined) this.resolvedOf.delete(g);
        else {
          this.resolvedOf.set(g, now);
          const list = groupsOf.get(now);
          if (list) list.push(g);
          else groupsOf.set(now, [g]);
        }
      }
      if (stop?.()) return this.dirty.size === 0;
    }
    return true;
  }

  /** Makes the corpus actors of the touched ids again (after resolveDirty); false when `stop()` said to stop first. */
  private summariseTouched(stop?: () => boolean): boolean {
    const { groupsOf, actorsNow: actors } = this;
    for (const id of this.touched) {
      this.touched.delete(id);
      this.changedSinceRank.add(id);
      const gs = groupsOf.get(id);
      if (!gs) {
        actors.delete(id);
        this.mergedCache.delete(id);
      } else if (gs.length === 1 && gs[0].key.id === id) {
        actors.set(id, (gs[0].cache ??= summarise(id, gs)));
        this.mergedCache.delete(id);
      } else {
        const c = this.mergedCache.get(id);
        const fresh = c && c.groups.length === gs.length && gs.every((g) => c.groups.includes(g) && g.changedAt <= c.at);
        const entry = fresh ? c! : { groups: gs.slice(), at: this.version, actor: summarise(id, gs) };
        this.mergedCache.set(id, entry);
        actors.set(id, entry.actor);
      }
      if (stop?.()) return this.touched.size === 0;
    }
    return true;
  }

  /** The corpus actors, made again only for the groups changed since the last build (and the ids they move between). */
  private build(): Built {
    if (this.built) return this.built;
    this.resolveDirty();
    this.summariseTouched();
    const ranked = rerank(this.lastRanked, this.actorsNow, this.changedSinceRank);
    this.changedSinceRank.clear();
    this.lastRanked = ranked;
    this.built = { groupsOf: this.groupsOf, actors: this.actorsNow, ranked };
    return this.built;
  }

  /**
   * Part of the next build, for a caller that spreads it over several turns of its event loop (the editor: a large
   * change, a store just loaded): works until `stop()` says so (asked after each identity) and returns true once the
   * index is built (queries then cost nothing more). Changes in between are fine: the next step takes them too.
   */
  buildStep(stop: () => boolean): boolean {
    if (this.built) return true;
    // Each phase does at least one identity when it has any, so that steps always get to the end.
    if (!this.resolveDirty(stop)) return false;
    if (!this.summariseTouched(stop)) return false;
    // Many actors not ranked yet (a store just loaded: all of them): ranked a chunk per step, merged into the last
    // ranking, so that the build's rerank has little left to sort.
    if (!this.unranked && this.actorsNow.size - this.lastRanked.length <= RANK_CHUNK) {
      this.build();
      return true;
    }
    if (!this.unranked) {
      const changed = this.changedSinceRank;
      this.lastRanked = this.lastRanked.filter((a) => !changed.has(a.speakerId));
      this.unranked = [];
      for (const id of changed) {
        const a = this.actorsNow.get(id);
        if (a) this.unranked.push(a);
      }
      // From here the ranking plus `unranked` hold every actor; later changes are taken by the build's rerank.
      changed.clear();
      if (this.unranked.length > RANK_CHUNK) return false;
    }
    if (this.unranked.length > RANK_CHUNK) {
      this.lastRanked = mergeRanked(this.lastRanked, this.unranked.splice(this.unranked.length - RANK_CHUNK).sort(compareActors));
      return false;
    }
    // The last chunk goes in with the build's rerank.
    for (const a of this.unranked) this.changedSinceRank.add(a.speakerId);
    this.unranked = undefined;
    this.build();
    return true;
  }

  /** True when the queries are answered without building anything. */
  get isBuilt(): boolean {
    return this.built !== null;
  }

  /** All corpus actors, most quoted first (then most articles, then by name and id). */
  actors(): CorpusActor[] {
    return this.build().ranked.slice();
  }

  /** Actors who speak at least once, most quoted first. */
  speakers(): CorpusActor[] {
    const b = this.build();
    return (b.speakers ??= b.ranked.filter((a) => a.quotes > 0)).slice();
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
