// A one-word name in `s` whose stripped possessive adds `s` (`Quorvanoss valuation` after `Quorvanos`): the word reads
// as no possessive (`Hess`, `Ross` are names), so it is linked only when the document has the organisation named
// without the last `s` and the word owns the lower-case word after it.
import type { EntityType } from '../types';
import { FUNCTION_WORDS, type Lexicon } from '../lexicon';
import { K, type Tok } from '../tokens';

/** Tags of a word that no possessive owns (a verb, a function word). */
const NOT_OWNED = /PastTense|Copula|Modal|Adverb|Conjunction|Preposition|Determiner|QuestionWord|Pronoun/;

/** The organisation's name when token `t0` is such a possessive of an organisation in `strongType`, else null.
 *  Reads the token and the one after it; `strongType` is compared whole across analyses (namesKept.ts). */
export function doubleSOwner(toks: Tok[], t0: number, strongType: ReadonlyMap<string, EntityType>, lex: Lexicon): string | null {
  const t = toks[t0];
  if (t.t.length < 5 || !t.cap || !t.t.endsWith('ss')) return null;
  const base = t.t.slice(0, -1);
  if (strongType.get(base.toLowerCase()) !== 'organization') return null;
  const n = toks[t0 + 1];
  if (!n || n.kind !== K.Word || n.cap || n.s !== t.e + 1 || FUNCTION_WORDS.has(n.lower)) return null;
  return NOT_OWNED.test(lex.common.get(n.lower) ?? '') ? null : base;
}
