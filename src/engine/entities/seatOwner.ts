// A president's name before the seat of government (issue 12, eighteenth round): `the Marwick White House` names the
// office under that president, one organisation (as `the Marwick administration` is for this project's seed gold).
import { PARTY_WORDS } from './chain';
import { lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import { CAPITALISED } from '../wordShapes';

/** Whether the run [a, b) is one or two capitalised words before `White House` (`the Dorsey White House`, `a Lena
 *  Dorsey White House`): the office, an organisation; not a party word or a demonym (`the Democratic White House`).
 *  `White House` alone is left to the gazetteer. */
export function seatOwner(toks: Tok[], a: number, b: number): boolean {
  const n = b - a;
  if (n < 3 || n > 4 || toks[b - 2].t !== 'White' || toks[b - 1].t !== 'House') return false;
  const lex = lexicon();
  for (let k = a; k < b - 2; k++) {
    const t = toks[k];
    // (`the Democratic White House`, `the American White House`: an adjective, no owner.)
    if (!CAPITALISED.test(t.t) || t.initial || PARTY_WORDS.has(t.lower) || lex.demonyms.has(t.lower)) return false;
  }
  return true;
}
