// A month named alone where a verb follows (`in June found`, `the June primaries`): a date, though the next word acts.
import { K, type Tok } from '../tokens';

/** Words before a month that make it a time (`in June`, `since October`, `early April`). */
const TIME_WORDS = new Set(['in', 'since', 'until', 'till', 'by', 'before', 'after', 'during', 'from', 'through', 'throughout',
  'early', 'late', 'mid', 'last', 'next', 'this', 'of']);

/**
 * True when the month word at token a (not `May`, also a surname) is a date by the word before it: a time preposition or
 * adverb (`a poll taken in June found`, `which in June will face`), or `the` with a lower-case word after it, the thing
 * the month dates (`the June primaries`, `the October states`). Reads two neighbours.
 */
export function monthAsDate(toks: Tok[], a: number): boolean {
  if (toks[a].lower === 'may') return false;
  const prev = toks[a - 1];
  if (!prev || prev.kind !== K.Word || prev.cap) return false;
  if (TIME_WORDS.has(prev.lower)) return true;
  const next = toks[a + 1];
  return prev.lower === 'the' && !!next && next.kind === K.Word && !next.cap;
}
