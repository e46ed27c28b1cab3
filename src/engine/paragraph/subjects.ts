// Subjects of attribution clauses within one paragraph: the name, pronoun, collective source (`some specialists`) or
// generic noun phrase (`a police spokesman`) before a cue (`X said`, `X, a former ..., said`) or after it
// (`, said William Taylor, a former ...`, `according to the Sydney Morning Herald`). Paragraph-local, so cacheable.
import { type ECand, isCoreTitle, isTitleWord } from '../entities';
import type { Subject } from '../attribution';
import { ARTICLES, COLLECTIVE_HEADS, DOCUMENT_NOUNS, PARTY_MEMBERS, POSSESSIVES, SINGULAR_SOURCES, SPEECH_CUES, SPEAKER_PRONOUNS, SPOKESPEOPLE, TITLE_LIKE_NOUNS, lexicon } from '../lexicon';
import { K, type Tok, isQuoteChar } from '../tokens';
import { NP_PREPS, OWNER_TAG, ofPersonStart, ofTail, ownerNounBefore, possessorStart } from './ofPerson';
import { coordinatedRoles } from './coordRoles';
import { entEndingAt, entStartingAt, stopAfter, tokIndexAt } from './subjectIndex';

export const AUX = new Set(['has', 'have', 'had', 'also', 'will', 'would', 'could', 'may', 'might', 'later', 'previously', 'recently',
  'repeatedly', 'publicly', 'privately', 'then', 'once', 'again', 'often', 'already', 'earlier', 'reportedly', 'separately',
  'further', 'flatly', 'simply', 'just', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'not', 'never', 'always', 'still', 'even']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);
/** Tags of a word that goes on with a noun phrase (or none: a word the lexicon lacks). */
const MODIFIER_TAG = /^(?:Adjective|Singular|Plural|Noun|Actor|Uncountable|Comparative|Superlative)$/;
const PRE_NP_DETS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'many', 'most', 'other', 'few', 'top', 'senior', 'his', 'her', 'their', 'its']);

/** Heads no verb-like noun modifies (`the question nobody asked`, `The employee first said`). */
const BARE_HEADS: ReadonlySet<string> = new Set(['nobody', 'somebody', 'anybody', 'everybody', 'someone', 'anyone', 'everyone', 'first']);
/** Collective / generic NP ending at token h (its head), scanning back over modifiers. A lower-case title as head
 *  (`the judge`, `a federal prosecutor`, `the senator`) is a singular source after an article or a possessive; a
 *  participle modifies the head only there too (`the retired judge`, `the outgoing mayor`). */
function npEndingAt(toks: Tok[], h: number, lo: number, ageHead = false): Subject | null {
  const head = toks[h];
  if (head.kind !== K.Word) return null;
  const low = head.lower;
  const lex = lexicon();
  const collective = COLLECTIVE_HEADS.has(low);
  // A document (`a statement saying`, `the report said`) is no speaker by itself; its author is found elsewhere.
  // (`said the 46-year-old`, after the cue: an age heads the phrase like a role noun, unless a noun follows it, `the
  // 46-year-old pilot`. Before the cue, verbAfterQuote.ts reads it.)
  const next = toks[h + 1];
  const aged = ageHead && low === 'year-old' && h - 2 >= lo && toks[h - 1].t === '-' && toks[h - 2].kind === K.Num &&
    !(next && next.kind === K.Word && !next.cap && MODIFIER_TAG.test(lex.common.get(next.lower) ?? 'Noun'));
  const singular = aged || (SINGULAR_SOURCES.has(low) || (lex.roleNouns.has(low) && !head.cap)) && !(DOC_NOUNS.has(low) && !SINGULAR_PEOPLE.has(low));
  // (`the New Hampshire Republican said`, `a Texas Democrat`: a party member named by the party, like a title.)
  const title = !collective && !singular && (head.cap ? PARTY_MEMBERS.has(low) && !low.endsWith('s') : isTitleWord(low) || TITLE_LIKE_NOUNS.has(low) || low === 'frontrunner' || low === 'spokesperson');
  if (!collective && !singular && !title) {
    // `the ministry`, `the agency`: a definite organisation noun, resolved later to a named organisation.
    if (!head.cap && lex.orgHeads.has(low) && h - 1 >= lo && toks[h - 1].lower === 'the') {
      return { kind: 'np', s: toks[h - 1].s, e: head.e, ent: -1, name: 'the ' + low, head: low };
    }
    return null;
  }
  let a = h;
  // (Where the modifiers stood before the first participle: kept unless an article or a possessive opens the phrase.)
  let plain = -1;
  // (`the 52-year-old harbour pilot`: an age among the modifiers, three tokens more.)
  let age = 0;
  while (a - 1 >= lo && h - (a - 1) <= 4 + age) {
    const t = toks[a - 1];
    if (!age && t.t === '-' && toks[a].lower === 'year-old' && a - 2 >= lo && toks[a - 2].kind === K.Num) { a -= 2; age = 3; continue; }
    if (t.kind !== K.Word) break;
    const l = t.lower;
    if (l === 'the' || l === 'a' || l === 'an') break;
    if (SPEECH_CUES.has(l) || AUX.has(l) || l === 'and' || l === 'or' || l === 'of' || l === 'that' || l === 'but' || l === 'as' || l === 'while') break;
    const tag = lex.common.get(l);
    if (t.cap || PRE_NP_DETS.has(l) || lex.demonyms.has(l) || tag === 'Adjective' || tag === 'Singular' || tag === 'Noun' || tag === 'Uncountable' || tag === 'Comparative' || tag === 'Superlative' || tag === 'Plural' || !tag) {
      if (t.initial && FUNCTION_START.has(l)) break;
      a--;
      continue;
    }
    // (A participle; a noun tagged as a verb or an actor, `The state senator`, `a deputy sheriff`, not before `nobody`.)
    if (!t.cap && ((tag === 'PastTense' || tag === 'Gerund') && /(?:ed|ing)$/.test(l) || !BARE_HEADS.has(low) && (tag === 'Infinitive' || tag === 'Actor'))) {
      if (plain < 0) plain = a;
      a--;
      continue;
    }
    break;
  }
  // (`how many states ive won?`: a question's quantity, no group. `The harbour chief said, "..."`: a capitalised article.)
  if (a - 1 >= lo && toks[a - 1].lower === 'how' && /^(?:many|few|much)$/.test(toks[a].lower)) return null;
  const det = a - 1 >= lo && toks[a - 1].kind === K.Word && (!toks[a - 1].cap || toks[a - 1].initial) && ARTICLES.has(toks[a - 1].lower);
  const opened = det || (a < h && POSSESSIVES.has(toks[a].lower));
  if (plain >= 0 && !opened) a = plain;
  // (`said one Ohio Democrat`, `another Texas Republican added`: a party member introduced as somebody new is unnamed.)
  if (title && head.cap && a < h && (toks[a].lower === 'one' || toks[a].lower === 'another')) return { kind: 'np', s: toks[a].s, e: head.e, ent: -1, name: '', unnamed: true };
  // (A bare title is a verb or a name's start as often as a source: `judge`, `Coach`.)
  if (title && !opened) return null;
  const s = toks[a].s;
  return { kind: collective ? 'collective' : 'np', s, e: head.e, ent: -1, name: '' };
}
/** For a noun phrase `np` (an organisation noun after `the`, or a person noun), the person noun phrase before a
 *  preposition that owns it (`a spokeswoman for` + `the agency`), as one noun phrase subject; else null. */
function personOfNp(toks: Tok[], np: Subject, lo: number): Subject | null {
  let k = tokIndexAt(toks, np.s);
  if (!(toks[k].kind === K.Word && ARTICLES.has(toks[k].lower)) && k - 1 >= lo && toks[k - 1].kind === K.Word && !toks[k - 1].cap && ARTICLES.has(toks[k - 1].lower)) k--;
  const p = k - 1;
  if (p - 1 < lo || toks[p].kind !== K.Word || toks[p].cap || !NP_PREPS.has(toks[p].lower)) return null;
  const of = ofPersonStart(toks, p, lo);
  const pn = of >= 0 ? null : npEndingAt(toks, p - 1, lo);
  if (of < 0 && (!pn || pn.kind !== 'np' || pn.head)) return null;
  return { kind: 'np', s: of >= 0 ? toks[of].s : (pn as Subject).s, e: np.e, ent: -1, name: '' };
}
/** `a lawyer for the family said`, `a friend of the crew told`: the owner after the preposition is a common noun the
 *  source lists lack (no person, organisation or group noun; or a word the lexicon lacks, `the town`), after an
 *  article or a possessive; the person noun before the preposition (personOfNp) speaks, the phrase its mention. */
function ownedPersonNp(toks: Tok[], j: number, lo: number): Subject | null {
  const t = toks[j];
  const tag = lexicon().common.get(t.lower);
  if (j - 1 <= lo || t.kind !== K.Word || t.cap || (tag !== undefined && !OWNER_TAG.test(tag))) return null;
  const d = toks[j - 1];
  if (d.kind !== K.Word || d.cap || !(ARTICLES.has(d.lower) || POSSESSIVES.has(d.lower))) return null;
  return personOfNp(toks, { kind: 'np', s: d.s, e: t.e, ent: -1, name: '' }, lo);
}
export const DOC_NOUNS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS, 'guidance', 'note', 'post', ...SPOKESPEOPLE, 'official', 'officials']);
const CLAUSE_OPENERS = new Set(['but', 'so', 'yet', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'if', 'because']);
/** `, and I ...` opens a clause; `, and Chairman of ...` goes on with the appositive. */
const opensClause = (toks: Tok[], k: number): boolean => CLAUSE_OPENERS.has(toks[k].lower) ||
  ((toks[k].lower === 'and' || toks[k].lower === 'or') && !!toks[k + 1] && CLAUSE_OPENERS.has(toks[k + 1].lower));
const FUNCTION_START = new Set(['still', 'indeed', 'meanwhile', 'however', 'but', 'and', 'so', 'yet', 'although', 'though', 'while']);

/** Subject immediately before token `i` (exclusive), scanning back over auxiliaries and one appositive. */
export function subjectBefore(text: string, toks: Tok[], ents: ECand[], i: number, lo: number): { subj: Subject; appo: [number, number] | null; start: number } | null {
  let j = i - 1;
  // `after the winner was declared`, `the plan is announced`: a passive participle is no speech act of its subject.
  if (j >= lo && BE_FORMS.has(toks[j].lower) && !toks[i].lower.endsWith('ing')) return null;
  // `X was quoted as saying`: the passive frame before the cue belongs to it.
  if (j - 1 >= lo && toks[j].lower === 'as' && toks[j - 1].lower === 'quoted') j -= 2;
  while (j >= lo && toks[j].kind === K.Word && AUX.has(toks[j].lower) && !toks[j].cap) j--;
  // `Sen. Ann Poe (D-Ore.) said`: a short parenthesis after the name is skipped.
  if (j > lo && toks[j].t === ')') {
    let k = j - 1;
    while (k > lo && j - k <= 8 && toks[k].t !== '(' && toks[k].t !== ')') k--;
    if (k > lo && toks[k].t === '(') j = k - 1;
  }
  if (j < lo) return null;
  let appo: [number, number] | null = null;
  if (toks[j].t === ',') {
    // `The governor of Texas, Greg Abbott, warned`: the name sits between the commas.
    const named = entEndingAt(ents, j);
    if (named >= 0 && ents[named].type === 'person') {
      const c = ents[named];
      const pc = tokIndexAt(toks, c.ts) - 1;
      if (pc >= lo && toks[pc].t === ',') {
        // (`"...," his sister, Ann Lee, wrote`: the role starts after a closing quotation mark, a few words back at most.)
        let r = pc - 1;
        while (r >= lo && r > pc - 12 && !isQuoteChar(toks[r].t)) r--;
        const rl = r >= lo && isQuoteChar(toks[r].t) ? r + 1 : lo;
        const roleStart = toks[rl].s;
        const appo: [number, number] | null = pc > rl ? [roleStart, toks[pc - 1].e] : null;
        // The role before the name belongs to the attribution clause (it is not quoted content).
        return { subj: { kind: 'entity', s: c.s, e: c.e, ent: named, name: '' }, appo, start: appo ? roleStart : c.ts };
      }
    }
    // `Name, appositive, said` — find the comma that opens the appositive.
    let k = j - 1;
    let commas = 0;
    let lists = 0;
    // An organisation inside the appositive (`Ann Lee, a fellow at the Center for X, which ..., said`): kept only when
    // no person's name ends at an earlier comma of the clause.
    let inner: { subj: Subject; appo: [number, number] | null; start: number } | null = null;
    while (k >= lo && j - k < 60) {
      if (toks[k].t === ',') {
        // (An appositive is a noun phrase: `Hillary, but I never trusted her, said X` has none.)
        if (opensClause(toks, k + 1)) return null;
        const e = entEndingAt(ents, k);
        if (e >= 0) {
          const c = ents[e];
          if (c.type === 'person' || (!inner && (c.type === 'organization' || c.type === 'unknown'))) {
            appo = [toks[k + 1].s, toks[j - 1].e];
            const found = { subj: { kind: 'entity' as const, s: c.s, e: c.e, ent: e, name: '' }, appo, start: c.ts };
            const pt = tokIndexAt(toks, c.ts) - 1;
            if (c.type === 'person' || pt < lo || toks[pt].kind !== K.Word || toks[pt].cap) return found;
            inner = found;
          }
        }
        const np = !inner && toks[k - 1] ? npEndingAt(toks, k - 1, lo) : null;
        // (`Ann Lee, secretary for harbours, pilots, and ferries, said`: a noun of a list is no subject; two more
        // commas are read past it.)
        const item = !!np && listItem(toks, tokIndexAt(toks, np.s), k);
        if (np && !item) {
          if (!np.head) np.name = text.slice(np.s, np.e);
          return { subj: np, appo: null, start: np.s };
        }
        if (item) lists = 2;
        if (++commas >= (inner ? 3 : 2) + lists) break;
      }
      // (`Ann Poe, Reyes' campaign manager, said`: the apostrophe of a plural possessive stays in the appositive.)
      const pluralPoss = (toks[k].t === "'" || toks[k].t === '’') && k > lo && toks[k - 1].e === toks[k].s && /s$/i.test(toks[k - 1].t);
      if (toks[k].kind === K.Punct && toks[k].t !== ',' && toks[k].t !== '-' && toks[k].t !== '.' && toks[k].t !== '&' && toks[k].t !== "'s" && toks[k].t !== '’s' && !pluralPoss) break;
      k--;
    }
    return inner;
  }
  const tok = toks[j];
  if (tok.kind === K.Word && SPEAKER_PRONOUNS.has(tok.lower) && tok.lower !== 'i' && tok.lower !== 'we') {
    return { subj: { kind: 'pronoun', s: tok.s, e: tok.e, ent: -1, name: tok.lower }, appo: null, start: tok.s };
  }
  const e = entEndingAt(ents, j + 1);
  if (e >= 0) {
    const c = ents[e];
    if (c.type === 'person' || c.type === 'organization' || c.type === 'unknown' || c.type === 'place') {
      const p = c.type === 'person' ? -1 : personBeforeRole(toks, ents, c.t0, lo);
      if (p >= 0) return { subj: { kind: 'entity', s: ents[p].s, e: ents[p].e, ent: p, name: '' }, appo: [toks[ents[p].t1 + 1].s, c.e], start: ents[p].ts };
      // `Sen. Ann Lee of Ohio said`, `officials in Kabul said`: the head before the preposition speaks.
      const head = headBeforePlace(text, toks, ents, c, lo);
      if (head) return head;
      if (head === null) return { subj: { kind: 'entity', s: c.s, e: c.e, ent: e, name: '' }, appo: null, start: c.ts };
      return null;
    }
  }
  // `The Home Office letter reads`, `a State Department spokesman said`: the organisation behind the noun.
  if (toks[j].kind === K.Word && !toks[j].cap && DOC_NOUNS.has(toks[j].lower)) {
    const oe = entEndingAt(ents, j);
    if (oe >= 0 && (ents[oe].type === 'organization' || ents[oe].type === 'place')) {
      const c = ents[oe];
      return { subj: { kind: 'entity', s: c.s, e: c.e, ent: oe, name: '' }, appo: null, start: c.ts };
    }
  }
  const np0 = coordinatedRoles(toks, npEndingAt(toks, j, lo), j, lo, (h) => npEndingAt(toks, h, lo));
  // `a spokeswoman for the agency said`, `the chairman of the board said`: the person noun before the preposition
  // speaks, and the whole noun phrase is its mention.
  const np = np0 ? personOfNp(toks, np0, lo) ?? np0 : ownedPersonNp(toks, j, lo);
  if (np) {
    // (`the sailor's mother said`: a possessor noun before the person noun belongs to the phrase.)
    const ps = np.kind === 'np' && !np.head ? possessorStart(toks, tokIndexAt(toks, np.s), lo) : -1;
    if (ps >= 0) np.s = toks[ps].s;
    if (!np.head) np.name = text.slice(np.s, np.e);
    // (The clause starts at the noun phrase's article, which the subject's span leaves out: `"...," the host said.`
    // is then an inverted attribution after the closing mark, not a preposed one with nothing to report. Not an article
    // opening the sentence: `The inspectors told us to ...` is no bare `X said.` sentence.)
    const a = tokIndexAt(toks, np.s) - 1;
    const start = a > lo && toks[a].kind === K.Word && ARTICLES.has(toks[a].lower) ? toks[a].s : np.s;
    return { subj: np, appo: null, start };
  }
  return null;
}

/** The noun phrase starting at token `a` and ending at the comma `k` is an item of a list: a comma before it, or
 *  `and` / `or` and a lower-case word after the comma (`harbours, pilots, and ferries`). */
const listItem = (toks: Tok[], a: number, k: number): boolean => toks[a - 1]?.t === ','
  || ((toks[k + 1]?.lower === 'and' || toks[k + 1]?.lower === 'or') && !!toks[k + 2] && toks[k + 2].kind === K.Word && !toks[k + 2].cap);

/** `Ann Lee, the press officer of the Harbour Union said`: an appositive whose closing comma is missing
 *  ends in the organisation before the cue; the person before its opening comma speaks. Up to ten lower-case words
 *  (a title or a role noun among them) between that comma and the organisation starting at token `t0`; the person's
 *  entity index, or -1. */
function personBeforeRole(toks: Tok[], ents: ECand[], t0: number, lo: number): number {
  let role = false;
  for (let k = t0 - 1; k >= lo && k >= t0 - 11; k--) {
    const t = toks[k];
    if (t.t === ',') {
      const p = role ? entEndingAt(ents, k) : -1;
      return p >= 0 && ents[p].type === 'person' ? p : -1;
    }
    // (`president and CEO of ...`: a capitalised title is a role word too.)
    const roleWord = t.kind === K.Word && (isTitleWord(t.lower) || lexicon().roleNouns.has(t.lower));
    if (t.kind !== K.Word || (t.cap && !roleWord)) return -1;
    if (roleWord) role = true;
  }
  return -1;
}

const PLACE_PREPS = new Set(['of', 'in', 'from']);
/** For a name right before the cue that follows `of`/`in`/`from` (optionally `the`): the head before the preposition
 *  (a named person or organisation, or a collective / generic noun phrase running to the end of the name), or
 *  `undefined` when there is a preposition but no usable head (a place is then no speaker), or null when the name
 *  does not follow such a preposition. `a statement from the Kremlin`: a document noun keeps the name as speaker. */
function headBeforePlace(text: string, toks: Tok[], ents: ECand[], c: ECand, lo: number): { subj: Subject; appo: null; start: number } | null | undefined {
  // A person's name after `of` is the end of a title (`Chairman of the Board Gen. X said`): X speaks; but not after
  // another person's name (`Bishop Ann Lee of the Coastal Synod said`: the second name is the body she belongs to).
  if (c.type === 'person') return personOf(ents, toks, c, lo);
  let p = tokIndexAt(toks, c.ts) - 1;
  if (p >= lo && toks[p].lower === 'the' && !toks[p].cap) p--;
  if (p < lo || toks[p].kind !== K.Word || !PLACE_PREPS.has(toks[p].lower) || toks[p].cap) return null;
  const h = p - 1;
  if (h < lo) return undefined;
  if (toks[h].kind === K.Word && !toks[h].cap && DOC_NOUNS.has(toks[h].lower) && !SINGULAR_PEOPLE.has(toks[h].lower)) return null;
  const pe = entEndingAt(ents, h + 1);
  if (pe >= 0) {
    const x = ents[pe];
    if (x.type === 'person' || (x.type === 'organization' && c.type === 'place')) {
      // (`Ann Lee of the Coastal Synod of Dover said`: back along the chain to its first person.)
      return personOf(ents, toks, x, lo) ?? { subj: { kind: 'entity', s: x.s, e: x.e, ent: pe, name: '' }, appo: null, start: x.ts };
    }
    // (A sentence-initial `Sources` may be a weak candidate: the noun phrase test below decides.)
    if (x.type !== 'unknown') return c.type === 'place' ? undefined : null;
  }
  let np = npEndingAt(toks, h, lo);
  const ht = toks[h];
  if (!np && ht.kind === K.Word && isCoreTitle(ht.lower) && !ht.lower.endsWith('.')) {
    // `The Prime Minister of Japan said`: an office named by its title speaks.
    let a = h;
    while (a - 1 >= lo && toks[a - 1].kind === K.Word && (isTitleWord(toks[a - 1].lower) || toks[a - 1].lower === 'the')) a--;
    np = { kind: 'np', s: toks[a].s, e: ht.e, ent: -1, name: '' };
  }
  if (!np && ht.kind === K.Word && (!ht.cap || ht.initial) && lexicon().common.get(ht.lower) === 'Plural' && !DOC_NOUNS.has(ht.lower.replace(/s$/, ''))) {
    // `Farmers from Oakdene said`: a plural noun before the preposition is a group of people.
    np = { kind: 'collective', s: ht.s, e: ht.e, ent: -1, name: '' };
  }
  if (np && !np.head) {
    np.e = c.e;
    np.name = text.slice(np.s, np.e);
    return { subj: np, appo: null, start: np.s };
  }
  // A place (or an unknown word) after the preposition is never the speaker; a named organisation may be.
  return c.type === 'place' || c.type === 'unknown' ? undefined : null;
}
/** `Ann Lee of (the) <name>`: the person named before `of` (up to three links back, `A of B of C`), when the name
 *  `c` follows `of` right after a person's name; else null. */
function personOf(ents: ECand[], toks: Tok[], c: ECand, lo: number): { subj: Subject; appo: null; start: number } | null {
  let found: ECand | null = null;
  let at = -1;
  for (let n = 0, x = c; n < 3; n++) {
    let p = tokIndexAt(toks, x.ts) - 1;
    if (p >= lo && toks[p].lower === 'the' && !toks[p].cap) p--;
    if (p <= lo || toks[p].lower !== 'of' || toks[p].cap) break;
    const pe = entEndingAt(ents, p);
    if (pe < 0 || (ents[pe].type !== 'person' && ents[pe].type !== 'organization')) break;
    x = ents[pe];
    if (x.type === 'person') { found = x; at = pe; }
  }
  return found ? { subj: { kind: 'entity', s: found.s, e: found.e, ent: at, name: '' }, appo: null, start: found.ts } : null;
}
const SINGULAR_PEOPLE = new Set([...SPOKESPEOPLE, 'official', 'officials']);

/** Subject right after the cue (`said William Taylor, a former ...`, `said the report`). */
export function subjectAfter(text: string, toks: Tok[], ents: ECand[], i: number, hi: number): { subj: Subject; appo: [number, number] | null; end: number } | null {
  if (i >= hi) return null;
  // `according to the Sydney Morning Herald`: a determiner before the name.
  if (toks[i].lower === 'the' && i + 1 < hi && toks[i + 1].cap && entStartingAt(ents, toks, i) < 0) {
    const e1 = entStartingAt(ents, toks, i + 1);
    if (e1 >= 0) i = i + 1;
  }
  const tok = toks[i];
  if (tok.kind === K.Word && SPEAKER_PRONOUNS.has(tok.lower) && tok.lower !== 'i' && tok.lower !== 'we' && tok.lower !== 'it') {
    return { subj: { kind: 'pronoun', s: tok.s, e: tok.e, ent: -1, name: tok.lower }, appo: null, end: i + 1 };
  }
  let e = entStartingAt(ents, toks, i);
  if (e >= 0) {
    // `said GOP strategist Ann Lee`, `said Trump adviser Ann Lee`: a name before role words modifies them; the person
    // named after them speaks.
    const p = personAfterRole(toks, ents, ents[e].t1, hi, ents[e].type === 'person');
    if (p >= 0) e = p;
    else {
      // (`said Vell campaign officials`: the name modifies the group or role after it, which speaks.)
      const g = groupAfterName(text, toks, ents[e], i, hi);
      if (g) return g;
    }
    const c = ents[e];
    let end = c.t1;
    let appo: [number, number] | null = null;
    if (toks[end] && toks[end].t === ',') {
      // Appositive to the end of the sentence or the next comma.
      const k = end + 1 >= hi ? end + 1 : Math.min(hi, stopAfter(toks, end + 1));
      if (k > end + 1) appo = [toks[end + 1].s, toks[k - 1].e];
      end = k;
    }
    return { subj: { kind: 'entity', s: c.s, e: c.e, ent: e, name: '' }, appo, end };
  }
  // `said pollster Ann Lee`, `said longtime party strategist Ann Lee`: role words the lexicon does not know, then a name.
  const p = personAfterRole(toks, ents, i, hi, false);
  if (p >= 0) {
    const c = ents[p];
    return { subj: { kind: 'entity', s: c.s, e: c.e, ent: p, name: '' }, appo: [toks[i].s, toks[tokIndexAt(toks, c.ts) - 1].e], end: c.t1 };
  }
  // `said the report`, `said one official`, `said analysts`
  let k = i;
  if (toks[i].lower === 'that') return null;
  let age = 0;
  while (k < hi && k - i < 5 + age) {
    // (`said the 52-year-old harbour pilot`: an age among the words, two tokens more.)
    if (!age && k + 2 < hi && toks[k].kind === K.Num && toks[k + 1].t === '-' && toks[k + 2].lower === 'year-old') { k += 2; age = 2; }
    if (toks[k].kind !== K.Word) break;
    // (`said a member of the crew`: a noun that names a person only with `of` after it.)
    const of = k + 1 < hi ? ofPersonStart(toks, k + 1, i) : -1;
    let np: Subject | null = of >= 0 ? { kind: 'np', s: toks[of].s, e: toks[k].e, ent: -1, name: '' } : npEndingAt(toks, k, i, true);
    // (`said a senior harbour police official`: the longest phrase over lower-case words, not its first head `senior`.)
    if (np && of < 0 && !np.head) {
      const longer = longestNpFrom(toks, k + 1, i, hi, np.s);
      if (longer) [np, k] = longer;
    }
    if (np && np.s >= toks[i].s) {
      // `added her press secretary Tom Reyes`, `said the economist Ann Lee`: the role noun phrase names the person after it.
      const named = k + 1 < hi ? entStartingAt(ents, toks, k + 1) : -1;
      if (named >= 0 && ents[named].type === 'person') {
        const c = ents[named];
        return { subj: { kind: 'entity', s: c.s, e: c.e, ent: named, name: '' }, appo: [np.s, np.e], end: c.t1 };
      }
      // (`said a cousin of the sailor`: the noun before the preposition is the source, the phrase its mention.)
      const own = np.kind === 'np' && !np.head ? ownerNounBefore(toks, i, tokIndexAt(toks, np.s)) : -1;
      if (own >= 0) return { subj: { kind: 'np', s: toks[own].s, e: np.e, ent: -1, name: text.slice(toks[own].s, np.e) }, appo: null, end: k + 1 };
      // (`said the head of the union`: the owner after the preposition belongs to the mention.)
      const t = np.head ? k : ofTail(toks, k, hi);
      if (!np.head) np.name = text.slice(np.s, np.e = toks[t].e);
      return { subj: np, appo: null, end: t + 1 };
    }
    k++;
  }
  return null;
}

/** `said Vell campaign officials`, `said Vell aides`: lower-case words after the name `c` (starting at token `i`) ending in
 *  a group or role head that the name only modifies; that phrase is the subject (the longest, up to three words), else
 *  null. */
function groupAfterName(text: string, toks: Tok[], c: ECand, i: number, hi: number): { subj: Subject; appo: null; end: number } | null {
  const found = longestNpFrom(toks, c.t1, i, hi, toks[i].s);
  if (!found) return null;
  found[0].name = text.slice(found[0].s, found[0].e);
  return { subj: found[0], appo: null, end: found[1] + 1 };
}

/** The longest group or role phrase (no organisation head) starting at offset `s` and ending at one of the lower-case
 *  words from token `k` on (three at most), with its head token; null when none ends there. */
function longestNpFrom(toks: Tok[], k: number, lo: number, hi: number, s: number): [Subject, number] | null {
  let best: [Subject, number] | null = null;
  for (let j = k; j < hi && j - k < 3 && toks[j].kind === K.Word && !toks[j].cap; j++) {
    const np = npEndingAt(toks, j, lo, true);
    if (np && np.s === s && !np.head) best = [np, j];
  }
  return best;
}

/** Participles that modify a role like adjectives (`retired Army Gen.`, `embattled chairman`). */
const ROLE_PARTICIPLES = new Set(['retired', 'embattled', 'disgraced', 'acclaimed', 'renowned', 'celebrated', 'noted', 'elected', 'appointed', 'ousted', 'indicted']);
const ROLE_DETS = new Set(['the', 'a', 'an', 'another', 'one']);
/** Tags of the common-word lexicon that no role phrase holds (`said on Monday Ann Lee`: no role). */
const NOT_ROLE_TAG = /^(Preposition|Conjunction|QuestionWord|Determiner|Possessive|Pronoun|Gerund|PastTense|PresentTense|Verb|Adverb|Modal|Copula|Negative|Auxiliary|Infinitive|Date)$/;
/** A role phrase from token `k` then a person's name (`pollster Ann Lee`, `United Auto Workers Secretary-Treasurer Ann
 *  Lee`, `former Gov. and party chairman Ann Lee`): one to six words, maybe after a determiner, each a title, a role
 *  noun, a capitalised word or a noun or adjective (no verb, preposition, pronoun, adverb); `and` only after a title.
 *  `strict` (the words follow a person's name): the first word is a lowercase title or role noun (`Trump adviser`).
 *  The entity index of the name, or -1. */
/** Role words start at token k: a title or role noun (`adviser`), or a lower-case noun that modifies one
 *  (`campaign manager`, `press secretary`). */
function roleStart(toks: Tok[], k: number, hi: number): boolean {
  const isRole = (j: number): boolean => j < hi && toks[j].kind === K.Word && !toks[j].cap && (isTitleWord(toks[j].lower) || lexicon().roleNouns.has(toks[j].lower));
  if (toks[k].cap) return false;
  if (isRole(k)) return true;
  const tag = lexicon().common.get(toks[k].lower);
  return toks[k].kind === K.Word && /^[a-z]{3,}$/.test(toks[k].lower) && (tag === undefined || !NOT_ROLE_TAG.test(tag)) && isRole(k + 1);
}

function personAfterRole(toks: Tok[], ents: ECand[], k: number, hi: number, strict: boolean): number {
  const lex = lexicon();
  if (strict && (k >= hi || !roleStart(toks, k, hi))) return -1;
  if (!strict && k < hi && !toks[k].cap && ROLE_DETS.has(toks[k].lower)) k++;
  for (let n = 0; k < hi && n < 7; k++, n++) {
    if (n > 0) {
      const e = entStartingAt(ents, toks, k);
      if (e >= 0 && ents[e].type === 'person') {
        if (ents[e].t0 - k > 1 && ents[e].ts !== toks[k].s) return -1;
        // (`said former Reyes adviser Ann Lee`: a known name among the role words modifies the role after it; the
        // person that role leads to speaks.)
        const p = personAfterRole(toks, ents, ents[e].t1, hi, true);
        return p >= 0 ? p : e;
      }
      // (`retired Army Lt. Gen. X`: an organisation's name among the role words.)
      if (e >= 0 && ents[e].t0 === k && ents[e].t1 > k && (ents[e].type === 'organization' || ents[e].type === 'unknown')) {
        k = ents[e].t1 - 1;
        continue;
      }
      if (e >= 0) return -1;
    }
    const t = toks[k];
    if (t.kind !== K.Word) return -1;
    const l = t.lower;
    if (isTitleWord(l) || lex.roleNouns.has(l)) continue;
    if ((l === 'and' && n > 0 && isTitleWord(toks[k - 1].lower)) || ROLE_PARTICIPLES.has(l)) continue;
    if (SPEECH_CUES.has(l) || AUX.has(l) || SPEAKER_PRONOUNS.has(l)) return -1;
    const tag = lex.common.get(l);
    if (tag !== undefined && NOT_ROLE_TAG.test(tag)) return -1;
  }
  return -1;
}
