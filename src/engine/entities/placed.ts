// Where a one-word name stands as a place (issue 12, twelfth round): after a preposition that places what follows
// (`in Marion`, `near Marion`), or as one end of a route (`from Marion to Salem`, `from Salem to Marion`). `to` and
// `from` alone also take persons and firms (`wrote to Marion`, `a gift from Marion`), so they count only as a pair.
import { K, type Tok } from '../tokens';
import { isKnownPlace } from '../gazetteer';

/** Prepositions that place what follows (`in`, `near`), unlike `to` and `from` (`to Acme`, `from Acme`). */
export const STRONG_PLACE_BEFORE = /^(?:in|near|outside|into|across)$/;

/** The end of a capitalised run of at most 4 words that starts at token i (i itself if it is no capitalised word). */
function capRunEnd(toks: Tok[], i: number): number {
  let j = i;
  while (j < toks.length && j - i < 4 && toks[j].kind === K.Word && toks[j].cap) j++;
  return j;
}
/** The start of a capitalised run of at most 4 words that ends just before token i. */
function capRunStart(toks: Tok[], i: number): number {
  let j = i;
  while (j > 0 && i - j < 4 && toks[j - 1].kind === K.Word && toks[j - 1].cap) j--;
  return j;
}

/** A known place: a country, a US state or a gazetteer city (`Austin`, `Ohio`, `New Mexico`). */
function knownPlace(toks: Tok[], a: number, b: number): boolean {
  return isKnownPlace(toks.slice(a, b).map((t) => t.lower).join(' '));
}

/**
 * Where the name in tokens [t0, t1) stands: 0 nowhere special; 1 after `in` / `near` / `outside` / `into` / `across`;
 * 2 as an end of a route whose other end is a known place (`from Jackson to Austin`, `moved from Austin to Jackson`),
 * which places the mention on its own. Constant work per call (runs of at most 4 words).
 */
export function placedAt(toks: Tok[], t0: number, t1: number): 0 | 1 | 2 {
  const prev = toks[t0 - 1]?.lower ?? '';
  if (STRONG_PLACE_BEFORE.test(prev)) return 1;
  if (prev === 'from' && toks[t1]?.lower === 'to') {
    const e = capRunEnd(toks, t1 + 1);
    return e > t1 + 1 && knownPlace(toks, t1 + 1, e) ? 2 : 0;
  }
  if (prev === 'to' && t0 >= 3) {
    const s = capRunStart(toks, t0 - 1);
    return s < t0 - 1 && toks[s - 1]?.lower === 'from' && knownPlace(toks, s, t0 - 1) ? 2 : 0;
  }
  return 0;
}
