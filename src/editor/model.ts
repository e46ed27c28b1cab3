// Pure lookups over one Analysis, shared by every editor adapter. No `vscode` import: the
// adapters convert offsets to positions; everything here works on 0-based UTF-16 offsets. The words shown for them
// (counts, group names, `probably …`) are in text.ts, localised.
import type { Actor, Analysis, Claim, Entity, Quote, Span } from '../engine/types';

export interface Mention extends Span {
  actor: string;
}

export interface AnalysisIndex {
  readonly analysis: Analysis;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly quotesById: ReadonlyMap<string, Quote>;
  readonly claimsById: ReadonlyMap<string, Claim>;
  /** Every actor mention (the actor's `mentions` plus entities linked to it), sorted by start, deduplicated. */
  readonly mentions: readonly Mention[];
  /** Mentions of each actor, sorted by start. */
  readonly mentionsByActor: ReadonlyMap<string, readonly Span[]>;
  /** Attribution spans of quotes (a pronoun like `he`) that are not among the mentions, sorted. */
  readonly speakerSpans: readonly Mention[];
}

const cache = new WeakMap<Analysis, AnalysisIndex>();

/** True when `s` is a usable span inside a text of `length` characters. */
export function validSpan(s: Span | null | undefined, length: number): s is Span {
  return !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= length;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

const actorMaps = new WeakMap<Analysis, Map<string, Actor>>();

/**
 * Actors by id (once per Analysis object): the cheap part of indexOf, for the highlights, which draw a large
 * document's first window before anything else needs the whole index.
 */
export function actorMapOf(analysis: Analysis): Map<string, Actor> {
  let map = actorMaps.get(analysis);
  if (!map) {
    map = new Map<string, Actor>();
    for (const a of analysis.actors) map.set(a.id, a);
    actorMaps.set(analysis, map);
  }
  return map;
}

/** Builds (once per Analysis object) the maps every adapter needs. */
export function indexOf(analysis: Analysis): AnalysisIndex {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const actorsById = actorMapOf(analysis);
  const quotesById = new Map<string, Quote>();
  for (const q of analysis.quotes) quotesById.set(q.id, q);
  const claimsById = new Map<string, Claim>();
  for (const c of analysis.claims) claimsById.set(c.id, c);

  // Numeric span keys (start × (length + 1) + end, exact for any text under ~90 MB): no string per mention.
  const width = analysis.length + 1;
  const seen = new Set<number>();
  const mentions: Mention[] = [];
  const add = (actor: string, s: Span): void => {
    if (!actorsById.has(actor) || !validSpan(s, analysis.length)) return;
    const key = s.start * width + s.end;
    if (seen.has(key)) return;
    seen.add(key);
    mentions.push({ start: s.start, end: s.end, actor });
  };
  for (const a of analysis.actors) for (const m of a.mentions) add(a.id, m);
  for (const e of analysis.entities) if (e.actor) add(e.actor, e);
  mentions.sort(byStart);
  const mentionsByActor = new Map<string, Span[]>();
  for (const m of mentions) {
    let list = mentionsByActor.get(m.actor);
    if (!list) mentionsByActor.set(m.actor, (list = []));
    list.push({ start: m.start, end: m.end });
  }
  // The spans attributions used (`he said`) that are not mentions: they point to the speaker too.
  const speakerSpans: Mention[] = [];
  for (const q of analysis.quotes) {
    if (!q.speaker || !actorsById.has(q.speaker) || !validSpan(q.speakerSpan, analysis.length)) continue;
    if (seen.has(q.speakerSpan.start * width + q.speakerSpan.end)) continue;
    speakerSpans.push({ start: q.speakerSpan.start, end: q.speakerSpan.end, actor: q.speaker });
  }
  speakerSpans.sort(byStart);
  const index: AnalysisIndex = { analysis, actorsById, quotesById, claimsById, mentions, mentionsByActor, speakerSpans };
  cache.set(analysis, index);
  return index;
}

/**
 * The one binary search of the editor: how many leading items of `items` satisfy `pred`, for a predicate that holds for
 * a prefix of the list and not after it (`s.start < offset` on a start-sorted list). O(log n).
 */
export function partitionPoint<T>(items: readonly T[], pred: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the span of a start-sorted list that contains `offset`; a cursor right after a span's last
 * character still counts (as VS Code does for the word at the cursor). -1 when none.
 */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  // Last span with start <= offset.
  const best = partitionPoint(spans, (s) => s.start <= offset) - 1;
  // Spans may nest or touch (a mention list is not guaranteed disjoint): look back a little.
  let fallback = -1;
  for (let i = best; i >= 0 && i >= best - 8; i--) {
    const s = spans[i];
    if (s.start <= offset && offset < s.end) return i;
    if (fallback < 0 && offset === s.end) fallback = i;
  }
  return fallback;
}

export type Target =
  | { kind: 'actor'; actor: Actor; span: Span; entity?: Entity }
  | { kind: 'entity'; entity: Entity; span: Span }
  | { kind: 'quote'; quote: Quote; span: Span };

/** What is at `offset`: an actor mention first, then any other entity, then the quote around it. */
export function targetAt(analysis: Analysis, offset: number): Target | undefined {
  const idx = indexOf(analysis);
  const ei = spanIndexAt(analysis.entities, offset);
  const entity = ei >= 0 ? analysis.entities[ei] : undefined;
  const mi = spanIndexAt(idx.mentions, offset);
  if (mi >= 0) {
    const m = idx.mentions[mi];
    const actor = idx.actorsById.get(m.actor);
    if (actor) {
      const sameEntity = entity && entity.actor === actor.id ? entity : undefined;
      return { kind: 'actor', actor, span: { start: m.start, end: m.end }, entity: sameEntity };
    }
  }
  const si = spanIndexAt(idx.speakerSpans, offset);
  if (si >= 0 && !entity) {
    const m = idx.speakerSpans[si];
    const actor = idx.actorsById.get(m.actor);
    if (actor) return { kind: 'actor', actor, span: { start: m.start, end: m.end } };
  }
  if (entity) {
    const actor = entity.actor ? idx.actorsById.get(entity.actor) : undefined;
    if (actor) return { kind: 'actor', actor, span: { start: entity.start, end: entity.end }, entity };
    return { kind: 'entity', entity, span: { start: entity.start, end: entity.end } };
  }
  const qi = spanIndexAt(analysis.quotes, offset);
  if (qi >= 0) {
    const quote = analysis.quotes[qi];
    return { kind: 'quote', quote, span: { start: quote.start, end: quote.end } };
  }
  return undefined;
}

/** The quote containing `offset`, if any. */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  const qi = spanIndexAt(analysis.quotes, offset);
  return qi >= 0 ? analysis.quotes[qi] : undefined;
}

/** Every mention of the actor, sorted. */
export function actorMentions(analysis: Analysis, actorId: string): readonly Span[] {
  return indexOf(analysis).mentionsByActor.get(actorId) ?? [];
}

/** Where the actor first appears (its first mention, else its first quote), or undefined. */
export function firstAppearance(analysis: Analysis, actor: Actor): Span | undefined {
  const idx = indexOf(analysis);
  const m = idx.mentionsByActor.get(actor.id)?.[0];
  if (m) return m;
  const q = actor.quotes.map((id) => idx.quotesById.get(id)).find((x): x is Quote => !!x);
  return q ? { start: q.start, end: q.end } : undefined;
}

/**
 * The actor's "definition": the first mention written with the canonical name (`Wesley Clark` in
 * `retired Gen. Wesley Clark`), else the longest mention, else the first appearance.
 */
export function fullestMention(analysis: Analysis, text: string, actor: Actor): Span | undefined {
  const mentions = actorMentions(analysis, actor.id);
  const name = actor.name.toLowerCase();
  let best: Span | undefined;
  let bestScore = -1;
  for (const m of mentions) {
    const written = text.slice(m.start, m.end).toLowerCase();
    const score = (written === name ? 3_000_000 : written.includes(name) ? 2_000_000 : 0) + (m.end - m.start);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best ?? firstAppearance(analysis, actor);
}

/** Normalised key for grouping non-actor entities: type + canonical name. */
export function entityKey(e: Entity): string {
  return `${e.type}\u0000${(e.canonical || e.text).toLowerCase()}`;
}

/** Every entity with the same type and canonical name as `e` (itself included), in text order. */
export function sameEntities(analysis: Analysis, e: Entity): Entity[] {
  const key = entityKey(e);
  return analysis.entities.filter((x) => entityKey(x) === key);
}

/** All spans to highlight/reference for the thing at `offset`: actor mentions, or same-canonical entities. */
export function occurrencesAt(analysis: Analysis, offset: number): { target: Target; spans: Span[] } | undefined {
  const target = targetAt(analysis, offset);
  if (!target) return undefined;
  if (target.kind === 'actor') return { target, spans: [...actorMentions(analysis, target.actor.id)] };
  if (target.kind === 'entity') return { target, spans: sameEntities(analysis, target.entity).map(({ start, end }) => ({ start, end })) };
  return undefined;
}

/** The quotes of an actor, in text order. */
export function actorQuotes(analysis: Analysis, actor: Actor): Quote[] {
  const idx = indexOf(analysis);
  return actor.quotes.map((id) => idx.quotesById.get(id)).filter((q): q is Quote => !!q).sort(byStart);
}

/** The claims of an actor that are not simply the text of one of its quotes, in text order. */
export function actorClaims(analysis: Analysis, actor: Actor): Claim[] {
  const idx = indexOf(analysis);
  const quoteSpans = new Set(actorQuotes(analysis, actor).map((q) => `${q.start}:${q.end}`));
  return actor.claims
    .map((id) => idx.claimsById.get(id))
    .filter((c): c is Claim => !!c && !quoteSpans.has(`${c.start}:${c.end}`))
    .sort(byStart);
}

/** True when the actor is the speaker of at least one quote. */
export function isSpeaker(analysis: Analysis, actor: Actor): boolean {
  if (actor.quotes.length > 0) return true;
  return analysis.quotes.some((q) => q.speaker === actor.id);
}

/** Whitespace-collapsed excerpt of at most `max` characters, cut at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

// ---------------------------------------------------------------- who is who: one grouping for every view

/** The groups of the Actors & Claims view and of the Outline, in this order. */
export type GroupId = 'speakers' | 'people' | 'organizations' | 'places' | 'unnamed';
export const GROUP_ORDER: readonly GroupId[] = ['speakers', 'people', 'organizations', 'places', 'unnamed'];
/** The group of an actor: speakers first (whatever their kind), then by kind. */
export function actorGroup(analysis: Analysis, actor: Actor): GroupId {
  if (actor.type === 'collective') return 'unnamed';
  if (isSpeaker(analysis, actor)) return 'speakers';
  return actor.type === 'organization' ? 'organizations' : 'people';
}

/**
 * A named thing that is not an actor: every place, and every organization the text names without making it an
 * actor (`Atlantic Council`), grouped by type and canonical name.
 */
export interface EntityGroup {
  key: string;
  name: string;
  type: string;
  /** Its entities, in text order. */
  entities: Entity[];
}

const entityGroupsCache = new WeakMap<Analysis, EntityGroup[]>();

/** Places and organizations not linked to an actor, each with its mentions, in order of first appearance. */
export function entityGroups(analysis: Analysis): EntityGroup[] {
  const hit = entityGroupsCache.get(analysis);
  if (hit) return hit;
  const groups = new Map<string, EntityGroup>();
  for (const e of analysis.entities) {
    if (e.actor || (e.type !== 'place' && e.type !== 'organization') || !validSpan(e, analysis.length)) continue;
    const k = entityKey(e);
    const g = groups.get(k);
    if (g) g.entities.push(e);
    else groups.set(k, { key: k, name: e.canonical || e.text, type: e.type, entities: [e] });
  }
  const out = [...groups.values()];
  entityGroupsCache.set(analysis, out);
  return out;
}

/** The group of a non-actor entity group. */
export function entityGroupId(g: EntityGroup): GroupId {
  return g.type === 'place' ? 'places' : 'organizations';
}

/** The quotes whose text contains one of `spans` (a quote that mentions the thing), in text order. */
export function quotesMentioning(analysis: Analysis, spans: readonly Span[]): Quote[] {
  const out: Quote[] = [];
  for (const s of spans) {
    const q = quoteAt(analysis, s.start);
    if (q && q.start <= s.start && s.end <= q.end && out[out.length - 1] !== q && !out.includes(q)) out.push(q);
  }
  return out.sort(byStart);
}

// Words that are never a name on their own: a determiner or pronoun picked up as an alias (`Some`).
const NOT_A_NAME = new Set([
  'a', 'an', 'the', 'some', 'many', 'most', 'several', 'few', 'other', 'others', 'another', 'any', 'all', 'both', 'each',
  'every', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'its',
  'our', 'one', 'someone', 'somebody', 'people', 'officials', 'analysts', 'experts', 'critics', 'sources',
]);

/**
 * The aliases worth showing a reader: not the name again in other case (`Analysts` for `analysts`), never a fragment
 * (a single common word or determiner such as `Some`).
 */
export function displayAliases(actor: Actor): string[] {
  const name = actor.name.trim().toLowerCase();
  const seen = new Set<string>([name]);
  const out: string[] = [];
  for (const raw of actor.aliases) {
    const alias = raw.trim();
    const low = alias.toLowerCase();
    if (!alias || seen.has(low)) continue;
    seen.add(low);
    if (!/\s/.test(alias) && (NOT_A_NAME.has(low) || !/^\p{Lu}/u.test(alias))) continue;
    out.push(alias);
  }
  return out;
}

// ---------------------------------------------------------------- how sure the speaker is

/** A speaker found with less confidence than this is a guess: shown as "probably …", underlined dashed. */
export const GUESSED_SPEAKER_BELOW = 0.5;

export type SpeakerCertainty = 'certain' | 'guessed' | 'hidden' | 'unknown';

/**
 * How a quote's speaker may be shown: `unknown` (none found), `hidden` (confidence under the reader's threshold,
 * `seedReader.speakerConfidenceThreshold`), `guessed` (under GUESSED_SPEAKER_BELOW) or `certain`.
 */
export function speakerCertainty(analysis: Analysis, quote: Quote, threshold = 0): SpeakerCertainty {
  if (!quote.speaker || !indexOf(analysis).actorsById.has(quote.speaker)) return 'unknown';
  const c = Number.isFinite(quote.confidence) ? quote.confidence : 0;
  if (c < threshold) return 'hidden';
  return c < GUESSED_SPEAKER_BELOW ? 'guessed' : 'certain';
}

/**
 * The attribution pair at `offset`: inside a quote, the quote and the mention that attributes it (`Mr. Clark` in
 * `Mr. Clark said`); on such a mention, it and every quote it attributes. Undefined elsewhere.
 */
export function attributionPairAt(analysis: Analysis, offset: number): { quotes: Quote[]; attribution: Span } | undefined {
  const len = analysis.length;
  const onMention = analysis.quotes.filter(
    (q) => q.speaker && validSpan(q.speakerSpan, len) && q.speakerSpan.start <= offset && offset <= q.speakerSpan.end,
  );
  if (onMention.length) return { quotes: onMention, attribution: onMention[0].speakerSpan! };
  const q = quoteAt(analysis, offset);
  if (q && q.speaker && validSpan(q.speakerSpan, len)) return { quotes: [q], attribution: q.speakerSpan };
  return undefined;
}
