// Author lists of in-text citations: `(Hein, Reich, & Marks, 2016)`, `Carrano and Biewener (2004)`, `Boot et al., 2008`.
// Every name in such a list is a person, even a surname that is a common word (`Laws`, `Marks`) or a city (`Santos`).
import { gazetteer } from '../gazetteer';
import { lexicon, FUNCTION_WORDS, MONTHS, NAME_PARTICLES, WEEKDAYS } from '../lexicon';
import { type ECand, makeCand } from './cand';
import { K, type Tok } from '../tokens';
import { ALL_UPPER } from '../wordShapes';

/** Most names one list is read over (so a long run of commas costs a bounded look-ahead per token). */
const MAX_AUTHORS = 10;
const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

const isYear = (t: Tok | undefined): boolean => !!t && YEAR.test(t.t);
/** How the list ends at `i`: `et al.`, `(2004)`, `, 2016`, a bare `2014`, or not at all. */
function endAt(toks: Tok[], i: number): 'etal' | 'paren' | 'comma' | 'bare' | null {
  const t = toks[i];
  if (!t) return null;
  if (t.lower === 'et' && toks[i + 1] && /^al\.?$/.test(toks[i + 1].lower)) return 'etal';
  if (t.t === '(' && isYear(toks[i + 1])) return 'paren';
  if (t.t === ',' && isYear(toks[i + 1])) return 'comma';
  // A bare year not followed by a lower-case word (`Polio and Gass 1997 argue`: yes; `Euro 2016 tickets`: no).
  if (isYear(t)) { const n = toks[i + 1]; return n && n.kind === K.Word && !n.cap && !/^(and|or)$/.test(n.lower) ? null : 'bare'; }
  return null;
}

/** A surname of the list: one capitalised word, no function word, month, weekday, season, country or known organisation. */
function authorWord(t: Tok | undefined): boolean {
  if (!t || t.kind !== K.Word || !t.cap || t.t.length < 2 || ALL_UPPER.test(t.t) || t.t.endsWith('.')) return false;
  const l = t.lower;
  if (FUNCTION_WORDS.has(l) || MONTHS.has(l) || WEEKDAYS.has(l) || SEASONS.has(l)) return false;
  const gz = gazetteer();
  return !gz.places.has(l) && !gz.orgs.has(l) && !gz.groups.has(l);
}

/** Lower-case nouns of a work right before its title (`the film Harrowgate (2009)`, `his novel Quillmere (1897)`). */
const WORK_NOUNS = new Set(['film', 'movie', 'novel', 'album', 'book', 'play', 'series', 'song', 'documentary', 'opera',
  'musical', 'sitcom', 'poem', 'painting', 'single', 'memoir', 'thriller', 'comedy', 'drama', 'miniseries']);
/** An article or a work noun before the first name: a title of a work before its year (`Evening in the Orchard
 *  (2011)`, `The Keeper (1998)`, `the film Harrowgate (2009)`), not an author list (`Marle (2004)`, `as Marle and
 *  Quist (2004) show`). */
export const titleArticle = (t: Tok | undefined): boolean => !!t && t.kind === K.Word &&
  (t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || (!t.cap && WORK_NOUNS.has(t.lower)));

/**
 * Token ranges [t0, t1) of the authors of in-text citations in a paragraph: capitalised words joined by `,`, `&`,
 * `and` (`, &`, `, and`), ending in `et al.`, a year in parentheses, or `, <year>` when the list opens after `(` or
 * `;` (`(Laws, 2016; Lindsay, 2015)`). With a bare or parenthesised year, the names must be no common words (`the
 * Olympics (2012)` is no citation), unless the list has `&` or several names. Linear: each start reads at most
 * MAX_AUTHORS names.
 */
export function citedAuthors(toks: Tok[]): Array<[number, number]> {
  const lex = lexicon();
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    // (Not the last word of a longer name: `Robert Dahl (1971)`, `van Dijk (2010)` stay whole.)
    const pv = toks[i - 1];
    const nameBefore = !!pv && pv.kind === K.Word && (NAME_PARTICLES.has(pv.lower)
      || (pv.cap && !FUNCTION_WORDS.has(pv.lower) && !(pv.initial && lex.common.has(pv.lower))));
    if (!authorWord(toks[i]) || nameBefore || (pv && pv.t === '-') || titleArticle(pv)) { i++; continue; }
    const opened = i > 0 && (toks[i - 1].t === '(' || toks[i - 1].t === ';');
    const members: number[] = [i];
    let amp = false;
    let j = i + 1;
    let end: ReturnType<typeof endAt> = null;
    for (;;) {
      // A possessive after the last name (`Sapir's (1971)`).
      if (toks[j] && (toks[j].t === "'s" || toks[j].t === '’s') && endAt(toks, j + 1) === 'paren') { end = 'paren'; break; }
      end = endAt(toks, j);
      if (end || members.length >= MAX_AUTHORS) break;
      let k = j;
      if (toks[k] && toks[k].t === ',') k++;
      if (toks[k] && (toks[k].t === '&' || toks[k].lower === 'and')) { amp = amp || toks[k].t === '&'; k++; }
      if (k === j || !authorWord(toks[k])) break;
      members.push(k);
      j = k + 1;
    }
    const several = members.length >= 2 || amp;
    const common = (m: number) => lex.common.has(toks[m].lower) && !lex.lastNames.has(toks[m].lower);
    const ok = end === 'etal' || (end === 'comma' && opened)
      || ((end === 'paren' || end === 'bare') && (several || !members.some(common)) && !members.some((m) => toks[m].initial && common(m)));
    if (ok) { for (const m of members) out.push([m, m + 1]); i = j; } else i++;
  }
  return out;
}

/** Makes every cited author a person candidate, in place of whatever candidates overlapped it. */
export function markCitedAuthors(toks: Tok[], out: ECand[]): void {
  const cited = citedAuthors(toks);
  if (!cited.length) return;
  const mark = new Uint8Array(toks.length);
  for (const [a, b] of cited) for (let k = a; k < b; k++) mark[k] = 1;
  let w = 0;
  for (const c of out) {
    let hit = false;
    for (let k = c.t0; k < c.t1 && !hit; k++) hit = mark[k] === 1;
    if (!hit) out[w++] = c;
  }
  out.length = w;
  for (const [a, b] of cited) out.push(makeCand(toks[a].s, toks[b - 1].e, 'person', toks.slice(a, b).map((t) => t.t).join(' '), a, b));
}
