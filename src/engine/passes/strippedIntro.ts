// The stripped pass's quotes introduced by a verb of speaking before them: `X said, We ...` / `X said: ...`, a
// participle (`..., adding, I would ...`), a verb then a comma or a colon (`He jokes, Its a ...`), and the first person
// in a reported clause (`Reyes says if elected I will ...`).
import type { Attr } from '../attribution';
import { K } from '../tokens';
import { DIRECT_CUES, STRIPPED_CONTRACTIONS } from '../lexicon';
import { How, type ParaData } from './state';
import { applyAttr, newQuote, subjectOfSentence } from './speakers';
import type { quoteOverlaps } from './quoteAttrs';
import { upperBound, wordsAtLeast } from './util';
import { type Para, lastFirstPerson, speechRunEnd } from './strippedSpeech';
import { BARE_CLAUSE_CONFIDENCE, bareReportedClause, reportParaphrase } from './strippedPrecision';

/** Participles that introduce a quote of the clause's subject (`..., adding, We will ...`). */
const PARTICIPLE_CUES = new Set(['saying', 'adding', 'writing', 'tweeting', 'noting', 'declaring', 'explaining', 'insisting', 'warning', 'arguing', 'asking', 'telling', 'joking', 'quipping']);
/** Words that open a quoted sentence after `adding,` (a pronoun, an article, a discourse word), not a name. */
const FIRST_WORDS = new Set(['i', 'we', 'you', 'it', 'its', 'this', 'that', 'there', 'they', 'he', 'she', 'the', 'a', 'an', 'our', 'my', 'if', 'no', 'yes',
  'all', 'what', 'why', 'how', 'when', 'well', 'look', 'and', 'but', 'so', 'now', 'nobody', 'everybody', 'everyone', 'people', 'thank', 'let', 'another', 'some']);

export type Overlaps = ReturnType<typeof quoteOverlaps>;

/** Whether `q` may become a quote of the paragraph: three words at least, and overlapping neither a quote found before
 *  the stripped rules (`overlaps`) nor one of theirs (`p.quotes`). */
export function freeSpan(p: Para, q: { s: number; e: number }, overlaps: Overlaps): boolean {
  return wordsAtLeast(p.st.text, q.s, q.e, 3) && !overlaps.test(q) && !p.quotes.some((x) => x.s < q.e && q.s < x.e);
}

/** A capitalised sentence adverb set off by a comma that opens speech (`..., saying, Seriously, stop it.`). */
function adverbOpener(d: ParaData, j: number): boolean {
  const t = d.toks[j];
  return t.kind === K.Word && t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && d.toks[j + 1]?.t === ',';
}

/** Whether sentence `si` holds a participle cue, a comma and a word that opens speech (`She ended by saying, I ...`):
 *  the speech before it stops there. */
function participleIntroAt(d: ParaData, si: number): boolean {
  const sn = d.sents[si];
  for (let i = sn.t0 + 1; i + 2 < sn.t1; i++) {
    if (d.toks[i].kind !== K.Word || !PARTICIPLE_CUES.has(d.toks[i].lower) || d.toks[i + 1].t !== ',') continue;
    if (FIRST_WORDS.has(d.toks[i + 2].lower) && d.toks[i + 2].cap) return true;
  }
  return false;
}

/** `X said, We ...` / `X said: ...` / `X said All those ...`: the quote runs to the next attribution. */
export function preposedQuote(p: Para, at: Attr, overlaps: Overlaps): void {
  const { st, ui, u, d, carry } = p;
  if (at.form !== 'preposed' || !at.intro || !at.direct) return;
  // (`As the Ledger reported, ...`: a report's paraphrase, as after `, the Ledger reported.`)
  if (at.subject.kind === 'collective' || reportParaphrase(p, at)) return;
  let endSent = at.sent + 1;
  while (endSent < d.sents.length && !p.attrSents.has(endSent) && !participleIntroAt(d, endSent)) endSent++;
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
  // (`The candidate added, But if ...`: a noun phrase as the subject, only when it names a known actor, and less sure.)
  if (!q.actorKey && at.subject.kind !== 'pronoun') return;
  if (at.subject.kind === 'np') q.confidence = Math.min(q.confidence, 0.6);
  if (bareReportedClause(st.text, u.start, at, q)) q.confidence = Math.min(q.confidence, BARE_CLAUSE_CONFIDENCE);
  p.quotes.push(q);
  overlaps.add(q);
  if (endSent >= d.sents.length && q.actorKey) carry.openIntro = q;
}

/** `..., writing: The bridge stays closed ...`, `..., adding, I would rather ...`: a participle cue, then a colon or a
 *  comma and a capitalised word, introduces a quote (to the end of its sentence) of the sentence's subject. At most
 *  one per sentence. */
export function participleQuotes(p: Para, overlaps: Overlaps): void {
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
      if (mark.t === ',' && !FIRST_WORDS.has(next.lower) && !adverbOpener(d, i + 2)) continue;
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

/** Verbs of speaking that introduce what follows a comma or a colon (`He jokes, Its a line that never ends!`). */
const INTRO_VERBS = new Set([...DIRECT_CUES, ...PARTICIPLE_CUES, 'jokes', 'boomed', 'concludes', 'affirms', 'responds', 'replies', 'shouts', 'yells',
  'quips', 'interjecting', 'yelling', 'shouting', 'lecturing', 'retorting', 'replying', 'responding', 'announcing', 'proclaiming', 'proclaimed',
  'continues', 'demurred', 'counters', 'retorts', 'insists', 'explains', 'written', 'cracked', 'sings', 'sang', 'surmised', 'retaliated', 'demanded']);
/** Phrasal verbs of speaking, with their particle (`She went on: ...`, `Lee shot back: ...`, `Lee chimed in, ...`). */
const PHRASAL_INTRO = new Map([['went', 'on'], ['goes', 'on'], ['shot', 'back'], ['shoots', 'back'], ['fired', 'back'], ['fires', 'back'],
  ['hit', 'back'], ['hits', 'back'], ['pointed', 'out'], ['points', 'out'], ['pressed', 'on'], ['chimed', 'in'], ['chimes', 'in'], ['piped', 'up'], ['spoke', 'up'], ['weighed', 'in']]);
/** Prepositions that open an adjunct after the verb (`said at the pier, ...`, `told reporters in Ames, ...`). */
const ADJUNCT_OPENERS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'from', 'via', 'outside', 'inside']);
/** Base forms of verbs of speaking that introduce a quote after `to` (`to state, ...`, `to announce, ...`). */
const BASE_INTRO = new Set(['say', 'state', 'announce', 'ask', 'tell', 'declare', 'write', 'add', 'explain', 'insist', 'warn', 'reply', 'respond', 'proclaim', 'quip', 'joke']);
/** Discourse adverbs set off by commas between a cue and its quote (`Okafor conceded, however, ...`). */
const INTERJECTED = new Set(['however', 'though', 'too', 'again', 'also', 'later', 'then', 'instead', 'still', 'finally', 'nonetheless', 'meanwhile', 'moreover']);
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
export function introducedQuotes(p: Para, overlaps: Overlaps): void {
  const { st, ui, u, d } = p;
  const toks = d.toks;
  for (let si = 0; si < d.sents.length; si++) {
    const sn = d.sents[si];
    let found = false;
    // (Where the sentence's last first- or second-person word starts, asked once: the `voiced` test below reads the
    // rest of the sentence from each comma, and a sentence may hold many cues and commas.)
    let fpLast: number | undefined;
    for (let i = sn.t0 + 1; i + 2 < sn.t1 && !found; i++) {
      const t = toks[i];
      if (t.kind !== K.Word || t.cap) continue;
      // (`... asked the harbour board to state, Ferry fares ...`: a base form after `to`.)
      const infinitive = toks[i - 1].lower === 'to' && BASE_INTRO.has(t.lower);
      if (t.lower === 'say' && !infinitive) continue;
      if (!infinitive && !INTRO_VERBS.has(t.lower) && PHRASAL_INTRO.get(t.lower) !== toks[i + 1].lower) continue;
      let interjected = false;
      for (let j = i + 1; j + 1 < sn.t1 && j <= i + 16; j++) {
        const m = toks[j];
        if (INTRO_STOP.has(m.lower)) break;
        if (m.t !== ',' && m.t !== ':') continue;
        const next = toks[j + 1];
        // (`Okafor conceded, however, As they say ...`: a discourse adverb set off by commas right after the verb.)
        if (m.t === ',' && j === i + 1 && j + 2 < sn.t1 && INTERJECTED.has(next.lower) && toks[j + 2].t === ',') { interjected = true; j++; continue; }
        const opener = FIRST_WORDS.has(next.lower) || STRIPPED_CONTRACTIONS.has(next.lower);
        // (After an adjunct, `said at the pier on Sunday, Whatever ...`, any capitalised word that is no name opens it.)
        const adjunct = j > i + 2 && ADJUNCT_OPENERS.has(toks[i + 1].lower) && j + 2 < sn.t1 && !toks[j + 2].cap;
        // (`told Harbor Radio host Ana Pell, Dover never ...`, `said in May, when the pier fell, I never ...`: after any words,
        // a capitalised word whose sentence goes on in the speaker's voice.)
        const voiced = m.t === ',' && next.kind === K.Word && next.cap && !nameAt(d, next.s) && (fpLast ??= lastFirstPerson(st.text, u.start + sn.s, u.start + sn.e) - u.start) >= next.s;
        if (next.kind !== K.Word || !next.cap || (!opener && !voiced && (nameAt(d, next.s) || (m.t === ',' && j > i + 1 && !adjunct && !(interjected && j === i + 3))))) break;
        let endSent = si + 1;
        if (m.t === ':') endSent = speechRunEnd(p, endSent);
        const q = newQuote(st, ui, u.start + next.s, u.start + d.sents[endSent - 1].e, false);
        found = true;
        if (!freeSpan(p, q, overlaps)) break;
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
export function firstPersonReported(p: Para, at: Attr, overlaps: Overlaps): void {
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
    if (!freeSpan(p, q, overlaps)) return;
    applyAttr(st, q, at, ui, How.Before);
    if (!q.actorKey) return;
    q.confidence = Math.min(q.confidence, 0.6);
    p.quotes.push(q);
    overlaps.add(q);
    return;
  }
}


/** `As Okafor put it: The boats are old.`, `Or, as Tom Lee, a former harbour master, put it, Nobody ...`: `put it`, a
 *  colon or a comma and a capitalised word open a quote of the person named right after a fronted `as` (over an
 *  appositive), or else of the name right before `put`; after a colon it runs on over the next sentences that sound
 *  like speech, up to an attribution. (The sentence-subject finder does not look past the fronted `as`.) */
export function putItQuotes(p: Para, overlaps: Overlaps): void {
  const { st, ui, u, d } = p;
  const toks = d.toks;
  const ents = st.unitEnts[ui];
  for (let si = 0; si < d.sents.length; si++) {
    const sn = d.sents[si];
    for (let i = sn.t0 + 1; i + 3 < sn.t1; i++) {
      if ((toks[i].lower !== 'put' && toks[i].lower !== 'puts') || toks[i + 1].lower !== 'it' || (toks[i + 2].t !== ':' && toks[i + 2].t !== ',')) continue;
      const next = toks[i + 3];
      if (next.kind !== K.Word || !next.cap) break;
      // The speaker: the first name after a fronted `as` (at most 25 tokens back), else the name right before `put`.
      let as = -1;
      for (let k = i - 1; k >= sn.t0 && k >= i - 25; k--) if (toks[k].lower === 'as') { as = k; break; }
      const lo = u.start + (as >= 0 ? toks[as].e : toks[i - 1].s);
      const hi = u.start + toks[i].s;
      // (Names sorted by start: a binary search, then the few names between `as` and `put`.)
      let e = null;
      for (let k = upperBound(ents, lo - 1, (x) => x.s); k < ents.length && ents[k].s < hi && !e; k++) {
        const x = ents[k];
        if (x.e <= hi && x.actorKey && (x.type === 'person' || x.type === 'organization')) e = x;
      }
      if (!e || (as < 0 && e.e < u.start + toks[i - 1].e)) break;
      let endSent = si + 1;
      if (toks[i + 2].t === ':') endSent = speechRunEnd(p, endSent);
      const q = newQuote(st, ui, u.start + next.s, u.start + d.sents[endSent - 1].e, false);
      if (!freeSpan(p, q, overlaps)) break;
      q.actorKey = e.actorKey;
      q.speakerSpan = { start: e.s, end: e.e };
      q.how = How.Before;
      q.cue = 'put it';
      q.cueSpan = { start: u.start + toks[i].s, end: u.start + toks[i + 1].e };
      q.confidence = 0.55;
      p.quotes.push(q);
      overlaps.add(q);
      break;
    }
  }
}
