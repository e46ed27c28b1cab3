// A plural acronym (`super PACs`, `most NGOs`, `the LLMs are`): a common noun written in capitals, no name.
import { lexicon, FUNCTION_WORDS } from '../lexicon';
import { gazType } from './words';
import { K, type Tok } from '../tokens';
import { plain } from '../plainPattern';

/** Capitals and a lower-case `s`: a plural acronym or an acronym's possessive with its apostrophe stripped (`NBCs`). */
const PLURAL_SHAPE = plain(String.raw`^\p{Lu}{2,6}s$`, 'u');
/** Tags of a word that no possessive owns: a verb in the past, a participle, an adverb or a function word after the
 *  acronym (`PACs backed`, `PACs playing`). A word that may be a noun or a verb (`report`, `shares`) is left out: it
 *  follows a stripped possessive as often (`the APs report`). */
const NOT_OWNED = /PastTense|Copula|Modal|Gerund|Participle|Adverb|Conjunction|Preposition|Determiner|QuestionWord|Pronoun/;

/** The word after the acronym is no thing it owns: the end, punctuation, a verb, an adverb, a function word or a
 *  participle (`PACs backing him`, `LLMs rather than`, `NGOs, which`). */
function nothingOwned(t: Tok | undefined): boolean {
  if (!t || t.kind !== K.Word) return true;
  if (t.cap) return false;
  const tag = lexicon().common.get(t.lower) ?? '';
  return NOT_OWNED.test(tag) || FUNCTION_WORDS.has(t.lower) || /^(?:do|does|did|have|has|had)$/.test(t.lower) || /ly$/.test(t.lower);
}

/** `super PACs`, `70 PACs`: an adjective or a number before the acronym counts things, it owns nothing. */
function counted(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.kind === K.Word) return !t.cap && lexicon().common.get(t.lower) === 'Adjective';
  return /^\d[\d,]*$/.test(t.t);
}

/**
 * True when a one-word candidate is an acronym in the plural, a term and no name (`three super PACs backing him`,
 * `the LLMs rather than AI`). An acronym the gazetteer knows keeps its stripped possessive (`CNNs host`, `NATOs allies`);
 * an unknown one is a plural when an adjective or a number comes before it, or nothing it could own comes after it.
 */
export function pluralAcronym(toks: Tok[], a: number): boolean {
  const t = toks[a];
  if (!PLURAL_SHAPE.test(t.t) || gazType(t.t.slice(0, -1).toLowerCase())) return false;
  return counted(toks[a - 1]) || nothingOwned(toks[a + 1]);
}
