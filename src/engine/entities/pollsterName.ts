// A pollster named like a town (issue 12, twenty-third round): `a recent Harlow survey found`, `said Harlow pollster
// Iva Renn`, `Harlow, the polling firm,` — the gazetteers read `Harlow` as a town, the word after it (or the
// appositive) says who polls. A country or a state before `poll` is what the poll is of (`the Ohio poll`, `Iowa
// polls`): it stays a place, and so does a big city (`a Denver survey` may be a survey of Denver).
import { K, type Tok } from '../tokens';
import { inSortedList, isCountryOrState } from '../gazetteer';
import { CITIES_BIG, CITIES_SMALL } from '../data/cities';
import { FUNCTION_WORDS } from '../lexicon';
import { PLACE_PREPS } from './words';

/** Nouns right after a pollster's name (`a Harlow poll`, `Harlow pollster Iva Renn`, `the Harlow polling`). */
const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveys', 'pollster', 'pollsters', 'polling']);
/** Heads of an appositive that name a pollster (`Harlow, a polling firm`, `Harlow, the pollster,`). */
const POLLSTER_HEADS = new Set(['pollster', 'pollsters', 'firm', 'company', 'organization', 'organisation', 'group', 'institute']);
/** Words before such a head that make it a pollster (`polling firm`, `survey company`). */
const POLL_MODIFIERS = new Set(['polling', 'survey', 'opinion', 'research']);

/** `Harlow, a polling firm` / `Harlow, the pollster`: a comma, an article, at most three words ending in a pollster's
 *  head (`pollster`, or a firm word after `polling` / `survey`). */
function pollsterAppositive(toks: readonly Tok[], k: number): boolean {
  if (toks[k + 1]?.t !== ',' || !/^(?:the|a|an)$/.test(toks[k + 2]?.lower ?? '')) return false;
  for (let j = k + 3; j < k + 6 && j < toks.length; j++) {
    const w = toks[j];
    if (w.kind !== K.Word || w.cap || FUNCTION_WORDS.has(w.lower)) return false;
    if (w.lower === 'pollster') return true;
    if (POLLSTER_HEADS.has(w.lower)) return POLL_MODIFIERS.has(toks[j - 1].lower) && j - 1 > k + 2;
  }
  return false;
}

/** Whether the one capitalised word at token `k`, a small town of the gazetteers (no country, state or big city), is a
 *  pollster: a poll word right after it, not after a place preposition (`in Harlow polls`), or a pollster's appositive. */
export function pollsterName(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  if (!t || t.kind !== K.Word || !t.cap || !next) return false;
  const after = next.kind === K.Word && POLL_WORDS.has(next.t) && next.s === t.e + 1 && !PLACE_PREPS.has(toks[k - 1]?.lower ?? '');
  if (!after && !pollsterAppositive(toks, k)) return false;
  const low = t.lower;
  return inSortedList(CITIES_SMALL, low) && !inSortedList(CITIES_BIG, low) && !isCountryOrState(low);
}
