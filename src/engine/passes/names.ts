// Pass 1, names: every entity candidate of the paragraphs resolved against the whole document — weak candidates
// confirmed (a surname known from a full name, a speaker, a place after `in`), possessives and surnames linked to the
// fullest name, misspelt titled surnames to the full name, acronyms to the organisation whose initials they are.
// Fills docEnts, entSlots, unitEnts (and the name maps they are resolved against).
import type { EntityType } from '../types';
import type { ECand } from '../entities';
import { lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import { isCountryOrState, isKnownPlace } from '../gazetteer';
import { teamPosition } from '../entities/teams';
import { placeDefined, placeNounOf } from '../entities/placeOf';
import { isTermAcronym } from '../entities/definedAcronyms';
import { firmNotPerson } from '../entities/firmShort';
import { documentTerms } from './paraMemo';
import { type Placed, cityAsFirstName, placedNames } from './namesPlaced';
import {
  typerCandScores, typerDecide, typerDecides, typerFeatures, typerMode, typerTrace, type NameContext, type TyperClass,
} from '../entities/typer';
import { type DocEnt, type DocState, type Unit, ck, docNameContexts, isSpeakerCand, memoCand } from './state';
import { firstNameFull, surnameFirstFull } from './surnameFirst';
import { type KeptNames, type NamesEnv, Read, ctxRead, logRead, namesKept, readsHold, sportsOf } from './namesKept';
import { initials, lists } from './util';
import { type NameX, nx, trimPool } from './nameFacts';
import { plain } from '../plainPattern';
import { headlineOwner } from './headlineOwner';
import { collectNames, unitNames } from './namesCollect';
import { typoTarget } from './namesTypo';
import { bareName, confirmWeakAll } from './namesWeak';

const ACRONYM_CANONICAL = plain(String.raw`^[\p{Lu}.]{2,8}$`, 'u');
export { type NameX, type TitleX, nx, roleTitles, tx } from './nameFacts';
export { type UnitNames, collectNames } from './namesCollect';
export { fuzzySurname, possessiveS, typoTarget } from './namesTypo';

/** Words before a name that make it a place, whatever else it names (`in Jordan`, `the Bolton area`). */
const PLACE_BEFORE = /^(?:in|near|from|outside|into|across|to|around|at|toward|towards|through|via|the|of)$/;
/**
 * A one-word place that is the surname of a person the document names in full (`John Bolton ... Bolton said`): the
 * person, unless a place word precedes it (`in Bolton`) or a comma and a place follow it (`Bolton, England`).
 */
function placeIsSurname(st: DocState, u: Unit, c: ECand, cx: NameX): boolean {
  if (c.t1 - c.t0 !== 1 || c.possBase) return false;
  const full = st.personFull.get(cx.low);
  if (full === undefined || nx(full).words < 2) return false;
  // (A full name that starts with a known first name: `Burkina Faso` is no person's; and no country or US state.)
  const first = nx(full).low.split(' ')[0];
  if (!(st.lex.maleNames.has(first) || st.lex.femaleNames.has(first) || st.lex.firstNames.has(first)) || isCountryOrState(cx.low)) return false;
  const toks = u.data.toks;
  if (toks[c.t0].t.length > 1 && toks[c.t0].t === toks[c.t0].t.toUpperCase()) return false; // (an acronym)
  const prev = toks[c.t0 - 1];
  if (prev && PLACE_BEFORE.test(prev.lower)) return false;
  const next = toks[c.t1];
  return !(next && next.t === ',' && toks[c.t1 + 1]?.cap);
}

/** A name typed a person that a place noun before it or a copula or appositive after it defines as a place. */
function personPlaced(toks: Tok[], c: ECand): boolean {
  if (c.title || c.t0 < 0 || c.possBase || /^['’]/.test(toks[c.t1]?.t ?? '')) return false;
  return (placeNounOf(toks, c.t0) && toks[c.t0 - 2].lower !== 'state') || placeDefined(toks, c.t0, c.t1);
}

/** A person's canonical name: the fullest form of the name in the document. */
function personCanonical(st: DocState, toks: Tok[], c: ECand, canonical: string): string {
  const { personFull } = st;
  if (c.t1 - c.t0 === 1 && c.title) {
    const full = personFull.get(nx(canonical).sur);
    if (!(full !== undefined && nx(full).spaced)) {
      const f = typoTarget(st, nx(canonical).low, c.title, toks[c.t0].lower);
      if (f) canonical = f;
    }
  }
  let x = nx(canonical);
  // `Donald Trumps` (a full name's possessive, apostrophe stripped) is `Donald Trump` when the document has that name.
  if (x.words >= 2 && x.sur.length > 3 && x.sur.endsWith('s')) {
    const base = personFull.get(x.sur.slice(0, -1));
    if (base !== undefined && nx(base).low === x.low.slice(0, -1)) x = nx(canonical = base);
  }
  const first = x.words === 1 ? surnameFirstFull(st, canonical, c.title) ?? (c.title ? null : firstNameFull(st, x.low)) : null; // `Mr. Tao` for `Tao Weiran`, `Marla` for `Marla Dalworth`
  if (first) return first;
  const full = personFull.get(x.sur);
  if (full && (nx(full).low.endsWith(x.low) || x.words === 1 || nx(full).low === x.low + 's')) canonical = full; // (the last: titledOwnS.ts)
  return canonical;
}

/** The learned typer's decision for a weak or unknown candidate (see `entities/typer.ts`), given the rules' type;
 *  `pool` false: the rules' type stands (the candidate is only traced, for the training script). */
function learnedType(st: DocState, u: Unit, ui: number, ci: number, c: ECand, cx: NameX, rule: EntityType | null,
  ctx: ReadonlyMap<string, NameContext>, mode: string, pool = true): EntityType | null {
  const trace = typerTrace();
  if (!trace && (!pool || !typerDecides(rule, c.t1 - c.t0))) return rule;
  const input = {
    toks: u.data.toks, c, rule, speaker: isSpeakerCand(st, ck(st, ui, ci)), strong: st.strongType.get(cx.low) ?? null,
    surnameOf: st.personFull.has(cx.low), doc: c.t1 - c.t0 === 1 ? ctxRead(st, ctx, u.data.toks[c.t0].lower) : undefined,
  };
  if (trace) trace(c, u.start, typerFeatures(input), rule, pool);
  if (mode === 'off' || !pool || !typerDecides(rule, c.t1 - c.t0)) return rule;
  return typerDecide(typerCandScores(input), rule as TyperClass, input.speaker || c.cueAfter) as EntityType | null;
}

const docEntPool: DocEnt[] = [];

/** Each candidate resolved against the document: an entity of a type, with its canonical name, or none. Made per
 *  paragraph analysis and kept across analyses (namesKept.ts); filled here in document order. */
export function resolveCandidates(st: DocState): void {
  const { units, docEnts } = st;
  const placed = placedNames(st);
  const mode = typerMode();
  const trace = typerTrace();
  const terms = documentTerms(units); // (`the GDI` after `ground drag index (GDI)`)
  const ctx = mode !== 'off' || trace ? docNameContexts(st.carry, units) : null;
  // (The training script's trace reports every candidate in document order: nothing is kept while it is on.)
  const nc = trace ? null : namesKept(st, placed.clubs, terms);
  const env: NamesEnv = { oneWord: st.oneWordCount, placedN: placed.n, placedPersonal: placed.personal, byName: new Map(), ctx, sports: undefined };
  const weak = confirmWeakAll(st, placed, env, nc);
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui];
    const ents = u.data.ents;
    const r = weak[ui];
    if (!nc || (r.seen2 !== nc.serial && !(r.has2 && readsHold(st, r.log2, env)))) resolveUnit(st, ui, r, placed, env, terms, mode, nc !== null);
    if (nc) r.seen2 = nc.serial;
    for (let ci = 0; ci < ents.length; ci++) {
      const type = r.type[ci];
      if (!type) continue;
      const c = ents[ci];
      const k = ck(st, ui, ci);
      if (k >= 0) st.entSlots[k] = docEnts.length;
      // The working records are reused from call to call (they never leave the document pass): a 1 MB seed has
      // ~13,000, and allocating them afresh on every edit is most of what the garbage collector then has to copy.
      let d = docEntPool[docEnts.length];
      const canonical = r.canon[ci];
      const x = r.x[ci];
      if (!d) docEntPool.push(d = { unit: ui, cand: ci, s: 0, e: 0, ts: 0, type, canonical, x, title: null, actorKey: null });
      d.unit = ui; d.cand = ci; d.s = u.start + c.s; d.e = u.start + (r.end[ci] >= 0 ? r.end[ci] : c.e); d.ts = u.start + c.ts;
      d.type = type; d.canonical = canonical; d.x = x; d.title = c.title; d.actorKey = null;
      docEnts.push(d);
    }
  }
}

/** Stage 2 of unit `ui`'s answers: each candidate's type (null: no entity), canonical name and its facts, the document
 *  lookups recorded in `r.log2` when `log`. */
function resolveUnit(st: DocState, ui: number, r: KeptNames, placed: Placed, env: NamesEnv, terms: Set<string>, mode: string, log: boolean): void {
  const u = st.units[ui];
  const ents = u.data.ents;
  const xs = unitNames(u).xs;
  const ctx = env.ctx;
  r.type.length = r.canon.length = r.end.length = r.x.length = r.log2.length = 0;
  st.readLog = log ? r.log2 : null;
  for (let ci = 0; ci < ents.length; ci++) {
    const c = ents[ci];
    let type: EntityType | null = c.type === 'unknown' ? null : (c.type as EntityType);
    let canonical = c.canonical;
    if (c.type === 'unknown' || c.weak) {
      type = r.wType[ci];
      canonical = r.wCanon[ci];
      // One sense per discourse: a name the document confirms in one mention has that type in the others.
      const bare = bareName(st, u.data.toks, c);
      if (!type && c.type === 'unknown' && bare) type = byNameOf(st, env, xs[ci].low);
      // (The typer types no untyped mention after an article or before a noun it modifies: `Quillam officials`.)
      if (ctx && c.t0 >= 0 && c.type !== 'surname') type = learnedType(st, u, ui, ci, c, xs[ci], type, ctx, mode, type !== null || bare);
    } else {
      if (type === 'place' && placeIsSurname(st, u, c, xs[ci])) type = 'person';
      // `the town of Gonzales`, `Gonzales is a town in Texas`: a surname the lists know, defined as a place here (not
      // `the state of Sanders' youth`: a possessive, or `state`, which a stripped text leaves ambiguous).
      else if (type === 'person' && personPlaced(u.data.toks, c)) type = 'place';
      else if (type === 'person' && cityAsFirstName(st, ui, ci, c, xs[ci].low, placed)) type = 'place';
      else if (type === 'person') type = firmNotPerson(c, xs[ci].low, st.personFull, st.strongType) ?? type; // (entities/firmShort.ts)
      // (The training script sees the strong candidates too: more contexts to learn from; the typer never retypes them.)
      if (ctx && c.t0 >= 0 && typerTrace()) learnedType(st, u, ui, ci, c, xs[ci], type, ctx, 'off', false);
    }
    // `the Altoona Curve`: a place and a word of its own, after `the`, name a team in a document about a sport (clubs.ts).
    if (type !== 'place' && c.t0 > 0 && c.t1 - c.t0 >= 2 && u.data.toks[c.t0 - 1].lower === 'the' && c.club === 'weak' && sportsOf(st, env)) {
      type = 'organization';
      canonical = c.canonical;
    }
    if (type && c.t0 >= 0 && isTermAcronym(terms, u.data.toks, c.t0, c.t1)) type = null;
    if (type === 'place' && c.t0 >= 0 && sportsOf(st, env) && namesTeam(u, c, xs[ci])) type = 'organization';
    // `Why Marla Quenbys Harbor Policy Could Backfire` and `Marla Quenby` in the body: the person ends at the possessive.
    const owner = c.t1 - c.t0 >= 2 ? headlineOwner(u.data.toks, c, st.personFull) : null;
    if (owner) { type = 'person'; canonical = owner.canonical; }
    r.end[ci] = owner ? u.data.toks[owner.t1 - 1].e : -1;
    if (type === 'person') canonical = personCanonical(st, u.data.toks, c, canonical);
    r.type[ci] = type;
    r.canon[ci] = canonical;
    r.x[ci] = canonical === c.canonical ? xs[ci] : nx(canonical);
  }
  st.readLog = null;
  r.has2 = log;
}

/** The type the document confirms for a one-word name elsewhere (one sense per discourse), recorded. */
function byNameOf(st: DocState, env: NamesEnv, low: string): EntityType | null {
  const t = env.byName.get(low) ?? null;
  logRead(st, Read.ByName, low, t);
  return t;
}

/** A country, state or city of the gazetteers written where a sports document names a team (`Sweden defeated`). */
function namesTeam(u: Unit, c: ECand, cx: NameX): boolean {
  return memoCand('team', c, teamOnce, u.data.toks, cx.low);
}
function teamOnce(toks: Tok[], low: string, c: ECand): boolean {
  return isKnownPlace(low.replace(/^the\s+/, '')) && teamPosition(toks, c, lexicon().common, isKnownPlace);
}

/** Acronyms (`KCNA`) link to a full organisation name in the document whose initials they are. */
export function linkAcronyms(st: DocState): void {
  const byInitials = new Map<string, string>();
  for (let di = 0; di < st.docEnts.length; di++) {
    const d = st.docEnts[di];
    if (d.type !== 'organization') continue;
    const x = d.x;
    if (!x.spaced) continue;
    const ini = x.ini ??= initials(d.canonical);
    if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, d.canonical);
  }
  for (let di = 0; di < st.docEnts.length; di++) {
    const d = st.docEnts[di];
    if (d.type !== 'organization') continue;
    const x = d.x;
    const acro = x.acro ??= ACRONYM_CANONICAL.test(d.canonical) ? d.canonical.replace(/\./g, '') : '';
    if (!acro) continue;
    const full = byInitials.get(acro);
    if (full) { d.canonical = full; d.x = nx(full); }
  }
}

/** The names pass: fills docEnts, entSlots and unitEnts. */
export function namesPass(st: DocState): void {
  collectNames(st);
  resolveCandidates(st);
  linkAcronyms(st);
  const n = st.docEnts.length;
  trimPool(docEntPool, n);
  const unitEnts = lists<DocEnt>(st.units.length);
  for (let i = 0; i < st.docEnts.length; i++) unitEnts[st.docEnts[i].unit].push(st.docEnts[i]);
  st.unitEnts = unitEnts;
}
