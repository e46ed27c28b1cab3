// Attribution clauses within one paragraph (`X said`, `, said X`, `X, a former ..., said`, `according to X`,
// `in the words of X`), each with its form, cue, subject (paragraph/subjects.ts) and the span of what it reports.
// Paragraph-local, so cacheable; speakers are resolved by the document passes.
import type { ECand } from '../entities';
import type { Attr, AttrForm, Subject } from '../attribution';
import { DIRECT_CUES, INVERTED_CUES, SPEECH_CUES } from '../lexicon';
import { K, type Tok, type Sentence, isQuoteChar } from '../tokens';
import { addChainNames } from './chainNames';
import { appositiveSubjectBefore, chainSubjectAfter, personInInvertedSlot } from './looseSubjects';
import { addSlotNames } from './slotNames';
import { AUX, subjectAfter, subjectBefore } from './subjects';
import { boundaryBefore, entStartingAt, indexEnts, resetSubjectIndex, tokIndexAt } from './subjectIndex';
import { PREPS, goOnToCue, linkedCueSubject, openerClosesBefore, participleSubject, passiveAgent, possessorsPerson, relativeClauseSubject } from './clauseSubjects';
import { afterQuoteMark, nounAfterQuote, quoteBeforeRole, verbAfterQuote } from './verbAfterQuote';
import { commaAfterAffiliation, documentAuthorAfter, trailingAdjunct } from './accordingOf';
import { tiedPersonBefore, unnamedSourceAfter, unnamedSourceBefore } from './unnamedSources';
import { type AfterCue, afterCue } from './afterCue';

const CLAUSE_BREAK = new Set([';']);
/** The paragraph being read: its text, tokens and names, the sentence, and the attributions found so far. */
interface Ctx {
  text: string;
  toks: Tok[];
  ents: ECand[];
  out: Attr[];
  si: number;
  sn: Sentence;
  /** The sentence whose opening quotation marks were counted (`leadEnd`), once per sentence. */
  leadSent: number;
  leadEnd: number;
  /** Name candidates by the token after their last one, made on first use (entEndingAtTok). */
  byEnd: Map<number, number> | null;
}

/** The attribution clauses of a paragraph. Adds to `ents` the names found in a cue's subject slot (slotNames.ts). */
export function findAttributions(text: string, toks: Tok[], sents: Sentence[], ents: ECand[]): Attr[] {
  const out: Attr[] = [];
  resetSubjectIndex();
  addSlotNames(text, toks, sents, ents);
  addChainNames(text, toks, sents, ents);
  breakToks = colonToks = null;
  indexEnts(ents);
  const cx: Ctx = { text, toks, ents, out, si: 0, sn: sents[0], leadSent: -1, leadEnd: 0, byEnd: null };
  for (let si = 0; si < sents.length; si++) {
    const sn = sents[si];
    cx.si = si;
    cx.sn = sn;
    for (let i = sn.t0; i < sn.t1; i++) {
      const tok = toks[i];
      if (tok.kind !== K.Word) continue;
      const cue = tok.lower;
      if (cue === 'words' && toks[i + 1]?.lower === 'of' && i >= 2 && toks[i - 1].lower === 'the' && toks[i - 2].lower === 'in') {
        inTheWordsOf(cx, i);
        continue;
      }
      if (cue === 'according' && toks[i + 1]?.lower === 'to') {
        accordingTo(cx, i);
        continue;
      }
      if (cue === 'put' && toks[i + 1]?.lower === 'it' && i + 2 < sn.t1) {
        putIt(cx, i);
        continue;
      }
      // (A direct cue that is no general speech verb, `scoffed`, `beamed`, is a cue too; `reacted` only after a quote.)
      const inv = INVERTED_CUES.has(cue) && afterQuoteMark(toks, i);
      // (`"...," the statement read.`, `The sign read: "..."`: `read` is a cue only after a document.)
      const docRead = cue === 'read' && !tok.cap ? unnamedSourceBefore(text, toks, i, sn.t0) ?? (afterQuoteMark(toks, i) ? unnamedSourceAfter(text, toks, i + 1, sn.t1) : null) : null;
      if (!SPEECH_CUES.has(cue) && !DIRECT_CUES.has(cue) && !inv && !docRead) {
        anyVerbAfterQuote(cx, i);
        continue;
      }
      if (tok.cap && !tok.initial && !brandCue(toks, i, sn.t1)) continue;
      // (`states`, `reports`, `claims`, ... are often nouns: they count only right after a subject that is a name or
      // a pronoun, as `subjectBefore` requires.)
      const direct = DIRECT_CUES.has(cue) || inv || docRead !== null;
      // 1. Subject before the cue (for a participle of speaking, the subject of the clause it hangs on).
      const part = (cue.endsWith('ing') ? participleSubject(toks, ents, i, sn, (t1) => entEndingAtTok(cx, t1)) : null) ?? linkedCueSubject(toks, ents, i, sn, (t1) => entEndingAtTok(cx, t1));
      if (part) {
        cueAfterSubject(cx, i, direct, part);
        continue;
      }
      // (`The memo goes on to say: "..."`: the subject before `goes` says it.)
      const gi = goOnToCue(toks, i, sn.t0);
      let before = subjectBefore(text, toks, ents, gi, sn.t0);
      // (`"...," a spokeswoman for Dorn said.`: the unnamed spokeswoman speaks, not Dorn.)
      if (before && direct && before.subj.kind === 'entity' && before.subj.e === toks[i - 1].e) before = tiedPersonBefore(text, toks, ents[before.subj.ent].t0, before.subj.e, sn.t0) ?? before;
      if (!before && !cue.endsWith('ing')) {
        // (`"...," one voter said.`: an unnamed source the lists do not know, right after the quote or its comma.)
        const np = nounAfterQuote(toks, i, sn, true);
        if (np) before = { subj: np.subj, appo: null, start: np.start };
        // (`"...," the statement said.`, `Dorn's office said`: an unnamed document or organisation.)
        else if (direct) before = unnamedSourceBefore(text, toks, gi, sn.t0, i);
      }
      if (before && participleBeforeName(cx, i, before)) before = null;
      // (A noun inside a long appositive, `Ann Lee, secretary for refugees and migration, said`, is no subject.)
      if (before && (before.subj.kind === 'np' || before.subj.kind === 'collective') && direct && looseAppositive(cx, i)) continue;
      if (before) {
        cueAfterSubject(cx, i, direct, before);
        continue;
      }
      // (`Lee was asked by the host, Ann Reyes, "..."`: the agent of a passive cue speaks the quote it introduces.)
      const agent = passiveAgent(text, toks, ents, i, sn, si);
      if (agent) { out.push(agent); continue; }
      // 2. Inverted: `, said William Taylor, a former ...` / `, says the report.` (not `, telling Moscow`)
      // (A speech cue that is no direct one inverts too right after a quote: `"...," agrees Ann Lee.`)
      if ((!direct && !afterQuoteMark(toks, i)) || cue.endsWith('ing')) continue;
      if (looseAppositive(cx, i)) continue;
      const rel = relativeClauseSubject(toks, ents, i, sn, (t1) => entEndingAtTok(cx, t1));
      if (rel) { cueAfterSubject(cx, i, direct, rel); continue; }
      const b = boundaryBefore(toks, i);
      if (b < 0) continue;
      const after = subjectAfter(text, toks, ents, i + 1, sn.t1);
      if (!after) {
        // `, said former Ohio Gov. and party Chairman Ann Lee.`
        const loose = chainSubjectAfter(toks, ents, i + 1, sn);
        const p = loose ? -1 : personInInvertedSlot(toks, ents, i + 1, sn);
        // (`"...," said the statement.`: an unnamed document or organisation.)
        const subj: Subject | null = loose ?? (p >= 0 ? { kind: 'entity', s: ents[p].s, e: ents[p].e, ent: p, name: '' } : unnamedSourceAfter(text, toks, i + 1, sn.t1)?.subj ?? null);
        if (subj) out.push(mkAttr('inverted', cue, tok.s, tok.e, subj, null, b, -1, -1, si, true, direct, tok.s));
        continue;
      }
      let p = after.subj.kind !== 'entity' || ents[after.subj.ent].type !== 'person' ? personInInvertedSlot(toks, ents, i + 1, sn) : -1;
      // (`, said Reyes's top policy aide Ann Lee.`, `, said Harbour ranking member Ann Lee`: a name that is the
      // possessor or the modifier of role words names no speaker; the person they lead to does.)
      if (p < 0 && after.subj.kind === 'entity') p = possessorsPerson(toks, ents, ents[after.subj.ent].t1, sn);
      // `, said another user, Ann Lee.`, `, said Ohio delegate Ann Lee.`: the person the role words lead to.
      if (p >= 0) after.subj = { kind: 'entity', s: ents[p].s, e: ents[p].e, ent: p, name: '' };
      out.push(mkAttr('inverted', cue, tok.s, tok.e, after.subj, after.appo, b, -1, -1, si, true, direct, tok.s));
    }
  }
  resetSubjectIndex();
  breakToks = colonToks = null;
  if (breakAt.length > 1 << 16) breakAt = new Int32Array(0); // not held after a huge paragraph
  if (colonAt.length > 1 << 16) colonAt = new Int32Array(0);
  return out;
}

/** `"...," Lee shot back.`: any finite verb after a sentence-opening quote and its subject (verbAfterQuote.ts), when
 *  nothing but adjuncts follows it, is a weak inverted attribution. */
function anyVerbAfterQuote(cx: Ctx, i: number): void {
  const f = verbAfterQuote(cx.toks, cx.ents, i, cx.sn, (t1) => entEndingAtTok(cx, t1));
  if (!f || !/^(?:end|adjunct)$/.test(afterCue(cx.toks, cx.ents, f.verbEnd, cx.sn.t1))) return;
  const tok = cx.toks[i];
  const at = mkAttr('inverted', tok.lower, tok.s, tok.e, f.subj, null, boundaryBefore(cx.toks, tokIndexAt(cx.toks, f.start)), -1, -1, cx.si, true, true, f.start);
  at.weak = true;
  cx.out.push(at);
}

/** The name candidate whose last token ends right before token `t1` (a per-paragraph index, made on first use), or -1. */
function entEndingAtTok(cx: Ctx, t1: number): number {
  if (!cx.byEnd) {
    cx.byEnd = new Map();
    for (let k = 0; k < cx.ents.length; k++) {
      const c = cx.ents[k];
      if (c.t0 < 0 || c.type === 'date' || c.type === 'money' || c.type === 'percent' || c.type === 'group') continue;
      if (!cx.byEnd.has(c.t1)) cx.byEnd.set(c.t1, k);
    }
  }
  return cx.byEnd.get(t1) ?? -1;
}

/** `"...," Ann Lee, 30, of Dover, who was polled, said on Monday.`: a long appositive between the name and a cue that
 *  closes its sentence (looseSubjects.ts); true when the attribution was added. */
function looseAppositive(cx: Ctx, i: number): boolean {
  const { toks, ents, sn, si } = cx;
  const ac = afterCue(toks, ents, i, sn.t1);
  if (ac !== 'end' && ac !== 'adjunct') return false;
  const f = appositiveSubjectBefore(toks, ents, i, sn);
  if (!f) return false;
  const tok = toks[i];
  cx.out.push(mkAttr('inverted', tok.lower, tok.s, tok.e, f.subj, f.appo, f.b, -1, -1, si, true, true, f.start));
  return true;
}

/** `in the words of the Crown prosecutor, Mark Tedeschi, QC, "..."` (the cue word `words` at token i). */
function inTheWordsOf(cx: Ctx, i: number): void {
  const { text, toks, ents, sn, si } = cx;
  let found: ReturnType<typeof subjectAfter> = null;
  for (let k = i + 2; k < sn.t1 && k < i + 14; k++) {
    found = subjectAfter(text, toks, ents, k, sn.t1);
    if (found && found.subj.kind === 'entity' && ents[found.subj.ent].type === 'person') break;
    found = null;
  }
  if (!found) return;
  // The quote starts after the name and its short post-modifiers (`, QC,`).
  const e0 = ents[found.subj.ent].t1;
  let c = e0;
  for (let k2 = e0; k2 < sn.t1 && k2 <= e0 + 6; k2++) if (toks[k2].t === ',' || toks[k2].t === ':' || isQuoteChar(toks[k2].t)) c = k2 + 1;
  while (c < sn.t1 && (toks[c].t === ',' || toks[c].t === ':' || isQuoteChar(toks[c].t))) c++;
  const at = mkAttr('preposed', 'in the words of', toks[i - 2].s, toks[i + 1].e, found.subj, null, -1, c < sn.t1 ? toks[c].s : sn.e, contentEnd(toks, c, sn), si, false, true, toks[i - 2].s);
  at.intro = true;
  cx.out.push(at);
}

/** `..., according to X.` (inverted) or `According to X, ...` (preposed), the cue `according` at token i. */
/** Prepositions that open a fronted adjunct before `according to` (`For the council, according to Ann Lee, ...`). */
const FRONTED_PREPS = new Set(['for', 'in', 'on', 'at', 'to', 'with', 'among', 'after', 'before', 'since', 'by', 'under']);

function accordingTo(cx: Ctx, i: number): void {
  const { text, toks, ents, sn, si } = cx;
  const tok = toks[i];
  const cue = 'according to';
  const cueE = toks[i + 1].e;
  // (`according to the report`: an unnamed document or organisation.)
  const named = subjectAfter(text, toks, ents, i + 2, sn.t1);
  // (`according to a harbour board memo filed by county counsel Ann Lee.`: the document's author.)
  const author = named ? -1 : documentAuthorAfter(toks, ents, i + 2, sn.t1);
  const doc = named || author >= 0 ? null : unnamedSourceAfter(text, toks, i + 2, sn.t1);
  const authorSubj = author >= 0 ? { subj: { kind: 'entity' as const, s: ents[author].s, e: ents[author].e, ent: author, name: '' }, appo: null, end: ents[author].t1 } : null;
  const after = named ?? authorSubj ?? (doc ? { subj: doc.subj, appo: null, end: doc.end + 1 } : null);
  if (!after) return;
  const b = boundaryBefore(toks, i);
  const endTok = after.subj.kind === 'entity' ? ents[after.subj.ent].t1 : after.end;
  const nx = toks[endTok];
  const c = commaAfterAffiliation(toks, endTok, sn.t1);
  if (b >= 0 && (!nx || endTok >= sn.t1 || nx.t === '.' || trailingAdjunct(toks, endTok, sn.t1))) {
    cx.out.push(mkAttr('inverted', cue, tok.s, cueE, after.subj, after.appo, b, -1, -1, si, true, true, b));
  } else if (c >= 0) {
    const contentS = toks[c + 1]?.s ?? sn.e;
    // (`According to Ann Lee, the ferry ...`, sentence-first or after a fronted `For the council,`: what follows the
    // comma is the content, no appositive of the name.)
    const lead = i === sn.t0 || (toks[i - 1].t === ',' && FRONTED_PREPS.has(toks[sn.t0].lower) && i - sn.t0 <= 8);
    const appo = lead && after.appo && after.appo[1] >= contentS ? null : after.appo;
    cx.out.push(mkAttr('preposed', cue, tok.s, cueE, after.subj, appo, -1, contentS, contentEnd(toks, c + 1, sn), si, false, true, tok.s));
  }
}

/** Tokens scanned back from `put it` for its `as X` (over an appositive, `As Ann Lee, a professor of law at Yale and
 *  author of "...," put it`), and forward for the quote's colon or comma. */
const PUT_BACK = 40;
const PUT_FORWARD = 14;

/** `As Ann Lee, a former harbour master, put it: "..."`, `As the ferry chief put it in a memo, "..."` (the cue word `put`
 *  at token i, `it` after it): the person or organisation after `as` — else the subject right before `put` — speaks the
 *  quote that a colon or a comma after `put it` (and its adjuncts) introduces. */
function putIt(cx: Ctx, i: number): void {
  const { text, toks, ents, sn, si } = cx;
  // The introducer: `:` or `,` then a quotation mark, with no other cue before it.
  let c = -1;
  for (let k = i + 2; k < sn.t1 && k < i + 2 + PUT_FORWARD; k++) {
    const t = toks[k];
    if (t.kind === K.Word && SPEECH_CUES.has(t.lower)) return;
    if (t.kind === K.Punct && (t.t === ':' || t.t === ',')) {
      if (toks[k + 1] && isQuoteChar(toks[k + 1].t)) c = k + 1;
      break;
    }
    if (t.kind === K.Punct && (t.t === '.' || t.t === ';' || isQuoteChar(t.t))) return;
  }
  if (c < 0) return;
  let subj: Subject | null = null;
  let start = -1;
  let appo: [number, number] | null = null;
  for (let k = i - 1; k >= sn.t0 && k >= i - PUT_BACK; k--) {
    const t = toks[k];
    if (t.kind === K.Punct && (t.t === ';' || t.t === ':')) break;
    if (t.kind === K.Word && !t.cap && SPEECH_CUES.has(t.lower)) break;
    if (t.kind !== K.Word || t.lower !== 'as') continue;
    const e = entStartingAt(ents, toks, k + 1);
    if (e < 0 || (ents[e].type !== 'person' && ents[e].type !== 'organization')) break;
    subj = { kind: 'entity', s: ents[e].s, e: ents[e].e, ent: e, name: '' };
    start = t.s;
    break;
  }
  if (!subj) {
    const before = subjectBefore(text, toks, ents, i, sn.t0);
    if (!before || before.subj.kind === 'np' || before.subj.kind === 'collective') return;
    subj = before.subj;
    appo = before.appo;
    start = before.start;
  }
  while (c < sn.t1 && isQuoteChar(toks[c].t)) c++;
  const at = mkAttr('preposed', 'put it', toks[i].s, toks[i + 1].e, subj, appo, -1, c < sn.t1 ? toks[c].s : sn.e, contentEnd(toks, c, sn), si, false, true, start);
  at.intro = true;
  cx.out.push(at);
}

/** `That means a "cold spring" for Vell, forcing her to cut staff, said Ann Lee, a pollster.`: the "appositive" that
 *  `subjectBefore` skipped (or the words after the noun phrase it found and a comma) opens with a participle and its
 *  object (a clause, no noun phrase), and a person's name follows the cue after its comma: the name speaks, not the
 *  noun before the clause. */
const CLAUSE_OBJECT = new Set(['her', 'him', 'them', 'us', 'it', 'the', 'a', 'an', 'his', 'their', 'its', 'up', 'off', 'out', 'to', 'into']);
function participleBeforeName(cx: Ctx, i: number, before: Before): boolean {
  const { toks, ents } = cx;
  if (toks[i - 1]?.t !== ',') return false;
  // (The clause is the skipped appositive, or follows the noun phrase found and its comma.)
  const c = before.appo ? -1 : tokIndexAt(toks, before.subj.e);
  if (!before.appo && toks[c]?.t !== ',') return false;
  const a = before.appo ? tokIndexAt(toks, before.appo[0]) : c + 1;
  // (A verb with its object or particle, `forcing her`, `leaving the`; not a role modifier, `acting director`.)
  if (a < 0 || toks[a].cap || !toks[a].lower.endsWith('ing') || toks[a].lower.length < 6 || !CLAUSE_OBJECT.has(toks[a + 1]?.lower ?? '')) return false;
  const e = entStartingAt(ents, toks, i + 1);
  return e >= 0 && ents[e].type === 'person';
}

/** `..., the head of the group, Tweeted on Friday`: Twitter's verb, capitalised as its brand, inside a sentence and
 *  before a lower-case word, is the cue (a headline's `Trump Tweets A Graphic` is not). */
function brandCue(toks: Tok[], i: number, t1: number): boolean {
  const n = toks[i + 1];
  return (toks[i].lower === 'tweeted' || toks[i].lower === 'tweets') && i + 1 < t1 && n.kind === K.Word && !n.cap;
}

type Before = NonNullable<ReturnType<typeof subjectBefore>>;

/** A cue at token i after its subject (`X said ...`, `..., X said.`, `X said: ...`, `X, a former ..., said`): the
 *  attribution's form from what comes before the subject and after the cue. */
function cueAfterSubject(cx: Ctx, i: number, direct: boolean, before: Before): void {
  const { toks, sn, si, out } = cx;
  const tok = toks[i];
  const cue = tok.lower;
  const startTok = tokIndexAt(toks, before.start);
  let b = boundaryBefore(toks, startTok);
  if (b < 0 && before.subj.kind === 'entity') {
    // `, team member Rodaba Noori told the press`: role nouns before the name.
    let k = startTok - 1;
    let n = 0;
    while (k > sn.t0 && n < 4 && toks[k].kind === K.Word && !SPEECH_CUES.has(toks[k].lower) && !PREPS.has(toks[k].lower) && !AUX.has(toks[k].lower) && toks[k].lower !== 'the' && toks[k].lower !== 'and') { k--; n++; }
    if (n > 0 && k >= sn.t0) b = boundaryBefore(toks, k + 1);
    if (b < 0) b = quoteBeforeRole(toks, startTok, sn.t0);
  }
  // Object of `told` (`told The Washington Times`) and adjuncts may follow.
  let k = i + 1;
  let ac = afterCue(toks, cx.ents, i, sn.t1);
  if (ac !== 'introducer') {
    // `Schumer told reporters on Tuesday: We will ...` — a colon soon after the cue; not past another cue (`Lee said as
    // Reyes yelled: ...`: the colon is that cue's, a direct cue such as `yelled` too).
    for (let c = i + 1; c < sn.t1 && c <= i + 8; c++) {
      if (toks[c].t === ':' && toks[c + 1] && (toks[c + 1].cap || isQuoteChar(toks[c + 1].t))) {
        ac = 'introducer';
        k = c;
        break;
      }
      if (toks[c].kind === K.Word && (toks[c].lower === 'that' || SPEECH_CUES.has(toks[c].lower) || DIRECT_CUES.has(toks[c].lower))) break;
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
    return;
  }
  if (b >= 0 && startTok > sn.t0) {
    // `"...," Lee said, a hint of anger in her voice.`: after a closing quotation mark, words after a comma are the
    // attribution's own (not a reported clause).
    const pq = toks[startTok - 1];
    const afterQuote = isQuoteChar(pq.t) || (pq.t === ',' && startTok >= 2 && isQuoteChar(toks[startTok - 2].t));
    if (closes || (afterQuote && toks[k] && toks[k].t === ',')) {
      out.push(mkAttr('inverted', cue, tok.s, tok.e, before.subj, before.appo, b, -1, -1, si, true, direct, before.start));
    } else if (toks[k] && toks[k].t === ',') {
      // `Against that backdrop, foreign policy specialists say, the U.S. ...`
      const cs = toks[k + 1]?.s ?? sn.e;
      out.push(mkAttr('parenthetical', cue, tok.s, tok.e, before.subj, before.appo, -1, cs, contentEnd(toks, k + 1, sn), si, false, direct, before.start));
    } else {
      out.push(mkAttr('preposed', cue, tok.s, tok.e, before.subj, before.appo, -1, contentStart(toks, k, sn), contentEnd(toks, k, sn), si, false, direct, before.start));
    }
    return;
  }
  if (closes && !(toks[k] && (toks[k].t === ':' || isQuoteChar(toks[k].t))) && bareAttribution(cx, i, direct, before)) return;
  preposedClause(cx, i, k, ac, direct, before);
}

/** `Mr. Blinken said.` — a bare attribution sentence (or one ending in adjuncts): true when it is one (and added). */
function bareAttribution(cx: Ctx, i: number, direct: boolean, before: Before): boolean {
  const { toks, sn, si } = cx;
  const tok = toks[i];
  const first = tokIndexAt(toks, before.start);
  if (cx.leadSent !== si) {
    // The quotation marks opening the sentence, counted once per sentence (not once per cue).
    cx.leadSent = si;
    cx.leadEnd = sn.t0;
    while (cx.leadEnd < sn.t1 && toks[cx.leadEnd].kind === K.Punct && isQuoteChar(toks[cx.leadEnd].t)) cx.leadEnd++;
  }
  if (cx.leadEnd < first) return false;
  cx.out.push(mkAttr('bare', tok.lower, tok.s, tok.e, before.subj, before.appo, sn.s, -1, -1, si, true, direct, before.start));
  return true;
}

/** `X said (on Thursday) (that) ...`: a preposed attribution of the reported clause after the cue; and
 *  `X told Sky News any process must be well thought out: Moves to ...` — a colon introduces a quote. */
function preposedClause(cx: Ctx, i: number, k: number, ac: AfterCue, direct: boolean, before: Before): void {
  const { toks, sn, si, out } = cx;
  const tok = toks[i];
  const cue = tok.lower;
  if (ac === 'clause' && direct) {
    const c = i + 1 >= sn.t1 ? i + 1 : Math.min(sn.t1, colonAfter(toks, i + 1));
    if (c + 1 < sn.t1 && toks[c + 1].cap && !openerClosesBefore(toks, sn, i, tokIndexAt(toks, before.start), c)) {
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
