// A document or an organisation the text gives the words to, left unnamed (issue 12, twenty-sixth round):
// `"...," the statement said.`, `The lawsuit says ...`, `Dorn's office said in a statement`, `the Wren campaign
// said`. The noun phrase is the source, shown as written: never the person who owns it (`Dorn`), nor, by continuation,
// the last person who spoke. `subjects.ts` leaves these out (a document is no speaker there, and an organisation noun
// counts only right after `the`); this is asked only when it found no subject before the cue.
import type { Subject } from '../attribution';
import { DOCUMENT_NOUNS, POSSESSIVES, TIED_ROLES, lexicon } from '../lexicon';
import { K, type Tok } from '../tokens';
import { AUX } from './subjects';

/** Documents that speak for their authors (`the statement said`, `the lawsuit says`, `the letter continues`). */
export const SOURCE_DOCS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS, 'e-mail', 'lawsuit', 'complaint', 'editorial',
  'readout', 'transcript', 'ad', 'advertisement', 'petition', 'indictment', 'memoir', 'book', 'column', 'decision', 'order',
  'opinion', 'motion', 'brief', 'audit', 'assessment', 'analysis', 'review', 'summary', 'platform', 'resolution',
  // (Twenty-eighth round, h-cue: short texts that speak for their authors: `one tweet said`, `the sign read`.)
  'tweet', 'message', 'sign', 'headline', 'caption']);
/** Organisation nouns that an owner's name or a possessive may open (`Dorn's office`, `the Wren campaign`, `her
 *  campaign`, `the company`). */
export const SOURCE_ORGS: ReadonlySet<string> = new Set(['campaign', 'office', 'team', 'staff', 'administration', 'company',
  'firm', 'group', 'committee', 'board', 'commission', 'agency', 'department', 'ministry', 'foundation', 'union',
  'organization', 'organisation', 'council', 'network', 'newspaper', 'magazine', 'embassy', 'institute', 'center',
  'centre', 'coalition', 'panel', 'court', 'party']);
/** The cues a document or an organisation speaks with here (`answered`, `told`, `asked` take other objects after a
 *  document: `their survey answered every question`). */
const SOURCE_CUES = new Set(['said', 'says', 'say', 'stated', 'states', 'reads', 'added', 'adds', 'noted', 'notes', 'wrote',
  'writes', 'explained', 'explains', 'continued', 'continues', 'concluded', 'concludes', 'warned', 'warns', 'argued',
  'argues', 'declared', 'declares', 'claimed', 'claims', 'urged', 'urges', 'insisted', 'insists', 'stressed', 'stresses',
  'tweeted', 'posted', 'announced', 'acknowledged', 'countered', 'responded', 'cautioned', 'contended', 'asserted', 'read']);
/** Words that open the phrase: an article, a demonstrative, a possessive (`his office`) or `one` / `another` (`one
 *  tweet said`). */
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'one', 'another', ...POSSESSIVES]);
/** Words before the phrase that leave it a clause's subject (`, and the statement said`, `because the report found`). */
const CLAUSE_WORDS = new Set(['and', 'but', 'so', 'yet', 'then', 'that', 'as', 'while', 'because', 'since', 'although', 'though', 'when', 'where']);
const ONE: ReadonlySet<string> = new Set(['one', 'another']);
/** Whether a capitalised word stands between tokens `a` and `b` (both excluded). */
function capsBetween(toks: Tok[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (toks[k].cap) return true;
  return false;
}
/** Tags a lower-case modifier may have (or none: a word the lexicon lacks). */
const MODIFIER_TAG = /^(?:Adjective|Singular|Noun|Uncountable|Comparative|Superlative)$/;

/** The unnamed document or organisation that is the subject of the cue at token `i` (`SOURCE_CUES`), or null: right
 *  before the cue (past auxiliaries and adverbs: `the statement also said`), a lower-case document or organisation
 *  noun, up to three modifiers before it (lower-case, numbers, or capitalised words: `the 2014 House report`, `the Wren
 *  campaign`), and an opener (`the`, `a`, `his`, ...) or an owner's possessive (`Dorn's office`) at its start; before
 *  the phrase, the sentence's start, a punctuation mark or a clause word (never a preposition: `a spokesman for the
 *  board said` is the spokesman's). A document needs an opener other than `a` (`a statement said` is rare; `a statement
 *  saying` is the author's). Reads at most eight tokens back. */
export function unnamedSourceBefore(text: string, toks: Tok[], i: number, lo: number, cue = i): { subj: Subject; appo: null; start: number } | null {
  // (`cue`: the cue's token when `i` is another verb it hangs on, `the memo goes on to say`.)
  if (!SOURCE_CUES.has(toks[cue].lower)) return null;
  const lex = lexicon();
  let h = i - 1;
  while (h > lo && h >= i - 2 && toks[h].kind === K.Word && !toks[h].cap && (AUX.has(toks[h].lower) || lex.common.get(toks[h].lower) === 'Adverb')) h--;
  const head = toks[h];
  if (!head || h < lo || head.kind !== K.Word || head.cap) return null;
  const doc = SOURCE_DOCS.has(head.lower);
  // (`read` is a cue only after a document: `the sign read`, not `the board read`.)
  if ((!doc && !SOURCE_ORGS.has(head.lower)) || (!doc && toks[cue].lower === 'read')) return null;
  let d = h - 1;
  let opened = false;
  while (d >= lo && h - d <= 4) {
    const t = toks[d];
    // (`one` / `another` only before lower-case words: `one Dorn ad` is one of Dorn's, whose words the ad gives.)
    if (t.kind === K.Word && (!t.cap || t.initial) && OPENERS.has(t.lower)) { opened = !(doc && (t.lower === 'a' || t.lower === 'an')) && !(ONE.has(t.lower) && capsBetween(toks, d, h)); break; }
    // (`Dorn's office`, `Ann Dorn's office`: an owner's name and its possessive open the phrase.)
    if (t.kind === K.Punct && (t.t === "'s" || t.t === '’s') && d - 1 >= lo && toks[d - 1].cap) {
      d--;
      while (d - 1 >= lo && d - 1 >= h - 7 && toks[d - 1].kind === K.Word && toks[d - 1].cap) d--;
      opened = true;
      d--;
      break;
    }
    const tag = lex.common.get(t.lower);
    if (t.kind === K.Num || (t.kind === K.Word && (t.cap || tag === undefined || MODIFIER_TAG.test(tag)))) { d--; continue; }
    return null;
  }
  if (!opened) return null;
  // (`d`: the opener's token, or the token before the owner's name.)
  const s = d >= lo && toks[d].kind === K.Word && OPENERS.has(toks[d].lower) ? d : d + 1;
  const before = toks[s - 1];
  // (`a spokesman for the harbour board said`: the spokesman, if a tied person stands before the preposition.)
  if (s - 1 >= lo && before.kind === K.Word && !CLAUSE_WORDS.has(before.lower)) return tiedPersonBefore(text, toks, s, head.e, lo);
  // (Singular, `np`: the text it closes with a comma may be its words in stripped text, as for `one voter said`.)
  return { subj: { kind: 'np', s: toks[s].s, e: head.e, ent: -1, name: text.slice(toks[s].s, head.e), unnamed: true }, appo: null, start: toks[s].s };
}

/** Heads that `the` leaves to the person introduced with that role (nominalSpeaker.ts); others stay unnamed. */
const ROLE_HELD: ReadonlySet<string> = new Set([...TIED_ROLES, 'friend']);
/** People named only by their tie to someone (`a spokeswoman for Dorn`, `an aide to the mayor`). */
const TIED_PEOPLE: ReadonlySet<string> = new Set([...ROLE_HELD, 'lawyer', 'attorney', 'representative', 'strategist', 'staffer',
  'ally', 'confidant', 'associate', 'consultant']);
const TIES = new Set(['for', 'to', 'with', 'of']);
const PERSON_OPENERS = new Set(['a', 'an', 'the', 'one', 'another', ...POSSESSIVES]);

/** `"...," a spokeswoman for Dorn said.`, `A spokesman for the harbour board said ...`: the subject that `subjectBefore`
 *  found (`found`: the name `Dorn`, or none for a lower-case owner) is the owner of a tied person right before it; that
 *  person, unnamed, speaks, the whole phrase its mention; never the owner. The owner's phrase starts at token `k` (the
 *  name, or where `unnamedSourceBefore`'s phrase would start); reads at most six tokens before it. Null when no tied
 *  person stands there. */
export function tiedPersonBefore(text: string, toks: Tok[], k: number, end: number, lo: number): { subj: Subject; appo: null; start: number } | null {
  let t = k - 1;
  if (t >= lo && toks[t].lower === 'the' && !toks[t].cap) t--;
  if (t - 1 < lo || toks[t].kind !== K.Word || toks[t].cap || !TIES.has(toks[t].lower)) return null;
  const head = toks[t - 1];
  if (head.kind !== K.Word || head.cap || !TIED_PEOPLE.has(head.lower)) return null;
  let d = t - 2;
  const lex = lexicon();
  while (d >= lo && t - 1 - d <= 3) {
    const w = toks[d];
    if (w.kind === K.Word && (!w.cap || w.initial) && PERSON_OPENERS.has(w.lower)) break;
    const tag = lex.common.get(w.lower);
    if (w.kind !== K.Word || !(w.cap || tag === undefined || MODIFIER_TAG.test(tag))) return null;
    d--;
  }
  if (d < lo || !(toks[d].kind === K.Word && PERSON_OPENERS.has(toks[d].lower))) return null;
  const before = toks[d - 1];
  if (d - 1 >= lo && before.kind === K.Word && !CLAUSE_WORDS.has(before.lower)) return null;
  const held = toks[d].lower === 'the' && ROLE_HELD.has(head.lower);
  // (Held: the span after `the`, as nominalSpeaker.ts reads a definite description.)
  const s0 = toks[held ? d + 1 : d].s;
  const subj: Subject = { kind: 'np', s: s0, e: end, ent: -1, name: text.slice(s0, end) };
  if (!held) subj.unnamed = true;
  return { subj, appo: null, start: toks[d].s };
}

/** Words that may follow the inverted phrase's head (`, reads an editorial in the Harbour Gazette.`). */
const AFTER_HEAD = new Set(['in', 'on', 'from', 'by', 'at', 'posted', 'published', 'released', 'issued', 'which', 'that']);

/** `"...," said the statement.`, `"...," reads an editorial in the Harbour Gazette.`: the unnamed document or
 *  organisation right after an inverted cue (token `k` is the first after it): an opener, up to three modifiers as
 *  `unnamedSourceBefore` reads them, a lower-case document or organisation noun, and after it the sentence's end, a
 *  punctuation mark other than a possessive, or a preposition or relative word (`AFTER_HEAD`); never `the campaign
 *  manager, Ann Lee` nor `the company's chief`. The subject and its last token, or null. Reads at most six tokens. */
export function unnamedSourceAfter(text: string, toks: Tok[], k: number, t1: number): { subj: Subject; end: number } | null {
  const open = toks[k];
  if (k >= t1 || open.kind !== K.Word || (open.cap && !open.initial) || !OPENERS.has(open.lower)) return null;
  const lex = lexicon();
  for (let h = k + 1; h < t1 && h <= k + 4; h++) {
    const t = toks[h];
    const nx = toks[h + 1];
    // (`a court filing`: the last of two such nouns heads the phrase.)
    const compound = h + 1 < t1 && nx.kind === K.Word && !nx.cap && (SOURCE_DOCS.has(nx.lower) || SOURCE_ORGS.has(nx.lower));
    if (t.kind === K.Word && !t.cap && !compound && (SOURCE_DOCS.has(t.lower) || SOURCE_ORGS.has(t.lower))) {
      const ends = h + 1 >= t1 || (nx.kind === K.Punct && nx.t !== "'s" && nx.t !== '’s' && nx.t !== '-') || (nx.kind === K.Word && !nx.cap && AFTER_HEAD.has(nx.lower));
      if (!ends || (ONE.has(open.lower) && capsBetween(toks, k, h))) return null;
      const subj: Subject = { kind: 'np', s: open.s, e: t.e, ent: -1, name: text.slice(open.s, t.e), unnamed: true };
      return { subj, end: h };
    }
    const tag = lex.common.get(t.lower);
    if (!(t.kind === K.Num || (t.kind === K.Word && (t.cap || tag === undefined || MODIFIER_TAG.test(tag))))) return null;
  }
  return null;
}
