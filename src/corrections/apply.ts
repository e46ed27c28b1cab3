// Applying the reader's corrections on top of an analysis. Pure, never throws, never mutates its
// input: objects that change are copied (copy on write), the others are shared. The result keeps the
// invariants of `Analysis` that the editor relies on: unique ids; entities and quotes sorted and
// disjoint; claims sorted; every speaker/actor/quote reference pointing at an existing object;
// `actor.quotes`/`actor.claims` exactly the ids of its quotes/claims in text order; mentions sorted.
import type { Actor, ActorType, Analysis, Claim, Entity, Quote, Span } from '../engine/types';
import { describeTarget, resolveTarget } from './anchor';
import type {
  Correction, CorrectionResult, CorrectionTarget, EntityTypeCorrection, MergeActorsCorrection, NotEntityCorrection,
  NotQuoteCorrection, QuoteCorrection, RenameActorCorrection, SpeakerCorrection, SplitActorCorrection,
} from './types';

export interface ApplyOutcome {
  /** The corrected analysis (the input itself when there is no correction or every one is orphaned). */
  analysis: Analysis;
  /** One result per correction, in order. */
  results: CorrectionResult[];
  applied: number;
  unchanged: number;
  orphaned: number;
}

const ACTOR_ENTITY_TYPES = new Set(['person', 'organization']);
const QUOTE_MARKS = '"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function sameSpan(a: Span | null | undefined, b: Span): boolean {
  return !!a && a.start === b.start && a.end === b.end;
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'actor';
}

class Draft {
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  actors: Actor[];
  /** Objects this draft created or copied: safe to change. */
  private readonly own = new Set<object>();
  /** Actors whose mentions/links changed: their mentions are re-sorted and, if left with nothing, they are dropped. */
  readonly touched = new Set<string>();
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();

  constructor(readonly base: Analysis, readonly text: string) {
    this.entities = [...base.entities];
    this.quotes = [...base.quotes];
    this.claims = [...base.claims];
    this.actors = [...base.actors];
    for (const list of [this.entities, this.quotes, this.claims, this.actors]) for (const x of list) this.used.add(x.id);
  }

  /** A fresh id with `prefix`, unique among every id of the analysis. */
  newId(prefix: string): string {
    let k = this.counters.get(prefix) ?? 0;
    let id: string;
    do id = `${prefix}${k++}`; while (this.used.has(id));
    this.counters.set(prefix, k);
    this.used.add(id);
    return id;
  }

  private actorId(name: string): string {
    const base = `actor-${slug(name)}`;
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}-${k}`;
    this.used.add(id);
    return id;
  }

  /** The writable copy of `list[i]`. */
  mut<T extends object>(list: T[], i: number): Mutable<T> {
    const x = list[i];
    if (this.own.has(x)) return x;
    const copy = { ...x } as T;
    if ((list as unknown) === this.actors) {
      const a = copy as unknown as Actor;
      a.aliases = [...a.aliases];
      a.mentions = [...a.mentions];
      a.quotes = [...a.quotes];
      a.claims = [...a.claims];
    }
    this.own.add(copy);
    list[i] = copy;
    return copy;
  }

  mark<T extends object>(list: T[], i: number): Mutable<T> {
    const x = this.mut(list, i);
    (x as { corrected?: true }).corrected = true;
    return x;
  }

  created<T extends object>(x: T): T {
    this.own.add(x);
    (x as { corrected?: true }).corrected = true;
    return x;
  }

  actorIndex(id: string | null | undefined): number {
    return id ? this.actors.findIndex((a) => a.id === id) : -1;
  }

  /** An actor by canonical name (exact, then ignoring case), id, or alias. */
  findActor(ref: string, except?: string): number {
    const r = ref.trim();
    const lower = r.toLowerCase();
    const ok = (a: Actor) => a.id !== except;
    let i = this.actors.findIndex((a) => ok(a) && a.name === r);
    if (i < 0) i = this.actors.findIndex((a) => ok(a) && a.name.toLowerCase() === lower);
    if (i < 0) i = this.actors.findIndex((a) => ok(a) && a.id === r);
    if (i < 0) i = this.actors.findIndex((a) => ok(a) && a.aliases.some((x) => x.toLowerCase() === lower));
    return i;
  }

  newActor(name: string, type: ActorType): number {
    const clean = name.replace(/\s+/g, ' ').trim() || 'unnamed';
    const actor: Actor = { id: this.actorId(clean), name: clean, type, aliases: [], role: null, mentions: [], quotes: [], claims: [] };
    this.actors.push(this.created(actor));
    this.touched.add(actor.id);
    return this.actors.length - 1;
  }

  /** The actor a speaker name refers to, created (a person) when no actor has that name. */
  speaker(ref: string): Actor {
    let i = this.findActor(ref);
    if (i < 0) i = this.newActor(ref, 'person');
    return this.actors[i];
  }

  paragraphOf(offset: number): number {
    const ps = this.base.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    let best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid].start <= offset) {
        best = ps[mid].index;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /** The quote at `span`: the same span, else the one overlapping it most. -1 when none. */
  quoteAt(span: Span): number {
    let best = -1;
    let bestOverlap = 0;
    for (let i = 0; i < this.quotes.length; i++) {
      const q = this.quotes[i];
      if (sameSpan(q, span)) return i;
      const o = Math.min(q.end, span.end) - Math.max(q.start, span.start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = i;
      }
    }
    return best;
  }

  removeQuote(i: number): void {
    const q = this.quotes[i];
    if (q.speaker) this.touched.add(q.speaker);
    this.quotes.splice(i, 1);
    this.claims = this.claims.filter((c) => c.quote !== q.id);
  }

  /** Sets the speaker of quote `i` (and the actor of the claims it carries; a claim is added when it carries none). */
  setSpeaker(i: number, speaker: Actor | null): void {
    const q = this.mark(this.quotes, i);
    if (q.speaker) this.touched.add(q.speaker);
    const keepSpan = speaker && (q.speaker === speaker.id || speaker.mentions.some((m) => sameSpan(q.speakerSpan, m)));
    q.speaker = speaker ? speaker.id : null;
    if (!keepSpan) q.speakerSpan = null;
    q.attribution = 'corrected by the reader';
    q.confidence = 1;
    if (speaker) this.touched.add(speaker.id);
    let carried = false;
    for (let k = this.claims.length - 1; k >= 0; k--) {
      if (this.claims[k].quote !== q.id) continue;
      carried = true;
      if (!speaker) this.claims.splice(k, 1);
      else if (this.claims[k].actor !== speaker.id) this.mark(this.claims, k).actor = speaker.id;
    }
    if (speaker && !carried) {
      // The reader's claim replaces the engine's claims on the same text that no quote carries.
      this.claims = this.claims.filter((c) => c.quote !== undefined || !sameSpan(c, q));
      const claim: Claim = { id: this.newId('cr'), actor: speaker.id, text: q.text, start: q.start, end: q.end, quote: q.id, cue: q.cue, paragraph: q.paragraph };
      this.claims.push(this.created(claim));
    }
  }

  /** A new quote at `span` (the caller removed the quotes it overlaps); returns its index. */
  addQuote(span: Span, kind: Quote['kind']): number {
    const before = this.text.charAt(span.start - 1);
    const after = this.text.charAt(span.end);
    const quote: Quote = {
      id: this.newId('qr'), start: span.start, end: span.end, text: this.text.slice(span.start, span.end), speaker: null,
      cue: null, cueSpan: null, speakerSpan: null, kind, confidence: 1,
      marked: !!before && !!after && QUOTE_MARKS.includes(before) && QUOTE_MARKS.includes(after),
      attribution: 'marked by the reader', paragraph: this.paragraphOf(span.start),
    };
    this.quotes.push(this.created(quote));
    return this.quotes.length - 1;
  }

  /** Removes `span` from the mentions of actor `id`. */
  dropMention(id: string, span: Span): void {
    const i = this.actorIndex(id);
    if (i < 0) return;
    if (!this.actors[i].mentions.some((m) => sameSpan(m, span))) return;
    const a = this.mark(this.actors, i);
    a.mentions = a.mentions.filter((m) => !sameSpan(m, span));
    this.touched.add(id);
  }

  addMention(i: number, span: Span): void {
    const a = this.mut(this.actors, i);
    if (!a.mentions.some((m) => sameSpan(m, span))) a.mentions.push({ start: span.start, end: span.end });
    this.touched.add(a.id);
  }

  /** Links entity `i` to the actor of its name (created when none), or unlinks it, by its type. */
  linkEntity(i: number): void {
    const e = this.entities[i];
    if (!ACTOR_ENTITY_TYPES.has(e.type)) {
      if (e.actor) {
        this.dropMention(e.actor, e);
        delete this.mut(this.entities, i).actor;
      }
      return;
    }
    let ai = this.actorIndex(e.actor);
    if (ai >= 0) {
      if (this.actors[ai].type !== e.type && this.actors[ai].type !== 'collective') this.mark(this.actors, ai).type = e.type as ActorType;
    } else {
      ai = this.findActor(e.canonical || e.text);
      if (ai < 0) ai = this.newActor(e.canonical || e.text, e.type as ActorType);
      const m = this.mut(this.entities, i);
      m.actor = this.actors[ai].id;
      m.canonical = this.actors[ai].name;
    }
    this.addMention(ai, e);
  }

  removeEntity(i: number): void {
    const e = this.entities[i];
    if (e.actor) this.dropMention(e.actor, e);
    this.entities.splice(i, 1);
  }

  /** Replaces actor ids in every reference (quotes, claims, entities). */
  remap(from: Set<string>, to: Actor): void {
    for (let i = 0; i < this.quotes.length; i++) if (this.quotes[i].speaker && from.has(this.quotes[i].speaker!)) this.mut(this.quotes, i).speaker = to.id;
    for (let i = 0; i < this.claims.length; i++) if (from.has(this.claims[i].actor)) this.mut(this.claims, i).actor = to.id;
    for (let i = 0; i < this.entities.length; i++) {
      const e = this.entities[i];
      if (e.actor && (from.has(e.actor) || e.actor === to.id)) {
        const m = this.mut(this.entities, i);
        m.actor = to.id;
        m.canonical = to.name;
      }
    }
  }

  /** Restores the invariants after the corrections; returns the analysis. */
  finish(): Analysis {
    this.entities.sort(byStart);
    this.quotes.sort(byStart);
    this.claims.sort(byStart);
    // Disjointness (corrections remove what they overlap; this keeps it true whatever the input).
    this.entities = disjoint(this.entities);
    this.quotes = disjoint(this.quotes);
    const quoteIds = new Set(this.quotes.map((q) => q.id));
    // Actors a correction left with nothing: no mention, quote, claim or linked entity.
    const alive = new Set<string>();
    for (const q of this.quotes) if (q.speaker) alive.add(q.speaker);
    for (const c of this.claims) alive.add(c.actor);
    for (const e of this.entities) if (e.actor) alive.add(e.actor);
    this.actors = this.actors.filter((a) => !this.touched.has(a.id) || a.mentions.length > 0 || alive.has(a.id));
    const actorIds = new Set(this.actors.map((a) => a.id));
    for (let i = 0; i < this.quotes.length; i++) if (this.quotes[i].speaker && !actorIds.has(this.quotes[i].speaker!)) this.mut(this.quotes, i).speaker = null;
    this.claims = this.claims.filter((c) => actorIds.has(c.actor));
    for (let i = 0; i < this.claims.length; i++) if (this.claims[i].quote !== undefined && !quoteIds.has(this.claims[i].quote!)) delete this.mut(this.claims, i).quote;
    for (let i = 0; i < this.entities.length; i++) if (this.entities[i].actor !== undefined && !actorIds.has(this.entities[i].actor!)) delete this.mut(this.entities, i).actor;
    // actor.quotes / actor.claims: exactly its quotes and claims, in text order.
    const quotesOf = new Map<string, string[]>();
    const claimsOf = new Map<string, string[]>();
    for (const q of this.quotes) if (q.speaker) push(quotesOf, q.speaker, q.id);
    for (const c of this.claims) push(claimsOf, c.actor, c.id);
    for (let i = 0; i < this.actors.length; i++) {
      const a = this.actors[i];
      const qs = quotesOf.get(a.id) ?? [];
      const cs = claimsOf.get(a.id) ?? [];
      if (!sameList(a.quotes, qs)) this.mut(this.actors, i).quotes = qs;
      if (!sameList(a.claims, cs)) this.mut(this.actors, i).claims = cs;
      if (this.touched.has(a.id)) {
        const m = this.mut(this.actors, i);
        m.mentions = dedupe(m.mentions.filter((s) => s.start >= 0 && s.end > s.start && s.end <= this.base.length).sort(byStart));
        m.aliases = [...new Set(m.aliases.filter((x) => x && x !== m.name))];
      }
    }
    return { ...this.base, entities: this.entities, quotes: this.quotes, claims: this.claims, actors: this.actors };
  }
}

function push(map: Map<string, string[]>, k: string, v: string): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function dedupe(spans: Span[]): Span[] {
  return spans.filter((s, i) => i === 0 || !sameSpan(spans[i - 1], s));
}

/**
 * Resolves overlaps that involve a reader-made span (sorted input): the reader's wins. Overlaps between
 * the engine's own spans are left as they are.
 */
function disjoint<T extends Span>(list: T[]): T[] {
  const mine = (x: T) => (x as { corrected?: true }).corrected === true;
  if (!list.some(mine)) return list;
  const out: T[] = [];
  for (const x of list) {
    const last = out[out.length - 1];
    if (last && x.start < last.end && (mine(x) || mine(last))) {
      if (mine(x) && !mine(last)) out[out.length - 1] = x;
      continue;
    }
    out.push(x);
  }
  return out;
}

type Step = Omit<CorrectionResult, 'index' | 'op'>;

const gone = (t: CorrectionTarget): Step => ({ status: 'orphaned', message: `the text ${describeTarget(t)} is no longer in the seed` });

function locate(d: Draft, t: CorrectionTarget): Span | null {
  const s = resolveTarget(d.text, t);
  return s && s.end <= d.base.length ? s : null;
}

/** The span without the white space at its ends; null when nothing is left. */
function trimmed(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

const blank = (what: string): Step => ({ status: 'orphaned', message: `only white space: not ${what}` });

function speakerName(d: Draft, id: string | null): string {
  const i = d.actorIndex(id);
  return i >= 0 ? d.actors[i].name : 'an unknown speaker';
}

function opSpeaker(d: Draft, c: SpeakerCorrection): Step {
  const span = locate(d, c.target);
  if (!span) return gone(c.target);
  let i = d.quoteAt(span);
  const speaker = c.speaker === null ? null : d.speaker(c.speaker);
  if (i < 0) {
    const s = trimmed(d.text, span);
    if (!s) return blank('a quote');
    i = d.addQuote(s, 'direct');
    d.setSpeaker(i, speaker);
    return { status: 'applied', message: `marked as a quote of ${speakerName(d, speaker?.id ?? null)}`, span };
  }
  const before = d.quotes[i].speaker;
  d.setSpeaker(i, speaker);
  const q = d.quotes[i];
  return before === q.speaker
    ? { status: 'unchanged', message: `already spoken by ${speakerName(d, q.speaker)}`, span: { start: q.start, end: q.end } }
    : { status: 'applied', message: `speaker is now ${speakerName(d, q.speaker)}`, span: { start: q.start, end: q.end } };
}

function opNotQuote(d: Draft, c: NotQuoteCorrection): Step {
  const span = locate(d, c.target);
  if (!span) return gone(c.target);
  const i = d.quoteAt(span);
  if (i < 0) return { status: 'unchanged', message: 'no quote there', span };
  const q = d.quotes[i];
  d.removeQuote(i);
  return { status: 'applied', message: 'quote removed', span: { start: q.start, end: q.end } };
}

function opQuote(d: Draft, c: QuoteCorrection): Step {
  const found = locate(d, c.target);
  if (!found) return gone(c.target);
  const span = trimmed(d.text, found);
  if (!span) return blank('a quote');
  let i = d.quotes.findIndex((q) => sameSpan(q, span));
  let changed = false;
  if (i < 0) {
    for (let k = d.quotes.length - 1; k >= 0; k--) if (overlaps(d.quotes[k], span)) d.removeQuote(k);
    i = d.addQuote(span, c.kind ?? 'direct');
    changed = true;
  } else if (c.kind && d.quotes[i].kind !== c.kind) {
    d.mark(d.quotes, i).kind = c.kind;
    changed = true;
  }
  if (c.speaker !== undefined) {
    const before = d.quotes[i].speaker;
    d.setSpeaker(i, c.speaker === null ? null : d.speaker(c.speaker));
    changed ||= before !== d.quotes[i].speaker;
  } else {
    d.mark(d.quotes, i);
  }
  return changed
    ? { status: 'applied', message: `marked as a quote of ${speakerName(d, d.quotes[i].speaker)}`, span }
    : { status: 'unchanged', message: 'already a quote', span };
}

function opEntityType(d: Draft, c: EntityTypeCorrection): Step {
  const found = locate(d, c.target);
  if (!found) return gone(c.target);
  const span = trimmed(d.text, found);
  if (!span) return blank('an entity');
  let i = d.entities.findIndex((e) => sameSpan(e, span));
  if (i >= 0 && d.entities[i].type === c.type) {
    d.mark(d.entities, i);
    return { status: 'unchanged', message: `already of type ${c.type}`, span };
  }
  if (i >= 0) {
    d.mark(d.entities, i).type = c.type;
  } else {
    for (let k = d.entities.length - 1; k >= 0; k--) if (overlaps(d.entities[k], span)) d.removeEntity(k);
    const exact = d.text.slice(span.start, span.end);
    d.entities.push(d.created<Entity>({ id: d.newId('er'), start: span.start, end: span.end, text: exact, type: c.type, canonical: exact.trim() }));
    i = d.entities.length - 1;
  }
  d.linkEntity(i);
  return { status: 'applied', message: `type is now ${c.type}`, span };
}

function opNotEntity(d: Draft, c: NotEntityCorrection): Step {
  const span = locate(d, c.target);
  if (!span) return gone(c.target);
  let changed = false;
  const exact = d.entities.findIndex((e) => sameSpan(e, span));
  if (exact >= 0) {
    d.removeEntity(exact);
    changed = true;
  } else {
    for (let k = d.entities.length - 1; k >= 0; k--) {
      if (overlaps(d.entities[k], span)) {
        d.removeEntity(k);
        changed = true;
      }
    }
  }
  for (const a of [...d.actors]) {
    for (const m of a.mentions) {
      if (overlaps(m, span)) {
        d.dropMention(a.id, m);
        changed = true;
      }
    }
  }
  // A quote attributed through that text keeps its speaker, no longer the span.
  for (let i = 0; i < d.quotes.length; i++) {
    const s = d.quotes[i].speakerSpan;
    if (changed && s && overlaps(s, span)) d.mut(d.quotes, i).speakerSpan = null;
  }
  return changed ? { status: 'applied', message: 'no longer an entity', span } : { status: 'unchanged', message: 'no entity there', span };
}

function opMerge(d: Draft, c: MergeActorsCorrection): Step {
  const found: Actor[] = [];
  const missing: string[] = [];
  for (const ref of c.actors) {
    const i = d.findActor(ref);
    if (i < 0) missing.push(ref);
    else if (!found.includes(d.actors[i])) found.push(d.actors[i]);
  }
  if (found.length === 0) return { status: 'orphaned', message: `no actor ${missing.map((x) => `"${x}"`).join(', ')} in the analysis` };
  if (found.length === 1) {
    // Already one actor (or the others are gone): the name still applies.
    const i = d.actors.indexOf(found[0]);
    const note = missing.length ? ` (not found: ${missing.map((x) => `"${x}"`).join(', ')})` : '';
    if (c.name && c.name.trim() !== found[0].name) {
      const step = opRename(d, { op: 'renameActor', actor: found[0].id, name: c.name });
      return { ...step, message: `${step.message}; nothing else to merge${note}` };
    }
    d.mark(d.actors, i);
    return { status: 'unchanged', message: `"${found[0].name}" is already one actor${note}` };
  }
  const wanted = c.name?.trim();
  const into = (wanted && (found.find((a) => a.name === wanted) ?? found.find((a) => a.name.toLowerCase() === wanted.toLowerCase()))) || found[0];
  const ti = d.actors.indexOf(into);
  const t = d.mark(d.actors, ti);
  const name = wanted || t.name;
  const others = found.filter((a) => a !== into);
  const aliases = [t.name, ...t.aliases];
  for (const o of others) aliases.push(o.name, ...o.aliases);
  t.name = name;
  t.aliases = [...new Set(aliases)].filter((x) => x !== name);
  t.role = t.role ?? others.find((o) => o.role)?.role ?? null;
  for (const o of others) t.mentions.push(...o.mentions);
  const ids = new Set(others.map((o) => o.id));
  d.actors = d.actors.filter((a) => !ids.has(a.id));
  d.touched.add(t.id);
  d.remap(ids, t);
  const note = missing.length ? ` (not found: ${missing.map((x) => `"${x}"`).join(', ')})` : '';
  return { status: 'applied', message: `merged ${found.map((a) => `"${a.name}"`).join(', ')} into "${name}"${note}` };
}

function opSplit(d: Draft, c: SplitActorCorrection): Step {
  const si = d.findActor(c.actor);
  if (si < 0) return { status: 'orphaned', message: `no actor "${c.actor}" in the analysis` };
  const src = d.actors[si];
  const spans: Span[] = [];
  let lost = 0;
  for (const t of c.mentions) {
    const s = locate(d, t);
    if (!s) {
      lost++;
      continue;
    }
    const isMention = src.mentions.some((m) => sameSpan(m, s))
      || d.entities.some((e) => e.actor === src.id && sameSpan(e, s))
      || d.quotes.some((q) => q.speaker === src.id && sameSpan(q.speakerSpan, s));
    if (isMention && !spans.some((x) => sameSpan(x, s))) spans.push(s);
  }
  if (spans.length === 0) {
    return { status: 'orphaned', message: lost === c.mentions.length ? `the mentions of "${src.name}" to split are no longer in the seed` : `none of the given mentions is a mention of "${src.name}"` };
  }
  let di = d.findActor(c.name, src.id);
  if (di < 0) di = d.newActor(c.name, c.type ?? src.type);
  const dest = d.mark(d.actors, di);
  const s = d.mark(d.actors, d.actorIndex(src.id));
  const moved = spans.map((x) => d.text.slice(x.start, x.end).trim());
  s.mentions = s.mentions.filter((m) => !spans.some((x) => sameSpan(x, m)));
  const remaining = new Set(s.mentions.map((m) => d.text.slice(m.start, m.end).trim()));
  s.aliases = s.aliases.filter((a) => !moved.includes(a) || remaining.has(a));
  for (const x of spans) d.addMention(d.actorIndex(dest.id), x);
  for (const m of moved) if (m && m !== dest.name && !dest.aliases.includes(m)) dest.aliases.push(m);
  d.touched.add(src.id);
  d.touched.add(dest.id);
  for (let i = 0; i < d.entities.length; i++) {
    if (d.entities[i].actor === src.id && spans.some((x) => sameSpan(x, d.entities[i]))) {
      const e = d.mark(d.entities, i);
      e.actor = dest.id;
      e.canonical = dest.name;
    }
  }
  for (let i = 0; i < d.quotes.length; i++) {
    const q = d.quotes[i];
    if (q.speaker === src.id && q.speakerSpan && spans.some((x) => sameSpan(x, q.speakerSpan!))) d.setSpeaker(i, d.actors[d.actorIndex(dest.id)]);
  }
  const note = lost ? ` (${lost} mention${lost === 1 ? '' : 's'} no longer in the seed)` : '';
  return { status: 'applied', message: `moved ${spans.length} mention${spans.length === 1 ? '' : 's'} of "${src.name}" to "${dest.name}"${note}` };
}

function opRename(d: Draft, c: RenameActorCorrection): Step {
  const i = d.findActor(c.actor);
  if (i < 0) return { status: 'orphaned', message: `no actor "${c.actor}" in the analysis` };
  const name = c.name.trim();
  const old = d.actors[i].name;
  if (old === name) {
    d.mark(d.actors, i);
    return { status: 'unchanged', message: `already called "${name}"` };
  }
  const a = d.mark(d.actors, i);
  a.name = name;
  a.aliases = [old, ...a.aliases].filter((x, k, all) => x !== name && all.indexOf(x) === k);
  for (let k = 0; k < d.entities.length; k++) if (d.entities[k].actor === a.id) d.mut(d.entities, k).canonical = name;
  d.touched.add(a.id);
  const twin = d.actors.some((x) => x.id !== a.id && x.name === name) ? ` (another actor is also called "${name}": mergeActors joins them)` : '';
  return { status: 'applied', message: `"${old}" renamed "${name}"${twin}` };
}

function step(d: Draft, c: Correction): Step {
  switch (c.op) {
    case 'speaker': return opSpeaker(d, c);
    case 'notQuote': return opNotQuote(d, c);
    case 'quote': return opQuote(d, c);
    case 'entityType': return opEntityType(d, c);
    case 'notEntity': return opNotEntity(d, c);
    case 'mergeActors': return opMerge(d, c);
    case 'splitActor': return opSplit(d, c);
    case 'renameActor': return opRename(d, c);
    default: return { status: 'orphaned', message: `unknown op ${JSON.stringify((c as { op?: unknown }).op)}` };
  }
}

/**
 * Applies `corrections` in order to `analysis` (computed from `text`). Never throws, never mutates its
 * arguments. A correction whose text is gone is orphaned (reported, applied nowhere). Give it the entries
 * `parseCorrections` accepted; anything else is reported, not applied.
 */
export function applyCorrections(analysis: Analysis, text: string, corrections: readonly Correction[]): ApplyOutcome {
  const results: CorrectionResult[] = [];
  const outcome = (a: Analysis): ApplyOutcome => ({
    analysis: a,
    results,
    applied: results.filter((r) => r.status === 'applied').length,
    unchanged: results.filter((r) => r.status === 'unchanged').length,
    orphaned: results.filter((r) => r.status === 'orphaned').length,
  });
  if (!corrections || corrections.length === 0) return outcome(analysis);
  let d: Draft;
  try {
    d = new Draft(analysis, typeof text === 'string' ? text : '');
  } catch (err) {
    corrections.forEach((c, index) => results.push({ index, op: c?.op, status: 'orphaned', message: `not applied: ${String(err)}` }));
    return outcome(analysis);
  }
  corrections.forEach((c, index) => {
    const op = (c && typeof c === 'object' ? c.op : undefined) as Correction['op'];
    try {
      results.push({ index, op, ...step(d, c) });
    } catch (err) {
      results.push({ index, op, status: 'orphaned', message: `not applied: ${err instanceof Error ? err.message : String(err)}` });
    }
  });
  // Nothing found to correct: the input itself (keeps object identity for the editor).
  if (results.every((r) => r.status === 'orphaned')) return outcome(analysis);
  try {
    return outcome(d.finish());
  } catch (err) {
    // Should never happen; the uncorrected analysis is still consistent.
    for (const r of results) if (r.status === 'applied') Object.assign(r, { status: 'orphaned', message: `not applied: ${String(err)}` });
    return outcome(analysis);
  }
}
