// The draft of a corrected analysis (copy on write over the engine's analysis) and the span helpers the
// correction operations share. Pure: see apply.ts for the invariants a finished draft keeps.
import type { Actor, ActorType, Analysis, Claim, Entity, Quote, Span } from '../engine/types';

const ACTOR_ENTITY_TYPES = new Set(['person', 'organization']);
const QUOTE_MARKS = '"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sameSpan(a: Span | null | undefined, b: Span): boolean {
  return !!a && a.start === b.start && a.end === b.end;
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'actor';
}

export class Draft {
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
