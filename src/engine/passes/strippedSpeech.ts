// What the stripped-quote pass reads in a sentence without quotation marks: whether it sounds like speech (first or
// second person, present tense, modals) or like past-tense narration, and a nominal attribution that closes it
// (`..., the governor said.`, `..., said the 46-year-old.`). Pure functions of the paragraph's tokens; linear.
import { K, type Sentence, type Tok } from '../tokens';
import { ARTICLES_AND_POSSESSIVES, DIRECT_CUES, MONTHS, STRIPPED_CONTRACTIONS, WEEKDAYS, lexicon } from '../lexicon';
import type { Attr } from '../attribution';
import type { DocState, ParaData, QuoteBuild, Unit } from './state';
import type { Carry } from './quotes';
import { upperBound } from './util';
import { plain } from '../plainPattern';
import { ING_ENDING } from '../wordShapes';
import { interjectionOpening } from './strippedInterjection';

const LETTERS_AT_END = plain(String.raw`\p{L}+$`, 'u');

const SPEECH_WORDS = new Set(['i', 'we', 'our', 'us', 'my', 'me', 'you', 'your', 'ive', 'im', 'weve', 'youre', 'youve', 'id',
  'is', 'are', 'am', 'isnt', 'arent', 'will', 'wont', 'would', 'wouldnt', 'should', 'shouldnt', 'can', 'cant', 'cannot',
  'could', 'couldnt', 'must', 'may', 'might', 'do', 'dont', 'does', 'doesnt', 'have', 'has', 'hes', 'shes', 'its', 'theres',
  'thats', 'theyre', 'whats', 'lets', 'need', 'needs', 'want', 'wants', 'think', 'thinks', 'believe', 'know', 'knows',
  'hed', 'theyd', 'theyll', 'theyve', 'youd', 'youll', 'itll', 'thatll']);
/** A sentence that could be speech rather than past-tense narration. */
export function speechLike(st: DocState, d: ParaData, si: number): boolean {
  return speechLikeToks(st, d, d.sents[si].t0, d.sents[si].t1) || interjectionOpening(d.toks, d.sents[si].t0, d.sents[si].t1);
}

/** A sentence with a verb in the past tense (`The accident occurred ...`). */
export function pastTense(st: DocState, d: ParaData, si: number): boolean {
  return pastTenseToks(st, d, d.sents[si].t0, d.sents[si].t1);
}
/** The same for the tokens [t0, t1) of a paragraph. */
export function pastTenseToks(st: DocState, d: ParaData, t0: number, t1: number): boolean {
  for (let i = t0; i < t1; i++) {
    const t = d.toks[i];
    if (t.kind === K.Word && !t.cap && (t.lower === 'was' || t.lower === 'were' || st.lex.common.get(t.lower) === 'PastTense')) return true;
  }
  return false;
}

/** Stripped contractions that are other words in lower case (`were`, `ill`) but, opening a sentence before a verb,
 *  can only be `We're`, `I'll`: `Were trying to help.`, `Ill see you there.` */
const OPENING_CONTRACTIONS = new Set(['Were', 'Ill']);
/** Words after which `Were` / `Ill` is the past tense or the adjective (`Were they ...`, `Were the vote ...`, `Ill
 *  health ...` reads as a noun phrase). */
const NOT_A_CONTRACTION_BEFORE = new Set(['you', 'they', 'we', 'he', 'she', 'it', 'i', 'the', 'a', 'an', 'there', 'these', 'those',
  'this', 'that', 'all', 'any', 'some', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'health', 'will', 'effects', 'feeling',
  'feelings', 'treatment', 'advised', 'equipped', 'prepared', 'suited', 'fated', 'timed', 'conceived', 'informed']);
/** Token `k` opens a sentence with a stripped `We're` / `I'll` (see `OPENING_CONTRACTIONS`). */
export function openingContraction(toks: Tok[], k: number, t1: number): boolean {
  const t = toks[k];
  if (!t.initial || !OPENING_CONTRACTIONS.has(t.t) || k + 1 >= t1) return false;
  const n = toks[k + 1];
  return n.kind === K.Word && !n.cap && !NOT_A_CONTRACTION_BEFORE.has(n.lower);
}

/** The same for the tokens [t0, t1) of a paragraph. */
export function speechLikeToks(st: DocState, d: ParaData, t0: number, t1: number): boolean {
  for (let i = t0; i < t1; i++) {
    const t = d.toks[i];
    if (t.kind !== K.Word) continue;
    if (SPEECH_WORDS.has(t.lower) || openingContraction(d.toks, i, t1)) return true;
    const tag = st.lex.common.get(t.lower);
    if (tag === 'PresentTense' || tag === 'Modal' || tag === 'Imperative') return true;
  }
  return false;
}

export const FIRST_PERSON = plain(String.raw`(?:^|[^\p{L}])(?:I|we|We|our|Our|us|my|My|me|ive|Ive|im|Im|weve|Weve|myself|ourselves|you|You|your|Your|youll|youre|youve)(?=[^\p{L}]|$)`, 'u');
export function firstPerson(s: string): boolean {
  return FIRST_PERSON.test(s);
}
export const FIRST_PERSON_ALL = plain(FIRST_PERSON.source, 'gu');
/** Where the last first- or second-person word (`FIRST_PERSON`) of `text` between `s` and `e` starts, or -1: a slice
 *  of it from a word start at or before that point holds one (`firstPerson`), one from after it does not. */
export function lastFirstPerson(text: string, s: number, e: number): number {
  const t = text.slice(s, e);
  FIRST_PERSON_ALL.lastIndex = 0;
  let last = -1;
  for (let m = FIRST_PERSON_ALL.exec(t); m; m = FIRST_PERSON_ALL.exec(t)) {
    // (The match may begin with the non-letter before the word.)
    last = m.index + m[0].length - (LETTERS_AT_END.exec(m[0])?.[0].length ?? 0);
  }
  return last < 0 ? -1 : s + last;
}

/** Determiners that open a noun phrase naming an unnamed source (`the governor`, `a friend`, `his colleague`). */
const NP_DETS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its']);
/** Words that cannot be inside such a noun phrase: it would be a clause (`the plan is what he said`). */
const NOT_IN_NP = new Set(['and', 'or', 'but', 'that', 'which', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'is', 'was', 'are',
  'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'not', 'to', 'be', 'should', 'may', 'might', 'must']);
/** Cues of an unnamed source that report rather than quote (`the Post reported`, `the study concluded`). */
const REPORTING_CUES = new Set(['reported', 'reports', 'announced', 'confirmed', 'agreed', 'predicted', 'suggested', 'posted', 'claimed',
  'claims', 'concluded', 'testified', 'vowed', 'pledged', 'promised', 'recalled', 'recounted', 'continued', 'acknowledged', 'admitted', 'noted', 'notes', 'observed', 'observes']);
/** Cues after which the subject may follow (`..., said the governor.`). */
const INVERTING_CUES = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks']);
/** Cues that take an addressee (`told Reuters`, `asked reporters`). */
const ADDRESSEE_CUES = new Set(['told', 'tells', 'asked', 'asks']);
/** Determiners of an addressee after `told` (`told the crowd`, `told her audience`). */
const ADDRESSEE_DETS = ARTICLES_AND_POSSESSIVES;
/** Words that start an adjunct after a cue (`said in a statement`, `wrote on Facebook`). */
const ADJUNCT_START = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'with', 'via', 'by', 'while', 'when', 'as', 'for',
  'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', ...WEEKDAYS, ...MONTHS, 'again', 'then', 'too', 'also', 'recently', 'previously', 'afterward', 'afterwards', 'onstage', 'repeatedly',
  'here', 'outside', 'inside', 'upon', 'aboard', 'near', 'amid', 'following', 'without']);
/** Words that may open an adjunct after a comma that follows the cue (`said, adding ...`, `said, according to ...`);
 *  or a description of the speaker or the scene (`told the room, a crowd of pilots`, `told the hall, where ...`,
 *  `said, asked about ...`, `said, instead ...`). */
const COMMA_ADJUNCT = plain(String.raw`^(?:\p{Ll}+ing|according|as|before|after|while|when|who|which|citing|referring|his|her|their|a|an|where|asked|pressed|instead)$`, 'u');
/** Nouns of a time phrase with no preposition (`the day after`, `the night before`). */
const TIME_NOUNS = new Set(['day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend']);

/** Tags of words that cannot premodify the head of a noun phrase (`as`, `when`, `then`, `also`, verbs). */
const NOT_PREMODIFIER = /^(Preposition|Conjunction|Adverb|QuestionWord|Pronoun|Copula|Modal|Auxiliary|PastTense|PresentTense|Infinitive|Gerund|Verb)$/;
/** A word that may stand inside a noun phrase: no function word of a clause and no verb of speaking. */
export const inNounPhrase = (t: Tok): boolean => !NOT_IN_NP.has(t.lower) && !DIRECT_CUES.has(t.lower);

/** A word that may stand in a noun phrase before its head: a determiner, an adjective, a noun, a name, a number. */
function npWord(t: Tok): boolean {
  if (t.kind === K.Num) return true;
  if (t.kind !== K.Word || NOT_IN_NP.has(t.lower) || DIRECT_CUES.has(t.lower)) return false;
  if (NP_DETS.has(t.lower) || t.cap) return true;
  const tag = lexicon().common.get(t.lower);
  return tag === undefined || !NOT_PREMODIFIER.test(tag);
}

/** A lower-case word that may head a noun phrase whatever the lexicon's tag (`release`, `trust`): no function word and
 *  no verb of speaking. */
const headBeforeCue = (t: Tok): boolean => t.kind === K.Word && !t.cap && t.lower.length > 2 && !NOT_IN_NP.has(t.lower) && !DIRECT_CUES.has(t.lower) && !FUNCTION_HEADS.has(t.lower);
/** Words that end no noun phrase (`the one who said`, `a man we said`). */
const FUNCTION_HEADS = new Set(['who', 'whom', 'what', 'when', 'where', 'then', 'also', 'once', 'later', 'them', 'him', 'her', 'his', 'its', 'their', 'this', 'these', 'those', 'there', 'here', 'than', 'very', 'just', 'only', 'even', 'still', 'never', 'always', 'often']);

/** A direct cue verb as a finite verb (`said`, `says`, `wrote`), not a participle, an infinitive or a reporting verb. */
export const finiteCue = (t: Tok): boolean => t.kind === K.Word && !t.cap && DIRECT_CUES.has(t.lower) && !t.lower.endsWith('ing') && t.lower !== 'say' && !REPORTING_CUES.has(t.lower);

/** An -ing word right after the addressee's determiner, before a lower-case noun: a premodifier (`a cheering
 *  crowd`), not a clause (`the crowd cheering`). */
function premodifier(toks: Tok[], k: number, k0: number, sn: Sentence): boolean {
  const n = toks[k + 1];
  return k === k0 && k + 1 < sn.t1 && n.kind === K.Word && !n.cap && !n.lower.endsWith('ing') && !NOT_IN_NP.has(n.lower) && !ADJUNCT_START.has(n.lower) && n.lower !== 'of' && !DIRECT_CUES.has(n.lower);
}

/** Whether the cue at token `c` ends its clause: nothing after it in the sentence but an addressee and adjuncts
 *  (`said.`, `told Reuters in an interview.`, `said, adding that ...`), not a reported clause (`said the plan ...`). */
export function cueEndsClause(toks: Tok[], c: number, sn: Sentence): boolean {
  let k = c + 1;
  const addressee = ADDRESSEE_CUES.has(toks[c].lower);
  if (addressee) {
    if (k < sn.t1 && toks[k].kind === K.Word && toks[k].cap) while (k < sn.t1 && toks[k].kind === K.Word && toks[k].cap) k++;
    else if (k < sn.t1 && toks[k].kind === K.Word && ADDRESSEE_DETS.has(toks[k].lower)) {
      // `told the crowd`, `told her audience`, `told the night staff`: a short noun phrase.
      const k0 = ++k;
      // (A participle may premodify the head: `told a clapping audience`, `told the visiting delegation`.)
      while (k < sn.t1 && k < k0 + 4 && toks[k].kind === K.Word && !NOT_IN_NP.has(toks[k].lower) && !ADJUNCT_START.has(toks[k].lower) && !DIRECT_CUES.has(toks[k].lower) && toks[k].lower !== 'of' && (!toks[k].lower.endsWith('ing') || premodifier(toks, k, k0, sn))) k++;
      if (k === k0) return false;
      // (`asked the mayor for a hearing`, `asked the crowd to leave`: after `asked`, only the end of the clause.)
      if (toks[c].lower.startsWith('ask') && k < sn.t1 && toks[k].kind === K.Word) return false;
    } else if (k < sn.t1 && toks[k].kind === K.Word && !ADJUNCT_START.has(toks[k].lower) && toks[k].lower !== 'that') {
      // `told reporters`, or role words before a name: `told talk-radio host Mike Gallagher`.
      let j = k;
      while (j < sn.t1 && j < k + 4 && !toks[j].cap && npWord(toks[j]) && !ADJUNCT_START.has(toks[j].lower)) j++;
      if (j > k && j < sn.t1 && toks[j].kind === K.Word && toks[j].cap) {
        while (j < sn.t1 && toks[j].kind === K.Word && toks[j].cap) j++;
        k = j;
      } else k++;
    }
  }
  while (k < sn.t1 && toks[k].kind === K.Word && !toks[k].cap && toks[k].lower.length > 4 && toks[k].lower.endsWith('ly')) k++;
  if (k >= sn.t1) return true;
  const t = toks[k];
  if (t.kind === K.Punct) return t.t === '.' || t.t === '!' || t.t === '?' || (t.t === ',' && !!toks[k + 1] && toks[k + 1].kind === K.Word && COMMA_ADJUNCT.test(toks[k + 1].t));
  // (After an addressee, a participle opens a reduced clause about it, not a reported one: `told a meeting taking place
  // in Dover`; so does a time phrase with no preposition: `wrote the morning after the vote`.)
  const participle = k > c + 1 && t.kind === K.Word && !t.cap && ING_ENDING.test(t.lower) && !/thing$/.test(t.lower);
  const time = t.lower === 'the' && TIME_NOUNS.has(toks[k + 1]?.lower ?? '') && /^(?:after|before)$/.test(toks[k + 2]?.lower ?? '');
  // (`said of the plan`, `wrote of the gift`: the topic; not `warned of`, `accused ... of`.)
  const said = /^(said|says|wrote|writes)$/.test(toks[c].lower);
  if (t.kind !== K.Word || !(ADJUNCT_START.has(t.lower) || participle || time || ((said || addressee) && t.lower === 'of'))) return false;
  // (`said on Thursday that ...` reports a clause after all; so does `said in a statement: ...`.)
  for (let i = k; i < sn.t1 && i < k + 10; i++) {
    // (`said at the pier that evening`: `that` before a time noun ends a time phrase, no clause.)
    if (toks[i].kind === K.Word && toks[i].lower === 'that' && !TIME_NOUNS.has(toks[i + 1]?.lower ?? '')) return false;
    if (toks[i].t === ':') return false;
    if (toks[i].kind === K.Punct && toks[i].t !== '-' && toks[i].t !== '.') break;
  }
  return true;
}

/** In sentence `sn`, a comma followed by a nominal attribution that closes the sentence: `..., the governor said.`,
 *  `..., a friend wrote on Facebook.`, `..., said the 46-year-old.` Returns the comma's token index, the cue's and the
 *  noun phrase's token range, or null. */
export function nominalCue(toks: Tok[], sn: Sentence): { comma: number; cue: number; np0: number; np1: number } | null {
  for (let c = sn.t0 + 3; c + 2 < sn.t1; c++) {
    if (toks[c].t !== ',') continue;
    const a = toks[c + 1];
    // `..., the governor said (at ...).`, `..., the senator and presidential candidate said.`, `..., Lees office said.`
    // (A capitalised first word only before common words: `..., Lee said.` is the clause finder's.)
    // (`..., it read.`: a text, as a pronoun.)
    if (a.lower === 'it' && c + 2 < sn.t1 && (toks[c + 2].lower === 'read' || toks[c + 2].lower === 'reads') && cueEndsClause(toks, c + 2, sn)) return { comma: c, cue: c + 2, np0: c + 1, np1: c + 2 };
    const det = a.kind === K.Word && !a.cap && NP_DETS.has(a.lower);
    if (det || (a.kind === K.Word && a.cap && npWord(a) && c + 2 < sn.t1 && toks[c + 2].kind === K.Word && !toks[c + 2].cap && npWord(toks[c + 2]))) {
      let k = c + 2;
      while (k < sn.t1 && k < c + 13 && !closingCue(toks, k) && (npWord(toks[k]) || toks[k].t === '-' || (toks[k].lower === 'and' && k + 1 < sn.t1 && npWord(toks[k + 1])))) k++;
      // (The head noun right before the cue may be a word the lexicon tags as a verb: `the release added`, `the
      // harbour trust wrote`; a determiner, modifiers, a head and a finite verb of speaking.)
      if (k < c + 13 && k + 1 < sn.t1 && headBeforeCue(toks[k]) && closingCue(toks, k + 1)) k++;
      if (k > c + 2 && k < sn.t1 && closingCue(toks, k) && toks[k - 1].kind !== K.Punct && cueEndsClause(toks, k, sn)) return { comma: c, cue: k, np0: c + 1, np1: k };
    } else if (a.kind === K.Word && INVERTING_CUES.has(a.lower) && toks[c + 2].kind === K.Word && !toks[c + 2].cap && NP_DETS.has(toks[c + 2].lower)) {
      // `..., said the 46-year-old.` — a short noun phrase runs to the end of the clause.
      let k = c + 3;
      while (k < sn.t1 && k < c + 11 && toks[k].t !== ',' && toks[k].t !== '.' && toks[k].t !== ';' && !NOT_IN_NP.has(toks[k].lower)) k++;
      if (k > c + 3 && (k >= sn.t1 || toks[k].t === ',' || toks[k].t === '.' || toks[k].t === ';')) return { comma: c, cue: c + 1, np0: c + 2, np1: k };
    }
  }
  return null;
}

/** Verbs of speaking in the present tense after a plural subject (`the two write`, `the authors conclude`), and `read`
 *  after a text (`the statement read`). */
const PLURAL_CUES = new Set(['say', 'write', 'state', 'conclude', 'note', 'argue', 'add', 'warn', 'insist', 'explain', 'contend', 'maintain']);
/** Texts that `read` (`the statement read`, `a sign reads`). */
const TEXT_NOUNS = new Set(['statement', 'email', 'letter', 'message', 'memo', 'note', 'post', 'tweet', 'release', 'editorial', 'sign', 'signs',
  'banner', 'caption', 'headline', 'ad', 'text', 'card', 'poster', 'shirt', 'shirts', 'document', 'report', 'filing', 'complaint', 'order', 'ruling']);
/** A cue that closes a nominal attribution (token `k`): a finite direct cue; a verb of speaking in the plural present
 *  after a plural head (`the two write`, not `a large state`); `read` after a text. */
function closingCue(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (finiteCue(t)) return true;
  if (t.kind !== K.Word || t.cap || k < 1 || toks[k - 1].kind !== K.Word) return false;
  const h = toks[k - 1].lower;
  if (t.lower === 'read' || t.lower === 'reads') return TEXT_NOUNS.has(h) || h === 'it';
  return PLURAL_CUES.has(t.lower) && ((h.length > 3 && h.endsWith('s') && !h.endsWith('ss')) || /^(two|three|four|both|all|they)$/.test(h));
}

/** Whether the cue of attribution `a` ends its clause (see `cueEndsClause`). */
export function cueClosesClause(d: ParaData, a: Attr): boolean {
  const c = upperBound(d.toks, a.cueS - 1, (x) => x.s);
  return c < d.toks.length && cueEndsClause(d.toks, c, d.sents[a.sent]);
}

/** `We will win, Reyes told the crowd in Ames.`, `Nobody works harder, Lee told the night staff of the clinic.`: a
 *  preposed attribution after a comma that ends a clause, whose cue takes nothing but an addressee and adjuncts, closes
 *  the text before it as an inverted one does (in stripped text the clause finder reads the addressee as a reported
 *  clause). Returns the comma's paragraph offset, or -1. */
export function invertedAfterComma(d: ParaData, a: Attr): number {
  if (a.form !== 'preposed' || a.intro || !a.direct || a.subject.kind === 'collective') return -1;
  const sn = d.sents[a.sent];
  const toks = d.toks;
  const k = upperBound(toks, a.clauseS - 1, (x) => x.s);
  const c = upperBound(toks, a.cueS - 1, (x) => x.s);
  // (The clause may start at the head of its noun phrase: `..., the official said.`, `..., the Russian leader said.`;
  // the comma is before the determiner and modifiers.)
  let b = k - 1;
  while (b > sn.t0 + 3 && b >= k - 5 && b < sn.t1 && npWord(toks[b])) b--;
  if (b < sn.t0 + 3 || toks[b].t !== ',' || toks[b].s > a.subject.s || c >= sn.t1 || toks[c].s !== a.cueS) return -1;
  return cueEndsClause(toks, c, sn) ? toks[b].s : -1;
}

/** Tokens that end the name in an inverted slot: the end of the clause, an appositive, `of` or a relative pronoun
 *  (`said Ann Lee, a nurse`, `said Ann Lee of Dover`, `said Ann Lee, who ...`). */
const SLOT_END = new Set([',', '.', ';', '(', 'of', 'who', 'whose']);

/** The token of a preposed direct attribution's finite cue right after a comma, three tokens or more into its sentence,
 *  with the clause finder's subject before that comma (`..., said Ann Lee`, read as `said` + a reported clause), or -1:
 *  where an inverted attribution may stand instead (`invertedSubjectAfter`, strippedSlot.ts `invertedRoleSubject`). */
export function commaCue(d: ParaData, a: Attr): number {
  if (a.form !== 'preposed' || a.intro || !a.direct) return -1;
  const sn = d.sents[a.sent];
  const toks = d.toks;
  const c = upperBound(toks, a.cueS - 1, (x) => x.s);
  if (c >= sn.t1 || toks[c].s !== a.cueS || c - 1 < sn.t0 + 3 || toks[c - 1].t !== ',' || !finiteCue(toks[c])) return -1;
  return a.subject.s >= toks[c - 1].s ? -1 : c;
}

/** `..., said Craig Robinson, editor of the Ledger.`, `..., explained party strategist Ann Lee.`: a direct cue right
 *  after a comma, then (after a few role words at most) a person's name that ends at a comma, the end of the sentence,
 *  `of` or `who`. That is verb–subject inversion, an inverted attribution closing the text before the comma, whatever
 *  subject the clause finder took from before the comma (in stripped text it reads the name as the start of a
 *  reported clause, `said Lee, ...`). Returns the attribution read as inverted, or null. */
export function invertedSubjectAfter(d: ParaData, a: Attr): Attr | null {
  const c = commaCue(d, a);
  if (c < 0) return null;
  const sn = d.sents[a.sent];
  const toks = d.toks;
  // The first name after the cue, within a few role words (`said party strategist Ann Lee`).
  const e = upperBound(d.ents, toks[c].e - 1, (x) => x.s);
  const n = d.ents[e];
  if (!n || (n.type !== 'person' && n.type !== 'unknown') || n.t0 < 0 || n.t0 > c + 6 || n.t1 > sn.t1) return null;
  for (let k = c + 1; k < n.t0; k++) {
    const t = toks[k];
    if (t.s >= n.ts) break;
    if (t.kind !== K.Word || NOT_IN_NP.has(t.lower) || DIRECT_CUES.has(t.lower)) return null;
  }
  if (n.t1 < sn.t1 && !SLOT_END.has(toks[n.t1].lower)) return null;
  return {
    ...a, form: 'inverted', boundary: toks[c - 1].s, clauseS: a.cueS, closesSentence: true, contentS: -1, contentE: -1, appo: null,
    subject: { kind: 'entity', s: n.s, e: n.e, ent: e, name: '' },
  };
}

/** `..., the chief of staff, Sam Ortiz, said.`, `..., the banks risk officer, Ann Lee, told the Herald in 2013.`: a
 *  name in commas after a role (a preposed appositive) right before a direct cue that ends its clause, with a comma
 *  before the role: the clause finder reads the whole sentence as one bare attribution; it is an inverted one that
 *  closes the text before the role. Returns it, or null. */
export function invertedAppositive(d: ParaData, a: Attr): Attr | null {
  if (a.form !== 'bare' || a.intro || !a.direct || a.subject.kind !== 'entity') return null;
  const n = d.ents[a.subject.ent];
  if (!n || (n.type !== 'person' && n.type !== 'unknown') || n.t0 < 0) return null;
  const sn = d.sents[a.sent];
  const toks = d.toks;
  const c = upperBound(toks, a.cueS - 1, (x) => x.s);
  if (c >= sn.t1 || toks[c].s !== a.cueS || !finiteCue(toks[c])) return null;
  // (Between the name and the cue, nothing or a comma.)
  const k = n.t1 < c && toks[n.t1].t === ',' ? n.t1 + 1 : n.t1;
  const r = n.t0 - 1;
  if (k !== c || r <= sn.t0 || toks[r].t !== ',') return null;
  // (The role: up to eight words of a noun phrase, `of` among them, one of them in lower case.)
  let b = r - 1;
  let lower = false;
  while (b > sn.t0 + 3 && b >= r - 8 && (npWord(toks[b]) || toks[b].lower === 'of')) {
    if (toks[b].kind === K.Word && !toks[b].cap) lower = true;
    b--;
  }
  if (!lower || b >= r - 1 || toks[b].t !== ',' || !cueEndsClause(toks, c, sn)) return null;
  return { ...a, form: 'inverted', boundary: toks[b].s, clauseS: toks[b + 1].s, closesSentence: true, contentS: -1, contentE: -1 };
}

/** The paragraph being read and what its steps share. */
export interface Para {
  st: DocState;
  ui: number;
  u: Unit;
  d: ParaData;
  carry: Carry;
  quotes: QuoteBuild[];
  /** Sentences that hold an attribution (a direct one, or one whose subject is no pronoun). */
  attrSents: Set<number>;
  /** The last sentence already in a quote. */
  lastSentUsed: number;
  /** The paragraph's attributions as this pass reads them (see `invertedAfterComma`). */
  attrs: Attr[];
  /** The same by sentence, built when first needed (see `speechAboutSpeech`). */
  attrsBySent?: Map<number, Attr[]>;
  /** Per sentence, the offsets of the signs of the speaker's voice (see `voiceMarks`). */
  voice: Map<number, number[]>;
  /** Per sentence, whether it holds `I` / `Im` / `Ive` (see `firstSingular` in `stripped.ts`). */
  firstSingular?: Map<number, boolean>;
  /** Per sentence, where the run of speech from it ends (see `speechRunEnd`); -1 not yet known. */
  speechEnd?: Int32Array;
}

/** The end of the run of sentences from `from` that sound like speech (`speechLike`), up to one that holds an
 *  attribution: the first sentence at or after `from` that does not go on, or the paragraph's end. A quote opened by a
 *  colon runs over it. Kept per sentence (`attrSents` is settled before any step reads it): a paragraph of thousands of
 *  colons opens a run at each, and every sentence is read once however many runs pass over it. */
export function speechRunEnd(p: Para, from: number): number {
  const n = p.d.sents.length;
  const memo = (p.speechEnd ??= new Int32Array(n + 1).fill(-1));
  let e = from;
  while (e < n && memo[e] < 0 && !p.attrSents.has(e) && speechLike(p.st, p.d, e)) e++;
  const end = e < n && memo[e] >= 0 ? memo[e] : e;
  if (e < n && memo[e] < 0) memo[e] = e; // (it stops a run: its own ends where it starts)
  for (let k = from; k < e; k++) memo[k] = end;
  return end;
}

/** Signs of the speaker's own voice in sentence `si`: the paragraph offsets of its first- and second-person words and
 *  of its contractions (`dont`, `Im` once the apostrophes are gone), found once per sentence. Reported speech in the
 *  narrator's voice has none. */
function voiceMarks(p: Para, si: number): number[] {
  let marks = p.voice.get(si);
  if (marks) return marks;
  marks = [];
  const sn = p.d.sents[si];
  for (let k = sn.t0; k < sn.t1; k++) {
    const t = p.d.toks[k];
    if (t.kind === K.Word && (VOICE_WORDS.has(t.t) || VOICE_CONTRACTIONS.has(t.lower) || openingContraction(p.d.toks, k, sn.t1))) marks.push(t.s);
  }
  p.voice.set(si, marks);
  return marks;
}
/** Whether sentence `si` has a sign of the speaker's voice in the paragraph offsets [a, b). */
export function voiceIn(p: Para, si: number, a: number, b: number): boolean {
  const m = voiceMarks(p, si);
  const k = upperBound(m, a - 1, (x) => x);
  return k < m.length && m[k] < b;
}
/** First- and second-person words as written (`I`, not `i`). */
export const VOICE_WORDS: ReadonlySet<string> = new Set(['I', 'we', 'We', 'our', 'Our', 'us', 'my', 'My', 'me', 'ive', 'Ive', 'im', 'Im', 'weve', 'Weve', 'myself',
  'ourselves', 'you', 'You', 'your', 'Your', 'youll', 'youre', 'youve']);
/** Stripped contractions that are no other word (not `its`, `were`, `well`, `ill`, `shell`, ...). */
const AMBIGUOUS = new Set(['its', 'were', 'well', 'wed', 'ill', 'id', 'hell', 'shell', 'shed', 'hed', 'lets']);
const VOICE_CONTRACTIONS = new Set([...STRIPPED_CONTRACTIONS].filter((w) => !AMBIGUOUS.has(w)));

/** `..., Reyes said. Some say the fares are too low.`, `The manual tells us to wait. We never do.`: after an attribution,
 *  a sentence whose cues report speech within the speaker's words (all preposed and introducing no quote, in the
 *  speaker's voice or with a generic subject) is no new attribution of the narrator's, so the speech goes on over it.
 *  The narrator's own frames still end it: a named subject (`Lee added that ...`) or `he` / `she` / `they` with a verb
 *  in the past tense (`He said he had called them.`). */
export function speechAboutSpeech(p: Para, si: number): boolean {
  const { d } = p;
  let any = false;
  for (const a of attrsOf(p, si)) {
    if (a.form !== 'preposed' || a.intro || a.subject.kind === 'entity') return false;
    const third = a.subject.kind === 'pronoun' && THIRD_PERSON.has(a.subject.name.toLowerCase());
    const past = a.cue.endsWith('ed') || p.st.lex.common.get(a.cue) === 'PastTense';
    if (third && past && d.toks[upperBound(d.toks, a.cueE - 1, (x) => x.s)]?.t !== ',') return false;
    any = true;
  }
  if (!any) return false;
  const sn = d.sents[si];
  return voiceIn(p, si, sn.s, sn.e) || GENERIC_SUBJECTS.has(d.toks[sn.t0]?.lower ?? '');
}
const THIRD_PERSON = new Set(['he', 'she', 'they']);
/** The paragraph's attributions in sentence `si` (gathered by sentence once per paragraph: it may hold thousands). */
export function attrsOf(p: Para, si: number): Attr[] {
  if (!p.attrsBySent) {
    p.attrsBySent = new Map();
    for (const a of p.attrs) {
      const l = p.attrsBySent.get(a.sent);
      if (l) l.push(a);
      else p.attrsBySent.set(a.sent, [a]);
    }
  }
  return p.attrsBySent.get(si) ?? [];
}
/** Generic subjects of speech within speech (`Some say ...`, `People tell me ...`). */
const GENERIC_SUBJECTS = new Set(['some', 'others', 'people', 'many', 'nobody', 'everyone', 'everybody', 'critics', 'folks']);
