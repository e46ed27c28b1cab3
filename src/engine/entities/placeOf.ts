// Where an unknown name stands as a place by the noun before it (issue 12, eighteenth round): `the town of Quarvel`,
// `the Greek island of Mirtos`, `the Brussels neighbourhood of Velbeek`, and by a compass word and `of` (`north of
// Tavuka`, `South of Dunmarra lies ...`). The names pass makes such an unknown word a place.
import { K, type Tok } from '../tokens';
import { FUNCTION_WORDS } from '../lexicon';

/** Nouns for a settlement or an area, named by what follows `of` (`the town of X`). */
const PLACE_NOUNS = new Set(['town', 'towns', 'city', 'village', 'villages', 'hamlet', 'island', 'islands', 'isle', 'neighborhood',
  'neighbourhood', 'suburb', 'province', 'region', 'district', 'county', 'municipality', 'borough', 'parish', 'port', 'outskirts',
  'enclave', 'oasis', 'settlement', 'township', 'state']);
/** Compass words before `of` (`north of X`, `20 miles southeast of X`). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** The unknown name at token t0 follows `<place noun> of` or `<compass word> of`. */
export function placeNounOf(toks: Tok[], t0: number): boolean {
  const of = toks[t0 - 1];
  const noun = toks[t0 - 2];
  if (!of || of.lower !== 'of' || !noun || noun.kind !== K.Word || of.s - noun.e !== 1) return false;
  // (A noun in lower case only: `the State of the Union`, `Town of Ellery` may open a name of their own.)
  if (PLACE_NOUNS.has(noun.t)) return true;
  return COMPASS.has(noun.lower) && (noun.t === noun.lower || noun.initial);
}

/** Nouns a copula or an appositive defines a place by (`X is a town in Y`, `X, a fishing village near Y,`). */
const DEFINING_NOUNS = new Set(['town', 'city', 'village', 'hamlet', 'island', 'suburb', 'province', 'region', 'district', 'county',
  'municipality', 'borough', 'parish', 'port', 'township', 'neighborhood', 'neighbourhood', 'settlement', 'enclave', 'oasis', 'commune',
  'capital', 'country', 'state', 'seaport', 'archipelago', 'peninsula', 'valley', 'river', 'lake', 'mountain']);
/** What may follow the defining noun: the end of the clause or a phrase that places it (`a town in`, `a city of 40,000`);
 *  not a noun it modifies (`a city councilwoman`, `a state senator`). */
const AFTER_DEFINING = new Set(['in', 'of', 'on', 'near', 'at', 'outside', 'along', 'about', 'with', 'that', 'where', 'which', 'located',
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'some', 'just', 'roughly', 'close', ',', '.', ';', '(']);

/**
 * The name [t0, t1) is defined as a place by a copula or an appositive after it: `Dorna is a small town in Kelland`,
 * `Vessa, a fishing village near the coast,`, `Mirtos was a port of the empire`. At most three words between the
 * article and the noun (`a small farming town`), none a function word.
 */
export function placeDefined(toks: Tok[], t0: number, t1: number): boolean {
  let i = t1;
  const v = toks[i];
  if (!v) return false;
  if (v.t === ',') i++;
  else if (v.kind === K.Word && (v.lower === 'is' || v.lower === 'was') && !v.cap) i++;
  else return false;
  const art = toks[i];
  if (!art || art.kind !== K.Word || art.cap || !(art.lower === 'a' || art.lower === 'an' || (art.lower === 'the' && v.t !== ','))) return false;
  for (let k = i + 1; k <= i + 4 && k < toks.length; k++) {
    const w = toks[k];
    if (w.kind !== K.Word || FUNCTION_WORDS.has(w.lower)) return false; // (`a native of the city` defines a person)
    if (!w.cap && DEFINING_NOUNS.has(w.t)) {
      const nx = toks[k + 1];
      return !nx || AFTER_DEFINING.has(nx.lower);
    }
  }
  return false;
}
