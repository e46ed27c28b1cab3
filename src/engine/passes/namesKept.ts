// The names pass's answers per paragraph, kept from one analysis to the next (issue 12's edit target). How a paragraph's
// candidates resolve depends on the paragraph's own analysis and on a few document-level readings: the name maps the
// whole document fills (full names by surname, strong types, titles by surname, clubs, defined acronyms), compared
// whole from one analysis to the next (`namesKept`: any change and every kept answer is made afresh), and lookups by
// one key (how often a one-word name is written, where it is placed, its type elsewhere in the document, its contexts,
// whether the document is about a sport), each recorded with the value it had (`logRead`) and checked again before an
// answer is reused (`readsHold`). The answers are kept per paragraph analysis (ParaData), so a paragraph repeated in the
// document is resolved once; they belong to the analyzer (`Carry`), dropped with it.
import type { EntityType } from '../types';
import { type NameContext, typerVersion } from '../entities/typer';
import { sportCount, sportsDocument } from '../entities/teams';
import type { DocState, ParaData } from './state';
import type { NameX } from './nameFacts';

/** What a paragraph's resolution looked up by key (see the file's head). */
export const enum Read { OneWord, PlacedN, PlacedPersonal, ByName, Ctx, Sports }
/** Slots of one recorded lookup: kind, key, and up to four numbers or a value. */
const STRIDE = 6;

/** The document-level readings of one analysis that the per-paragraph answers look up by key. */
export interface NamesEnv {
  oneWord: ReadonlyMap<string, number>;
  placedN: ReadonlyMap<string, number>;
  placedPersonal: ReadonlyMap<string, number>;
  byName: ReadonlyMap<string, EntityType>;
  ctx: ReadonlyMap<string, NameContext> | null;
  /** Whether the document is about a sport, once asked (`sportsOf`). */
  sports: boolean | undefined;
}

/** One paragraph analysis's answers. Stage 1: the weak and unknown candidates confirmed (`confirmWeak`), with the
 *  names they vote for the document's one-sense-per-discourse map. Stage 2: every candidate's type (null: no entity),
 *  canonical name and its facts, before acronyms are linked. */
export interface KeptNames {
  /** Number of the analysis that last checked (or made) stage 1 / stage 2: a repeated paragraph is checked once. */
  seen1: number;
  seen2: number;
  /** `NamesCarry.epoch` when stage 1 was made. */
  epoch: number;
  wType: (EntityType | null)[];
  wCanon: string[];
  /** (lower-case name, type) pairs. */
  votes: string[];
  log1: unknown[];
  /** Stage 2 made since stage 1 was last made. */
  has2: boolean;
  type: (EntityType | null)[];
  canon: string[];
  /** The entity's end when the names pass ends it before the candidate's (headlineOwner.ts), else -1. */
  end: number[];
  x: NameX[];
  log2: unknown[];
}

/** What the analyzer keeps for the names pass (fold.ts `Carry.names`). */
export interface NamesCarry {
  serial: number;
  /** Bumped whenever a whole-compared map changed: answers of an older epoch are made afresh. */
  epoch: number;
  prev: Globals | null;
  /** The typer's weights version the answers were made with (a test or the training script may set others). */
  typer: number;
  kept: WeakMap<ParaData, KeptNames>;
}
interface Globals {
  personFull: Map<string, string>;
  strongType: Map<string, EntityType>;
  surnameTitles: Map<string, Set<string>>;
  clubs: Map<string, string>;
  terms: Set<string>;
}

export function newKeptNames(): KeptNames {
  return { seen1: -1, seen2: -1, epoch: -1, wType: [], wCanon: [], votes: [], log1: [], has2: false, type: [], canon: [], end: [], x: [], log2: [] };
}

/** The analyzer's kept answers for this analysis, after comparing the whole-document maps with the previous
 *  analysis's (a change bumps the epoch). */
export function namesKept(st: DocState, clubs: Map<string, string>, terms: Set<string>): NamesCarry {
  const nc = st.carry.names ??= { serial: 0, epoch: 0, prev: null, typer: typerVersion(), kept: new WeakMap() };
  nc.serial++;
  if (nc.typer !== typerVersion()) { nc.typer = typerVersion(); nc.prev = null; }
  const g: Globals = { personFull: st.personFull, strongType: st.strongType, surnameTitles: st.surnameTitles, clubs, terms };
  const p = nc.prev;
  if (!p || !sameMap(p.personFull, g.personFull) || !sameMap(p.strongType, g.strongType) || !sameMap(p.clubs, g.clubs)
    || !sameSet(p.terms, g.terms) || !sameTitles(p.surnameTitles, g.surnameTitles)) nc.epoch++;
  nc.prev = g;
  return nc;
}

function sameMap<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v || (v === undefined && !b.has(k))) return false;
  return true;
}
function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
}
function sameTitles(a: Map<string, Set<string>>, b: Map<string, Set<string>>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || !sameSet(v, w)) return false;
  }
  return true;
}

/** Records a lookup by key while a paragraph's answers are being made (nothing otherwise). */
export function logRead(st: DocState, kind: Read, key: string, a: unknown, b = 0, c = 0, d = 0): void {
  const l = st.readLog;
  if (l) l.push(kind, key, a, b, c, d);
}

/** `ctx.get(key)` recorded: the contexts of a one-word name as numbers (the map's objects change in place). */
export function ctxRead(st: DocState, ctx: ReadonlyMap<string, NameContext>, key: string): NameContext | undefined {
  const x = ctx.get(key);
  if (st.readLog) logRead(st, Read.Ctx, key, x ? x.count : -1, x ? x.placePrep : 0, x ? x.the : 0, x ? x.acts : 0);
  return x;
}

/** Whether the document is about a sport (see `entities/teams.ts`): its paragraphs' sport words, each paragraph
 *  counted once; asked once per analysis, recorded. */
export function sportsOf(st: DocState, env: NamesEnv): boolean {
  const s = env.sports ??= sportsHere(st);
  logRead(st, Read.Sports, '', s ? 1 : 0);
  return s;
}
function sportsHere(st: DocState): boolean {
  let cues = 0;
  let words = 0;
  for (const u of st.units) {
    const [c, w] = sportCount(u.data.toks);
    cues += c;
    words += w;
  }
  return sportsDocument(cues, words);
}

/** Whether every lookup recorded in `log` gives the same value in this analysis. */
export function readsHold(st: DocState, log: unknown[], env: NamesEnv): boolean {
  for (let i = 0; i < log.length; i += STRIDE) {
    const key = log[i + 1] as string;
    const a = log[i + 2];
    switch (log[i] as Read) {
      case Read.OneWord: if (((env.oneWord.get(key) ?? 0) > 1 ? 1 : 0) !== a) return false; break;
      case Read.PlacedN: if ((env.placedN.get(key) ?? 0) !== a) return false; break;
      case Read.PlacedPersonal: if ((env.placedPersonal.has(key) ? 1 : 0) !== a) return false; break;
      case Read.ByName: if ((env.byName.get(key) ?? null) !== a) return false; break;
      case Read.Sports:
        env.sports ??= sportsHere(st);
        if ((env.sports ? 1 : 0) !== a) return false;
        break;
      case Read.Ctx: {
        const x = env.ctx ? env.ctx.get(key) : undefined;
        if (!x) { if (a !== -1) return false; break; }
        if (x.count !== a || x.placePrep !== log[i + 3] || x.the !== log[i + 4] || x.acts !== log[i + 5]) return false;
        break;
      }
    }
  }
  return true;
}
