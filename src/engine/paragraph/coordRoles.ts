// Two coordinated roles of one person under one article (`the mayor and former teacher said`, `a farmer and part-time
// pastor told`): one noun phrase, one source. With an article before each (`the mayor and the teacher`) they are two
// people, left alone.
import type { Subject } from '../attribution';
import { ARTICLES } from '../lexicon';
import { K, type Tok } from '../tokens';

/** The start offset of the noun phrase `np` as a token index (its first token). */
function firstTok(toks: Tok[], s: number, lo: number, hi: number): number {
  let k = hi;
  while (k > lo && toks[k].s > s) k--;
  return toks[k].s === s ? k : -1;
}

/** For a noun phrase subject `np` whose head is token `h` and that has no article of its own, after `and` and a first
 *  noun phrase that `npAt` reads (a singular role or title after an article: `the mayor`): both as one `np` subject
 *  spanning them (the article left out, as for any noun phrase); else `np` as it is. */
export function coordinatedRoles(toks: Tok[], np: Subject | null, h: number, lo: number, npAt: (h: number) => Subject | null): Subject | null {
  if (!np || np.kind !== 'np' || np.head) return np;
  const a = firstTok(toks, np.s, lo, h);
  if (a < 0 || a - 2 < lo || toks[a - 1].lower !== 'and' || toks[a - 1].cap) return np;
  // (`the mayor and the teacher`: an article of its own makes the second a person of its own.)
  if (toks[a].kind === K.Word && ARTICLES.has(toks[a].lower)) return np;
  const first = npAt(a - 2);
  if (!first || first.kind !== 'np' || first.head) return np;
  const f = firstTok(toks, first.s, lo, a - 2);
  const d = toks[f - 1];
  if (f - 1 < lo || d.kind !== K.Word || (d.cap && !d.initial) || !ARTICLES.has(d.lower)) return np;
  return { kind: 'np', s: first.s, e: np.e, ent: -1, name: '' };
}
