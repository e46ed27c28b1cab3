// `and` inside a capitalised run: one name (`Fish and Wildlife Service`) or two (`the Navy and the FBI`); split from
// entities.ts, whose run splitter calls it.
import { cityKind } from '../gazetteer';
import { lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import { gazType, isInstitution, joinKey, knownProper, titledBothSides, titledPersonBefore } from './words';

/** Whether `and` at token `i` joins the run [start, b), which has a head word or a title before it, into one name. */
export function andJoinsHeaded(toks: Tok[], start: number, i: number, b: number): boolean {
  const lex = lexicon();
  const nx = toks[i + 1];
  if (!nx || knownProper(nx.lower) || gazType(nx.lower) || titledBothSides(toks, start, i) || titledPersonBefore(toks, start, i, b)) return false;
  // Two names joined by `and`: the left one is complete when it ends in an organisation head or a known place
  // (`Wikimedia Foundation and Creative Commons`, `University of California and Columbia University`), or when the
  // right one starts with `the` and has a head of its own (`the African Union and the European Union`).
  // (A head with its abbreviation's dot counts: `Quarvo Group Inc. and Teller LLC`.)
  const prevLow = toks[i - 1].lower.endsWith('.') ? toks[i - 1].lower.slice(0, -1) : toks[i - 1].lower;
  if (i - start >= 2 && (lex.orgHeads.has(prevLow) || gazType(prevLow) === 'place' || cityKind(prevLow) === 1)) return false;
  // The right one is complete when the rest of the run is a name the lists know whole (`Quinlan and Fox News`): two
  // names. (A whole entry across the `and`, `Bosnia and Herzegovina`, is licensed by the caller.)
  if (b - (i + 1) >= 2 && b - (i + 1) <= 4 && gazType(joinKey(toks, i + 1, b))) return false;
  if (nx.lower === 'the') {
    for (let k = i + 2; k < b; k++) if (lex.orgHeads.has(toks[k].lower)) return false;
    // (`the Navy and the FBI`, `Congress and the Dunmore Assembly`: a name known alone on either side is complete;
    // `Society for Science and the Public` stays whole.)
    if (toks[i + 2] && (isInstitution(joinKey(toks, start, i)) || isInstitution(toks[i + 2].lower))) return false;
  }
  return true;
}
