// A small learned model over the reported clauses of a stripped document that no quote covers yet (`X said (that)
// CLAUSE`, `..., X said, CLAUSE`): the probability that the clause keeps some of the speaker's own words, quoted in the
// original, whose marks were stripped. Each clause is described by hand-defined, closed-class features (the cue and
// its tense, the form of the attribution and its subject, first and second person, stripped contractions, the
// spoken register, modals, questions and exclamations, numbers and dates, length, position, the paragraph's other
// quotes); a logistic score sums their weights. The weights are data (`../data/fragmentModel.json`, learned by
// `test/eval/fragmentModel.ts` from PolNeAR train: numbers only). With `mode: "on"` a clause whose probability reaches
// the threshold becomes a partial quote of the attribution's subject, its confidence below the rules' fragments.
// Pure; linear in the paragraph (one mask per token, prefix counts, one binary search per attribution).
import type { Attr } from '../attribution';
import { K, type Tok } from '../tokens';
import { ck, type DocState, entAt, How, type QuoteBuild } from './state';
import { applyAttr, newQuote } from './speakers';
import { quoteOverlaps } from './quoteAttrs';
import { alignWeights, upperBound, wordsAtLeast } from './util';
import { MONTHS, STRIPPED_CONTRACTIONS, WEEKDAYS } from '../lexicon';
import weightsJson from '../data/fragmentModel.json';

/** The rules' word tests (fragments.ts), handed in to keep the modules apart. */
export interface WordProbe {
  isFirst(t: Tok): boolean;
  isSecond(t: Tok): boolean;
  isEmphatic(t: Tok): boolean;
  isPerson(t: Tok): boolean;
}

/** Cues with a feature of their own (the rest share `cueOther`). */
const CUES = ['said', 'says', 'told', 'tells', 'added', 'wrote', 'writes', 'argued', 'noted', 'explained', 'insisted', 'warned', 'claimed', 'stated', 'asked', 'acknowledged', 'suggested'] as const;

/** Feature names, in weight order. */
export const FRAG_FEATURES = [
  'bias', ...CUES.map((c) => 'cue_' + c), 'cueOther', 'cuePresent', 'belief', 'weak', 'parenthetical', 'that',
  'subjEntity', 'subjPronoun', 'subjPhrase', 'first', 'second', 'meUs', 'contraction', 'emphatic', 'modal',
  'question', 'exclaim', 'number', 'money', 'date', 'caps', 'presentAux', 'pastAux', 'negation', 'universal',
  'innerCue', 'words', 'short', 'long', 'personAround', 'personBefore', 'para0', 'sent0', 'endsPara', 'paraQuotes',
  'prevParaQuote', 'quoteWord', 'stance', 'evaluative', 'deixis', 'they', 'subjPerson', 'presentAfterPast', 'nextVoice',
] as const;
const F: Record<string, number> = Object.fromEntries(FRAG_FEATURES.map((n, i) => [n, i]));

export interface FragmentModelData { source?: string; mode: 'on' | 'off' | 'all'; threshold: number; features: string[]; weights: number[] }

let data: FragmentModelData = weightsJson as unknown as FragmentModelData;
let weights: number[] = alignWeights(FRAG_FEATURES, data);

/** Replaces the weights (the training script, tests; `null` restores the bundled ones). */
export function setFragmentModel(d: FragmentModelData | null): void {
  data = d ?? (weightsJson as unknown as FragmentModelData);
  weights = alignWeights(FRAG_FEATURES, data);
}

/** The bundled or current model. */
export function fragmentModel(): Readonly<FragmentModelData> {
  return data;
}

export interface FragmentRecord { s: number; e: number; f: number[]; p: number }
let trace: ((r: FragmentRecord) => void) | null = null;
/** The training script's hook: every candidate clause with its features. */
export function setFragmentTrace(t: ((r: FragmentRecord) => void) | null): void {
  trace = t;
}

/** The probability of a feature vector under weights `w`. */
export function fragmentProbability(f: readonly number[], w: readonly number[] = weights): number {
  let z = 0;
  for (let i = 0; i < f.length; i++) z += f[i] * (w[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The confidence of a model quote: at most 0.45 (the rules' fragments), rising with the probability. */
export const modelConfidence = (p: number): number => Math.min(0.45, 0.15 + 0.4 * p);

// Token classes, one bit each.
const B = {
  first: 1, second: 2, meUs: 4, contraction: 8, emphatic: 16, modal: 32, question: 64, exclaim: 128, number: 256,
  money: 512, date: 1024, caps: 2048, presentAux: 4096, pastAux: 8192, negation: 16384, universal: 32768, word: 65536,
  person: 131072, quoteWord: 262144, stance: 524288, evaluative: 1048576, deixis: 2097152, they: 4194304,
} as const;
const BITS = Object.keys(B) as Array<keyof typeof B>;
const MODALS = new Set(['will', 'would', 'could', 'should', 'might', 'must', 'can', 'may', 'shall', 'cannot', 'wont', 'cant', 'couldnt', 'wouldnt', 'shouldnt']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'do', 'does', 'isnt', 'arent', 'hasnt', 'havent', 'dont', 'doesnt']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'wasnt', 'werent', 'hadnt', 'didnt']);
const NEGATION = new Set(['not', 'never', 'no', 'nothing', 'neither', 'nor']);
const UNIVERSAL = new Set(['always', 'ever', 'every', 'everything', 'everyone', 'all', 'anything', 'anyone', 'forever']);
/** Stance and hedging adverbs and vague words of speech (`obviously`, `maybe`, `things`). */
const STANCE = new Set(['so', 'just', 'maybe', 'probably', 'obviously', 'certainly', 'definitely', 'clearly', 'simply', 'literally', 'actually', 'thing', 'things', 'kind', 'sort', 'gonna', 'going', 'anyway', 'sure', 'course']);
/** Evaluative adjectives (`unfair`, `dangerous`, `the best`). */
const EVALUATIVE = new Set(['good', 'bad', 'best', 'worst', 'better', 'worse', 'important', 'wrong', 'fair', 'unfair', 'dangerous', 'outrageous', 'unacceptable', 'shameful', 'strong', 'tough', 'serious', 'hard', 'proud', 'happy', 'angry', 'afraid', 'critical', 'historic', 'unprecedented']);
/** Deixis of the speaker's here and now (`this`, `here`, `now`). */
const DEIXIS = new Set(['this', 'these', 'here', 'now', 'today', 'tonight']);
const THEY = new Set(['they', 'them', 'their', 'theyre']);
/** Words that name words (`the word`, `a phrase`, `so-called`): a reporter's sign of a quoted phrase. */
const QUOTE_WORDS = new Set(['word', 'words', 'phrase', 'term', 'slogan', 'motto', 'dubbed', 'so-called']);
/** Stripped contractions that are no other word (`were`, `well`, `its`, `ill`: also words). */
const CONTRACTIONS = new Set([...STRIPPED_CONTRACTIONS].filter((w) => !['its', 'were', 'well', 'wed', 'ill', 'id', 'hell', 'shell', 'shed', 'hed', 'lets'].includes(w)));

function tokMask(t: Tok, probe: WordProbe): number {
  let m = 0;
  if (t.kind === K.Punct) {
    if (t.t === '?') m |= B.question;
    else if (t.t === '!') m |= B.exclaim;
    else if (t.t === '$' || t.t === '%') m |= B.money;
    return m;
  }
  if (t.kind === K.Num) return m | B.number | B.word;
  m |= B.word;
  if (probe.isFirst(t)) m |= B.first;
  if (probe.isSecond(t)) m |= B.second;
  if (probe.isPerson(t)) m |= B.person;
  if (t.lower === 'me' || t.lower === 'us') m |= B.meUs;
  if (CONTRACTIONS.has(t.lower)) m |= B.contraction;
  if (probe.isEmphatic(t)) m |= B.emphatic;
  if (MODALS.has(t.lower)) m |= B.modal;
  if (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) m |= B.date;
  if (t.cap && !t.initial) m |= B.caps;
  if (PRESENT_AUX.has(t.lower)) m |= B.presentAux;
  if (PAST_AUX.has(t.lower)) m |= B.pastAux;
  if (NEGATION.has(t.lower)) m |= B.negation;
  if (UNIVERSAL.has(t.lower)) m |= B.universal;
  if (QUOTE_WORDS.has(t.lower)) m |= B.quoteWord;
  if (STANCE.has(t.lower)) m |= B.stance;
  if (EVALUATIVE.has(t.lower)) m |= B.evaluative;
  if (DEIXIS.has(t.lower)) m |= B.deixis;
  if (THEY.has(t.lower)) m |= B.they;
  return m;
}

/** Prefix counts per class: `c[b * (n + 1) + k]` is the number of tokens before k in class `b`. */
function classCounts(toks: Tok[], probe: WordProbe): Int32Array {
  const n = toks.length;
  const c = new Int32Array(BITS.length * (n + 1));
  for (let k = 0; k < n; k++) {
    const m = tokMask(toks[k], probe);
    for (let b = 0; b < BITS.length; b++) c[b * (n + 1) + k + 1] = c[b * (n + 1) + k] + ((m >> b) & 1);
  }
  return c;
}

/** A clause after its cue: `X said (that) ...` or, mid-sentence, `..., X said, ...`. */
const reported = (at: Attr): boolean => (at.form === 'preposed' || at.form === 'parenthetical') && at.contentE > at.contentS;

/** The sentences of a paragraph that hold an attribution's cue. */
function sentsWithAttr(d: { sents: unknown[]; attrs: Attr[] }): Uint8Array {
  const m = new Uint8Array(d.sents.length);
  for (const a of d.attrs) if (a.sent >= 0 && a.sent < m.length) m[a.sent] = 1;
  return m;
}

/** The speaker's voice going on after a reported clause that ends its sentence (`X said the plan works. We are
 *  proud of it.`): among the next sentences without a cue of their own (at most three), the last one with a first or
 *  second person or a stripped contraction; -1 when none. */
export function voicedRun(sents: ReadonlyArray<{ t0: number; t1: number }>, si: number, attrSents: Uint8Array, voice: (t0: number, t1: number) => number): number {
  let last = -1;
  for (let j = si + 1; j < sents.length && j <= si + 3 && !attrSents[j]; j++) if (voice(sents[j].t0, sents[j].t1) > 0) last = j;
  return last;
}

/** The reported clauses of unit `ui` no quote covers, scored; with the model on, those at or above its threshold
 *  become partial quotes (into `paraQuotes`). */
export function modelFragments(st: DocState, ui: number, paraQuotes: QuoteBuild[], probe: WordProbe, maxTokens: number): void {
  if (data.mode === 'off' && !trace) return;
  const u = st.units[ui];
  const d = u.data;
  const toks = d.toks;
  const n = toks.length;
  let cc: Int32Array | null = null;
  let cueAt: Int32Array | null = null;
  let overlaps: ReturnType<typeof quoteOverlaps> | null = null;
  let attrSents: Uint8Array | null = null;
  const found = paraQuotes.length;
  const prevQuote = st.quotes.length > 0 && st.quotes[st.quotes.length - 1].paragraph === u.index - 1;
  const cnt = (b: keyof typeof B, k0: number, k1: number): number => {
    const o = BITS.indexOf(b) * (n + 1);
    return cc![o + k1] - cc![o + k0];
  };
  for (const at of d.attrs) {
    if (!reported(at)) continue;
    const sn = d.sents[at.sent];
    const k0 = Math.max(sn.t0, upperBound(toks, at.contentS - 1, (t) => t.s));
    const k1 = Math.min(sn.t1, upperBound(toks, at.contentE - 1, (t) => t.s));
    if (k1 <= k0 || k1 - k0 > maxTokens) continue;
    const q = newQuote(st, ui, u.start + toks[k0].s, u.start + toks[k1 - 1].e, false);
    if (!wordsAtLeast(st.text, q.s, q.e, 3)) continue;
    overlaps ??= quoteOverlaps(paraQuotes, d.attrs.length);
    if (overlaps.test(q)) continue;
    if (!cc) {
      cc = classCounts(toks, probe);
      cueAt = new Int32Array(n + 1);
      const isCue = new Uint8Array(n);
      for (const a of d.attrs) { const k = upperBound(toks, a.cueS - 1, (t) => t.s); if (k < n) isCue[k] = 1; }
      for (let k = 0; k < n; k++) cueAt[k + 1] = cueAt[k] + isCue[k];
    }
    const f = new Array<number>(FRAG_FEATURES.length).fill(0);
    const set = (name: string, v = 1) => { f[F[name]] = v; };
    set('bias');
    const cue = at.cue.toLowerCase();
    set((CUES as readonly string[]).includes(cue) ? 'cue_' + cue : 'cueOther');
    if (cue.endsWith('s') && !cue.endsWith('ss')) set('cuePresent');
    if (!at.direct) set('belief');
    if (at.weak) set('weak');
    if (at.form === 'parenthetical') set('parenthetical');
    if (toks[k0].lower === 'that') set('that');
    set(at.subject.kind === 'entity' ? 'subjEntity' : at.subject.kind === 'pronoun' ? 'subjPronoun' : 'subjPhrase');
    if (at.subject.kind === 'entity') {
      const di = entAt(st, ck(st, ui, at.subject.ent));
      const key = di === undefined ? null : st.docEnts[di].actorKey;
      if (key && st.actors.get(key)?.type === 'person') set('subjPerson');
    }
    if (!f[F.cuePresent] && cnt('presentAux', k0, k1) > 0) set('presentAfterPast');
    const words = Math.max(1, cnt('word', k0, k1));
    for (const b of ['first', 'second', 'meUs', 'contraction', 'emphatic', 'modal', 'question', 'exclaim', 'number', 'money', 'date', 'presentAux', 'pastAux', 'negation', 'universal', 'quoteWord', 'stance', 'evaluative', 'deixis', 'they'] as const) {
      if (cnt(b, k0, k1) > 0) set(b);
    }
    set('caps', Math.min(1, cnt('caps', k0, k1) / words * 3));
    if (cueAt![k1] - cueAt![k0] > 0) set('innerCue');
    set('words', Math.min(1, Math.log2(words) / 6));
    if (words <= 6) set('short');
    if (words >= 25) set('long');
    if (cnt('person', sn.t0, sn.t1) - cnt('person', k0, k1) > 0) set('personAround');
    if (at.sent > 0) { const pv = d.sents[at.sent - 1]; if (cnt('person', pv.t0, pv.t1) > 0) set('personBefore'); }
    if (u.index === 0) set('para0');
    if (at.sent === 0) set('sent0');
    if (at.sent === d.sents.length - 1) set('endsPara');
    if (found > 0) set('paraQuotes');
    if (prevQuote) set('prevParaQuote');
    const next = k1 >= sn.t1 - 1 ? voicedRun(d.sents, at.sent, attrSents ??= sentsWithAttr(d), (a, b) => cnt('first', a, b) + cnt('second', a, b) + cnt('contraction', a, b)) : -1;
    if (next >= 0) set('nextVoice');
    const p = fragmentProbability(f);
    trace?.({ s: q.s, e: q.e, f, p });
    if (data.mode === 'off' || (data.mode === 'on' && p < data.threshold)) continue;
    if (next >= 0) { const e = q.e; q.e = u.start + d.sents[next].e; if (overlaps.test(q)) q.e = e; }
    applyAttr(st, q, at, ui, How.Before);
    q.kind = 'partial';
    q.confidence = Math.min(q.confidence, modelConfidence(p));
    paraQuotes.push(q);
    overlaps.add(q);
  }
}
