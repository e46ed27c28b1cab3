// Counts over a document's paragraphs kept from one analysis to the next. After an edit most paragraphs are the same
// cached analyses (ParaData objects) in the same order: the counts then lose what the paragraphs that left gave and
// gain what the new ones give, instead of being summed again over the whole document. A count is a sum of integers,
// so the result is the same as a sum made afresh; a name whose count falls to zero is deleted (a fresh sum never has
// it). The maps are only read by key (`get`, `has`), never iterated: their insertion order may differ from a fresh one.
import type { ParaData, Unit } from './state';
import { type NameContext, unitContexts } from '../entities/typer';
import type { NamesCarry } from './namesKept';
import type { Entity, Span } from '../types';
import type { ECand } from '../entities';

/** A sum over the units of what each paragraph contributes (`part`, a pure function of the unit's data, asked once per
 *  data object and kept). `apply` adds one part (sign 1) or takes it away (sign -1). */
export class UnitFold<P> {
  private datas: ParaData[] = [];
  private readonly parts = new WeakMap<ParaData, P>();
  constructor(private readonly apply: (p: P, sign: 1 | -1) => void, private readonly clear: () => void) {}

  /** Brings the sum to the units given (their data, in order); `part` is asked only of data not seen before. */
  update(units: readonly Unit[], part: (u: Unit, ui: number) => P): void {
    try {
      this.step(units, part);
    } catch (e) {
      this.datas = []; // (never a half-updated sum: the next call sums afresh)
      throw e;
    }
  }

  private step(units: readonly Unit[], part: (u: Unit, ui: number) => P): void {
    const old = this.datas;
    const n = units.length;
    const m = old.length;
    const { p, s, fresh } = sameEnds(units, old);
    if (fresh) {
      // (Mostly new: another document, or the first analysis. Summed afresh.)
      this.clear();
      for (let i = 0; i < n; i++) this.apply(this.partOf(units[i], i, part), 1);
    } else {
      for (let i = p; i < m - s; i++) this.apply(this.parts.get(old[i])!, -1);
      for (let i = p; i < n - s; i++) this.apply(this.partOf(units[i], i, part), 1);
    }
    const datas = new Array<ParaData>(n);
    for (let i = 0; i < n; i++) datas[i] = units[i].data;
    this.datas = datas;
  }

  private partOf(u: Unit, ui: number, part: (u: Unit, ui: number) => P): P {
    let r = this.parts.get(u.data);
    if (r === undefined) this.parts.set(u.data, r = part(u, ui));
    return r;
  }
}

/** The positions in `units` of the body paragraphs whose analysis has quotation marks (`segs`) and of those with
 *  attributions (`attrs`), in order. Whether a paragraph is listed is a function of its analysis (ParaData) alone, so
 *  after an edit the lists are kept for the units before and after the changed stretch (the same analyses, found by
 *  identity as `UnitFold` finds them; those after it shifted by the change in count) and made only for the stretch. The
 *  passes then walk the paragraphs that can hold a quote or a claim instead of reading every paragraph's analysis. */
export class UnitLists {
  private datas: ParaData[] = [];
  private segs: number[] = [];
  private attrs: number[] = [];

  update(units: readonly Unit[]): { segs: number[]; attrs: number[] } {
    const old = this.datas;
    this.datas = []; // (never a half-made list: a throw below leaves the next call to make them afresh)
    const n = units.length;
    const m = old.length;
    const ends = sameEnds(units, old);
    const p = ends.fresh ? 0 : ends.p;
    const s = ends.fresh ? 0 : ends.s;
    const segs = kept(this.segs, units, p, m - s, n - m, (d) => d.segs.length > 0);
    const attrs = kept(this.attrs, units, p, m - s, n - m, (d) => d.attrs.length > 0);
    const datas = new Array<ParaData>(n);
    for (let i = 0; i < n; i++) datas[i] = units[i].data;
    this.datas = datas;
    this.segs = segs;
    this.attrs = attrs;
    return { segs, attrs };
  }
}

/** A list of positions: the old one's below `p`, the units of the new stretch [p, oldEnd + shift) that pass `test`,
 *  then the old one's from `oldEnd` on, moved by `shift`. */
function kept(old: readonly number[], units: readonly Unit[], p: number, oldEnd: number, shift: number, test: (d: ParaData) => boolean): number[] {
  const out: number[] = [];
  let k = 0;
  while (k < old.length && old[k] < p) out.push(old[k++]);
  for (let i = p; i < oldEnd + shift; i++) if (units[i].index >= 0 && test(units[i].data)) out.push(i);
  while (k < old.length && old[k] < oldEnd) k++;
  while (k < old.length) out.push(old[k++] + shift);
  return out;
}

/** How many paragraphs at the start (`p`) and at the end (`s`) of `units` have the same analyses, by identity, as the
 *  previous analysis's `old`; `fresh` when the changed stretch is more than half the document (another document, or
 *  the first analysis: everything is made afresh). */
function sameEnds(units: readonly Unit[], old: readonly ParaData[]): { p: number; s: number; fresh: boolean } {
  const n = units.length;
  const m = old.length;
  let p = 0;
  while (p < n && p < m && units[p].data === old[p]) p++;
  let s = 0;
  while (s < n - p && s < m - p && units[n - 1 - s].data === old[m - 1 - s]) s++;
  return { p, s, fresh: (m - p - s) + (n - p - s) > (n >> 1) };
}

/** Adds `d` to the count of `key` in `map`, deleting the key at zero. */
export function addCount(map: Map<string, number>, key: string, d: number): void {
  const v = (map.get(key) ?? 0) + d;
  if (v === 0) map.delete(key);
  else map.set(key, v);
}

type Flat = readonly (string | number)[];

/** What an analyzer keeps from one analysis of its document to the next (index.ts `createAnalyzer`; a new one, or
 *  none, sums afresh). Held by the analyzer, so it goes with it. */
export interface Carry {
  contexts?: { map: Map<string, NameContext>; fold: UnitFold<Flat> };
  placed?: { n: Map<string, number>; personal: Map<string, number>; fold: UnitFold<Flat> };
  oneWord?: { map: Map<string, number>; fold: UnitFold<Flat> };
  /** The names pass's answers per paragraph (namesKept.ts). */
  names?: NamesCarry;
  /** The previous analysis's output entities, with the candidate each came from (output.ts `outputEntities`). */
  entities?: { ents: Entity[]; cands: ECand[] };
  /** The previous analysis's actor mention spans by docEnts index (actors.ts `mentionSpan`). */
  spans?: Span[];
  /** The body paragraphs with quotation marks and those with attributions (`UnitLists`). */
  lists?: UnitLists;
}

function contextSums(): NonNullable<Carry['contexts']> {
  const map = new Map<string, NameContext>();
  const fold = new UnitFold<Flat>((r, sign) => {
    for (let i = 0; i < r.length; i += 4) {
      const low = r[i] as string;
      let x = map.get(low);
      if (!x) map.set(low, x = { placePrep: 0, the: 0, acts: 0, count: 0 });
      x.count += sign;
      x.placePrep += sign * (r[i + 1] as number);
      x.the += sign * (r[i + 2] as number);
      x.acts += sign * (r[i + 3] as number);
      if (x.count === 0) map.delete(low);
    }
  }, () => map.clear());
  return { map, fold };
}

/** Per one-word name of the document, what its mentions show: typer.ts `nameContexts`, kept across edits in `carry`.
 *  The map is the same object from call to call (read it before the next analysis). */
export function docNameContexts(carry: Carry, units: readonly Unit[]): Map<string, NameContext> {
  const c = carry.contexts ??= contextSums();
  c.fold.update(units, (u) => unitContexts(u.data.toks, u.data.ents));
  return c.map;
}

function placedSums(): NonNullable<Carry['placed']> {
  const n = new Map<string, number>();
  const personal = new Map<string, number>();
  const fold = new UnitFold<Flat>((r, sign) => {
    for (let i = 0; i < r.length; i += 2) addCount(r[i] === 0 ? n : personal, r[i + 1] as string, sign);
  }, () => { n.clear(); personal.clear(); });
  return { n, personal, fold };
}

/** The one-word names the document places and those with a mention that reads as a person's, each with how often
 *  (names.ts `placedNames`): `part` gives a paragraph's (0 placed | 1 personal, name) pairs. Kept across edits. */
export function placedCounts(carry: Carry, units: readonly Unit[], part: (u: Unit, ui: number) => Flat): { n: ReadonlyMap<string, number>; personal: ReadonlyMap<string, number> } {
  const c = carry.placed ??= placedSums();
  c.fold.update(units, part);
  return c;
}

/** How often the document writes each one-word name (names.ts `collectNames`): `part` gives a paragraph's (name, how
 *  often) pairs. Kept across edits in `carry`. */
export function oneWordCounts(carry: Carry, units: readonly Unit[], part: (u: Unit) => Flat): Map<string, number> {
  let c = carry.oneWord;
  if (!c) {
    const map = new Map<string, number>();
    carry.oneWord = c = { map, fold: new UnitFold<Flat>((r, sign) => {
      for (let i = 0; i < r.length; i += 2) addCount(map, r[i] as string, sign * (r[i + 1] as number));
    }, () => map.clear()) };
  }
  c.fold.update(units, part);
  return c.map;
}
