// A heading in capitals (issue 12, twentieth round): a paragraph of two to four words, all in capitals, is a section
// head or a kicker (`NOTICE ATTACHED.`, `SHIP'S LOG`), and a run that is the whole line is a name only when one of
// its words is known (a first name, a surname, a gazetteer place or organisation: `DORA VANCE`, `ASSOCIATED PRESS`).
// Reads the paragraph only when the run starts it: at most six tokens.
import { K, type Tok } from '../tokens';
import { gazType, joinKey, knownProper } from './words';
import { plain } from '../plainPattern';

const CAPS_WORD = plain(String.raw`^[\p{Lu}][\p{Lu}'’-]*$`, 'u');

/** True when tokens [a, b) are a whole paragraph of two to four words in capitals, no word of which is known. */
export function capsHeading(toks: Tok[], a: number, b: number): boolean {
  if (a !== 0 || b - a < 2 || b - a > 4 || b < toks.length - 1) return false;
  if (b < toks.length && toks[b].kind === K.Word) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.kind !== K.Word || t.t.length < 2 || !CAPS_WORD.test(t.t) || knownProper(t.lower.replace(/['’]s$/, ''))) return false;
  }
  return !gazType(joinKey(toks, a, b));
}
