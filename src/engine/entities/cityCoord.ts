// A city named like a person, joined to a place (issue 12, round 19, branch h-ents20). GeoNames cities whose names
// are also first names or surnames (`Marion`, `Orlando`) are places only after a place preposition or before a noun
// that places modify; in a list of places (`in Tarrow and Marion`, `Salem, Marion, Fort Ellis`, `Marion or Paris`)
// the other member says which reading is meant.
import { cityKind, isCountryOrState } from '../gazetteer';
import { K, type Tok } from '../tokens';
import { gazType, joinKey } from './words';

const JOINERS = new Set([',', 'and', 'or', '&']);

/** A one- or two-word name at [a, b) that is a known place with no person's reading of its own (a country, a state, a
 *  listed place, a GeoNames city not named like a person). */
function knownPlaceAt(toks: Tok[], a: number, b: number): boolean {
  if (a < 0 || b > toks.length || a >= b) return false;
  for (let k = a; k < b; k++) if (!toks[k].cap) return false;
  const key = joinKey(toks, a, b);
  return gazType(key) === 'place' || isCountryOrState(key) || cityKind(key) === 1;
}

/** Whether the list item ends at token i: punctuation, a joiner, a lower-case word or the paragraph's end (not `Ohio
 *  Gov. Tam Vell`, where the place opens a title). */
function itemEnds(toks: Tok[], i: number): boolean {
  const t = toks[i];
  return !t || !t.cap || JOINERS.has(t.lower);
}

/** Whether the one-word run [a, b), a GeoNames city named like a person, stands in a list with a known place: one
 *  before it (`Tarrow and Marion`, `Tarrow, Marion,`) or after it (`Marion or Paris`, `Marion, Tarrow`). After a comma
 *  the list must go on (`..., Marion, Fort Ellis` or `..., Marion.`; not `Colorado, Marion sees`). */
export function cityInPlaceList(toks: Tok[], a: number, b: number): boolean {
  if (b - a !== 1 || cityKind(toks[a].lower) !== 2) return false;
  const before = toks[a - 1];
  const after = toks[b];
  const listAfter = !after || after.kind !== K.Word || JOINERS.has(after.lower);
  if (before && JOINERS.has(before.lower) && (before.lower !== ',' || listAfter)
    && (knownPlaceAt(toks, a - 2, a - 1) || knownPlaceAt(toks, a - 3, a - 1))) return true;
  // (Not `Marion, Ohio`: a city before its state is the rule of cityState.ts, and it reads the same.)
  if (!after || !JOINERS.has(after.lower)) return false;
  return (knownPlaceAt(toks, b + 1, b + 2) && itemEnds(toks, b + 2)) || (knownPlaceAt(toks, b + 1, b + 3) && itemEnds(toks, b + 3));
}
