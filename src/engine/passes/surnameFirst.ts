// Names written surname first (issue 12, eighteenth round): `Tao Weiran` is later `Mr. Tao`, `Park Soo Min` later
// `Ms. Park`. The names pass links a bare surname to the fullest name ending in it; an honorific before the first word
// of a full name links to that name instead, when no full name in the document ends in that word.
import type { DocState } from './state';
import { nx } from './names';
import { plain } from '../plainPattern';
import { isFirstName } from '../lexicon';
import { isKnownPlace } from '../gazetteer';
import { isCommonWordFirstName } from '../entities/words';
import { Read, logRead } from './namesKept';

const LETTERS_2 = plain(String.raw`^\p{L}{2,}$`, 'u');

/** Honorifics that go before a surname only (`Mr. Tao`), never before a given name. */
const SURNAME_HONORIFICS = /^(?:mr|mrs|ms|miss|mme|mlle)\.?$/;

/** First word (lower case) → the full name of two or three words it opens, once per document; '' when two names share it. */
function firstWords(st: DocState): Map<string, string> {
  if (st.personFirst) return st.personFirst;
  const m = new Map<string, string>();
  for (const full of st.personFull.values()) {
    const x = nx(full);
    if (x.words < 2 || x.words > 3) continue;
    const first = x.low.split(/\s+/)[0];
    if (!LETTERS_2.test(first)) continue;
    const prev = m.get(first);
    m.set(first, prev === undefined || prev === full ? full : '');
  }
  st.personFirst = m;
  return m;
}

/** The full name a titled one-word name (`Mr. Tao`) stands for when it is that name's first word, or null. */
export function surnameFirstFull(st: DocState, word: string, title: string | null): string | null {
  if (!title || !SURNAME_HONORIFICS.test(title.trim().toLowerCase())) return null;
  const low = word.toLowerCase();
  const own = st.personFull.get(low);
  if (own !== undefined && nx(own).spaced) return null; // `Mr. Tao` after `Li Tao`: the surname link stands
  return firstWords(st).get(low) || null;
}

/** The full name a lone first name stands for (`Marla` after `Marla Dalworth`, `the Marla`): the one full name of
 *  two or three words the document opens with that word, when no full name ends in it (`Dorn` after `Lee Dorn`
 *  keeps the surname link); else null. The word is a known first name (also one the lexicon knows as a common word),
 *  or a word no list knows opening a two-word name whose surname the document also writes alone, twice or more
 *  (`Melka` after `Melka Varrow` and `Varrow` twice; not `Union` after a heading misread as `Union Triumphant`). Reads
 *  `personFull`, which the kept names answers compare whole, and one count by key, recorded. */
export function firstNameFull(st: DocState, low: string): string | null {
  const own = st.personFull.get(low);
  if (own !== undefined && nx(own).spaced) return null;
  const full = firstWords(st).get(low);
  if (!full) return null;
  if (isFirstName(low) || isCommonWordFirstName(low)) return full; // (`Frank`, `Hope`: entities/words.ts)
  if (st.lex.common.has(low) || st.lex.demonyms.has(low) || st.lex.demonymPlurals.has(low) || isKnownPlace(low)) return null;
  if (nx(full).words !== 2) return null; // (`Floridians Melka Varrow`, a run misread as one name)
  const sur = nx(full).sur;
  const n = st.oneWordCount.get(sur) ?? 0;
  logRead(st, Read.OneWord, sur, n > 1 ? 1 : 0);
  return n > 1 ? full : null;
}
