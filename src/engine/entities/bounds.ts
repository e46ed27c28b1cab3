// Where a name ends or starts, for words the run of capitalised words takes in but the name does not include.
import { gazType } from './words';
import { PARTY_MEMBERS, lexicon } from '../lexicon';
import type { Tok } from '../tokens';

/** A regnal or generational numeral after a name (`Napoleon III`); names and silver gold alike leave it out. */
const REGNAL = /^(?:II|III|IV)$/;

function knownName(low: string): boolean {
  const lex = lexicon();
  return lex.firstNames.has(low) || lex.maleNames.has(low) || lex.femaleNames.has(low) || lex.lastNames.has(low);
}

/** The end of the name in tokens [a, b): before a numeral after a known first or last name (`Elizabeth II` →
 *  `Elizabeth`), and before a party member's word after a known place (`Texas Democrat` → `Texas`). */
export function trimNameEnd(toks: Tok[], a: number, b: number): number {
  if (b - a < 2) return b;
  const last = toks[b - 1];
  const prev = toks[b - 2];
  if (REGNAL.test(last.t) && prev.cap && knownName(prev.lower)) return b - 1;
  // (Party members named after their state, `a Texas Democrat`, `Ohio Republicans`: the state is the name.)
  if (PARTY_MEMBERS.has(last.lower)) {
    let key = '';
    for (let k = a; k < b - 1; k++) key += (k > a ? ' ' : '') + toks[k].lower;
    if (gazType(key) === 'place') return b - 1;
  }
  return b;
}

/** Whether the capitalised words [a, i) before `'s` are a person's full name (`Ann Lee's Foundation for ...`): two to
 *  four words opening with a known first name. Such an owner is a name of its own. */
export function personOwner(toks: Tok[], a: number, i: number): boolean {
  if (i - a < 2 || i - a > 4) return false;
  const lex = lexicon();
  const f = toks[a].lower;
  if (!(lex.firstNames.has(f) || lex.maleNames.has(f) || lex.femaleNames.has(f)) || lex.orgHeads.has(toks[i - 1].lower)) return false;
  for (let k = a; k < i; k++) if (!toks[k].cap) return false;
  return true;
}
