// An outlet named by its masthead word with the apostrophe of its possessive stripped (issue 12, round 21, branch
// h-outlets22): `the Harbor Dailys report`, `the Delmar Presss tally`, `The Coastline Timess Ivo Marsh`. The run reads as
// a person's name (`Harbor Dailys`) or swallows the reporter after it (`Harbor Dailys Tomas Reyk`). The masthead word
// with `s` is the outlet's possessive: `Dailys`, `Timess`, `Presss`, `Newss` are no plural of anything; `Posts`,
// `Journals`, `Reviews` and the like may be plurals (`trading posts`), so they need an owned noun or a reporter's name
// after them. The names `News`, `Times` themselves are no possessive.
import { isFirstName, lexicon } from '../lexicon';
import { K, type Tok } from '../tokens';
import type { Classified } from './classify';

/** Masthead words whose form in `s` is only a possessive. */
const FIRM = new Set(['Dailys', 'Timess', 'Presss', 'Newss']);
/** Masthead words whose form in `s` may also be a plural. */
const PLURAL_TOO = new Set(['Posts', 'Journals', 'Heralds', 'Tribunes', 'Gazettes', 'Globes', 'Chronicles', 'Reviews', 'Observers',
  'Examiners', 'Inquirers', 'Telegraphs', 'Registers', 'Monitors', 'Bulletins', 'Courants']);
/** Lexicon tags of a word a possessive does not own (a verb, a preposition, ...). */
const NOT_OWNED = /Tense|Infinitive|Modal|Copula|Adverb|Conjunction|Preposition|Determiner|Pronoun|Gerund|Negative/;
/** Capitalised words of a name (letters, an inner hyphen or period). */
const NAME_WORD = /^[A-Z][A-Za-z.-]*$/;

/** `firm`, `plural` or null: what the token at `k` is as a masthead word's stripped possessive. */
function mastheadPossessive(t: Tok | undefined): 'firm' | 'plural' | null {
  if (!t || t.kind !== K.Word) return null;
  return FIRM.has(t.t) ? 'firm' : PLURAL_TOO.has(t.t) ? 'plural' : null;
}

/** A lower-case word right after token `b - 1` that a possessive can own (a noun or an adjective, no verb). */
function ownedAfter(toks: Tok[], b: number): boolean {
  const t = toks[b];
  if (!t || t.kind !== K.Word || t.cap || t.s !== toks[b - 1].e + 1) return false;
  return !NOT_OWNED.test(lexicon().common.get(t.lower) ?? '');
}

/** The words [a, k) before the masthead word: none or up to three capitalised name words, after an optional `the`. */
function ownerWords(toks: Tok[], a: number, k: number): number {
  const f = toks[a]?.lower === 'the' ? a + 1 : a;
  if (k - f > 3) return -1;
  for (let j = f; j < k; j++) if (!toks[j].cap || !NAME_WORD.test(toks[j].t)) return -1;
  return f;
}

/** Where the run [a, b) holds a masthead word's possessive followed by a reporter's name of two to four capitalised
 *  words (`Harbor Dailys Tomas Reyk`, `the Posts Ruth Alden`): the index after the possessive, or -1. A masthead word
 *  that may be a plural splits only before a known first name. */
export function mastheadSplit(toks: Tok[], a: number, b: number): number {
  for (let k = a; k < b - 2 && k < a + 5; k++) {
    const m = mastheadPossessive(toks[k]);
    const f = m ? ownerWords(toks, a, k) : -1;
    if (f < 0 || b - k - 1 > 4) continue;
    // (Alone, `Posts Ruth Alden`, only after `the`; a possible plural only before a known first name.)
    if ((f === k && toks[k - 1]?.lower !== 'the') || (m === 'plural' && !isFirstName(toks[k + 1].lower))) continue;
    for (let j = k + 1; j < b; j++) if (!toks[j].cap) return -1;
    return k + 1;
  }
  return -1;
}

/** The outlet a run ending in a masthead word's possessive names (`Harbor Dailys report`, `Harbor Dailys` before its
 *  reporter's name: the organisation `Harbor Daily`), else null. Alone (`the Timess coverage`) only after `the`; a
 *  masthead word that may be a plural needs a noun or an adjective it owns after it, or a known first name. */
export function mastheadOwner(toks: Tok[], a: number, b: number): Classified | null {
  const m = mastheadPossessive(toks[b - 1]);
  if (!m) return null;
  const f = ownerWords(toks, a, b - 1);
  if (f < 0) return null;
  const alone = f === b - 1;
  if (alone && toks[f - 1]?.lower !== 'the') return null;
  const next = toks[b];
  const nameAfter = !!next && next.kind === K.Word && next.cap && next.s === toks[b - 1].e + 1;
  if (m === 'plural' && !(ownedAfter(toks, b) || (nameAfter && isFirstName(next.lower)))) return null;
  const words = toks.slice(f, b).map((t) => t.t);
  words[words.length - 1] = words[words.length - 1].slice(0, -1);
  return { type: 'organization', canonical: words.join(' '), weak: false, possBase: null };
}
