// Named-entity candidates for one paragraph: capitalised runs, split at unlicensed connectors,
// titles stripped (`Mr. Clark` → `Clark`), possessives with stripped apostrophes linked to their
// base (`Putins` → `Putin`), classified with gazetteers, compromise's lexicon and head words.
// Everything here depends on the paragraph text only (so it can be cached per paragraph); the
// document-level pass in `resolveEntities` settles what needs the rest of the document.
import { gazetteer, cityKind, UPPER_ONLY } from './gazetteer';
import { isFirstName, lexicon, TITLE_PREMODIFIERS, NAME_PARTICLES, SPEECH_CUES } from './lexicon';
import { K, type Tok, type Sentence } from './tokens';
import { plain } from './plainPattern';
import { makeCand, type ECand } from './entities/cand';
import { emitPartyLabel } from './entities/partyLabel';
import { classify, kinTitleName, NEWSPAPER_HEADS, SURNAME_TAGS, surnameShaped } from './entities/classify';
import { markCitedAuthors } from './entities/citation';
import { findNumeric } from './entities/numeric';
import { partyStateTag } from './entities/affiliation';
import { employerClass } from './entities/employer';
import { cityStateClass } from './entities/cityState';
import { andJoinsHeaded } from './entities/andJoin';
import { firstNamePossessive, knownBeforePerson, personOwner, possessiveBeforeKnown, surnameOwner, trimNameEnd, trimOriginModifier, trimPartyBeforeChamber } from './entities/bounds';
import { saintPlace } from './entities/clubs';
import { firmAmpersand, markFirms } from './entities/firms';
import { brandPossessive } from './entities/brands';
import {
  ACRONYM, MEDIA_NOUNS, OF_PLACE_HEADS, PLACE_PREFIXES, INITIALS, STATE_ABBREVIATIONS, PREFIX_INSTITUTIONS, SURNAME_PARTICLES,
  commonFirstNameRun, gazType, isCommonWord, isCoreTitle, isInstitution, isNameTok, isTitleWord, joinKey, knownProper,
} from './entities/words';

export type { CandType, ECand } from './entities/cand';

const INITIALS_OR_LETTER = plain(String.raw`^\p{Lu}\.?$`, 'u');
export { isTitleWord, isCoreTitle } from './entities/words';

import { PARTY_WORDS, firmTitlePrefix, titleChain } from './entities/chain';
import { openingSurname } from './entities/openingSurname';
import { vocative } from './entities/vocative';
import { scriptureName } from './entities/notPerson';
import { gluedOpener } from './entities/gluedOpener';
import { adjectiveAdverb } from './entities/adjectiveAdverb';
import { knownPossessiveSplit, orgOwnerSplit } from './entities/orgOwner';
import { afterGluedModifier, verbFirstNameRun } from './entities/verbFirstName';
import { headlineSurname } from './entities/headlineName';

const INNER_CAPITAL = plain(String.raw`^\p{Lu}\p{Ll}+\p{Lu}`, 'u');

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
  markCitedAuthors(toks, out);
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

/** A finite verb, an adverb or a possessive `'s` after a word opening a sentence (`Gates said`, `Rice also told`). */
function verbOrPossessive(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.t === "'s" || t.t === '’s') return true;
  return t.kind === K.Word && !t.cap && /Tense|Copula|Modal|Adverb/.test(lexicon().common.get(t.lower) ?? '');
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
  let amps: number[] | null = null;
  const from = out.length;
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
      // `Dalby's International`, `Orrin's Stadium`: a brand's possessive before a firm word or a venue (brands.ts).
      ok = brandPossessive(toks, start, i, b);
      // `Quist's PAC`: a person's name owns a lone head, which names nothing of its own.
      if (!ok && surnameOwner(toks, start, i, b)) { pieces.push([start, i, hasConn]); start = b; break; }
      // `London's Webber Academy`, `NASA's Earth Observatory`: a known place or organisation owns the next name.
      const ownerKey = toks[i - 1].lower;
      // (`Dhaka University's Faculty of Arts`: so does a name of two words or more ending in an organisation head.)
      if (!ok && (gazType(ownerKey) === 'place' || gazType(ownerKey) === 'organization' || cityKind(ownerKey) === 1 || UPPER_ONLY.has(toks[i - 1].t)
        || (i - start >= 2 && lex.orgHeads.has(ownerKey) && toks[i - 1].cap) || personOwner(toks, start, i))) { pieces.push([start, i, hasConn]); start = i + 1; licensedSoFar = false; hasHead = false; hasConn = false; continue; }
      for (let k = i + 1; k < b && !ok; k++) if (lex.orgHeads.has(toks[k].lower)) { ok = true; break; }
    }
    else if (c === 'of' && i > start && toks[i - 1].cap && OF_PLACE_HEADS.has(toks[i - 1].lower)) ok = true;
    // `Dunmore & Vell`, `AT&T`: an ampersand between names joins a firm's name (entities/firms.ts).
    else if (c === '&' && !hasHead && firmAmpersand(toks, i, start, b)) { ok = true; (amps ??= []).push(i); }
    else if ((c === 'of' || c === 'for' || c === 'on' || c === '&') && hasHead) {
      // A title licenses `of` only right after it (`Secretary of State`, not `Sen. Rand Paul of Kentucky`).
      ok = true;
      let orgHead = false;
      let lastHead = -1;
      for (let k = start; k < i; k++) if (lex.orgHeads.has(toks[k].lower)) { orgHead = true; lastHead = k; }
      if (!orgHead && !isTitleWord(toks[i - 1].lower)) ok = false;
      // (`Senate Minority Whip Ann Lee of Ohio`: a first name after the last head starts a person, who is `of` a place.)
      for (let k = lastHead + 1; orgHead && ok && k < i - 1; k++) if (toks[k].cap && !isTitleWord(toks[k].lower) && isFirstName(toks[k].lower)) ok = false;
      // ... and not when a first name precedes it: that title word is a surname (`Gov. Ann Justice of Ohio`: the
      // person, then the place), unlike `Chairman of the Joint Chiefs of Staff`.
      if (!orgHead && ok) {
        for (let k = start; k < i - 1; k++) {
          const l = toks[k].lower;
          if (toks[k].cap && !isTitleWord(l) && (lex.maleNames.has(l) || lex.femaleNames.has(l) || lex.firstNames.has(l))) { ok = false; break; }
        }
      }
    }
    else if (c === 'and' && hasHead) ok = andJoinsHeaded(toks, start, i, b);
    else if (c === 'and' && i > start) {
      // `Food and Drug Administration`: capitalised words that are no known names, joined by `and`, up to an organisation head.
      const plain = (k: number): boolean => toks[k].cap && !knownProper(toks[k].lower) && !gazType(toks[k].lower);
      let allPlain = true;
      for (let k = start; k < i; k++) if (!plain(k)) { allPlain = false; break; }
      // (Not when the rest of the run is a name the lists know whole: `Quinlan and Fox News` are two.)
      if (allPlain && !(b - i >= 3 && b - i <= 5 && gazType(joinKey(toks, i + 1, b)))) {
        for (let k = i + 1; k < b && k <= i + 3; k++) {
          if (!isNameTok(toks[k]) || (!plain(k) && !lex.orgHeads.has(toks[k].lower))) break;
          if (lex.orgHeads.has(toks[k].lower)) { ok = true; break; }
        }
      }
    } else if (c === 'in' && hasHead && licensedSoFar && hasConn) {
      ok = !inEndsName(toks, i, b);
    }
    // `the House and Senate`: two institutions that each name an organisation alone are two names.
    if (ok && c === 'and' && i - start === 1 && isInstitution(toks[start].lower) && toks[i + 1] && isInstitution(toks[i + 1].lower)
      && !(toks[i + 2] && i + 2 < b && lex.orgHeads.has(toks[i + 2].lower))) ok = false;
    // A whole multi-word gazetteer entry licenses its connectors too (`Bosnia and Herzegovina`).
    else if (!ok) {
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
    if (emitPartyLabel(text, toks, p0, p1, out)) continue; // `House Budget Democrat Ada Rook` (entities/partyLabel.ts)
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
        if (!l.endsWith('.') || !isCoreTitle(l) || isTitleWord(toks[h - 1].lower) || saintPlace(toks, h, p1)) continue;
        split = h;
        titleSplit = true;
        break;
      }
    }
    // `Harbour Committee Chairman Tom Wren`, `Chicago Alderman Mark Dunn`: a spelled-out title after an
    // organisation or a place starts the person; the office's owner is an entity of its own, with no token range.
    let ownerSplit = false;
    if (split < 0) {
      const h = officeAfterOwner(toks, p0, p1);
      if (h > p0) { split = h; titleSplit = true; ownerSplit = true; }
    }
    // Stripped possessives (entities/orgOwner.ts): `Ukraines Donbas`, `QXNBs Ada Rook`, `Tarrow Universitys Quill Institute`.
    if (split < 0) split = knownPossessiveSplit(toks, p0, p1);
    if (split < 0) split = orgOwnerSplit(toks, p0, p1);
    // (What a possessive owns keeps its `of`: `… Quill Institute of Politics`.)
    const ownerConn = split > p0 && !titleSplit && conn && toks.slice(split, p1).some((t) => !t.cap);
    // `Trumps Virginia`: a stripped possessive, then a known place or organisation; `… to the United States Ann Lee`.
    if (split < 0) split = knownBeforePerson(toks, p0, p1);
    if (split < 0) split = possessiveBeforeKnown(toks, p0, p1);
    if (split < 0) split = firstNamePossessive(toks, p0, p1);
    if (split > p0) {
      const before = out.length;
      emitPiece(text, toks, ownerSplit ? premodified(toks, p0, split) : p0, split, conn, out, titleCase);
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
      // (Never a clause's subject: `said Harbour Committee Chairman Tom Wren` is Wren's quote.)
      // (A headline's weak surname there is dropped: it could not be confirmed without its tokens, headlineName.ts.)
      if (ownerSplit) for (let k = before; k < out.length; k++) { if (out[k].type === 'surname') { out.splice(k--, 1); continue; } out[k].t0 = -1; out[k].t1 = -1; out[k].weak = false; }
      emitPiece(text, toks, split, p1, ownerConn, out, titleCase);
    } else emitPiece(text, toks, p0, p1, conn, out, titleCase);
  }
  if (amps) markFirms(toks, out, from, amps);
}

/** Whether `in` at token `i` ends an organisation name rather than joining it: a city after it (`Congress of Arts in
 *  St. Louis` is where the organisation is), `the` (`Court of Appeals in the Fifth Circuit`), or a known place after a
 *  complete name, one ending in a head or a place (`University of Oslo in Norway`; `Security and Cooperation in
 *  Europe` stays whole). */
function inEndsName(toks: Tok[], i: number, b: number): boolean {
  if (toks[i + 1].lower === 'the' || toks[i + 1].lower === 'may' || toks[i + 1].lower === 'march') return true;
  const prev = toks[i - 1].lower;
  const complete = lexicon().orgHeads.has(prev) || gazType(prev) === 'place' || cityKind(prev) === 1;
  for (let end = Math.min(b, i + 4); end > i + 1; end--) {
    const key = joinKey(toks, i + 1, end);
    if (cityKind(key) === 1 || (complete && gazType(key) === 'place')) return true;
  }
  return false;
}

function emitPiece(text: string, toks: Tok[], a: number, b: number, conn: boolean, out: ECand[], titleCase: boolean): void {
  const lex = lexicon();
  const gz = gazetteer();
  while (a < b && !isNameTok(toks[a])) a++;
  while (b > a && !isNameTok(toks[b - 1])) b--;
  b = trimNameEnd(toks, a, b);
  a = afterGluedModifier(toks, a, b); // `Varrow-linked Islamic`: a hyphen-glued modifier opens no name (verbFirstName.ts)
  if (a >= b) return;
  // `The` before a newspaper name is part of it (`The Washington Times`), otherwise not.
  if (toks[a].lower === 'the') {
    const keepThe = !toks[a].initial && b - a >= 2 && gz.mediaHeads.has(toks[b - 1].lower);
    if (!keepThe) a++;
    if (a >= b) return;
  }
  if (!titleCase && vocative(toks, a, b)) { out.push(makeCand(toks[a + 1].s, toks[b - 1].e, 'person', toks.slice(a + 1, b).map((t) => t.t).join(' '), a + 1, b)); return; }
  if (!titleCase && gluedOpener(toks, a, b)) a++; // `she said, Unlike Vell, I ...` (entities/gluedOpener.ts)
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
    // `Team Sky won`: `Team` opening a team's name.
    if (b - a >= 2 && l === 'team') break;
    // `Russian Foreign Minister Sergey Lavrov` at a sentence start: the nationality belongs to the title.
    if (b - a >= 3 && isTitleWord(toks[a + 1].lower) && (lex.demonyms.has(l) || gz.places.has(l))) break;
    // `House Speaker Tom Wren`, `Treasury Secretary …`: an institution opening a title chain.
    // (`House Majority Leader …`: a title word may come before the core title.)
    const core1 = isCoreTitle(toks[a + 1]?.lower ?? '') || (b - a >= 4 && isTitleWord(toks[a + 1].lower) && isCoreTitle(toks[a + 2].lower));
    if (b - a >= 3 && core1 && (PREFIX_INSTITUTIONS.has(l) || gz.orgs.has(l))) break;
    // `Certainly Ann Lee`, `Finally Dana Voss`: a sentence adverb glued to the name that follows it.
    if ((b - a >= 2 && isLyAdverb(toks[a].t)) || adjectiveAdverb(l)) { a++; continue; } // (alone too: `Simply saying no ...`)
    // `The Post said`: a newspaper named by its head alone (see classify).
    if (b - a === 1 && toks[a - 1]?.lower === 'the' && NEWSPAPER_HEADS.has(l)) break;
    // `Republican National Committee`, `American Medical Association`: a party word or demonym opens the organisation.
    if (b - a >= 2 && (PARTY_WORDS.has(l) || lex.demonyms.has(l)) && lex.orgHeads.has(toks[b - 1].lower)) break;
    // `De Blasio said`: a surname particle opening the name, before a word the lexicon does not know as common.
    if (b - a >= 2 && SURNAME_PARTICLES.has(l) && !isCommonWord(toks[a + 1].lower)) break;
    // `Holly Dale said`: a first name that is also a common word, opening a name (entities/words.ts).
    if (commonFirstNameRun(toks, a, b) || verbFirstNameRun(toks, a, b, titleCase)) break; // (`Will Dalworth told`)
    if (isCommonWord(l) && !(l.length <= 5 && UPPER_ONLY.has(toks[a].t))) {
      // `Gates said nothing.`, `Rice's aides …`: a noun alone opening a sentence may be a full name's surname (names pass).
      // (Before a verb, an adverb or a possessive only: `Staff for the committee said` is the noun; or before `, who` or a
      // speech cue at a sentence's start: entities/openingSurname.ts. A scripture's name is none: `Scripture warns`.)
      if (b - a === 1 && scriptureName(toks, a, b)) return;
      if (b - a === 1 && !titleCase
        && ((SURNAME_TAGS.test(lex.common.get(l) ?? '') && surnameShaped(toks, a) && verbOrPossessive(toks[a + 1])) || openingSurname(toks, a))) {
        out.push(makeCand(toks[a].s, toks[a].e, 'surname', toks[a].t, a, a + 1));
        out[out.length - 1].weak = true;
        return;
      }
      a++;
      continue;
    }
    break;
  }
  a = trimOriginModifier(toks, trimPartyBeforeChamber(toks, a, b), b);
  b = trimNameEnd(toks, a, b); // (again, the run's opening words gone: `Several Utah GOP aides`)
  if (titleCase) {
    // Headline case: keep only what the lexicon or gazetteer supports, word by word.
    let i = a;
    while (i < b) {
      let matched = false;
      for (let end = Math.min(b, i + 4); end > i; end--) {
        const key = joinKey(toks, i, end);
        if (gazType(key) || (end - i === 1 && knownProper(key) && !lex.common.has(key))) {
          // A first name goes on over initials and words no lexicon knows as common (`Matthew Goode`, `Charles J. Fillmore`).
          if (end - i === 1 && !gazType(key) && (lex.maleNames.has(key) || lex.femaleNames.has(key) || lex.firstNames.has(key))) {
            while (end < b && end < i + 4 && toks[end].cap && (INITIALS_OR_LETTER.test(toks[end].t) || lex.lastNames.has(toks[end].lower)
              || (!lex.common.has(toks[end].lower) && !gazType(toks[end].lower)))) end++;
          }
          emitNamed(text, toks, i, end, false, out, null);
          i = end;
          matched = true;
          break;
        }
      }
      if (!matched) { headlineSurname(toks, i, out); i++; } // (`Dalworth Wins`: a person if the body names one: entities/headlineName.ts)
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
  if (nameStart > a) emitTitlePrefix(text, toks, premodified(toks, a, nameStart), nameStart, out); // (`Former Zentrix CEO Ann Lee`)
  if (nameStart >= b) return;
  // A run that is only a title (`President`) is not a name.
  if (nameStart === a && b - a === 1 && isTitleWord(toks[a].lower) && isCoreTitle(toks[a].lower) && !kinTitleName(toks, a, b)) return;
  emitNamed(text, toks, nameStart, b, conn, out, titleStart, nameStart > a);
}

/**
 * Where a spelled-out core title (`Chairman`, `Alderman`) splits a run into an office's owner and a person, or -1.
 * The owner ends in an organisation head or is a known organisation or place (`Republican National Committee`,
 * `Chicago`); the person after the title is one to four capitalised words, none of them a head.
 */
function officeAfterOwner(toks: Tok[], p0: number, p1: number): number {
  const lex = lexicon();
  for (let h = p0 + 1; h < p1 - 1; h++) {
    const l = toks[h].lower;
    const prevLow = toks[h - 1].lower;
    if (!isCoreTitle(l) || (isTitleWord(prevLow) && !lex.orgHeads.has(prevLow)) || p1 - h - 1 > 6) continue;
    const ownerKey = joinKey(toks, premodified(toks, p0, h), h);
    const owner = lex.orgHeads.has(prevLow) || gazType(ownerKey) === 'organization' || gazType(ownerKey) === 'place' || cityKind(ownerKey) === 1;
    if (!owner) return -1;
    // The title may go on (`Chairman and CEO`), but what ends the run must be a name.
    let k = h + 1;
    while (k < p1 && (isTitleWord(toks[k].lower) || toks[k].lower === 'and')) k++;
    if (k >= p1) return -1;
    for (let i = k; i < p1; i++) {
      const w = toks[i].lower;
      if (!toks[i].cap || lex.orgHeads.has(w) || lex.placeHeads.has(w) || gazType(w) === 'organization') return -1;
    }
    return h;
  }
  return -1;
}

/** After the title premodifiers opening [a, b) (`Former CIA Director Ann Lee`: the office's owner is `CIA`). */
const premodified = (toks: Tok[], a: number, b: number): number => { while (a < b - 1 && TITLE_PREMODIFIERS.has(toks[a].lower)) a++; return a; };

/** An adverb in -ly opening a sentence (`Certainly`, `Notably`), not a name in -ly (`Connolly`, `Scully`, `Kimberly`). */
function isLyAdverb(w: string): boolean {
  if (w.length < 6 || !w.endsWith('ly') || /(?:[eo]lly|[^f]ully)$/.test(w) || INNER_CAPITAL.test(w)) return false;
  return !knownProper(w.toLowerCase());
}

/**
 * The organisation or place that opens a person's title chain (`House Speaker Tom Wren`, `FBI Director Ann Lee`,
 * `Ohio Gov. Dana Voss`) is an entity of its own, before the title; a demonym or party adjective (`Russian
 * President`, `Democratic Sen.`) is not.
 */
function emitTitlePrefix(text: string, toks: Tok[], a: number, nameStart: number, out: ECand[]): void {
  let p = a;
  while (p < nameStart && !isTitleWord(toks[p].lower) && toks[p].cap) p++;
  if (p === a || p === nameStart || p - a > 3) return;
  const key = joinKey(toks, a, p);
  let type = gazType(key);
  if (!type && (firmTitlePrefix(toks, a, p) || (p - a === 1 && (PREFIX_INSTITUTIONS.has(key) || (ACRONYM.test(toks[a].t) && !lexicon().common.has(key)) || INITIALS.test(toks[a].t))))) type = 'organization';
  if (type !== 'organization' && type !== 'place') return;
  // (No token range, as for dates: the modifier is never a clause's subject — `said House Speaker Tom Wren` is Wren.)
  out.push(makeCand(toks[a].s, toks[p - 1].e, type, text.slice(toks[a].s, toks[p - 1].e), -1, -1));
}

function emitNamed(text: string, toks: Tok[], a: number, b: number, conn: boolean, out: ECand[], titleStart: number | null, titled = false): void {
  const tag = partyStateTag(toks, a, b); // `Sen. Ada Lorne (D-Conn.)`: no person `D-Conn` (entities/affiliation.ts).
  if (tag === 'party') return;
  // A single sentence-initial word that survived (unknown to the lexicon) stays weak.
  let cls = classify(toks, a, b, titled || (titleStart !== null && titleStart < a && hasCoreTitle(toks, titleStart, a)), conn);
  // A US state abbreviated AP-style, after a city and a comma or known as a place (`Austin, Tex.`, `Fla.`): a place
  // whose span takes the dot (the tokenizer leaves it as punctuation).
  let end = toks[b - 1].e;
  if (b - a === 1 && STATE_ABBREVIATIONS.has(toks[a].lower) && text.charCodeAt(end) === 46 && toks[a].t.length > 1
    && (cls?.type === 'place' || tag === 'state' || (toks[a - 1]?.t === ',' && toks[a - 2]?.cap))) {
    cls = { type: 'place', canonical: toks[a].t + '.', weak: false, possBase: null };
    end += 1;
  }
  cls = employerClass(toks, a, b, cls); // `an analyst at Evercore`: an employer is an organisation (entities/employer.ts).
  cls = cityStateClass(text, toks, a, b, cls, titled || titleStart !== null); // `Tarrow, Ga.`: a place (entities/cityState.ts).
  if (!cls) return;
  // `the newspaper La Repubblica`, `the agency Yonhap`: a media noun names an organisation.
  const prev = toks[a - 1];
  if (prev && !prev.cap && MEDIA_NOUNS.has(prev.lower) && (cls.type === 'person' || cls.type === 'unknown')) {
    cls.type = 'organization';
    cls.weak = false;
  }
  const initialUnknown = toks[a].initial && b - a === 1 && cls.type === 'unknown';
  // `Later, de Blasio said`: a lower-case surname particle right before a person's name opens it.
  const pt = toks[a - 1];
  if (cls.type === 'person' && titleStart === null && pt && !pt.cap && SURNAME_PARTICLES.has(pt.lower) && pt.e + 1 === toks[a].s
    && pt.sent === toks[a].sent && !(toks[a - 2] && toks[a - 2].cap && toks[a - 2].kind === K.Word)) {
    cls.canonical = pt.t + ' ' + cls.canonical;
    a--;
  }
  const ts = titleStart !== null ? toks[titleStart].s : toks[a].s;
  const title = titleStart !== null && titleStart < a ? text.slice(toks[titleStart].s, toks[a - 1].e) : null;
  out.push({
    s: toks[a].s, e: end, type: cls.type, canonical: cls.canonical, ts, title,
    weak: cls.weak || initialUnknown, possBase: cls.possBase, cueAfter: false, t0: a, t1: b, club: cls.club,
    memoText: undefined, memoWritten: undefined, memoActs: undefined, memoEnt: undefined, memoSpan: undefined, memoTyper: undefined, memoC: undefined, // one object shape from the start (see ECand)
  });
}

function hasCoreTitle(toks: Tok[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isCoreTitle(toks[i].lower)) return true;
  return false;
}

