// Names of clubs and teams built on a place's name (`St. Louis Cardinals`, `Fort Kerry Cats`, `the Altoona Curve`) and
// teams written `Team X` (`Team Sky`). A place's name opening a capitalised run is read as the place (`St. Louis`, not
// the title `St.` and a person `Louis`); what follows it decides whether the whole run names a club:
// - a plural name noun (`Cardinals`, `Rangers`, `Lakers`) makes a club or a company named after its home (`Texas
//   Instruments`), unless it is a place word (`Heights`, `Springs`), a party's or a people's plural (`Ohio
//   Democrats`), an event (`London Games`) or a surname;
// - a singular word (`Curve`, `Fire`, `Magic`) is weak (`the Chicago Fire` is also an event); the names pass makes it a
//   team in a document about a sport (see `teams.ts`).
import { cityKind } from '../gazetteer';
import { isFirstName, lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import type { ECand } from './cand';
import { gazType, isTitleWord, joinKey } from './words';
import { plain } from '../plainPattern';

const UPPER_LOWER_START = plain(String.raw`^\p{Lu}\p{Ll}`, 'u');
const CAPITALISED_PLURAL_3 = plain(String.raw`^\p{Lu}\p{Ll}{2,}s$`, 'u');

/** Words that end a newspaper's name after the place it serves (`Orlando Sentinel`, `Charlotte Observer`, `Louisville
 *  Courier-Journal`): read by the classifier's masthead rule too. */
export const MASTHEADS = new Set(['sentinel', 'register', 'observer', 'enquirer', 'inquirer', 'dispatch', 'courier', 'gazette', 'bee', 'chronicle',
  'examiner', 'star', 'tribune', 'ledger', 'herald', 'press', 'journal', 'times', 'post', 'news', 'dealer', 'statesman', 'mercury', 'globe',
  'telegraph', 'picayune', 'telegram', 'bulletin', 'advertiser', 'argus', 'record', 'weekly']);
/** More words that end a publication's name (`Harlow Daily`, `Quillan Review`): no club either. */
const PUBLICATION_ENDS = new Set(['daily', 'review', 'reporter', 'magazine']);

/** Abbreviated or spelled-out words that open a place's name and also read as titles (`St. Louis`, `Mt. Vernon`). */
const SAINT_WORDS = new Set(['st.', 'st', 'ste.', 'ste', 'saint', 'sainte', 'mt.', 'mt', 'ft.', 'ft', 'fort', 'mount']);
/** Plurals that name a party's members, a season's events or a competition, not a club (`Ohio Democrats`, `London Games`). */
const NOT_CLUB_PLURALS = new Set(['democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'tories', 'greens', 'independents',
  'games', 'olympics', 'paralympics', 'championships', 'caucuses', 'primaries', 'elections', 'talks', 'accords', 'riots', 'attacks',
  'protests', 'trials', 'finals', 'nationals', 'regionals', 'marathons', 'races', 'news', 'times', 'affairs', 'studies', 'records',
  'archives', 'papers', 'states', 'provinces', 'territories', 'countries', 'nations', 'republics', 'emirates', 'colonies', 'counties']);

/** The end of a known place's name (one to three words, a saint's or a fort's name included) opening the run [a, b)
 *  with at least one word after it, or -1. A one-word place that is also a first name (`Austin`, `Virginia`) opens none. */
export function placeOpening(toks: Tok[], a: number, b: number): number {
  for (let end = Math.min(b - 1, a + 3); end > a; end--) {
    const key = joinKey(toks, a, end);
    if (gazType(key) !== 'place' && cityKind(key) !== 1) continue;
    if (end - a === 1 && isFirstName(key)) return -1;
    return end;
  }
  return -1;
}

/** A saint's, fort's or mount's place name (`St. Louis`, `Mt. Vernon`) opening the run: no title and a person. */
export function saintPlace(toks: Tok[], a: number, b: number): boolean {
  if (!SAINT_WORDS.has(toks[a].lower)) return false;
  for (let end = Math.min(b, a + 3); end > a + 1; end--) {
    const key = joinKey(toks, a, end);
    if (gazType(key) === 'place' || cityKind(key) !== 0) return true;
  }
  return false;
}

/** Whether the run [a, b) names a club: 'strong' (`Team X`; a place and a plural name noun, when the place is a country,
 *  a state, a major city or a name of two words or more, or `the` comes before it: `the Altoona Cats`), 'weak' (a
 *  place and one or two capitalised words no list knows as a place, an organisation's head, a title or a name:
 *  `Altoona Curve`, `Kendal Marrow`), or null. */
export function clubShape(toks: Tok[], a: number, b: number): 'strong' | 'weak' | null {
  const lex = lexicon();
  // `Team Sky`, `Team GB`: the word `Team` opening a name.
  if (toks[a].lower === 'team' && b - a >= 2 && b - a <= 3) return 'strong';
  const end = placeOpening(toks, a, b);
  if (end < 0 || b - end > 2) return null;
  for (let k = end; k < b; k++) {
    const w = toks[k];
    const l = w.lower;
    if (!w.cap || w.t.length < 3 || !UPPER_LOWER_START.test(w.t) || isTitleWord(l) || lex.orgHeads.has(l) || lex.placeHeads.has(l)
      || gazType(l) || cityKind(l) !== 0 || isFirstName(l) || lex.lastNames.has(l) || lex.demonyms.has(l) || lex.demonymPlurals.has(l)) return null;
  }
  const last = toks[b - 1].lower;
  if (NOT_CLUB_PLURALS.has(last) || MASTHEADS.has(last) || PUBLICATION_ENDS.has(last)) return null;
  const plural = /[^su]s$/.test(last) && !/(?:ss|us|is|ics)$/.test(last) && !lex.placeHeads.has(last.slice(0, -1));
  const bigPlace = end - a >= 2 || gazType(joinKey(toks, a, end)) === 'place' || toks[a - 1]?.lower === 'the';
  return plural && bigPlace ? 'strong' : 'weak';
}

/** A capitalised plural that may be a club's short name (`Cardinals`, `Rangers`): no party's, event's or people's plural
 *  (`Democrats`, `Games`, `Germans`). */
export function clubPlural(t: Tok): boolean {
  const l = t.lower;
  const lex = lexicon();
  return CAPITALISED_PLURAL_3.test(t.t) && /[^su]s$/.test(l) && !/(?:ss|us|is|ics)$/.test(l) && !NOT_CLUB_PLURALS.has(l)
    && !MASTHEADS.has(l) && !lex.demonymPlurals.has(l) && !lex.demonyms.has(l);
}

/** The clubs a document names in full (the classifier's strong club shape: `St. Louis Cardinals`), by their last word
 *  in lower case (`cardinals` → `St. Louis Cardinals`); a last word two clubs share maps to ''. */
export function documentClubs(units: readonly { data: { ents: readonly ECand[]; toks: Tok[] } }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of units) {
    for (const c of u.data.ents) {
      if (c.club !== 'strong' || c.type !== 'organization' || roleNounAfter(u.data.toks, c.t1 - 1)) continue;
      const low = c.canonical.slice(c.canonical.lastIndexOf(' ') + 1).toLowerCase();
      const prev = out.get(low);
      out.set(low, prev === undefined || prev === c.canonical ? c.canonical : '');
    }
  }
  return out;
}

/** A role noun right after token i (`Sheriffs detective`, `Rangers manager`): the plural is a possessive whose
 *  apostrophe was stripped, or a modifier, not a club named alone. */
function roleNounAfter(toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  if (!next || next.cap || next.s !== toks[i].e + 1) return false;
  const lex = lexicon();
  return lex.roleNouns.has(next.lower) || lex.common.get(next.lower) === 'Actor';
}

/** The full name of the club that the one word at token i names after `the` (`the Cardinals`), from `documentClubs`;
 *  null before a role noun (`the Sheriffs detective`). */
export function clubShortName(toks: Tok[], i: number, clubs: Map<string, string>): string | null {
  if (toks[i - 1]?.lower !== 'the') return null;
  const full = clubs.get(toks[i].lower);
  return full && !roleNounAfter(toks, i) ? full : null;
}
