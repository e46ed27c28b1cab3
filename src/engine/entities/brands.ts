// Firms and brands shaped like people or places (issue 12, seventeenth round, branch h-firms14). A firm's registered
// name ends in an abbreviated legal suffix with its period (`Vessant Inc.`, `Harlow Motor Co.`), which the lexicon's
// heads (`inc`, `corp`) did not match; a firm's suffix word alone (`Corporation`, `International`) is no person; and a
// brand written as a possessive names the firm or the venue it heads (`Dalby's International`, `Orrin's Stadium`),
// where a first name before `'s` split it into a person and a stray word.
import { K, type Tok } from '../tokens';
import { gazType, isNameTok } from './words';

/** Abbreviated legal suffixes that close a firm's name (lower case, as tokenised: `Inc.` keeps its period). */
const FIRM_ABBREV = new Set(['inc', 'inc.', 'corp', 'corp.', 'co.', 'cos.', 'ltd', 'ltd.', 'llc', 'llc.', 'plc', 'bros.']);
/** Words that close a firm's name and never a person's (`Dalby's International`, `the Orrin Group`). */
const FIRM_WORDS = new Set(['international', 'group', 'holdings', 'corporation', 'incorporated', 'enterprises',
  'industries', 'limited']);
/** Heads of a venue a brand names (`Orrin's Stadium`, `Dalby's Restaurant`). */
const VENUE_WORDS = new Set(['stadium', 'arena', 'ballpark', 'restaurant', 'cafe', 'café', 'grill', 'diner', 'pub',
  'tavern', 'bakery', 'store']);

const isPoss = (t: Tok | undefined): boolean => !!t && (t.t === "'s" || t.t === '’s');

/**
 * The type of the run [a, b) when its shape names a firm or a brand's venue, or null: two words or more closed by an
 * abbreviated legal suffix (`Vessant Inc.`; not `Corlin Co.` after a known place, a county), two words or more closed
 * by `International` after no known place (`Dulles International` is an airport); or one capitalised word, `'s` and a
 * firm word (`Dalby's International`: organisation) or a venue head (`Orrin's Stadium`: place). Constant work.
 */
export function brandRunType(toks: Tok[], a: number, b: number): 'organization' | 'place' | null {
  const n = b - a;
  if (n < 2) return null;
  const last = toks[b - 1].lower;
  if (n === 3 && isPoss(toks[a + 1]) && toks[a].cap) {
    if (FIRM_WORDS.has(last) || FIRM_ABBREV.has(last)) return 'organization';
    if (VENUE_WORDS.has(last)) return 'place';
    return null;
  }
  const firstPlace = gazType(toks[a].lower) === 'place';
  if (FIRM_ABBREV.has(last)) return last === 'co.' && firstPlace ? null : 'organization';
  if (last === 'international' && !firstPlace) return 'organization';
  return null;
}

/** Whether the `'s` at token `i` of the run opened at `start` (and ending before `b`) joins a brand's name: one
 *  capitalised word no gazetteer knows before it, one capitalised firm word or venue head after it, the run's end
 *  (`Dalby's International said`, `at Orrin's Stadium`). */
export function brandPossessive(toks: Tok[], start: number, i: number, b: number): boolean {
  if (i !== start + 1 || b !== i + 2) return false;
  const owner = toks[start];
  const head = toks[i + 1];
  if (!isNameTok(owner) || !owner.cap || head.kind !== K.Word || !head.cap || gazType(owner.lower)) return false;
  return FIRM_WORDS.has(head.lower) || VENUE_WORDS.has(head.lower) || FIRM_ABBREV.has(head.lower);
}

/** A one-word run that is a firm's suffix (`Corporation`, `International`, `Holdings`, `Inc.`) names no person. */
export function loneFirmWord(toks: Tok[], a: number, b: number): boolean {
  return b - a === 1 && (FIRM_WORDS.has(toks[a].lower) || FIRM_ABBREV.has(toks[a].lower));
}
