// `There was no delay at the pier, said a former harbour official.`: in stripped text a sentence in the narrator's past
// tense before a nominal attribution is more often reported speech than words, so the stripped passes keep such a
// sentence only when it sounds like speech. The verb-first order with an indefinite source (`said a ...`, `added one
// ...`) is the exception: news writes it after words it quotes from an unnamed source and seldom after a paraphrase
// (which takes `a spokesman said` or `according to`). Pure functions of the paragraph's tokens.
import type { Attr } from '../attribution';
import type { Tok } from '../tokens';
import type { ParaData } from './state';
import { upperBound } from './util';

/** Cues that put the verb first before an unnamed source. */
const VERB_FIRST_CUES: ReadonlySet<string> = new Set(['said', 'says', 'added']);
/** Determiners of an indefinite source (`a former official`, `one adviser`). */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** Token `cue` is `said` / `says` / `added` and token `np0`, right after it, opens an indefinite noun phrase. */
export function indefiniteAfterCue(toks: readonly Tok[], cue: number, np0: number): boolean {
  return np0 === cue + 1 && np0 < toks.length && VERB_FIRST_CUES.has(toks[cue].lower) && INDEFINITE.has(toks[np0].lower);
}

/** The same for an inverted attribution to a noun phrase found by the clause finder (`..., said a former official.`). */
export function indefiniteInverted(d: ParaData, at: Attr): boolean {
  if (at.form !== 'inverted' || at.subject.kind !== 'np') return false;
  const c = upperBound(d.toks, at.cueS - 1, (x) => x.s);
  return c < d.toks.length && indefiniteAfterCue(d.toks, c, c + 1);
}
