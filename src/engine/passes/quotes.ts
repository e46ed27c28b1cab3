// Pass 3, quotes: paragraph by paragraph, the quotes between quotation marks (or, in a document without marks, the
// stripped ones: see stripped.ts) with their speakers (speakers.ts), carrying open quotes and introductions from one
// paragraph to the next; then marked spans that are no speech are dropped, and quote chains over paragraph ends take
// the speaker of a later part.
import type { Attr, Seg } from '../attribution';
import { type DocState, How, type ParaData, type QuoteBuild, type Unit } from './state';
import { describedRightBefore, mainClause } from './sentenceSubject';
import { reportsClause, speechSentenceBefore, subjectSpeaks } from './clauseSpeakers';
import { addUnitQuote, applyAttr, inheritSpeaker, newQuote, sentenceSpeaker, setSpeaker, speakingEnt, subClauseSpeaker, subjectOfSentence } from './speakers';
import { COMMA_CLOSE, inOpener, nearestAttr, notSpeech, segFacts } from './quoteAttrs';
import { introSubject } from './introSubject';
import { promptedToSpeak } from './promptedTo';
import { workTitle } from './workTitles';
import { strippedParagraph } from './stripped';
import { fragmentQuotes } from './fragments';
import { gradeVoiceless } from './strippedVoiceless';
import { joinTouching } from './strippedJoin';
import { dashSigned, pullSigner } from './signature';
import { transcriptLabel } from './transcriptLabel';
import { verblessLead } from './verblessLead';
import { headlineLabel } from './headlineLabel';
import { quoteNamedAfter } from './quoteNamedAfter';
import { candStart, sentOf, tokStart, trimEnd, upperBound, wordsAtLeast } from './util';
import { clauseSubjectBefore } from '../paragraph/clauseSubjects';
import { SPEECH_CUES } from '../lexicon';
import { K } from '../tokens';

/** What one paragraph hands to the next. */
export interface Carry {
  /** The last quote of the previous paragraph when its quotation mark was left open. */
  prevUnclosed: QuoteBuild | null;
  /** The last quote of the previous paragraph. */
  prevLast: QuoteBuild | null;
  /** A stripped quote introduced at the end of the previous paragraph (`X said, ...`): it may go on. */
  pendingIntro: QuoteBuild | null;
  /** The previous paragraph ended with its cue (`X stated,`): the whole next paragraph is quoted. */
  pendingWhole: boolean;
  /** What the paragraph being read hands on as `pendingIntro` / `pendingWhole`. */
  openIntro: QuoteBuild | null;
  openWhole: boolean;
  /** The previous paragraph ended with a preposed cue and nothing after it (`Rathbun stated:`). */
  prevEndCue: { at: Attr; ui: number } | null;
  /** The previous paragraph (its unit) ends with a colon outside any quote (`He listed the questions:`), or -1. */
  prevColon: number;
  /** The previous paragraph has no quotation marks and its last sentence reports a named person's speech (`Reyes
   *  said that ...`): that attribution, for a paragraph that is one whole quote after it. */
  prevReport: { at: Attr; ui: number } | null;
  /** The previous paragraph (its unit) when it has no quotation marks, or -1. */
  prevPlain: number;
}

/** The quotes pass: fills quotes and unitQuotes, marks speaking actors. */
export function quotesPass(st: DocState): void {
  st.markedDoc = hasMarkedQuote(st);
  const carry: Carry = { prevUnclosed: null, prevLast: null, pendingIntro: null, pendingWhole: false, openIntro: null, openWhole: false, prevEndCue: null, prevColon: -1, prevReport: null, prevPlain: -1 };
  if (st.markedDoc) {
    // A document with quotation marks: a paragraph without them finds no quote and hands on only what its own analysis
    // says (`handOn` with no quotes), so only the paragraphs with marks are read, each after the hand-on of the
    // paragraph before it when that one has none.
    const none: QuoteBuild[] = [];
    let last = -1;
    for (const ui of st.segPos) {
      if (ui > 0 && ui - 1 !== last && st.units[ui - 1].index >= 0) handOn(st, ui - 1, carry, none);
      quotesOf(st, ui, carry);
      last = ui;
    }
  } else {
    for (const ui of st.bodyPos) quotesOf(st, ui, carry);
  }
  chainsOverParagraphs(st);
}

/** One paragraph's quotes with their speakers, settled; then what it hands to the next paragraph. */
function quotesOf(st: DocState, ui: number, carry: Carry): void {
  const u = st.units[ui];
  const paraQuotes: QuoteBuild[] = [];
  st.curPara = paraQuotes;
  if (u.data.segs.length) markedParagraph(st, ui, carry, paraQuotes);
  else if (!st.markedDoc) {
    strippedParagraph(st, ui, carry, paraQuotes);
    fragmentQuotes(st, ui, paraQuotes);
    joinTouching(st.text, paraQuotes);
    gradeVoiceless(st.text, paraQuotes);
  }
  dropNonSpeech(st, u, paraQuotes);
  for (const q of paraQuotes) {
    q.e = trimEnd(st.text, q.s, q.e);
    if (q.e > q.s) { st.quotes.push(q); addUnitQuote(st, ui, q); q.index = st.quotes.length - 1; }
    if (q.actorKey) st.actors.get(q.actorKey)!.speaker = true;
  }
  handOn(st, ui, carry, paraQuotes);
}

/** What paragraph `ui`, whose quotes are `paraQuotes`, hands to the next one. */
function handOn(st: DocState, ui: number, carry: Carry, paraQuotes: readonly QuoteBuild[]): void {
  const u = st.units[ui];
  const d = u.data;
  const lastSeg = d.segs[d.segs.length - 1];
  const lastQ = paraQuotes[paraQuotes.length - 1];
  carry.prevUnclosed = lastSeg && !lastSeg.closed && lastQ && lastQ.e >= u.start + lastSeg.s ? lastQ : null;
  carry.prevLast = paraQuotes.length ? paraQuotes[paraQuotes.length - 1] : null;
  carry.pendingIntro = carry.openIntro;
  carry.pendingWhole = carry.openWhole;
  const lastAttr = d.attrs[d.attrs.length - 1];
  carry.prevEndCue = lastAttr && lastAttr.form === 'preposed' && lastAttr.intro && lastAttr.contentS >= u.end - u.start ? { at: lastAttr, ui } : null;
  carry.openIntro = null;
  carry.openWhole = false;
  carry.prevColon = endsWithColon(st.text, u) && !(lastQ && lastQ.e >= u.end - 2) ? ui : -1;
  carry.prevReport = !d.segs.length && lastAttr && reportsSpeech(lastAttr, d.sents.length - 1) ? { at: lastAttr, ui } : null;
  carry.prevPlain = d.segs.length ? -1 : ui;
}

/** An attribution in the last sentence of its paragraph that reports a named person's speech (`Reyes said that ...`,
 *  `Reyes argued in his email, ...`, `Reyes elaborated in a piece that ...`). */
function reportsSpeech(at: Attr, lastSent: number): boolean {
  return at.sent === lastSent && at.direct && at.subject.kind === 'entity' && (at.form === 'preposed' || at.form === 'parenthetical');
}

function endsWithColon(text: string, u: Unit): boolean {
  let e = u.end;
  while (e > u.start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return e > u.start && text.charCodeAt(e - 1) === 58;
}

/** A body paragraph has a closed quotation of two words or more: the document marks its quotes. */
function hasMarkedQuote(st: DocState): boolean {
  for (const ui of st.segPos) {
    const u = st.units[ui];
    for (const s of u.data.segs) if (s.closed && wordsAtLeast(st.text, u.start + s.s, u.start + s.e, 2)) return true;
  }
  return false;
}

/** The quotes of a paragraph with quotation marks, each with its speaker. */
export function markedParagraph(st: DocState, ui: number, carry: Carry, paraQuotes: QuoteBuild[]): void {
  const { text } = st;
  const u = st.units[ui];
  const d = u.data;
  for (const sg of d.segs) {
    // (A lead is a quote left open by the paragraph before; not a pull quote's signature: `Ann Lee, Harbour Trust."`.)
    if (sg.lead && (!carry.prevUnclosed || (ui > 0 && pullSigner(st, ui - 1)))) continue;
    const q = newQuote(st, ui, u.start + sg.s, u.start + sg.e, true, sg);
    const facts = sg.memo ??= segFacts(text, u.start, d, sg);
    if (facts.partial) q.kind = 'partial';
    // Attribution right after the closing mark, or right before the opening mark; a clause of the sentence may name
    // the speaker rather (`own`).
    let own = false;
    if (facts.after) {
      // (`Lee, citing "...," said the candidate could win`: the sentence's subject.)
      own = reportsClause(text, u.start, facts.after) && subjectSpeaks(st, q, ui, sg.open);
      if (!own) applyAttr(st, q, facts.after, ui, How.After);
    } else if (facts.before) {
      // (`Aides said they feared a repeat, when Quill called for a "..."`: a later clause's own speaker, else the cue's.)
      own = facts.before.form === 'preposed' && subClauseSpeaker(st, q, ui, facts.before.cueE, sg.open);
      if (own) q.how = How.Subject;
      else applyAttr(st, q, facts.before, ui, How.Before);
    }
    // (`"Ruth Vell: Seriously, ..."`: a transcript line labelled with its speaker.)
    // (`"..." That quote from Tom Arden appeared ...`: the next sentence names its speaker.)
    const labelled = !q.attr && !own && ((sg.atStart && !paraQuotes.length && transcriptLabel(st, q, ui, sg)) || quoteNamedAfter(st, q, ui, sg));
    if (!q.attr && !own && !labelled) {
      const prev = paraQuotes[paraQuotes.length - 1];
      // (`Lee called it "a." Reyes called it "b."`: a name and a speech or naming verb in the quote's own sentence win.)
      if (prev && prev.actorKey && sentOfAbs(u, q.s) !== sentOfAbs(u, prev.s) && sentenceSpeaker(st, q, ui, sg.open)) q.how = How.Subject;
      // (`While Lee calls it "a," Wren fixes on "b."`: the earlier quote's cue is in the opening clause; the main
      // clause's subject speaks.)
      else if (prev && prev.actorKey && prev.attr && prev.attrUnit === ui && prev.attr.form === 'preposed' && inOpener(d, prev.attr, sg.open)) subjectOfSentence(st, q, ui, sg.open);
      else if (prev && prev.actorKey && !(sentOfAbs(u, q.s) !== sentOfAbs(u, prev.s) && ownSubject(st, q, ui, sg.open, prev.actorKey))) {
        // (`"...," Lee said as the heckler yelled: "..."`: a description's own cue right before the quote.)
        if (!describedRightBefore(st, q, ui, prev.e - u.start, sg.open)) inheritSpeaker(q, prev, How.ContinuationAfterAttribution, 0.9);
      } else if (prev && prev.actorKey) {
        // (The sentence's own subject speaks; a colon right before the quote may name it more closely.)
        if (colonBefore(text, u.start, sg.open)) colonSubject(st, q, ui, sg.open);
      }
      else if (sg.atStart && !paraQuotes.length && !d.attrs.length && d.segs.length === 1 && sg.closeEnd >= u.end - u.start - 1 && dashSigned(st, q, ui)) {
        // `"..."` then a paragraph `- Ann Lee.`: the name signs the quote.
      } else if (sg.atStart && carry.prevEndCue && !paraQuotes.length) {
        // `Rathbun stated:` ended the previous paragraph; this one opens with the quote.
        applyAttr(st, q, carry.prevEndCue.at, carry.prevEndCue.ui, How.Before);
        q.confidence = 0.85;
      } else if (sg.atStart && carry.prevColon >= 0 && !paraQuotes.length) {
        // `He listed the questions:` ended the previous paragraph; this one opens with the quote: the subject of that
        // sentence speaks.
        const pu = st.units[carry.prevColon];
        subjectOfSentence(st, q, carry.prevColon, st.text.lastIndexOf(':', pu.end) - pu.start);
      } else if (sg.atStart && carry.prevReport && !paraQuotes.length && attrsInside(d, sg) && d.segs.length === 1 && sg.closeEnd >= u.end - u.start - 1 &&
        !notSpeech(text.slice(q.s, q.e), sg.s, d)) {
        // `Carter said that the region matters.` then a paragraph that is one whole quote: Carter goes on.
        applyAttr(st, q, carry.prevReport.at, carry.prevReport.ui, How.ContinuationFromPrevious);
        q.confidence = 0.6;
      } else if (sg.atStart && carry.prevPlain >= 0 && !paraQuotes.length && attrsInside(d, sg) && d.segs.length === 1 && sg.closeEnd >= u.end - u.start - 1 &&
        !notSpeech(text.slice(q.s, q.e), sg.s, d)) {
        plainSubject(st, q, carry.prevPlain);
      } else if (sg.atStart && carry.prevUnclosed && carry.prevUnclosed.actorKey) inheritSpeaker(q, carry.prevUnclosed, How.ContinuationFromPrevious, 0.85);
      else if (sg.atStart && carry.prevUnclosed) q.chainPrev = carry.prevUnclosed.index;
      else if (colonBefore(text, u.start, sg.open)) {
        // (`Then, later that month on the radio: "..."`: a lead-in of time and place goes on with the last speaker.)
        const pl = carry.prevLast;
        if (!paraQuotes.length && pl && pl.actorKey && pl.unit !== ui && verblessLead(d, sg.open)) inheritSpeaker(q, pl, How.ContinuationFromPrevious, 0.75);
        else colonSubject(st, q, ui, sg.open);
      } else if (sg.atStart && !paraQuotes.length) headlineLabel(st, q, ui);
    }
    paraQuotes.push(q);
  }
  // A later attribution in the paragraph covers earlier unattributed quotes before it (`"A." "B," he said.`).
  for (let k = paraQuotes.length - 2; k >= 0; k--) {
    const q = paraQuotes[k];
    const next = paraQuotes[k + 1];
    if (!q.actorKey && !q.attr && next.actorKey && next.how === How.After && sentOfAbs(u, q.s) >= sentOfAbs(u, next.s) - 1) {
      inheritSpeaker(q, next, How.AfterFollowingQuote, 0.8);
    }
  }
  // A paragraph that opens with an unattributed quote continues the previous paragraph's last speaker (whether that
  // last quote was a whole sentence or a fragment).
  const first = paraQuotes[0];
  const prevLast = carry.prevLast;
  if (first && !first.actorKey && !first.attr && d.segs[0].atStart && prevLast && prevLast.actorKey && prevLast.unit !== ui) {
    const later = paraQuotes.slice(1).some((x) => x.attr);
    if (!later) {
      inheritSpeaker(first, prevLast, How.ContinuationFromPrevious, 0.75);
      for (const q of paraQuotes.slice(1)) if (!q.actorKey && !q.attr) inheritSpeaker(q, first, How.ContinuationAfterAttribution, 0.9);
    }
  }
  // Still unattributed: the nearest attribution in the same paragraph.
  for (const q of paraQuotes) {
    if (q.actorKey || q.attr) continue;
    const at = nearestAttr(d, q.s - u.start);
    // (`Reyes called Lee "reckless." Wren said ...`: a name and a speech or naming verb in the quote's own sentence
    // win over an attribution of another sentence.)
    // (`Dorn calls the levy "a trap" and Lusk says it is fair`: a preposed cue after the quote reports the clause after
    // it, not the quote; the name before the quote with its own naming verb wins there too.)
    const laterClause = !!at && !!q.seg && at.form === 'preposed' && at.cueS >= q.seg.closeEnd;
    if (at && q.seg && (at.sent !== sentOfAbs(u, q.s) || laterClause) && sentenceSpeaker(st, q, ui, q.seg.open)) { q.how = How.Subject; continue; }
    // (`Lee and Reyes tweeted their approval. Wren, a senator, tweeted a warning. "..."`: the sentence right before
    // speaks, not an attribution further back.)
    if (at && q.seg && at.sent < sentOfAbs(u, q.s) - 1 && speechSentenceBefore(st, q, ui, q.seg.open)) continue;
    if (at && q.seg && at.sent !== sentOfAbs(u, q.s)) {
      subjectOfSentence(st, q, ui, q.seg.open);
      if (q.actorKey) continue;
      q.how = How.None;
      q.speakerSpan = null;
    }
    if (at) {
      applyAttr(st, q, at, ui, How.Elsewhere);
      q.confidence *= 0.6;
    }
  }
  // Still unattributed, inside a sentence that began before it: the sentence's subject speaks
  // (`Okafor criticised the plan, calling it "..."`, `Reyes has described Okafor as "..."`, `He then joked, "..."`).
  for (const q of paraQuotes) {
    if (q.actorKey || q.attr || !q.seg) continue;
    // (`The survey prompted Ruth Vell to state, "..."`: the object of `prompted` speaks, not the subject.)
    if (promptedToSpeak(st, q, ui, q.seg.open)) continue;
    subjectOfSentence(st, q, ui, q.seg.open);
    // (`But he wanted to know, "..."`, `At the time, she released a statement saying, "..."`.)
    if (!q.actorKey && !q.speakerSpan) introSubject(st, q, ui, q.seg.open);
    if (!q.actorKey && !q.speakerSpan) previousSubject(st, q, ui, q.seg.open);
  }
}

/** A paragraph that is one whole quote with no attribution, after a paragraph without quotation marks: the person
 *  the previous paragraph's last sentence is about (its subject, a name or a `he`/`she` resolved) goes on speaking
 *  (`Lind is upbeat about the pier, because she sees it as a bridge.` / `"It will pay for itself."`), as a guess. */
function plainSubject(st: DocState, q: QuoteBuild, pui: number): void {
  const d = st.units[pui].data;
  const conf = q.confidence;
  for (const si of d.sents.length > 1 ? [d.sents.length - 1, 0] : [0]) {
    const sn = d.sents[si];
    if (sn.t1 - sn.t0 < 2) continue;
    subjectOfSentence(st, q, pui, d.toks[sn.t1 - 1].s);
    const a = q.actorKey ? st.actors.get(q.actorKey) : undefined;
    if (a && a.type === 'person') {
      q.how = How.ContinuationFromPrevious;
      q.confidence = Math.min(q.confidence, 0.45);
      return;
    }
    q.actorKey = null;
    q.speakerSpan = null;
    q.how = How.None;
    q.confidence = conf;
  }
}

/** A quote that opens a sentence after the paragraph's first, with no attribution in the paragraph and no quote
 *  before it that has a speaker: the subject of the sentence before speaks (`Lee stayed home and repainted the lamp room.
 *  "Paint is cheaper than shouting."`), less surely. */
function previousSubject(st: DocState, q: QuoteBuild, ui: number, open: number): void {
  const d = st.units[ui].data;
  const si = sentOf(d, open);
  const sn = d.sents[si];
  if (si === 0 || !sn || open - sn.s >= 2 || d.attrs.length) return;
  const prev = d.sents[si - 1];
  subjectOfSentence(st, q, ui, d.toks[Math.max(prev.t0, prev.t1 - 1)].s);
  if (q.actorKey) q.confidence = Math.min(q.confidence, 0.45);
  else q.speakerSpan = null;
}

/** Whether every attribution of the paragraph is inside the quote `sg` with a pronoun subject (`"..., as they say in
 *  sailing, ..."`, `"I told him ..."`: the quote's own words, no attribution of it). A named subject inside (`"... Lee
 *  said the pier ..."`) may be a quoted report, whose speaker is no one's going on. */
function attrsInside(d: ParaData, sg: Seg): boolean {
  for (const at of d.attrs) if (at.cueS < sg.s || at.cueE > sg.e || !at.subject || at.subject.kind !== 'pronoun') return false;
  return true;
}

/** Whether a colon comes right before the opening mark at paragraph offset `open`. */
function colonBefore(text: string, base: number, open: number): boolean {
  return /:\s*$/.test(text.slice(Math.max(base, base + open - 3), base + open));
}

/** A quote inside a later sentence than the paragraph's previous quote, whose own sentence has a subject before it
 *  with a verb of its own, other than that quote's speaker (`"...," said Wren. Okafor disagreed: "..."`, `Sen. Ann Lee
 *  (D-Maine) called the fares "a scandal."`, `For families, she said, the fares are "..."` with `she` not Wren): the
 *  subject speaks, not the previous speaker. A subject that resolves to the previous speaker (`He called it "..."`)
 *  changes nothing. True when the subject was set. */
function ownSubject(st: DocState, q: QuoteBuild, ui: number, open: number, prevKey: string): boolean {
  const conf = q.confidence;
  subjectOfSentence(st, q, ui, open);
  const span = q.speakerSpan;
  if (q.actorKey && q.actorKey !== prevKey && span && ownClause(st, ui, span, open)) return true;
  q.actorKey = null;
  q.speakerSpan = null;
  q.how = How.None;
  q.confidence = conf;
  return false;
}

/** Whether the subject at `span` heads a clause of its own before the quote opening at `open`: no pronoun subject
 *  before it in the sentence (`In 2011, he accused Fed Chair Ann Lee of trying to "..."`), and a verb after it, not a
 *  coordination or the quote itself (`Lee and Reyes "were stiff"`, `Lee "misspoke"`: the quote says something about the
 *  name). */
function ownClause(st: DocState, ui: number, span: { start: number; end: number }, open: number): boolean {
  const u = st.units[ui];
  const d = u.data;
  const sn = d.sents[sentOf(d, open)];
  for (let k = sn.t0; k < sn.t1 && u.start + d.toks[k].s < span.start; k++) if (SUBJECT_PRONOUNS.has(d.toks[k].lower)) return false;
  for (let k = upperBound(d.toks, span.end - u.start - 1, tokStart); k < sn.t1 && d.toks[k].s < open; k++) {
    const t = d.toks[k];
    if (t.kind === K.Word && !t.cap) return t.lower !== 'and' && t.lower !== 'or';
  }
  return false;
}
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/** `X said: "...` — a colon before the quote. A person's name right before the colon labels the quote (`Republican
 *  pollster Ann Lee: "..."`, `Rep. Ann Lee (R-S.C.):"..."`); else the subject of the clause before the colon
 *  (clauseSubjects.ts: `Lee, who ..., is shown lecturing:`, `..., Lee responded with a phrase:`); else the first name of
 *  the sentence before the mark that is a person's or an organisation's speaks (candidates are in text order: from the
 *  sentence's first to the mark). */
function colonSubject(st: DocState, q: QuoteBuild, ui: number, open: number): void {
  const d: ParaData = st.units[ui].data;
  const sn = d.sents[sentOf(d, open)];
  const ents = d.ents;
  const ct = colonToken(d, open, sn);
  if (ct > sn.t0) {
    // The names that end in the window before the colon, by the token after their last one.
    const byEnd = new Map<number, number>();
    const lo = d.toks[Math.max(sn.t0, ct - COLON_BACK)].s;
    for (let k = upperBound(ents, d.toks[ct].s - 1, candStart) - 1; k >= 0 && ents[k].s >= lo; k--) {
      if (ents[k].t0 >= 0 && (ents[k].type === 'person' || ents[k].type === 'organization' || ents[k].type === 'unknown') && !byEnd.has(ents[k].t1)) byEnd.set(ents[k].t1, k);
    }
    let m = ct;
    if (d.toks[m - 1].t === ')') {
      let c = m - 2;
      while (c > sn.t0 && c >= m - 8 && d.toks[c].t !== '(') c--;
      if (d.toks[c].t === '(') m = c;
    }
    const label = byEnd.get(m);
    const lde = label !== undefined && ents[label].type === 'person' ? speakingEnt(st, ui, label) : undefined;
    if (lde) { setSpeaker(q, lde, How.Before, 0.8); return; }
    const cs = clauseSubjectBefore(d.toks, ents, ct, sn, (t1) => byEnd.get(t1) ?? -1);
    if (cs && cs.subj.kind === 'entity' && !laterCue(d, ents[cs.subj.ent].t1, ct)) {
      const de = speakingEnt(st, ui, cs.subj.ent);
      if (de) { setSpeaker(q, de, How.Before, 0.7); return; }
    }
  }
  // (`Since she backed Reyes, Lee has been an ally, with a message: "..."`: a name of the main clause first, past an
  // opening subordinate clause; then any.)
  const main = mainClause(st, d.toks, sn, open);
  for (const from of main > sn.t0 ? [main, sn.t0] : [sn.t0]) {
    for (let k = upperBound(ents, sn.s - 1, candStart); k < ents.length && ents[k].s < open; k++) {
      const c = ents[k];
      if (c.t0 < from) continue;
      const de = speakingEnt(st, ui, k);
      if (!de) continue;
      setSpeaker(q, de, How.Before, 0.8);
      return;
    }
  }
}
/** Whether a speech cue other than the clause's own verb (the first lower-case word after its subject) stands between
 *  the subject ending before token `from` and the colon at token `to` (`Lee, whose firm ..., said Reyes was ...:` — the
 *  cue's subject is the speaker, found by the scan from the sentence start). */
function laterCue(d: ParaData, from: number, to: number): boolean {
  let verb = false;
  for (let k = from; k < to; k++) {
    const t = d.toks[k];
    if (t.kind !== K.Word || t.cap) continue;
    if (!verb) { verb = true; continue; }
    if (SPEECH_CUES.has(t.lower)) return true;
  }
  return false;
}
/** Tokens looked back from a colon for the name it labels or the subject of its clause, at most. */
const COLON_BACK = 45;

/** The token of the last colon before the opening mark at `open` in its sentence, or -1. */
function colonToken(d: ParaData, open: number, sn: { t0: number; t1: number }): number {
  for (let k = Math.min(sn.t1, upperBound(d.toks, open - 1, tokStart)) - 1; k >= sn.t0 && k >= sn.t0; k--) {
    if (d.toks[k].t === ':') return k;
    if (d.toks[k].s < open - 4) return -1;
  }
  return -1;
}

/** Weakly attributed marked spans that are no speech are dropped (in one pass: a paragraph may have thousands). */
function dropNonSpeech(st: DocState, u: Unit, paraQuotes: QuoteBuild[]): void {
  const { text } = st;
  const d = u.data;
  let kept = 0;
  for (let k = 0; k < paraQuotes.length; k++) {
    const q = paraQuotes[k];
    // (`said on WDUN's "Harbour Talk."`: a title, whatever attribution is near.)
    if (titleKept(text, u, q)) continue;
    const shortOk = q.how === How.Subject || q.how === How.Elsewhere;
    const weakAttr = q.how === How.None || shortOk;
    if (q.marked && weakAttr) {
      if (dashAfter(text, u, q)) continue;
      const facts = q.seg!.memo!;
      // `"..., " the governor said.`: a quote closed by a comma and followed by words goes on with its sentence, so
      // it is no headline even without a recognised attribution.
      // A short fragment with a speaker from its sentence's subject (`She called for more "patience"`) or from an
      // attribution in its paragraph is kept; a title is not.
      if (shortOk) {
        if (notSpeech(text.slice(q.s, q.e), q.s - u.start, d, COMMA_CLOSE.test(text.slice(q.e, q.e + 4)), true)) continue;
      } else {
        facts.notSpeech ??= notSpeech(text.slice(q.s, q.e), q.s - u.start, d, COMMA_CLOSE.test(text.slice(q.e, q.e + 4)));
        if (facts.notSpeech) continue;
      }
    }
    paraQuotes[kept++] = q;
  }
  paraQuotes.length = kept;
}

/** `workTitle`, kept with the quote's segment when the quote spans the segment: all it reads is its paragraph's (the
 *  quote, the text before it and the byline after it, each cut at the paragraph's ends). */
function titleKept(text: string, u: Unit, q: QuoteBuild): boolean {
  if (!q.marked) return false;
  const facts = q.seg?.memo;
  const keep = facts !== undefined && q.s === u.start + q.seg!.s && q.e === u.start + q.seg!.e;
  if (keep && facts.workTitle !== undefined) return facts.workTitle;
  const r = workTitle(text, u, q);
  if (keep) facts.workTitle = r;
  return r;
}

/** A dash after a marked quote's close (`"...," - the mayor`, `"..." — Lee`): a signature, no speech of the text's.
 *  Kept with the quote's segment when the quote ends where the segment does and the text read is all its paragraph's
 *  (the next paragraph may change while this one does not). */
function dashAfter(text: string, u: Unit, q: QuoteBuild): boolean {
  const facts = q.seg?.memo;
  const keep = facts !== undefined && q.e === u.start + q.seg!.e && q.e + 6 <= u.end;
  if (keep && facts.dashAfter !== undefined) return facts.dashAfter;
  const r = /^\s*[\u2014\u2013-]\s/.test(text.slice(q.e, q.e + 6).replace(/^["”'’.,]+/, ''));
  if (keep) facts.dashAfter = r;
  return r;
}

/** Quote chains over paragraph ends whose attribution came in a later paragraph. */
function chainsOverParagraphs(st: DocState): void {
  const quotes = st.quotes;
  for (let k = quotes.length - 1; k >= 0; k--) {
    const q = quotes[k];
    if (q.chainPrev >= 0) {
      const p = quotes[q.chainPrev];
      if (p && !p.actorKey && q.actorKey) inheritSpeaker(p, q, How.ContinuationIntoNext, 0.85);
    }
  }
}

function sentOfAbs(u: Unit, abs: number): number {
  return sentOf(u.data, abs - u.start);
}
