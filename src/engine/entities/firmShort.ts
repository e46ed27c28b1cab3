// A firm's short name (issue 12, seventeenth round): a document that names `Quillmore Partners` or `Vessant Capital
// Group` in full then writes `Quillmore` / `Vessant` alone (`joined Quillmore`, `Quillmore earned`), and an unknown
// word alone before a verb reads as a person. The full name, an organisation, makes its opening words the
// organisation's short name for the document (they type the bare mentions the rules left weak or untyped, as any strong
// reading of a name does: `confirmWeak` in passes/names.ts). A person of that surname in full still wins there.
import { lexicon } from '../lexicon';
import { gazType } from './words';
import type { Tok } from '../tokens';
import type { ECand } from '../entities';
import { plain } from '../plainPattern';

const LETTERS_ONLY = plain(String.raw`^\p{L}+$`, 'u');

const NOT_PERSON = new Set(['organization', 'place']);

/** Words that end a firm's registered name and are dropped in its short form (`Partners`, `Capital`, `Inc`). */
const FIRM_SUFFIX = new Set(['partners', 'capital', 'group', 'holdings', 'inc', 'corp', 'co', 'llc', 'lp', 'ltd', 'plc',
  'limited', 'corporation', 'company', 'associates', 'industries', 'technologies', 'pharmaceuticals', 'securities',
  'investments', 'management', 'advisors', 'advisers', 'enterprises', 'brands', 'labs', 'systems', 'communications']);

/**
 * The lower-case short name of the organisation in tokens [a, b), or null: one or two capitalised words (no common word,
 * first name, place or title; not in capitals) followed only by firm suffixes (`Quillmore Partners`, `Dane Ostrow
 * Capital Management` → `dane ostrow`). Constant work: at most five tokens are read.
 */
export function firmShortName(toks: Tok[], a: number, b: number): string | null {
  if (b - a < 2 || b - a > 5) return null;
  let k = b;
  while (k > a && FIRM_SUFFIX.has(toks[k - 1].lower.replace(/\.$/, ''))) k--;
  if (k === b || k === a || k - a > 2) return null;
  const lex = lexicon();
  for (let i = a; i < k; i++) {
    const w = toks[i];
    if (!w.cap || w.t.length < 3 || w.t === w.t.toUpperCase() || !LETTERS_ONLY.test(w.t)) return null;
    if (lex.common.has(w.lower) || lex.maleNames.has(w.lower) || lex.femaleNames.has(w.lower) || lex.firstNames.has(w.lower)
      || lex.orgHeads.has(w.lower) || lex.placeHeads.has(w.lower) || lex.demonyms.has(w.lower) || lex.honorifics.has(w.lower)) return null;
  }
  const key = toks.slice(a, k).map((t) => t.lower).join(' ');
  return gazType(key) ? null : key;
}

/** A one-word person (`Quillmore earned`: an unknown word before a verb) whose word the document first names as a firm's
 *  short name is no person: it leaves the surname map, so its weak mentions take the organisation. A person named in
 *  full (`Ann Quillmore`) stays. Work linear in the map. */
export function firmPersonsDropped(personFull: Map<string, string>, strongType: Map<string, string>): void {
  for (const [sur, full] of personFull) if (NOT_PERSON.has(strongType.get(sur) ?? '') && !/\s/.test(full)) personFull.delete(sur);
}

/** A one-word person with no title and no speech cue after it whose word the document names as a firm's short name
 *  (and as no person in full): the organisation (`For that work Quillmore earned` after `Quillmore Partners`). */
export function firmNotPerson(c: ECand, low: string, personFull: Map<string, string>, strongType: Map<string, string>): 'organization' | 'place' | null {
  const t = strongType.get(low);
  return c.t1 - c.t0 === 1 && !c.title && !c.cueAfter && !c.possBase && (t === 'organization' || t === 'place') && !personFull.has(low) ? t : null;
}
