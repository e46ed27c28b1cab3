// The type of one name span (person, organisation, place, group, or an unknown word the document must confirm), from
// the gazetteers, compromise's lexicon, head words and the words around it.
import { seatOwner } from './seatOwner';
import { cityKind, isCountryOrState, isGeoCity, UPPER_ONLY } from '../gazetteer';
import { verbFirstNameRun } from './verbFirstName';
import { isFirstName, lexicon, FUNCTION_WORDS, MONTHS, SPEECH_CUES, STRIPPED_CONTRACTIONS } from '../lexicon';
import { titleArticle } from './citation';
import { K, type Tok } from '../tokens';
import { afterKinNoun } from './kin';
export { kinTitleName } from './kin';
import type { CandType } from './cand';
import {
  ACRONYM, CAMEL, DIRECTIONS, INITIALS, INSTITUTION_HEADS, NOT_ORG_ACRONYMS, OF_PLACE_HEADS, PLACE_PREFIXES, PLACE_PREPS, ROMAN, SURNAME_CAMEL,
  commonFirstNameRun, gazType, isCitationAfter, isCoreTitle, joinKey, knownProper, possessiveBase,
} from './words';
import { acronymActsAsOrg, isDefinedTerm, orgNounAfter } from './acronym';
import { MASTHEADS, clubPlural, clubShape } from './clubs';
import { commaSurname } from './openingSurname';
import { CHAMBERS, CHAMBER_PARTY } from './bounds';
import { cityInPlaceList } from './cityCoord';
import { foreignArticleName, partyAdjectiveEnd, scriptureName, strippedContraction } from './notPerson';
import { brandRunType, loneFirmWord } from './brands';
import { pluralAcronym } from './pluralAcronym';
import { acronymOwner, acronymPossessive } from './acronymPossessive';
import { viaCredit } from './credit';
import { monthAsDate } from './monthDate';
import { capsHeading } from './capsHeading';
import { firstNamePrefix, placeWordSurname } from './placeWordSurname';
import { knownAcronym } from './knownAcronyms'; // (`FEMA`, `I.R.S.`: institutions named by their acronym alone)
import { mastheadOwner } from './outletWord';
import { pollsterName } from './pollsterName';
import { plain } from '../plainPattern';
import { CAPITALISED, CAPITALISED_3 } from '../wordShapes';

const TWO_UPPERS = plain(String.raw`\p{Lu}.*\p{Lu}`, 'u');
const LOWER_WORD = plain(String.raw`^\p{Ll}+$`, 'u');

export interface Classified { type: CandType; canonical: string; weak: boolean; possBase: string | null; club?: 'strong' | 'weak' | null }

/** Head words of buildings and grounds that also name the institution in them. */
const FACILITY_HEADS = new Set(['museum', 'center', 'centre', 'hospital', 'theatre', 'theater', 'cathedral', 'stadium', 'arena', 'gallery', 'zoo']);
/** Newspaper heads that name the paper alone after `the` (`the Post`, `the Times`). */
export const NEWSPAPER_HEADS = new Set(['times', 'post', 'journal', 'guardian', 'economist', 'telegraph', 'herald', 'tribune', 'globe', 'spectator', 'gazette',
  'independent', 'observer']);
/** Suffixes of abstract nouns (`Radiation`, `Development`, `Linguistics`), which end no person's name. */
const ABSTRACT_SUFFIX = plain(String.raw`^\p{Lu}\p{Ll}+(?:tion|sion|ment|ness|ics|ism|ogy|ship)$|^\p{Lu}\p{Ll}{4,}(?:ance|ence)$`, 'u');
function abstractNoun(w: string): boolean {
  return w.length >= 6 && ABSTRACT_SUFFIX.test(w);
}
/** Institutions named by one word that modifies a noun (`House members`, `Treasury secretary`, `Fed governor`). */
const INSTITUTION_MODIFIERS = new Set(['house', 'senate', 'treasury', 'fed', 'pentagon', 'congress', 'parliament', 'kremlin', 'cabinet', 'navy', 'army']);
/** A seat of government named as a building (`the White House`) is a place (a gazetteer place), the office in it when
 *  it acts (`the White House said`, `… has announced`), as buildings named by their head are. */
const SEATS = new Set(['white house']);
/** The word after a name makes it act: a speech cue or a verb in the past or present tense (`… announced`, `… says`). */
function acts(toks: Tok[], b: number): boolean {
  const t = toks[b];
  if (!t || t.kind !== K.Word || t.cap) return false;
  const tag = lexicon().common.get(t.lower);
  return SPEECH_CUES.has(t.lower) || tag === 'PastTense' || tag === 'PresentTense' || /^(?:has|have|had|will)$/.test(t.lower);
}

/** `Tom Ridge, a former harbour master, ...`: a comma, an article and, within three words, a role noun (not `a mill
 *  town`): an appositive that describes a person. */
function roleAppositive(toks: Tok[], b: number): boolean {
  if (toks[b]?.t !== ',' || !/^(?:a|an|the)$/.test(toks[b + 1]?.t ?? '')) return false;
  for (let k = b + 2; k < b + 5 && k < toks.length && toks[k].kind === K.Word && !toks[k].cap; k++) if (lexicon().roleNouns.has(toks[k].lower)) return true;
  return false;
}

/** Nouns a city name modifies and a person's name hardly does (`the Orlando area`, `Orlando residents`). */
const PLACE_MODIFIED = new Set(['area', 'region', 'suburb', 'suburbs', 'airport', 'residents', 'metro', 'district', 'county', 'downtown',
  'shooting', 'attack', 'attacks', 'bombing', 'massacre', 'nightclub', 'mayor', 'city', 'shootings', 'shooter', 'gunman', 'victims']);
function nounAfter(toks: Tok[], b: number): boolean {
  const t = toks[b];
  return !!t && t.kind === K.Word && !t.cap && t.s - toks[b - 1].e === 1 && PLACE_MODIFIED.has(t.lower);
}

/** `the British Red Cross`, `the Kenyan Red Cross`: a demonym before a known organisation names its national branch. */
function nationalBranch(toks: Tok[], a: number, b: number): boolean {
  const l = toks[a].lower;
  return b - a >= 2 && (lexicon().demonyms.has(l) || gazType(l) === 'group') && gazType(joinKey(toks, a + 1, b)) === 'organization';
}

/** `, Florida` / `, France`: a comma and a known place after the name. */
function placeAfterComma(toks: Tok[], b: number): boolean {
  return toks[b]?.t === ',' && !!toks[b + 1] && toks[b + 1].cap && gazType(toks[b + 1].lower) === 'place';
}

/** A masthead after a place (see mastheadAfterPlace) is an organisation. `the Tony Awards`, `the Ann Lee Summit`: a
 *  name ending in an event's head word names the event, not a person (null). `the Daily Quill`, `Daily Harbour`: a
 *  publication named with `Daily` first, capitalised mid-sentence, is an organisation; not before a speech cue, where
 *  the stripped passes read a person as the speaker (`…, the Daily X reports.`). Undefined: neither. */
function eventOrPublication(toks: Tok[], a: number, b: number, text: string): Classified | null | undefined {
  const n = b - a;
  const lex = lexicon();
  const lastLow = toks[b - 1].lower;
  if (n >= 2 && mastheadAfterPlace(toks, a, b)) return { type: 'organization', canonical: text, weak: false, possBase: null };
  if (n >= 2 && lex.eventHeads.has(lastLow) && !lex.orgHeads.has(lastLow)) return null;
  if (n >= 2 && n <= 3 && toks[a].t === 'Daily' && !toks[a].initial && !SPEECH_CUES.has(toks[b]?.lower ?? '')) {
    return { type: 'organization', canonical: text, weak: false, possBase: null };
  }
  return undefined;
}

/** `Corrin Labss valuation`: a head read through its stripped possessive names the organisation without the `s`. */
function headPossessive(possBase: string | null, head: string, lastLow: string): string | null {
  return possBase && head !== lastLow && head === lastLow.slice(0, -1) ? possBase : null;
}

export function classify(toks: Tok[], a: number, b: number, titled: boolean, hasConnector: boolean): Classified | null {
  // A place and a plural name noun name a club or a company (`St. Louis Cardinals`, `Texas Instruments`), `Team X` a
  // team (a whole name the gazetteers know keeps its type). A place and a word of its own after `the` (`the Altoona
  // Curve`), which no rule types, may name a team: weak, the names pass makes it one in a document about a sport.
  const club = b - a >= 2 && !gazType(joinKey(toks, a, b)) ? clubShape(toks, a, b) : null;
  // (`the Harbor Posts report`: a place and a masthead word's stripped possessive before what it owns is the outlet, not
  // a club named by a plural; outletWord.ts, below.)
  if (club === 'strong' && !(!titled && mastheadOwner(toks, a, b))) return { type: 'organization', canonical: toks.slice(a, b).map((t) => t.t).join(' '), weak: false, possBase: null, club };
  // `trade with the East`, `the rural Midwest`, `farms of the South`: a compass region named alone after `the` is a place.
  if (b - a === 1 && !titled && regionAfterThe(toks, a)) return { type: 'place', canonical: toks[a].t, weak: false, possBase: null };
  // `super PACs backing him`: an acronym in the plural is a term, no name (pluralAcronym.ts).
  if (b - a === 1 && pluralAcronym(toks, a)) return null;
  // `NOTICE ATTACHED.`: a whole line of unknown words in capitals is a heading (capsHeading.ts).
  if (!titled && capsHeading(toks, a, b)) return null;
  // `Lena Varga via Brightlens Pictures.`: the agency of a photo credit (credit.ts).
  if (viaCredit(toks, a, b) && !gazType(joinKey(toks, a, b))) return { type: 'organization', canonical: toks.slice(a, b).map((t) => t.t).join(' '), weak: false, possBase: null };
  // `Vessant Inc.`, `Dalby's International`, `Orrin's Stadium`: a firm's or a brand's name (brands.ts).
  const brand = titled || gazType(joinKey(toks, a, b)) ? null : brandRunType(toks, a, b);
  if (brand) return { type: brand, canonical: toks.slice(a, b).map((t) => t.t).join(' '), weak: false, possBase: null };
  const outlet = titled || gazType(joinKey(toks, a, b)) ? null : mastheadOwner(toks, a, b); // `Harbor Dailys report` (outletWord.ts)
  if (outlet) return outlet;
  // `a recent Harlow survey`, `Harlow, the polling firm`: a small town's name that polls (pollsterName.ts).
  if (!titled && b - a === 1 && pollsterName(toks, a)) return { type: 'organization', canonical: toks[a].t, weak: false, possBase: null };
  if (!titled && seatOwner(toks, a, b)) return { type: 'organization', canonical: toks.slice(a, b).map((t) => t.t).join(' '), weak: false, possBase: null };
  const r = classifyRun(toks, a, b, titled, hasConnector);
  if (r === null && club === 'weak' && toks[a - 1]?.lower === 'the') {
    return { type: 'organization', canonical: toks.slice(a, b).map((t) => t.t).join(' '), weak: true, possBase: null, club };
  }
  // `the Cardinals` (a common plural, capitalised after `the`): a club's short name if the document names the club in
  // full (`the St. Louis Cardinals`); weak, the names pass decides.
  if (r === null && b - a === 1 && toks[a - 1]?.lower === 'the' && clubPlural(toks[a])) return { type: 'unknown', canonical: toks[a].t, weak: true, possBase: null };
  if (r && club !== null) r.club = club;
  if (r && (r.type === 'person' || r.type === 'unknown' || r.type === 'surname')) {
    // `La Gazzetta Locale`, `the Democratic nominee`: shaped like a name, no person (notPerson.ts).
    if (partyAdjectiveEnd(toks, b) || strippedContraction(toks, a, b) || scriptureName(toks, a, b) || loneFirmWord(toks, a, b)) return null;
    if (foreignArticleName(toks, a, b)) return { ...r, type: 'organization', weak: false };
  }
  return r;
}

/** A contraction (`Don't`, `Can't`, `They're`, `It's`, `We'll`): `n't`, or a pronoun or function word before `'re`, `'ve`,
 *  `'ll`, `'d`, `'m` or `'s`; capitalised at a sentence start, it is no name. */
const CONTRACTION = plain(String.raw`^(\p{L}+?)(n['’]t|['’](?:re|ve|ll|d|m|s))$`, 'iu');
const CONTRACTED = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'here', 'who', 'what', 'where', 'how', 'let', 'this']);
function isContraction(w: string): boolean {
  const m = CONTRACTION.exec(w);
  return !!m && (m[2].length === 3 && /^n/i.test(m[2]) ? true : CONTRACTED.has(m[1].toLowerCase()) || FUNCTION_WORDS.has(m[1].toLowerCase()));
}

/** `Lake Erie`, `Glen Cove`: a run opening with a place prefix; not `Glen Tarrow said`, a prefix that is also a first
 *  name, in a name of two words before a speech cue (twenty-eighth round). */
function placePrefixed(toks: Tok[], a: number, b: number): boolean {
  const l = toks[a].lower;
  return PLACE_PREFIXES.has(l) && !(b - a === 2 && isFirstName(l) && SPEECH_CUES.has(toks[b]?.lower ?? ''));
}

/** An age in commas after a name (`Tilde Varkon, 58, said`): one to three digits, below 120, between two commas. */
function ageAfter(toks: Tok[], b: number): boolean {
  const num = toks[b + 1];
  if (toks[b]?.t !== ',' || toks[b + 2]?.t !== ',' || !num || num.kind !== K.Num || !/^\d{1,3}$/.test(num.t)) return false;
  const v = Number(num.t);
  return v > 0 && v < 120;
}

function classifyRun(toks: Tok[], a: number, b: number, titled: boolean, hasConnector: boolean): Classified | null {
  const lex = lexicon();
  const n = b - a;
  if (n === 1 && isContraction(toks[a].t)) return null;
  const text = toks.slice(a, b).map((t) => t.t).join(' ');
  const key = joinKey(toks, a, b);
  const g = gazType(key) ?? (key.startsWith('the ') ? gazType(key.slice(4)) : null);
  if (g === 'group' && n === 1 && !key.endsWith('s')) {
    // `Chinese leader` is an adjective; `the Chinese have` / `the Rohingya.` a group.
    const prev = toks[a - 1];
    const next = toks[b];
    const tag = next ? lex.common.get(next.lower) : undefined;
    const nounUse = !!prev && prev.lower === 'the' && (!next || next.kind !== K.Word || /Tense|Modal|Copula|Adverb|Conjunction|Preposition/.test(tag ?? '') || /^(have|has|are|were|is|was|and|or)$/.test(next.lower));
    if (!nounUse && !(next && next.kind !== K.Word) && key !== 'rohingya') return null;
  }
  if (n <= 3 && g !== 'organization' && afterKinNoun(toks, a, b)) return { type: 'person', canonical: text, weak: false, possBase: null };
  if (n <= 4 && (!g || g === 'person') && ageAfter(toks, b)) return { type: 'person', canonical: text, weak: false, possBase: null };
  if (g || nationalBranch(toks, a, b)) return { type: !g || (g === 'place' && SEATS.has(key) && acts(toks, b)) ? 'organization' : g, canonical: text, weak: false, possBase: null };
  // Possessive with a stripped apostrophe on the last word.
  const last = toks[b - 1];
  const lastLow = last.lower;
  let possBase: string | null = null;
  // A stripped possessive is followed by what it owns (`Putins head`, `Moscows attention`), not by
  // a comma or a verb of its own (`Sen. Chris Coons, Delaware Democrat, said`).
  const after = toks[b];
  // A full name followed by a past-tense verb acts (`Laura Simons opened`): no possessive there.
  const ownsNext = !!after && after.kind === K.Word && !after.cap && !SPEECH_CUES.has(after.lower)
    && !/^(and|or|but|is|was|are|were|has|have|had|will|would|said|says|of|in|on|at|to|for|with|from|by)$/.test(after.lower)
    && !(n >= 2 && lex.common.get(after.lower) === 'PastTense');
  if (n === 1 && ownsNext && (lex.femaleNames.has(lastLow) || lex.maleNames.has(lastLow)) && !gazType(lastLow) && !lex.lastNames.has(lastLow)) {
    // `Frances budget`: a first name that is also a stripped possessive of a country.
    const base = possessiveBase(last);
    if (base && gazType(base.toLowerCase()) === 'place') return { type: 'place', canonical: base, weak: false, possBase: null };
  }
  if (!knownProper(lastLow) && !lex.common.has(lastLow) && (ownsNext || !after || after.cap)) {
    const base = possessiveBase(last);
    if (base) {
      const baseKey = n > 1 ? joinKey(toks, a, b - 1) + ' ' + base.toLowerCase() : base.toLowerCase();
      const canonical = (n > 1 ? toks.slice(a, b - 1).map((t) => t.t).join(' ') + ' ' : '') + base;
      const bg = gazType(baseKey);
      if (bg) return { type: bg, canonical, weak: false, possBase: null };
      if (n === 1 && (lex.lastNames.has(baseKey) || lex.maleNames.has(baseKey) || lex.femaleNames.has(baseKey))) {
        return { type: 'person', canonical, weak: false, possBase: null };
      }
      possBase = canonical;
    }
  }
  // `Gov. Tom Ridge`, `Ann Hall said`: a known first name and a surname that is also a place word, titled or acting.
  // (Also `a copy by Arthur Pond`, `Rosa Parks`, `Paul R. Pond`, `Glen Tarrow`; placeWordSurname.ts.)
  if (placeWordSurname(toks, a, b, titled || acts(toks, b) || roleAppositive(toks, b)) || firstNamePrefix(toks, a, b)) {
    return { type: 'person', canonical: text, weak: false, possBase: null };
  }
  const named = eventOrPublication(toks, a, b, text);
  if (named !== undefined) return named;
  // Head words.
  if (n >= 2) {
    // A building named by its head (`Wolstein Center`, `Cleveland Museum of Art`) is a place, unless it acts (`the X
    // Hospital said`, `… announced`): then the institution in it.
    let head = lex.orgHeads.has(lastLow) ? lastLow : possBase && lex.orgHeads.has(lastLow.slice(0, -1)) ? lastLow.slice(0, -1) : null;
    if (!head && hasConnector) for (let i = a; i < b && !head; i++) if (lex.orgHeads.has(toks[i].lower)) head = toks[i].lower;
    if (head) {
      // (A centre `for` a cause, or one inside another institution, `Atlantic Council Eurasia Center`, is an organisation.)
      let building = FACILITY_HEADS.has(head) && !acts(toks, b);
      for (let i = a; i < b && building; i++) {
        const l = toks[i].lower;
        building = l !== 'for' && !(l !== head && (lex.orgHeads.has(l) || (l.endsWith('s') && lex.orgHeads.has(l.slice(0, -1)))));
      }
      return { type: building ? 'place' : 'organization', canonical: headPossessive(possBase, head, lastLow) ?? text, weak: false, possBase: null };
    }
    if (lex.placeHeads.has(lastLow)) return { type: 'place', canonical: text, weak: false, possBase: null };
    if (placePrefixed(toks, a, b) && !possBase) return { type: 'place', canonical: text, weak: false, possBase: null };
    if (n >= 3 && OF_PLACE_HEADS.has(toks[a].lower) && toks[a + 1].lower === 'of') return { type: 'place', canonical: text, weak: false, possBase: null };
    if (DIRECTIONS.has(toks[a].lower) && gazType(joinKey(toks, a + 1, b)) === 'place') return { type: 'place', canonical: text, weak: false, possBase: null };
  }
  if (n === 1) {
    const t = toks[a];
    const up = UPPER_ONLY.get(t.t) ?? ((INITIALS.test(t.t) || ACRONYM.test(t.t)) && knownAcronym(t.t) ? 'organization' : undefined);
    if (up) return { type: up, canonical: t.t, weak: false, possBase: null };
    if (acronymPossessive(toks, a)) return acronymOwner(toks[a]); // `QWRBs poll` (acronymPossessive.ts)
    if (INITIALS.test(t.t)) {
      const gt = gazType(t.lower);
      // (`the F.B.I.`, `the F.B.I. director`: dotted initials after `the` or acting as an institution are one.)
      const prevThe = toks[a - 1]?.lower === 'the';
      return gt ? { type: gt, canonical: t.t, weak: false, possBase: null } : { type: 'organization', canonical: t.t, weak: !prevThe && !orgNounAfter(toks, b), possBase: null };
    }
    if (ACRONYM.test(t.t) && (NOT_ORG_ACRONYMS.has(t.t) || (t.t.length >= 4 && lex.common.has(lastLow)))) return null;
    if (ACRONYM.test(t.t) && !ROMAN.test(t.t) && TWO_UPPERS.test(t.t)) {
      const gt = gazType(t.lower);
      if (gt) return { type: gt, canonical: t.t, weak: false, possBase: null };
      // A term defined in the text (`ground reaction force (GRF)`) is no name; an unknown acronym is an organisation
      // only when the paragraph shows it acting as one (else weak: the document must confirm it).
      if (isDefinedTerm(toks, a)) return null;
      return { type: 'organization', canonical: t.t, weak: !acronymActsAsOrg(toks, a), possBase: null };
    }
    if (lex.demonyms.has(lastLow)) return null;
    // A brand-style word with a capital inside (`LibriVox`, `OpenAI`, `PayPal`) names an organisation; surname
    // prefixes (`McDonald`, `DeSantis`, `MacArthur`, `LeBlanc`) are no such capital.
    if (CAMEL.test(t.t) && !SURNAME_CAMEL.test(t.t) && !knownProper(lastLow) && !possBase) return { type: 'organization', canonical: t.t, weak: false, possBase: null };
  }
  // `Professor of Linguistics`, `UV Radiation`, `Aesthetic Appreciation`: a last word shaped like an abstract noun
  // (`-tion`, `-ment`, `-ness`, `-ity`, `-ics`, …) that no name list knows ends no person's name.
  const abstractEnd = abstractNoun(last.t) && !knownProper(lastLow) && !abstractShapedSurname(toks, a, b);
  if (titled && abstractEnd) return null;
  if (titled) return { type: 'person', canonical: possBase ?? text, weak: false, possBase: null };
  // A month word alone (`in March`, `early May`) is a date, unless it acts as a person (`May said`, `May told`).
  // (`the June primaries`, `in June found`: a date by the word before it, though a verb follows; monthDate.ts.)
  if (n === 1 && MONTHS.has(key) && (!acts(toks, b) || monthAsDate(toks, a))) return null;
  // A city from the GeoNames gazetteer (not followed by a speech cue: `Kemp said` is a person); one whose name is also a
  // person's (`Marion`, `Jackson`) only after a place preposition (`in Marion`).
  // `in Exeter, Devon,` / `University of California, Berkeley.`: one capitalised word between a comma after a place and
  // a punctuation mark is the larger (or the more precise) place.
  if (n === 1 && !possBase && isPlaceAfterPlaceComma(toks, a, b)) return { type: 'place', canonical: text, weak: false, possBase: null };
  const cueNext = !!after && SPEECH_CUES.has(after.lower);
  if (!cueNext && !possBase) {
    const prevLow = toks[a - 1]?.lower ?? '';
    // (Weak: the document pass makes it the person when the document names one so: `Emperor Norton ... Norton`.)
    const ck = cityKind(key);
    // A city named like a person (`Orlando`, `Marion`) before a comma and a state or country (`Orlando, Florida`) or
    // before a noun that places modify (`the Orlando area`, `the Orlando shooting`) is the city.
    if (ck === 2 && n === 1 && (nounAfter(toks, b) || placeAfterComma(toks, b) || cityInPlaceList(toks, a, b))) return { type: 'place', canonical: text, weak: false, possBase: null };
    if (ck === 1 || (ck === 2 && PLACE_PREPS.has(prevLow))) return { type: 'place', canonical: text, weak: n === 1, possBase: null };
  }
  const firstLow = toks[a].lower;
  const isFirst = isFirstName(firstLow);
  // (Also `Holly Dale`, `Jean Gabin`: a first name the lexicon knows only as a common word, before a surname; not `Roman Catholicism`.)
  if ((n >= 2 && n <= 4 && isFirst && !abstractEnd) || commonFirstNameRun(toks, a, b) || verbFirstNameRun(toks, a, b, false)) return { type: 'person', canonical: text, weak: false, possBase: null };
  if (n >= 2 && n <= 3 && lex.lastNames.has(lastLow)) return { type: 'person', canonical: text, weak: false, possBase: null };
  if (n === 1 && (lex.lastNames.has(lastLow) || isFirst)) {
    const prev = toks[a - 1];
    // (Not `from`: `a letter from Carl`; a town named so is a gazetteer city, typed above.)
    if (prev && /^(in|near|into|across|outside|at)$/.test(prev.lower) && !lex.lastNames.has(lastLow)) return { type: 'place', canonical: text, weak: true, possBase: null };
    return { type: 'person', canonical: text, weak: false, possBase: null };
  }
  // `Sea Org`, `Group G`: a very short last word is not a surname.
  if (n >= 2 && n <= 4 && toks[b - 1].t.length <= 3 && !lex.lastNames.has(lastLow) && !isFirst) return { type: 'organization', canonical: text, weak: true, possBase: null };
  if (n >= 2 && n <= 4) {
    let known = false;
    for (let i = a; i < b; i++) if (gazType(toks[i].lower) === 'place' || gazType(toks[i].lower) === 'organization') known = true;
    if (known && !isFirst) return { type: 'organization', canonical: text, weak: true, possBase: null };
    // Unknown capitalised words together: a name most of the time in news.
    let commons = 0;
    for (let i = a; i < b; i++) if (lex.common.has(toks[i].lower) || lex.demonyms.has(toks[i].lower)) commons++;
    if (abstractEnd) return null;
    if (commons === 0) return { type: 'person', canonical: text, weak: false, possBase: null };
    if (commons < n && !lex.common.has(lastLow)) return { type: 'person', canonical: text, weak: !roleBefore(toks, a) || pluralNoun(lastLow), possBase: null };
    return null;
  }
  if (n === 1) return classifyLoneWord(toks, a, b, possBase);
  return null;
}

/** One capitalised word that no list types: an institution's head, a newspaper, a cited author, the subject of a verb,
 *  or an unknown word the document must confirm. */
function classifyLoneWord(toks: Tok[], a: number, b: number, possBase: string | null): Classified | null {
  const lex = lexicon();
  const last = toks[b - 1];
  const lastLow = last.lower;
  const after = toks[b];
  const text = last.t;
  // `the Court held`, `the House passed`, `the Government said`: an institution named by its capitalised head alone.
  const prevTok = toks[a - 1];
  // (`the Senate and House passed`, `House and Senate members`: paired with another institution by `and`.)
  const inst = (t: Tok | undefined): boolean => !!t && t.cap && (INSTITUTION_HEADS.has(t.lower) || gazType(t.lower) === 'organization');
  const paired = (prevTok?.lower === 'and' && inst(toks[a - 2])) || (after?.lower === 'and' && inst(toks[b + 1]));
  if (!toks[a].initial && prevTok && (prevTok.lower === 'the' || paired) && INSTITUTION_HEADS.has(lastLow)) return { type: 'organization', canonical: text, weak: false, possBase: null };
  // `told the Post`, `the Times reported`: a newspaper named by its capitalised head alone after `the`.
  if (prevTok && prevTok.lower === 'the' && NEWSPAPER_HEADS.has(lastLow)) return { type: 'organization', canonical: text, weak: false, possBase: null };
  // `Senate Republicans`, `House Democratic whips`: a chamber before its party caucus (trimmed off by bounds.ts).
  if (CHAMBERS.has(lastLow) && after && after.cap && CHAMBER_PARTY.has(after.lower) && after.s - last.e === 1) {
    return { type: 'organization', canonical: text, weak: false, possBase: null };
  }
  // `a House bill`, `the former Treasury secretary`, `no Fed governor`: an institution named by one capitalised word
  // mid-sentence, modifying a noun.
  if (!toks[a].initial && INSTITUTION_MODIFIERS.has(lastLow) && after && after.kind === K.Word && !after.cap && after.s - last.e === 1
    && !FUNCTION_WORDS.has(after.lower) && !/Tense|Copula|Modal|Adverb|Conjunction|Preposition|Determiner|Pronoun/.test(lex.common.get(after.lower) ?? '')) {
    return { type: 'organization', canonical: text, weak: false, possBase: null };
  }
  // A citation (`Kessler et al.`, `Brieber 2014`, `Milekic (2010)`): an unknown capitalised word is an author.
  if (!lex.common.has(lastLow) && !toks[a].initial && isCitationAfter(toks, b) && !titleArticle(toks[a - 1])) return { type: 'person', canonical: text, weak: false, possBase: null };
  if (lex.common.has(lastLow) && !possBase) {
    if (commonWordCity(toks, a)) return { type: 'place', canonical: text, weak: false, possBase: null };
    // `… told Gates`, `Rice's aides`: a common word alone, capitalised mid-sentence, may be a surname (the names pass decides).
    // (After a word only: after a comma or a colon a capitalised word may open speech whose marks were stripped.)
    // (Or after a comma before a finite verb: `When pressed, Marsh backed down`, see `openingSurname.ts`.)
    return b - a === 1 && ((toks[a - 1]?.kind === K.Word && SURNAME_TAGS.test(lex.common.get(lastLow) ?? '') && surnameShaped(toks, a))
      || commaSurname(toks, a)) ? { type: 'surname', canonical: text, weak: true, possBase: null } : null;
  }
  // An unknown word mid-sentence as the subject of a past-tense verb (`… Derya replied`, `, Okafor wrote`): a person.
  const verb = after && after.kind === K.Word && !after.cap && after.s - last.e === 1 ? lex.common.get(after.lower) : undefined;
  if (!possBase && !toks[a].initial && verb === 'PastTense' && !STRIPPED_CONTRACTIONS.has(lastLow) && !(toks[a - 1] && /^(of|in|from|at|to|near|into|by|the|a|an)$/.test(toks[a - 1].lower))) {
    // (`Cabinet decided`, `Parliament voted`: an institution's head acting without `the` is the institution.)
    return { type: INSTITUTION_HEADS.has(lastLow) ? 'organization' : 'person', canonical: text, weak: false, possBase: null };
  }
  return { type: 'unknown', canonical: possBase ?? text, weak: true, possBase };
}

/** Lexicon tags of a common word that may also be a surname (`Gates`, `Rice`, `Brown`, `Cook`, `Frank`, `Pence`). */
export const SURNAME_TAGS = /^(?:Noun|Singular|Plural|Uncountable|Adjective|Actor|Comparative|Currency)$/;
/** Lexicon tags of a noun. */
const NOUN_TAGS = /^(?:Noun|Singular|Plural|Uncountable)$/;

/** The plural of a common noun (`Technologies`, `Operations`): the end of a group's or a company's name, not a surname. */
function pluralNoun(w: string): boolean {
  const lex = lexicon();
  return w.endsWith('s') && (lex.common.has(w.slice(0, -1)) || (w.endsWith('ies') && lex.common.has(w.slice(0, -3) + 'y')));
}

/** `Tom Varness`: a last word shaped like an abstract noun that no lexicon knows, after a known first name, is a surname. */
function abstractShapedSurname(toks: Tok[], a: number, b: number): boolean {
  return b - a >= 2 && isFirstName(toks[a].lower) && !lexicon().common.has(toks[b - 1].lower) && !NO_SURNAME_SUFFIX.test(toks[b - 1].t);
}
/** Abstract-noun suffixes no surname ends with (`Roman Catholicism`, `Christian Theology`, `Mark Fellowship`): unlike
 *  `-ness` (`Varness`), `-ment` (`Clement`), `-ence` (`Lawrence`) or `-sion` (`Gracie Mansion`). */
const NO_SURNAME_SUFFIX = plain(String.raw`\p{Ll}(?:ism|ology|ship|tion)$`, 'u');

/** A lower-case core title right before token a, or before a comma there (`his spokeswoman, Hope Quill`): the
 *  capitalised words after it are a person's name, whatever their words. */
function roleBefore(toks: Tok[], a: number): boolean {
  let p = toks[a - 1];
  // (Before a comma only after a possessive: `his spokeswoman, X`, not a list `…, the adviser, Special Forces`.)
  if (p?.t === ',') { p = toks[a - 2]; if (!/^(?:his|her|their|its)$/.test(toks[a - 3]?.lower ?? '')) return false; }
  return !!p && p.kind === K.Word && !p.cap && !FUNCTION_WORDS.has(p.lower) && isCoreTitle(p.lower);
}

/** Party and faith words, capitalised alone mid-sentence as adjectives (`undecided Republican voter`). */
const NO_SURNAMES = new Set(['republican', 'democrat', 'democratic', 'libertarian', 'conservative', 'liberal', 'independent', 'progressive',
  'socialist', 'communist', 'catholic', 'protestant', 'evangelical', 'muslim', 'christian', 'jewish', 'federal', 'national']);

/** A capitalised common word alone that may be a surname: written `Gates` (not `GATES`), no function word, not after
 *  an article or a demonstrative (`the Hill`, `this Fall`), no capitalised word next to it. */
/** Lexicon tags of a finite verb (`plans`, `made`, `will`, `is`). */
const FINITE_AFTER = /^(?:PastTense|PresentTense|Modal|Copula)$/;
export function surnameShaped(toks: Tok[], a: number): boolean {
  const t = toks[a];
  if (!CAPITALISED_3.test(t.t) || FUNCTION_WORDS.has(t.lower) || STRIPPED_CONTRACTIONS.has(t.lower) || NO_SURNAMES.has(t.lower)
    || lexicon().demonyms.has(t.lower)) return false;
  const p = toks[a - 1];
  const n = toks[a + 1];
  // (`that` opening a clause, before a finite verb, is no determiner: `aides said that Gore plans to ...`.)
  const clause = p?.lower === 'that' && !!n && n.kind === K.Word && n.s - t.e === 1 && FINITE_AFTER.test(lexicon().common.get(n.lower) ?? '');
  if (p && !clause && (/^(?:the|a|an|this|that|these|those|every|each|no|any|some|our|my|your|their)$/.test(p.lower) || (p.cap && p.kind === K.Word))) return false;
  // (Next to a speech cue the clause finders make the speaker of a bare word themselves: `Bond said`, `said Bond`,
  // `according to Bond`.)
  // (Unless the word owns what follows or acts itself: `reported Gore's choice`, `said Cook mailed a note`.)
  const owns = !!n && n.s === t.e && (n.t === "'s" || n.t === '’s');
  const acts = !!n && n.kind === K.Word && n.s - t.e === 1 && FINITE_AFTER.test(lexicon().common.get(n.lower) ?? '');
  if (p && (SPEECH_CUES.has(p.lower) || (p.lower === 'to' && toks[a - 2]?.lower === 'according')) && !owns && !acts) return false;
  if (!n || n.kind !== K.Word) return true;
  // (Nor a modifier of the noun after it: `Republican voter`, `Labor rules`.)
  return !n.cap && !SPEECH_CUES.has(n.lower) && !NOUN_TAGS.test(lexicon().common.get(n.lower) ?? '');
}

/** Compass regions that a text names alone (`the South`, `the Midwest`). */
const REGIONS = new Set(['north', 'south', 'east', 'west', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest', 'mideast']);
/** A region word after `the` (or `the` and one lower-case modifier: `the rural Midwest`; or `and` after another region:
 *  `the Southwest and East`), that modifies no noun after it (`the West side`) and is not said to speak
 *  (`West told them` is a person). */
function regionAfterThe(toks: Tok[], a: number): boolean {
  const t = toks[a];
  if (!REGIONS.has(t.lower) || !CAPITALISED.test(t.t)) return false;
  const after = toks[a + 1];
  if (after && after.kind === K.Word && !after.cap && !FUNCTION_WORDS.has(after.lower) && !timeAdverbial(toks, a + 1)) {
    if (SPEECH_CUES.has(after.lower)) return false;
    const tag = lexicon().common.get(after.lower);
    if (/^(?:Noun|Singular|Plural|Uncountable|Adjective)$/.test(tag ?? '') || (tag === undefined && /[^s]s$/.test(after.lower))) return false;
  }
  const p = toks[a - 1];
  if (!p || p.kind !== K.Word) return false;
  if (p.lower === 'the') return true;
  if (!p.cap && toks[a - 2]?.lower === 'the' && LOWER_WORD.test(p.t) && !FUNCTION_WORDS.has(p.lower)
    && !/Tense|Copula|Modal|Verb|Gerund/.test(lexicon().common.get(p.lower) ?? '')) return true;
  return p.lower === 'and' && !!toks[a - 2] && REGIONS.has(toks[a - 2].lower) && toks[a - 3]?.lower === 'the';
}

/** `a storm in Nice`, `the port of Nice`, `in Mobile, Ala.`: a GeoNames city named like a common word, capitalised
 *  mid-sentence after a place preposition or `city of` / `mayor of`, in running text (a lower-case word before the
 *  preposition: not a title such as `Lost in Translation`), or before `, <country or state>`. */
function commonWordCity(toks: Tok[], a: number): boolean {
  const t = toks[a];
  if (t.initial || !CAPITALISED.test(t.t) || !isGeoCity(t.lower)) return false;
  const p = toks[a - 1];
  const pp = toks[a - 2];
  const running = !!pp && pp.kind === K.Word && !pp.cap;
  if (p && /^(?:in|near|outside|into|across)$/.test(p.lower) && running) return true;
  if (p?.lower === 'of' && pp && /^(?:city|town|village|mayor|port|resort|streets|suburbs|outskirts)$/.test(pp.lower)) return true;
  return toks[a + 1]?.t === ',' && !!toks[a + 2]?.cap && isCountryOrState(toks[a + 2].lower) && running;
}

/** Time words after `last` / `next` / `this` / `every`: `last year`, `next spring` is an adverbial, modified by nothing. */
const TIME_NOUNS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'weekend', 'day', 'days', 'night', 'decade',
  'century', 'spring', 'summer', 'autumn', 'fall', 'winter', 'season', 'time', 'quarter', 'term', 'election', 'cycle']);
/** A time adverbial at token i (`the rural Midwest last year`): the region before it modifies no noun. */
const timeAdverbial = (toks: Tok[], i: number): boolean =>
  /^(?:last|next|this|every|each|early|late)$/.test(toks[i].lower) && TIME_NOUNS.has(toks[i + 1]?.lower ?? '');

/** `the Orlando Sentinel`: a place (a gazetteer place or a GeoNames city) and a masthead word name the newspaper. */
function mastheadAfterPlace(toks: Tok[], a: number, b: number): boolean {
  const last = toks[b - 1].lower;
  if (!MASTHEADS.has(last.slice(last.lastIndexOf('-') + 1)) || !toks[b - 1].cap) return false;
  const place = joinKey(toks, a, b - 1);
  // (A city named like a person only after `the`: `the Charlotte Observer`, not `Paul Post said`.)
  return gazType(place) === 'place' || cityKind(place) === 1 || (cityKind(place) === 2 && toks[a - 1]?.lower === 'the')
    || (b - a === 2 && UPPER_ONLY.get(toks[a].t) === 'place');
}

/** `in Exeter, Devon.`: one capitalised word between a comma after a place and a punctuation mark. */
function isPlaceAfterPlaceComma(toks: Tok[], a: number, b: number): boolean {
  const lex = lexicon();
  const after = toks[b];
  const key = toks[a].lower;
  return (!after || after.kind !== K.Word) && toks[a - 1]?.t === ',' && a >= 2 && toks[a - 2].cap
    && (gazType(toks[a - 2].lower) === 'place' || cityKind(toks[a - 2].lower) === 1) && !lex.common.has(key) && !lex.lastNames.has(key)
    && key.length >= 3 && CAPITALISED.test(toks[a].t) && !key.endsWith('ly')
    // (not an appositive subject: `in Egypt, Assad, aided by …`)
    && !(after?.t === ',' && toks[b + 1]?.kind === K.Word && !toks[b + 1].cap);
}
