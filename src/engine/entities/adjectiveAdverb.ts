// An adverb made from an adjective the lexicon knows (`Simply`, `Gently`, `Relatedly`, `Basically`, `Happily`), which
// the common-word table often lacks: capitalised at a sentence's start it names no one (issue 12, twenty-ninth round,
// branch h-ent).
import { isFirstName, lexicon } from '../lexicon';

/** Lexicon tags of an adjective. */
const ADJECTIVE_TAGS = /^(?:Adjective|Comparative)$/;

/** Whether the lower-case word is `-ly` after an adjective (`simple` → `simply`, `happy` → `happily`, `basic` →
 *  `basically`, `related` → `relatedly`), and no name list knows it (`Kelly`, `Beverly`). */
export function adjectiveAdverb(low: string): boolean {
  if (low.length < 6 || !low.endsWith('ly')) return false;
  const lex = lexicon();
  if (lex.common.has(low) || lex.lastNames.has(low) || isFirstName(low)) return false;
  const adj = (w: string) => ADJECTIVE_TAGS.test(lex.common.get(w) ?? '');
  const stem = low.slice(0, -2);
  return adj(stem) || adj(low.slice(0, -1) + 'e') || (low.endsWith('ily') && adj(low.slice(0, -3) + 'y'))
    || (low.endsWith('ally') && adj(low.slice(0, -4)));
}
