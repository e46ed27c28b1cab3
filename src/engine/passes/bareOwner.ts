// A one-word name's stripped possessive whose bare name the document writes (`a Vantrels report` with `on Vantrel`
// elsewhere): the possessive names `Vantrel` when the document has the bare word as a candidate of its own. The
// document-level read goes through `ctxRead` (recorded for the kept answers, namesKept.ts). A common word (`Times`,
// `News`, `Always`), a demonym, a known place, or a name the document places after `in` or `near` is left alone.
import type { EntityType } from '../types';
import type { ECand } from '../entities';
import type { NameContext } from '../entities/typer';
import { gazType } from '../entities/words';
import { FUNCTION_WORDS, STRIPPED_CONTRACTIONS, isFirstName } from '../lexicon';
import { K, type Tok } from '../tokens';
import type { DocState } from './state';
import { ctxRead } from './namesKept';

/** Tags of a word the lexicon reads only as a noun: what the possessive owns (`report`, a verb too, is left out:
 *  `Vantrels report` and `Keepers guard` read alike). */
const NOUN_TAGS = /^(?:Noun|Singular|Plural|Uncountable)$/;
/** Words before a plural (`most Vantrels`, `two Vantrels`): no possessive. */
const COUNTING = /^(?:most|many|some|all|these|those|other|few|several|both|two|three|four|five)$/;
const NAME_WORD = /^[A-Z][a-z]{2,}$/;
/** Family titles used as names (`Nonnas recipe` with `Nonna` alone elsewhere): a relative, no firm. */
const FAMILY_TITLES = new Set(['nonna', 'nonno', 'nana', 'nanna', 'gran', 'grammy', 'gramps', 'mama', 'papa', 'abuela', 'abuelo', 'oma', 'opa',
  'bubbe', 'zayde', 'yiayia', 'papou', 'babcia', 'baba', 'lola', 'lolo', 'auntie', 'aunty', 'mamaw', 'papaw', 'meemaw', 'pawpaw']);

/** A base that is a common word after all: a family title, or a word the lexicon lacks as a noun because it is also a
 *  stripped contraction (`Hell`, he'll: `Hells gates`). */
const commonBase = (low: string): boolean => FAMILY_TITLES.has(low) || STRIPPED_CONTRACTIONS.has(low);

/** The type and name of candidate `c` (a one-word stripped possessive the rules left unknown, its base not yet
 *  confirmed) when the document writes its base alone; else null. A first name gives a person, else an organisation. */
export function bareOwner(st: DocState, toks: Tok[], c: ECand, ctx: ReadonlyMap<string, NameContext> | null): { type: EntityType; canonical: string } | null {
  const base = c.possBase;
  // (Not opening a sentence: `Keepers guard the goal` is a plural as often.)
  if (!ctx || !base || c.type !== 'unknown' || c.t1 - c.t0 !== 1 || !NAME_WORD.test(base) || toks[c.t0].initial) return null;
  const low = base.toLowerCase();
  const lex = st.lex;
  if (lex.common.has(low) || commonBase(low) || lex.demonyms.has(low) || lex.demonymPlurals.has(toks[c.t0].lower) || gazType(low)) return null;
  const n = toks[c.t1];
  if (!n || n.kind !== K.Word || n.cap || n.s !== toks[c.t0].e + 1 || FUNCTION_WORDS.has(n.lower) || !NOUN_TAGS.test(lex.common.get(n.lower) ?? '')) return null;
  const p = toks[c.t0 - 1];
  if (p && (COUNTING.test(p.lower) || /^\d/.test(p.t))) return null;
  const x = ctxRead(st, ctx, low);
  if (!x || x.count < 1 || x.placePrep > 0) return null;
  return { type: isFirstName(low) ? 'person' : 'organization', canonical: base };
}
