// The subject of a quote's sentence as its speaker: the name a speech or naming verb follows before the quote (`what
// aide Ann Lee called "..."`), else the sentence's subject (a name, or a `he`/`she` resolved). For quotes that no
// attribution claims (split from speakers.ts).
import type { DocEnt, DocState, QuoteBuild } from './state';
import { K, type Sentence, type Tok, isQuoteChar } from '../tokens';
import { type ECand, isTitleWord } from '../entities';
import { How, memoCand } from './state';
import { subjectPronounConfidence } from './pronounRanker';
import { ARTICLES_AND_POSSESSIVES, NAMING_VERBS, SPEECH_CUES, TIE_VERBS, TITLE_PREMODIFIERS } from '../lexicon';
import { CLAUSE_LEAD_CONJ, CLAUSE_SUBORDINATORS, candStart, sentOf, tokStart, upperBound } from './util';
import { insideQuote, resolvePronoun, setSpeaker, speakingEnt } from './speakers';
import { plain } from '../plainPattern';
import { READ, keptClaimant } from './nominalCue';
import { paraMemo } from './paraMemo';
import { collectiveActor } from './actors';

const BY_BEFORE = plain(String.raw`^["”'’.,]*\s+by\s+(?:\p{Ll}+\s+)?$`, 'u');
const LOWER_ING = plain(String.raw`^\p{Ll}{2,}ing$`, 'u');

const SUBJECT_SCAN = 6;
/** Words before a name that make it no subject (`of Okafor`, `told Reyes`). */
const SUBJECT_BLOCKERS = new Set(['of', 'by', 'for', 'to', 'with', 'from', 'about', 'against', 'on', 'at', 'in', 'than', 'like', 'as', 'told', 'asked', 'and', 'or']);
/** Conjunctions and adverbs that may come before a sentence's pronoun subject (`So she thanked Reyes, then asked ...`). */
const PRONOUN_LEAD = new Set(['then', 'but', 'and', 'so', 'yet', 'still', 'now', 'also', 'later']);

/** After the name: an appositive in commas (`what Ann Lee, an aide, called "..."`, `Lee, who had lost, called "..."`:
 *  tried first, so that a relative clause is passed over to its verb) or `, who`, then maybe an adverb, a day (`who Lee
 *  on Tuesday called`) or a perfect's auxiliary (`which Lee had called`), then the verb. */
const NEAR_CUE = plain(String.raw`^(?:,\s+\p{Ll}[^,;:"“”()]{2,80},\s+|,\s+(?:who|for one,)\s+|\s+)(?:(?:also|then|later|once|earlier|(?:on\s+)?\p{Lu}\p{Ll}+day|has|had)\s+)?(\p{Ll}+)`, 'u');

/** The latest name of the sentence before the quote opening at `open` that a speech or naming verb follows (`..., when
 *  Lee accused him of an "..."`, `what aide Ann Lee called "..."`, `Ann Lee, who declared, "..."`) speaks the quote,
 *  before the sentence's first name. At most SUBJECT_SCAN names looked at, backwards from the quote. */
function nearSpeaker(st: DocState, q: QuoteBuild, ui: number, sn: { s: number; t0: number }, open: number, minTok = 0): boolean {
  const u = st.units[ui];
  const ents = u.data.ents;
  for (let k = upperBound(ents, open - 1, candStart) - 1, n = 0; k >= 0 && ents[k].s >= sn.s && n < SUBJECT_SCAN; k--, n++) {
    const c = ents[k];
    if (c.e > open || c.t0 < minTok || insideQuote(st, u.start + c.s, ui)) continue;
    if (!(c.e + NEAR_READ > u.end - u.start ? readNearCue(st, u.start, c) : memoCand('nearCue', c, readNearCue, st, u.start))) continue;
    const de = speakingEnt(st, ui, k);
    if (!de) continue;
    setSpeaker(q, de, How.Subject, 0.55);
    return true;
  }
  return false;
}

/** How many characters after a name NEAR_CUE reads. */
const NEAR_READ = 120;
/** A speech or naming verb follows candidate `c` of the paragraph at `base` (NEAR_CUE); kept with the candidate by
 *  `nearSpeaker` when the text read is all its paragraph's (the next paragraph may change while this one does not). */
function readNearCue(st: DocState, base: number, c: ECand): boolean {
  const m = NEAR_CUE.exec(st.text.slice(base + c.e, base + c.e + NEAR_READ));
  return !!m && (SPEECH_CUES.has(m[1]) || NAMING_VERBS.has(m[1]));
}

/** A passive naming verb right before a quote's opening mark (`has been called "`, `was described as "`). */
const PASSIVE_NAMING = plain(String.raw`\b(?:been|was|were|is|are|be|being)\s+(?:\p{Ll}+ly\s+)?(?:called|described\s+as|dubbed|labell?ed(?:\s+as)?|termed|branded(?:\s+as)?)\s*$`, 'u');
/** `The toll was dubbed "..." by Ann Lee during the debate`: the agent after `by` right after the quote's
 *  closing mark (maybe after a lower-case role word) speaks the quote a passive naming verb introduces. */
function passiveAgent(st: DocState, q: QuoteBuild, ui: number, sn: { s: number }, open: number): boolean {
  const u = st.units[ui];
  const { text } = st;
  if (!passiveBefore(st, ui, Math.max(sn.s, open - 60), open)) return false;
  const ents = u.data.ents;
  const rel = q.e - u.start;
  for (let k = upperBound(ents, rel - 1, candStart), n = 0; k < ents.length && n < 2; k++, n++) {
    const c = ents[k];
    if (c.ts - rel > 40 || !BY_BEFORE.test(text.slice(q.e, u.start + c.ts))) continue;
    const de = speakingEnt(st, ui, k);
    if (!de || (de.type !== 'person' && de.type !== 'organization')) return false;
    setSpeaker(q, de, How.Subject, 0.55);
    return true;
  }
  return false;
}

/** PASSIVE_NAMING on the paragraph text [from, open) of unit `ui`, kept with its analysis by the offsets when both are
 *  inside the paragraph: on an edit, an unchanged paragraph's quotes run no pattern. */
function passiveBefore(st: DocState, ui: number, from: number, open: number): boolean {
  const u = st.units[ui];
  if (from < 0 || from > open || open > u.end - u.start) return PASSIVE_NAMING.test(st.text.slice(u.start + from, u.start + open));
  const m = paraMemo(u.data).passive ??= new Map();
  const key = `${from},${open}`;
  let r = m.get(key);
  if (r === undefined) m.set(key, r = PASSIVE_NAMING.test(st.text.slice(u.start + from, u.start + open)));
  return r;
}

/** Name `k` of the paragraph (outside any quote) speaks `q` when it is a person's: sets the speaker, true. */
function personSpeaks(st: DocState, q: QuoteBuild, ui: number, k: number): boolean {
  if (insideQuote(st, st.units[ui].start + st.units[ui].data.ents[k].s, ui)) return false;
  const de = speakingEnt(st, ui, k);
  if (!de || de.type !== 'person') return false;
  setSpeaker(q, de, How.Subject, 0.55);
  return true;
}

/** After a name in an `as` clause: an `of` phrase of capitalised words (`Lee of the Dover Courier`), an appositive in
 *  commas, or nothing; maybe an auxiliary; then the verb (`as Lee of the Courier observed`, `as Lee, a judge, noted`). */
const AS_CUE = plain(String.raw`^(?:\s+of\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){1,4}|,\s+[^,;:"“”()]{2,80},\s+|\s+)(?:(?:has|had|once)\s+)?(\p{Ll}+)`, 'u');
/** `Or, as Lee, a judge, noted: "..."`, `As Lee of the Pilots Union explained, there are three ways out:`: a person named in an
 *  `as` clause with a speech verb (not `put it`, whose own rule wants a colon or a comma), opening the sentence or
 *  after a comma, before the quote speaks the sentence's words. The first such clause of the sentence; at most
 *  SUBJECT_SCAN names looked at. */
function asSpeaker(st: DocState, q: QuoteBuild, ui: number, sn: { s: number; t0: number }, open: number): boolean {
  const u = st.units[ui];
  const { ents, toks } = u.data;
  for (let k = upperBound(ents, sn.s - 1, candStart), n = 0; k < ents.length && ents[k].s < open && n < SUBJECT_SCAN; k++, n++) {
    const c = ents[k];
    if (c.t0 <= sn.t0 || toks[c.t0 - 1].lower !== 'as' || (c.t0 - 1 > sn.t0 && toks[c.t0 - 2].t !== ',')) continue;
    const m = AS_CUE.exec(st.text.slice(u.start + c.e, u.start + Math.min(open, c.e + 120)));
    if (!m || !SPEECH_CUES.has(m[1])) continue;
    if (personSpeaks(st, q, ui, k)) return true;
  }
  return false;
}

/** Words in -ing that are prepositions (`with Lee during the vote`). */
const ING_PREPOSITIONS = new Set(['during', 'including', 'regarding', 'concerning', 'following', 'according', 'pending', 'considering', 'excluding', 'involving', 'notwithstanding', 'barring']);
/** `The council voted it down, with Lee standing on the pier to call the plan "..."`: a
 *  person's name after a comma and `with` and before a participle (a word in -ing, not a preposition), the latest such
 *  before the quote in its sentence, speaks it: the absolute phrase is that person's act. At most SUBJECT_SCAN names looked at. */
function withSpeaker(st: DocState, q: QuoteBuild, ui: number, sn: { s: number; t0: number }, open: number): boolean {
  const u = st.units[ui];
  const { ents, toks } = u.data;
  for (let k = upperBound(ents, open - 1, candStart) - 1, n = 0; k >= 0 && ents[k].s >= sn.s && n < SUBJECT_SCAN; k--, n++) {
    const c = ents[k];
    const v = toks[c.t1];
    if (c.e > open || !v || v.s >= open || v.cap || !LOWER_ING.test(v.t) || ING_PREPOSITIONS.has(v.lower) || c.t0 < sn.t0 + 2 ||
      toks[c.t0 - 1].lower !== 'with' || toks[c.t0 - 2].t !== ',') continue;
    if (personSpeaks(st, q, ui, k)) return true;
  }
  return false;
}

/** `nearSpeaker` for the sentence of the quote opening at `open` (paragraph offset): whether it named the speaker. */
export function sentenceSpeaker(st: DocState, q: QuoteBuild, ui: number, open: number): boolean {
  const d = st.units[ui].data;
  const sn = d.sents[sentOf(d, open)];
  return !!sn && nearSpeaker(st, q, ui, sn, open);
}

/** Words that open a clause after a comma whose names act in that clause only: a subordinator (`, when`) or a relative
 *  word (`, who`, `, both of which`). */
const SUB_CLAUSE: ReadonlySet<string> = new Set([...CLAUSE_SUBORDINATORS, 'as', 'who', 'whom', 'which', 'where']);
/** How many tokens before a quote's opening mark the clause opener is looked for. */
const SUB_CLAUSE_SPAN = 40;

/** `Some teachers said they feared a repeat of 1992, when Quill called for a "cultural war"`, `Aides say a push could
 *  backfire, angering Lee, both of which Wren praised "for ..."`: past the cue of the preposed attribution that holds
 *  the quote (ending at `cueE`, paragraph offset), a clause after a comma opened by a subordinator or a relative word,
 *  whose name and speech or naming verb lead to the quote (see `nearSpeaker`), speaks it: the quote is that clause's
 *  words, not the reporter's. The latest opener within SUB_CLAUSE_SPAN tokens of the quote that leads to one. Whether
 *  it found one. */
export function subClauseSpeaker(st: DocState, q: QuoteBuild, ui: number, cueE: number, open: number): boolean {
  const d = st.units[ui].data;
  const sn = d.sents[sentOf(d, open)];
  if (!sn || cueE <= sn.s) return false;
  const toks = d.toks;
  const end = upperBound(toks, open - 1, tokStart);
  for (let k = end - 1; k > sn.t0 + 1 && k >= end - SUB_CLAUSE_SPAN && toks[k].s >= cueE; k--) {
    if (!SUB_CLAUSE.has(toks[k].lower)) continue;
    // (The comma right before the opener, or before `both of which`, `some of whom`.)
    let c = k - 1;
    if (toks[c].lower === 'of' && c - 1 > sn.t0) c -= 2;
    if (c < sn.t0 || toks[c].t !== ',' || toks[c].s < cueE) continue;
    // (`..., when Quill, who had lost, called for "..."`: the relative clause names no one; the clause before it may.)
    if (nearSpeaker(st, q, ui, sn, open, k + 1)) return true;
  }
  return false;
}

/** Nouns for something said, whose possessor said it (`his call for "..."`, `Lee's claim that "..."`). */
const SAID_NOUNS = 'call|calls|statement|statements|comment|comments|remark|remarks|promise|promises|pledge|claim|claims|vow|' +
  'warning|assertion|words|slogan|refrain|description|insistence|admission|argument|contention|declaration|boast|quip|tweet';
/** A possessor (`his`, `her`, `their`, or a name's `'s`) and a said-noun with at most a modifier before it, maybe a
 *  day, and a linking word or a comma or colon after it, ending right before a quote's opening mark (`her statement on
 *  Friday that "`; not `called Lee's comments "..."`, where the quote names the comments). */
const POSSESSOR_BEFORE = plain(
  '(?:\\b(his|her|their)|(\\p{Lu}[\\p{L}.-]*)(?:\'s|’s|\'|’))\\s+(?:\\p{Ll}+(?:-\\p{Ll}+)?\\s+)?(?:' + SAID_NOUNS + ')' +
  '(?:\\s+(?:on|last|this)\\s+\\p{Lu}\\p{Ll}+|\\s+\\p{Lu}\\p{Ll}+day)?(?:\\s+(?:that|for|of|to|about)\\s*|\\s*[,:]\\s*)$', 'u');
/** How far before a quote's opening mark the possessor phrase is looked for. */
const POSSESSOR_SPAN = 90;

/** A name's `'s` right before the opening mark (`Lee's "`), for a said-noun right after the closing one. */
const POSSESSOR_OPEN = plain(String.raw`(\p{Lu}[\p{L}.-]*)(?:'s|’s|'|’)\s*["“'‘]*\s*$`, 'u');
const SAID_NOUN_AFTER = new RegExp('^["”\'’]*\\s+(?:' + SAID_NOUNS + ')\\b', 'u');
/** A possessor found before a quote: where it starts in the text searched, and the possessive
 *  pronoun (`his`, `her`, `their`) or the name before `'s`. */
interface Possessor { index: number; pronoun: string | undefined; name: string }
/** The possessor phrase before a said-noun right before the quote (POSSESSOR_BEFORE) in `before`, or null. */
function possessorBefore(before: string): Possessor | null {
  if (!mayEndPossessor(before)) return null;
  const m = POSSESSOR_BEFORE.exec(before);
  return m ? { index: m.index, pronoun: m[1], name: m[2] ?? '' } : null;
}
/** What POSSESSOR_BEFORE needs, read without it (an end-anchored pattern is tried at every offset of the text, for every
 *  quote): a possessive (`his`, `her`, `their`, an apostrophe) somewhere, and a comma, a colon or a linking word last. */
function mayEndPossessor(before: string): boolean {
  if (before.indexOf("'") < 0 && before.indexOf('’') < 0 && before.indexOf('his') < 0 && before.indexOf('her') < 0 && before.indexOf('their') < 0) return false;
  const t = before.trimEnd(); // (the pattern's trailing `\s*`: the same characters)
  const c = t.charCodeAt(t.length - 1);
  return c === 44 || c === 58 || LINK_LAST.test(t.slice(-6));
}
const LINK_LAST = /\s(?:that|for|of|to|about)$/;
/** `Lee's "..." promise`, `Lee's "..." slogan`: the possessor of a said-noun that follows the quote, or null. */
function possessorAround(st: DocState, q: QuoteBuild, from: number, open: number): Possessor | null {
  if (!SAID_NOUN_AFTER.test(st.text.slice(q.e, q.e + 40))) return null;
  const m = POSSESSOR_OPEN.exec(st.text.slice(from, open));
  return m ? { index: m.index, pronoun: undefined, name: m[1] } : null;
}

/** The possessor of a said-noun right before the quote opening at `open` speaks it (`... and his call for "..."`,
 *  `challenged over her remark that "..."`, `Voss's promise of "..."`): a name of the sentence ending at the
 *  possessive, or a `he` / `she` resolved (at the pronoun's confidence). Whether it found one. */
function possessorSpeaker(st: DocState, q: QuoteBuild, ui: number, sn: Sentence, open: number): boolean {
  const u = st.units[ui];
  const from = Math.max(sn.s, open - POSSESSOR_SPAN);
  const m = possessorBefore(st.text.slice(u.start + from, u.start + open)) ?? possessorAround(st, q, u.start + from, u.start + open);
  if (!m) return false;
  const pro = m.pronoun;
  const at = from + m.index + (pro ? 0 : m.name.length);
  if (pro) {
    if (pro === 'their') return false;
    // (A possessive pronoun after the sentence's own subject is that subject's when it may be: `Ann Lee, a Reyes
    // ally, stood by her remark that "..."`.)
    const subj = clauseSubject(st, ui, sn, sn.t0, at);
    const a = subj && subj.actorKey ? st.actors.get(subj.actorKey) : undefined;
    if (subj && a && a.type === 'person' && a.gender === (pro === 'his' ? 'm' : 'f')) {
      setSpeaker(q, subj, How.Subject, 0.5);
      return true;
    }
    const r = resolvePronoun(st, pro === 'his' ? 'he' : 'she', ui, u.start + at, q);
    if (!r) return false;
    q.actorKey = r.key;
    q.speakerSpan = { start: u.start + at, end: u.start + at + pro.length };
    q.how = How.Subject;
    q.confidence = subjectPronounConfidence(r.p);
    return true;
  }
  const ents = u.data.ents;
  const k = upperBound(ents, at - 1, candStart) - 1;
  if (k < 0 || ents[k].e !== at || insideQuote(st, u.start + ents[k].s, ui)) return false;
  const de = speakingEnt(st, ui, k);
  if (!de) return false;
  setSpeaker(q, de, How.Subject, 0.55);
  return true;
}

/** Words that open a subordinate clause before a sentence's main clause (`After Lee spoke, Wren said ...`). */
const OPENERS: ReadonlySet<string> = new Set([...CLAUSE_SUBORDINATORS, 'if']);
/** Adverbs that may come before an opening clause's subordinator (`ever since`, `even though`, `just after`). */
const OPENER_ADVERBS = new Set(['ever', 'even', 'just', 'long', 'shortly', 'soon', 'right', 'only']);
/** Words that open a clause after a comma whose subject follows (`..., while Lee called it "..."`). */
const CLAUSE_JOINS = new Set(['while', 'whereas', 'but', 'although', 'though']);

/** The first token of the sentence's main clause: after an opening subordinate clause, prepositional phrase or
 *  participle phrase and its comma (`After Lee spoke, `, `In Ames, `, `Speaking in Ames, `; not `According to Lee,`
 *  nor `As Lee put it,`, whose names speak), when the comma comes before `open`; else the sentence's first token. */
export function mainClause(st: DocState, toks: readonly Tok[], sn: Sentence, open: number): number {
  // (A conjunction may lead the opener, `And after Lee spoke, ...`; and a phrase may come before it, `In June, after
  // Lee spoke, Wren ...`: at most two openers are passed over, each up to its comma.)
  // (An adverb may modify the subordinator: `Ever since Lee spoke, ...`, `Even though Lee won, ...`.)
  let t = sn.t0;
  if (toks[t] && CLAUSE_LEAD_CONJ.has(toks[t].lower) && t + 1 < sn.t1 && (OPENERS.has(toks[t + 1].lower) || OPENER_ADVERBS.has(toks[t + 1].lower))) t++;
  if (toks[t] && OPENER_ADVERBS.has(toks[t].lower) && t + 1 < sn.t1 && OPENERS.has(toks[t + 1].lower)) t++;
  let main = sn.t0;
  for (let round = 0; round < 2; round++) {
    const next = openerEnd(st, toks, sn, t, open);
    if (next < 0) break;
    main = t = next;
  }
  return main;
}
/** The token after the comma that closes the opener at token `t` (a subordinate clause, a prepositional or participle
 *  phrase), when that comma and the next token come before `open`; else -1. */
function openerEnd(st: DocState, toks: readonly Tok[], sn: Sentence, t: number, open: number): number {
  const f = toks[t];
  if (!f || f.lower === 'according' || f.lower === 'as') return -1;
  const tag = st.lex.common.get(f.lower);
  if (!OPENERS.has(f.lower) && tag !== 'Preposition' && tag !== 'Gerund') return -1;
  for (let k = t + 1; k < sn.t1 && k < t + 25 && toks[k].s < open; k++) {
    if (toks[k].t === ',') return k + 1 < sn.t1 && toks[k + 1].s < open ? k + 1 : -1;
  }
  return -1;
}

/** Whether the name ending before token `t` modifies a role (`FBI director Ann Lee`, `Reyes Communications
 *  Director Tom Wren`): a title or a role noun follows, maybe after up to two capitalised words. */
function modifiesRole(st: DocState, toks: readonly Tok[], t: number): boolean {
  for (let j = t; j < toks.length && j < t + 3; j++) {
    if (isTitleWord(toks[j].lower) || st.lex.roleNouns.has(toks[j].lower)) return true;
    if (!toks[j].cap) return false;
  }
  return false;
}

/** The subject of the clause from token `t0` of sentence `sn` before `open` (see `subjectOfSentence`), or null; with
 *  `objects`, null when the first name is a verb's object (`objectOfVerb`). */
function clauseSubject(st: DocState, ui: number, sn: Sentence, t0: number, open: number, objects = false): DocEnt | null {
  const u = st.units[ui];
  const { ents, toks } = u.data;
  let subj: DocEnt | null = null;
  // (The subject is among the sentence's first few names: at most SUBJECT_SCAN looked at, so that a sentence of
  // thousands of quotes and names stays linear.)
  for (let k = upperBound(ents, sn.s - 1, candStart), n = 0; k < ents.length && ents[k].s < open && n < SUBJECT_SCAN; k++, n++) {
    const c = ents[k];
    if (c.t0 < t0) continue;
    if (insideQuote(st, u.start + c.s, ui)) continue;
    const de = speakingEnt(st, ui, k);
    if (!de) continue;
    const before = c.t0 > sn.t0 ? toks[c.t0 - 1].lower : '';
    const after = toks[c.t1] ? toks[c.t1].lower : '';
    // `Mr. Reyes's campaign chairman, Ann Lee, dismissed ...`: a possessor is no subject; the name after it may be.
    if (after === "'s" || after === '’s' || after === "'" || after === '’') continue;
    if (subj) {
      // A later clause with its own subject: `..., while Ann Lee called it "..."`, `...; Lee called it "..."`.
      const join = before === ';' || (CLAUSE_JOINS.has(before) && c.t0 > sn.t0 + 1 && toks[c.t0 - 2].t === ',');
      if (join && !modifiesRole(st, toks, c.t1)) subj = de;
      continue;
    }
    // (`of Lee`, `told Lee`; `said that Lee had ...`: the subject of a reported clause.)
    if (SUBJECT_BLOCKERS.has(before) || before === 'that') return null;
    if (modifiesRole(st, toks, c.t1)) continue;
    if (objects && objectOfVerb(st, toks, c.t0, sn.t0)) return null;
    subj = de;
  }
  return subj;
}

/** Tags of a verb form whose object a name right after it is (`thanked Reyes`, `accuses Lee of`, `to meet Lee`,
 *  `signs calling Lee`); not a copula (`It was Lee who ...`) nor a modal. */
const OBJECT_VERB_TAGS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Verb']);
/** Words that may stand before a name and look like verbs but modify it (`retired Gen. Lee`, `acting chair Lee`). */
const NAME_PREMODIFIERS: ReadonlySet<string> = new Set([...TITLE_PREMODIFIERS, ...ING_PREPOSITIONS]);
/** Punctuation that may open a clause or a cue (`..., said Lee`, `— said Lee`). */
const CLAUSE_EDGE = /^[,;:(\u2013\u2014-]$/;
/** Whether the name at token `t0` is the object of a verb right before it (`Ann Vell thanked Reyes for "..."`, `King
 *  says Lee "talked the talk"`, `Some think Lee is "..."`): a lower-case verb form, not a title's premodifier nor a
 *  role noun, with a word of its clause before it (a comma, a quotation mark or the sentence's start before the verb
 *  make it an inverted cue, `"...," said Lee`, whose name speaks). Such a name is no subject of the sentence. */
function objectOfVerb(st: DocState, toks: readonly Tok[], t0: number, s0: number): boolean {
  const v = toks[t0 - 1];
  if (t0 - 1 <= s0 || !v || v.cap || NAME_PREMODIFIERS.has(v.lower) || isTitleWord(v.lower) || st.lex.roleNouns.has(v.lower)) return false;
  if (!verbTagged(st, v, OBJECT_VERB_TAGS)) return false;
  const w = toks[t0 - 2];
  return !CLAUSE_EDGE.test(w.t) && !isQuoteChar(w.t) && !ARTICLES_AND_POSSESSIVES.has(w.lower);
}

/** The first person or organisation named in the main clause of the sentence before `open` (outside quotes, not a
 *  possessor, nor the object of a preposition, nor a name modifying a role), or a `he`/`she` opening it, speaks the
 *  quote opening at `open`; a later clause's subject before the quote (`..., while Ann Lee called it "..."`) rather. */
export function subjectOfSentence(st: DocState, q: QuoteBuild, ui: number, open: number): void {
  const u = st.units[ui];
  const d = u.data;
  const si = sentOf(d, open);
  const sn = d.sents[si];
  if (!sn || open - sn.s < 2) return;
  const toks = d.toks;
  // (`While Lee says it is "a," Wren fixes on "b."`: a name of the opening clause speaks only there.)
  const t0 = mainClause(st, toks, sn, open);
  if (passiveAgent(st, q, ui, sn, open) || asSpeaker(st, q, ui, sn, open) || withSpeaker(st, q, ui, sn, open) || nearSpeaker(st, q, ui, sn, open, t0) || possessorSpeaker(st, q, ui, sn, open)) return;
  // (A scare quote, `Lee, in a grey "harbour coat", arrived`: the subject speaks it only through a cue.)
  const scare = isScareTerm(st, q);
  let first = toks[t0];
  if (first && PRONOUN_LEAD.has(first.lower) && t0 + 1 < sn.t1 && (toks[t0 + 1].lower === 'he' || toks[t0 + 1].lower === 'she')) first = toks[t0 + 1];
  if (first && (first.lower === 'he' || first.lower === 'she') && first.s < open) {
    if (scare && !cueBetween(st, toks, first.s, open)) return;
    if (unnamedClaims(st, q, ui, sn, first.e, open)) return;
    const r = resolvePronoun(st, first.lower, ui, u.start + first.s);
    if (r) {
      q.actorKey = r.key;
      q.speakerSpan = { start: u.start + first.s, end: u.start + first.e };
      q.how = How.Subject;
      q.confidence = subjectPronounConfidence(r.p);
    }
    return;
  }
  // (A name right after a verb is its object, for a marked quote; a stripped candidate's bounds are the engine's guess,
  // which the name may hold up.)
  let subj = clauseSubject(st, ui, sn, t0, open, q.marked);
  // (`While Mr. Reyes, the mayor, laid out a plan for "...", Wren ...`: the comma closed no clause; the sentence's subject.)
  if (!subj && t0 !== sn.t0) subj = clauseSubject(st, ui, sn, sn.t0, open, q.marked);
  // (A scare quote's subject must be the clause's subject: `The council chose Reyes to run the "night desk"`.)
  if (subj && scare && !afterAccording(toks, subj.s - u.start) && (!cueBetween(st, toks, subj.s - u.start, open) || verbBefore(st, toks, toks[t0].s, subj.s - u.start))) return;
  if (subj && !unnamedClaims(st, q, ui, sn, subj.e - u.start, open)) setSpeaker(q, subj, How.Subject, 0.55);
  // (No name is the subject: an unnamed source's own cue in the main clause speaks, `Waving signs, the protesters
  // chanted "..."`, rather than a name the later passes would guess from elsewhere. Marked quotes only: a stripped
  // candidate a speaker would keep is the engine's guess already.)
  if (!subj && q.marked && toks[t0]) unnamedClaims(st, q, ui, sn, toks[t0].s, open, true);
}

/** What may stand between a clause's start and its subject: nothing (maybe a closing quotation mark the clause's opener
 *  ended in), a conjunction or a sentence adverb, or a phrase and its comma. */
const CLAUSE_OPENING = plain(String.raw`^["”’'\s]*(?:(?:and|but|so|yet|then|now|still|also|later|instead|meanwhile)\s+)*$|[,;]\s*$`, 'iu');
/** Whether an unnamed source's own cue between the subject's end `from` and the quote's opening `open` (paragraph
 *  offsets), or right after the quote when it closes in the sentence, claims the quote (`nominalCue.ts`): the quote is
 *  then that source's, less surely. */
function unnamedClaims(st: DocState, q: QuoteBuild, ui: number, sn: Sentence, from: number, open: number, opens = false): boolean {
  if (from >= open) return false;
  const base = st.units[ui].start;
  const inSentence = q.e > base + open && q.e <= base + sn.e;
  // (Only the last READ characters on either side are read: the slices stop there.)
  const bFrom = Math.max(from, open - READ);
  const aFrom = Math.max(q.e - base, sn.e - READ);
  const c = keptClaimant(st, ui, bFrom, open, inSentence ? aFrom : -1, inSentence ? sn.e : -1);
  if (!c) return false;
  const s = (c.after ? aFrom : bFrom) + c.s;
  // (With no subject before it, the description must open its clause, `And the crowd chanted "..."`, `Waving signs,
  // the protesters chanted "..."`: not an object, `both oppose a formula called "..."`.)
  if (opens && !c.after && !CLAUSE_OPENING.test(st.text.slice(base + from, base + s))) return false;
  describedSpeaks(st, q, base, s, s + c.e - c.s);
  return true;
}

/** `"...," Lee said as the heckler yelled: "..."`: a description whose own speech or crowd verb comes right before the
 *  quote opening at `open` (paragraph offset; read from `from`, the end of the quote before it) speaks it rather than
 *  the earlier quote's speaker going on (`nominalCue.ts`). Whether it did. */
export function describedRightBefore(st: DocState, q: QuoteBuild, ui: number, from: number, open: number): boolean {
  const base = st.units[ui].start;
  const bFrom = Math.max(from, open - READ);
  const c = keptClaimant(st, ui, bFrom, open, -1, -2);
  if (!c) return false;
  describedSpeaks(st, q, base, bFrom + c.s, bFrom + c.e);
  return true;
}

/** The description at paragraph offsets `s`–`e` speaks `q`, as a collective or unnamed actor, less surely than a name. */
function describedSpeaks(st: DocState, q: QuoteBuild, base: number, s: number, e: number): void {
  const a = collectiveActor(st, { kind: 'np', s, e, ent: -1, name: st.text.slice(base + s, base + e).toLowerCase() }, base);
  q.actorKey = a.key;
  q.speakerSpan = { start: base + s, end: base + e };
  q.how = How.Subject;
  q.confidence = 0.5;
}

/** The most words a scare quote has (`the so-called "reform"`, `a "keeper of the pier"`). */
const SCARE_WORDS = 4;

/** Whether `q` is a short marked term (at most SCARE_WORDS words) that a sentence's subject may have spoken or not. */
function isScareTerm(st: DocState, q: QuoteBuild): boolean {
  // (Marked text only: a stripped quote's bounds are the engine's guess already.)
  if (!q.marked) return false;
  let words = 0;
  let inWord = false;
  for (let i = q.s; i < q.e; i++) {
    const c = st.text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 160;
    if (!space && !inWord && ++words > SCARE_WORDS) return false;
    inWord = !space;
  }
  return words > 0;
}

/** How many tokens before a quote a tying verb is looked for (a sentence of thousands of quotes stays linear). */
const TIE_SPAN = 60;
/** Whether a verb stands between paragraph offsets `from` and `open` (`Lee hailed the toll as a "fair price"`,
 *  `Lee doubted Wren's "ferry sums"`): a speech, naming or quoting verb (`TIE_VERBS`), or any verb the lexicon
 *  tags as one or in -ed; none in `Lee, the "ferry queen" of the isle`. */
function cueBetween(st: DocState, toks: Tok[], from: number, open: number): boolean {
  const end = upperBound(toks, open - 1, tokStart);
  for (let k = Math.max(upperBound(toks, from - 1, tokStart), end - TIE_SPAN); k < end; k++) {
    if (!toks[k].cap && (TIE_VERBS.has(toks[k].lower) || verbTagged(st, toks[k], VERB_TAGS))) return true;
  }
  return false;
}
/** Words that open a clause whose subject may follow (`when Lee called`, `, with Lee calling`, `who`), and `by`, whose
 *  name is the agent (`a fund run by Lee, with posters showing Wren as a "safe pair of hands"`). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([...CLAUSE_SUBORDINATORS, 'when', 'while', 'with', 'who', 'that', 'as', 'and', 'but', 'if', 'by']);
/** Whether a verb in -ed or one the lexicon tags as a finite verb or a participle stands before token offset `to` in its
 *  clause (from `from`, back to a comma or a clause opener): the name at `to` is then the verb's object, no subject
 *  (`The board saw Reyes as ...`, `The note, sent to Reyes, ...`; not `when Reyes called`). */
function verbBefore(st: DocState, toks: Tok[], from: number, to: number): boolean {
  const lo = upperBound(toks, from - 1, tokStart);
  for (let k = upperBound(toks, to - 1, tokStart) - 1, n = 0; k >= lo && n < TIE_SPAN; k--, n++) {
    const t = toks[k];
    if (t.t === ',' || t.t === ';' || isQuoteChar(t.t) || SUBJECT_OPENERS.has(t.lower)) return false;
    if (!t.cap && verbTagged(st, t, FINITE_TAGS)) return true;
  }
  return false;
}
/** Whether `according to` ends right before paragraph offset `at` (`according to Lee, the plan is "a test"`). */
function afterAccording(toks: Tok[], at: number): boolean {
  const k = upperBound(toks, at - 1, tokStart);
  return k >= 2 && toks[k - 1].lower === 'to' && toks[k - 2].lower === 'according';
}
/** Tags of a finite verb or a gerund; of any verb form. */
const FINITE_TAGS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense', 'Gerund', 'Copula']);
const VERB_TAGS: ReadonlySet<string> = new Set([...FINITE_TAGS, 'Verb', 'Infinitive', 'Participle', 'Modal']);
const ED = plain(String.raw`^\p{Ll}{3,}ed$`, 'u');
/** A word the lexicon tags with one of `tags`, or one it lacks ending in -ed (`riffed`, `scolded`). */
function verbTagged(st: DocState, t: Tok, tags: ReadonlySet<string>): boolean {
  if (t.kind !== K.Word) return false;
  const tag = st.lex.common.get(t.lower);
  return tag === undefined ? ED.test(t.lower) : tags.has(tag);
}
