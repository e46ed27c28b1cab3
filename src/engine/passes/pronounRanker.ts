// A small learned ranker for the antecedent of a speaker pronoun (`he`, `she`): the candidates are the compatible
// actors mentioned before the pronoun in its paragraph and in the three paragraphs before it, and the speakers of the
// quotes there (at most MAX_CANDS, the most recent first, plus the rules' own pick). Each is described by hand-defined,
// non-lexical features (distance, subject or object position, speaking, quotes spoken, gender known, the rules' pick);
// a linear score ranks them. The weights are data (`../data/pronounRanker.json`, learned by
// `test/eval/pronounRanker.ts`); scoring is a sum, so it is deterministic and linear in the mentions read.
import type { ActorBuild, DocEnt, DocState, QuoteBuild } from './state';
import { alignWeights, entStart, quoteStart, sentOf, upperBound } from './util';
import weightsJson from '../data/pronounRanker.json';

/** Feature names, in weight order. */
export const RANK_FEATURES = [
  'rule', 'same', 'para1', 'para2', 'para3', 'sent0', 'sent1', 'sent2', 'prevLast', 'rank0', 'rank1', 'rank2',
  'lead', 'speaks', 'anySpeaks', 'objPoss', 'role', 'noMention', 'prevQuote', 'recentQuote', 'quotes', 'mentions',
  'docMentions', 'gender', 'firstActor', 'title', 'speaker', 'sameSpeaks', 'sameLead', 'ruleSame',
] as const;
const F: Record<string, number> = Object.fromEntries(RANK_FEATURES.map((n, i) => [n, i]));
const NF = RANK_FEATURES.length;
/** A candidate's features before any is set (copied: a packed array of small integers, not a new one filled). */
const NO_FEATURES: number[] = new Array<number>(NF).fill(0);
const I_RULE = F.rule, I_SAME = F.same, I_PREV_LAST = F.prevLast, I_LEAD = F.lead, I_SPEAKS = F.speaks;
const I_PARA = [-1, F.para1, F.para2, F.para3], I_RANK = [F.rank0, F.rank1, F.rank2];
const I_SENT0 = F.sent0, I_SENT1 = F.sent1, I_SENT2 = F.sent2, I_ANY_SPEAKS = F.anySpeaks, I_OBJ_POSS = F.objPoss;
const I_ROLE = F.role, I_NO_MENTION = F.noMention, I_PREV_QUOTE = F.prevQuote, I_RECENT_QUOTE = F.recentQuote;
const I_QUOTES = F.quotes, I_MENTIONS = F.mentions, I_DOC_MENTIONS = F.docMentions, I_GENDER = F.gender;
const I_FIRST_ACTOR = F.firstActor, I_TITLE = F.title, I_SPEAKER = F.speaker, I_SAME_SPEAKS = F.sameSpeaks;
const I_SAME_LEAD = F.sameLead, I_RULE_SAME = F.ruleSame;

/** At most this many candidates (the most recent actors), plus the rules' pick. */
export const MAX_CANDS = 12;
/** Mentions, or quotes, read back at most (a paragraph of thousands of names is read once per pronoun up to here). */
const LOOKBACK = 200;

export interface RankCand { key: string; same: boolean; f: number[] }
/** `mode`: `off` (the rules alone), `confidence` (the rules' pick, the ranker's probability of it as confidence), `on`
 *  (the ranker's pick). */
export interface RankerData { source?: string; mode: 'on' | 'off' | 'confidence'; features: string[]; weights: number[] }

/** What the speakers pass knows about a mention (its own helpers, handed in to keep the modules apart). */
export interface MentionProbe {
  fits(a: ActorBuild | undefined): boolean;
  speaks(d: DocEnt): boolean;
  objPoss(d: DocEnt): boolean;
  role(d: DocEnt): boolean;
  lead(d: DocEnt): boolean;
  /** A mention that is no candidate: inside a quote, or a family named in the plural (`the Okafors`). */
  excluded(d: DocEnt): boolean;
}

let data: RankerData = weightsJson as unknown as RankerData;
let weights: number[] = alignWeights(RANK_FEATURES, data);

/** Replaces the weights (the training script; `null` restores the bundled ones). */
export function setRankerWeights(d: RankerData | null): void {
  data = d ?? (weightsJson as unknown as RankerData);
  weights = alignWeights(RANK_FEATURES, data);
}

export interface PronounRecord { pos: number; pron: string; rule: string | null; cands: Array<RankCand & { names: string[] }> }
let trace: ((r: PronounRecord) => void) | null = null;
/** The training script's hook: every ranked pronoun with its candidates. */
export function setPronounTrace(t: ((r: PronounRecord) => void) | null): void {
  trace = t;
}

/** The key of the person actor named first in the document (kept in the document state once asked). */
function firstActor(st: DocState): string | null {
  if (st.firstPerson === undefined) {
    let best: ActorBuild | null = null;
    for (const a of st.actors.values()) if (a.type === 'person' && (!best || a.first < best.first)) best = a;
    st.firstPerson = best ? best.key : null;
  }
  return st.firstPerson;
}

interface Acc { key: string; d: DocEnt | null; paraDist: number; sentDist: number; prevLast: boolean; anySpeaks: boolean; mentions: number; quotes: number; prevQuote: boolean; recentQuote: boolean }

/** The candidates of the pronoun at `pos` in unit `ui`, the most recent first. */
export function gatherCandidates(st: DocState, ui: number, pos: number, skip: { s: number; e: number } | null, rule: string | null, probe: MentionProbe): RankCand[] {
  const { units, actors } = st;
  const accs = new Map<string, Acc>();
  const order: Acc[] = [];
  const accOf = (key: string): Acc | null => {
    let a = accs.get(key);
    if (!a) {
      if (order.length >= MAX_CANDS && key !== rule) return null;
      a = { key, d: null, paraDist: 9, sentDist: 9, prevLast: false, anySpeaks: false, mentions: 0, quotes: 0, prevQuote: false, recentQuote: false };
      accs.set(key, a);
      order.push(a);
    }
    return a;
  };
  const uIdx = units[ui].index;
  const pu = units[ui];
  const pSent = sentOf(pu.data, pos - pu.start);
  let n = 0;
  for (let k = ui; k >= 0 && n < LOOKBACK; k--) {
    const u = units[k];
    if (u.index < 0 || uIdx - u.index > 3) break;
    const ue = st.unitEnts[k];
    const top = k === ui ? upperBound(ue, pos - 1, entStart) - 1 : ue.length - 1;
    const lastSent = u.data.sents.length - 1;
    for (let j = top; j >= 0 && n < LOOKBACK; j--, n++) {
      const d = ue[j];
      if (d.s >= pos || !d.actorKey || (skip && d.s >= skip.s && d.s < skip.e)) continue;
      // (Once the candidates are full, only their own mentions are still counted: the others are not asked about.)
      if (order.length >= MAX_CANDS && d.actorKey !== rule && !accs.has(d.actorKey)) continue;
      if (!probe.fits(actors.get(d.actorKey)) || probe.excluded(d)) continue;
      const a = accOf(d.actorKey);
      if (!a) continue;
      a.mentions++;
      const sp = probe.speaks(d);
      if (sp) a.anySpeaks = true;
      if (a.d) continue;
      a.d = d;
      a.paraDist = uIdx - u.index;
      const si = sentOf(u.data, d.s - u.start);
      a.sentDist = k === ui ? pSent - si : 9;
      a.prevLast = uIdx - u.index === 1 && si === lastSent;
    }
  }
  // Quote speakers: the paragraph's quotes before the pronoun, then the quotes of the three paragraphs before.
  let seen = 0;
  const onQuote = (q: QuoteBuild): void => {
    if (!q.actorKey || (skip && q.s === skip.s && q.e === skip.e)) return;
    seen++;
    if (!probe.fits(actors.get(q.actorKey))) return;
    const a = accOf(q.actorKey);
    if (!a) return;
    a.quotes++;
    if (seen === 1) a.prevQuote = true;
    if (seen <= 3) a.recentQuote = true;
    if (a.paraDist > uIdx - units[q.unit].index) a.paraDist = uIdx - units[q.unit].index;
  };
  let m = 0;
  for (let k = st.curPara.length - 1; k >= 0 && m < LOOKBACK; k--, m++) if (st.curPara[k].e <= pos) onQuote(st.curPara[k]);
  const uq = st.unitQuotes[ui];
  for (let k = upperBound(uq, pos - 1, quoteStart) - 1; k >= 0 && m < LOOKBACK; k--, m++) if (uq[k].e <= pos) onQuote(uq[k]);
  for (let k = upperBound(st.quotes, uIdx - 1, (x) => units[x.unit].index) - 1; k >= 0 && m < LOOKBACK; k--, m++) {
    const q = st.quotes[k];
    const qi = units[q.unit].index;
    if (uIdx - qi > 3) break;
    if (qi < uIdx) onQuote(q);
  }
  if (rule !== null && !accs.has(rule)) accOf(rule);
  const first = firstActor(st);
  return order.map((a, rank) => {
    // (Indices fixed once at load: a name looked up per feature and candidate was a tenth of the edit path's pronouns.)
    const f = NO_FEATURES.slice();
    const actor = actors.get(a.key);
    const d = a.d;
    const same = a.paraDist === 0;
    const isRule = a.key === rule;
    f[I_RULE] = +isRule;
    f[I_SAME] = +same;
    if (a.paraDist >= 1 && a.paraDist <= 3) f[I_PARA[a.paraDist]] = 1;
    if (d && same) f[a.sentDist === 0 ? I_SENT0 : a.sentDist === 1 ? I_SENT1 : I_SENT2] = 1;
    f[I_PREV_LAST] = +a.prevLast;
    if (rank < 3) f[I_RANK[rank]] = 1;
    const lead = !!d && probe.lead(d);
    const speaks = !!d && probe.speaks(d);
    f[I_LEAD] = +lead;
    f[I_SPEAKS] = +speaks;
    f[I_ANY_SPEAKS] = +a.anySpeaks;
    f[I_OBJ_POSS] = +(!!d && probe.objPoss(d));
    f[I_ROLE] = +(!!d && probe.role(d));
    f[I_NO_MENTION] = +!d;
    f[I_PREV_QUOTE] = +a.prevQuote;
    f[I_RECENT_QUOTE] = +a.recentQuote;
    f[I_QUOTES] = Math.log2(1 + a.quotes);
    f[I_MENTIONS] = Math.log2(1 + a.mentions);
    f[I_DOC_MENTIONS] = actor ? Math.log2(1 + actor.mentions.length) / 4 : 0;
    f[I_GENDER] = +(!!actor && actor.gender !== null);
    f[I_FIRST_ACTOR] = +(a.key === first);
    f[I_TITLE] = +(!!d && d.title !== null);
    f[I_SPEAKER] = +(!!actor && actor.speaker);
    f[I_SAME_SPEAKS] = +(same && speaks);
    f[I_SAME_LEAD] = +(same && lead);
    f[I_RULE_SAME] = +(isRule && same);
    return { key: a.key, same, f };
  });
}

export function scoreCand(f: number[], w: number[] = weights): number {
  let s = 0;
  for (let i = 0; i < f.length; i++) s += f[i] * w[i];
  return s;
}

/** The candidate the ranker scores highest (ties keep the more recent one) and its softmax probability among them, or
 *  null when there are none. `at`: the index of a candidate whose probability to give instead (the rules' pick). */
export function pickCandidate(cands: RankCand[], at = -1): { cand: RankCand; p: number } | null {
  if (cands.length === 0) return null;
  const s = cands.map((c) => scoreCand(c.f));
  let best = 0;
  for (let i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
  const k = at >= 0 ? at : best;
  let z = 0;
  for (const x of s) z += Math.exp(x - s[best]);
  return { cand: cands[k], p: Math.exp(s[k] - s[best]) / z };
}

/** Whether `rankPronoun` reads the candidates for the rules' pick `rule` (else it answers `rule` at once, and a caller
 *  need not make the probe). */
export function rankerReads(st: DocState, rule: { key: string } | null): boolean {
  // (Without the rules' pick there is nothing to grade: candidates are gathered then only for the training trace.)
  if ((data.mode === 'off' || !rule) && !trace) return false;
  // (In `confidence` mode the answer is the rules' pick whatever the candidates; a caller that keeps only the speaker
  // has no use for its probability.)
  return !(data.mode === 'confidence' && st.speakerOnly && !trace);
}

/** The antecedent of `pron` at `pos` given the rules' pick `rule` (one of the features): with mode `on` the ranker's
 *  top candidate, with `confidence` the rules' pick; `p` is the ranker's probability of the answer (for the quote's
 *  confidence), absent when the ranker is off. Traced when the training script asks. */
export function rankPronoun(st: DocState, pron: string, ui: number, pos: number, skip: { s: number; e: number } | null, rule: { key: string; same: boolean } | null, probe: MentionProbe): { key: string; same: boolean; p?: number } | null {
  if (!rankerReads(st, rule)) return rule;
  const cands = gatherCandidates(st, ui, pos, skip, rule ? rule.key : null, probe);
  if (trace) {
    const names = (k: string): string[] => { const a = st.actors.get(k); return a ? [a.name, ...a.forms] : []; };
    trace({ pos, pron, rule: rule ? rule.key : null, cands: cands.map((c) => ({ ...c, names: names(c.key) })) });
  }
  if (!rule || data.mode === 'off') return rule;
  const p = pickCandidate(cands, data.mode === 'on' ? -1 : cands.findIndex((c) => c.key === rule.key));
  if (!p) return rule;
  return { key: p.cand.key, same: p.cand.key === rule.key ? rule.same : p.cand.same, p: rivalAdjusted(cands, p.cand, p.p) };
}

/** How much lower the probability of a middling pick (0.5–0.7) is taken when another candidate of the same known
 *  gender holds at least CLOSE_RIVAL of the rest: two people the text gives the pronoun's gender, about equally
 *  likely. On train, rules' picks in that band were right 0.55 of the time with such a rival (n 53), 0.85 without
 *  (n 61); the cut moves the pick's factor down by about one band. */
const CLOSE_RIVAL_CUT = 0.1;
const CLOSE_RIVAL = 0.25;
/** The probability `p` of the pick, lowered by CLOSE_RIVAL_CUT when it is middling and has a close rival. */
export function rivalAdjusted(cands: RankCand[], pick: RankCand, p: number): number {
  return p >= 0.5 && p < 0.7 && closeRival(cands, pick) ? p - CLOSE_RIVAL_CUT : p;
}
function closeRival(cands: RankCand[], pick: RankCand): boolean {
  const g = F.gender;
  if (!pick.f[g]) return false;
  const s = cands.map((c) => scoreCand(c.f));
  const top = Math.max(...s);
  let z = 0;
  for (const x of s) z += Math.exp(x - top);
  return cands.some((c, i) => c !== pick && c.f[g] > 0 && Math.exp(s[i] - top) / z >= CLOSE_RIVAL);
}

/** A speaker pronoun quote's confidence factor from the ranker's probability of its antecedent, about the share of
 *  right picks at that probability (on train, cross-validated: 0.87 above 0.85, 0.76 from 0.7, 0.62 from 0.5, 0.44
 *  from 0.3, 0.3 below). */
export function pronounFactor(p: number): number {
  return Math.min(0.9, 0.15 + 0.8 * p);
}

/** The confidence of a quote given to the resolved `he` / `she` that is the subject of its sentence or the possessor
 *  of a said-noun (no cue names it): the ranker's factor for its probability `p` of the antecedent, a little less
 *  (×0.9: on train such quotes are right about as often as the factor says; a fixed 0.45 put sure picks in the
 *  lowest band), else 0.45 as before when the ranker gives none. */
export function subjectPronounConfidence(p: number | undefined): number {
  return p === undefined ? 0.45 : 0.9 * pronounFactor(p);
}
