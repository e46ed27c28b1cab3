// A person's name at the end of a long title chain in a speech cue's subject slot, which the entity layer may leave
// out or swallow into an organisation (`..., said Judicial Watch President Ann Lee.`, `..., Republican National
// Committee Chairman Ann Lee said.`, `..., said Chicago Alderman Ann B. Lee, who ...`), or opening a sentence or a
// clause before a verb (`Party Communications Director Ann Lee called it ...`): there a run of capitalised words
// that ends in a name after a title word or a known first name names the person who speaks (or acts). Each
// such name becomes a person candidate of the paragraph (its title the words before it), so that the attribution
// finder sees a named subject. Paragraph-local (cacheable), linear in the tokens.
import { type ECand, isCoreTitle, isTitleWord } from '../entities';
import { titledPerson } from '../entities/cand';
import { saintPlace } from '../entities/clubs';
import { COLLECTIVE_HEADS, DIRECT_CUES, SPEAKER_PRONOUNS, lexicon } from '../lexicon';
import { K, type Tok, type Sentence, isQuoteChar } from '../tokens';

/** Lower-case words that may sit inside or before a title chain (`former Pennsylvania Gov. and party Chairman`). */
const CHAIN_GLUE = new Set(['former', 'and', 'of', 'then', 'acting', 'interim', 'outgoing', 'incoming']);
/** Tokens of a title chain looked at, at most (each scan is bounded, so a paragraph of capitalised runs stays linear). */
const MAX_CHAIN = 16;
/** Tags of the common-word lexicon that no surname has in this slot. */
const NOT_SURNAME_TAG = /^(Preposition|Conjunction|Determiner|Pronoun|Adverb|WeekDay|Month|Date|Modal|Auxiliary|Copula|QuestionWord|Value|Cardinal|Ordinal|Possessive)$/;

/** A title word, alone or as a part of a hyphenated compound (`Secretary-Treasurer`), or a known role noun. */
function titleLike(t: Tok): boolean {
  if (t.kind !== K.Word) return false;
  const l = t.lower;
  if (isTitleWord(l) || lexicon().roleNouns.has(l)) return true;
  return l.includes('-') && l.split('-').some((p) => isTitleWord(p));
}

/** A single-letter initial (`B.`). */
function initialTok(t: Tok): boolean {
  return t.kind === K.Word && t.cap && t.t.length === 2 && t.t.endsWith('.');
}

/** Whether the token can be a person's surname (or first name) here: capitalised, no abbreviation, no title, no
 *  function word, no organisation or place head, no collective. */
function nameTok(t: Tok | undefined): boolean {
  if (!t || t.kind !== K.Word || !t.cap || t.t.length < 2 || t.t.endsWith('.') || /['’]/.test(t.t)) return false;
  const l = t.lower;
  if (titleLike(t) || SPEAKER_PRONOUNS.has(l) || COLLECTIVE_HEADS.has(l)) return false;
  const lex = lexicon();
  if (lex.orgHeads.has(l) || lex.placeHeads.has(l) || lex.demonyms.has(l)) return false;
  const tag = lex.common.get(l);
  return !(tag !== undefined && NOT_SURNAME_TAG.test(tag));
}

/** The name tokens [first, b) at the end of the chain [a, b): a surname, maybe initials before it, and a first name
 *  when it is a known one or follows a title; something of the chain must come before the name, and the word right
 *  before it must be a title (or the name start with a known first name). Null when the run ends in no such name. */
function nameAtEnd(toks: Tok[], a: number, b: number): number | null {
  const last = b - 1;
  if (last <= a || !nameTok(toks[last])) return null;
  let k = last - 1;
  while (k > a && initialTok(toks[k])) k--;
  const lex = lexicon();
  const known = (t: Tok): boolean => lex.firstNames.has(t.lower) || lex.maleNames.has(t.lower) || lex.femaleNames.has(t.lower);
  let first = k + 1;
  if (k > a && nameTok(toks[k]) && (known(toks[k]) || titleLike(toks[k - 1]))) first = k;
  else if (k === a && nameTok(toks[k]) && known(toks[k])) return null; // only a name: the entity layer's case
  if (first <= a) return null;
  const before = toks[first - 1];
  if (!(titleLike(before) || (first < last && known(toks[first])))) return null;
  // (`St. Louis Cardinals`: a saint's place name, no title and a person.)
  if (saintPlace(toks, first - 1, b)) return null;
  // (A surname alone needs an office right before it: `Chairman Lee`, not `The FIRST Global`.)
  if (first === last && !isCoreTitle(before.lower)) return null;
  return first;
}

/** Whether the token is part of a title chain: a capitalised word or abbreviation (`U.S.`, `Gov.`), or glue. */
function chainTok(t: Tok): boolean {
  return t.kind === K.Word && (t.cap || CHAIN_GLUE.has(t.lower));
}

/** Adds to `ents` (sorted by start) a person candidate for each name ending a title chain in a direct cue's subject
 *  slot, where no person candidate covers it yet. A candidate of another type over the chain (`Chicago Alderman Ann
 *  Lee` as an organisation) gives way to it. */
export function addChainNames(text: string, toks: Tok[], sents: Sentence[], ents: ECand[]): void {
  // Per token: index + 1 of a candidate covering it, 0 when none.
  let covered: Int32Array | null = null;
  const coverOf = (): Int32Array => {
    if (covered) return covered;
    covered = new Int32Array(toks.length);
    for (let x = 0; x < ents.length; x++) for (let k = Math.max(0, ents[x].t0); k < ents[x].t1; k++) covered[k] = x + 1;
    return covered;
  };
  const drop = new Set<number>();
  const added: ECand[] = [];
  const add = (a: number, first: number, b: number, cueAfter: boolean): void => {
    const cov = coverOf();
    for (let k = first; k < b; k++) {
      const x = cov[k] - 1;
      if (x < 0) continue;
      if (ents[x].type === 'person' || ents[x].t1 > b) return;
    }
    for (let k = first; k < b; k++) if (cov[k]) drop.add(cov[k] - 1);
    let ts = a;
    while (ts < first && !toks[ts].cap) ts++;
    added.push(titledPerson(text, toks, first, b, ts, cueAfter));
  };
  for (const sn of sents) {
    for (let i = sn.t0; i < sn.t1; i++) {
      const tok = toks[i];
      if (tok.kind !== K.Word || tok.cap) continue;
      const cue = DIRECT_CUES.has(tok.lower) && !tok.lower.endsWith('ing');
      // `... Committee Chairman Ann Lee said`: the chain right before the cue; or, at the start of a sentence or a
      // clause, before any verb (`Party Communications Director Ann Lee called it ...`).
      if (i > sn.t0 && toks[i - 1].cap && (cue || !CHAIN_GLUE.has(tok.lower))) {
        let a = i;
        while (a > sn.t0 && i - a < MAX_CHAIN && chainTok(toks[a - 1])) a--;
        while (a < i && !toks[a].cap) a++;
        const atEdge = a === sn.t0 || toks[a - 1].kind === K.Punct;
        if (i - a >= 3 && (cue || atEdge)) {
          const first = nameAtEnd(toks, a, i);
          if (first !== null) { add(a, first, i, cue); continue; }
        }
      }
      if (!cue) continue;
      // `..., said Judicial Watch President Ann Lee.`: the chain right after a cue that follows a comma or a mark.
      const p = toks[i - 1];
      if (i <= sn.t0 || p.kind !== K.Punct || !(p.t === ',' || isQuoteChar(p.t))) continue;
      let b = i + 1;
      while (b < sn.t1 && b - i <= MAX_CHAIN && chainTok(toks[b])) b++;
      while (b > i + 1 && !toks[b - 1].cap) b--;
      const nx = toks[b];
      const edge = b >= sn.t1 || nx.kind !== K.Word || !nx.cap;
      if (b - (i + 1) >= 3 && edge) {
        const first = nameAtEnd(toks, i + 1, b);
        if (first !== null) add(i + 1, first, b, false);
      }
    }
  }
  if (!added.length) return;
  if (drop.size) {
    let w = 0;
    for (let x = 0; x < ents.length; x++) if (!drop.has(x)) ents[w++] = ents[x];
    ents.length = w;
  }
  for (const c of added) ents.push(c);
  ents.sort((x, y) => x.s - y.s || y.e - x.e);
}
