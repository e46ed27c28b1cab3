// A chamber's committee label before a party noun and a name (issue 12, eighteenth round, branch h-shapes19):
// `House Budget Democrat Ada Rook`, `Senate Harbour Ranking Republican Tam Orrick (R-Ore.)`. The label's words are an
// institution, a committee's subject and a rank; the person is the name after the party noun.
import { gazetteer } from '../gazetteer';
import { isFirstName, lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import { titledPerson, type ECand } from './cand';
import { INITIALS, PREFIX_INSTITUTIONS, gazType, isTitleWord } from './words';

/** In the run [a, b): a chamber or a known place opening it, capitalised words that are no known name after it, the
 *  party noun `Democrat` or `Republican`, then a name of two or three capitalised words (none a title, a head or a
 *  known place; the first a known first name, or of two words the last no common word; a `the` before the run is
 *  left out). The index the label starts at and the index the name starts at, or null. Reads the run once. */
function partyLabelPerson(toks: Tok[], a: number, b: number): [number, number] | null {
  const lex = lexicon();
  if (toks[a].lower === 'the') a++;
  const open = toks[a].lower;
  if (b - a < 4 || !(PREFIX_INSTITUTIONS.has(open) || gazetteer().places.has(open))) return null;
  let k = a + 1;
  while (k < b && toks[k].cap && toks[k].lower !== 'democrat' && toks[k].lower !== 'republican') {
    const l = toks[k].lower;
    if (INITIALS.test(toks[k].t) || isFirstName(l) || lex.lastNames.has(l) || gazType(l) === 'place') return null;
    k++;
  }
  const n = b - k - 1;
  if (k >= b || !toks[k].cap || n < 2 || n > 3) return null;
  for (let j = k + 1; j < b; j++) {
    const w = toks[j];
    if (!w.cap || w.t.length < 2 || INITIALS.test(w.t) || isTitleWord(w.lower) || lex.orgHeads.has(w.lower) || lex.placeHeads.has(w.lower) || gazType(w.lower)) return null;
  }
  const last = toks[b - 1].lower;
  if (isFirstName(toks[k + 1].lower)) return lex.common.has(last) && !lex.lastNames.has(last) ? null : [a, k + 1];
  return n === 2 && !lex.common.has(last) ? [a, k + 1] : null;
}

/** The person of such a run, titled by the label, pushed to `out`: whether there was one. */
export function emitPartyLabel(text: string, toks: Tok[], a: number, b: number, out: ECand[]): boolean {
  const label = partyLabelPerson(toks, a, b);
  if (label) out.push(titledPerson(text, toks, label[1], b, label[0], false));
  return label !== null;
}
