// Word lists and word tests of the entity finder: title words, name tokens, what the lexicon and gazetteers know.
import { gazetteer, cityKind } from '../gazetteer';
import { COLLECTIVE_HEADS, SINGULAR_SOURCES, lexicon, TITLE_WORDS, CORE_TITLES, FUNCTION_WORDS, STRIPPED_CONTRACTIONS, WEEKDAYS, MONTHS } from '../lexicon';
import { K, type Tok } from '../tokens';
import type { CandType } from './cand';
import { COMMON_WORD_FIRST_NAMES } from '../data/firstNames';
import { plain } from '../plainPattern';
import { ALL_UPPER, CAPITALISED, LONE_CAPITAL } from '../wordShapes';

const TWO_CAPS_PLURAL = plain(String.raw`^\p{Lu}{2}s$`, 'u');
const SURNAME_SHAPE = plain(String.raw`^\p{Lu}(?:\p{Ll}+['’]?\p{Lu}?)?\p{Ll}+(?:-\p{L}+)?$`, 'u');

/** Prepositions after which a capitalised word names a place (`in Marion`, `near Jackson`). */
/** AP-style abbreviations of US states, written with a dot (`Austin, Tex.`); the dot belongs to the name. */
export const STATE_ABBREVIATIONS = new Set(['ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wyo']);
export const PLACE_PREPS = new Set(['in', 'near', 'from', 'outside', 'into', 'across', 'to', 'around', 'at', 'toward', 'towards', 'through', 'via']);
/** Institutions a text names by their capitalised head alone, after `the` (`the House`, `the Court`). */
export const INSTITUTION_HEADS = new Set(['fed', 'treasury', 'court', 'house', 'government', 'army', 'navy', 'council', 'commission', 'committee', 'ministry',
  'cabinet', 'legislature', 'assembly', 'church', 'academy', 'board', 'bureau', 'agency', 'department', 'administration']);

/** After a name: `et al.`, a year (`2014`, `(2010)`, `, 2005`): the name is cited as an author. */
export function isCitationAfter(toks: Tok[], b: number): boolean {
  const t = toks[b];
  if (!t) return false;
  if (t.lower === 'et' && toks[b + 1] && /^al\.?$/.test(toks[b + 1].lower)) return true;
  const year = (x: Tok | undefined) => !!x && /^(?:1[5-9]|20)\d\d[a-z]?$/.test(x.t);
  if (year(t) && !(toks[b + 1] && toks[b + 1].kind === K.Word && !toks[b + 1].cap && !/^(and|or)$/.test(toks[b + 1].lower))) return true;
  if ((t.t === '(' || t.t === ',') && t.s - toks[b - 1].e <= 1 && year(toks[b + 1])) return true;
  return false;
}

export const CAMEL = plain(String.raw`^\p{Lu}\p{Ll}{2,}\p{Lu}`, 'u');
export const SURNAME_CAMEL = plain(String.raw`^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Ten|Ter|St|Al|El)\p{Lu}`, 'u');

/** Words that start a place's name (`Lake Erie`, `Fort Pierce`, `Mount Kenya`, `Mt. Talau`): such a name is no person's. */
export const PLACE_PREFIXES = new Set(['lake', 'fort', 'mount', 'mt', 'mt.', 'cape', 'isle', 'loch', 'lac', 'glen',
  // ... and their kin in other languages (`Anse Bertrand`, `Pointe des Chateaux`, `Plac Wolności`, `Wat Arun`, `Rio Grande`).
  'anse', 'pointe', 'baie', 'morne', 'mont', 'île', 'ile', 'rue', 'plac', 'ulica', 'calle', 'avenida', 'playa', 'praia', 'rio', 'río',
  'lago', 'isla', 'cerro', 'wat', 'koh', 'jebel', 'wadi']);
/** Place heads that take `of` and a name (`Gulf of Mexico`, `City of Cleveland`, `Republic of Korea`): one place. */
export const OF_PLACE_HEADS = new Set(['city', 'state', 'republic', 'kingdom', 'principality', 'duchy', 'sea', 'gulf', 'bay', 'strait', 'straits',
  'cape', 'isle', 'isles', 'island', 'islands', 'lake', 'port', 'horn', 'province', 'county', 'district', 'region', 'valley', 'coast']);
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'northeast', 'northwest', 'southeast', 'southwest']);
export const NOT_ORG_ACRONYMS = new Set(['MP', 'MPs', 'QC', 'SC', 'KC', 'CEO', 'CFO', 'COO', 'CTO', 'PhD', 'MD', 'IQ', 'TV', 'GDP', 'AM', 'PM',
  'OK', 'ID', 'DJ', 'PR', 'HR', 'IT', 'AI', 'VIP', 'DNA', 'HIV', 'AIDS', 'COVID', 'CT', 'MRI', 'ICU', 'ER', 'UFO', 'PC', 'GPS', 'SMS', 'USB', 'FAQ', 'TBA', 'RIP', 'OMG',
  // (common nouns written as acronyms: a value-added tax, a vice president, an inspector general)
  'VAT', 'VP', 'IG']);
export const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'channel', 'agency', 'network', 'station', 'website', 'outlet', 'tabloid', 'paper', 'group', 'company', 'firm', 'party', 'club', 'team']);
export const ROMAN = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,3})$/;
export const ACRONYM = plain(String.raw`^\p{Lu}[\p{Lu}\d&]{1,6}$`, 'u');
export const INITIALS = plain(String.raw`^(?:\p{Lu}\.){2,}$`, 'u');
export const PARTICLE_PREFIX = plain(String.raw`^(?:al|el|bin|ibn|de|van|von|da|di|du|le|la|abu|ben)-\p{Lu}`, 'u');

/** Office-holder compounds (`councilman`, `assemblywoman`, `committeeperson`): titles like `congressman`. */
export const OFFICE_COMPOUND = /^(?:council|assembly|committee|select|congress|ombuds)(?:man|woman|person)$/;
/** A title word (`Gov.`, `minister`), office-holder compounds included. */
export function isTitleWord(l: string): boolean {
  return TITLE_WORDS.has(l) || (l.length > 9 && OFFICE_COMPOUND.test(l));
}
/** A title that by itself marks the next name as a person's (`Gov.`, `Councilwoman`). */
export function isCoreTitle(l: string): boolean {
  // (`Majority Whip Ann Lee`: a party's whip is an office like its leader.)
  return CORE_TITLES.has(l) || l === 'whip' || (l.length > 9 && OFFICE_COMPOUND.test(l));
}

/** A verb's or pronoun's contraction with its apostrophe (`Don't`, `Can’t`, `We're`, `They'll`): never part of a name,
 *  though capitalised at a sentence's start (`Don't Marla, please.` names Marla only). A possessive `'s` is no such. */
const CONTRACTION = plain(String.raw`^\p{L}+(?:n['’]t|['’](?:re|ll|ve|m|d))$`, 'iu');

export function isNameTok(t: Tok): boolean {
  if (t.kind !== K.Word) return false;
  if (t.cap) {
    if (t.t === 'I' || /^I['’]/.test(t.t)) return false;
    if (t.t.length > 3 && CONTRACTION.test(t.t)) return false;
    const l = t.lower;
    if (WEEKDAYS.has(l) || (MONTHS.has(l) && l !== 'may' && l !== 'march')) return false;
    return true;
  }
  return PARTICLE_PREFIX.test(t.t);
}

export function isCommonWord(low: string): boolean {
  const lex = lexicon();
  if (FUNCTION_WORDS.has(low) || STRIPPED_CONTRACTIONS.has(low)) return true;
  if (lex.maleNames.has(low) || lex.femaleNames.has(low) || lex.firstNames.has(low) || lex.lastNames.has(low)) return false;
  const gz = gazetteer();
  if (gz.places.has(low) || gz.orgs.has(low) || gz.groups.has(low)) return false;
  // (`Aides say`, `Lawmakers said`, `Sources told`: a noun for unnamed sources is a common word, whether or not the
  // common lexicon lists it.)
  return lex.common.has(low) || lex.demonyms.has(low) || COLLECTIVE_HEADS.has(low) || SINGULAR_SOURCES.has(low);
}

export function knownProper(low: string): boolean {
  const lex = lexicon();
  const gz = gazetteer();
  return gz.places.has(low) || gz.orgs.has(low) || gz.groups.has(low) || cityKind(low) === 1 || lex.lastNames.has(low) || lex.firstNames.has(low)
    || lex.maleNames.has(low) || lex.femaleNames.has(low);
}

export function gazType(key: string): CandType | null {
  const gz = gazetteer();
  if (gz.orgs.has(key)) return 'organization';
  if (gz.places.has(key)) return 'place';
  if (gz.groups.has(key)) return 'group';
  return null;
}

export function joinKey(toks: Tok[], a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += (i > a ? ' ' : '') + toks[i].lower;
  return s;
}

/** Base of a possessive whose apostrophe was stripped (`Putins` → `Putin`), or null. */
export function possessiveBase(t: Tok): string | null {
  const w = t.t;
  // (`UKs`, `Texass`, `Pariss`: a known place or organisation, short or in `s`, with its apostrophe stripped.)
  // (`HPs`, `APs`: two capitals and `s`, unless a plural of a common acronym, `MPs`, `IDs`, `TVs`.)
  if (TWO_CAPS_PLURAL.test(w)) return NOT_ORG_ACRONYMS.has(w.slice(0, -1)) ? null : w.slice(0, -1);
  if (w.length >= 5 && w.endsWith('ss') && t.cap && gazType(w.slice(0, -1).toLowerCase())) return w.slice(0, -1);
  // (`Sanderss`, `Edwardss`: a name in consonant + s with its apostrophe stripped; `Hess`, `Douglass` are names.)
  if (w.length < 4 || !w.endsWith('s') || (w.endsWith('ss') && !/[^aeiouys]ss$/i.test(w)) || w.endsWith('us') || w.endsWith('is') || !t.cap) return null;
  if (ALL_UPPER.test(w.slice(0, -1)) && w.length <= 5) return w.slice(0, -1); // `NATOs`
  return w.slice(0, -1);
}

/** An institution that names an organisation by one word (`House`, `Senate`, `Congress`). */
export function isInstitution(low: string): boolean {
  return PREFIX_INSTITUTIONS.has(low) || gazType(low) === 'organization';
}

/** `President Ann Lee and President Obama`: a titled name before `and`, and a title after it (also one whose core title
 *  follows other title words: `and Vice President Tom Orr`): two people. */
export function titledBothSides(toks: Tok[], start: number, i: number): boolean {
  let j = i + 1;
  while (j < i + 3 && toks[j] && isTitleWord(toks[j].lower) && !isCoreTitle(toks[j].lower)) j++;
  const nx = toks[j];
  if (!nx || !isCoreTitle(nx.lower)) return false;
  let title = false;
  for (let k = start; k < i; k++) {
    if (isTitleWord(toks[k].lower)) title = true;
    else if (title && toks[k].cap) return true;
  }
  return false;
}

/** `Gov. Ann Lee and Tom Orr`: before `and`, a title and a capitalised name with no organisation head in [start, i) or
 *  after `and` in [i, b): a titled person, so `and` joins two names, not one. */
export function titledPersonBefore(toks: Tok[], start: number, i: number, b: number): boolean {
  const lex = lexicon();
  let title = false;
  let name = false;
  for (let k = start; k < i; k++) {
    const l = toks[k].lower;
    if (lex.orgHeads.has(l) || lex.placeHeads.has(l)) return false;
    if (isCoreTitle(l)) title = true;
    else if (title && toks[k].cap && !isTitleWord(l) && l !== 'of' && l !== 'the') name = true;
  }
  for (let k = i + 1; name && k < b; k++) if (lex.orgHeads.has(toks[k].lower) || lex.placeHeads.has(toks[k].lower)) return false;
  return name;
}

/** Particles that open a surname (`de Blasio`, `van Gogh`, `von Braun`); not `la`, `le`, `des`, which open places too. */
export const SURNAME_PARTICLES = new Set(['de', 'di', 'da', 'du', 'del', 'della', 'van', 'von', 'der', 'bin', 'ibn']);

/** Institution words that name an organisation alone before a title (`House Speaker`, `Treasury Secretary`). */
export const PREFIX_INSTITUTIONS = new Set(['house', 'senate', 'treasury', 'fed', 'pentagon', 'congress', 'parliament', 'kremlin', 'vatican']);

let commonFirst: Set<string> | null = null;
/** Lexicon tags of a common word that may open a name as a first name (`Holly`, `Frank`, `Dawn`): nouns, not adjectives
 *  (`Red Sox`, `Royal Dutch`), months (`May`), verbs, determiners, role nouns (`Bride`) or function words. */
const FIRST_NAME_TAGS = /^(?:Noun|Singular|Uncountable|Comparative)$/;
/** A first name the lexicon knows only as a common word (data/firstNames.ts, from the stdlib name lists): `Holly`, `Jean`. */
export function isCommonWordFirstName(l: string): boolean {
  commonFirst ??= new Set(COMMON_WORD_FIRST_NAMES.split('|'));
  return commonFirst.has(l) && FIRST_NAME_TAGS.test(lexicon().common.get(l) ?? '') && !DIRECTIONS.has(l);
}

/** `Holly Dale`, `Jean Gabin`, `Frank J. Messner`: tokens [a, b) (two or three) are a common-word first name, an optional
 *  initial or name, and a surname-shaped word that no list knows as a common word, a demonym, a head or an entry. */
export function commonFirstNameRun(toks: Tok[], a: number, b: number): boolean {
  const n = b - a;
  if ((n !== 2 && n !== 3) || !CAPITALISED.test(toks[a].t) || !isCommonWordFirstName(toks[a].lower)) return false;
  const lex = lexicon();
  for (let i = a + 1; i < b; i++) {
    const t = toks[i];
    // (A middle word is an initial or a known first name: `Frank J. Messner`, not `Jean Anouilhs Antigone`.)
    if (i < b - 1) { if (LONE_CAPITAL.test(t.t) || lex.maleNames.has(t.lower) || lex.femaleNames.has(t.lower)) continue; return false; }
    if (!SURNAME_SHAPE.test(t.t) || lex.common.has(t.lower) || lex.demonyms.has(t.lower) || lex.placeHeads.has(t.lower)
      || lex.orgHeads.has(t.lower) || lex.eventHeads.has(t.lower) || gazType(t.lower) || FUNCTION_WORDS.has(t.lower) || isTitleWord(t.lower)) return false;
    // (Nor the plural of a common noun: `the Rice Owls`, a team.)
    if (t.lower.endsWith('s') && (lex.common.has(t.lower.slice(0, -1)) || lex.common.has(t.lower.slice(0, -2)))) return false;
  }
  // (Nor a name that modifies the noun after it: `the Jade Helm team`, `the Rose Bowl game`.)
  const next = toks[b];
  return !(next && next.kind === K.Word && !next.cap && /^(?:Noun|Singular|Plural|Uncountable)$/.test(lex.common.get(next.lower) ?? ''));
}

