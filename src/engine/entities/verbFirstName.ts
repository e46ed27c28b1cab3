// People whose first name is also a verb (issue 12, round 25, branch h-ents26): `Rush Dalworth`, `Will Dalworth`.
// The lexicon knows `rush` and `will` only as a verb form, so the name lists miss them; a sentence-initial one was
// dropped as a word capitalised by position (`Rush Dalworth told ...` gave `Dalworth`) and a mid-sentence one left a
// weak run the document rarely confirmed (`The lawyer Rush Dalworth mocked ...` gave nothing). The evidence here is the
// capital itself mid-sentence (a verb is not capitalised there), or at a sentence's start a finite verb right after
// the two words (`Will Dalworth told`, not the question `Will Dalworth win?` nor `Let Dalworth speak`). The second
// word must be shaped like a surname and known to no list as a common word, a place, a head or a title.
// Also a modifier glued by a hyphen (`Varrow-linked`, `Iran-backed`, `Texas-based`) opens no name: it is dropped.
import { FUNCTION_WORDS, SPEECH_CUES, STRIPPED_CONTRACTIONS, isFirstName, lexicon } from '../lexicon';
import { K, type Tok } from '../tokens';
import { plain } from '../plainPattern';
import { gazType, isTitleWord } from './words';

/** Lexicon tags of a word known only as a verb's base form or a modal (`rush`, `will`, `bud`). */
const VERB_TAGS = /^(?:Infinitive|Modal)$/;
/** Tags of a finite verb after the name (`told`, `says`, `is`). */
const FINITE = /^(?:PastTense|PresentTense|Copula)$/;
const CAP_WORD = plain(String.raw`^\p{Lu}\p{Ll}+$`, 'u');
const SURNAME = plain(String.raw`^\p{Lu}(?:\p{Ll}+['’]?\p{Lu}?)?\p{Ll}+(?:-\p{L}+)?$`, 'u');

/** Whether tokens [a, b) are a verb-form first name and a surname (see above). `titleCase`: a headline in title case,
 *  where every word is capitalised by style (never). */
export function verbFirstNameRun(toks: Tok[], a: number, b: number, titleCase: boolean): boolean {
  if (b - a !== 2 || titleCase) return false;
  const f = toks[a];
  const s = toks[a + 1];
  const lex = lexicon();
  if (!CAP_WORD.test(f.t) || isFirstName(f.lower) || !VERB_TAGS.test(lex.common.get(f.lower) ?? '')) return false;
  // (Four letters at least, and no stripped contraction: not `Club Med`, `Think Ive got`.)
  if (s.t.length < 4 || STRIPPED_CONTRACTIONS.has(s.lower) || !SURNAME.test(s.t) || lex.common.has(s.lower) || lex.demonyms.has(s.lower) || lex.placeHeads.has(s.lower) || lex.orgHeads.has(s.lower)
    || lex.eventHeads.has(s.lower) || gazType(s.lower) || FUNCTION_WORDS.has(s.lower) || isTitleWord(s.lower)) return false;
  // (The plural of a common noun is no surname: `Will Voters`.)
  if (s.lower.endsWith('s') && lex.common.has(s.lower.slice(0, -1))) return false;
  const nx = toks[b];
  const finiteAfter = !!nx && nx.kind === K.Word && !nx.cap && nx.s - s.e === 1 && (SPEECH_CUES.has(nx.lower) || nx.lower === 'has' || nx.lower === 'had' || FINITE.test(lex.common.get(nx.lower) ?? ''));
  if (f.initial) return finiteAfter;
  // Mid-sentence, also after a role noun or a title (`the lawyer Rush Dalworth`, `host Will Pardrey`) or before a
  // clause's end (`, said Rush Dalworth.`), but not before a phrase it governs (`will Rush Voters to the booths`).
  const pv = toks[a - 1];
  return finiteAfter || (!!pv && pv.kind === K.Word && (lex.roleNouns.has(pv.lower) || isTitleWord(pv.lower))) || !nx || CLAUSE_END.has(nx.t);
}

/** Punctuation that closes a clause after a name. */
const CLAUSE_END: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', ')', '—', '–']);

/** Lower-case participles and adjectives that a hyphen glues to a name to make a modifier (`Iran-backed`). */
const GLUED_MODIFIERS: ReadonlySet<string> = new Set(['linked', 'backed', 'based', 'led', 'owned', 'funded', 'allied', 'affiliated', 'aligned',
  'inspired', 'controlled', 'run', 'sponsored', 'supported', 'dominated', 'occupied', 'held', 'born', 'made', 'style', 'friendly', 'leaning']);
const GLUED = plain(String.raw`^\p{Lu}[\p{L}.]*-(\p{Ll}+)$`, 'u');

/** The first token of [a, b) after the last hyphen-glued modifier in it (`Varrow-linked Islamic` → `Islamic`), or a.
 *  (A modifier closing the run is left alone: `Ann Lee-style` still overlaps the name it holds.) */
export function afterGluedModifier(toks: Tok[], a: number, b: number): number {
  let r = a;
  for (let i = a; i < b - 1; i++) {
    const m = GLUED.exec(toks[i].t);
    if (m && GLUED_MODIFIERS.has(m[1])) r = i + 1;
  }
  return r;
}
