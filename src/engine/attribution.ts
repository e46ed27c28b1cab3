// Per-paragraph reporting structures: quotation marks and attribution clauses
// (`X said`, `, said X`, `X, a former ..., said`, `according to X`), with the subject found as a
// named entity candidate, a pronoun, a collective source (`some specialists`) or a generic noun
// phrase (`a police spokesman`). Paragraph-local, so cacheable; speakers are resolved later.
import { type ECand, isCoreTitle, isTitleWord } from './entities';
import { COLLECTIVE_HEADS, SINGULAR_SOURCES, SPEECH_CUES, DIRECT_CUES, SPEAKER_PRONOUNS, lexicon } from './lexicon';
import { K, type Tok, type Sentence, isQuoteChar } from './tokens';

export interface Seg {
  /** Inner span (without marks), relative to the paragraph. */
  s: number;
  e: number;
  /** Offset of the opening mark, and of the end of the closing mark (or paragraph end when unclosed). */
  open: number;
  closeEnd: number;
  closed: boolean;
  /** Opening mark is the first character of the paragraph. */
  atStart: boolean;
  /** No opening mark: the paragraph starts inside a quote left open by the previous paragraph. */
  lead: boolean;
  /** The document pass's paragraph-local findings about this quote, made on first use (document.ts `segFacts`):
   *  partial or not, the attribution after it or before it, and whether it is no speech when weakly attributed. */
  memo?: { partial: boolean; after: Attr | undefined; before: Attr | undefined; notSpeech?: boolean };
}

export type SubjectKind = 'entity' | 'pronoun' | 'collective' | 'np';

export interface Subject {
  kind: SubjectKind;
  s: number;
  e: number;
  /** Entity candidate index for `entity`. */
  ent: number;
  /** Lower-case pronoun, collective name or NP text. */
  name: string;
  /** Head noun of a definite organisation description (`the ministry` → `ministry`). */
  head?: string;
}

export type AttrForm = 'inverted' | 'preposed' | 'parenthetical' | 'bare';

export interface Attr {
  form: AttrForm;
  cue: string;
  cueS: number;
  cueE: number;
  subject: Subject;
  /** Appositive role text span (`a former U.S. ambassador ...`), or null. */
  appo: [number, number] | null;
  /** inverted: content ends at `boundary` (the comma / closing mark before the attribution). */
  boundary: number;
  /** preposed / parenthetical: content starts here and ends at contentE. */
  contentS: number;
  contentE: number;
  /** Sentence index. */
  sent: number;
  /** The attribution clause runs to the end of its sentence (nothing but adjuncts after). */
  closesSentence: boolean;
  /** Direct-quote cue (`said`), as opposed to belief verbs (`thinks`). */
  direct: boolean;
  /** Start offset of the whole attribution clause (for the inverted form, after the boundary). */
  clauseS: number;
  /** Preposed cue followed by a quote introducer (comma or colon and a capital, or a quote mark). */
  intro: boolean;
}

export interface ParaReport {
  segs: Seg[];
  attrs: Attr[];
}

const AUX = new Set(['has', 'have', 'had', 'also', 'will', 'would', 'could', 'may', 'might', 'later', 'previously', 'recently',
  'repeatedly', 'publicly', 'privately', 'then', 'once', 'again', 'often', 'already', 'earlier', 'reportedly', 'separately',
  'further', 'flatly', 'simply', 'just', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'not', 'never', 'always', 'still', 'even']);
const PRE_NP_DETS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'many', 'most', 'other', 'few', 'top', 'senior', 'his', 'her', 'their', 'its']);
const CLAUSE_BREAK = new Set([';']);

const QUOTE_SCAN = /["“”„«»‟]/g;

/** Pairs quotation marks inside one paragraph. */
export function findSegments(text: string): Seg[] {
  const segs: Seg[] = [];
  let open = -1;
  let sawOpener = false;
  QUOTE_SCAN.lastIndex = 0;
  let qm: RegExpExecArray | null;
  while ((qm = QUOTE_SCAN.exec(text)) !== null) {
    const i = qm.index;
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = i + 1 < text.length ? text[i + 1] : ' ';
    const openerCtx = /[\s([{\u2014\u2013-]/.test(prev) || i === 0;
    if (open < 0) {
      const closerLike = c === '”' || c === '»' || (c === '"' && !openerCtx && /[\s.,;:!?)]/.test(next));
      if (closerLike) {
        // A closer before any opener: the end of a quote carried over from the previous paragraph.
        if (!sawOpener && !segs.length) pushSeg(text, segs, -1, i, i + 1, true, true);
        continue;
      }
      sawOpener = true;
      open = i;
    } else {
      if (c === '“' || c === '„' || c === '«') {
        // A second opener inside an open quote: the first one was stray; restart here.
        if (openerCtx) { open = i; continue; }
      }
      pushSeg(text, segs, open, i, i + 1, true);
      open = -1;
    }
  }
  if (open >= 0) pushSeg(text, segs, open, text.length, text.length, false);
  return segs;
}

function pushSeg(text: string, segs: Seg[], open: number, innerEnd: number, closeEnd: number, closed: boolean, lead = false): void {
  let s = open + 1;
  let e = innerEnd;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  if (e <= s) return;
  segs.push({ s, e, open: Math.max(0, open), closeEnd, closed, atStart: open <= 0, lead, memo: undefined });
}

// Index of name candidates by token position, rebuilt per paragraph (keeps lookups O(1)).
let idxEnts: ECand[] | null = null;
let byEnd = new Map<number, number>();
let byStart = new Map<number, number>();
let byTitleStart = new Map<number, number>();

function indexEnts(ents: ECand[]): void {
  if (idxEnts === ents) return;
  idxEnts = ents;
  byEnd = new Map();
  byStart = new Map();
  byTitleStart = new Map();
  for (let k = 0; k < ents.length; k++) {
    const c = ents[k];
    if (c.t0 < 0 || c.type === 'date' || c.type === 'money' || c.type === 'percent' || c.type === 'group') continue;
    if (!byEnd.has(c.t1)) byEnd.set(c.t1, k);
    if (!byStart.has(c.t0)) byStart.set(c.t0, k);
    if (!byTitleStart.has(c.ts)) byTitleStart.set(c.ts, k);
  }
}

function entEndingAt(ents: ECand[], tokEnd: number): number {
  indexEnts(ents);
  return byEnd.get(tokEnd) ?? -1;
}

function entStartingAt(ents: ECand[], toks: Tok[], tok: number): number {
  indexEnts(ents);
  const a = byStart.get(tok);
  if (a !== undefined) return a;
  const b = toks[tok] ? byTitleStart.get(toks[tok].s) : undefined;
  return b !== undefined && ents[b].t0 > tok ? b : -1;
}

/** Collective / generic NP ending at token h (its head), scanning back over modifiers. */
function npEndingAt(toks: Tok[], h: number, lo: number): Subject | null {
  const head = toks[h];
  if (head.kind !== K.Word) return null;
  const low = head.lower;
  const lex = lexicon();
  const collective = COLLECTIVE_HEADS.has(low);
  // A document (`a statement saying`, `the report said`) is no speaker by itself; its author is found elsewhere.
  const singular = (SINGULAR_SOURCES.has(low) || (lex.roleNouns.has(low) && !head.cap)) && !(DOC_NOUNS.has(low) && !SINGULAR_PEOPLE.has(low));
  if (!collective && !singular) {
    // `the ministry`, `the agency`: a definite organisation noun, resolved later to a named organisation.
    if (!head.cap && lex.orgHeads.has(low) && h - 1 >= lo && toks[h - 1].lower === 'the') {
      return { kind: 'np', s: toks[h - 1].s, e: head.e, ent: -1, name: 'the ' + low, head: low };
    }
    return null;
  }
  let a = h;
  while (a - 1 >= lo && h - (a - 1) <= 4) {
    const t = toks[a - 1];
    if (t.kind !== K.Word) {
      if (t.t === '-' || t.t === '.') break;
      break;
    }
    const l = t.lower;
    if (l === 'the' || l === 'a' || l === 'an') break;
    if (SPEECH_CUES.has(l) || AUX.has(l) || l === 'and' || l === 'or' || l === 'of' || l === 'that' || l === 'but' || l === 'as' || l === 'while') break;
    const tag = lex.common.get(l);
    if (t.cap || PRE_NP_DETS.has(l) || lex.demonyms.has(l) || tag === 'Adjective' || tag === 'Singular' || tag === 'Noun' || tag === 'Uncountable' || tag === 'Comparative' || tag === 'Superlative' || tag === 'Plural' || !tag) {
      if (t.initial && FUNCTION_START.has(l)) break;
      a--;
      continue;
    }
    break;
  }
  const s = toks[a].s;
  return { kind: collective ? 'collective' : 'np', s, e: head.e, ent: -1, name: '' };
}
const DOC_NOUNS = new Set(['letter', 'statement', 'report', 'memo', 'document', 'email', 'website', 'spokesman', 'spokeswoman',
  'spokesperson', 'official', 'officials', 'release', 'notice', 'guidance', 'filing', 'ruling', 'study', 'survey', 'note', 'post']);
const FUNCTION_START = new Set(['still', 'indeed', 'meanwhile', 'however', 'but', 'and', 'so', 'yet', 'although', 'though', 'while']);

/** Subject immediately before token `i` (exclusive), scanning back over auxiliaries and one appositive. */
function subjectBefore(text: string, toks: Tok[], ents: ECand[], i: number, lo: number): { subj: Subject; appo: [number, number] | null; start: number } | null {
  let j = i - 1;
  while (j >= lo && toks[j].kind === K.Word && AUX.has(toks[j].lower) && !toks[j].cap) j--;
  if (j < lo) return null;
  let appo: [number, number] | null = null;
  if (toks[j].t === ',') {
    // `The governor of Texas, Greg Abbott, warned`: the name sits between the commas.
    const named = entEndingAt(ents, j);
    if (named >= 0 && ents[named].type === 'person') {
      const c = ents[named];
      const pc = tokIndexAt(toks, c.ts) - 1;
      if (pc >= lo && toks[pc].t === ',') {
        const roleStart = toks[lo].s;
        const appo: [number, number] | null = pc > lo ? [roleStart, toks[pc - 1].e] : null;
        // The role before the name belongs to the attribution clause (it is not quoted content).
        return { subj: { kind: 'entity', s: c.s, e: c.e, ent: named, name: '' }, appo, start: appo ? roleStart : c.ts };
      }
    }
    // `Name, appositive, said` — find the comma that opens the appositive.
    let k = j - 1;
    let commas = 0;
    while (k >= lo && j - k < 60) {
      if (toks[k].t === ',') {
        const e = entEndingAt(ents, k);
        if (e >= 0) {
          const c = ents[e];
          if (c.type === 'person' || c.type === 'organization' || c.type === 'unknown') {
            appo = [toks[k + 1].s, toks[j - 1].e];
            return { subj: { kind: 'entity', s: c.s, e: c.e, ent: e, name: '' }, appo, start: c.ts };
          }
        }
        const np = toks[k - 1] ? npEndingAt(toks, k - 1, lo) : null;
        if (np) {
          if (!np.head) np.name = text.slice(np.s, np.e);
          return { subj: np, appo: null, start: np.s };
        }
        if (++commas >= 2) break;
      }
      if (toks[k].kind === K.Punct && toks[k].t !== ',' && toks[k].t !== '-' && toks[k].t !== '.' && toks[k].t !== '&' && toks[k].t !== "'s" && toks[k].t !== '’s') break;
      k--;
    }
    return null;
  }
  const tok = toks[j];
  if (tok.kind === K.Word && SPEAKER_PRONOUNS.has(tok.lower) && tok.lower !== 'i' && tok.lower !== 'we') {
    return { subj: { kind: 'pronoun', s: tok.s, e: tok.e, ent: -1, name: tok.lower }, appo: null, start: tok.s };
  }
  const e = entEndingAt(ents, j + 1);
  if (e >= 0) {
    const c = ents[e];
    if (c.type === 'person' || c.type === 'organization' || c.type === 'unknown' || c.type === 'place') {
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
  const np = npEndingAt(toks, j, lo);
  if (np) {
    if (!np.head) np.name = text.slice(np.s, np.e);
    return { subj: np, appo: null, start: np.s };
  }
  return null;
}

const PLACE_PREPS = new Set(['of', 'in', 'from']);
/** For a name right before the cue that follows `of`/`in`/`from` (optionally `the`): the head before the preposition
 *  (a named person or organisation, or a collective / generic noun phrase running to the end of the name), or
 *  `undefined` when there is a preposition but no usable head (a place is then no speaker), or null when the name
 *  does not follow such a preposition. `a statement from the Kremlin`: a document noun keeps the name as speaker. */
function headBeforePlace(text: string, toks: Tok[], ents: ECand[], c: ECand, lo: number): { subj: Subject; appo: null; start: number } | null | undefined {
  // A person's name after `of` is the end of a title (`Chairman of the Board Gen. X said`): X speaks.
  if (c.type === 'person') return null;
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
      return { subj: { kind: 'entity', s: x.s, e: x.e, ent: pe, name: '' }, appo: null, start: x.ts };
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
const SINGULAR_PEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials']);

/** Subject right after the cue (`said William Taylor, a former ...`, `said the report`). */
function subjectAfter(text: string, toks: Tok[], ents: ECand[], i: number, hi: number): { subj: Subject; appo: [number, number] | null; end: number } | null {
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
  const e = entStartingAt(ents, toks, i);
  if (e >= 0) {
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
  // `said the report`, `said one official`, `said analysts`
  let k = i;
  if (toks[i].lower === 'that') return null;
  while (k < hi && k - i < 5 && toks[k].kind === K.Word) {
    const np = npEndingAt(toks, k, i);
    if (np && np.s >= toks[i].s) {
      // `added her press secretary Tom Reyes`, `said the economist Ann Lee`: the role noun phrase names the person after it.
      const named = k + 1 < hi ? entStartingAt(ents, toks, k + 1) : -1;
      if (named >= 0 && ents[named].type === 'person') {
        const c = ents[named];
        return { subj: { kind: 'entity', s: c.s, e: c.e, ent: named, name: '' }, appo: [np.s, np.e], end: c.t1 };
      }
      if (!np.head) np.name = text.slice(np.s, np.e);
      return { subj: np, appo: null, end: k + 1 };
    }
    k++;
  }
  return null;
}

function boundaryBefore(toks: Tok[], start: number): number {
  // The attribution starts at token index `start`; content may end at a comma or at a closing quote mark.
  const p = toks[start - 1];
  if (!p) return -1;
  if (p.t === ',' || p.t === '—' || p.t === '–') return p.s;
  // `Who pays for it? she asked.` with the marks stripped: the question mark stays with the content.
  if (p.t === '?' || p.t === '!') return p.e;
  if (isQuoteChar(p.t)) {
    const pp = toks[start - 2];
    if (pp && (pp.t === ',' || pp.t === '?' || pp.t === '!' || pp.t === '—' || pp.t === '.')) return pp.t === ',' ? pp.s : p.s;
    return p.s;
  }
  return -1;
}

function tokIndexAt(toks: Tok[], s: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (toks[m].s < s) lo = m + 1;
    else if (toks[m].s > s) hi = m - 1;
    else return m;
  }
  return lo;
}

const PREPS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'to', 'from', 'with', 'alongside', 'via', 'by', 'while',
  'when', 'as', 'for', 'through', 'since', 'following', 'ahead', 'about', 'outside', 'inside', 'near', 'late', 'early',
  'yesterday', 'today', 'tonight', 'this', 'last', 'earlier', 'later', 'recently', 'previously', 'afterwards', 'afterward',
  'then', 'again', 'too', 'also', 'separately', 'instead', 'once', 'overnight', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'under', 'over', 'according']);
const OBJECT_CUES = new Set(['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'warned', 'urged', 'reminded']);

/** Words in -ly that are no manner adverbs of a cue (`said early`, `said only that`). */
const NOT_MANNER = new Set(['early', 'only', 'likely', 'reply', 'supply', 'apply', 'rally', 'family', 'july', 'italy', 'daily', 'weekly', 'monthly', 'yearly', 'nearly', 'recently', 'previously', 'repeatedly', 'publicly', 'privately', 'separately']);

export type AfterCue = 'end' | 'adjunct' | 'introducer' | 'clause';

/** What follows a cue in its sentence: nothing, adjuncts (`at the event`, `Thursday`), a quote introducer
 *  (`said, We ...`, `said: ...`, `said All those ...`), or a reported clause (`said it would ...`). */
function afterCue(toks: Tok[], ents: ECand[], cueTok: number, t1: number): AfterCue {
  let k = cueTok + 1;
  if (k >= t1) return 'end';
  const lex = lexicon();
  if (OBJECT_CUES.has(toks[cueTok].lower)) {
    // Skip the addressee: a name (`The Washington Times`) or a short noun phrase (`reporters`).
    const e = entStartingAt(ents, toks, k);
    if (e >= 0) k = ents[e].t1;
    else if (/^(of|about|against|on|that|to)$/.test(toks[k].lower)) {
      // `warned of ...`, `told of ...`: no addressee, the content follows.
    } else {
      let n = 0;
      while (k < t1 && n < 4 && toks[k].kind === K.Word && !PREPS.has(toks[k].lower) && toks[k].lower !== 'that') { k++; n++; }
    }
    if (k >= t1) return 'end';
  }
  // A manner adverb after the cue (`said quietly.`, `said firmly, adding ...`) changes nothing.
  while (k < t1 && toks[k].kind === K.Word && !toks[k].cap && toks[k].t.length > 4 && toks[k].lower.endsWith('ly') && !NOT_MANNER.has(toks[k].lower)) k++;
  if (k >= t1) return 'end';
  const t = toks[k];
  if (t.kind === K.Punct) {
    if (t.t === '.' || t.t === '!' || t.t === '?') return 'end';
    if (t.t === ':') return 'introducer';
    if (isQuoteChar(t.t)) return 'introducer';
    if (t.t === ',' || t.t === '—' || t.t === '–') {
      const nx = toks[k + 1];
      // `Rathbun stated,` at the end of the paragraph: the quote is the next paragraph.
      if (!nx) return k + 1 === toks.length ? 'introducer' : 'end';
      if (isQuoteChar(nx.t)) return 'introducer';
      if (nx.cap && entStartingAt(ents, toks, k + 1) < 0) return 'introducer';
      if (nx.cap) return 'introducer';
      // `, adding that ...`, `, according to ...`, `, as ...` are adjuncts; `, the U.S. and NATO may ...`
      // (a parenthetical attribution) goes on with the reported clause.
      if (nx.kind === K.Word && (/ing$/.test(nx.lower) || /^(according|as|in|while|who|which|when|after|before|during|at|on|citing|referring|to|for|because|though|although|since|but|and|then|adding|before|without)$/.test(nx.lower))) return 'adjunct';
      return 'clause';
    }
    return 'adjunct';
  }
  if (t.kind === K.Num) return adjunctOrClause(toks, k, t1);
  const low = t.lower;
  // `It is late, Whitfield said of the canal.`: `of` and its object are an adjunct of the cue.
  if (PREPS.has(low) || (low === 'of' && (toks[cueTok].lower === 'said' || toks[cueTok].lower === 'says'))) return adjunctOrClause(toks, k, t1);
  if (k === cueTok + 1 && t.cap && entStartingAt(ents, toks, k) < 0 && (lex.common.has(low) || FUNCTION_START_Q.has(low) || lex.common.has(low.replace(/s$/, '')))) {
    // `said All those who ...` — a capitalised ordinary word right after the cue starts a quote.
    if (!/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(low)) return 'introducer';
  }
  if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(low)) {
    const nx = toks[k + 1];
    if (!nx || nx.kind === K.Punct || PREPS.has(nx.lower)) return adjunctOrClause(toks, k, t1);
  }
  return 'clause';
}

/** `said on Thursday that ...` is a reported clause after all; `said on Thursday.` is not. */
function adjunctOrClause(toks: Tok[], k: number, t1: number): AfterCue {
  for (let i = k; i < t1 && i < k + 10; i++) {
    const t = toks[i];
    // `replied before noting that ...`: the clause is the participle's, the cue's sentence ends here.
    if (i > k && t.kind === K.Word && t.lower.length > 4 && t.lower.endsWith('ing')) break;
    if (t.kind === K.Word && t.lower === 'that') return 'clause';
    if (t.kind === K.Punct && (t.t === '.' || t.t === ';' || t.t === ',' || isQuoteChar(t.t))) break;
  }
  return 'adjunct';
}
const FUNCTION_START_Q = new Set(['we', 'i', 'it', 'its', 'this', 'there', 'they', 'he', 'she', 'the', 'a', 'an', 'our', 'my', 'if', 'no', 'all', 'what', 'you', 'in', 'as']);

export function findAttributions(text: string, toks: Tok[], sents: Sentence[], ents: ECand[]): Attr[] {
  const out: Attr[] = [];
  idxEnts = null;
  breakToks = null;
  stopToks = null;
  colonToks = null;
  let leadSent = -1;
  let leadEnd = 0;
  indexEnts(ents);
  for (let si = 0; si < sents.length; si++) {
    const sn = sents[si];
    for (let i = sn.t0; i < sn.t1; i++) {
      const tok = toks[i];
      if (tok.kind !== K.Word) continue;
      let cue = tok.lower;
      let cueE = tok.e;
      let next = i + 1;
      if (cue === 'words' && toks[i + 1]?.lower === 'of' && i >= 2 && toks[i - 1].lower === 'the' && toks[i - 2].lower === 'in') {
        // `in the words of the Crown prosecutor, Mark Tedeschi, QC, "..."`
        let k = i + 2;
        let found: ReturnType<typeof subjectAfter> = null;
        for (; k < sn.t1 && k < i + 14; k++) {
          found = subjectAfter(text, toks, ents, k, sn.t1);
          if (found && found.subj.kind === 'entity' && ents[found.subj.ent].type === 'person') break;
          found = null;
        }
        if (found) {
          // The quote starts after the name and its short post-modifiers (`, QC,`).
          const e0 = ents[found.subj.ent].t1;
          let c = e0;
          for (let k2 = e0; k2 < sn.t1 && k2 <= e0 + 6; k2++) if (toks[k2].t === ',' || toks[k2].t === ':' || isQuoteChar(toks[k2].t)) c = k2 + 1;
          while (c < sn.t1 && (toks[c].t === ',' || toks[c].t === ':' || isQuoteChar(toks[c].t))) c++;
          const at = mkAttr('preposed', 'in the words of', toks[i - 2].s, toks[i + 1].e, found.subj, null, -1, c < sn.t1 ? toks[c].s : sn.e, contentEnd(toks, c, sn), si, false, true, toks[i - 2].s);
          at.intro = true;
          out.push(at);
        }
        continue;
      }
      if (cue === 'according' && toks[i + 1]?.lower === 'to') {
        cue = 'according to';
        cueE = toks[i + 1].e;
        next = i + 2;
        const after = subjectAfter(text, toks, ents, next, sn.t1);
        if (!after) continue;
        const b = boundaryBefore(toks, i);
        const endTok = after.subj.kind === 'entity' ? ents[after.subj.ent].t1 : after.end;
        const nx = toks[endTok];
        if (b >= 0 && (!nx || endTok >= sn.t1 || nx.t === '.' )) {
          out.push(mkAttr('inverted', cue, tok.s, cueE, after.subj, after.appo, b, -1, -1, si, true, true, b));
        } else if (nx && nx.t === ',') {
          const contentS = toks[endTok + 1]?.s ?? sn.e;
          out.push(mkAttr('preposed', cue, tok.s, cueE, after.subj, after.appo, -1, contentS, contentEnd(toks, endTok + 1, sn), si, false, true, tok.s));
        }
        continue;
      }
      if (!SPEECH_CUES.has(cue) || tok.cap && !tok.initial) continue;
      if (cue === 'states' || cue === 'reports' || cue === 'claims' || cue === 'promises' || cue === 'comments' || cue === 'remarks' || cue === 'estimates' || cue === 'notes') {
        // Often nouns; accept only right after a subject that is a name or pronoun (checked below).
      }
      const direct = DIRECT_CUES.has(cue);
      // 1. Subject before the cue.
      const before = subjectBefore(text, toks, ents, i, sn.t0);
      if (before) {
        const startTok = tokIndexAt(toks, before.start);
        let b = boundaryBefore(toks, startTok);
        if (b < 0 && before.subj.kind === 'entity') {
          // `, team member Rodaba Noori told the press`: role nouns before the name.
          let k = startTok - 1;
          let n = 0;
          while (k > sn.t0 && n < 4 && toks[k].kind === K.Word && !SPEECH_CUES.has(toks[k].lower) && !PREPS.has(toks[k].lower) && !AUX.has(toks[k].lower) && toks[k].lower !== 'the' && toks[k].lower !== 'and') { k--; n++; }
          if (n > 0 && k >= sn.t0) b = boundaryBefore(toks, k + 1);
        }
        // Object of `told` (`told The Washington Times`) and adjuncts may follow.
        let k = i + 1;
        let ac = afterCue(toks, ents, i, sn.t1);
        if (ac !== 'introducer') {
          // `Schumer told reporters on Tuesday: We will ...` — a colon soon after the cue.
          for (let c = i + 1; c < sn.t1 && c <= i + 8; c++) {
            if (toks[c].t === ':' && toks[c + 1] && (toks[c + 1].cap || isQuoteChar(toks[c + 1].t))) {
              ac = 'introducer';
              k = c;
              break;
            }
            if (toks[c].kind === K.Word && (toks[c].lower === 'that' || SPEECH_CUES.has(toks[c].lower))) break;
          }
        }
        const closes = ac === 'end' || ac === 'adjunct';
        if (ac === 'introducer') {
          // `X said, We ...`, `X said: ...`, `X said "...`: the quote follows.
          let c = k > i + 1 ? k : i + 1;
          while (c < sn.t1 && (toks[c].t === ',' || toks[c].t === ':' || toks[c].t === '—' || isQuoteChar(toks[c].t))) c++;
          const at = mkAttr('preposed', cue, tok.s, tok.e, before.subj, before.appo, -1, c < sn.t1 ? toks[c].s : sn.e, contentEnd(toks, c, sn), si, false, direct, before.start);
          at.intro = true;
          out.push(at);
          continue;
        }
        if (b >= 0 && startTok > sn.t0) {
          if (closes) {
            out.push(mkAttr('inverted', cue, tok.s, tok.e, before.subj, before.appo, b, -1, -1, si, true, direct, before.start));
          } else {
            // `Against that backdrop, foreign policy specialists say, the U.S. ...`
            if (toks[k] && toks[k].t === ',') {
              const cs = toks[k + 1]?.s ?? sn.e;
              out.push(mkAttr('parenthetical', cue, tok.s, tok.e, before.subj, before.appo, -1, cs, contentEnd(toks, k + 1, sn), si, false, direct, before.start));
            } else {
              out.push(mkAttr('preposed', cue, tok.s, tok.e, before.subj, before.appo, -1, contentStart(toks, k, sn), contentEnd(toks, k, sn), si, false, direct, before.start));
            }
          }
          continue;
        }
        if (closes && !(toks[k] && (toks[k].t === ':' || isQuoteChar(toks[k].t)))) {
          // `Mr. Blinken said.` — a bare attribution sentence (or one ending in adjuncts).
          const first = tokIndexAt(toks, before.start);
          if (leadSent !== si) {
            // The quotation marks opening the sentence, counted once per sentence (not once per cue).
            leadSent = si;
            leadEnd = sn.t0;
            while (leadEnd < sn.t1 && toks[leadEnd].kind === K.Punct && isQuoteChar(toks[leadEnd].t)) leadEnd++;
          }
          const onlyLead = leadEnd >= first;
          if (onlyLead) {
            out.push(mkAttr('bare', cue, tok.s, tok.e, before.subj, before.appo, sn.s, -1, -1, si, true, direct, before.start));
            continue;
          }
        }
        // `X told Sky News any process must be well thought out: Moves to ...` — a colon introduces the quote.
        if (ac === 'clause' && direct) {
          const c = i + 1 >= sn.t1 ? i + 1 : Math.min(sn.t1, colonAfter(toks, i + 1));
          if (c + 1 < sn.t1 && toks[c + 1].cap) {
            const at = mkAttr('preposed', cue, tok.s, tok.e, before.subj, before.appo, -1, toks[c + 1].s, contentEnd(toks, c + 1, sn), si, false, direct, before.start);
            at.intro = true;
            out.push(at);
          }
        }
        // `X said on Thursday that ...`: the clause starts after `that`.
        for (let c = k; c < sn.t1 && c < k + 10; c++) {
          if (toks[c].kind === K.Word && toks[c].lower === 'that') { k = c + 1; break; }
          if (toks[c].kind === K.Punct) break;
        }
        // `X said (that) ...`, `X warned of ...`
        while (k < sn.t1 && toks[k].kind === K.Word && (toks[k].lower === 'that' || toks[k].lower === 'of' || toks[k].lower === 'on')) k++;
        if (k < sn.t1 && toks[k].kind === K.Word && /^(reporters|journalists|the press|me|us|him|her|them)$/.test(toks[k].lower) && cue.startsWith('t')) k++;
        out.push(mkAttr('preposed', cue, tok.s, tok.e, before.subj, before.appo, -1, contentStart(toks, k, sn), contentEnd(toks, k, sn), si, false, direct, before.start));
        continue;
      }
      // 2. Inverted: `, said William Taylor, a former ...` / `, says the report.` (not `, telling Moscow`)
      if (!direct || cue.endsWith('ing')) continue;
      const b = boundaryBefore(toks, i);
      if (b < 0) continue;
      const after = subjectAfter(text, toks, ents, i + 1, sn.t1);
      if (!after) continue;
      out.push(mkAttr('inverted', cue, tok.s, tok.e, after.subj, after.appo, b, -1, -1, si, true, direct, tok.s));
    }
  }
  idxEnts = null;
  byEnd = new Map();
  byStart = new Map();
  byTitleStart = new Map();
  breakToks = null;
  stopToks = null;
  colonToks = null;
  if (breakAt.length > 1 << 16) breakAt = new Int32Array(0); // not held after a huge paragraph
  if (stopAt.length > 1 << 16) stopAt = new Int32Array(0);
  if (colonAt.length > 1 << 16) colonAt = new Int32Array(0);
  return out;
}

function contentStart(toks: Tok[], k: number, sn: Sentence): number {
  while (k < sn.t1 && (toks[k].t === ',' || toks[k].t === ':' || toks[k].lower === 'that')) k++;
  return k < sn.t1 ? toks[k].s : sn.e;
}

/** Per token of the paragraph being read: the offset of the first clause break at or after it in its sentence, or -1.
 *  Made in one backward pass on the paragraph's first `contentEnd`, so that a sentence with thousands of cues is not
 *  rescanned to its end for each of them. */
let breakToks: Tok[] | null = null;
let breakAt = new Int32Array(0);

function isClauseBreak(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (CLAUSE_BREAK.has(t.t)) return true;
  return t.t === ',' && !!toks[i + 1] && (toks[i + 1].lower === 'but' || toks[i + 1].lower === 'while' || toks[i + 1].lower === 'whereas');
}

function clauseBreaks(toks: Tok[]): Int32Array {
  if (breakToks === toks) return breakAt;
  const n = toks.length;
  if (breakAt.length < n) breakAt = new Int32Array(Math.max(n, 2 * breakAt.length));
  for (let i = n - 1; i >= 0; i--) {
    breakAt[i] = isClauseBreak(toks, i) ? toks[i].s : i + 1 < n && toks[i + 1].sent === toks[i].sent ? breakAt[i + 1] : -1;
  }
  breakToks = toks;
  return breakAt;
}

/** Per token of the paragraph being read: the index of the first `.` or `;` token at or after it (toks.length when
 *  none). One backward pass per paragraph, on first use: an appositive runs to it, and thousands of cues in one
 *  sentence would otherwise each scan to the end. */
let stopToks: Tok[] | null = null;
let stopAt = new Int32Array(0);

function stopAfter(toks: Tok[], k: number): number {
  const n = toks.length;
  if (k >= n) return n;
  if (stopToks !== toks) {
    if (stopAt.length < n) stopAt = new Int32Array(Math.max(n, 2 * stopAt.length));
    let next = n;
    for (let i = n - 1; i >= 0; i--) {
      if (toks[i].t === '.' || toks[i].t === ';') next = i;
      stopAt[i] = next;
    }
    stopToks = toks;
  }
  return stopAt[k];
}

/** The same for the first `:` token at or after a token. */
let colonToks: Tok[] | null = null;
let colonAt = new Int32Array(0);

function colonAfter(toks: Tok[], k: number): number {
  const n = toks.length;
  if (k >= n) return n;
  if (colonToks !== toks) {
    if (colonAt.length < n) colonAt = new Int32Array(Math.max(n, 2 * colonAt.length));
    let next = n;
    for (let i = n - 1; i >= 0; i--) {
      if (toks[i].t === ':') next = i;
      colonAt[i] = next;
    }
    colonToks = toks;
  }
  return colonAt[k];
}

function contentEnd(toks: Tok[], k: number, sn: Sentence): number {
  let end = sn.e;
  if (k >= sn.t0 && k < sn.t1) {
    const b = clauseBreaks(toks)[k];
    if (b >= 0) end = b;
  } else {
    for (let i = k; i < sn.t1; i++) {
      if (isClauseBreak(toks, i)) { end = toks[i].s; break; }
    }
  }
  // Drop the final period.
  const j = sn.t1 - 1;
  if (end === sn.e && j >= k && toks[j].t === '.') end = toks[j].s;
  return end;
}

function mkAttr(form: AttrForm, cue: string, cueS: number, cueE: number, subject: Subject, appo: [number, number] | null,
  boundary: number, contentS: number, contentE: number, sent: number, closesSentence: boolean, direct: boolean, clauseS: number): Attr {
  return { form, cue, cueS, cueE, subject, appo, boundary, contentS, contentE, sent, closesSentence, direct, clauseS, intro: false };
}
