// Subjects of attribution clauses that the strict finder (subjects.ts) takes from the wrong words (issue 12, seventh
// round): a participle of speaking after a comma hangs on the clause before it (`Ann Lee, the harbour master's son,
// issued a statement, saying ...`), and a name that is the possessor of role words after an inverted cue names no
// speaker (`, said Reyes's top aide Ann Lee`). Paragraph-local, linear: each look-up scans a bounded number of tokens.
import type { ECand } from '../entities';
import type { Attr, Subject } from '../attribution';
import { SPEECH_CUES, lexicon } from '../lexicon';
import { K, type Tok, type Sentence, isQuoteChar } from '../tokens';
import { personInInvertedSlot } from './looseSubjects';
import { AUX, subjectAfter } from './subjects';
import { entStartingAt, tokIndexAt } from './subjectIndex';

/** Prepositions and adverbs of time or place that may follow a cue or stand before a name (`said at`, `told on`). */
export const PREPS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'to', 'from', 'with', 'alongside', 'via', 'by', 'while',
  'when', 'as', 'for', 'through', 'since', 'following', 'ahead', 'about', 'outside', 'inside', 'near', 'late', 'early',
  'yesterday', 'today', 'tonight', 'this', 'last', 'earlier', 'later', 'recently', 'previously', 'afterwards', 'afterward',
  'then', 'again', 'too', 'also', 'separately', 'instead', 'once', 'overnight', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'under', 'over', 'according']);

/** Tokens scanned back from a participle of speaking for the subject of its clause, at most. */
const PART_BACK = 40;
/** Prepositions whose object is no subject (`on Facebook writing`, `about his rival, Ann Lee, saying`). */
const OBJ_PREPS = new Set(['of', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'about', 'against', 'into', 'over', 'under', 'like', 'toward', 'towards']);
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'if', 'until', 'unless', 'once', 'whether', 'that', 'who', 'whom']);
const VERB_TAGS = /^(PastTense|PresentTense|Verb|Infinitive|Copula|Modal|Auxiliary)$/;
const SHORT_VERBS = new Set(['hit', 'put', 'set', 'cut', 'quit', 'let', 'read', 'led', 'fed']);

/** The participle of speaking at token i (`saying`, `writing`, `adding`) hangs on the clause before it: after a comma
 *  (`Ann Lee, the harbour master's son, issued a statement Thursday, saying ...`, `..., as Mrs. Lee echoed the
 *  criticism, saying ...`) or after the object of a preposition (`Lee replied on Facebook writing, ...`), its subject is
 *  the nearest name (a person's, an organisation's) or `he`/`she`/`they` before it that a verb follows, over a short
 *  parenthesis, an appositive between commas and auxiliaries, and that is no object of a preposition. Null when there
 *  is none (the strict finder then decides). */
export function participleSubject(toks: Tok[], ents: ECand[], i: number, sn: Sentence, entEndingAt: (t1: number) => number): { subj: Subject; appo: null; start: number } | null {
  let k = i - 1;
  if (k <= sn.t0) return null;
  if (toks[k].t !== ',') {
    // `on Facebook writing`: only after a name that is the object of a preposition.
    const e = entEndingAt(i);
    if (e < 0) return null;
    const pk = tokIndexAt(toks, ents[e].ts) - 1;
    if (pk < sn.t0 || toks[pk].kind !== K.Word || toks[pk].cap || !OBJ_PREPS.has(toks[pk].lower)) return null;
    k = pk;
  }
  return clauseSubjectBefore(toks, ents, k, sn, entEndingAt, true);
}

/** The subject of the clause that ends at token k (a comma before a participle, a colon before a quote): the nearest
 *  name (a person's, an organisation's) or `he`/`she`/`they` before k that a verb follows, over a short parenthesis,
 *  an appositive between commas and auxiliaries, and that is no object of a preposition nor the subject of a
 *  subordinate clause. Null when there is none. */
export function clauseSubjectBefore(toks: Tok[], ents: ECand[], k: number, sn: Sentence, entEndingAt: (t1: number) => number, overQuotes = false): { subj: Subject; appo: null; start: number } | null {
  // (`overQuotes`: a quoted span is stepped over as part of the clause, `she called him "weak" and said`; the words
  // inside it name no subject.)
  let quoted = false;
  for (let n = 0, j = k - 1; j >= sn.t0 && n < PART_BACK; j--, n++) {
    const t = toks[j];
    if (t.kind === K.Punct && overQuotes && isQuoteChar(t.t)) { quoted = !quoted; continue; }
    if (t.kind === K.Punct && (t.t === ';' || t.t === ':' || isQuoteChar(t.t))) return null;
    if (t.kind !== K.Word || quoted) continue;
    let s0 = -1;
    let subj: Subject | null = null;
    if ((!t.cap || t.initial) && (t.lower === 'he' || t.lower === 'she' || t.lower === 'they')) {
      s0 = j;
      subj = { kind: 'pronoun', s: t.s, e: t.e, ent: -1, name: t.lower };
    } else {
      const e = entEndingAt(j + 1);
      if (e >= 0 && (ents[e].type === 'person' || ents[e].type === 'organization' || ents[e].type === 'unknown')) {
        s0 = tokIndexAt(toks, ents[e].ts);
        subj = { kind: 'entity', s: ents[e].s, e: ents[e].e, ent: e, name: '' };
      }
    }
    if (!subj) continue;
    let pk = s0 - 1;
    if (pk > sn.t0 && /^(the|a|an)$/.test(toks[pk].lower)) pk--;
    // (The object of a preposition, or the subject of a subordinate clause, `after they came out`, is not the one.)
    if (pk >= sn.t0 && toks[pk].kind === K.Word && (!toks[pk].cap || toks[pk].initial) && (OBJ_PREPS.has(toks[pk].lower) || SUBORDINATORS.has(toks[pk].lower))) { j = s0; continue; }
    if (verbFollows(toks, j + 1, k)) return { subj, appo: null, start: toks[s0].s };
    j = s0;
  }
  return null;
}

/** Speech cues in their bare form, after `to` (`went on to say, "..."`). */
const BARE_CUES = new Set(['say', 'tell', 'add', 'warn', 'argue', 'state', 'ask', 'declare', 'write', 'explain']);
/** Adverbs that may stand between `and` and a coordinated cue (`and then said`). */
const LINK_ADVERBS = new Set(['then', 'also', 'later', 'quickly', 'simply', 'finally']);

/** A cue at token i that hangs on the verb of the clause before it shares that clause's subject: a participle after
 *  `by` (`she opened by saying, "..."`), a bare cue after `to` (`Lee went on to say, "..."`), a cue coordinated with
 *  `and` (`he laughed and said, "..."`, `she called him "weak" and said ...`, maybe with an adverb, `and then said`).
 *  The subject is the nearest name or `he`/`she`/`they` before the linking word that a verb follows (clauseSubjectBefore,
 *  over quoted spans), or null (then the strict finder decides: `Ann Lee and Paul Reyes said` has no verb after `Lee`). */
export function linkedCueSubject(toks: Tok[], ents: ECand[], i: number, sn: Sentence, entEndingAt: (t1: number) => number): { subj: Subject; appo: null; start: number } | null {
  let k = i - 1;
  if (k > sn.t0 && toks[k].kind === K.Word && LINK_ADVERBS.has(toks[k].lower)) k--;
  if (k <= sn.t0 + 1 || toks[k].kind !== K.Word || toks[k].cap) return null;
  const link = toks[k].lower;
  const cue = toks[i].lower;
  const p = toks[k - 1];
  if (link === 'by' && cue.endsWith('ing') && k === i - 1) {
    // (`began by saying`: after a verb, not after a noun, `a speech by saying ...` is no such frame.)
    if (p.kind !== K.Word || p.cap || !verbLike(p.lower)) return null;
  } else if (link === 'to' && BARE_CUES.has(cue) && k === i - 1) {
    // (`went on to say`, `rose to say`, `wanted to say`: not `the right to say`.)
    if (p.kind !== K.Word || p.cap || !(verbLike(p.lower) || p.lower === 'on' || p.lower === 'up')) return null;
  } else if (link !== 'and' || cue.endsWith('ing')) return null;
  if (!introducesSpeech(toks, i + 1, sn)) return null;
  return clauseSubjectBefore(toks, ents, k, sn, entEndingAt, true);
}

const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);
/** `The memo goes on to say: "..."`, `the pilot went on to add`: for a bare cue at token i after `go on to`, the
 *  token of the form of `go`, whose subject says what follows (read there as before a plain cue); else i. */
export function goOnToCue(toks: Tok[], i: number, t0: number): number {
  const g = i - 3;
  if (g <= t0 || !BARE_CUES.has(toks[i].lower) || toks[i - 1].lower !== 'to' || toks[i - 2].lower !== 'on') return i;
  return toks[g].kind === K.Word && !toks[g].cap && GO_FORMS.has(toks[g].lower) ? g : i;
}

const ADDRESSEE_CUES = new Set(['told', 'tells', 'tell', 'asked', 'asks', 'ask', 'urged', 'urges', 'warned', 'warns', 'warn', 'reminded']);
/** Words that open a reported clause right after a cue (`and said she had ...`, `and said that ...`). */
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'the', 'his', 'her', 'their', 'its', 'this']);
/** Whether what follows a linked cue (from token k) is speech it reports: a quotation mark, a colon or a comma
 *  before a quotation mark or a capital, or a word that opens a reported clause. Not an adjunct (`and responded to
 *  ...`, `and asked for ...`) nor the end of the sentence: a linked cue is never an inverted attribution. */
function introducesSpeech(toks: Tok[], k: number, sn: Sentence): boolean {
  // (`and told the police, ...`: the addressee of `told`, `asked`, `urged` is no reported clause; skipped, up to four words.)
  if (ADDRESSEE_CUES.has(toks[k - 1].lower)) {
    for (let n = 0; n < 4 && k < sn.t1 && toks[k].kind === K.Word && toks[k].lower !== 'that'; n++) k++;
    if (toks[k]?.kind === K.Word && toks[k].lower !== 'that') return false;
  }
  const t = toks[k];
  if (!t || k >= sn.t1) return false;
  if (isQuoteChar(t.t)) return true;
  if (t.t === ':' || t.t === ',') {
    const nx = toks[k + 1];
    return !!nx && k + 1 < sn.t1 && (isQuoteChar(nx.t) || (nx.kind === K.Word && nx.cap && t.t === ':'));
  }
  return t.kind === K.Word && !t.cap && CLAUSE_OPENERS.has(t.lower);
}

function verbLike(l: string): boolean {
  const tag = lexicon().common.get(l);
  return (tag !== undefined && VERB_TAGS.test(tag)) || SHORT_VERBS.has(l) || (tag === undefined && l.endsWith('ed'));
}

/** Whether a verb follows a subject ending before token m (and before token `lim`): over a short parenthesis (`(D-Vt.)`),
 *  an appositive between commas and auxiliaries. */
function verbFollows(toks: Tok[], m: number, lim: number): boolean {
  if (m < lim && toks[m].t === '(') {
    let c = m + 1;
    while (c < lim && c <= m + 8 && toks[c].t !== ')') c++;
    if (c >= lim || toks[c].t !== ')') return false;
    m = c + 1;
  }
  if (m < lim && toks[m].t === ',') {
    let c = m + 1;
    while (c < lim && c <= m + 14 && toks[c].t !== ',' && !isQuoteChar(toks[c].t) && !(toks[c].kind === K.Word && SPEECH_CUES.has(toks[c].lower))) c++;
    if (c >= lim || toks[c].t !== ',') return false;
    m = c + 1;
  }
  while (m < lim && toks[m].kind === K.Word && !toks[m].cap && AUX.has(toks[m].lower)) m++;
  if (m >= lim) return false;
  const t = toks[m];
  if (t.kind !== K.Word || t.cap) return false;
  const tag = lexicon().common.get(t.lower);
  return (tag !== undefined && VERB_TAGS.test(tag)) || SHORT_VERBS.has(t.lower) || (t.lower.endsWith('ed') && tag !== 'Preposition') ||
    (tag === undefined && t.lower.endsWith('s'));
}


/** Right after a name in an inverted cue's slot (token k): a possessive `'s` or a lower-case word, then role words to a
 *  person's name ending the clause (personInInvertedSlot): that person's entity index, or -1. Not after a preposition
 *  or a determiner (`said Reyes of Ann Lee`, `said Reyes, the rival of Ann Lee`). */
export function possessorsPerson(toks: Tok[], ents: ECand[], k: number, sn: Sentence): number {
  const t = toks[k];
  if (!t || k >= sn.t1) return -1;
  if (t.t !== "'s" && t.t !== '’s' && (t.kind !== K.Word || t.cap || PREPS.has(t.lower) || NOT_POSSESSED.has(t.lower) || SPEECH_CUES.has(t.lower))) return -1;
  if (ROLE_MODIFIERS.has(t.lower)) {
    // (`ranking member`: a participle the lexicon tags as a verb form that modifies a role like an adjective; the
    // role may be the title of the name after it, `ranking Democrat Ann Lee`.)
    const e = entStartingAt(ents, toks, k + 1);
    if (e >= 0 && ents[e].type === 'person' && ents[e].ts === toks[k + 1].s) return e;
    k++;
  }
  return personInInvertedSlot(toks, ents, k, sn);
}
const ROLE_MODIFIERS = new Set(['ranking', 'leading', 'presiding', 'managing', 'visiting', 'founding', 'retired']);
const NOT_POSSESSED = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'who', 'whose', 'which', 'that', 'his', 'her', 'their', 'its', 'another', 'one', 'told', 'added']);

/** Cues whose passive names the speaker in a `by` phrase (`was asked by`). */
const PASSIVE_CUES = new Set(['asked', 'questioned', 'pressed', 'challenged']);
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
/** Tokens from `by` to the quotation mark the agent introduces, at most. */
const AGENT_SPAN = 40;

/** `Lee was asked by the host, Ann Reyes, who backs him, "..."`: a passive speech cue at token i with its agent after
 *  `by` (a name, or role words and a name, subjects.ts subjectAfter), then, past an appositive or a relative clause
 *  between commas, a comma or colon and a quotation mark: the agent asks the quote. A preposed attribution of that
 *  quote, or null. */
export function passiveAgent(text: string, toks: Tok[], ents: ECand[], i: number, sn: Sentence, si: number): Attr | null {
  const cue = toks[i].lower;
  let b = i - 1;
  if (b > sn.t0 && toks[b].lower === 'also') b--;
  if (!PASSIVE_CUES.has(cue) || b <= sn.t0 || !PASSIVE_BE.has(toks[b].lower) || toks[i + 1]?.lower !== 'by' || i + 2 >= sn.t1) return null;
  const ag = subjectAfter(text, toks, ents, i + 2, sn.t1);
  if (ag && ag.subj.kind !== 'entity' && toks[ag.end]?.t === ',') {
    // (`by the host, Ann Reyes,`: the role noun phrase and the name in apposition.)
    const e = entStartingAt(ents, toks, ag.end + 1);
    if (e >= 0) ag.subj = { kind: 'entity', s: ents[e].s, e: ents[e].e, ent: e, name: '' };
  }
  if (!ag || ag.subj.kind !== 'entity' || ents[ag.subj.ent].type !== 'person') return null;
  // The quotation mark: after a comma or a colon, before any other cue or sentence break.
  let c = -1;
  for (let k = ents[ag.subj.ent].t1; k < sn.t1 && k < i + AGENT_SPAN; k++) {
    const t = toks[k];
    if (isQuoteChar(t.t)) {
      if (k > 0 && (toks[k - 1].t === ',' || toks[k - 1].t === ':')) c = k + 1;
      break;
    }
    if (t.kind === K.Word && !t.cap && SPEECH_CUES.has(t.lower)) return null;
    if (t.t === ';' || t.t === '.') return null;
  }
  if (c < 0 || c >= sn.t1) return null;
  const last = toks[sn.t1 - 1];
  const contentE = last.t === '.' ? last.s : sn.e;
  return { form: 'preposed', cue, cueS: toks[i].s, cueE: toks[i].e, subject: ag.subj, appo: ag.appo, boundary: -1, contentS: toks[c].s, contentE,
    sent: si, closesSentence: false, direct: true, clauseS: toks[i].s, intro: true };
}

/** Tokens scanned back from a cue for the relative pronoun of a relative clause before it, at most. */
const REL_BACK = 30;
const FINITE_TAGS = /^(?:PastTense|PresentTense|Modal|Copula|Auxiliary)$/;

/** `Ann Lee (D-Me.), who backs Reyes, said Tom Wren has pushed ...`: a cue right after the comma that closes a relative
 *  clause (`, who ...,` or `, which ...,`), followed by a name and a finite verb (the subject of the reported clause,
 *  not an inverted speaker): the name before the relative clause (over a short parenthesis) is the cue's subject. */
export function relativeClauseSubject(toks: Tok[], ents: ECand[], i: number, sn: Sentence, entEndingAt: (t1: number) => number): { subj: Subject; appo: null; start: number } | null {
  if (i - 2 <= sn.t0 || toks[i - 1].t !== ',') return null;
  const after = entStartingAt(ents, toks, i + 1);
  const v = after >= 0 ? toks[ents[after].t1] : undefined;
  if (!v || v.kind !== K.Word || v.cap || !(AUX.has(v.lower) || FINITE_TAGS.test(lexicon().common.get(v.lower) ?? ''))) return null;
  for (let k = i - 2, n = 0; k > sn.t0 && n < REL_BACK; k--, n++) {
    const t = toks[k];
    if (t.kind === K.Punct && (t.t === ';' || t.t === ':' || isQuoteChar(t.t))) return null;
    if (t.kind === K.Word && !t.cap && SPEECH_CUES.has(t.lower)) return null;
    if (t.kind !== K.Word || (t.lower !== 'who' && t.lower !== 'which') || toks[k - 1].t !== ',') continue;
    let m = k - 1;
    if (toks[m - 1]?.t === ')') {
      let c = m - 2;
      while (c > sn.t0 && c >= m - 8 && toks[c].t !== '(') c--;
      if (toks[c].t === '(') m = c;
    }
    const e = entEndingAt(m);
    if (e < 0 || (ents[e].type !== 'person' && ents[e].type !== 'organization')) return null;
    return { subj: { kind: 'entity', s: ents[e].s, e: ents[e].e, ent: e, name: '' }, appo: null, start: ents[e].ts };
  }
  return null;
}

/** Subordinators that open a clause before the main one (`When Lee suggested ..., Wren ...`). */
const OPENER_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'although', 'though', 'because', 'since', 'once', 'whereas', 'until', 'unless']);
/** Whether a cue at token `i` whose subject starts at token `subj0` lies in a subordinate clause opening the sentence
 *  (after an optional `and` / `but` / `so` / `yet`) that a comma with a capitalised word after it closes before token
 *  `c` (`Once Lee argued that the lease had lapsed, Wren replied: ...`): the main clause's words, not the clause's cue,
 *  lead to what comes at `c`. At most 40 tokens are read. */
export function openerClosesBefore(toks: Tok[], sn: Sentence, i: number, subj0: number, c: number): boolean {
  let t = sn.t0;
  if (toks[t] && /^(?:and|but|so|yet)$/.test(toks[t].lower)) t++;
  if (!toks[t] || toks[t].kind !== K.Word || !OPENER_SUBORDINATORS.has(toks[t].lower) || subj0 <= t) return false;
  for (let k = i + 1; k < c && k < sn.t1 && k < t + 40; k++) {
    if (toks[k].t === ',' && toks[k + 1] && toks[k + 1].kind === K.Word && toks[k + 1].cap && k + 1 < c) return true;
  }
  return false;
}
