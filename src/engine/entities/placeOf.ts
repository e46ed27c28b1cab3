// Where an unknown name stands as a place by the noun before it (issue 12, eighteenth round): `the town of Quarvel`,
// `the Greek island of Mirtos`, `the Brussels neighbourhood of Velbeek`, and by a compass word and `of` (`north of
// Tavuka`, `South of Dunmarra lies ...`). The names pass makes such an unknown word a place.
import { K, type Tok } from '../tokens';

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
