// `Vell denounced Brills remarks` after `Tom Brill`: a one-word name in `s` before a speech cue that is also a plural
// noun (`remarks`, `claims`, `comments`) reads, as written, as a person `Brills` who remarks — the entity classifier
// keeps no possessive before a speech cue (`Laura Simons says`). With its apostrophe stripped it is the possessive of a
// person the document names (`Brill's remarks`): the mention links to that person (and, owning a noun, is no subject
// that speaks). Only when the word in `s` names no person of the document itself (`Jo Simons` keeps `Simons claims`)
// and no article or quantifier precedes it (`the Brills claims`: a family).
import type { ECand } from '../entities';
import { possessiveBase } from '../entities/words';
import { K, type Tok } from '../tokens';

/** Speech cues in `s` that are also plural nouns a possessive owns. */
const NOUN_CUES: ReadonlySet<string> = new Set([
  'remarks', 'claims', 'comments', 'promises', 'estimates', 'reports', 'pledges', 'vows', 'notes', 'jokes',
]);
const GROUP_BEFORE = /^(?:the|a|an|most|many|some|all|these|those|other|both)$/;

/** The person's name (the word without its `s`) when candidate `c` is such a possessive, else null. `personFull`: the
 *  document's person names by lower-case surname (compared whole from one analysis to the next). */
export function cuedPossessive(toks: Tok[], c: ECand, personFull: ReadonlyMap<string, string>): string | null {
  if (c.t1 - c.t0 !== 1 || c.possBase || c.title) return null;
  const t = toks[c.t0];
  const n = toks[c.t1];
  if (!n || n.kind !== K.Word || n.cap || n.s !== t.e + 1 || !NOUN_CUES.has(n.lower)) return null;
  if (GROUP_BEFORE.test(toks[c.t0 - 1]?.lower ?? '')) return null;
  const base = possessiveBase(t);
  if (!base || personFull.has(t.lower) || !personFull.has(base.toLowerCase())) return null;
  return base;
}

/** Whether the mention `s`..`e`, read as the name `canonical`, is written as its possessive with the apostrophe
 *  stripped (`Brills` for `Brill`, `Tom Brills` for `Tom Brill`): the name's last word and an `s`. */
export function writtenPossessive(text: string, s: number, e: number, canonical: string): boolean {
  if (text.charCodeAt(e - 1) !== 115 || canonical.endsWith('s')) return false;
  const last = canonical.slice(canonical.lastIndexOf(' ') + 1);
  const from = e - 1 - last.length;
  return from >= s && (from === s || text.charCodeAt(from - 1) === 32) && text.slice(from, e - 1) === last;
}

/** Whether the mention owns the speech cue after it (`Brills remarks`): a stripped possessive before a cue that is
 *  also a plural noun, so the name does not speak there. */
export function ownsCueNoun(text: string, s: number, e: number, canonical: string): boolean {
  if (!writtenPossessive(text, s, e, canonical)) return false;
  const m = /^ ([a-z]+)/.exec(text.slice(e, e + 12));
  return !!m && NOUN_CUES.has(m[1]);
}
