// Where a name ends or starts, for words the run of capitalised words takes in but the name does not include.
import { gazType, isCoreTitle, isTitleWord, joinKey } from './words';
import { cityKind, isCountryOrState } from '../gazetteer';
import { FUNCTION_WORDS, PARTY_MEMBERS, isFirstName, lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import { plain } from '../plainPattern';
import { surnameAfterPlace, trimLabelEnd, trimTimeOpener } from './gluedName';

const PLACE_COMPOUND = plain(String.raw`^\p{Lu}[\p{L}.]*-(?:based|born|bred|raised|headquartered)$`, 'u');
const LETTERS_3 = plain(String.raw`^\p{L}{3,}$`, 'u');

/** Legislative chambers named by one word, and the party words that follow them (`Senate Republicans`). */
export const CHAMBERS = new Set(['senate', 'house']);
export const CHAMBER_PARTY = new Set(['democrat', 'democrats', 'republican', 'republicans', 'democratic', 'gop']);
/** A regnal or generational numeral after a name (`Napoleon III`); names and silver gold alike leave it out. */
const REGNAL = /^(?:II|III|IV)$/;

function knownName(low: string): boolean {
  const lex = lexicon();
  return lex.firstNames.has(low) || lex.maleNames.has(low) || lex.femaleNames.has(low) || lex.lastNames.has(low);
}

/** The end of the name in tokens [a, b): before a numeral after a known first or last name (`Elizabeth II` →
 *  `Elizabeth`), and before a party member's word after a known place (`Texas Democrat` → `Texas`). */
export function trimNameEnd(toks: Tok[], a: number, b0: number): number {
  const b = trimLabelEnd(toks, a, b0); // (`Name: Ruth Vell Age: 40`: gluedName.ts)
  if (b - a < 2) return b;
  const last = toks[b - 1];
  const prev = toks[b - 2];
  if (REGNAL.test(last.t) && prev.cap && knownName(prev.lower)) return b - 1;
  // (Party members named after their state, `a Texas Democrat`, `Ohio Republicans`: the state is the name.)
  if (PARTY_MEMBERS.has(last.lower) || CHAMBER_PARTY.has(last.lower)) {
    let key = '';
    for (let k = a; k < b - 1; k++) key += (k > a ? ' ' : '') + toks[k].lower;
    // (A chamber's party caucus, `Senate Republicans`, `House Democratic whips`: the chamber is the name. The party
    // adjective after a state is a member's word too: `the Utah Democratic primary`, `the Utah GOP said`.)
    const place = gazType(key) === 'place';
    if (place && (PARTY_MEMBERS.has(last.lower) || isCountryOrState(key))) return b - 1;
    if (b - a === 2 && CHAMBERS.has(key)) return b - 1;
  }
  return b;
}

/** `a Democratic Senate`, `the Republican-controlled Congress`: a party word before a chamber is no part of its name;
 *  the start of the name in tokens [a, b). */
export function trimPartyBeforeChamber(toks: Tok[], a: number, b: number): number {
  if (b - a !== 2 || !/^(?:democratic|republican|gop)(?:-(?:controlled|led))?$/.test(toks[a].lower)) return a;
  const l = toks[a + 1].lower;
  return l === 'senate' || l === 'congress' ? a + 1 : a;
}

/** `Texas-based Ann Lee`, `Korean-born Tom Orr`, `Ohio-raised`: a compound modifier of origin opening a name of two
 *  words or more is no part of it, nor is a plural title (`Senators`); the start of the name in tokens [a, b). */
export function trimOriginModifier(toks: Tok[], a0: number, b: number): number {
  const a = trimTimeOpener(toks, a0, b); // (`Sailor of the Year Marta Okonkwo`: gluedName.ts)
  if (b - a < 2) return a;
  if (PLACE_COMPOUND.test(toks[a].t)) return a + 1;
  // (`Senators Ann Lee and Tom Orr`: the plural of a core title opening a name, too.)
  const l = toks[a].lower;
  // (`Canadian Tom Brandel`, `into English Bernhard Karlsen`: a nationality or language before a known first name and a
  // surname, too; not a nationality that is a first name itself, `Christian Lund`.)
  if (b - a >= 3 && b - a <= 5 && lexicon().demonyms.has(l) && !isFirstName(l) && toks[a + 1].cap && isFirstName(toks[a + 1].lower)) return a + 1;
  return toks[a].cap && l.length > 4 && l.endsWith('s') && isCoreTitle(l.slice(0, -1)) ? a + 1 : a;
}

/** `Quist's PAC`, `Orr's Foundation`: one word the lexicon knows as a person's name and as no common word, before `'s`
 *  (token i) and a lone head ending the run [a, b), owns it; the head is no name of its own (`People's Party` stays). */
export function surnameOwner(toks: Tok[], a: number, i: number, b: number): boolean {
  const lex = lexicon();
  if (i - a !== 1 || b !== i + 2 || !lex.orgHeads.has(toks[i + 1].lower)) return false;
  const l = toks[a].lower;
  return (lex.lastNames.has(l) || isFirstName(l)) && !lex.common.has(l) && !gazType(l);
}

/** Whether the capitalised words [a, i) before `'s` are a person's name, which is a name of its own and owns what
 *  follows (`Ann Lee's Foundation for ...`, `Mr. Orr's Budget Office`, `Obama's Council of ...`): after any title
 *  words, two to four words opening with a known first name; one to four words after a title; or one word the lexicon
 *  knows as a person's name and as no common word or place. No word is a head (`Corlin County Coroner's Office`,
 *  `Women's Media Center` stay whole), and `St. Ann's Church` is a church's name. */
export function personOwner(toks: Tok[], a: number, i: number): boolean {
  const lex = lexicon();
  // (A function word opening the sentence is no part of the name: `When Ann Lee's Senate bid ended`.)
  while (a < i - 1 && toks[a].initial && FUNCTION_WORDS.has(toks[a].lower)) a++;
  let f = a;
  while (f < i - 1 && isTitleWord(toks[f].lower)) f++;
  const n = i - f;
  if (n < 1 || n > 4 || /^(?:st\.?|saint)$/.test(toks[f - 1]?.lower ?? '')) return false;
  for (let k = f; k < i; k++) if (!toks[k].cap) return false;
  const last = toks[i - 1].lower;
  if (lex.orgHeads.has(last)) return false;
  // (A first name opening two to four words.)
  if (n >= 2 && f === a) return isFirstName(toks[f].lower);
  for (let k = f; k < i; k++) {
    const l = toks[k].lower;
    if (lex.orgHeads.has(l) || lex.placeHeads.has(l) || isTitleWord(l)) return false;
  }
  if (n >= 2) return true;
  return !lex.common.has(last) && !gazType(last) && (f > a || lex.lastNames.has(last) || isFirstName(last));
}

/** A stripped possessive of an organisation's head word (`Partys`, `Councils`: `the Quillan Partys Ann Lee`). */
const orgPossessive = (low: string): boolean => low.length > 4 && low.endsWith('s') && lexicon().orgHeads.has(low.slice(0, -1));

/** Where a known place or organisation that opens the run is followed by a person's name (`… ambassador to the United
 *  States Ann Lee`, `envoy to Russia Carl Moss`, `Democrats Ann Lee`): the index the person starts at, or -1. The name
 *  after it (also after an organisation's stripped possessive, `the Quillan Partys Ann Lee`) is two or three capitalised
 *  words, none a title, a head or a known place, opening with a known first name
 *  and ending in no common word;
 *  after `to` (an envoy's post), any such words that are no common word (`… to the United States Hamdullah Mohib`).
 *  `Boston Red Sox`, `United States Navy`, `Las Vegas Sun` stay whole; a place that is also a first name (`Virginia`,
 *  `Chelsea`) opens no split. */
export function knownBeforePerson(toks: Tok[], a: number, b: number): number {
  const lex = lexicon();
  for (let end = Math.min(b - 1, a + 4); end > a; end--) {
    let key = '';
    for (let k = a; k < end; k++) key += (k > a ? ' ' : '') + toks[k].lower;
    const g = gazType(key) ?? (end - a >= 2 && orgPossessive(toks[end - 1].lower) ? 'organization' : null);
    if (g !== 'place' && g !== 'organization') continue;
    if ((end - a === 1 && isFirstName(key)) || gazType(key + ' ' + toks[end].lower) || cityKind(key + ' ' + toks[end].lower)) return -1;
    // A one-word place may be a first name the lists do not know (`Virginia Ann Holbrook`): only an abbreviated state
    // (`Harlow, N.J. Ann Lee`), an envoy's post (`ambassador to Russia Carl Moss`) or a party (`Democrats Ann
    // Lee`) splits.
    if (end - a === 1 && g === 'place' && !key.includes('.')
      && !(toks[a - 1]?.lower === 'to' && a >= 2 && isTitleWord(toks[a - 2].lower))) return -1;
    const n = b - end;
    // (`New Hampshire Vell supporters`: a state of two words, then a lone surname: gluedName.ts.)
    if (n === 1) { if (g === 'place' && surnameAfterPlace(toks, a, end, b) > 0) return end; continue; }
    if (n < 2 || n > 3) return -1;
    for (let k = end; k < b; k++) {
      const w = toks[k];
      if (!w.cap || w.t.length < 2 || isTitleWord(w.lower) || lex.orgHeads.has(w.lower) || lex.placeHeads.has(w.lower) || gazType(w.lower)) return -1;
    }
    // (A known first name, and a last word that is a surname rather than a common word: not `NASA Glenn Research`.)
    const last = toks[b - 1].lower;
    if (isFirstName(toks[end].lower)) return lex.common.has(last) && !lex.lastNames.has(last) ? -1 : end;
    let p = a - 1;
    if (p >= 0 && toks[p].lower === 'the') p--;
    // (After `to`, or after an organisation's possessive, `Partys`: a name whose first word the lists lack.)
    if ((p < 0 || toks[p].lower !== 'to') && !orgPossessive(toks[end - 1].lower)) return -1;
    for (let k = end; k < b; k++) if (lex.common.has(toks[k].lower)) return -1;
    return end;
  }
  return -1;
}

/** `Quillans Virginia office`, `Tuesdays Oregon primary`: a stripped possessive (a word in
 *  `s` that is no known name itself) followed by a known place or organisation that ends the run [a, b) is two names;
 *  the index the known name starts at, or -1. The words up to the possessive must not be a known name themselves
 *  (`United States Senate`, `Los Angeles Times` stay whole), nor the possessive a first name (`Charles Schwab`). */
export function possessiveBeforeKnown(toks: Tok[], a: number, b: number): number {
  const lex = lexicon();
  for (let k = b - 2; k >= a && k >= b - 5; k--) {
    const t = toks[k];
    const l = t.lower;
    if (!t.cap || l.length < 4 || !l.endsWith('s') || l.endsWith('ss') || l.endsWith('us') || l.endsWith('is')) continue;
    if (gazType(l) || cityKind(l) === 1 || isFirstName(l) || gazType(joinKey(toks, a, k + 1)) || cityKind(joinKey(toks, a, k + 1)) === 1) continue;
    if (lex.orgHeads.has(l) || lex.placeHeads.has(l) || isTitleWord(l) || l.endsWith('ies')) continue;
    // (Not a plural, `Priorities USA`, nor a common word's `s`, `Wells Fargo`; a weekday's is a possessive.)
    const baseTag = lex.common.get(l.slice(0, -1));
    if (baseTag && !/WeekDay|Month/.test(baseTag)) continue;
    const rest = joinKey(toks, k + 1, b);
    // (A lone word known only as a small town's name is too weak: `Marthas Vineyard`.)
    if (gazType(rest) === 'place' || gazType(rest) === 'organization' || (cityKind(rest) === 1 && b - k > 2)) return k + 1;
  }
  return -1;
}

/** `Ann Quillans Harbour Diaries`: a stripped possessive closing a name that opens with a known first name, before
 *  capitalised words with a common word among them and no known surname (a work's name; not an institution's or a
 *  place's, `Mary Wells Elementary School`, named after the person), is two names;
 *  the index after the possessive, or -1. `Ann Phillips Davis` (a surname after) stays whole. */
export function firstNamePossessive(toks: Tok[], a: number, b: number): number {
  const lex = lexicon();
  if (b - a < 3 || !isFirstName(toks[a].lower)) return -1;
  for (let k = a + 1; k < b - 1 && k <= a + 2; k++) {
    const l = toks[k].lower;
    if (!toks[k].cap || gazType(toks[k - 1].lower) || lex.orgHeads.has(l.slice(0, -1)) || lex.placeHeads.has(l.slice(0, -1))) return -1;
    if (l.length < 4 || !l.endsWith('s') || /(?:ss|us|is|ies)$/.test(l) || isFirstName(l) || gazType(l) || lex.common.has(l)) continue;
    let common = false, other = false;
    for (let j = k + 1; j < b; j++) {
      const w = toks[j].lower;
      if (lex.lastNames.has(w) || isFirstName(w)) return -1;
      if (lex.common.has(w)) common = true;
      if (!LETTERS_3.test(toks[j].t)) other = true;
    }
    // (Plain words ending in a head, `John Adams High School`, `Mary Wells Elementary School`: an institution named
    // after the person, one name; initials or `&` after the possessive, `... C. V. Starr & Company`, start another.)
    const head = lex.orgHeads.has(toks[b - 1].lower) || lex.placeHeads.has(toks[b - 1].lower);
    return common && (other || !head) ? k + 1 : -1;
  }
  return -1;
}
