// The marks of the html export (html.ts): quotes, cues, speakers, entities and actors' mentions, by number, each made as
// an object only while a block that holds it is rendered.
import type { Actor, Analysis, Entity, Quote, Span } from '../engine/types';
import { isCorrected } from '../corrections/types';
import { firstNotBefore, validSpan } from './common';

const ENTITY_CLASS: Record<string, string> = { person: 'e-person', organization: 'e-organization', place: 'e-place', date: 'e-date' };
export function entityClass(type: string): string {
  return ENTITY_CLASS[type] ?? 'e-other';
}

export interface Mark extends Span {
  kind: 'quote' | 'entity' | 'speaker' | 'cue' | 'mention';
  cls: string;
  /**
   * What its hover title is made of when it is rendered (`markTitle`; a long paragraph has hundreds of thousands of
   * marks, whose titles are not all held): the quote (of a quote, its cue or its speaker), the entity, or the actor.
   */
  of: Quote | Entity | Actor;
  /** The quote's index (a quote, its cue, its speaker), the mention's (a mention); -1 for an entity. */
  i: number;
  /** Anchor id for the first piece of this mark. */
  anchor?: string;
  /** The mark's number (`PageMarks`): the same mark in every block it spans has the same one. */
  id: number;
  /** Its anchor's slot in `PageMarks.anchors` (-1: none). */
  bit: number;
}

/**
 * The marks of a page by number, with no object per mark until a block that holds it is rendered (a long document has
 * millions of marks: their objects, a sorted copy and one list per paragraph all held at once took hundreds of bytes a
 * mark). Quote i is mark 3i, its cue 3i + 1, its speaker 3i + 2; then the entities; then each actor's mentions in
 * turn. The numbers follow the order the marks were always listed in, so sorting them by start and then by number is
 * the stable sort by start of that list. What is held: each mark's start and end, the sorted numbers of the marks to
 * draw, and a byte per mark (placed) and per anchor (placed in the page): about 14 bytes a mark (offsets fit 32 bits).
 */
export class PageMarks {
  /** The numbers of the marks drawn (a valid span, not empty), by start, then number. */
  private readonly order: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Per mark number: its anchor was placed (a mark that spans several blocks gets its id once, in the first). */
  readonly placed: Uint8Array;
  /** Per anchor: placed in the page (quote i: slot i; mention mi of the actors of index ai: `mentionSlot`). */
  readonly anchors: Uint8Array;
  /** A quote, an entity or an actor is marked as corrected by the reader (the legend then says so). */
  readonly corrected: boolean;
  private readonly nq: number;
  private readonly ne: number;
  /** Per actor (its position), the number of its first mention counted from the first mention mark; then the total. */
  private readonly menBase: Int32Array;
  /** Per actor index (`actorIndex`, from 1), the first anchor slot of its mentions' ids; then the end. */
  private readonly slotBase: Int32Array;
  /** Per actor (its position): it speaks a quote of the page, so its mentions are styled as speakers. */
  private readonly speaks: Uint8Array;

  constructor(private readonly a: Analysis, n: number, private readonly actorIndex: Map<string, number>) {
    const nq = this.nq = a.quotes.length;
    const ne = this.ne = a.entities.length;
    const menBase = this.menBase = new Int32Array(a.actors.length + 1);
    for (let k = 0; k < a.actors.length; k++) menBase[k + 1] = menBase[k] + a.actors[k].mentions.length;
    const total = 3 * nq + ne + menBase[a.actors.length];
    this.starts = new Int32Array(total);
    this.ends = new Int32Array(total);
    const drawn: number[] = [];
    const put = (id: number, s: Span | null | undefined): void => {
      if (!validSpan(s, n)) return;
      this.starts[id] = s.start;
      this.ends[id] = s.end;
      if (s.end > s.start) drawn.push(id);
    };
    let corrected = false;
    a.quotes.forEach((q, i) => {
      if (!validSpan(q, n)) return;
      if (isCorrected(q)) corrected = true;
      put(3 * i, q);
      put(3 * i + 1, q.cueSpan);
      put(3 * i + 2, q.speakerSpan);
    });
    a.entities.forEach((e, j) => {
      if (validSpan(e, n) && isCorrected(e)) corrected = true;
      put(3 * nq + j, e);
    });
    const qIds = new Set(a.quotes.map((q) => q.id));
    this.speaks = new Uint8Array(a.actors.length);
    // (Actors sharing an id share its index and so their mentions' anchor ids: one slot per id, as many as the most.)
    const most = new Int32Array(a.actors.length + 2);
    a.actors.forEach((x, k) => {
      if (isCorrected(x)) corrected = true;
      this.speaks[k] = x.quotes.some((id) => qIds.has(id)) ? 1 : 0;
      const ai = actorIndex.get(x.id)!;
      most[ai] = Math.max(most[ai], x.mentions.length);
      x.mentions.forEach((m, mi) => put(3 * nq + ne + menBase[k] + mi, m));
    });
    const slotBase = this.slotBase = new Int32Array(a.actors.length + 2);
    slotBase[0] = nq;
    for (let ai = 1; ai < slotBase.length; ai++) slotBase[ai] = slotBase[ai - 1] + most[ai - 1];
    this.corrected = corrected;
    const order = Int32Array.from(drawn);
    drawn.length = 0;
    const starts = this.starts;
    order.sort((x, y) => starts[x] - starts[y] || x - y);
    this.order = order;
    this.placed = new Uint8Array(total);
    this.anchors = new Uint8Array(slotBase[slotBase.length - 1] + 1);
  }

  /** The anchor slot of mention `mi` (from 0) of the actors of index `ai`. */
  mentionSlot(ai: number, mi: number): number {
    return this.slotBase[ai] + mi;
  }

  /** Mark `id` as an object (made for the block being rendered). */
  private markOf(id: number): Mark {
    const { a, nq, ne } = this;
    const start = this.starts[id];
    const end = this.ends[id];
    if (id < 3 * nq) {
      const i = (id / 3) | 0;
      const q = a.quotes[i];
      const r = id - 3 * i;
      if (r === 0) return { start, end, kind: 'quote', cls: isCorrected(q) ? 'quote corrected' : 'quote', of: q, i, anchor: `quote-${i + 1}`, id, bit: i };
      return r === 1 ? { start, end, kind: 'cue', cls: 'cue', of: q, i, id, bit: -1 } : { start, end, kind: 'speaker', cls: 'spk', of: q, i, id, bit: -1 };
    }
    if (id < 3 * nq + ne) {
      const e = a.entities[id - 3 * nq];
      return { start, end, kind: 'entity', cls: isCorrected(e) ? `${entityClass(e.type)} corrected` : entityClass(e.type), of: e, i: -1, id, bit: -1 };
    }
    const m = id - 3 * nq - ne;
    // The actor whose mentions hold number m: the last whose first mention is at most m.
    const lo = firstNotBefore(a.actors.length, (i) => this.menBase[i] <= m) - 1;
    const x = a.actors[lo];
    const mi = m - this.menBase[lo];
    const ai = this.actorIndex.get(x.id)!;
    return { start, end, kind: 'mention', cls: this.speaks[lo] ? 'spk' : '', of: x, i: mi, anchor: `actor-${ai}-m${mi + 1}`, id, bit: this.mentionSlot(ai, mi) };
  }

  /**
   * The marks of each block in turn (the blocks in the page's order), each block's sorted by start: the marks that
   * overlap it. Blocks in order and apart (the paragraphs of an analysis) are swept once, holding only the marks of the
   * block at hand; others get the lists made as before by a binary search per mark.
   */
  *perBlock(blocks: readonly Span[]): Generator<Mark[]> {
    const { order, starts, ends } = this;
    let apart = true;
    for (let b = 1; b < blocks.length && apart; b++) apart = blocks[b].start >= blocks[b - 1].end;
    if (!apart) {
      const lists: number[][] = blocks.map(() => []);
      for (const id of order) {
        // First block whose end is after the mark's start.
        const lo = firstNotBefore(blocks.length, (i) => blocks[i].end <= starts[id]);
        for (let b = lo; b < blocks.length && blocks[b].start < ends[id]; b++) lists[b].push(id);
      }
      for (let b = 0; b < blocks.length; b++) {
        yield lists[b].map((id) => this.markOf(id));
        lists[b] = [];
      }
      return;
    }
    // Marks that may reach the next block (started before it), in order; then the ones starting before its end.
    let active: number[] = [];
    let next = 0;
    for (const block of blocks) {
      active = active.filter((id) => ends[id] > block.start);
      while (next < order.length && starts[order[next]] < block.end) {
        const id = order[next++];
        if (ends[id] > block.start) active.push(id);
      }
      yield active.map((id) => this.markOf(id));
    }
  }
}
