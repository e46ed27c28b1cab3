// The title chain that may open a run of capitalised words (`Secretary of State`, `Russian President`, `House
// Minority Leader`): where the person's name after it starts.
import { gazetteer } from '../gazetteer';
import { isFirstName, lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import { saintPlace } from './clubs';
import { kinTitleName } from './kin';
import { INITIALS, PREFIX_INSTITUTIONS, gazType, isCoreTitle, isTitleWord, joinKey } from './words';

export const PARTY_WORDS = new Set(['democrat', 'democratic', 'republican', 'libertarian', 'tory']);

/** `Democrat Zora Quillfeather`, `Republican Tam Orrick`: a party noun (not the adjective) before exactly two
 *  capitalised words that no list knows as an institution's or a place's head, the last no common word: a person
 *  named by the party, whose first name the lists do not know. */
function partyNounBeforeName(toks: Tok[], i: number, b: number): boolean {
  const lex = lexicon();
  if ((toks[i].lower !== 'democrat' && toks[i].lower !== 'republican') || b - i !== 3) return false;
  for (let k = i + 1; k < b; k++) {
    const w = toks[k];
    if (!w.cap || INITIALS.test(w.t) || lex.orgHeads.has(w.lower) || lex.placeHeads.has(w.lower) || gazType(w.lower)) return false;
  }
  return !lex.common.has(toks[b - 1].lower);
}

/** Titles only a firm or an organisation confers (`Zentrix CEO Ann Lee`, `Quorvel Founder Tom Wren`): a person or a
 *  place before them is rare, unlike before `spokesman` or `adviser` (`Wren spokesman`, `Ohio adviser`). */
const FIRM_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder']);
/** Words [a, p) before a firm's title (token p) name the firm: capitalised, no demonym or party word, and no first name
 *  unless an organisation head ends them. */
export function firmTitlePrefix(toks: Tok[], a: number, p: number): boolean {
  if (!FIRM_TITLES.has(toks[p].lower)) return false;
  const lex = lexicon();
  const headed = lex.orgHeads.has(toks[p - 1].lower); // (`Perry Capital CEO`: a first name may open a firm's name)
  for (let i = a; i < p; i++) {
    const l = toks[i].lower;
    if (!toks[i].cap || (isFirstName(l) && !headed) || lex.demonyms.has(l) || PARTY_WORDS.has(l)) return false;
  }
  return true;
}

/** The firm's title after two or three words that may name the firm, opening [a, b) before a name, or -1. */
function firmPrefixEnd(toks: Tok[], a: number, b: number): number {
  for (let p = a + 2; p <= a + 3 && p < b - 1; p++) if (firmTitlePrefix(toks, a, p)) return p;
  return -1;
}

/** Title chain at the start of a run: returns the index after it, or a when there is none. */
export function titleChain(toks: Tok[], a: number, b: number): number {
  const lex = lexicon();
  const gz = gazetteer();
  if (kinTitleName(toks, a, b)) return a; // `his brother Dean`: a first name (kin.ts)
  // A known organisation or place is no title and name (`Justice Department`, `Treasury Department`).
  const whole = gazType(joinKey(toks, a, b));
  if (whole === 'organization' || whole === 'place') return a;
  // `St. Louis Cardinals`, `Mt. Vernon`: a saint's or a mount's place name, not a title and a person.
  if (saintPlace(toks, a, b)) return a;
  // `former secretary of State Ann Lee`, `then-Secretary of Defense …`: after a title and `of`, the words before a known
  // first name are the office's domain (`State`), part of the title.
  if (a >= 2 && toks[a - 1].lower === 'of' && !toks[a - 1].cap && isCoreTitle(toks[a - 2].lower.replace(/^(?:then|ex|former)-/, ''))) {
    for (let k = a + 1; k < b - 1 && toks[k].cap; k++) if (isFirstName(toks[k].lower)) return k;
    // (`former secretary of State Varrow`: common words, then one last word no lexicon knows as common, a surname.)
    let k = a;
    while (k < b - 1 && toks[k].cap && lex.common.has(toks[k].lower) && !isFirstName(toks[k].lower)) k++;
    if (k === b - 1 && b - a >= 2 && b - a <= 4 && toks[k].cap && !lex.common.has(toks[k].lower) && !gazType(toks[k].lower)) return k;
  }
  let i = a;
  let core = false;
  while (i < b - 1) {
    const l = toks[i].lower;
    if (isTitleWord(l) || (l === 'of' && i > a) || (l === 'the' && i > a && toks[i - 1].lower === 'of')
      || (l === 'and' && i > a && isTitleWord(toks[i - 1].lower) && isTitleWord(toks[i + 1].lower))) {
      if (isCoreTitle(l)) core = true;
      i++;
      continue;
    }
    // A party word before a first name is a role (`Democrat Hillary Clinton`, `Republican Jo Lane`), like a title.
    if (i === a && PARTY_WORDS.has(l) && (isFirstName(toks[i + 1].lower) || partyNounBeforeName(toks, i, b))) { core = true; i++; continue; }
    // (`House Democratic Leader X`: a party word between an institution and a title.)
    if (i === a + 1 && PARTY_WORDS.has(l) && PREFIX_INSTITUTIONS.has(toks[a].lower) && isTitleWord(toks[i + 1].lower)) { i++; continue; }
    // (`House Minority Leader X`: an institution named by one word opens the chain too.)
    // (`British Prime Minister X`: a nationality the gazetteer lists as a group, too.)
    if (i === a && (lex.demonyms.has(l) || gz.places.has(l) || gz.orgs.has(l) || gz.groups.has(l) || PREFIX_INSTITUTIONS.has(l) || INITIALS.test(toks[i].t))) { i++; continue; }
    // One organisation word before a core title (`Fed Chair`, `Labour leader`).
    if (i === a && i + 1 < b - 1 && isCoreTitle(toks[i + 1].lower)) { i++; continue; }
    // (Up to three before a firm's title: `Dalmore Capital CEO Ann Lee`.)
    if (i === a) {
      const f = firmPrefixEnd(toks, a, b);
      if (f > a) { i = f; continue; }
    }
    if (i === a + 1 && gz.orgs.has(joinKey(toks, a, i + 1))) { i++; continue; }
    break;
  }
  if (!core) return a;
  // `Chief of Staff Dan Lee`, `Director of National Intelligence Ann Lee`: after `of`, up to three words that are no
  // known name, before a name of two words or more, are the office's domain, part of the title.
  let of = false;
  for (let k = a + 1; k < i; k++) if (toks[k].lower === 'of') of = true;
  if (of) {
    let k = i;
    while (k < b - 2 && k < i + 3 && toks[k].cap && !isFirstName(toks[k].lower) && !lex.lastNames.has(toks[k].lower) && !gazType(toks[k].lower)
      && !lex.orgHeads.has(toks[k].lower) && !lex.placeHeads.has(toks[k].lower)) k++;
    let name = k > i && !lex.common.has(toks[b - 1].lower);
    for (let j = k; name && j < b; j++) if (!toks[j].cap || lex.orgHeads.has(toks[j].lower) || lex.placeHeads.has(toks[j].lower)) name = false;
    if (name) i = k;
  }
  // `Secretary of State`: only title words — no name at all.
  let allTitle = true;
  for (let k = i; k < b; k++) if (!isTitleWord(toks[k].lower)) { allTitle = false; break; }
  if (allTitle) return b;
  // The rest must look like a name: starts with a capital, not a connector.
  if (i >= b || !toks[i].cap) return a;
  const rest = joinKey(toks, i, b);
  // (`the General Services Administration`: one title word after `the`, before an organisation, opens its name.)
  const opens = i === a + 1 && toks[a - 1]?.lower === 'the';
  if (gazType(rest) === 'organization' || gazType(rest) === 'place') return opens ? a : -orgStart(toks, a, i) - 1;
  for (let k = i; k < b; k++) if (lex.orgHeads.has(toks[k].lower) || lex.placeHeads.has(toks[k].lower)) return opens ? a : -orgStart(toks, a, i) - 1;
  return i;
}

/** Where the organisation or place after a title chain [a, i) starts: capitalised title words that are no core title,
 *  right after `of` or `of the`, open its name (`Chair of the National Space Council`, `Director of the Federal Housing
 *  Agency`), not the title. */
function orgStart(toks: Tok[], a: number, i: number): number {
  let k = i;
  while (k > a + 1 && toks[k - 1].cap && isTitleWord(toks[k - 1].lower) && !isCoreTitle(toks[k - 1].lower)) k--;
  return k < i && (toks[k - 1].lower === 'of' || toks[k - 1].lower === 'the') ? k : i;
}
