// Nouns that name a person only with `of` after them (`the head of the union`, `a member of the crew`, `the chief of
// the tribe`): alone, `the head said` is no source; with its owner it is one, as `a spokeswoman for the agency` is.
import { ARTICLES, POSSESSIVES, lexicon } from '../lexicon';
import { K, type Tok } from '../tokens';

export const OF_PERSON_NOUNS = new Set(['head', 'chief', 'member']);

/** Token `p` is `of`, after one of these nouns that an article or a possessive opens (at or after `lo`): the noun's
 *  index (a source's span leaves its article out), else -1. */
export function ofPersonStart(toks: Tok[], p: number, lo: number): number {
  if (p - 2 < lo || toks[p].lower !== 'of') return -1;
  const n = toks[p - 1];
  const d = toks[p - 2];
  if (n.kind !== K.Word || n.cap || !OF_PERSON_NOUNS.has(n.lower)) return -1;
  return d.kind === K.Word && (ARTICLES.has(d.lower) || POSSESSIVES.has(d.lower)) ? p - 1 : -1;
}

/** Prepositions that join a person noun to what it belongs to (`a lawyer for the family`, `an aide to the mayor`). */
export const NP_PREPS = new Set(['of', 'for', 'to', 'at', 'with', 'from']);
/** Tags of a lower-case word that may head the owner after a person noun's preposition (`the family`, `the crew`). */
export const OWNER_TAG = /^(?:Singular|Plural|Noun|Uncountable)$/;
/** After an inverted cue (token i the first after it): `a cousin of the <np at token n>`, an article, a lower-case
 *  noun and a preposition (maybe an article) before the noun phrase found; the noun's token, or -1. */
export function ownerNounBefore(toks: Tok[], i: number, n: number): number {
  let p = n - 1;
  if (p > i && ARTICLES.has(toks[p].lower)) p--;
  if (p !== i + 2 || !NP_PREPS.has(toks[p].lower) || !ARTICLES.has(toks[i].lower)) return -1;
  const h = toks[i + 1];
  return h.kind === K.Word && !h.cap && (OWNER_TAG.test(lexicon().common.get(h.lower) ?? '') || lexicon().roleNouns.has(h.lower) || OF_PERSON_NOUNS.has(h.lower)) ? i + 1 : -1;
}
/** The first token of a one-word possessor (`sailor's`, `Okafor's`) right before token k, or -1. */
export function possessorStart(toks: Tok[], k: number, lo: number): number {
  const p = k - 1;
  if (p - 1 < lo || (toks[p].t !== "'s" && toks[p].t !== '’s') || toks[p - 1].kind !== K.Word) return -1;
  const w = toks[p - 1];
  return w.cap || OWNER_TAG.test(lexicon().common.get(w.lower) ?? '') || lexicon().roleNouns.has(w.lower) ? p - 1 : -1;
}
/** After a noun phrase ending at token k (before `hi`): `of` or another of NP_PREPS, an article or a possessive and a
 *  lower-case noun (`the head of the union`, `the mayor of the town`): the noun's index, else k. */
export function ofTail(toks: Tok[], k: number, hi: number): number {
  if (k + 3 >= hi || !NP_PREPS.has(toks[k + 1].lower) || toks[k + 1].cap) return k;
  const d = toks[k + 2];
  const n = toks[k + 3];
  if (d.kind !== K.Word || !(ARTICLES.has(d.lower) || POSSESSIVES.has(d.lower)) || n.kind !== K.Word || n.cap) return k;
  const tag = lexicon().common.get(n.lower);
  return tag === undefined || OWNER_TAG.test(tag) || lexicon().orgHeads.has(n.lower) ? k + 3 : k;
}

/** Of OF_PERSON_NOUNS, those that need their `of` to name a person (`the head`, `a member`; `the chief said` is a
 *  police or fire chief in the news, so it stays a source). */
const BARE_NOT_A_SOURCE = new Set(['head', 'member']);
/** Whether the text `np` of a noun phrase subject (its article left out) is one such noun alone (`head`, `member`):
 *  no source by itself, only the person the document introduced with that role. */
export function bareOfNoun(np: string): boolean {
  return BARE_NOT_A_SOURCE.has(np.toLowerCase());
}
