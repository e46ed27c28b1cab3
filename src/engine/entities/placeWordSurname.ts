// A person's name whose surname is also a place word (`Ann Hall`, `Rosa Parks`, `Paul R. Pond`): a known first name
// before a place head reads as a place (`Cedar Pond`, `Martin Hill`) unless something marks the person (issue 12,
// twenty-ninth round, branch h-ent).
import { cityKind } from '../gazetteer';
import { isFirstName, lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import { plain } from '../plainPattern';
import { PLACE_PREFIXES, gazType, joinKey } from './words';

/** One capital and its dot: a middle initial (`R.`). */
const MIDDLE_INITIAL = plain(String.raw`^\p{Lu}\.$`, 'u');
/** Plural place heads that are common surnames (`Rosa Parks`, `Tamsin Woods`). */
const SURNAME_PLURAL_HEADS = new Set(['parks', 'woods']);

function knownFirst(low: string): boolean {
  return !gazType(low) && isFirstName(low);
}

/** The run `a`..`b` is a person although its last word is a place head: a known first name and the head, titled,
 *  acting or with a role appositive (`evidence`, from the classifier), after `by` (a credit: `a copy by Arthur
 *  Pond`, `directed by Lena Bay`), or with a plural head that is a common surname and no word list knows as a
 *  place or a common word (`Rosa Parks`); a first name, a middle initial and the head (`Paul R. Pond`: no place is
 *  named so). Not a name the gazetteers or GeoNames know whole (`Beverly Hills`, `Holly Springs`). */
export function placeWordSurname(toks: Tok[], a: number, b: number, evidence: boolean): boolean {
  const n = b - a;
  const lex = lexicon();
  const lastLow = toks[b - 1].lower;
  const first = toks[a].lower;
  if ((n !== 2 && n !== 3) || !lex.placeHeads.has(lastLow) || !knownFirst(first)) return false;
  if (n === 2 && evidence) return true;
  const key = joinKey(toks, a, b);
  if (gazType(key) || cityKind(key) !== 0) return false;
  if (n === 3) return MIDDLE_INITIAL.test(toks[a + 1].t);
  if (toks[a - 1]?.lower === 'by' && !toks[a - 1].cap) return true;
  return SURNAME_PLURAL_HEADS.has(lastLow) && !lex.common.has(first);
}

/** `Glen Tarrow`, `Isla Brennick`: a place prefix that is also a first name, before a known surname that is no place
 *  word and names no city, is a person (`Glen Cove`, `Glen Burnie` stay places). */
export function firstNamePrefix(toks: Tok[], a: number, b: number): boolean {
  if (b - a !== 2) return false;
  const lex = lexicon();
  const first = toks[a].lower;
  const lastLow = toks[b - 1].lower;
  return PLACE_PREFIXES.has(first) && isFirstName(first) && lex.lastNames.has(lastLow) && !lex.placeHeads.has(lastLow)
    && !gazType(lastLow) && cityKind(joinKey(toks, a, b)) === 0 && cityKind(lastLow) === 0;
}
