// Pass 1, names, stage 1: the weak and unknown candidates of each paragraph confirmed against the document (a
// surname of a full name, a speaker, a place after `in`), and the type each confirmed name takes in the document.
import type { EntityType } from '../types';
import type { ECand } from '../entities';
import { K, type Tok } from '../tokens';
import { plain } from '../plainPattern';
import { clubShortName } from '../entities/clubs';
import { placeDefined, placeNounOf } from '../entities/placeOf';
import { STRONG_PLACE_BEFORE } from '../entities/placed';
import { type Placed, placedCity } from './namesPlaced';
import { type DocState, type Unit, ck, isSpeakerCand, memoCand } from './state';
import { firstNameFull } from './surnameFirst';
import { type KeptNames, type NamesCarry, type NamesEnv, newKeptNames, readsHold } from './namesKept';
import { type NameX, nx } from './nameFacts';
import { doubleSOwner } from './doubleS';
import { bareOwner } from './bareOwner';
import { cuedPossessive } from './cuedPossessive';
import { unitNames } from './namesCollect';
import { typoTarget } from './namesTypo';
import { coordinatedType } from './coordinated';

const LANGUAGES = new Set(['english', 'french', 'spanish', 'arabic', 'russian', 'german', 'chinese', 'mandarin', 'cantonese',
  'portuguese', 'hindi', 'urdu', 'farsi', 'persian', 'pashto', 'dari', 'turkish', 'italian', 'japanese', 'korean', 'ukrainian',
  'polish', 'dutch', 'swedish', 'greek', 'hebrew', 'latin', 'swahili', 'bengali', 'punjabi', 'tamil', 'malay', 'indonesian']);

/** A word ending in a vowel and `s` that possessiveBase leaves whole (`Moreaus`, `Padaleckis`). */
const VOWEL_S = plain(String.raw`^\p{L}+[iu]s$`, 'u');

/** The type a weak or unknown candidate takes in this document and its canonical name (null type: no entity). */
function confirmWeak(st: DocState, u: Unit, ui: number, ci: number, c: ECand, cx: NameX, placed: Placed, env: NamesEnv): { type: EntityType | null; canonical: string } {
  const { personFull, strongType } = st;
  let type: EntityType | null = c.type === 'unknown' ? null : (c.type as EntityType);
  let canonical = c.canonical;
  const base = c.possBase;
  const low = cx.low;
  let listed: EntityType | null;
  if (c.type === 'surname') return { type: /\s/.test(personFull.get(low) ?? '') || firstNameFull(st, low) ? 'person' : null, canonical }; // `Gates` after `Bill Gates`, `Frank` after `Frank Dalworth`
  const cued = cuedPossessive(u.data.toks, c, personFull); // `Brills remarks` after `Tom Brill` (cuedPossessive.ts)
  if (cued) return { type: 'person', canonical: cued };
  // `Moreaus father`, `Padaleckis engagement` after `Jeanne Moreau`, `Tom Padalecki`: a word in `us` or `is`, which
  // possessiveBase leaves whole (`Marcus`, `Davis`), is a stripped possessive when the document names a person by it less
  // its `s` and never by the word itself.
  if (!base && c.t1 - c.t0 === 1 && VOWEL_S.test(low) && !personFull.has(low) && personFull.has(low.slice(0, -1))) {
    return { type: 'person', canonical: u.data.toks[c.t0].t.slice(0, -1) };
  }
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
  } else if ((c.type === 'unknown' || (c.type === 'person' && !c.title)) && !c.possBase && placeDefined(u.data.toks, c.t0, c.t1)) {
    type = 'place'; // `Dorna is a town in Kelland`, `Vessa, a village near the coast,` (entities/placeOf.ts)
  } else if ((listed = listedType(st, u, ci, c, low))) {
    type = listed;
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

/** `Zentrix and Orvane`, `Ann Lee and Tom Reyes`: the type of the names an untyped candidate, or a weak untitled person
 *  of two words at most (not `MPs Tom Vell`, a plural before the name), is listed with (coordinated.ts), or null. */
function listedType(st: DocState, u: Unit, ci: number, c: ECand, low: string): EntityType | null {
  if (!(c.type === 'unknown' || (c.type === 'person' && !c.title && c.t1 - c.t0 <= 2)) || !listable(st, u.data.toks, c, low)) return null;
  return coordinatedType(st, u.data.toks, u.data.ents, ci);
}

/** A name suffix (`Jr.`, `III`), not a name of its own. */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;
/** An untyped candidate that may take its list's type: standing alone (`bareName`: not `the Galileo and Ulysses
 *  spacecraft`, `Supernatural co-stars`), no language, name suffix, plural common noun or head word (`Henry Holt and
 *  Company`, `36th Street and Fifth Avenue`). */
function listable(st: DocState, toks: Tok[], c: ECand, low: string): boolean {
  return !LANGUAGES.has(low) && !NAME_SUFFIX.test(low) && st.lex.common.get(low) !== 'Plural' && !st.lex.orgHeads.has(low) && !st.lex.placeHeads.has(low)
    && bareName(st, toks, c);
}

/** A pronoun with a verb's contraction, its apostrophe dropped or not (`Id`, `They're`): never a name. */
const PRONOUN_CONTRACTION = /^(?:i|you|we|they|he|she|it)['’]?(?:d|m|ve|ll|re|s)$/;

const NOUN_TAGS = /^(?:Noun|Singular|Plural|Uncountable)$/;
/** A mention that stands alone as a name: no article before it (`the Census`, `an Acme boycott`) and no common noun
 *  after it that it modifies (`Census officials`, `Zika funding`). */
export const bareName = (st: DocState, toks: Tok[], c: ECand): boolean => memoCand('bare', c, bareNameOnce, st, toks);
function bareNameOnce(st: DocState, toks: Tok[], c: ECand): boolean {
  const prev = toks[c.t0 - 1];
  if (prev && /^(?:the|a|an)$/.test(prev.lower)) return false;
  const next = toks[c.t1];
  return !(next && next.kind === K.Word && !next.cap && next.s - toks[c.t1 - 1].e === 1 && NOUN_TAGS.test(st.lex.common.get(next.lower) ?? ''));
}

/** The weak and unknown candidates of each unit confirmed (`confirmWeak`, stage 1 of its kept answers), and the type
 *  each confirmed name takes in the document (a name confirmed as two types takes none): `env.byName`. */
export function confirmWeakAll(st: DocState, placed: Placed, env: NamesEnv, nc: NamesCarry | null): KeptNames[] {
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
