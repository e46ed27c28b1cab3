// The quotes of a paragraph in a document without quotation marks (a stripped seed): inferred from attribution
// clauses (`..., Mr. Clark said at ...`, `..., said William Taylor, ...`, `X said, We ...`), participle cues
// (`..., adding, I would ...`), a first-person text after a colon, and continuations over the sentences after an
// attribution and into the next paragraph.
import type { Attr } from '../attribution';
import { K } from '../tokens';
import { DIRECT_CUES, STRIPPED_CONTRACTIONS } from '../lexicon';
import { type DocState, How, type ParaData, type QuoteBuild, type Unit } from './state';
import { applyAttr, inheritSpeaker, newQuote, subjectOfSentence } from './speakers';
import { quoteOverlaps } from './quoteAttrs';
import type { Carry } from './quotes';
import { upperBound, wordsAtLeast } from './util';
import { FIRST_PERSON, firstPerson, invertedAfterComma, nominalCue, pastTense, speechLike, speechLikeToks } from './strippedSpeech';

export { firstPerson, speechLike };

/** Participles that introduce a quote of the clause's subject (`..., adding, We will ...`). */
const PARTICIPLE_CUES = new Set(['saying', 'adding', 'writing', 'tweeting', 'noting', 'declaring', 'explaining', 'insisting', 'warning', 'arguing', 'asking', 'telling', 'joking', 'quipping']);
/** Words that open a quoted sentence after `adding,` (a pronoun, an article, a discourse word), not a name. */
const FIRST_WORDS = new Set(['i', 'we', 'you', 'it', 'its', 'this', 'that', 'there', 'they', 'he', 'she', 'the', 'a', 'an', 'our', 'my', 'if', 'no', 'yes',
  'all', 'what', 'why', 'how', 'when', 'well', 'look', 'and', 'but', 'so', 'now', 'nobody', 'everybody', 'everyone', 'people', 'thank', 'let', 'another', 'some']);

/** The paragraph being read and what its steps share. */
interface Para {
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
}

/** The stripped quotes of one paragraph, each with its speaker, into `paraQuotes`. */
export function strippedParagraph(st: DocState, ui: number, carry: Carry, paraQuotes: QuoteBuild[]): void {
  const u = st.units[ui];
  const d = u.data;
  carry.openIntro = null;
  const attrs = d.attrs.map((a) => {
    const b = invertedAfterComma(d, a);
    return b < 0 ? a : { ...a, form: 'inverted' as const, boundary: b, closesSentence: true };
  });
  const p: Para = {
    st, ui, u, d, carry, quotes: paraQuotes, lastSentUsed: -1,
    attrSents: new Set(), attrs,
  };
  const fp = new Map<number, [number, number]>();
  for (const a of attrs) if ((a.direct || a.subject.kind !== 'pronoun') && !reportedInSpeech(st.text, u.start, d, a, fp)) p.attrSents.add(a.sent);
  firstPersonAfterColon(p);
  introContinuation(p);
  for (const at of attrs) invertedQuote(p, at);
  nominalInverted(p);
  const overlaps = quoteOverlaps(paraQuotes, d.attrs.length);
  for (const at of d.attrs) preposedQuote(p, at, overlaps);
  participleQuotes(p, overlaps);
  introducedQuotes(p, overlaps);
  for (const at of attrs) firstPersonReported(p, at, overlaps);
}

/** `Ive said many times that I would not say what Reyes said.`, `They told me we had no chance.`: a cue inside a
 *  sentence in the first person reports speech within speech; it does not end a quote that runs over it, as the
 *  narrator's attributions do. (Not the inverted forms: `I disagree, Reyes said.` closes a quote.) */
function reportedInSpeech(text: string, base: number, d: ParaData, a: Attr, fp: Map<number, [number, number]>): boolean {
  if (a.form === 'inverted' || a.form === 'bare') return false;
  // The first and the last first-person word of the sentence, found once per sentence (a sentence may hold thousands
  // of cues).
  let f = fp.get(a.sent);
  if (!f) {
    const sn = d.sents[a.sent];
    const re = new RegExp(FIRST_PERSON.source, 'gu');
    const s = text.slice(base + sn.s, base + sn.e);
    f = [-1, -1];
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const at = sn.s + m.index + (m[0].length > 0 && !/\p{L}/u.test(m[0][0]) ? 1 : 0);
      if (f[0] < 0) f[0] = at;
      f[1] = at;
      if (m[0].length === 0) re.lastIndex++;
    }
    fp.set(a.sent, f);
  }
  if (f[0] >= 0 && f[0] < a.cueE) return true;
  return a.subject.kind === 'pronoun' && (a.subject.name === 'they' || a.subject.name === 'you') && f[1] >= a.cueE;
}

const sentText = (p: Para, si: number): string => p.st.text.slice(p.u.start + p.d.sents[si].s, p.u.start + p.d.sents[si].e);

/** `Sunak ... is forthcoming: The Home Secretary and I are working ...` — a first-person text after a colon in a
 *  sentence that names a person before it. */
function firstPersonAfterColon(p: Para): void {
  const { st, u, d } = p;
  for (let si = 0; si < d.sents.length; si++) {
    const sn = d.sents[si];
    const rel = st.text.slice(u.start + sn.s, u.start + sn.e);
    const m = /:\s+(?=\p{Lu})/u.exec(rel);
    if (!m || p.attrSents.has(si)) continue;
    const cs = sn.s + m.index + m[0].length;
    if (!firstPerson(st.text.slice(u.start + cs, u.start + sn.e))) continue;
    const pe = st.unitEnts[p.ui].find((x) => x.s >= u.start + sn.s && x.e <= u.start + sn.s + m.index && x.type === 'person' && x.actorKey);
    if (!pe) continue;
    let endSent = si + 1;
    while (endSent < d.sents.length && !p.attrSents.has(endSent) && firstPerson(sentText(p, endSent))) endSent++;
    const q = newQuote(st, p.ui, u.start + cs, u.start + d.sents[endSent - 1].e, false);
    q.actorKey = pe.actorKey;
    q.speakerSpan = { start: pe.s, end: pe.e };
    q.how = How.Before;
    q.confidence = 0.55;
    p.quotes.push(q);
    p.lastSentUsed = Math.max(p.lastSentUsed, endSent - 1);
  }
}

/** A quote introduced at the end of the previous paragraph continues over first-person sentences (or, after a cue
 *  that ended the paragraph, over the sentences up to the next attribution). */
function introContinuation(p: Para): void {
  const { st, u, d, carry } = p;
  const intro = carry.pendingIntro;
  const firstDirect = p.attrs.find((a) => a.direct && a.subject.kind !== 'collective' && a.subject.kind !== 'np' && (a.form === 'inverted' || a.form === 'preposed'));
  if (!intro || !d.sents.length || (firstDirect && firstDirect.form === 'inverted')) return;
  let k = 0;
  let lastFp = -1;
  while (k < d.sents.length && !p.attrSents.has(k)) {
    if (firstPerson(sentText(p, k))) lastFp = k;
    k++;
  }
  if (lastFp < 0 && !carry.pendingWhole) k = 0;
  if (k <= 0) return;
  const q = newQuote(st, p.ui, u.start + d.sents[0].s, u.start + d.sents[k - 1].e, false);
  if (p.quotes.some((x) => x.s < q.e && q.s < x.e)) return;
  inheritSpeaker(q, intro, carry.pendingWhole ? How.Before : How.ContinuationFromPrevious, 0.8);
  q.confidence = Math.min(q.confidence, carry.pendingWhole ? 0.65 : 0.55);
  p.quotes.push(q);
  p.lastSentUsed = k - 1;
}

/** `..., Mr. Clark said.` (or `Who pays for it? Reyes said.`): the quote runs back from the attribution over the
 *  sentences that sound like speech, then on over the sentences after it up to the next attribution. */
function invertedQuote(p: Para, at: Attr): void {
  const { st, ui, u, d, carry } = p;
  const { text } = st;
  // `Who pays for it? Reyes said.` — a bare attribution sentence after a question or an exclamation
  // closes the sentences before it like an inverted one.
  const bareAfterQ = at.form === 'bare' && at.direct && at.sent > 0 && /[?!]$/.test(text.slice(u.start + d.sents[at.sent - 1].s, u.start + d.sents[at.sent - 1].e));
  if ((at.form !== 'inverted' && !bareAfterQ) || !at.direct || at.cue === 'according to') return;
  const atSent = bareAfterQ ? at.sent - 1 : at.sent;
  const atBoundary = bareAfterQ ? d.sents[at.sent - 1].e : at.boundary;
  // `..., Reuters reported.` is a paraphrase of a report, not a quote.
  if (/^(reported|reports|wrote|writes)$/.test(at.cue) && at.subject.kind !== 'pronoun') {
    const c = at.subject.kind === 'entity' ? d.ents[at.subject.ent] : null;
    if (!c || c.type !== 'person') return;
  }
  // Plural unnamed sources (`officials said`) paraphrase; a single one (`said one senior official`) may quote.
  if (at.subject.kind === 'collective') return;
  // Content: from the start of the sentence, back over earlier sentences without attributions
  // and without a mention of the speaker (a quote does not name its own speaker).
  const probe = newQuote(st, ui, u.start + d.sents[atSent].s, u.start + atBoundary, false);
  applyAttr(st, probe, at, ui, How.After);
  const spk = probe.actorKey ? st.actors.get(probe.actorKey) : undefined;
  const namesSpeaker = (si: number): boolean => {
    if (!spk) return false;
    const ue = st.unitEnts[ui];
    const lo = u.start + d.sents[si].s;
    const hi = u.start + d.sents[si].e;
    for (let k = upperBound(ue, lo - 1, (x) => x.s); k < ue.length && ue[k].s < hi; k++) if (ue[k].actorKey === spk.key) return true;
    return false;
  };
  let s0 = atSent;
  // Only sentences that sound like speech (first/second person, present tense, modals) join the quote;
  // a past-tense narrative sentence (`The accident occurred at ...`) stops it.
  // (Organisations' statements report events in the past tense, so for them tense is no clue.)
  const narrativeStops = !spk || spk.type === 'person';
  while (s0 - 1 > p.lastSentUsed && !p.attrSents.has(s0 - 1) && !namesSpeaker(s0 - 1) && (!narrativeStops || speechLike(st, d, s0 - 1))) s0--;
  // Sentences with no verb in the past tense (`Underestimation of Cruz.`, `It starts with the governor.`) join it too
  // when, with the others, they run back to the start of the paragraph (or to the quote before).
  if (narrativeStops) {
    let k = s0;
    while (k - 1 > p.lastSentUsed && !p.attrSents.has(k - 1) && !namesSpeaker(k - 1) && !pastTense(st, d, k - 1)) k--;
    if (k === p.lastSentUsed + 1) s0 = k;
  }
  const startOff = d.sents[s0].s;
  const endOff = atBoundary;
  if (endOff - startOff < 12 || !wordsAtLeast(text, u.start + startOff, u.start + endOff, 3)) {
    // `It's fine, Trump said. And much tougher than that is fine.`: too short a quote to stand by itself, but what
    // follows the attribution is still the speaker's.
    if (probe.actorKey && at.subject.kind !== 'np' && spk?.type === 'person') afterAttribution(p, at.sent, probe);
    return;
  }
  const q = newQuote(st, ui, u.start + startOff, u.start + endOff, false);
  q.confidence = atSent - s0 > 0 ? 0.7 : 0.75;
  applyAttr(st, q, at, ui, How.After);
  // A nominal subject that names no known actor (`the group said`, `a friend wrote`): the quote stands, speaker unknown.
  // (Only when it sounds like speech: `The mill closed in 1998, the report said.` is narration.)
  const unnamed = at.subject.kind === 'np' && !q.actorKey && speechLikeToks(st, d, d.sents[s0].t0, upperBound(d.toks, atBoundary - 1, (x) => x.s));
  if ((at.subject.kind === 'entity' || (at.subject.kind === 'np' && !unnamed) || at.subject.name === 'it' || at.subject.name === 'they') && !q.actorKey) return;
  // An organisation or an unnamed source `said` without marks is often a paraphrase: less certain.
  if (q.actorKey && st.actors.get(q.actorKey)?.type !== 'person') q.confidence = Math.min(q.confidence, 0.6);
  if (at.sent === d.sents.length - 1 && q.actorKey && st.actors.get(q.actorKey)?.type === 'person') carry.openIntro = q;
  p.quotes.push(q);
  p.lastSentUsed = at.sent;
  afterAttribution(p, at.sent, q);
}

/** Continuation: the sentences after `X said.` (sentence `atSent`) up to the next attribution are the same speaker's
 *  (an unknown one after `the governor said.`). */
function afterAttribution(p: Para, atSent: number, q: QuoteBuild): void {
  const { st, u, d } = p;
  const s1 = atSent + 1;
  let e1 = s1;
  while (e1 < d.sents.length && !p.attrSents.has(e1)) e1++;
  // (Before a later attribution, only sentences that sound like speech: `A, X said. We will. B, X added.`)
  let midOk = e1 < d.sents.length;
  for (let k = s1; midOk && k < e1; k++) if (!speechLike(st, d, k)) midOk = false;
  if (!(e1 > s1 && (e1 === d.sents.length || midOk) && (q.actorKey || (q.speakerSpan && q.attr?.subject.kind !== 'pronoun')))) return;
  const cs = d.sents[s1].s;
  const ce = d.sents[e1 - 1].e;
  if (!wordsAtLeast(st.text, u.start + cs, u.start + ce, 4)) return;
  const c = newQuote(st, p.ui, u.start + cs, u.start + ce, false);
  inheritSpeaker(c, q, How.ContinuationAfterAttribution, 0.8);
  c.confidence = Math.min(c.confidence, 0.6);
  p.quotes.push(c);
  p.lastSentUsed = e1 - 1;
}

/** `..., the governor said.` / `..., said a friend.`: an attribution to a noun phrase that names no actor (a title, a
 *  role, a document) which the clause finder leaves out. When the text before it sounds like speech, it is kept as a
 *  quote with its cue and the noun phrase as the speaker mention, but no speaker (so the confidence of a quote
 *  without a speaker). */
function nominalInverted(p: Para): void {
  const { st, ui, u, d } = p;
  let withAttr: Set<number> | null = null;
  for (let si = p.lastSentUsed + 1; si < d.sents.length; si++) {
    const sn = d.sents[si];
    const m = nominalCue(d.toks, sn);
    if (!m || !speechLikeToks(st, d, sn.t0, m.comma)) continue;
    withAttr ??= new Set(d.attrs.map((a) => a.sent));
    if (withAttr.has(si)) continue;
    let s0 = si;
    while (s0 - 1 > p.lastSentUsed && !withAttr.has(s0 - 1) && speechLike(st, d, s0 - 1)) s0--;
    const cs = u.start + d.sents[s0].s;
    const ce = u.start + d.toks[m.comma].s;
    if (ce - cs < 12 || !wordsAtLeast(st.text, cs, ce, 3)) continue;
    const q = newQuote(st, ui, cs, ce, false);
    if (p.quotes.some((x) => x.s < q.e && q.s < x.e)) continue;
    q.how = How.After;
    q.cue = d.toks[m.cue].lower;
    q.cueSpan = { start: u.start + d.toks[m.cue].s, end: u.start + d.toks[m.cue].e };
    q.speakerSpan = { start: u.start + d.toks[m.np0].s, end: u.start + d.toks[m.np1 - 1].e };
    q.confidence = 0.5;
    p.quotes.push(q);
    p.lastSentUsed = si;
    afterAttribution(p, si, q);
  }
}

type Overlaps = ReturnType<typeof quoteOverlaps>;

/** `X said, We ...` / `X said: ...` / `X said All those ...`: the quote runs to the next attribution. */
function preposedQuote(p: Para, at: Attr, overlaps: Overlaps): void {
  const { st, ui, u, d, carry } = p;
  if (at.form !== 'preposed' || !at.intro || !at.direct) return;
  if (at.subject.kind === 'collective' || at.subject.kind === 'np') return;
  let endSent = at.sent + 1;
  while (endSent < d.sents.length && !p.attrSents.has(endSent)) endSent++;
  const endOff = endSent < d.sents.length ? d.sents[endSent - 1].e : u.end - u.start;
  const q = newQuote(st, ui, u.start + at.contentS, u.start + endOff, false);
  if (at.contentS >= u.end - u.start) {
    // The cue ends the paragraph (`Rathbun stated,`): the next paragraph is the quote.
    applyAttr(st, q, at, ui, How.Before);
    if (q.actorKey) { carry.openIntro = q; carry.openWhole = true; }
    return;
  }
  if (q.e - q.s < 3 || overlaps.test(q)) return;
  q.confidence = 0.75;
  applyAttr(st, q, at, ui, How.Before);
  if (!q.actorKey && at.subject.kind === 'entity') return;
  p.quotes.push(q);
  overlaps.add(q);
  if (endSent >= d.sents.length && q.actorKey) carry.openIntro = q;
}

/** `..., writing: The bridge stays closed ...`, `..., adding, I would rather ...`: a participle cue, then a colon or a
 *  comma and a capitalised word, introduces a quote (to the end of its sentence) of the sentence's subject. At most
 *  one per sentence. */
function participleQuotes(p: Para, overlaps: Overlaps): void {
  const { st, ui, u, d } = p;
  let nextAttr: Int32Array | null = null;
  for (let si = 0; si < d.sents.length; si++) {
    const sn = d.sents[si];
    for (let i = sn.t0 + 1; i + 2 < sn.t1; i++) {
      const t = d.toks[i];
      if (t.kind !== K.Word || !PARTICIPLE_CUES.has(t.lower)) continue;
      const mark = d.toks[i + 1];
      const next = d.toks[i + 2];
      if ((mark.t !== ',' && mark.t !== ':') || !next.cap || next.kind !== K.Word) continue;
      if (mark.t === ',' && !FIRST_WORDS.has(next.lower)) continue;
      // After a colon the quote goes on over the following sentences up to the next attribution.
      // (The next attribution sentence after si, computed once per paragraph from the end: linear.)
      if (!nextAttr) {
        nextAttr = new Int32Array(d.sents.length + 1);
        nextAttr[d.sents.length] = d.sents.length;
        for (let k = d.sents.length - 1; k >= 0; k--) nextAttr[k] = p.attrSents.has(k) ? k : nextAttr[k + 1];
      }
      const endSent = nextAttr[si + 1];
      const q = newQuote(st, ui, u.start + next.s, u.start + (mark.t === ':' ? d.sents[endSent - 1].e : sn.e), false);
      if (!wordsAtLeast(st.text, q.s, q.e, 3) || overlaps.test(q)) break;
      subjectOfSentence(st, q, ui, t.s);
      if (!q.actorKey) break;
      q.how = How.Before;
      q.cue = t.lower;
      q.cueSpan = { start: u.start + t.s, end: u.start + t.e };
      p.quotes.push(q);
      overlaps.add(q);
      break;
    }
  }
}

/** Verbs of speaking that introduce what follows a comma or a colon (`He jokes, Its a never ending line!`). */
const INTRO_VERBS = new Set([...DIRECT_CUES, ...PARTICIPLE_CUES, 'jokes', 'boomed', 'concludes', 'affirms', 'responds', 'replies', 'shouts', 'yells',
  'quips', 'interjecting', 'yelling', 'shouting', 'lecturing', 'retorting', 'replying', 'responding', 'announcing', 'proclaiming', 'proclaimed']);
/** Words after which no quote is introduced (`said that`, a sentence end). */
const INTRO_STOP = new Set(['.', ';', '?', '!', 'that', 'whether', 'if', 'how', 'why', 'what']);

/** The candidate name covering paragraph offset `pos`, if any. */
function nameAt(d: ParaData, pos: number): boolean {
  const k = upperBound(d.ents, pos, (c) => c.s) - 1;
  if (k >= 0 && pos < d.ents[k].e) return true;
  // (`Mr. Rubio`: the title before the name.)
  const n = d.ents[k + 1];
  return !!n && n.t0 >= 0 && d.toks[n.t0 - 1]?.s === pos && n.ts <= pos;
}

/** `Albright urged women to vote, saying, Theres a special place ...`, `Trump leaned in and boomed: Lets defeat her.`,
 *  `Sanders asks at a high school, Any questions I can answer?`: a verb of speaking, then (after at most a few words:
 *  an addressee, an adjunct) a colon or a comma and a capitalised word that is no name, introduces a quote of the
 *  sentence's subject: to the end of the sentence, or after a colon over the next sentences that sound like speech.
 *  Only where no other quote is. At most one per sentence. */
function introducedQuotes(p: Para, overlaps: Overlaps): void {
  const { st, ui, u, d } = p;
  const toks = d.toks;
  for (let si = 0; si < d.sents.length; si++) {
    const sn = d.sents[si];
    let found = false;
    for (let i = sn.t0 + 1; i + 2 < sn.t1 && !found; i++) {
      const t = toks[i];
      if (t.kind !== K.Word || t.cap || !INTRO_VERBS.has(t.lower) || t.lower === 'say') continue;
      for (let j = i + 1; j + 1 < sn.t1 && j <= i + 8; j++) {
        const m = toks[j];
        if (INTRO_STOP.has(m.lower)) break;
        if (m.t !== ',' && m.t !== ':') continue;
        const next = toks[j + 1];
        const opener = FIRST_WORDS.has(next.lower) || STRIPPED_CONTRACTIONS.has(next.lower);
        if (next.kind !== K.Word || !next.cap || (!opener && (nameAt(d, next.s) || (m.t === ',' && j > i + 1)))) break;
        let endSent = si + 1;
        if (m.t === ':') while (endSent < d.sents.length && !p.attrSents.has(endSent) && speechLike(st, d, endSent)) endSent++;
        const q = newQuote(st, ui, u.start + next.s, u.start + d.sents[endSent - 1].e, false);
        found = true;
        if (!wordsAtLeast(st.text, q.s, q.e, 3) || overlaps.test(q) || p.quotes.some((x) => x.s < q.e && q.s < x.e)) break;
        subjectOfSentence(st, q, ui, t.s);
        if (!q.actorKey) break;
        q.how = How.Before;
        q.cue = t.lower;
        q.cueSpan = { start: u.start + t.s, end: u.start + t.e };
        q.confidence = Math.min(q.confidence, 0.55);
        p.quotes.push(q);
        overlaps.add(q);
        break;
      }
    }
  }
}

/** First-person subject pronouns as written in stripped text (`I`, `We`, `Im`, `Ive`, `Weve`). */
const FIRST_SUBJECTS = new Set(['i', 'we', 'im', 'ive', 'weve', 'ill', 'id']);

/** `Cruz says if elected president I will work closely with Congress.`, `Reyes told the diner that I need you
 *  tomorrow.`: a first-person subject early in the clause a third person reports is the speaker's own words (reported
 *  speech would say `he`): the quote runs from it to the end of the clause. */
function firstPersonReported(p: Para, at: Attr, overlaps: Overlaps): void {
  const { st, ui, u, d } = p;
  if (at.form !== 'preposed' || at.intro || !at.direct || at.contentE <= at.contentS) return;
  if (at.subject.kind === 'pronoun' ? at.subject.name !== 'he' && at.subject.name !== 'she' : at.subject.kind !== 'entity') return;
  const sn = d.sents[at.sent];
  const k0 = upperBound(d.toks, at.contentS - 1, (x) => x.s);
  for (let k = k0; k < sn.t1 && k < k0 + 6 && d.toks[k].s < at.contentE; k++) {
    const t = d.toks[k];
    if (t.kind !== K.Word || !t.cap || !FIRST_SUBJECTS.has(t.lower)) continue;
    // (`every word I said is true`: a relative clause, not the speaker's sentence.)
    if (k > k0 && d.toks[k - 1].kind === K.Word && !d.toks[k - 1].cap && /^(word|thing|things|way|what|one|all)$/.test(d.toks[k - 1].lower)) return;
    const q = newQuote(st, ui, u.start + t.s, u.start + at.contentE, false);
    if (!wordsAtLeast(st.text, q.s, q.e, 3) || overlaps.test(q) || p.quotes.some((x) => x.s < q.e && q.s < x.e)) return;
    applyAttr(st, q, at, ui, How.Before);
    if (!q.actorKey) return;
    q.confidence = Math.min(q.confidence, 0.6);
    p.quotes.push(q);
    overlaps.add(q);
    return;
  }
}

