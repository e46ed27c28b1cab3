// Objects made afresh on every analysis and kept until the next one (the paragraphs, the entities, quotes and claims
// of the output, the claim builds), made by a constructor instead of an object literal. They are plain objects all the
// same: their prototype is `Object.prototype` (the constructor's `prototype` is set to it), their own properties are
// exactly the literal's, in the literal's order, and nothing else (no constructor of their own, no class): JSON,
// structured clone, `deepStrictEqual` and `Object.keys` see what a literal gives.
//
// Why: V8 tracks the objects of an object literal by allocation site, sees nearly all of them survive a scavenge
// (they live until the next analysis) and from then on allocates that literal's objects in the old generation
// (pretenuring), where they die an analysis later and stay until a full collection; on the edit path that made the
// allocations themselves and the collector's work dearer (docs/bench.md, "Edit path, seventh round"). Objects made by
// `new` have no allocation site and are always allocated young.
//
// Each constructor sets every required field of its type, in the order the literal it replaces listed them; optional
// fields (`Entity.actor`, `Claim.quote`) are added by the caller after it, as before. `AllSet` below fails to compile
// when the type gains a required field that the constructor's list does not name: add it to the list, to the
// constructor's parameters and to its body (test/unit/plainObjects.test.ts compares each with a literal).
import type { Actor, ActorType, Claim, Entity, EntityType, Paragraph, Quote, QuoteKind, Span } from './types';
import type { Attr, Seg } from './attribution';
import type { ClaimBuild, How, ParaData, QuoteBuild, Unit } from './passes/state';

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** `true` when `L` names every required field of `T` and nothing else. */
type AllSet<T, L extends readonly PropertyKey[]> = [Exclude<RequiredKeys<T>, L[number]>, Exclude<L[number], RequiredKeys<T>>] extends [never, never] ? true : false;

/** The fields each constructor sets, in order (also read by the unit test). */
export const PARAGRAPH_FIELDS = ['start', 'end', 'index', 'line'] as const;
export const ENTITY_FIELDS = ['id', 'start', 'end', 'text', 'type', 'canonical'] as const;
export const QUOTE_FIELDS = ['id', 'start', 'end', 'text', 'speaker', 'cue', 'cueSpan', 'speakerSpan', 'kind', 'confidence', 'marked', 'attribution', 'paragraph'] as const;
export const CLAIM_FIELDS = ['id', 'start', 'end', 'actor', 'text', 'cue', 'paragraph'] as const;
export const SPAN_FIELDS = ['start', 'end'] as const;
export const ACTOR_FIELDS = ['id', 'name', 'type', 'aliases', 'role', 'mentions', 'quotes', 'claims'] as const;
// (The engine's own records: the same reason, and the same check that every field is set.)
export const UNIT_FIELDS = ['start', 'end', 'index', 'data'] as const;
export const CLAIM_BUILD_FIELDS = ['s', 'e', 'actorKey', 'quote', 'cue', 'paragraph'] as const;
export const QUOTE_BUILD_FIELDS = ['s', 'e', 'unit', 'paragraph', 'marked', 'kind', 'attr', 'attrUnit', 'actorKey', 'speakerSpan', 'cue', 'cueSpan', 'confidence', 'how', 'chainPrev', 'index', 'seg'] as const;
const CHECKS: [AllSet<Paragraph, typeof PARAGRAPH_FIELDS>, AllSet<Entity, typeof ENTITY_FIELDS>, AllSet<Quote, typeof QUOTE_FIELDS>, AllSet<Claim, typeof CLAIM_FIELDS>,
  AllSet<Span, typeof SPAN_FIELDS>, AllSet<Actor, typeof ACTOR_FIELDS>, AllSet<Unit, typeof UNIT_FIELDS>, AllSet<ClaimBuild, typeof CLAIM_BUILD_FIELDS>,
  AllSet<QuoteBuild, typeof QUOTE_BUILD_FIELDS>] = [true, true, true, true, true, true, true, true, true];
void CHECKS;

type Ctor<A extends unknown[], T> = new (...args: A) => T;
/** `f` as a constructor of plain objects (see above). */
function plain<A extends unknown[], T>(f: (this: T, ...args: A) => void): Ctor<A, T> {
  f.prototype = Object.prototype;
  return f as unknown as Ctor<A, T>;
}

export const PlainParagraph = plain(function (this: Paragraph, start: number, end: number, index: number, line: number) {
  this.start = start; this.end = end; this.index = index; this.line = line;
});

export const PlainEntity = plain(function (this: Entity, id: string, start: number, end: number, text: string, type: EntityType, canonical: string) {
  this.id = id; this.start = start; this.end = end; this.text = text; this.type = type; this.canonical = canonical;
});

export const PlainQuote = plain(function (this: Quote, id: string, start: number, end: number, text: string, speaker: string | null, cue: string | null,
  cueSpan: Span | null, speakerSpan: Span | null, kind: QuoteKind, confidence: number, marked: boolean, attribution: string, paragraph: number) {
  this.id = id; this.start = start; this.end = end; this.text = text; this.speaker = speaker; this.cue = cue; this.cueSpan = cueSpan;
  this.speakerSpan = speakerSpan; this.kind = kind; this.confidence = confidence; this.marked = marked; this.attribution = attribution;
  this.paragraph = paragraph;
});

export const PlainClaim = plain(function (this: Claim, id: string, start: number, end: number, actor: string, text: string, cue: string | null, paragraph: number) {
  this.id = id; this.start = start; this.end = end; this.actor = actor; this.text = text; this.cue = cue; this.paragraph = paragraph;
});

export const PlainSpan = plain(function (this: Span, start: number, end: number) {
  this.start = start; this.end = end;
});

export const PlainActor = plain(function (this: Actor, id: string, name: string, type: ActorType, aliases: string[], role: string | null, mentions: Span[],
  quotes: string[], claims: string[]) {
  this.id = id; this.name = name; this.type = type; this.aliases = aliases; this.role = role; this.mentions = mentions; this.quotes = quotes;
  this.claims = claims;
});

export const PlainUnit = plain(function (this: Unit, start: number, end: number, index: number, data: ParaData) {
  this.start = start; this.end = end; this.index = index; this.data = data;
});

export const PlainClaimBuild = plain(function (this: ClaimBuild, s: number, e: number, actorKey: string, quote: QuoteBuild | null, cue: string | null, paragraph: number) {
  this.s = s; this.e = e; this.actorKey = actorKey; this.quote = quote; this.cue = cue; this.paragraph = paragraph;
});

/** A quote being built, with the defaults `newQuote` (passes/speakers.ts) gives. */
export const PlainQuoteBuild = plain(function (this: QuoteBuild, s: number, e: number, unit: number, paragraph: number, marked: boolean, attrUnit: number,
  confidence: number, how: How, seg: Seg | null) {
  this.s = s; this.e = e; this.unit = unit; this.paragraph = paragraph; this.marked = marked; this.kind = 'direct'; this.attr = null as Attr | null;
  this.attrUnit = attrUnit; this.actorKey = null; this.speakerSpan = null; this.cue = null; this.cueSpan = null; this.confidence = confidence;
  this.how = how; this.chainPrev = -1; this.index = -1; this.seg = seg;
});
