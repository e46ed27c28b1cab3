// Issue 12, thirty-first round: a name the rules leave untyped takes the type of the names it is coordinated with
// (`Zentrix and Orvane`, `Ann Lee and Tom Reyes`, `Brin, Essil and Djibonker`). Conjuncts of one list name things of
// one kind; the list needs `and`, `or` or a slash, or three names or more (two joined by a comma alone may be an
// appositive or a place and its state), and the typed conjuncts must agree on one type.
import type { EntityType } from '../types';
import type { ECand } from '../entities';
import { K, type Tok } from '../tokens';
import type { DocState } from './state';

/** Whether the tokens between two candidates join them in a list: `,` (1), `and`/`or`, `, and`/`, or` or a slash
 *  (`AFP/Quorvel Images`) (2), else 0. */
function link(toks: Tok[], a: ECand, b: ECand): number {
  if (a.t0 < 0 || b.t0 < 0 || b.t0 - a.t1 > 2 || b.t0 <= a.t1) return 0;
  const x = toks[a.t1];
  if (b.t0 - a.t1 === 1) return x.t === ',' ? 1 : x.t === '/' || (x.kind === K.Word && (x.lower === 'and' || x.lower === 'or') && !x.cap) ? 2 : 0;
  const y = toks[a.t1 + 1];
  return x.t === ',' && y.kind === K.Word && !y.cap && (y.lower === 'and' || y.lower === 'or') ? 2 : 0;
}

/** The type a candidate of the list names on its own: a strong candidate's, or the document's strong type for it. */
function typeOf(st: DocState, c: ECand): EntityType | null {
  if (!c.weak && (c.type === 'person' || c.type === 'organization' || c.type === 'place')) return c.type;
  if (c.type === 'unknown' || c.weak) return st.strongType.get(c.canonical.toLowerCase()) ?? null;
  return null;
}

const NOUN_TAGS = /^(?:Noun|Singular|Plural|Uncountable)$/;
/** A lower-case noun right after the list, which the names only modify (`Scott and Polk counties`, `the Fox and CNN
 *  morning shows`): the conjuncts need not be names of one kind. */
function headAfter(st: DocState, toks: Tok[], c: ECand): boolean {
  const t = toks[c.t1];
  if (!t || t.kind !== K.Word || t.cap || t.s - toks[c.t1 - 1].e !== 1) return false;
  const l = t.lower;
  if (l.includes('-')) return true; // (a compound noun: `Supernatural co-stars`)
  const one = l.endsWith('ies') ? l.slice(0, -3) + 'y' : l.endsWith('s') ? l.slice(0, -1) : l;
  const lex = st.lex;
  return NOUN_TAGS.test(lex.common.get(l) ?? '') || lex.orgHeads.has(one) || lex.placeHeads.has(one) || lex.roleNouns.has(one) || lex.roleNouns.has(l);
}

/** The one type of the typed conjuncts of the list candidate `ci` stands in, or null (no list, no typed conjunct, or
 *  conjuncts of two types). */
export function coordinatedType(st: DocState, toks: Tok[], ents: ECand[], ci: number): EntityType | null {
  let found: EntityType | null = null;
  let conj = false;
  let n = 1;
  let mixed = false;
  const see = (k: number): void => {
    const t = typeOf(st, ents[k]);
    if (t && found && t !== found) mixed = true;
    if (t) found = t;
  };
  for (let k = ci; k > 0; k--) {
    const l = link(toks, ents[k - 1], ents[k]);
    if (!l) break;
    if (l === 2) conj = true;
    n++;
    see(k - 1);
  }
  let last = ci;
  for (let k = ci; k + 1 < ents.length; k++) {
    const l = link(toks, ents[k], ents[k + 1]);
    if (!l) break;
    if (l === 2) conj = true;
    n++;
    see(k + 1);
    last = k + 1;
  }
  if (headAfter(st, toks, ents[last])) return null;
  return (conj || n >= 3) && !mixed ? found : null;
}
