// A name in a title-case headline (issue 12, twenty-sixth round): in `Dalworth Wins As Quill Says Race Was Fair` every word
// is capitalised, so the headline reader keeps only the words a list knows, and a surname no list knows was lost. Such
// a word is now kept as a weak one-word `surname` candidate: the names pass (passes/names.ts `confirmWeak`) makes it a
// person only where the document names someone in full with it (`Marla Dalworth` in the body); otherwise it is no
// entity, as before. Reads one token.
import { K, type Tok } from '../tokens';
import { makeCand, type ECand } from './cand';
import { FUNCTION_WORDS, STRIPPED_CONTRACTIONS, lexicon } from '../lexicon';
import { SURNAME_PARTICLES, gazType, isTitleWord } from './words';
import { plain } from '../plainPattern';

/** A capitalised word of letters (an apostrophe or a hyphen inside), three letters or more. */
const NAME_WORD = plain(String.raw`^\p{Lu}[\p{L}'’-]*\p{L}$`, 'u');

/** Pushes token `i` of a title-case headline as a weak `surname` candidate when no list knows the word. */
export function headlineSurname(toks: Tok[], i: number, out: ECand[]): void {
  const t = toks[i];
  if (t.t.length < 3 || !NAME_WORD.test(t.t)) return;
  const l = t.lower;
  const lex = lexicon();
  if (lex.common.has(l) || FUNCTION_WORDS.has(l) || STRIPPED_CONTRACTIONS.has(l) || lex.demonyms.has(l) || isTitleWord(l) || gazType(l)) return;
  // (Not a word next to another name word, `Alda Venmore`, `Tomas Leo Grell`, `De Quarn`: one part of a name the
  // body writes whole would be a person of its own.)
  if (nameNeighbour(toks[i - 1], t) || nameNeighbour(toks[i + 1], t)) return;
  const c = makeCand(t.s, t.e, 'surname', t.t, i, i + 1);
  c.weak = true;
  out.push(c);
}

/** A capitalised word next to `t` (no gap but a space) that is no common or function word, or a surname particle. */
function nameNeighbour(n: Tok | undefined, t: Tok): boolean {
  if (!n || n.kind !== K.Word || !n.cap || (n.s > t.e ? n.s - t.e : t.s - n.e) > 1) return false;
  const l = n.lower;
  const common = lexicon().common;
  // (A verb's form the lexicon lists by its base is a word too: `Concedes`, `Advised`.)
  const word = common.has(l) || FUNCTION_WORDS.has(l) || (l.endsWith('s') && common.has(l.slice(0, -1))) || (/(?:es|ed)$/.test(l) && common.has(l.slice(0, -2)));
  return SURNAME_PARTICLES.has(l) || !word;
}
