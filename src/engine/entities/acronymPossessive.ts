// An unknown acronym's possessive with its apostrophe stripped (`QWRBs poll found`, `as QWRBs anchor put it`): the
// acronym names an organisation as firmly as `QWRB's poll` does (see acronym.ts `acronymActsAsOrg`). The name is the
// acronym without the `s`. Not a plural (`super PACs`, `the NGOs report`, `many LLMs`: pluralAcronym.ts and a
// determiner before it), nor a common noun written in capitals (`CEOs`, `MPs`).
import { K, type Tok } from '../tokens';
import { lexicon } from '../lexicon';
import { NOT_ORG_ACRONYMS, ROMAN, gazType } from './words';
import type { Classified } from './classify';
import { pluralAcronym } from './pluralAcronym';
import { plain } from '../plainPattern';

/** Two to five capitals and a lower-case `s`. */
const SHAPE = plain(String.raw`^\p{Lu}{2,5}s$`, 'u');
/** Words before a plural (`the NGOs`, `these PACs`): a possessive of a name rarely follows them. */
const PLURAL_BEFORE = /^(?:the|these|those|some|many|most|all|several|other|such|few|both|more|no|any)$/;
/** Endings of a participle or an adjective the lexicon may not know (`stationed`, `active`, `available`, `famous`). */
const DESCRIBING = /^[a-z]{3,}(?:[^e]ed|ive|ble|ous|ful)$/;
/** Prepositions that open where or with whom members are (no `of`: it follows a possessed noun, `KVRs handling of`). */
const PLACE_PREP = /^(?:on|in|at|near|across|along|around|throughout|inside|outside|beside|behind|within|under|over|from|with|by|into|onto|toward|towards|among|between|to)$/;

/** A word that describes members before a phrase led by a preposition (`BATs active on the river`, `QRTs stationed
 *  near the quay`): the capitals are a plural of members, no possessive (`ZPWs report on` owns a noun). Reads two
 *  words. */
function describedPlural(toks: Tok[], a: number): boolean {
  const w = toks[a + 1];
  const p = toks[a + 2];
  if (!DESCRIBING.test(w.lower) || lexicon().common.has(w.lower)) return false;
  return !!p && p.kind === K.Word && PLACE_PREP.test(p.lower);
}

/** The acronym when the one-word candidate at `a` is an acronym's stripped possessive before a lower-case word it
 *  owns (no adjective), else null. */
export function acronymPossessive(toks: Tok[], a: number): string | null {
  const t = toks[a];
  if (!SHAPE.test(t.t)) return null;
  const base = t.t.slice(0, -1);
  if (NOT_ORG_ACRONYMS.has(base) || NOT_ORG_ACRONYMS.has(t.t) || ROMAN.test(base)) return null;
  const next = toks[a + 1];
  if (!next || next.kind !== K.Word || next.cap || next.s !== t.e + 1) return null;
  // (An adjective after it describes a plural as often as it opens what a possessive owns: `QWRBs tight budget`.)
  if (lexicon().common.get(next.lower.split('-', 1)[0]) === 'Adjective' || describedPlural(toks, a)) return null;
  const prev = toks[a - 1];
  if (prev && prev.kind === K.Word && PLURAL_BEFORE.test(prev.lower)) return null;
  return pluralAcronym(toks, a) ? null : base;
}

/** The class of such a candidate: what the gazetteer calls the acronym, else an organisation; named without the `s`. */
export function acronymOwner(t: Tok): Classified {
  const base = t.t.slice(0, -1);
  return { type: gazType(base.toLowerCase()) ?? 'organization', canonical: base, weak: false, possBase: null };
}
