// Words a run of capitalised words glues onto a person's name without being part of it (round 29, branch h-glue):
// a state of two words before a lone surname (`New Hampshire Vell volunteers`), a time word before a full name
// (`Sailor of the Year Marta Okonkwo`), and a form's next label after a name (`Name: Ruth Vell Age: 40`).
import { isFirstName, lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import { gazType, isTitleWord, joinKey, knownProper } from './words';

/** Time words that never open a person's name. Months that are also given names (`May`, `June`, `April`, `August`)
 *  are left out. */
const TIME_WORDS = new Set([
  'year', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'september', 'october', 'november', 'december',
]);

/** Whether a word is one any list knows as a given name. */
const givenName = isFirstName;

/** Whether a word is one the lexicon knows as a surname and as no common word, place or title. */
function plainSurname(t: Tok): boolean {
  const lex = lexicon();
  const l = t.lower;
  return t.cap && t.t.length >= 2 && lex.lastNames.has(l) && !lex.common.has(l) && !gazType(l) && !isTitleWord(l)
    && !lex.orgHeads.has(l) && !lex.placeHeads.has(l);
}

/** `New Hampshire Vell supporters`: a known place of two words or more ([a, end), checked by the caller) before one
 *  word that ends the run [a, b) and is a known surname: the index the surname starts at, or -1. Not when the whole is
 *  a name the gazetteers know (`New York Yankees`). */
export function surnameAfterPlace(toks: Tok[], a: number, end: number, b: number): number {
  if (b - end !== 1 || end - a < 2 || knownProper(joinKey(toks, a, b)) || gazType(joinKey(toks, a, b))) return -1;
  return plainSurname(toks[end]) ? end : -1;
}

/** `Sailor of the Year Marta Okonkwo`, `Tuesday Ruth Vell`: a time word opening the name [a, b) before a known first
 *  name (or a lone known surname) is no part of it; the start of the name. A name the lists know whole stays. */
export function trimTimeOpener(toks: Tok[], a: number, b: number): number {
  if (b - a < 2 || !toks[a].cap || !TIME_WORDS.has(toks[a].lower)) return a;
  if (knownProper(joinKey(toks, a, b)) || gazType(joinKey(toks, a, b))) return a;
  const next = toks[a + 1];
  if (next.cap && !gazType(next.lower) && givenName(next.lower)) return a + 1;
  // (A full name the lists know whole, `Sailor of the Year Ann Lee`, even with a given name no list has.)
  if (b - a >= 3 && next.cap && knownProper(joinKey(toks, a + 1, b)) && !lexicon().common.has(next.lower)) return a + 1;
  return b - a === 2 && plainSurname(next) ? a + 1 : a;
}

/** `Name: Ruth Vell Age: 40`: a common noun ending the name [a, b) right before a colon is the next label of a form,
 *  not a surname; the end of the name. Only after a known first name and one more word. */
export function trimLabelEnd(toks: Tok[], a: number, b: number): number {
  if (b - a < 3 || toks[b]?.t !== ':' || toks[b].s !== toks[b - 1].e) return b;
  const lex = lexicon();
  const last = toks[b - 1].lower;
  if (!lex.common.has(last) || lex.lastNames.has(last) || givenName(last) || gazType(last)) return b;
  return givenName(toks[a].lower) ? b - 1 : b;
}
