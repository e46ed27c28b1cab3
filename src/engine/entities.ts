// Named-entity candidates for one paragraph: capitalised runs, split at unlicensed connectors,
// titles stripped (`Mr. Clark` → `Clark`), possessives with stripped apostrophes linked to their
// base (`Putins` → `Putin`), classified with gazetteers, compromise's lexicon and head words.
// Everything here depends on the paragraph text only (so it can be cached per paragraph); the
// document-level pass in `resolveEntities` settles what needs the rest of the document.
import { gazetteer, cityKind, UPPER_ONLY } from './gazetteer';
import {
  lexicon, TITLE_WORDS, CORE_TITLES, TITLE_PREMODIFIERS, FUNCTION_WORDS, STRIPPED_CONTRACTIONS, NAME_PARTICLES,
  WEEKDAYS, MONTHS, SPEECH_CUES,
} from './lexicon';
import { K, type Tok, type Sentence } from './tokens';
import type { Entity, Span } from './types';

export type CandType = 'person' | 'organization' | 'place' | 'group' | 'date' | 'money' | 'percent' | 'unknown';

export interface ECand {
  /** Name span, relative to the paragraph. */
  s: number;
  e: number;
  type: CandType;
  /** Normalised text (possessive stripped, spaces collapsed). */
  canonical: string;
  /** Start of the span including titles and pre-modifiers (`retired Gen. Wesley Clark`). */
  ts: number;
  /** Title words as written before the name, or null. */
  title: string | null;
  /** Unknown word that only counts if the document confirms it. */
  weak: boolean;
  /** Possessive candidate: the base it would link to. */
  possBase: string | null;
  /** Followed by a speech cue (`Herbst said`). */
  cueAfter: boolean;
  /** Token index range [t0, t1) of the name. */
  t0: number;
  t1: number;
  /** The document pass's copies of the name as written (s..e) and with its titles (ts..e), made on first use: a
   *  candidate is cached with its paragraph's text, so these never change. Every candidate is made with these memo
   *  fields present (undefined), so that filling them in never changes the objects' shape (and V8's fast access). */
  memoText?: string;
  memoWritten?: string;
  /** Whether the word after the name makes an organisation act (`NATO said`, `the ministry has`), on first use. */
  memoActs?: boolean;
  /** The last output made for this candidate (entity, mention span), reused while it stays the same. */
  memoEnt?: Entity;
  memoSpan?: Span;
}

/** Prepositions after which a capitalised word names a place (`in Marion`, `near Jackson`). */
const PLACE_PREPS = new Set(['in', 'near', 'from', 'outside', 'into', 'across', 'to', 'around', 'at', 'toward', 'towards', 'through', 'via']);
/** Institutions a text names by their capitalised head alone, after `the` (`the House`, `the Court`). */
const INSTITUTION_HEADS = new Set(['court', 'house', 'government', 'army', 'navy', 'council', 'commission', 'committee', 'ministry',
  'cabinet', 'legislature', 'assembly', 'church', 'academy', 'board', 'bureau', 'agency', 'department', 'administration']);

/** After a name: `et al.`, a year (`2014`, `(2010)`, `, 2005`): the name is cited as an author. */
function isCitationAfter(toks: Tok[], b: number): boolean {
  const t = toks[b];
  if (!t) return false;
  if (t.lower === 'et' && toks[b + 1] && /^al\.?$/.test(toks[b + 1].lower)) return true;
  const year = (x: Tok | undefined) => !!x && /^(?:1[5-9]|20)\d\d[a-z]?$/.test(x.t);
  if (year(t) && !(toks[b + 1] && toks[b + 1].kind === K.Word && !toks[b + 1].cap && !/^(and|or)$/.test(toks[b + 1].lower))) return true;
  if ((t.t === '(' || t.t === ',') && t.s - toks[b - 1].e <= 1 && year(toks[b + 1])) return true;
  return false;
}

const CAMEL = /^\p{Lu}\p{Ll}{2,}\p{Lu}/u;
const SURNAME_CAMEL = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Ten|Ter|St|Al|El)\p{Lu}/u;

/** Words that start a place's name (`Lake Erie`, `Fort Pierce`, `Mount Kenya`, `Mt. Talau`): such a name is no person's. */
const PLACE_PREFIXES = new Set(['lake', 'fort', 'mount', 'mt', 'mt.', 'cape', 'isle', 'loch', 'lac', 'glen']);
/** Place heads that take `of` and a name (`Gulf of Mexico`, `City of Cleveland`, `Republic of Korea`): one place. */
const OF_PLACE_HEADS = new Set(['city', 'state', 'republic', 'kingdom', 'principality', 'duchy', 'sea', 'gulf', 'bay', 'strait', 'straits',
  'cape', 'isle', 'isles', 'island', 'islands', 'lake', 'port', 'horn', 'province', 'county', 'district', 'region', 'valley', 'coast']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'northeast', 'northwest', 'southeast', 'southwest']);
const NOT_ORG_ACRONYMS = new Set(['MP', 'MPs', 'QC', 'SC', 'KC', 'CEO', 'CFO', 'COO', 'CTO', 'PhD', 'MD', 'IQ', 'TV', 'GDP', 'AM', 'PM',
  'OK', 'ID', 'DJ', 'PR', 'HR', 'IT', 'AI', 'VIP', 'DNA', 'HIV', 'AIDS', 'COVID', 'CT', 'MRI', 'ICU', 'ER', 'UFO', 'PC', 'GPS', 'SMS', 'USB', 'FAQ', 'TBA', 'RIP', 'OMG']);
const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'channel', 'agency', 'network', 'station', 'website', 'outlet', 'tabloid', 'paper', 'group', 'company', 'firm', 'party', 'club', 'team']);
const ROMAN = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,3})$/;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,6}$/u;
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const PARTICLE_PREFIX = /^(?:al|el|bin|ibn|de|van|von|da|di|du|le|la|abu|ben)-\p{Lu}/u;

/** Office-holder compounds (`councilman`, `assemblywoman`, `committeeperson`): titles like `congressman`. */
const OFFICE_COMPOUND = /^(?:council|assembly|committee|select|congress|ombuds)(?:man|woman|person)$/;
/** A title word (`Gov.`, `minister`), office-holder compounds included. */
export function isTitleWord(l: string): boolean {
  return TITLE_WORDS.has(l) || (l.length > 9 && OFFICE_COMPOUND.test(l));
}
/** A title that by itself marks the next name as a person's (`Gov.`, `Councilwoman`). */
export function isCoreTitle(l: string): boolean {
  return CORE_TITLES.has(l) || (l.length > 9 && OFFICE_COMPOUND.test(l));
}

function isNameTok(t: Tok): boolean {
  if (t.kind !== K.Word) return false;
  if (t.cap) {
    if (t.t === 'I' || /^I['’]/.test(t.t)) return false;
    const l = t.lower;
    if (WEEKDAYS.has(l) || (MONTHS.has(l) && l !== 'may' && l !== 'march')) return false;
    return true;
  }
  return PARTICLE_PREFIX.test(t.t);
}

function isCommonWord(low: string): boolean {
  const lex = lexicon();
  if (FUNCTION_WORDS.has(low) || STRIPPED_CONTRACTIONS.has(low)) return true;
  if (lex.maleNames.has(low) || lex.femaleNames.has(low) || lex.firstNames.has(low) || lex.lastNames.has(low)) return false;
  const gz = gazetteer();
  if (gz.places.has(low) || gz.orgs.has(low) || gz.groups.has(low)) return false;
  return lex.common.has(low) || lex.demonyms.has(low);
}

function knownProper(low: string): boolean {
  const lex = lexicon();
  const gz = gazetteer();
  return gz.places.has(low) || gz.orgs.has(low) || gz.groups.has(low) || cityKind(low) === 1 || lex.lastNames.has(low) || lex.firstNames.has(low)
    || lex.maleNames.has(low) || lex.femaleNames.has(low);
}

function gazType(key: string): CandType | null {
  const gz = gazetteer();
  if (gz.orgs.has(key)) return 'organization';
  if (gz.places.has(key)) return 'place';
  if (gz.groups.has(key)) return 'group';
  return null;
}

function joinKey(toks: Tok[], a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += (i > a ? ' ' : '') + toks[i].lower;
  return s;
}

/** Base of a possessive whose apostrophe was stripped (`Putins` → `Putin`), or null. */
function possessiveBase(t: Tok): string | null {
  const w = t.t;
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || !t.cap) return null;
  if (/^\p{Lu}+$/u.test(w.slice(0, -1)) && w.length <= 5) return w.slice(0, -1); // `NATOs`
  return w.slice(0, -1);
}

interface Classified { type: CandType; canonical: string; weak: boolean; possBase: string | null }

function classify(toks: Tok[], a: number, b: number, titled: boolean, hasConnector: boolean): Classified | null {
  const lex = lexicon();
  const n = b - a;
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
  if (g) return { type: g, canonical: text, weak: false, possBase: null };
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
  // Head words.
  if (n >= 2) {
    if (lex.orgHeads.has(lastLow)) return { type: 'organization', canonical: text, weak: false, possBase: null };
    if (hasConnector) {
      for (let i = a; i < b; i++) if (lex.orgHeads.has(toks[i].lower)) return { type: 'organization', canonical: text, weak: false, possBase: null };
    }
    if (lex.placeHeads.has(lastLow)) return { type: 'place', canonical: text, weak: false, possBase: null };
    if (PLACE_PREFIXES.has(toks[a].lower) && !possBase) return { type: 'place', canonical: text, weak: false, possBase: null };
    if (n >= 3 && OF_PLACE_HEADS.has(toks[a].lower) && toks[a + 1].lower === 'of') return { type: 'place', canonical: text, weak: false, possBase: null };
    if (DIRECTIONS.has(toks[a].lower) && gazType(joinKey(toks, a + 1, b)) === 'place') return { type: 'place', canonical: text, weak: false, possBase: null };
  }
  if (n === 1) {
    const t = toks[a];
    const up = UPPER_ONLY.get(t.t);
    if (up) return { type: up, canonical: t.t, weak: false, possBase: null };
    if (INITIALS.test(t.t)) {
      const gt = gazType(t.lower);
      return gt ? { type: gt, canonical: t.t, weak: false, possBase: null } : { type: 'organization', canonical: t.t, weak: true, possBase: null };
    }
    if (ACRONYM.test(t.t) && (NOT_ORG_ACRONYMS.has(t.t) || (t.t.length >= 4 && lex.common.has(lastLow)))) return null;
    if (ACRONYM.test(t.t) && !ROMAN.test(t.t) && /\p{Lu}.*\p{Lu}/u.test(t.t)) {
      const gt = gazType(t.lower);
      return { type: gt ?? 'organization', canonical: t.t, weak: false, possBase: null };
    }
    if (lex.demonyms.has(lastLow)) return null;
    // A brand-style word with a capital inside (`LibriVox`, `OpenAI`, `PayPal`) names an organisation; surname
    // prefixes (`McDonald`, `DeSantis`, `MacArthur`, `LeBlanc`) are no such capital.
    if (CAMEL.test(t.t) && !SURNAME_CAMEL.test(t.t) && !knownProper(lastLow) && !possBase) return { type: 'organization', canonical: t.t, weak: false, possBase: null };
  }
  if (titled) return { type: 'person', canonical: possBase ?? text, weak: false, possBase: null };
  // A city from the GeoNames gazetteer (not followed by a speech cue: `Kemp said` is a person); one whose name is also a
  // person's (`Marion`, `Jackson`) only after a place preposition (`in Marion`).
  const cueNext = !!after && SPEECH_CUES.has(after.lower);
  if (!cueNext && !possBase) {
    const prevLow = toks[a - 1]?.lower ?? '';
    // (Weak: the document pass makes it the person when the document names one so: `Emperor Norton ... Norton`.)
    const ck = cityKind(key);
    if (ck === 1 || (ck === 2 && PLACE_PREPS.has(prevLow))) return { type: 'place', canonical: text, weak: n === 1, possBase: null };
  }
  const firstLow = toks[a].lower;
  const isFirst = lex.maleNames.has(firstLow) || lex.femaleNames.has(firstLow) || lex.firstNames.has(firstLow);
  if (n >= 2 && n <= 4 && isFirst) return { type: 'person', canonical: text, weak: false, possBase: null };
  if (n >= 2 && n <= 3 && lex.lastNames.has(lastLow)) return { type: 'person', canonical: text, weak: false, possBase: null };
  if (n === 1 && (lex.lastNames.has(lastLow) || isFirst)) {
    const prev = toks[a - 1];
    if (prev && /^(in|from|near|into|across|outside|at)$/.test(prev.lower) && !lex.lastNames.has(lastLow)) return { type: 'place', canonical: text, weak: true, possBase: null };
    return { type: 'person', canonical: text, weak: false, possBase: null };
  }
  if (n >= 2 && n <= 4 && toks[b - 1].t.length <= 3 && !lex.lastNames.has(lastLow) && !isFirst) {
    // `Sea Org`, `Group G`: a very short last word is not a surname.
    return { type: 'organization', canonical: text, weak: true, possBase: null };
  }
  if (n >= 2 && n <= 4) {
    let known = false;
    for (let i = a; i < b; i++) if (gazType(toks[i].lower) === 'place' || gazType(toks[i].lower) === 'organization') known = true;
    if (known && !isFirst) return { type: 'organization', canonical: text, weak: true, possBase: null };
    // Unknown capitalised words together: a name most of the time in news.
    let commons = 0;
    for (let i = a; i < b; i++) if (lex.common.has(toks[i].lower) || lex.demonyms.has(toks[i].lower)) commons++;
    if (commons === 0) return { type: 'person', canonical: text, weak: false, possBase: null };
    if (commons < n && !lex.common.has(lastLow)) return { type: 'person', canonical: text, weak: true, possBase: null };
    return null;
  }
  if (n === 1) {
    // `the Court held`, `the House passed`, `the Government said`: an institution named by its capitalised head alone.
    const prevTok = toks[a - 1];
    if (!toks[a].initial && prevTok && prevTok.lower === 'the' && INSTITUTION_HEADS.has(lastLow)) return { type: 'organization', canonical: text, weak: false, possBase: null };
    // A citation (`Kessler et al.`, `Brieber 2014`, `Milekic (2010)`): an unknown capitalised word is an author.
    if (!lex.common.has(lastLow) && !toks[a].initial && isCitationAfter(toks, b)) return { type: 'person', canonical: text, weak: false, possBase: null };
    if (lex.common.has(lastLow) && !possBase) return null;
    // An unknown word mid-sentence as the subject of a past-tense verb (`… Derya replied`, `, Okafor wrote`): a person.
    const verb = after && after.kind === K.Word && !after.cap && after.s - last.e === 1 ? lex.common.get(after.lower) : undefined;
    if (!possBase && !toks[a].initial && verb === 'PastTense' && !STRIPPED_CONTRACTIONS.has(lastLow) && !(toks[a - 1] && /^(of|in|from|at|to|near|into|by|the|a|an)$/.test(toks[a - 1].lower))) {
      return { type: 'person', canonical: text, weak: false, possBase: null };
    }
    return { type: 'unknown', canonical: possBase ?? text, weak: true, possBase };
  }
  return null;
}

/** Title chain at the start of a run: returns the index after it, or a when there is none. */
function titleChain(toks: Tok[], a: number, b: number): number {
  const lex = lexicon();
  const gz = gazetteer();
  let i = a;
  let core = false;
  while (i < b - 1) {
    const l = toks[i].lower;
    if (isTitleWord(l) || (l === 'of' && i > a) || (l === 'the' && i > a && toks[i - 1].lower === 'of')) {
      if (isCoreTitle(l)) core = true;
      i++;
      continue;
    }
    if (i === a && (lex.demonyms.has(l) || gz.places.has(l) || gz.orgs.has(l) || INITIALS.test(toks[i].t))) { i++; continue; }
    // One organisation word before a core title (`Fed Chair`, `Labour leader`).
    if (i === a && i + 1 < b - 1 && isCoreTitle(toks[i + 1].lower)) { i++; continue; }
    if (i === a + 1 && gz.orgs.has(joinKey(toks, a, i + 1))) { i++; continue; }
    break;
  }
  if (!core) return a;
  // `Secretary of State`: only title words — no name at all.
  let allTitle = true;
  for (let k = i; k < b; k++) if (!isTitleWord(toks[k].lower)) { allTitle = false; break; }
  if (allTitle) return b;
  // The rest must look like a name: starts with a capital, not a connector.
  if (i >= b || !toks[i].cap) return a;
  const rest = joinKey(toks, i, b);
  if (gazType(rest) === 'organization' || gazType(rest) === 'place') return -i - 1;
  for (let k = i; k < b; k++) if (lex.orgHeads.has(toks[k].lower) || lex.placeHeads.has(toks[k].lower)) return -i - 1;
  return i;
}

/** Finds entity candidates in a paragraph. `title` marks a headline (words capitalised by style). */
export function findEntities(text: string, toks: Tok[], sents: Sentence[], headline: boolean): ECand[] {
  const out: ECand[] = [];
  let titleCase = false;
  if (headline) {
    let caps = 0;
    let words = 0;
    for (const t of toks) if (t.kind === K.Word && t.t.length > 3) { words++; if (t.cap) caps++; }
    titleCase = words > 0 && caps / words > 0.6;
  }
  for (const sn of sents) {
    let i = sn.t0;
    while (i < sn.t1) {
      const tok = toks[i];
      if (!isNameTok(tok)) { i++; continue; }
      // Build the run: name tokens, with connectors between them.
      const run: number[] = [i];
      let j = i;
      // (At most MAX_RUN tokens: the connectors' checks look over the run, so an endless one is cut into pieces.)
      while (j + 1 < sn.t1 && run.length < MAX_RUN) {
        const nx = toks[j + 1];
        const gap = nx.s - toks[j].e;
        if (gap > 1) break;
        if (isNameTok(nx)) { run.push(j + 1); j++; continue; }
        if (nx.kind === K.Word && !nx.cap && (nx.lower === 'of' || nx.lower === 'for' || nx.lower === 'and' || nx.lower === 'on' || nx.lower === 'in' || nx.lower === 'the' || NAME_PARTICLES.has(nx.lower))
          && j + 2 < sn.t1 && (isNameTok(toks[j + 2]) || (toks[j + 2].lower === 'the' && j + 3 < sn.t1 && isNameTok(toks[j + 3])))
          && toks[j + 2].s - nx.e <= 1) {
          run.push(j + 1); j++; continue;
        }
        if ((nx.t === '&' || nx.t === "'s" || nx.t === '’s') && j + 2 < sn.t1 && isNameTok(toks[j + 2]) && toks[j + 2].s - nx.e <= 1) { run.push(j + 1); j++; continue; }
        break;
      }
      // Trim trailing connectors.
      while (run.length > 1 && !isNameTok(toks[run[run.length - 1]])) run.pop();
      processRun(text, toks, run[0], run[run.length - 1] + 1, out, titleCase);
      i = j + 1;
    }
  }
  // `Biden administration` → one organisation.
  for (const c of out) {
    const nx = toks[c.t1];
    if (nx && nx.lower === 'administration' && nx.s - c.e === 1 && (c.type === 'person' || c.type === 'unknown')) {
      c.e = nx.e;
      c.t1 += 1;
      c.type = 'organization';
      c.canonical = `${c.possBase ?? c.canonical} administration`;
      c.weak = false;
      c.ts = c.s;
      c.title = null;
    }
    // Direct adjacency only (`Herbst said`); appositives (`Herbst, a former ..., said`) are the attribution pass's.
    const cue = toks[c.t1];
    if (cue && SPEECH_CUES.has(cue.lower)) c.cueAfter = true;
  }
  findNumeric(text, out);
  out.sort((x, y) => x.s - y.s || y.e - x.e);
  const kept: ECand[] = [];
  let lastEnd = -1;
  for (const c of out) {
    if (c.s < lastEnd) continue;
    kept.push(c);
    lastEnd = c.e;
  }
  return kept;
}

/** Longest run of name tokens and connectors read as one (real names have a few; `Chairman of the Joint Chiefs of
 *  Staff Gen. Mark Milley` has 9). */
const MAX_RUN = 32;

function processRun(text: string, toks: Tok[], a: number, b: number, out: ECand[], titleCase: boolean): void {
  const lex = lexicon();
  // Split the run at connectors that are not licensed by a head word or a title.
  const pieces: Array<[number, number, boolean]> = [];
  let start = a;
  let licensedSoFar = false;
  let hasHead = false;
  let hasConn = false;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (lex.orgHeads.has(t.lower) || isCoreTitle(t.lower)) hasHead = true;
    const isConn = !isNameTok(t);
    if (!isConn) continue;
    const c = t.lower;
    let ok = false;
    if (NAME_PARTICLES.has(c) && c !== 'the' && c !== 'la' && c !== 'le') ok = true;
    else if (c === 'the') ok = i > a && licensedSoFar && !isNameTok(toks[i - 1]);
    else if (c === "'s" || c === '’s') {
      ok = false;
      // `London's Webber Academy`, `NASA's Earth Observatory`: a known place or organisation owns the next name.
      const ownerKey = toks[i - 1].lower;
      if (gazType(ownerKey) === 'place' || gazType(ownerKey) === 'organization' || cityKind(ownerKey) === 1 || UPPER_ONLY.has(toks[i - 1].t)) { pieces.push([start, i, hasConn]); start = i + 1; licensedSoFar = false; hasHead = false; hasConn = false; continue; }
      for (let k = i + 1; k < b; k++) if (lex.orgHeads.has(toks[k].lower)) { ok = true; break; }
    }
    else if (c === 'of' && i > start && toks[i - 1].cap && OF_PLACE_HEADS.has(toks[i - 1].lower)) ok = true;
    else if ((c === 'of' || c === 'for' || c === 'on' || c === '&') && hasHead) {
      // A title licenses `of` only right after it (`Secretary of State`, not `Sen. Rand Paul of Kentucky`).
      ok = true;
      let orgHead = false;
      for (let k = start; k < i; k++) if (lex.orgHeads.has(toks[k].lower)) orgHead = true;
      if (!orgHead && !isTitleWord(toks[i - 1].lower)) ok = false;
      // ... and not when a first name precedes it: that title word is a surname (`Gov. Ann Justice of Ohio`: the
      // person, then the place), unlike `Chairman of the Joint Chiefs of Staff`.
      if (!orgHead && ok) {
        for (let k = start; k < i - 1; k++) {
          const l = toks[k].lower;
          if (toks[k].cap && !isTitleWord(l) && (lex.maleNames.has(l) || lex.femaleNames.has(l) || lex.firstNames.has(l))) { ok = false; break; }
        }
      }
    }
    else if (c === 'and' && hasHead) {
      const nx = toks[i + 1];
      ok = !!nx && !knownProper(nx.lower) && !(gazType(nx.lower));
      // Two names joined by `and`: the left one is complete when it ends in an organisation head or a known place
      // (`Wikimedia Foundation and Creative Commons`, `University of California and Columbia University`), or when the
      // right one starts with `the` and has a head of its own (`the African Union and the European Union`).
      const prevLow = toks[i - 1].lower;
      if (ok && i - start >= 2 && (lex.orgHeads.has(prevLow) || gazType(prevLow) === 'place' || cityKind(prevLow) === 1)) ok = false;
      if (ok && nx.lower === 'the') {
        for (let k = i + 2; k < b; k++) if (lex.orgHeads.has(toks[k].lower)) { ok = false; break; }
      }
    } else if (c === 'and' && i > start) {
      // `Food and Drug Administration`: capitalised words that are no known names, joined by `and`, up to an organisation head.
      const plain = (k: number): boolean => toks[k].cap && !knownProper(toks[k].lower) && !gazType(toks[k].lower);
      let allPlain = true;
      for (let k = start; k < i; k++) if (!plain(k)) { allPlain = false; break; }
      if (allPlain) {
        for (let k = i + 1; k < b && k <= i + 3; k++) {
          if (!isNameTok(toks[k]) || (!plain(k) && !lex.orgHeads.has(toks[k].lower))) break;
          if (lex.orgHeads.has(toks[k].lower)) { ok = true; break; }
        }
      }
    } else if (c === 'in' && hasHead && licensedSoFar && hasConn) {
      // ... but `Congress of Arts in St. Louis`: a city after `in` is where the organisation is, not its name.
      ok = true;
      for (let end = Math.min(b, i + 4); end > i + 1; end--) {
        const key = joinKey(toks, i + 1, end);
        if (cityKind(key) === 1) { ok = false; break; }
      }
    }
    // A whole multi-word gazetteer entry licenses its connectors too (`Bosnia and Herzegovina`).
    if (!ok) {
      const gz = gazetteer();
      for (let end = Math.min(b, i + 4); end > i + 1; end--) {
        const key = joinKey(toks, start, end);
        if (gz.orgs.has(key) || gz.places.has(key)) { ok = true; break; }
      }
    }
    if (ok) { licensedSoFar = true; hasConn = true; continue; }
    pieces.push([start, i, hasConn]);
    start = i + 1;
    licensedSoFar = false;
    hasHead = false;
    hasConn = false;
  }
  pieces.push([start, b, hasConn]);
  for (const [p0, p1, conn] of pieces) {
    // `Refugee Council Enver Solomon`: an organisation head followed by a two-word name splits there.
    let split = -1;
    for (let h = p0; h < p1 - 2; h++) {
      if (!lex.orgHeads.has(toks[h].lower) || p1 - (h + 1) !== 2) continue;
      const n1 = toks[h + 1];
      const n2 = toks[h + 2];
      if (!n1.cap || !n2.cap || lex.orgHeads.has(n2.lower) || lex.placeHeads.has(n2.lower) || knownProper(joinKey(toks, h + 1, p1))) continue;
      if (gazType(n1.lower) || gazType(n2.lower) || lex.common.has(n2.lower)) continue;
      split = h + 1;
    }
    // `Pacific Fleet Adm. Rosa Gantry`, `U.S. Army Gen. X Y`: an abbreviated title inside a run starts the person.
    let titleSplit = false;
    if (split < 0) {
      for (let h = p0 + 1; h < p1 - 1; h++) {
        const l = toks[h].lower;
        if (!l.endsWith('.') || !isCoreTitle(l) || isTitleWord(toks[h - 1].lower)) continue;
        split = h;
        titleSplit = true;
        break;
      }
    }
    // `Ukraines Donbas`: a stripped possessive of a known name ends its own entity.
    if (split < 0) {
      for (let k = p0; k < p1 - 1; k++) {
        const t = toks[k];
        if (!t.cap || knownProper(t.lower) || lex.common.has(t.lower)) continue;
        const base = possessiveBase(t);
        if (base && (gazType(base.toLowerCase()) === 'place' || lex.lastNames.has(base.toLowerCase()))) { split = k + 1; break; }
      }
    }
    if (split > p0) {
      const before = out.length;
      emitPiece(text, toks, p0, split, conn, out, titleCase);
      // What precedes the title is the office's organisation, unless it starts with a known first name.
      const f = out[out.length - 1];
      if (titleSplit && out.length > before && f.type === 'person') {
        const fl = toks[f.t0].lower;
        if (!lex.maleNames.has(fl) && !lex.femaleNames.has(fl) && !lex.firstNames.has(fl)) {
          f.type = 'organization';
          f.ts = f.s;
          f.title = null;
        }
      }
      emitPiece(text, toks, split, p1, false, out, titleCase);
    } else emitPiece(text, toks, p0, p1, conn, out, titleCase);
  }
}

function emitPiece(text: string, toks: Tok[], a: number, b: number, conn: boolean, out: ECand[], titleCase: boolean): void {
  const lex = lexicon();
  const gz = gazetteer();
  while (a < b && !isNameTok(toks[a])) a++;
  while (b > a && !isNameTok(toks[b - 1])) b--;
  if (a >= b) return;
  // `The` before a newspaper name is part of it (`The Washington Times`), otherwise not.
  if (toks[a].lower === 'the') {
    const keepThe = !toks[a].initial && b - a >= 2 && gz.mediaHeads.has(toks[b - 1].lower);
    if (!keepThe) a++;
    if (a >= b) return;
  }
  // Sentence-initial (or headline) common words are capitalised by position, not because they are names.
  const positional = (t: Tok) => t.initial || titleCase;
  while (a < b && positional(toks[a])) {
    const l = toks[a].lower;
    // Keep a multi-word gazetteer entry that starts here (`New York`).
    let multi = false;
    for (let end = Math.min(b, a + 4); end > a + 1; end--) if (gazType(joinKey(toks, a, end))) { multi = true; break; }
    if (multi) break;
    if (isTitleWord(l) && b - a >= 2) break;
    if (b - a >= 3 && OF_PLACE_HEADS.has(l) && toks[a + 1].lower === 'of') break;
    if (b - a >= 2 && PLACE_PREFIXES.has(l)) break;
    // `Russian Foreign Minister Sergey Lavrov` at a sentence start: the nationality belongs to the title.
    if (b - a >= 3 && isTitleWord(toks[a + 1].lower) && (lex.demonyms.has(l) || gz.places.has(l))) break;
    if (isCommonWord(l) && !(l.length <= 5 && UPPER_ONLY.has(toks[a].t))) { a++; continue; }
    break;
  }
  if (titleCase) {
    // Headline case: keep only what the lexicon or gazetteer supports, word by word.
    let i = a;
    while (i < b) {
      let matched = false;
      for (let end = Math.min(b, i + 4); end > i; end--) {
        const key = joinKey(toks, i, end);
        if (gazType(key) || (end - i === 1 && knownProper(key) && !lex.common.has(key))) {
          emitNamed(text, toks, i, end, false, out, null);
          i = end;
          matched = true;
          break;
        }
      }
      if (!matched) i++;
    }
    return;
  }
  if (a >= b) return;
  // A title after the name (`NASA Administrator`, `Ohio Governor`) is a role, not part of it (`Attorney General` stays whole).
  if (b - a >= 2 && isTitleWord(toks[b - 1].lower) && !lex.orgHeads.has(toks[b - 1].lower) && !isTitleWord(toks[b - 2].lower)
    && (gazType(joinKey(toks, a, b - 1)) || ACRONYM.test(toks[b - 2].t))) b--;
  // Title chain (`Secretary of State`, `Russian President`, `Mr.`).
  const nameStart = titleChain(toks, a, b);
  if (nameStart < 0) {
    // `CEO of the Refugee Council`: the title is a role, the rest an organisation or place.
    const restStart = -nameStart - 1;
    emitNamed(text, toks, restStart, b, conn, out, null);
    return;
  }
  let titleStart: number | null = null;
  if (nameStart > a) titleStart = a;
  else {
    // Lower-case titles before the run (`former president Barack Obama`, `retired Gen.`).
    let k = a - 1;
    while (k >= 0 && toks[k].kind === K.Word && !toks[k].cap && isTitleWord(toks[k].lower) && toks[k].sent === toks[a].sent) k--;
    if (k < a - 1) titleStart = k + 1;
  }
  if (titleStart !== null) {
    let k = titleStart - 1;
    while (k >= 0 && toks[k].kind === K.Word && TITLE_PREMODIFIERS.has(toks[k].lower) && toks[k].sent === toks[a].sent) k--;
    titleStart = k + 1;
  }
  if (nameStart >= b) return;
  // A run that is only a title (`President`) is not a name.
  if (nameStart === a && b - a === 1 && isTitleWord(toks[a].lower) && isCoreTitle(toks[a].lower)) return;
  emitNamed(text, toks, nameStart, b, conn, out, titleStart, nameStart > a);
}

function emitNamed(text: string, toks: Tok[], a: number, b: number, conn: boolean, out: ECand[], titleStart: number | null, titled = false): void {
  // A single sentence-initial word that survived (unknown to the lexicon) stays weak.
  const cls = classify(toks, a, b, titled || (titleStart !== null && titleStart < a && hasCoreTitle(toks, titleStart, a)), conn);
  if (!cls) return;
  // `the newspaper La Repubblica`, `the agency Yonhap`: a media noun names an organisation.
  const prev = toks[a - 1];
  if (prev && !prev.cap && MEDIA_NOUNS.has(prev.lower) && (cls.type === 'person' || cls.type === 'unknown')) {
    cls.type = 'organization';
    cls.weak = false;
  }
  const initialUnknown = toks[a].initial && b - a === 1 && cls.type === 'unknown';
  const ts = titleStart !== null ? toks[titleStart].s : toks[a].s;
  const title = titleStart !== null && titleStart < a ? text.slice(toks[titleStart].s, toks[a - 1].e) : null;
  out.push({
    s: toks[a].s, e: toks[b - 1].e, type: cls.type, canonical: cls.canonical, ts, title,
    weak: cls.weak || initialUnknown, possBase: cls.possBase, cueAfter: false, t0: a, t1: b,
    memoText: undefined, memoWritten: undefined, memoActs: undefined, memoEnt: undefined, memoSpan: undefined, // one object shape from the start (see ECand)
  });
}

function hasCoreTitle(toks: Tok[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isCoreTitle(toks[i].lower)) return true;
  return false;
}

// Numbers, money and dates: linear regexes over the paragraph.
const MONEY_RE = /(?:[$€£¥]|US\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|m)\b)?|\b\d[\d,]*(?:\.\d+)?\s(?:(?:million|billion|trillion)\s)?(?:dollars|euros|pounds|yen|yuan|rubles|roubles|hryvnias|rupees)\b/g;
const PERCENT_RE = /\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/g;
const DATE_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2}(?:,\s\d{4})?)?\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s(?:\d{1,2}(?:st|nd|rd|th)?(?:,\s\d{4})?|\d{4})\b|\b\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{4})?\b|\b(?:in|since|until|by|from|through|during|of)\s(?:(?:January|February|March|April|June|July|August|September|October|November|December)\s)?(?:1[89]\d\d|20\d\d)\b/g;

function findNumeric(text: string, out: ECand[]): void {
  const push = (s: number, e: number, type: CandType) => {
    while (e > s && /[\s,.]/.test(text[e - 1])) e--;
    if (e <= s) return;
    out.push({ s, e, type, canonical: text.slice(s, e), ts: s, title: null, weak: false, possBase: null, cueAfter: false, t0: -1, t1: -1,
      memoText: undefined, memoWritten: undefined, memoActs: undefined, memoEnt: undefined, memoSpan: undefined });
  };
  let m: RegExpExecArray | null;
  MONEY_RE.lastIndex = 0;
  while ((m = MONEY_RE.exec(text)) !== null) push(m.index, m.index + m[0].length, 'money');
  PERCENT_RE.lastIndex = 0;
  while ((m = PERCENT_RE.exec(text)) !== null) push(m.index, m.index + m[0].length, 'percent');
  DATE_RE.lastIndex = 0;
  while ((m = DATE_RE.exec(text)) !== null) {
    let s = m.index;
    const w = /^(?:in|since|until|by|from|through|during|of)\s/.exec(m[0]);
    if (w) s += w[0].length;
    push(s, m.index + m[0].length, 'date');
  }
}
