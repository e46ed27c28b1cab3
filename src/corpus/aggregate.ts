// The running counts of a corpus identity (a base group of article actors with the same identity key) and the corpus
// actor made from them without walking the members. Pure: no node:*, no vscode.
import type { CorpusActor } from './index';
import type { IdentityKey } from './identity';
import type { ArticleSummary, SummaryActor } from './summary';

export interface Group {
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

export interface Aggregate {
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

export const newAggregate = (): Aggregate => ({ names: new Map(), types: new Map(), roles: new Map(), forms: new Map(), dates: new Map(), articleQuotes: new Map(), quotes: 0 });

export function aggregate(ag: Aggregate, s: ArticleSummary, a: SummaryActor, by: number): void {
  bump(ag.names, a.name, by);
  bump(ag.types, a.type, by);
  if (a.role) bump(ag.roles, a.role, by);
  bump(ag.forms, a.name, by);
  for (const x of a.aliases) bump(ag.forms, x, by);
  if (s.date) bump(ag.dates, s.date, by);
  if (a.quotes) bump(ag.articleQuotes, s, a.quotes * by);
  ag.quotes += a.quotes * by;
}

/** The one id of a surname's / acronym's counts, or undefined when there are none or several. */
export function single(m: Map<string, number> | undefined): string | undefined {
  return m && m.size === 1 ? (m.keys().next().value as string) : undefined;
}

export function bump<K>(m: Map<K, number>, k: K, by: number): void {
  const v = (m.get(k) ?? 0) + by;
  if (v > 0) m.set(k, v);
  else m.delete(k);
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
export function summarise(speakerId: string, gs: Group[]): CorpusActor {
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
