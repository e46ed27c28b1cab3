// Speakers: who speaks a quote, from an attribution's subject (a name, `the ministry`, `analysts`, a pronoun), from a
// quote before it (continuations), or from the subject of the sentence it sits in. Called by the quotes pass as each
// paragraph's quotes are found (a pronoun looks back at the quotes settled before it) and by the claims pass.
import { ownsCueNoun } from './cuedPossessive';
import type { Attr, Seg, Subject } from '../attribution';
import { type ActorBuild, type DocEnt, type DocState, How, type QuoteBuild, ck, entAt, getActor } from './state';
import { collectiveActor } from './actors';
import { entStart, lastWord, quoteStart, segStart, sentOf, upperBound, objectList } from './util';
import { isTitleWord } from '../entities';
import { lexicon } from '../lexicon';
import { type MentionProbe, pronounFactor, rankPronoun, rankerReads } from './pronounRanker';
import { definiteRoleHolder, namedNominal } from './nominalSpeaker';
import { familyPlural } from './familyPlural';
import { skipBlank } from './blankParagraph';
import { frontedHolder, holderAt } from './frontedHolder';
import { bareOfNoun } from '../paragraph/ofPerson';
import { surnameBearer } from './surnameBearer';
import { objectOrPossessor, possessorMention } from './possessorMention';
import { inNarrationQuote, quoteOwnSubject } from './quoteOwnSubject';
import { roleSubjectAntecedent } from './roleAntecedent';
import { ROLE_LED_P, roleLedSentence } from './roleLedPronoun';
import { speaksHere } from './speaksHere';
import { listedLeadBefore, listedOtherGender } from './listedGender';
import { PlainQuoteBuild, PlainSpan } from '../plainObjects';
import { plain } from '../plainPattern';
import { UPPER_FIRST } from '../wordShapes';

const LY_WORD = plain(String.raw`^\p{L}{3,}ly$`, 'u');
const LEADING_LETTERS = plain(String.raw`^\p{L}+`, 'u');
const NAME_WORD = plain(String.raw`^\p{L}[\p{L}.'’-]*$`, 'u');
const NEXT_LOWER_WORD = plain(String.raw`^\s+(\p{Ll}+)`, 'u');

/** Names, or quotes, a pronoun looks back over for its speaker at most (a news paragraph has a few dozen). */
const PRONOUN_LOOKBACK = 200;

export function newQuote(st: DocState, ui: number, s: number, e: number, marked: boolean, seg: Seg | null = null): QuoteBuild {
  const u = st.units[ui];
  // (plainObjects.ts: made by a constructor, so that V8 allocates it young.)
  return new PlainQuoteBuild(s, e, ui, u.index, marked, ui, marked ? 0.95 : 0.75, How.None, seg);
}

/** The attribution `at` of unit `ui` is the quote's: its cue, and its subject as the speaker. */
export function applyAttr(st: DocState, q: QuoteBuild, at: Attr, ui: number, how: How): void {
  const u = st.units[ui];
  q.attr = at;
  q.attrUnit = ui;
  q.cue = at.cue;
  q.cueSpan = new PlainSpan(u.start + at.cueS, u.start + at.cueE);
  q.how = how;
  // (A verb that is no known speech cue, `"...," Lee shot back.`, attributes a little less surely.)
  if (at.weak) q.confidence *= 0.85;
  speakerFromSubject(st, at.subject, ui, q);
}

/** The quote has the speaker (and cue) of another one, a little less surely. */
export function inheritSpeaker(q: QuoteBuild, from: QuoteBuild, how: How, factor: number): void {
  q.actorKey = from.actorKey;
  q.speakerSpan = from.speakerSpan;
  q.cue = from.cue;
  q.cueSpan = from.cueSpan;
  q.how = how;
  q.confidence = Math.min(q.confidence, from.confidence) * factor;
}

/** Per unit, made on first use: its organisations by the last word of their name, in order. */
function orgsByHead(st: DocState, k: number): Map<string, DocEnt[]> {
  let m = st.orgHeads[k];
  if (m === undefined) {
    m = new Map();
    for (const d of st.unitEnts[k]) {
      if (d.type !== 'organization') continue;
      const w = lastWord(d.canonical);
      const l = m.get(w);
      if (l) l.push(d);
      else m.set(w, [d]);
    }
    st.orgHeads[k] = m;
  }
  return m;
}

/** An organisation entity becomes an actor (and the speaker of `q`). */
function orgSpeaker(st: DocState, d: DocEnt, key: string, q: QuoteBuild, span: { start: number; end: number }, always: boolean): void {
  const a = getActor(st, key, d.canonical, 'organization', d.s);
  // (An entity already of this actor is among its mentions: the scan is only for the others.)
  if (always || (d.actorKey !== key && !a.mentions.some((x) => x.start === d.s))) {
    a.mentions.push({ start: d.s, end: d.e });
    a.forms.add(st.text.slice(d.s, d.e));
  }
  d.actorKey = key;
  q.actorKey = key;
  q.speakerSpan = span;
}

/** The speaker of `q` from an attribution's subject in unit `ui`. */
export function speakerFromSubject(st: DocState, subj: Subject, ui: number, q: QuoteBuild): void {
  const u = st.units[ui];
  if (subj.kind === 'entity') {
    const di = entAt(st, ck(st, ui, subj.ent));
    // (`paraphrasing Brills remarks`: the name owns the cue, cuedPossessive.ts; no one speaks there.)
    if (di !== undefined && ownsCueNoun(st.text, st.docEnts[di].s, st.docEnts[di].e, st.docEnts[di].canonical)) return;
    if (di !== undefined && st.docEnts[di].actorKey) {
      q.actorKey = st.docEnts[di].actorKey;
      q.speakerSpan = new PlainSpan(u.start + subj.s, u.start + subj.e);
    } else if (di !== undefined && st.docEnts[di].type === 'place') {
      // `North Korea said`: a country acting as a speaker.
      const d = st.docEnts[di];
      orgSpeaker(st, d, 'o:' + d.canonical.toLowerCase(), q, { start: d.s, end: d.e }, true);
    }
  } else if (subj.kind === 'np' && subj.head) {
    // `the ministry` → the latest organisation named `... Ministry` before it.
    const pos = u.start + subj.s;
    for (let k = ui; k >= 0 && k >= ui - 4; k--) {
      // The organisations of the unit whose last word is the head, in order: the last one before `pos`.
      const list = orgsByHead(st, k).get(subj.head);
      if (!list) continue;
      const m = upperBound(list, pos - 1, entStart) - 1;
      if (m >= 0) {
        const d = list[m];
        orgSpeaker(st, d, 'o:' + d.canonical.toLowerCase().replace(/^the\s+/, ''), q, { start: pos, end: u.start + subj.e }, false);
        return;
      }
    }
    // (No organisation of that name nearby: `the company said` is an unnamed source shown as such, a little less sure.)
    q.actorKey = collectiveActor(st, subj, u.start).key;
    q.speakerSpan = { start: pos, end: u.start + subj.e };
    q.confidence *= 0.8;
  } else if (subj.unnamed) {
    // `"...," the statement said.`, `Dorn's office said`: the phrase itself speaks, never its owner or an earlier speaker.
    q.actorKey = collectiveActor(st, subj, u.start).key;
    q.speakerSpan = new PlainSpan(u.start + subj.s, u.start + subj.e);
  } else if (subj.kind === 'collective' || subj.kind === 'np') {
    const named = namedNominal(st, ui, subj.s, subj.e); // (`a man calling himself Ivo Brant`: that name speaks)
    if (named) { q.actorKey = named.key; q.speakerSpan = { start: named.start, end: named.end }; q.confidence *= 0.9; return; }
    // `the mayor said`: the one person introduced as the mayor, a little less sure than a name.
    // (`the head said`: a noun that names a person only with `of` after it is no source by itself; only the person
    // introduced with that role speaks, else the quote has no speaker.)
    const bare = bareOfNoun(st.text.slice(u.start + subj.s, u.start + subj.e));
    const holder = subj.kind === 'np' || bare ? definiteRoleHolder(st, ui, subj) : null;
    if (bare && !holder) {
      q.speakerSpan = new PlainSpan(u.start + subj.s, u.start + subj.e);
      q.confidence *= 0.5;
      return;
    }
    q.actorKey = (holder ? holder.actor : collectiveActor(st, subj, u.start)).key;
    if (holder) q.confidence *= holder.factor;
    q.speakerSpan = new PlainSpan(u.start + subj.s, u.start + subj.e);
  } else {
    q.speakerSpan = new PlainSpan(u.start + subj.s, u.start + subj.e);
    const skip = q.e > q.s ? q : null;
    const r = resolvePronoun(st, subj.name, ui, u.start + subj.s, skip) ?? quoteOwnSubject(st, subj.name, ui, u.start + subj.s, q, { fits, leads: (d) => mentionLeads(st, d) }) ??
      listedOtherGender(st, subj.name, ui, u.start + subj.s, skip, (p, k) => insideQuote(st, p, k));
    if (r) {
      q.actorKey = r.key;
      q.how = r.same ? How.PronounSame : How.PronounEarlier;
      // (The learned ranker's probability of the pick, when it has one: how clearly the other candidates lose.)
      q.confidence *= r.p === undefined ? (r.same ? 0.9 : 0.6) : pronounFactor(r.p);
    } else {
      q.confidence *= 0.5;
    }
  }
}

/** Whether an offset is inside a quotation-mark segment or a settled quote of its unit. */
export function insideQuote(st: DocState, pos: number, ui: number): boolean {
  const u = st.units[ui];
  const segs = u.data.segs;
  const rel = pos - u.start;
  let k = upperBound(segs, rel, segStart) - 1;
  if (k >= 0 && rel < segs[k].e) return true;
  const uq = st.unitQuotes[ui];
  k = upperBound(uq, pos, quoteStart) - 1;
  // Quotes of one paragraph do not overlap, so the one starting last before pos is the only candidate.
  return k >= 0 && pos < uq[k].e;
}

export function addUnitQuote(st: DocState, ui: number, q: QuoteBuild): void {
  let uq = st.unitQuotes[ui];
  if (uq.length === 0) st.unitQuotes[ui] = uq = objectList<QuoteBuild>(); // (the shared empty list: state.ts `noQuotes`)
  const k = upperBound(uq, q.s, quoteStart);
  uq.splice(k, 0, q);
}

/** Tags of a first word that no person's name opens with (`Certainly Dana Voss`, `New Hampshire Reyes`: a name run that took in a word before it). */
const NOT_A_FIRST_NAME = /^(?:Adverb|Adjective|Determiner|Preposition|Conjunction|Pronoun)$/;
/** Whether a person of unknown gender may be a `he` / `she`'s antecedent: not when its name opens with an adverb, an adjective or a function word that is no first name. */
function personLike(name: string): boolean {
  const sp = name.indexOf(' ');
  if (sp < 0) return true;
  const lex = lexicon();
  const f = name.slice(0, sp).toLowerCase();
  const tag = lex.common.get(f);
  if (lex.maleNames.has(f) || lex.femaleNames.has(f)) return true;
  // (An adverb in -ly the lexicon lacks, `Certainly`, `Clearly`; `Kelly`, `Beverly` are in the first-name lists.)
  return tag === undefined ? !LY_WORD.test(f) : !NOT_A_FIRST_NAME.test(tag);
}

type Want = 'm' | 'f' | 'pl' | 'it';
function fits(want: Want, a: ActorBuild | undefined): boolean {
  if (!a) return false;
  if (want === 'm' || want === 'f') return a.type === 'person' && (a.gender === null ? personLike(a.name) : a.gender === want);
  if (want === 'pl') return a.type === 'collective' || a.type === 'organization';
  return a.type === 'organization';
}

/** The actor a speaker pronoun (`he`, `she`, `they`, `it`) at `pos` in unit `ui` refers to, and whether it was found
 *  in the same paragraph. `skip`: the quote being attributed — a name inside it is no antecedent of its speaker
 *  pronoun (`Reyes is wrong, he said` without marks: `he` is not Reyes). */
export function resolvePronoun(st: DocState, pron: string, ui: number, pos: number, skip: { s: number; e: number } | null = null): { key: string; same: boolean; p?: number } | null {
  const r = rulePronoun(st, pron, ui, pos, skip, 0);
  if ((pron !== 'he' && pron !== 'she') || !rankerReads(st, r)) return r && r.guess ? { key: r.key, same: r.same, p: ROLE_LED_P } : r; // (no probe made for nothing)
  // (The rules' pick is one of the learned ranker's features: it keeps it unless the other features outweigh it.)
  const out = rankPronoun(st, pron, ui, pos, skip, r, pronounProbe(st, pron === 'she' ? 'f' : 'm'));
  // (A pick the rules call a guess, roleLedPronoun.ts, is shown as one.)
  return out && r && r.guess && out.key === r.key ? { ...out, p: Math.min(out.p ?? 1, ROLE_LED_P) } : out;
}
/** What the ranker asks about a mention, for a pronoun wanting `want`. (Its own function: the closures' captured
 *  arguments are then allocated only when a probe is made.) */
function pronounProbe(st: DocState, want: Want): MentionProbe {
  return {
    fits: (a) => fits(want, a), speaks: (d) => speaksHere(st, d), objPoss: (d) => objectOrPossessor(st, d),
    role: (d) => beforeRole(st.text, d.e), excluded: (d) => hidden(st, d) || familyPlural(st.text, d, st.actors.get(d.actorKey!)), lead: (d) => mentionLeads(st, d),
  };
}

/** A mention inside a quote, no antecedent of a speaker pronoun, unless a stripped quote took in narration. */
const hidden = (st: DocState, d: DocEnt): boolean => insideQuote(st, d.s, d.unit) && !inNarrationQuote(st, d, (x) => mentionLeads(st, x));
/** Whether the mention `d` is the subject its sentence opens with (after conjunctions, adverbials, role words). */
function mentionLeads(st: DocState, d: DocEnt): boolean {
  const u = st.units[d.unit];
  const sn = u.data.sents[sentOf(u.data, d.s - u.start)];
  return !!sn && subjectLead(st.text.slice(u.start + sn.s, d.ts), d.ts < d.s);
}

/** The rules' antecedent (a decision list: the nearest sentence, its speaking or free mention; earlier paragraphs). */
function rulePronoun(st: DocState, pron: string, ui: number, pos: number, skip: { s: number; e: number } | null, depth: number): { key: string; same: boolean; guess?: boolean } | null {
  const want: Want = pron === 'she' ? 'f' : pron === 'he' ? 'm' : pron === 'they' ? 'pl' : 'it';
  const ok = (a: ActorBuild | undefined): boolean => fits(want, a);
  const { units, actors } = st;
  // (`the Okafors` names a family: no antecedent of `he` or `she`. The actor a mention stands for: surnameBearer.ts.)
  const okAt = (d: DocEnt): string | null => { const a = actors.get(d.actorKey!); const g = want === 'm' || want === 'f'; return !ok(a) ? (g ? surnameBearer(st, d, want) : null) : g && familyPlural(st.text, d, a) ? null : d.actorKey; };
  // Same paragraph: the nearest compatible mention before the pronoun, outside quotes.
  let best: DocEnt | null = null;
  let free: DocEnt | null = null;
  // (A mention that speaks in its sentence, `..., said Ann Lee`, `Lee told him`, wins over the earliest one; so does,
  // after it, an opinion holder fronted with `To` / `For`, `For Ann Lee, Reyes is wrong.`)
  let cued: DocEnt | null = null;
  let bestSent = -1;
  const u0 = units[ui];
  const ue = st.unitEnts[ui];
  // Centering: the nearest sentence with a compatible mention wins; within it, the earliest mention that is no object
  // of a preposition nor a possessor (`At Boca West, Ann Lee said`, `Like his remarks about X, Y said`), else the
  // earliest mention. (At most PRONOUN_LOOKBACK names back: a paragraph of thousands of names without a fitting one
  // is read once, not once per pronoun.)
  for (let k = upperBound(ue, pos - 1, entStart) - 1, n = 0; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
    const d = ue[k];
    if (d.s >= pos || !d.actorKey) continue;
    const si = sentOf(u0.data, d.s - u0.start);
    if (best && si < bestSent) break;
    if (!okAt(d) || hidden(st, d) || (skip && d.s >= skip.s && d.s < skip.e) || beforeRole(st.text, d.e)) continue;
    best = d;
    bestSent = si;
    if (!objectOrPossessor(st, d)) free = d;
    if (speaksHere(st, d)) cued = d;
    else if (!cued && holderAt(st, d)) cued = d;
  }
  if (cued) best = cued;
  else if (free) best = free;
  if (best && (want === 'm' || want === 'f') && depth < 2) {
    // `Lou said X. But he suggested that Mr. Lew ... "...," he said.`: the sentence is the same pronoun's, its names
    // are objects; the pronoun's antecedent is the speaker.
    const lead = pronounLeads(st, ui, bestSent, pron, best.s);
    if (lead >= 0) {
      const r = rulePronoun(st, pron, ui, lead, skip, depth + 1);
      if (r) return r;
    }
    // (`The host praised Vell at every stop. He called Vell "..."`: a role noun leads, the name is an object.)
    // (Only for a sentence before the pronoun's: within one, `The host spoke after Vell, who said he ...`.)
    const led = !cued && !free && bestSent < sentOf(u0.data, pos - u0.start) ? roleLedSentence(st, ui, bestSent, ok) : null;
    if (led) return led.holder ? { key: led.holder.key, same: true } : { key: okAt(best)!, same: true, guess: true };
  }
  if (want === 'pl' || want === 'it') {
    // `it added`: the organisation already quoted in this paragraph first.
    // (The quotes of the paragraph being resolved before pos, then the paragraph's settled ones, latest first.)
    let n = 0;
    const cur = st.curPara;
    for (let k = cur.length - 1; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
      const q = cur[k];
      if (q.s < pos && q.actorKey && ok(actors.get(q.actorKey))) return { key: q.actorKey, same: true };
    }
    const uq = st.unitQuotes[ui];
    for (let k = uq.length - 1; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
      const q = uq[k];
      if (q.actorKey && ok(actors.get(q.actorKey))) return { key: q.actorKey, same: true };
    }
  }
  if (best) return { key: okAt(best)!, same: true };
  const listed = want === 'm' || want === 'f' ? listedLeadBefore(st, ui, pos, want, (p, k) => insideQuote(st, p, k)) : null;
  if (listed) return { key: listed, same: true, guess: true };
  if (want === 'pl' || want === 'it') {
    for (let k = upperBound(ue, pos - 1, entStart) - 1, n = 0; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
      const d = ue[k];
      if (d.actorKey && ok(actors.get(d.actorKey))) return { key: d.actorKey, same: true };
    }
    return null;
  }
  return earlierParagraphs(st, ok, okAt, ui, pron, depth) ?? roleSubjectAntecedent(st, skipBlank(st, ui), ok);
}

/** The latest sentence (of the last few) of unit `ui` whose subject is the pronoun `pron` (`He left.`, `But he
 *  said`), outside quotes: its index and the pronoun's offset. */
function pronounSubject(st: DocState, ui: number, pron: string): { si: number; pos: number } | null {
  const u = st.units[ui];
  const { sents, toks } = u.data;
  const prons = pron + 's'; // (made once, not per token)
  for (let si = sents.length - 1; si >= 0 && si >= sents.length - 8; si--) {
    const sn = sents[si];
    let t = toks[sn.t0];
    if (t && LEAD_CONJ.has(t.lower) && sn.t0 + 1 < sn.t1) t = toks[sn.t0 + 1];
    if (t && (t.lower === pron || t.lower === prons) && !insideQuote(st, u.start + t.s, ui)) return { si, pos: u.start + t.s };
    // (`Even so, she ...`, `In a letter on Friday, he ...`: adverbials and a comma before the pronoun.)
    for (let k = sn.t0 + 1; k < sn.t1 && k < sn.t0 + 16; k++) {
      if ((toks[k].lower !== pron && toks[k].lower !== prons) || toks[k - 1].t !== ',') continue;
      const lead = st.text.slice(u.start + sn.s, u.start + toks[k].s);
      if (subjectLead(lead) && !insideQuote(st, u.start + toks[k].s, ui)) return { si, pos: u.start + toks[k].s };
      break;
    }
  }
  return null;
}

const CLAUSE_OPENERS = new Set(['when', 'while', 'as', 'after', 'before', 'because', 'since', 'though', 'although', 'if', 'once']);
/** The offset of the pronoun `pron` as a subject in sentence `si` of unit `ui` before offset `before` (opening the
 *  sentence or a clause: after a conjunction, a subordinator or a comma; outside quotes), or -1. At most the
 *  sentence's first 40 tokens are read. */
function pronounLeads(st: DocState, ui: number, si: number, pron: string, before: number): number {
  const u = st.units[ui];
  const { sents, toks } = u.data;
  const sn = sents[si];
  if (!sn) return -1;
  const prons = pron + 's';
  for (let k = sn.t0; k < sn.t1 && k < sn.t0 + 40 && u.start + toks[k].s < before; k++) {
    if (toks[k].lower !== pron && toks[k].lower !== prons) continue;
    const p = k > sn.t0 ? toks[k - 1].lower : '';
    if ((p === '' || p === ',' || LEAD_CONJ.has(p) || CLAUSE_OPENERS.has(p)) && !insideQuote(st, u.start + toks[k].s, ui)) return u.start + toks[k].s;
  }
  return -1;
}

/** A person pronoun's antecedent in earlier paragraphs (order may be shuffled). Recency first: the previous
 *  paragraph's latest sentence whose subject is a compatible person (the name opens the sentence, maybe after a
 *  conjunction or a short adverbial and a comma; outside quotes; not a possessor); then the speakers of the quotes
 *  of the three paragraphs before; then any compatible name of the previous paragraph. */
function earlierParagraphs(st: DocState, ok: (a: ActorBuild | undefined) => boolean, okAt: (d: DocEnt) => string | null, ui: number, pron: string, depth: number): { key: string; same: boolean; guess?: boolean } | null {
  const { units, actors, text, quotes } = st;
  const pi = skipBlank(st, ui);
  if (pi >= 0) {
    const pu = units[pi];
    const prev = st.unitEnts[pi];
    // `Reyes left. // But he stayed. // "...," he said.`: a later sentence of the previous paragraph led by the same
    // pronoun carries the antecedent on (resolved there, at most two paragraphs deep).
    const chain = depth < 2 ? pronounSubject(st, pi, pron) : null;
    for (let k = prev.length - 1, n = 0; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
      const d = prev[k];
      if (chain && sentOf(pu.data, d.s - pu.start) < chain.si) break;
      if (!d.actorKey || !okAt(d) || hidden(st, d)) continue;
      if (possessorMention(st, d)) continue; // `Okafor's budget`, stripped `Okafors budget`
      const sn = pu.data.sents[sentOf(pu.data, d.s - pu.start)];
      if (!sn) continue;
      // (`Lee frowned if Reyes objected`, `... hinges on Reyes saying yes`: a name in a subordinate clause or after a
      // preposition speaks only there; the main clause's subject is the antecedent.)
      // (`To pollster Ann Lee, the plan is silly.`, `Was Lee convinced?`: the topic a pronoun continues.)
      const lead = text.slice(pu.start + sn.s, d.ts);
      if (speaksHere(st, d) || subjectLead(lead, d.ts < d.s) || frontedHolder(text, lead, d.e)) return { key: okAt(d)!, same: false };
    }
    if (chain) {
      const r = rulePronoun(st, pron, pi, chain.pos, null, depth + 1);
      if (r) return { key: r.key, same: false, guess: r.guess };
    }
  }
  const uIdx = units[ui].index;
  // `quotes` is in paragraph order: start from the last quote of an earlier paragraph.
  for (let k = upperBound(quotes, uIdx - 1, (x) => units[x.unit].index) - 1, n = 0; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
    const q = quotes[k];
    const qi = units[q.unit].index;
    if (uIdx - qi > 3) break;
    if (qi >= uIdx || !q.actorKey) continue;
    if (ok(actors.get(q.actorKey))) return { key: q.actorKey, same: false };
  }
  if (pi >= 0) {
    const prev = st.unitEnts[pi];
    // (`Okafor toured the pier with Clara Lind and the builder Beau Tenby.` / `"...," she said.`: a person the text
    // gives the pronoun's gender wins over a later one whose gender is unknown, unless that one leads its sentence,
    // `Justice Lee's remarks stung.`)
    let unknown: string | null = null;
    for (let k = prev.length - 1, n = 0; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
      const d = prev[k];
      if (!d.actorKey || !okAt(d) || hidden(st, d)) continue;
      if (actors.get(okAt(d)!)!.gender !== null || (!unknown && mentionLeads(st, d))) return { key: okAt(d)!, same: false };
      unknown ??= okAt(d);
    }
    if (unknown) return { key: unknown, same: false };
  }
  return null;
}

/** Adverbial phrases closed by a comma that may open a sentence before its subject (`At a rally in Ames, Iowa, `,
 *  `Speaking in Lyon, `): at most three, each without quotes or a clause break. */
const LEAD_ADVERBIALS = /^(?:[^,"“”‘’;:()]{1,60},\s+){1,3}/;
/** Words that may open a sentence before its subject: conjunctions, sentence adverbs and subordinators (`Though Ms.
 *  Lee has ...`, `And even Reyes tried ...`). */
const LEAD_WORD = /^(?:(?:but|and|still|yet|so|then|meanwhile|instead|now|later|also|earlier|though|although|while|when|as|because|if|since|after|before|once|whereas)\s+)?(?:(?:even|also|only|still|later|then|now|again)\s+)?/i;
/** Tags of the first word of an adverbial that opens a sentence (`At`, `Speaking`, `Asked`, `Earlier`). */
const ADVERBIAL_HEAD = /^(?:Preposition|Gerund|PastTense|Conjunction|Adverb|Superlative)$/;
const TIME_WORDS = new Set(['last', 'next', 'this', 'early', 'late', 'earlier', 'later']);

/** Whether `lead`, the text of a sentence before a name, leaves the name its subject: nothing, a conjunction or a
 *  subordinator, adverbial phrases closed by commas (led by a preposition, a participle, an adverb or a time word:
 *  `At a rally in Ames, Iowa, `; not a clause, `He got a job, and Reyes ...`), and role words (`Chinese Foreign
 *  Ministry spokesman`; `titled`: the name has a title after the lead, `harbour board` before `spokeswoman Lee`). */
export function subjectLead(lead: string, titled = false): boolean {
  if (lead.length > 140) return false;
  // (One short phrase and a comma, whatever it is: `One local woman, Ann Lee`, `On Monday, Lee`.)
  if (/^[^,"“”;:]{0,40},\s+$/.test(lead)) return true;
  // (An appositive after such a phrase: `A neighbour, school board trustee Ann Lee`.)
  const ap = /^[^,"“”;:]{0,40},\s+/.exec(lead);
  if (ap && roleLead(lead.slice(ap[0].length), titled)) return true;
  let r = lead;
  const w = LEAD_WORD.exec(r);
  if (w) r = r.slice(w[0].length);
  const adv = LEAD_ADVERBIALS.exec(r);
  if (adv) {
    const head = LEADING_LETTERS.exec(adv[0]);
    const l = head ? head[0].toLowerCase() : '';
    const tag = lexicon().common.get(l);
    if (!(w && w[0].length > 0) && !TIME_WORDS.has(l) && !(tag !== undefined && ADVERBIAL_HEAD.test(tag)) && !/ing$/.test(l)) return false;
    r = r.slice(adv[0].length);
  }
  return r.length === 0 || roleLead(r, titled);
}

const LEAD_CONJ = new Set(['but', 'and', 'still', 'yet', 'so', 'then', 'meanwhile', 'now', 'also']);
/** Tags of the common-word lexicon that no role phrase holds (`After meeting Reyes`: Reyes is no subject). */
const NOT_IN_ROLE = /^(Preposition|Conjunction|QuestionWord|Determiner|Possessive|Pronoun|Gerund|PastTense|PresentTense|Verb|Adverb|Modal|Copula|Negative|Auxiliary|Infinitive)$/;
/** A role phrase before a sentence's subject name (`Republican Rep.`, `state Sen.`, `police officer`, `campaign
 *  senior adviser`): one to five words, maybe after a conjunction, each a title, a role noun, a capitalised word or
 *  an ordinary noun or adjective; the last one a title, a role noun or capitalised. */
export function roleLead(lead: string, titled = false): boolean {
  if (lead.length === 0 || lead.length > 60 || !/\s$/.test(lead)) return false;
  const words = lead.trim().split(/\s+/);
  let i = words.length > 1 && LEAD_CONJ.has(words[0].toLowerCase()) ? 1 : 0;
  // (`the county library director Ann Lee`, `a veteran strategist`: an article opens the role phrase.)
  if (words.length > i + 1 && /^(?:the|a|an)$/i.test(words[i])) i++;
  if (words.length - i > 5) return false;
  const lex = lexicon();
  for (; i < words.length; i++) {
    const w = words[i];
    if (!NAME_WORD.test(w)) return false;
    const l = w.toLowerCase();
    if (isTitleWord(l) || lex.roleNouns.has(l)) continue;
    const tag = lex.common.get(l);
    if (tag !== undefined && NOT_IN_ROLE.test(tag)) return false;
    // (The last word a title, a role noun, capitalised, or a singular noun the lexicon does not list as anything else:
    // `chess grandmaster Ann Lee`, `beekeeper Ann Lee`.)
    if (i === words.length - 1 && !titled && !UPPER_FIRST.test(w) && !(tag === undefined || tag === 'Singular' || tag === 'Noun')) return false;
  }
  return true;
}

/** Whether the name ending at `e` modifies a role noun or title (`Obama consultant Ann Reyes`, `Trump adviser`): the
 *  name is then no antecedent of a pronoun. */
export function beforeRole(text: string, e: number): boolean {
  const m = NEXT_LOWER_WORD.exec(text.slice(e, e + 24));
  if (!m) return false;
  return isTitleWord(m[1]) || lexicon().roleNouns.has(m[1]);
}

/** The document entity of candidate `k` of unit `ui` when it can speak: a person's or an organisation's with an actor. */
export function speakingEnt(st: DocState, ui: number, k: number): DocEnt | undefined {
  const x = entAt(st, ck(st, ui, k));
  if (x === undefined) return undefined;
  const de = st.docEnts[x];
  return de.actorKey && (de.type === 'person' || de.type === 'organization') ? de : undefined;
}

/** `q` is spoken by `de`, found `how`, with `confidence`. */
export function setSpeaker(q: QuoteBuild, de: DocEnt, how: How, confidence: number): void {
  q.actorKey = de.actorKey;
  q.speakerSpan = { start: de.s, end: de.e };
  q.how = how;
  q.confidence = confidence;
}

export { cueFollows, cuePrecedes } from './speaksHere';
export { sentenceSpeaker, subClauseSpeaker, subjectOfSentence } from './sentenceSubject';
