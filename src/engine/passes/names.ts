// Pass 1, names: every entity candidate of the paragraphs resolved against the whole document — weak candidates
// confirmed (a surname known from a full name, a speaker, a place after `in`), possessives and surnames linked to the
// fullest name, misspelt titled surnames to the full name, acronyms to the organisation whose initials they are.
// Fills docEnts, entSlots, unitEnts (and the name maps they are resolved against).
import type { EntityType } from '../types';
import type { ECand } from '../entities';
import { lexicon } from '../lexicon';
import { K, type Tok } from '../tokens';
import { isCountryOrState, isKnownPlace } from '../gazetteer';
import { teamPosition } from '../entities/teams';
import { clubShortName } from '../entities/clubs';
import { placeNounOf } from '../entities/placeOf';
import { isTermAcronym } from '../entities/definedAcronyms';
import { firmNotPerson, firmPersonsDropped, firmShortName } from '../entities/firmShort';
import { documentTerms, firmsOf, paraMemo } from './paraMemo';
import { possessiveAsked, possessiveFullNames, possessiveWords, standsAlone } from './possessiveFull';
import { STRONG_PLACE_BEFORE } from '../entities/placed';
import { type Placed, cityAsFirstName, placedCity, placedNames } from './namesPlaced';
import {
  typerCandScores, typerDecide, typerDecides, typerFeatures, typerMode, typerTrace, type NameContext, type TyperClass,
} from '../entities/typer';
import { type DocEnt, type DocState, type Unit, ck, docNameContexts, isSpeakerCand, memoCand, oneWordCounts } from './state';
import { firstNameFull, surnameFirstFull } from './surnameFirst';
import { type KeptNames, type NamesCarry, type NamesEnv, Read, ctxRead, logRead, namesKept, newKeptNames, readsHold, sportsOf } from './namesKept';
import { editDistance, initials, lists, particleSurname } from './util';
import { type NameX, nx, trimPool, tx } from './nameFacts';
import { plain } from '../plainPattern';
import { doubleSOwner } from './doubleS';
import { bareOwner } from './bareOwner';
import { headlineOwner } from './headlineOwner';
import { titledOwnS } from './titledOwnS';

const ACRONYM_CANONICAL = plain(String.raw`^[\p{Lu}.]{2,8}$`, 'u');
export { type NameX, type TitleX, nx, roleTitles, tx } from './nameFacts';

const LANGUAGES = new Set(['english', 'french', 'spanish', 'arabic', 'russian', 'german', 'chinese', 'mandarin', 'cantonese',
  'portuguese', 'hindi', 'urdu', 'farsi', 'persian', 'pashto', 'dari', 'turkish', 'italian', 'japanese', 'korean', 'ukrainian',
  'polish', 'dutch', 'swedish', 'greek', 'hebrew', 'latin', 'swahili', 'bengali', 'punjabi', 'tamil', 'malay', 'indonesian']);

/** What one paragraph adds to the document's name maps (see `collectNames`), made once per cached paragraph: its
 *  candidates are the same objects in every analysis, so an edit folds these short lists instead of every candidate.
 *  Flat arrays (key, value, key, value, ...): folding them allocates nothing. */
export interface UnitNames {
  /** The name facts of each candidate's canonical name (parallel to the candidates). */
  xs: NameX[];
  /** Candidates used as attribution subjects. */
  speakers: number[];
  /** One-word names (lower case), each with how often the paragraph writes it. */
  oneWord: (string | number)[];
  /** Names with their strong type, the paragraph's first per name. */
  strong: (string | EntityType)[];
  /** Surnames, each with the paragraph's first fullest person name and its number of words. */
  persons: (string | number)[];
  /** Surnames, each with the role titles written before a full-name mention (once per mention). */
  titles: (string | string[])[];
  /** One-word names as written, no possessive read into them (lower case; possessiveFull.ts). */
  bare: string[];
  /** One-word names in `s` that stand alone, owning no word after them (lower case; possessiveFull.ts). */
  standing: string[];
  /** Surnames, each with the first word of a full person name that has it (every such mention; possessiveFull.ts). */
  firsts: string[];
  /** One-word names written after a title (`Mr. Quenby`, lower case; possessiveFull.ts). */
  titled: string[];
}

function unitNames(u: Unit): UnitNames {
  const ents = u.data.ents;
  const memo = paraMemo(u.data);
  let r = memo.names;
  if (r) return r;
  r = { xs: [], speakers: [], oneWord: [], strong: [], persons: [], titles: [], bare: [], standing: [], firsts: [], titled: [] };
  for (const a of u.data.attrs) {
    if (a.subject.kind === 'entity' && a.subject.ent >= 0 && a.subject.ent < ents.length) r.speakers.push(a.subject.ent);
  }
  const oneWord = new Map<string, number>();
  const strong = new Map<string, EntityType>();
  const persons = new Map<string, { words: number; canonical: string }>();
  for (const c of ents) {
    const x = nx(c.canonical);
    r.xs.push(x);
    if (c.t1 - c.t0 === 1 && c.type !== 'surname') oneWord.set(x.low, (oneWord.get(x.low) ?? 0) + 1);
    if (c.t1 - c.t0 === 1 && c.possBase === null && u.data.toks[c.t0].lower === x.low) { r.bare.push(x.low); if (c.title) r.titled.push(x.low); }
    if (c.t1 - c.t0 === 1 && u.data.toks[c.t0].lower.endsWith('s') && standsAlone(u.data.toks, c.t0)) r.standing.push(u.data.toks[c.t0].lower);
    if (c.weak || c.type === 'unknown') continue;
    if (c.type === 'person') {
      const prev = persons.get(x.sur);
      if (!prev || prev.words < x.words) persons.set(x.sur, { words: x.words, canonical: c.canonical });
      const bare = x.spaced ? particleSurname(x.sur) : ''; if (bare && !persons.has(bare)) persons.set(bare, { words: x.words, canonical: c.canonical }); // `Assad` after `Bashar al-Assad`
      if (c.title && x.spaced) r.titles.push(x.sur, tx(c.title).roles);
      if (x.spaced) r.firsts.push(x.sur, x.low.slice(0, x.low.indexOf(' ')));
    }
    if (!strong.has(x.low)) strong.set(x.low, c.type as EntityType);
    // (`Quillmore` after `Quillmore Partners`: entities/firmShort.ts.)
    const short = c.type === 'organization' && c.t0 >= 0 ? firmShortName(u.data.toks, c.t0, c.t1) : null;
    if (short && !strong.has(short)) strong.set(short, 'organization');
  }
  for (const [low, n] of oneWord) r.oneWord.push(low, n);
  for (const [low, t] of strong) r.strong.push(low, t);
  for (const [sur, p] of persons) r.persons.push(sur, p.canonical, p.words);
  memo.names = r;
  return r;
}

/** Names, types and titles over the whole document (the maps the candidates are then resolved against). */
export function collectNames(st: DocState): void {
  const { units, personFull, strongType, surnameTitles } = st;
  st.oneWordCount = oneWordCounts(st.carry, units, (u) => unitNames(u).oneWord); // (summed across edits: fold.ts)
  for (let ui = 0; ui < units.length; ui++) {
    const r = unitNames(units[ui]);
    const base = st.candBase[ui];
    for (let i = 0; i < r.speakers.length; i++) st.speakerFlags[base + r.speakers[i]] = 1;
    // The document's first fullest name of each surname: the paragraph's first fullest, if fuller than the earlier ones.
    const ps = r.persons;
    for (let i = 0; i < ps.length; i += 3) {
      const prev = personFull.get(ps[i] as string);
      if (prev === undefined || nx(prev).words < (ps[i + 2] as number)) personFull.set(ps[i] as string, ps[i + 1] as string);
    }
    const ts = r.titles;
    for (let i = 0; i < ts.length; i += 2) {
      let set = surnameTitles.get(ts[i] as string);
      if (!set) surnameTitles.set(ts[i] as string, set = new Set());
      for (const t of ts[i + 1] as string[]) set.add(t);
    }
    const sg = r.strong;
    for (let i = 0; i < sg.length; i += 2) if (!strongType.has(sg[i] as string)) strongType.set(sg[i] as string, sg[i + 1] as EntityType);
  }
  // `shares of Quarnex`, `Quarnex, the drug maker,`: a one-word name written where only a firm stands is the document's
  // organisation, unless a person of that surname is named in full (entities/firmEvidence.ts).
  for (const u of units) for (const w of firmsOf(u)) if (!/\s/.test(personFull.get(w) ?? '')) strongType.set(w, 'organization');
  firmPersonsDropped(personFull, strongType); // `Quillmore earned` after `Quillmore Partners`: no person Quillmore (entities/firmShort.ts)
  // `Marla Quenbys speech` and `Quenby`: Marla Quenby (possessiveFull.ts; only the words it asks about, and only when it has work).
  const asked = possessiveAsked(personFull); if (asked) possessiveFullNames(personFull, possessiveWords(units.map(unitNames), asked), strongType);
  titledOwnS(units, personFull, (u) => unitNames(u).bare); // `Sen. Dorvel Pickens wear`, `Pickens said` (titledOwnS.ts)
}

/** Full name for a misspelt titled surname (`Ms Bauchtman` for `Lydia Buchtmann`), or null. Strict, because a
 *  wrong merge gives one person another's words: the spelling must occur once, be no known name or word, agree
 *  in gender with the full name's first name, and share a role title with the full name when both have one. */
export function typoTarget(st: DocState, w: string, title: string | null, written: string): string | null {
  // Asked up to twice per candidate, and each answer scans the document's full names: answered once per spelling.
  // (`written`: the word as written, lower case; it differs from `w` when a possessive was read into it.)
  const bare = written === w;
  const mk = (bare ? 'b' : 'p') + (title === null ? w : w + '\u0000' + title);
  if (st.readLog) logRead(st, Read.OneWord, w, (st.oneWordCount.get(w) ?? 0) > 1 ? 1 : 0); // (all else it reads: namesKept.ts)
  let r = st.typoMemo.get(mk);
  if (r === undefined) st.typoMemo.set(mk, r = typoTargetOnce(st, w, title, bare));
  return r;
}

function typoTargetOnce(st: DocState, w: string, title: string | null, bare: boolean): string | null {
  const lex = st.lex;
  if ((st.oneWordCount.get(w) ?? 0) > 1) return null;
  if (lex.lastNames.has(w) || lex.firstNames.has(w) || lex.maleNames.has(w) || lex.femaleNames.has(w) || lex.common.has(w)) return null;
  const full = fuzzySurname(st.personFull, w, bare);
  if (!full) return null;
  const g = title === null ? null : tx(title).honorific;
  const first = full.split(/\s+/)[0].toLowerCase();
  const fg = lex.femaleNames.has(first) && !lex.maleNames.has(first) ? 'f' : lex.maleNames.has(first) && !lex.femaleNames.has(first) ? 'm' : null;
  if (g && fg && g !== fg) return null;
  const mine = title === null ? [] : tx(title).roles;
  const theirs = st.surnameTitles.get(nx(full).sur);
  if (mine.length && theirs && theirs.size && !mine.some((t) => theirs.has(t))) return null;
  return full;
}

/** A surname that is `w` and a last `s` (`quenbys` for `quenby`): in stripped text the possessive of a full name
 *  (`Marla Quenbys budget`), no misspelling of the bare surname the document writes. */
export const possessiveS = (sur: string, w: string): boolean => sur.length === w.length + 1 && sur.endsWith('s') && sur.startsWith(w);

/** The only full name whose surname is within edit distance 1 of `w` (2 when both have 8+ letters; same first
 *  letter, 6+ letters), not one `s` longer when `w` is the word as written (`bare`, `possessiveS`). Callers add the
 *  document checks (see `typoTarget`). */
export function fuzzySurname(personFull: Map<string, string>, w: string, bare = false): string | null {
  if (w.length < 6) return null;
  let best: string | null = null;
  for (const [sur, full] of personFull) {
    if (sur[0] !== w[0] || Math.abs(sur.length - w.length) > 2 || sur === w || nx(full).words < 2 || (bare && possessiveS(sur, w))) continue;
    const max = sur.length >= 8 && w.length >= 8 ? 2 : 1;
    if (editDistance(sur, w, max) <= max) { if (best) return null; best = full; }
  }
  return best;
}

/** The type a weak or unknown candidate takes in this document and its canonical name (null type: no entity). */
function confirmWeak(st: DocState, u: Unit, ui: number, ci: number, c: ECand, cx: NameX, placed: Placed, env: NamesEnv): { type: EntityType | null; canonical: string } {
  const { personFull, strongType } = st;
  let type: EntityType | null = c.type === 'unknown' ? null : (c.type as EntityType);
  let canonical = c.canonical;
  const base = c.possBase;
  const low = cx.low;
  if (c.type === 'surname') return { type: /\s/.test(personFull.get(low) ?? '') || firstNameFull(st, low) ? 'person' : null, canonical }; // `Gates` after `Bill Gates`, `Frank` after `Frank Dalworth`
  const baseLow = base ? nx(base).low : '';
  // `that Quibbs plans` after `Robert Quibbs`: a word in `s` read as a stripped possessive (`Quibb`) is, as written, the
  // surname of a full name in the document.
  // (Not after an article or a quantifier, `the Quibbs`, `most Quibbs`, which name a group; nor before a noun or a
  // role it owns, `Quibbs deputy`, a stripped possessive after all.)
  const nxt = u.data.toks[c.t1];
  const asWritten = base && c.t1 - c.t0 === 1 && !personFull.has(baseLow) && bareName(st, u.data.toks, c)
    && !(nxt && nxt.kind === K.Word && !nxt.cap && st.lex.common.get(nxt.lower) === 'Actor')
    && !/^(?:most|many|some|all|these|those|other)$/.test(u.data.toks[c.t0 - 1]?.lower ?? '') ? u.data.toks[c.t0] : null;
  if (asWritten && /^(?!the\s)\S+\s/i.test(personFull.get(asWritten.lower) ?? '')) return { type: 'person', canonical: asWritten.t };
  const ssBase = !base && c.t1 - c.t0 === 1 ? doubleSOwner(u.data.toks, c.t0, strongType, st.lex) : null; // `Quorvanoss valuation` (doubleS.ts)
  if (ssBase) return { type: 'organization', canonical: ssBase };
  const owner = base && !personFull.has(baseLow) && !personFull.has(u.data.toks[c.t0].lower) && !strongType.has(baseLow) ? bareOwner(st, u.data.toks, c, env.ctx) : null;
  if (owner) return owner; // `a Vantrels report` with `on Vantrel` elsewhere (bareOwner.ts)
  if (base && (personFull.has(baseLow) || strongType.has(baseLow))) {
    canonical = base;
    type = personFull.has(baseLow) ? 'person' : strongType.get(baseLow)!;
  } else if (c.t1 - c.t0 === 1 && clubShortName(u.data.toks, c.t0, placed.clubs)) {
    type = 'organization'; // `the Cardinals` after `the St. Louis Cardinals`: the club (entities/clubs.ts).
    canonical = clubShortName(u.data.toks, c.t0, placed.clubs)!;
  } else if (c.t1 - c.t0 === 1 && placedCity(st, u, c, low, placed)) {
    type = 'place';
  } else if (c.t1 - c.t0 === 1 && (personFull.has(low) || (c.type === 'unknown' && !base && !!firstNameFull(st, low) && bareName(st, u.data.toks, c)))) {
    type = 'person'; // (or `whether Melka and` after `Melka Varrow`, standing alone, not `the Union army`: surnameFirst.ts)
  } else if (c.t1 - c.t0 === 1 && c.title && typoTarget(st, low, c.title, u.data.toks[c.t0].lower)) {
    // `Ms Bauchtman` for `Lydia Buchtmann`: a misspelt surname with a title links to the full name.
    type = 'person';
    canonical = typoTarget(st, low, c.title, u.data.toks[c.t0].lower)!;
  } else if (strongType.has(low)) {
    type = strongType.get(low)!;
  } else if ((c.cueAfter && !(c.t0 > 0 && /^(of|in|from)$/.test(u.data.toks[c.t0 - 1].t))) || isSpeakerCand(st, ck(st, ui, ci))) {
    // (`Residents of Westbrook said`: the residents speak; the unknown word after `of` is no person.)
    type = c.type === 'unknown' ? 'person' : type;
  } else if (c.type === 'unknown' && !c.possBase && c.t0 > 0 && !u.data.toks[c.t0].initial && c.e - c.s >= 4
    && (/^(in|near|from|outside|into|across|to)$/.test(u.data.toks[c.t0 - 1].lower) || placeNounOf(u.data.toks, c.t0)) && !LANGUAGES.has(c.canonical.toLowerCase())) {
    // `in Bakhmut`, `near Yeoncheon`: an unknown capitalised word after a place preposition is a place.
    // (`the town of Quarvel`, `north of Tavuka`: after a place noun or a compass word and `of`: entities/placeOf.ts.)
    type = 'place';
  } else if (c.type === 'unknown') {
    type = null;
  } else if (c.type === 'place') {
    // A gazetteer city (weak only so that a person of that surname in the document wins): a place.
  } else if (c.type === 'person' && !c.title) {
    // A weak multi-word `person` (unknown words together) needs confirmation as a speaker.
    type = null;
  } else if (c.t1 - c.t0 === 1 && c.ts === c.s && !c.title) {
    type = null;
  }
  return { type, canonical };
}

/** A pronoun with a verb's contraction, its apostrophe dropped or not (`Id`, `They're`): never a name. */
const PRONOUN_CONTRACTION = /^(?:i|you|we|they|he|she|it)['’]?(?:d|m|ve|ll|re|s)$/;

const NOUN_TAGS = /^(?:Noun|Singular|Plural|Uncountable)$/;
/** A mention that stands alone as a name: no article before it (`the Census`, `an Acme boycott`) and no common noun
 *  after it that it modifies (`Census officials`, `Zika funding`). */
const bareName = (st: DocState, toks: Tok[], c: ECand): boolean => memoCand('bare', c, bareNameOnce, st, toks);
function bareNameOnce(st: DocState, toks: Tok[], c: ECand): boolean {
  const prev = toks[c.t0 - 1];
  if (prev && /^(?:the|a|an)$/.test(prev.lower)) return false;
  const next = toks[c.t1];
  return !(next && next.kind === K.Word && !next.cap && next.s - toks[c.t1 - 1].e === 1 && NOUN_TAGS.test(st.lex.common.get(next.lower) ?? ''));
}

/** The weak and unknown candidates of each unit confirmed (`confirmWeak`, stage 1 of its kept answers), and the type
 *  each confirmed name takes in the document (a name confirmed as two types takes none): `env.byName`. */
function confirmWeakAll(st: DocState, placed: Placed, env: NamesEnv, nc: NamesCarry | null): KeptNames[] {
  const out: KeptNames[] = new Array(st.units.length);
  const seen = new Map<string, EntityType | 'conflict'>();
  const count = new Map<string, number>();
  for (let ui = 0; ui < st.units.length; ui++) {
    const r = out[ui] = weakOfUnit(st, ui, placed, env, nc);
    const v = r.votes;
    for (let i = 0; i < v.length; i += 2) {
      const low = v[i];
      const prev = seen.get(low);
      seen.set(low, prev === undefined || prev === v[i + 1] ? v[i + 1] as EntityType : 'conflict');
      count.set(low, (count.get(low) ?? 0) + 1);
    }
  }
  const byName = new Map<string, EntityType>();
  for (const [low, t] of seen) if (t !== 'conflict' && (t !== 'place' || count.get(low)! >= 2)) byName.set(low, t);
  env.byName = byName;
  return out;
}

/** Stage 1 of unit `ui`: kept when made in this epoch and every lookup it recorded still holds, else made afresh. */
function weakOfUnit(st: DocState, ui: number, placed: Placed, env: NamesEnv, nc: NamesCarry | null): KeptNames {
  const u = st.units[ui];
  let r = nc ? nc.kept.get(u.data) : undefined;
  if (r && nc && (r.seen1 === nc.serial || (r.epoch === nc.epoch && readsHold(st, r.log1, env)))) { r.seen1 = nc.serial; return r; }
  if (!r) { r = newKeptNames(); if (nc) nc.kept.set(u.data, r); }
  const ents = u.data.ents;
  const xs = unitNames(u).xs;
  r.wType.length = r.wCanon.length = r.votes.length = r.log1.length = 0;
  r.has2 = false;
  st.readLog = nc ? r.log1 : null;
  for (let ci = 0; ci < ents.length; ci++) {
    const c = ents[ci];
    if (c.type !== 'unknown' && !c.weak) continue;
    const w = confirmWeak(st, u, ui, ci, c, xs[ci], placed, env);
    r.wType[ci] = w.type;
    r.wCanon[ci] = w.canonical;
    if (!w.type || c.type !== 'unknown') continue;
    const low = xs[ci].low;
    if (PRONOUN_CONTRACTION.test(low) || !bareName(st, u.data.toks, c) || (w.type === 'place' && !STRONG_PLACE_BEFORE.test(u.data.toks[c.t0 - 1]?.lower ?? ''))) continue;
    r.votes.push(low, w.type);
  }
  st.readLog = null;
  if (nc) { r.seen1 = nc.serial; r.epoch = nc.epoch; }
  return r;
}

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
