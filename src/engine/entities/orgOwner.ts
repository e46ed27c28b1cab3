// Stripped possessives inside a run of capitals (issue 12, round 19, branch h-ents20). With the apostrophe stripped,
// `QXNB's Ada Rook` becomes `QXNBs Ada Rook` and `North Dakota's Ward County` becomes `North Dakotas Ward County`: one
// run that reads as one name. An outlet's possessive before its reporter or show, and a known place's before what it
// holds, make two names. (An organisation's possessive before one of its own units stays one name, as the project's
// gold keeps `<Name> Councils <Unit> Center`.)
import { isFirstName, lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import { classify } from './classify';
import { mastheadSplit } from './outletWord';
import { gazType, joinKey, knownProper, NOT_ORG_ACRONYMS, possessiveBase } from './words';
import { plain } from '../plainPattern';
import { UPPER_FIRST } from '../wordShapes';

const ORG_ACRONYM_SHAPE = plain(String.raw`^\p{Lu}{2,5}$`, 'u');

/** `Ukraines Donbas`, `Quillans Harbour`: a stripped possessive of a known place or surname ends its own entity; the
 *  index after it, or -1 (moved here from entities.ts). */
export function knownPossessiveSplit(toks: Tok[], a: number, b: number): number {
  const lex = lexicon();
  for (let k = a; k < b - 1; k++) {
    const t = toks[k];
    if (!t.cap || knownProper(t.lower) || lex.common.has(t.lower)) continue;
    const base = possessiveBase(t);
    if (base && (gazType(base.toLowerCase()) === 'place' || lex.lastNames.has(base.toLowerCase()))) return k + 1;
  }
  return -1;
}

/** An acronym of two to five capitals (`QXNB`) that is no common noun written in capitals (`MP`, `TV`, `CEO`). */
const orgAcronym = (w: string): boolean => ORG_ACRONYM_SHAPE.test(w) && !NOT_ORG_ACRONYMS.has(w);

/** A word that is an outlet's or organisation's stripped possessive (`QXNBs`: an acronym, or a known organisation, with
 *  `s`). */
export function outletPossessive(t: Tok): boolean {
  const base = possessiveBase(t);
  return !!base && (orgAcronym(base) || gazType(base.toLowerCase()) === 'organization');
}

/** Where the run [a, b), no known name as a whole, opens (after `the`) with an outlet's stripped possessive
 *  (`QXNBs Ada Rook`), or holds a known place's (`North Dakotas Ward County`): the index after the possessive, or -1. */
export function orgOwnerSplit(toks: Tok[], a: number, b: number): number {
  if (gazType(joinKey(toks, a, b))) return -1;
  const ms = mastheadSplit(toks, a, b); // `Harbor Dailys Tomas Reyk` (outletWord.ts)
  if (ms > a) return ms;
  const k = toks[a].lower === 'the' ? a + 1 : a;
  return outletOpener(toks, k, b) ? k + 1 : placePossessive(toks, k, b);
}

/** `QXNBs Ada Rook`, `QXNBs Harbour Hour`: an acronym's or a known organisation's stripped possessive opening the run,
 *  before one to five capitalised words (its reporter, its show). Not before a unit of its own, words that hold an
 *  organisation's head (`QXNBs Harbour Desk Committee`), which stay one name, as the project's gold keeps them. */
function outletOpener(toks: Tok[], k: number, b: number): boolean {
  if (b - k < 2 || b - k > 6) return false;
  const t = toks[k];
  if (!t.cap || !toks[k + 1].cap || !UPPER_FIRST.test(toks[k + 1].t) || !/[^s]s$|sss$/.test(t.t)) return false;
  if (gazType(t.lower) || !outletPossessive(t)) return false;
  for (let j = k + 1; j < b; j++) if (lexicon().orgHeads.has(toks[j].lower)) return false;
  return true;
}

/** The words [a, b) are a name of an organisation or a place, hold a head word, or open with a known first name. */
function ownedName(toks: Tok[], a: number, b: number): boolean {
  const lex = lexicon();
  if (b - a < 2 || !UPPER_FIRST.test(toks[a].t)) return false;
  const g = gazType(joinKey(toks, a, b));
  if (g === 'place' || g === 'organization') return true;
  for (let k = a; k < b; k++) if (lex.orgHeads.has(toks[k].lower) || lex.placeHeads.has(toks[k].lower)) return true;
  return b - a <= 3 && isFirstName(toks[a].lower);
}

/** `North Dakotas Ward County`, `Port Vellas Harbour Theater`: a stripped possessive closing a known place of two words
 *  or more (one word is `knownPossessiveSplit`'s), before a name of two words or more (see `ownedName`): the index
 *  after the possessive, or -1. The owner must read as a name (the classifier keeps it) that is no person. */
function placePossessive(toks: Tok[], a: number, b: number): number {
  for (let k = a + 1; k < b - 2; k++) {
    const w = toks[k].t;
    if (!toks[k].cap || !/[^s']s$/.test(w) || isFirstName(toks[a].lower)) continue;
    if (gazType(joinKey(toks, a, k) + ' ' + w.slice(0, -1).toLowerCase()) !== 'place' || !ownedName(toks, k + 1, b)) continue;
    const own = classify(toks, a, k + 1, false, false);
    return own && own.type !== 'person' ? k + 1 : -1;
  }
  return -1;
}
