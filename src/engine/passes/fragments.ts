// Partial quotes in a document without quotation marks (a stripped seed): a reported clause that keeps the speaker's
// own words. Reported speech shifts the speaker's `I` and `we` to `he` and `they` (`Reyes said she would keep the
// ferry`); a first person left inside the clause a third person reports (`Reyes said the ferry would stay as long as
// I am mayor`, `Reyes says that as a city we have to do better`) is the speaker's words, quoted, whose marks were
// stripped. The same for a second person (`Reyes says that when you lose the ferry, you lose the town`) when the
// text around it does not address the reader itself, and for emphatic or hyperbolic words (`absolutely`,
// `extremely`, `terrible`, `tremendous`) or words of the spoken, informal register (`a lot`, `folks`, `stupid`;
// seventh round): the speaker's register, which a reporter's paraphrase does not keep. Only
// where the narration around the clause is in the third person (an op-ed in the first person says `I told them we
// ...` in its own voice), and only where no other quote is.
// Measured on PolNeAR train (issue 12, fifth round; docs/eval.md): about nine in ten clauses with a first or second
// person hold a quoted phrase, eight in ten with an emphatic word, where a reported clause in general holds one in
// four; the other patterns tried (`called X Y`, `described X as Y`, `vowed to`, `so-called`, `said X was Y`, a
// present tense after a past cue, `!`) stay at 0.6 or below and are left out. Seventh round: two in three clauses
// with a colloquial word hold one; any other reported clause still one in four or five. Pure; linear in the
// paragraph (prefix counts, one binary search per attribution).
import type { Attr, Subject } from '../attribution';
import { K, type Tok } from '../tokens';
import { type DocState, How, type ParaData, type QuoteBuild } from './state';
import { applyAttr, newQuote, speakerFromSubject, subjectOfSentence } from './speakers';
import { quoteOverlaps } from './quoteAttrs';
import { upperBound, wordsAtLeast } from './util';
import { ARTICLES_AND_POSSESSIVES, WEEKDAYS } from '../lexicon';
import { modelFragments } from './fragmentModel';

/** First-person words a reporter's own sentence does not use for someone else: subjects and possessives (`me` and
 *  `us` are left out: `told us that ...` is the reporter's object). `Im`, `Ive`, `Id`, `Ill`: stripped contractions. */
const FIRST = new Set(['we', 'my', 'our', 'ours', 'myself', 'ourselves', 'weve']);
/** First-person forms that are also other words in lower case (`ill`, `id`) or only count capitalised (`I`). */
const FIRST_CAP = new Set(['i', 'im', 'ive', 'id', 'ill']);
const SECOND = new Set(['you', 'your', 'youre', 'youve', 'yourself', 'yours']);
/** Emphatic degree adverbs and hyperbolic evaluations: the speaker's register, which a reporter's paraphrase drops
 *  (`Reyes said the closure would be an absolutely terrible blow`). Lower case only (`Great Lakes` is a name). */
const EMPHATIC = new Set(['really', 'totally', 'absolutely', 'incredibly', 'extremely', 'frankly', 'honestly', 'truly',
  'great', 'terrible', 'disaster', 'huge', 'tremendous', 'beautiful', 'horrible']);
/** The spoken, informal register (issue 12, seventh round): the intensifier `very` and the colloquial `a lot`,
 *  informal nouns (`guys`, `folks`, `stuff`), spoken universals (`everybody`, `nobody`), a hedge (`basically`) and
 *  blunt evaluations (`stupid`, `weak`, `pathetic`, `wonderful`, `fantastic`, `ridiculous`, `sad`), which a news
 *  report's own paraphrase avoids. Lower case only. (Not `hell`: a stripped `he'll`.) */
const COLLOQUIAL = new Set(['very', 'lot', 'guy', 'guys', 'folks', 'stuff', 'basically', 'everybody', 'nobody', 'anybody',
  'damn', 'stupid', 'dumb', 'weak', 'pathetic', 'nasty', 'awful', 'wonderful', 'fantastic', 'incredible', 'amazing',
  'unbelievable', 'ridiculous', 'crazy', 'disgrace', 'disgraceful', 'sad']);
/** Any first- or second-person word, for the narration around the clause. */
const ANY_PERSON = new Set([...FIRST, ...FIRST_CAP, ...SECOND, 'me', 'us']);

/** Confidence of such a quote: below a quote with its own attribution (0.75) and a first-person reported subject
 *  (0.6): the span is the whole clause, of which the quoted words may be only a part. */
export const FRAGMENT_CONFIDENCE = 0.45;
/** The longest span taken as a partial quote, in tokens: a clause longer than this (a sentence with no end) is no
 *  phrase a reporter quotes inside a sentence of their own; it keeps quotes and the claims that carry them bounded. */
const MAX_FRAGMENT_TOKENS = 150;

const isFirst = (t: Tok): boolean => t.kind === K.Word && (FIRST.has(t.lower) || (t.cap && FIRST_CAP.has(t.lower)));
const isSecond = (t: Tok): boolean => t.kind === K.Word && SECOND.has(t.lower);
const isEmphatic = (t: Tok): boolean => t.kind === K.Word && !t.cap && (EMPHATIC.has(t.lower) || COLLOQUIAL.has(t.lower));
const isPerson = (t: Tok): boolean => t.kind === K.Word && ANY_PERSON.has(t.lower) && (t.cap || !FIRST_CAP.has(t.lower) || t.lower === 'i');

/** Prefix counts over the paragraph's tokens: `c[k]` is the number of tokens before k that pass `f`. */
function prefix(toks: Tok[], f: (t: Tok) => boolean): Int32Array {
  const c = new Int32Array(toks.length + 1);
  for (let k = 0; k < toks.length; k++) c[k + 1] = c[k] + (f(toks[k]) ? 1 : 0);
  return c;
}

/** The partial quotes of paragraph (unit) `ui` of a stripped document, into `paraQuotes` (after the stripped pass's
 *  quotes, none overlapping them): reported clauses in the speaker's own words, then naming complements (also in the
 *  present, as a participle and in a relative clause), then a first person after `to`, `that` or `because`. */
export function fragmentQuotes(st: DocState, ui: number, paraQuotes: QuoteBuild[]): void {
  reportedFragments(st, ui, paraQuotes);
  namingComplements(st, ui, paraQuotes);
  relativeNaming(st, ui, paraQuotes);
  firstPersonTails(st, ui, paraQuotes);
  modelFragments(st, ui, paraQuotes, { isFirst, isSecond, isEmphatic, isPerson }, MAX_FRAGMENT_TOKENS);
}

/** The clause a third person reports (`X said (that) ...`, `X believes ...`) when it keeps a first or second person
 *  or an emphatic word. Each has the attribution's subject as its speaker (none for a noun phrase) and a low
 *  confidence; none overlaps a quote already found. */
function reportedFragments(st: DocState, ui: number, paraQuotes: QuoteBuild[]): void {
  const u = st.units[ui];
  const d = u.data;
  let first: Int32Array | null = null;
  let second: Int32Array | null = null;
  let person: Int32Array | null = null;
  let colon: Int32Array | null = null;
  let emphatic: Int32Array | null = null;
  let overlaps: ReturnType<typeof quoteOverlaps> | null = null;
  for (const at of d.attrs) {
    if (!reportedClause(at)) continue;
    if (!first) {
      first = prefix(d.toks, isFirst);
      second = prefix(d.toks, isSecond);
      emphatic = prefix(d.toks, isEmphatic);
      const n = d.toks.length;
      if (first[n] === 0 && second[n] === 0 && emphatic[n] === 0) return;
      person = prefix(d.toks, isPerson);
      colon = new Int32Array(n + 1);
      colon[n] = n;
      for (let k = n - 1; k >= 0; k--) colon[k] = d.toks[k].t === ':' ? k : colon[k + 1];
    }
    const sn = d.sents[at.sent];
    // The clause's tokens [k0, k1), within its sentence.
    const k0 = Math.max(sn.t0, upperBound(d.toks, at.contentS - 1, (t) => t.s));
    // (Up to a colon: what follows it is introduced material, a list or a question quoted whole.)
    const k1 = Math.min(sn.t1, upperBound(d.toks, at.contentE - 1, (t) => t.s), colon![k0]);
    if (k1 <= k0 || k1 - k0 > MAX_FRAGMENT_TOKENS) continue;
    const inFirst = first[k1] - first[k0];
    const inSecond = second![k1] - second![k0];
    const inEmphatic = emphatic![k1] - emphatic![k0];
    if (!inFirst && !inSecond && !inEmphatic) continue;
    // The narration around it: the rest of the sentence (the subject, the cue, what follows the clause) is in the
    // third person; for a second person, the sentence before it too (a text that talks to its reader says `you`).
    const around = person![sn.t1] - person![sn.t0] - (person![k1] - person![k0]);
    if (around > 0) continue;
    if (!inFirst && inSecond && at.sent > 0) {
      const pv = d.sents[at.sent - 1];
      if (person![pv.t1] - person![pv.t0] > 0) continue;
    }
    const q = newQuote(st, ui, u.start + d.toks[k0].s, u.start + d.toks[k1 - 1].e, false);
    if (!wordsAtLeast(st.text, q.s, q.e, 3)) continue;
    overlaps ??= quoteOverlaps(paraQuotes, d.attrs.length);
    if (overlaps.test(q)) continue;
    applyAttr(st, q, at, ui, How.Before);
    q.kind = 'partial';
    q.confidence = Math.min(q.confidence, FRAGMENT_CONFIDENCE);
    paraQuotes.push(q);
    overlaps.add(q);
  }
}

/** Verbs of naming in the past (`X called the plan a disaster`): the complement is often the speaker's word. */
const NAMING = new Set(['called', 'dubbed', 'labeled', 'labelled', 'branded', 'termed']);
/** The same in the present (`Lee calls the plan a disaster`; also after an appositive: `Lee, the mayor, calls ...`). */
const NAMING_NOW = new Set(['calls', 'dubs']);
/** The participle of a naming verb after a comma (`Lee attacked the plan, calling it a disaster`): a free adjunct
 *  whose subject is the sentence's, the speaker. */
const NAMING_ING = new Set(['calling', 'dubbing', 'labeling', 'labelling', 'branding']);
/** Words before a naming verb that make it a finite verb with a subject (`Reyes called`, `who has called`). */
const NAMING_SUBJ = new Set(['he', 'she', 'they', 'who', 'also', 'has', 'have', 'had', 'repeatedly', 'once', 'previously', 'recently', 'publicly', 'then', 'even']);
/** Pronoun objects (`called it a mistake`). */
const OBJ_PRONOUNS = new Set(['him', 'her', 'it', 'them', 'this', 'that', 'himself', 'herself', 'themselves', 'itself', 'me', 'us']);
/** Determiners of the object (`called the plan ...`). */
const DETS = new Set([...ARTICLES_AND_POSSESSIVES, 'this', 'that', 'these', 'those']);
/** Determiners that open the complement after a noun object (`called the plan a disaster`; not `that`, which opens a
 *  relative clause: `called the office that I ran`). */
const COMPLEMENT_DETS = ARTICLES_AND_POSSESSIVES;
/** Words after the object that make `called` something else (`called him to say`, `called Reyes on Monday`). */
const NOT_COMPLEMENT = new Set(['to', 'for', 'on', 'upon', 'off', 'up', 'in', 'at', 'into', 'out', 'back', 'about', 'from', 'with', 'by', 'during',
  'after', 'before', 'over', 'and', 'or', 'but', 'earlier', 'last', 'yesterday', 'today', ...WEEKDAYS]);
/** Lexicon tags of nouns (`brother`: `Actor`; `car`: `Singular`). */
const NOUN_TAGS = new Set(['Actor', 'Singular', 'Plural', 'Noun']);
/** Punctuation that ends the complement's clause. */
const CLAUSE_END = new Set([',', ';', '.', ':', '?', '!', '(', ')', '\u2014', '\u2013']);

/** `Reyes called the plan a disaster`, `Okafor called it unfair`: a naming verb with a subject, an object (a pronoun,
 *  or up to eight words before a determiner or an adjective) and a complement after it: the complement, to the end
 *  of its clause, is a partial quote of the subject (the sentence's). Not `a group called X` (a name), `called Reyes on Monday` or
 *  `called him to say` (a telephone call). Measured on PolNeAR train: three in four hold a quoted phrase (a
 *  reporter's own `X called Y a Z` is the rest), at a lower confidence than the reported clauses. */
export const NAMING_CONFIDENCE = 0.35;

/** The naming complements of paragraph (unit) `ui` of a stripped document, into `paraQuotes`. */
function namingComplements(st: DocState, ui: number, paraQuotes: QuoteBuild[]): void {
  const u = st.units[ui];
  const d = u.data;
  const toks = d.toks;
  let clauseEnd: Int32Array | null = null;
  let overlaps: ReturnType<typeof quoteOverlaps> | null = null;
  for (let i = 1; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== K.Word || t.cap) continue;
    const past = NAMING.has(t.lower);
    const now = !past && NAMING_NOW.has(t.lower);
    if (!past && !now && !NAMING_ING.has(t.lower)) continue;
    const prev = toks[i - 1];
    const nx = toks[i + 1];
    if (prev.sent !== t.sent || nx.sent !== t.sent) continue;
    // (`..., and called him a moderate`: a second verb of the sentence's subject, with a pronoun object; `Lee, the
    // mayor, called the plan a disaster`: a past tense after a comma, as the present, fifteenth round.)
    const coordinated = (prev.lower === 'and' || prev.lower === 'but') && OBJ_PRONOUNS.has(nx.lower);
    if (past || now) {
      const subject = NAMING_SUBJ.has(prev.lower) || (prev.cap && prev.kind === K.Word && (!prev.initial || nameEndsAt(d, prev.e)));
      if (!subject && !coordinated && prev.t !== ',') continue;
    } else if (prev.t !== ',' && !coordinated) continue;
    clauseEnd ??= clauseEnds(toks);
    const ce = clauseEnd[i + 1];
    let c = -1;
    if (OBJ_PRONOUNS.has(nx.lower)) {
      // (`her` before a noun is a possessive: `calling her brother`, no object and complement.)
      const possessive = nx.lower === 'her' && i + 2 < toks.length && NOUN_TAGS.has(st.lex.common.get(toks[i + 2].lower) ?? '');
      if (i + 2 < ce && !possessive && !NOT_COMPLEMENT.has(toks[i + 2].lower) && toks[i + 2].kind === K.Word) c = i + 2;
    } else if (nx.lower !== 'a' && nx.lower !== 'an') {
      let j = i + 1;
      if (DETS.has(toks[j].lower)) j++;
      for (let w = 0; j < ce && w < 7 && !DETS.has(toks[j].lower) && !NOT_COMPLEMENT.has(toks[j].lower); w++) {
        // (`called the plan unfair`, `called Lee quite wrong`: an adjective after a noun object opens the complement.)
        if (j > i + 1 && adjectiveComplement(st, toks, j)) break;
        j++;
      }
      if (j < ce && j > i + 1 && (COMPLEMENT_DETS.has(toks[j].lower) || adjectiveComplement(st, toks, j))) c = j;
    }
    if (c < 0 || c >= ce) continue;
    const end = overModifiers(st, toks, clauseEnd, c, ce);
    if (end - c > MAX_FRAGMENT_TOKENS) continue;
    overlaps = pushNaming(st, ui, paraQuotes, overlaps, t, c, end, (q) => subjectOfSentence(st, q, ui, t.s));
  }
}

/** Degree adverbs that open an adjective complement (`called the plan quite wrong`, `much better`). */
const DEGREE = new Set(['quite', 'too', 'so', 'very', 'much', 'far', 'more', 'less', 'most', 'really', 'totally', 'utterly',
  'deeply', 'highly', 'completely', 'absolutely', 'extremely', 'simply', 'fundamentally', 'wholly', 'patently', 'clearly',
  'downright', 'increasingly', 'particularly', 'especially', 'incredibly', 'entirely', 'profoundly', 'grossly']);
/** Lexicon tags of adjectives. */
const ADJ_TAGS = new Set(['Adjective', 'Comparative', 'Superlative']);
/** Adjective endings of a word the lexicon does not know (`outlandish`, `unacceptable`, `abhorrent`; not `-ment`). */
const ADJ_ENDING = /(?:ous|ful|able|ible|ive|ish|ent|ant|ic|less|ary|ed)$/;
/** Token `j` of `toks` opens an adjective complement after the object (`called [the plan] unfair`): a lower-case
 *  degree adverb, comparative or superlative, or an adjective not followed by a noun (`called the plan unfair`, not
 *  `called snap elections`: an attributive adjective is still the object), after a noun or a name (not after a
 *  determiner, an adjective or an `-ly` adverb: `called the new plan ...`). Fifteenth round. */
function adjectiveComplement(st: DocState, toks: Tok[], j: number): boolean {
  const prev = toks[j - 1];
  const t = toks[j];
  if (t.kind !== K.Word || t.cap || prev.kind !== K.Word || NOT_COMPLEMENT.has(t.lower) || DETS.has(prev.lower)) return false;
  if (!prev.cap && !nounLike(st, prev.lower)) return false;
  const tag = st.lex.common.get(t.lower);
  if (DEGREE.has(t.lower) || tag === 'Comparative' || tag === 'Superlative') return true;
  if (!isAdjectiveWord(st, t.lower)) return false;
  const nx = j + 1 < toks.length && toks[j + 1].sent === t.sent ? toks[j + 1] : null;
  return !nx || nx.kind !== K.Word || nx.cap || !nounLike(st, nx.lower);
}
/** A lower-case word that can end a noun phrase: a noun by the lexicon, or an unknown word that is no adjective by
 *  its ending and no `-ly` adverb. */
function nounLike(st: DocState, w: string): boolean {
  const tag = st.lex.common.get(w);
  if (tag !== undefined) return NOUN_TAGS.has(tag);
  return !isAdjectiveWord(st, w) && !w.endsWith('ly') && !DEGREE.has(w);
}
function isAdjectiveWord(st: DocState, w: string): boolean {
  const tag = st.lex.common.get(w);
  if (tag !== undefined) return ADJ_TAGS.has(tag);
  return w.length > 4 && !w.endsWith('ment') && (ADJ_ENDING.test(w) || /^un[a-z]{3,}$/.test(w));
}

/** `calling her a dreadful, dreadful inspector`, `what she called the bitter, needless quarrels`, `much, much better`: a
 *  complement cut at a comma right after an adjective or a degree word, with another one (or the same word) right after
 *  the comma, runs on over the coordinated modifiers to the end of the next clause: the name given is the whole
 *  phrase. At most three commas. Returns the new end. */
function overModifiers(st: DocState, toks: Tok[], clauseEnd: Int32Array, c: number, ce: number): number {
  // (Only a phrase still without its noun: an article and modifiers alone, `a dreadful`, `the bitter`; or a repeated or
  // degree word, `much, much`. Not `called the plan unfair, angry residents said`.)
  let open = ARTICLES.has(toks[c].lower) && c + 1 < ce;
  for (let k = c + 1; k < ce && open; k++) open = modifier(st, toks[k]);
  for (let n = 0; n < 3 && ce + 2 < toks.length && toks[ce].t === ','; n++) {
    const last = toks[ce - 1];
    const nx = toks[ce + 1];
    const repeated = nx.kind === K.Word && nx.lower === last.lower;
    if (nx.sent !== last.sent || !modifier(st, last) || !(modifier(st, nx) || repeated) || !(open || repeated || DEGREE.has(last.lower))) break;
    ce = clauseEnd[ce + 1];
  }
  // (`the oldest, most crowded, most costly and, in a sense, ...`: not up to a conjunction before an aside.)
  while (ce > 1 && (toks[ce - 1].lower === 'and' || toks[ce - 1].lower === 'or') && toks[ce].t === ',') ce--;
  return ce;
}
/** Articles that open a name given (`called him a ...`). */
const ARTICLES = new Set(['a', 'an', 'the']);
/** A lower-case adjective or degree word (`horrible`, `loudest`, `much`). */
const modifier = (st: DocState, t: Tok): boolean => t.kind === K.Word && !t.cap && (DEGREE.has(t.lower) || isAdjectiveWord(st, t.lower));

/** Tokens `c` up to the clause end `ce` of unit `ui`, named by the verb `t`: a partial quote at most at
 *  NAMING_CONFIDENCE, whose speaker `speak` sets, unless it overlaps a quote of the paragraph. Returns the
 *  paragraph's overlap index (made on first use). */
function pushNaming(st: DocState, ui: number, paraQuotes: QuoteBuild[], overlaps: ReturnType<typeof quoteOverlaps> | null, t: Tok, c: number, ce: number, speak: (q: QuoteBuild) => void): ReturnType<typeof quoteOverlaps> {
  const u = st.units[ui];
  const toks = u.data.toks;
  const q = newQuote(st, ui, u.start + toks[c].s, u.start + toks[ce - 1].e, false);
  overlaps ??= quoteOverlaps(paraQuotes, u.data.attrs.length);
  if (overlaps.test(q)) return overlaps;
  speak(q);
  if (ownPossessive(st, toks, t, c, q)) return overlaps;
  q.kind = 'partial';
  q.cue = t.lower;
  q.cueSpan = { start: u.start + t.s, end: u.start + t.e };
  q.confidence = Math.min(q.confidence, NAMING_CONFIDENCE);
  paraQuotes.push(q);
  overlaps.add(q);
  return overlaps;
}

/** `Lee calls the town her adopted harbour`, `which he describes as his adopted harbour`: a name given that opens with the
 *  namer's own possessive (`her` after `she` or for a speaker known as a woman, `his` after `he` or for a man) is the
 *  narrator's paraphrase; the namer says `my adopted harbour` (issue 12, round 32: on PolNeAR train stripped, three such
 *  spans, none a quote). `t` is the naming verb, `c` the complement's first token. */
function ownPossessive(st: DocState, toks: Tok[], t: Tok, c: number, q: QuoteBuild): boolean {
  const w = toks[c].lower;
  if (toks[c].cap || (w !== 'his' && w !== 'her')) return false;
  const g = q.actorKey ? st.actors.get(q.actorKey)?.gender : null;
  if ((w === 'his' && g === 'm') || (w === 'her' && g === 'f')) return true;
  // (The pronoun subject right before the verb: `which he describes as his ...`.)
  const k = upperBound(toks, t.s - 1, (x) => x.s);
  const subj = k > 0 && toks[k] === t ? toks[k - 1].lower : '';
  return (w === 'his' && subj === 'he') || (w === 'her' && subj === 'she');
}

/** The end of each token's clause: the index of the next clause punctuation, of `and` before a second participle
 *  (`calling it a mistake and vowing to ...`: the reporter's words again) or of the sentence end. Linear. */
function clauseEnds(toks: Tok[]): Int32Array {
  const clauseEnd = new Int32Array(toks.length);
  for (let k = toks.length - 1; k >= 0; k--) {
    const last = k + 1 >= toks.length || toks[k + 1].sent !== toks[k].sent;
    const ends = CLAUSE_END.has(toks[k].t) || (!last && toks[k].lower === 'and' && isParticiple(toks[k + 1]));
    clauseEnd[k] = ends ? k : last ? k + 1 : clauseEnd[k + 1];
  }
  return clauseEnd;
}

/** A lower-case `-ing` form (`vowing`, `accusing`): a participle opening a clause of its own. */
const isParticiple = (t: Tok): boolean => t.kind === K.Word && !t.cap && t.lower.length > 4 && t.lower.endsWith('ing');

/** A name candidate of the paragraph ends at `e` (`Reyes called ...` at the start of a sentence). */
function nameEndsAt(d: ParaData, e: number): boolean {
  const k = upperBound(d.ents, e - 1, (c) => c.s) - 1;
  return k >= 0 && d.ents[k].e === e;
}

/** A clause after its cue (`X said that ...`, `X thinks ...`), also after a cue in the middle of the sentence
 *  (`The plan, Lee said, was a really bad idea`: fifteenth round, second part). (After a verb of speaking and a
 *  colon or a comma the stripped pass, which runs first, has usually taken it as a direct quote.) */
function reportedClause(at: Attr): boolean {
  return (at.form === 'preposed' || at.form === 'parenthetical') && at.contentE > at.contentS;
}

/** Relative pronouns that open a naming clause (`what Lee calls ...`, `whom Lee described as ...`). */
const RELATIVES = new Set(['what', 'which', 'whom', 'who']);
/** Naming verbs in a relative clause, and the words between the verb and the name given (`described as`). */
const RELATIVE_NAMING = new Map<string, readonly string[]>([
  ['called', []], ['calls', []], ['call', []], ['dubbed', []], ['dubs', []], ['labeled', []], ['labelled', []],
  ['branded', []], ['termed', []], ['terms', []], ['described', ['as']], ['describes', ['as']], ['describe', ['as']],
  ['characterized', ['as']], ['characterizes', ['as']], ['referred', ['to', 'as']], ['refers', ['to', 'as']]]);
/** Third-person pronoun subjects (not `I` or `we`: the writer's own naming, `what we call infrastructure`). */
const REL_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** `the plan, which Lee calls a gift to the hotels`, `what Reyes described as a betrayal`: a relative clause whose
 *  subject (a third-person pronoun, or a name right before the verb) names something; the name given, to the end of
 *  its clause, is a partial quote of that subject, confidence as the naming complements. Measured on PolNeAR train
 *  (issue 12, seventh round): seven in ten hold a quoted phrase; with a noun phrase subject (`what critics call`),
 *  or after `that`, about one in three: left out. */
function relativeNaming(st: DocState, ui: number, paraQuotes: QuoteBuild[]): void {
  const u = st.units[ui];
  const d = u.data;
  const toks = d.toks;
  let clauseEnd: Int32Array | null = null;
  let overlaps: ReturnType<typeof quoteOverlaps> | null = null;
  for (let i = 2; i + 1 < toks.length; i++) {
    const t = toks[i];
    const between = t.kind === K.Word && !t.cap ? RELATIVE_NAMING.get(t.lower) : undefined;
    if (!between) continue;
    const subj = relativeSubject(d, i);
    if (!subj) continue;
    let c = i + 1;
    for (const w of between) {
      if (c >= toks.length || toks[c].lower !== w) break;
      c++;
    }
    if (c - i - 1 !== between.length || c >= toks.length || toks[c].sent !== t.sent) continue;
    clauseEnd ??= clauseEnds(toks);
    const ce = c < clauseEnd[c] ? overModifiers(st, toks, clauseEnd, c, clauseEnd[c]) : clauseEnd[c];
    if (c >= ce || ce - c > MAX_FRAGMENT_TOKENS) continue;
    overlaps = pushNaming(st, ui, paraQuotes, overlaps, t, c, ce, (q) => {
      q.how = How.Before;
      q.confidence = NAMING_CONFIDENCE;
      speakerFromSubject(st, subj, ui, q);
    });
  }
}

/** The subject of a relative clause whose verb is token `i`: a third-person pronoun right after the relative
 *  pronoun, or a name (an entity candidate) ending right before the verb and starting right after it; else null. */
function relativeSubject(d: ParaData, i: number): Subject | null {
  const toks = d.toks;
  const prev = toks[i - 1];
  if (prev.sent !== toks[i].sent) return null;
  if (REL_PRONOUNS.has(prev.lower) && RELATIVES.has(toks[i - 2].lower)) {
    return { kind: 'pronoun', s: prev.s, e: prev.e, ent: -1, name: prev.lower };
  }
  if (!prev.cap) return null;
  const k = upperBound(d.ents, prev.e - 1, (c) => c.s) - 1;
  if (k < 0 || d.ents[k].e !== prev.e) return null;
  const c = d.ents[k];
  const t0 = upperBound(toks, c.ts - 1, (x) => x.s);
  if (t0 < 1 || !RELATIVES.has(toks[t0 - 1].lower) || toks[t0 - 1].sent !== prev.sent) return null;
  return { kind: 'entity', s: c.s, e: c.e, ent: k, name: c.canonical.toLowerCase() };
}

/** Words that open a clause whose first person a reporter's sentence would not use: a complement clause (`that`), an
 *  infinitive (`vowed to take our fight ...`), a reason (`because`). */
const TAIL_OPENERS = new Set(['that', 'to', 'because']);
/** Words and punctuation that end the search for such an opener (a clause of the reporter's own). */
const TAIL_STOPS = new Set([',', ':', ';', '\u2014', '(', 'and', 'but', 'if', 'when', 'said', 'says', 'saying']);
/** Confidence of such a quote: the span is a guess at where the speaker's words begin. */
export const TAIL_CONFIDENCE = 0.4;

/** `Reyes vowed to keep our ferry running`, `Lee told the crowd that I will not back down`: a first person after
 *  `that`, `to` or `because` in a sentence whose narration before it is in the third person, where the sentence before
 *  it has no first or second person (an op-ed's narrator): from the opener to the end of the sentence, a partial
 *  quote of the sentence's subject. Each sentence is looked at once. */
function firstPersonTails(st: DocState, ui: number, paraQuotes: QuoteBuild[]): void {
  const u = st.units[ui];
  const d = u.data;
  const toks = d.toks;
  let overlaps: ReturnType<typeof quoteOverlaps> | null = null;
  let prevPerson = false;
  for (const sn of d.sents) {
    let fk = -1;
    let person = false;
    for (let k = sn.t0; k < sn.t1; k++) {
      if (!isPerson(toks[k])) continue;
      if (isFirst(toks[k]) && !person) fk = k;
      person = true;
      if (fk >= 0) break;
    }
    const before = prevPerson;
    prevPerson = false;
    for (let k = fk >= 0 ? fk : sn.t0; k < sn.t1 && !prevPerson; k++) prevPerson = isPerson(toks[k]);
    if (fk < sn.t0 + 3 || before) continue;
    let b = fk - 1;
    while (b > sn.t0 && !TAIL_OPENERS.has(toks[b].lower) && !TAIL_STOPS.has(toks[b].lower)) b--;
    if (b <= sn.t0 || !TAIL_OPENERS.has(toks[b].lower) || toks[b].cap) continue;
    let k1 = sn.t1;
    if (k1 - 1 > b && /^[.?!]$/.test(toks[k1 - 1].t)) k1--;
    if (k1 <= b + 1 || k1 - b > MAX_FRAGMENT_TOKENS) continue;
    const q = newQuote(st, ui, u.start + toks[b + 1].s, u.start + toks[k1 - 1].e, false);
    overlaps ??= quoteOverlaps(paraQuotes, d.attrs.length);
    if (overlaps.test(q)) continue;
    subjectOfSentence(st, q, ui, toks[b].s);
    // (With no subject that speaks, the first person is the writer's own: `the answer is to fix our roads`.)
    if (!q.actorKey) continue;
    q.kind = 'partial';
    q.confidence = Math.min(q.confidence, TAIL_CONFIDENCE);
    paraQuotes.push(q);
    overlaps.add(q);
  }
}
