// A fronted phrase taken for a quote in a document without quotation marks (issue 12, eighteenth round): the words
// before `, Name said` (or `, Name pledged`, `, Name told ...`) are one subordinate clause, one prepositional phrase or
// one participle phrase with no main clause of their own (`While the council argued over the budget, Mayor Vell
// said ...`, `During a visit to the pier, Vell praised ...`, `Pressed by reporters, Vell said ...`): the narrator's
// fronted adverbial, whose main clause is the attribution itself. And the subject of the narrator's sentence, set off
// by an aside, before a cue with no subject of its own (`Ada Vell, along with two aides, said the ferry ...`, `Several
// pastors — including two from Dunmore — said ...`). Pure; reads at most `MAX_WORDS` words.
import type { Attr } from '../attribution';
import { K } from '../tokens';
import { type Para, voiceIn } from './strippedSpeech';
import { upperBound } from './util';
import { plain } from '../plainPattern';

const CAPITALISED_PARTICIPLE = plain(String.raw`^\p{Lu}\p{Ll}{3,}(?:ing|ed)$`, 'u');

/** Conjunctions that open a subordinate clause and never a main one (`While ...`, `If ...`, `Because ...`). */
const SUBORDINATE = new Set(['while', 'when', 'whenever', 'as', 'if', 'because', 'although', 'though', 'unless', 'whereas']);
/** Prepositions (and words that are prepositions or conjunctions) that open a fronted adverbial phrase. */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'with', 'during', 'after', 'before', 'amid', 'despite', 'following', 'under', 'throughout',
  'within', 'over', 'by', 'from', 'without', 'upon', 'since', 'until', 'once', 'like', 'unlike', 'among', 'against', 'across', 'inside']);
/** Capitalised words in -ing / -ed that are no participle opening a phrase. */
const NOT_PARTICIPLES = new Set(['during', 'nothing', 'something', 'everything', 'anything', 'thing', 'things', 'king', 'morning', 'evening',
  'wedding', 'building', 'being', 'feeling', 'meeting', 'indeed', 'need', 'speed', 'seed', 'ted', 'red', 'bed', 'fred', 'ned', 'ed']);
/** Conjunctions that may open the sentence before the fronted phrase (`And in a move ...`). */
const LEAD_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so']);
/** Lexicon tags of a finite verb (a main clause may hang on one). */
const FINITE_TAGS = new Set(['PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary', 'PerfectTense']);
/** Finite verbs and subject pronouns the tags may miss (stripped contractions among them). */
const FINITE_WORDS = new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'thats', 'whats', 'theres', 'hes', 'shes', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'cant', 'wont',
  'i', 'we', 'you', 'he', 'she', 'it', 'they']);
/** Punctuation that ends a phrase inside the words before the cue (a second phrase or a main clause may follow it). */
const PHRASE_BREAKS = new Set([',', ';', ':', '—', '–', '-', '--', '(', ')', '?', '!']);
/** The longest phrase read. */
const MAX_WORDS = 40;

/** The capitalised word at paragraph offset `s` starts a place's name (`Dover, Delaware`). */
function placeAfterComma(p: Para, s: number): boolean {
  const e = upperBound(p.d.ents, s - 1, (x) => x.s);
  return e < p.d.ents.length && p.d.ents[e].s === s && p.d.ents[e].type === 'place';
}

/** How the words open: a subordinating conjunction, a preposition, a participle, or none of them. */
function openerKind(lower: string, t: string): 'sub' | 'prep' | 'part' | null {
  if (SUBORDINATE.has(lower)) return 'sub';
  if (PREPOSITIONS.has(lower)) return 'prep';
  return CAPITALISED_PARTICIPLE.test(t) && !NOT_PARTICIPLES.has(lower) ? 'part' : null;
}

/** `While the council argued over the budget, Mayor Vell said ...`, `During a visit to the pier, Vell praised ...`,
 *  `Pressed by reporters, Vell said ...`: sentence `s0` up to paragraph offset `end` is the whole text before a cue
 *  whose subject comes before it, and it is one fronted phrase with no main clause: it opens (maybe after `And` /
 *  `But`) with a subordinating conjunction, or with a preposition or a participle and holds no finite verb; it holds
 *  no comma or dash (after one a main clause may follow), no first or second person and no stripped contraction. */
export function frontedPhraseOnly(p: Para, at: Attr, s0: number, end: number): boolean {
  const { st, d } = p;
  if (at.subject.s >= at.cueS) return false;
  const sn = d.sents[s0];
  let k = sn.t0;
  const led = k < sn.t1 && d.toks[k].kind === K.Word && LEAD_CONJUNCTIONS.has(d.toks[k].lower);
  if (led) k++;
  const first = d.toks[k];
  if (!first || k >= sn.t1 || first.kind !== K.Word || (!first.cap && !led) || first.s >= end) return false;
  let kind = openerKind(first.lower, first.t);
  if (!kind) return false;
  let words = 0;
  for (let i = k + 1; i < sn.t1 && d.toks[i].s < end; i++) {
    const t = d.toks[i];
    if (t.kind === K.Punct) {
      // (`On Tuesday, even as the shares fell`: a second adverbial after a comma.)
      const n = d.toks[i + 1];
      if (t.t === ',' && n && n.kind === K.Word && (SUBORDINATE.has(n.lower) || PREPOSITIONS.has(n.lower) || (n.lower === 'even' && SUBORDINATE.has(d.toks[i + 2]?.lower ?? '')))) {
        if (!PREPOSITIONS.has(n.lower)) kind = 'sub';
        continue;
      }
      // (`At a rally in Dover, Delaware, ...`: a place's state after a comma still belongs to the fronted phrase.)
      if (t.t === ',' && kind !== 'sub' && n && n.kind === K.Word && n.cap && placeAfterComma(p, n.s)) continue;
      if (PHRASE_BREAKS.has(t.t)) return false;
      continue;
    }
    if (++words > MAX_WORDS) return false;
    if (kind === 'sub') continue;
    if (FINITE_WORDS.has(t.lower) || FINITE_TAGS.has(st.lex.common.get(t.lower) ?? '')) return false;
  }
  return words > 0 && !voiceIn(p, s0, sn.s, end);
}

/** Entity types that may be the subject of a cue (a bare surname among them). */
const SUBJECT_TYPES = new Set(['person', 'organization', 'surname']);
/** Capitalised words read over a place after `of` (`Gov. Ada Vell of New Lorn Bay, ...`). */
const MAX_PLACE_WORDS = 8;
/** Dashes that close an aside (`— ... —`). */
const DASHES = new Set(['—', '–', '--', '-']);

/** `Ada Vell, along with two aides, said the ferry ...`, `Ada Vell (D-Ore.), chair of the panel, said ...`, `Several
 *  pastors at the vigil — including two from Dunmore — said ...`: nothing but punctuation stands between the words
 *  before the cue and the cue (the cue has no subject of its own there: the engine read one after it), and those words
 *  are the cue's subject set off by an aside: the sentence opens with a person's or an organisation's name followed by
 *  a comma or a parenthesis, or the words hold a dash and a dash closes them. The narrator's sentence, not a quote. */
export function subjectBeforeAside(p: Para, at: Attr, s0: number, end: number): boolean {
  const { d } = p;
  if (at.subject.s < at.cueS) return false;
  const sn = d.sents[s0];
  // (Only punctuation between the words and the cue: `, said`, `— told`.)
  const c = upperBound(d.toks, end - 1, (x) => x.s);
  let k = c;
  let dashAfter = false;
  while (k < sn.t1 && d.toks[k].kind === K.Punct && d.toks[k].s < at.cueS) { if (DASHES.has(d.toks[k].t)) dashAfter = true; k++; }
  if (k >= sn.t1 || d.toks[k].s !== at.cueS) return false;
  if (dashAfter) {
    // (An opening dash in the words, at most `MAX_WORDS` words back.)
    for (let i = c - 1; i >= sn.t0 && i >= c - MAX_WORDS; i--) if (d.toks[i].kind === K.Punct && DASHES.has(d.toks[i].t)) return true;
    return false;
  }
  // The sentence opens with a name (titles in the name's span), then a comma or a parenthesis.
  const e = upperBound(d.ents, d.toks[sn.t0].s - 1, (x) => x.s);
  const ent = d.ents[e];
  if (!ent || !SUBJECT_TYPES.has(ent.type) || ent.ts > d.toks[sn.t0].s || ent.e >= end) return false;
  let n = upperBound(d.toks, ent.e - 1, (x) => x.s);
  // (`Gov. Ada Vell of Oregon, ...`: over a place after `of`, a few capitalised words.)
  if (n < sn.t1 && d.toks[n].lower === 'of') {
    const stop = n + 1 + MAX_PLACE_WORDS;
    for (n++; n < sn.t1 && n < stop && d.toks[n].kind === K.Word && d.toks[n].cap; n++);
  }
  return n < sn.t1 && (d.toks[n].t === ',' || d.toks[n].t === '(') && d.toks[n].s < end;
}

/** Words after the engine's subject that go on with the inversion, not with a clause of that subject (`said Lee of
 *  Dover`, `said Lee in an interview`, `said Lee, who ...`). */
const AFTER_INVERTED_SUBJECT = new Set(['of', 'who', 'whose', 'in', 'at', 'on', 'during', 'after', 'before', 'when', 'while', 'as', 'to',
  'from', 'about', 'with', 'for', 'by', 'and', 'but', 'last', 'this', 'earlier', 'later', 'recently', 'today', 'yesterday',
  'told', 'said', 'says', 'added', 'wrote']);

/** `Vell, in contrast, told reporters the ferry ...`, `Several pilots, including Vell, said the board must ...`: the
 *  words before the cue are one sentence with no finite verb, cut by a comma (a noun phrase and an aside), and the
 *  subject the engine read after the cue goes on with a word of a clause (`said the board must ...`, not `said Vell.`
 *  or `said Vell of Dover`): the words are the cue's own subject, set off by an aside; what follows the cue is its
 *  reported clause. The narrator's sentence, not a quote. */
export function verblessSubject(p: Para, at: Attr, s0: number, end: number): boolean {
  const { st, d } = p;
  if (at.subject.s < at.cueE) return false;
  const sn = d.sents[s0];
  // (The word after the engine's subject, within the sentence.)
  const n = upperBound(d.toks, at.subject.e - 1, (x) => x.s);
  const w = d.toks[n];
  if (n >= sn.t1 || !w || w.kind === K.Punct || w.cap || AFTER_INVERTED_SUBJECT.has(w.lower)) return false;
  let words = 0;
  let comma = false;
  for (let i = sn.t0; i < sn.t1 && d.toks[i].s < end; i++) {
    const t = d.toks[i];
    if (i - sn.t0 > 2 * MAX_WORDS) return false;
    if (t.kind === K.Punct) {
      if (t.t === ',') comma = true;
      else if (t.t !== '-' && t.t !== '(' && t.t !== ')') return false;
      continue;
    }
    if (++words > MAX_WORDS) return false;
    // (A capitalised word inside is a name's: `the United States`.)
    if (FINITE_WORDS.has(t.lower) || ((!t.cap || i === sn.t0) && FINITE_TAGS.has(st.lex.common.get(t.lower) ?? ''))) return false;
  }
  return comma && words > 0 && !voiceIn(p, s0, sn.s, end);
}
