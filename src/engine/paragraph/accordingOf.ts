// `According to Ann Lee of the Harbour Trust, "..."`: the preposed `according to` reads its subject and then wants a
// comma at once; a short affiliation after the name (`of`, `at` or `from` and a capitalised organisation) sits between
// them. This finds the comma after such an affiliation, so the quote after it still gets the person as its speaker.
import { K, type Tok, isQuoteChar } from '../tokens';
import { WEEKDAYS } from '../lexicon';

/** Tokens an affiliation may span after its preposition (`of the Royal Harbour Trust of Dunmore`). */
const AFFIL_MAX = 8;
const AFFIL_PREPS: ReadonlySet<string> = new Set(['of', 'at', 'from']);
const AFFIL_GLUE: ReadonlySet<string> = new Set(['the', 'of', 'for', 'and', '&', 'on', 'in']);

/** The index of the comma that ends the subject at token `end` (the token right after the subject): `end` itself when
 *  it is a comma, or a colon right before a quotation mark (`According to the Harbour Gazette: "..."`), else the comma after `of` / `at` / `from` and a run of capitalised words (with `the`, `of`, `for`,
 *  `and` between them) that starts capitalised or with `the`; -1 when neither. Reads at most AFFIL_MAX + 2 tokens. */
export function commaAfterAffiliation(toks: Tok[], end: number, t1: number): number {
  const nx = toks[end];
  if (!nx || end >= t1) return -1;
  if (nx.t === ',' || introColon(toks, end, t1)) return end;
  if (nx.kind !== K.Word || nx.cap || !AFFIL_PREPS.has(nx.lower)) return -1;
  let caps = 0;
  for (let k = end + 1; k < t1 && k <= end + 1 + AFFIL_MAX; k++) {
    const t = toks[k];
    if (t.kind === K.Punct && (t.t === ',' || introColon(toks, k, t1))) return caps > 0 && toks[k - 1].cap ? k : -1;
    if (t.kind !== K.Word) return -1;
    if (t.cap) caps++;
    else if (!AFFIL_GLUE.has(t.lower) || (caps === 0 && t.lower !== 'the')) return -1;
  }
  return -1;
}

/** Whether token `k` is a colon that a quotation mark follows in the sentence (`: "..."`). */
function introColon(toks: Tok[], k: number, t1: number): boolean {
  const q = toks[k + 1];
  return toks[k].t === ':' && k + 1 < t1 && isQuoteChar(q.t);
}

/** Participles that make a document's author its source (`a statement released by Mayor Ann Lee`); not `obtained by`
 *  nor `reported by` (the outlet that holds or tells it). */
const AUTHORED: ReadonlySet<string> = new Set(['filed', 'released', 'issued', 'signed', 'written', 'sent', 'posted', 'prepared', 'submitted', 'authored']);
/** Words a role may take between `by` and the name (`by state attorney`). */
const ROLE_MAX = 4;

/** `..., according to a harbour board memo filed by county counsel Ann Lee.`: after the document (token `end` right after
 *  it), an authoring participle, `by`, at most a few role words and a person's name that ends the sentence: that name's
 *  candidate index, else -1. */
export function documentAuthor(toks: Tok[], ents: readonly AuthorCand[], end: number, t1: number): number {
  const p = toks[end];
  if (!p || end + 2 >= t1 || p.kind !== K.Word || !AUTHORED.has(p.lower) || toks[end + 1].lower !== 'by') return -1;
  // (Candidates are in text order: the search starts at the first one from the token after `by`, so many such cues in
  // one paragraph stay linear.)
  for (let k = firstFrom(ents, toks[end + 2].s); k < ents.length; k++) {
    const c = ents[k];
    if (c.t0 < end + 2) continue;
    if (c.t0 > end + 2 + ROLE_MAX || c.type !== 'person') return -1;
    for (let j = end + 2; j < c.t0; j++) if (toks[j].kind !== K.Word) return -1;
    const nx = toks[c.t1];
    return c.t1 >= t1 || nx.t === '.' ? k : -1;
  }
  return -1;
}

/** What `documentAuthor` reads of a name candidate. */
type AuthorCand = { s: number; t0: number; t1: number; type: string };

/** The first candidate starting at offset `s` or later (candidates in text order). */
function firstFrom(ents: readonly AuthorCand[], s: number): number {
  let lo = 0;
  let hi = ents.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (ents[m].s < s) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Words the document may take before its participle (`a newly unsealed court document`). */
const DOC_MAX = 5;

/** `according to` then, from token `k`, a document of lower-case words (`a court document`) and its author
 *  (`documentAuthor`): the author's candidate index, else -1. */
export function documentAuthorAfter(toks: Tok[], ents: readonly AuthorCand[], k: number, t1: number): number {
  for (let j = k + 1; j < t1 && j <= k + DOC_MAX; j++) {
    const t = toks[j - 1];
    if (t.kind !== K.Word || t.cap) return -1;
    if (AUTHORED.has(toks[j].lower)) return documentAuthor(toks, ents, j, t1);
  }
  return -1;
}

/** Words that open a short adjunct of time, place or occasion after the subject of an inverted `according to`
 *  (`according to Ann Lee on Monday.`, `... in an interview.`, `... last week.`). */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'yesterday', 'today',
  ...WEEKDAYS]);
/** Tokens such an adjunct may span, its opener included. */
const ADJUNCT_MAX = 6;

/** `"...," according to Ann Lee on Monday.`: from token `end` (right after the subject) to the end of the sentence
 *  (token `t1`, exclusive), only a short adjunct opened by a preposition or a time word and made of words and
 *  numbers, then the full stop: the attribution still closes the sentence. */
export function trailingAdjunct(toks: Tok[], end: number, t1: number): boolean {
  const nx = toks[end];
  if (!nx || end >= t1 || nx.kind !== K.Word || !ADJUNCT_OPENERS.has(nx.lower)) return false;
  let k = end + 1;
  for (; k < t1 && k < end + ADJUNCT_MAX; k++) {
    const t = toks[k];
    if (t.t === '.') break;
    if (t.kind !== K.Word && t.kind !== K.Num) return false;
  }
  return k === t1 || (toks[k].t === '.' && k + 1 >= t1);
}
