// Capitalised common words alone that act as a clause's subject where the mid-sentence rule (`classify.ts`,
// `surnameShaped`) and the sentence-opening rule (`entities.ts`, before a verb) leave them out: after a comma and before
// a finite verb (`When pressed, Marsh backed down.`), and opening a sentence before `, who` or a speech cue (`Marsh,
// who ran twice, ...`, `Fields said she would wait.`). Such a word is a candidate surname only: the names pass keeps it
// as a person where the document names someone in full with that surname (`Ada Marsh`). Without it a `he` or `she`
// after the sentence finds no antecedent there, and takes an earlier, wrong one or none.
import { lexicon, FUNCTION_WORDS, SPEECH_CUES, STRIPPED_CONTRACTIONS } from '../lexicon';
import { K, type Tok } from '../tokens';
import { CAPITALISED_3 } from '../wordShapes';
import { isCoreTitle } from './words';

/** Lexicon tags of a common word that may also be a surname here (`Fields`, `Marsh`, `Jolly`, `Deacon`). */
const SURNAME_LIKE = /^(?:Noun|Singular|Plural|Uncountable|Adjective|Actor|Comparative|Currency)$/;
/** Lexicon tags of a finite verb after the word (`Marsh doubts`, `Marsh fought`, `Marsh was`, `Marsh will`). */
const FINITE = /^(?:PastTense|PresentTense|Copula|Modal)$/;
/** Party words and plural nouns for people that open clauses as common words (`Republicans, who ...`). */
const NEVER = new Set(['republican', 'democrat', 'democratic', 'conservative', 'liberal', 'independent', 'progressive', 'federal',
  'national', 'officials', 'experts', 'critics', 'voters', 'police', 'democrats', 'republicans', 'people', 'others', 'many', 'most']);

function surnameLike(t: Tok): boolean {
  if (!CAPITALISED_3.test(t.t) || FUNCTION_WORDS.has(t.lower) || STRIPPED_CONTRACTIONS.has(t.lower) || NEVER.has(t.lower)) return false;
  const lex = lexicon();
  return !lex.demonyms.has(t.lower) && SURNAME_LIKE.test(lex.common.get(t.lower) ?? '');
}

/** `..., Marsh backed down`: the one capitalised word at `a`, after a comma, before a finite verb that is no speech cue
 *  (next to a speech cue the clause finders make the speaker of a bare word themselves: `, Marsh said`). */
export function commaSurname(toks: Tok[], a: number): boolean {
  const t = toks[a];
  const n = toks[a + 1];
  if (t.initial || toks[a - 1]?.t !== ',' || !surnameLike(t) || !n || n.s - t.e !== 1) return false;
  return n.kind === K.Word && !n.cap && !SPEECH_CUES.has(n.lower) && FINITE.test(lexicon().common.get(n.lower) ?? '');
}

/** `Marsh, who ran twice, ...`, `Fields said she ...`: the one capitalised word at `a`, opening the paragraph or a
 *  sentence after its end mark (not a word after a closing quotation mark: `"...," Marsh said` is the clause
 *  finders' speaker, which a surname candidate would no longer be), before `, who`, an appositive role (`Marsh, the
 *  governor, spoke ...`, twenty-eighth round) or a speech cue. */
export function openingSurname(toks: Tok[], a: number): boolean {
  const t = toks[a];
  const p = toks[a - 1];
  if (!t.initial || (p && !/^[.!?]$/.test(p.t)) || !surnameLike(t)) return false;
  const n = toks[a + 1];
  if (n?.t === ',' && (toks[a + 2]?.lower === 'who' || roleAppositive(toks, a + 2))) return true;
  // (Before a cue only a plural noun (`Fields said`): the slot finder, `paragraph/slotNames.ts`, makes any other common
  // word there a person itself, also with no full name in the document, and a plural noun a group.)
  return !!n && n.s - t.e === 1 && SPEECH_CUES.has(n.lower) && lexicon().common.get(t.lower) === 'Plural';
}

/** Articles that open an appositive role (`, the governor,`, `, a deputy mayor,`). */
const APPOSITIVE_ARTICLES = new Set(['the', 'a', 'an']);
/** At most this many words after the article, the role noun last. */
const APPOSITIVE_WORDS = 4;
/** `Marsh, the governor, spoke ...`: from token `k`, an article, at most APPOSITIVE_WORDS lower-case words ending in
 *  a role noun (`governor`, `state treasurer`), and a comma: the appositive that says the word before it is a person. */
function roleAppositive(toks: Tok[], k: number): boolean {
  if (!APPOSITIVE_ARTICLES.has(toks[k]?.lower ?? '')) return false;
  const lex = lexicon();
  for (let j = k + 1; j < toks.length && j <= k + APPOSITIVE_WORDS; j++) {
    const t = toks[j];
    if (t.kind !== K.Word || t.cap) return false;
    if (toks[j + 1]?.t === ',') return lex.roleNouns.has(t.lower) || isCoreTitle(t.lower);
  }
  return false;
}
