// A small learned typer for capitalised names the rules leave untyped or weak: an averaged perceptron over sparse
// features (word shape, suffixes, the words around the name, lexicon and gazetteer hits, the rule's own guess, other
// mentions of the name in the document) decides person / organisation / place / none. Its weights are data
// (`../data/typer.json`, learned from GUM's tuning half by `test/eval/gumTyper.ts`); scoring is a sum of weights, so
// it is deterministic and linear in the number of candidates.
import { cityKind } from '../gazetteer';
import { lexicon, SPEECH_CUES } from '../lexicon';
import { K, type Tok } from '../tokens';
import type { ECand } from './cand';
import { gazType } from './words';
import weightsJson from '../data/typer.json';
import { plain } from '../plainPattern';
import { ANY_UPPER } from '../wordShapes';

const ANY_LOWER = plain(String.raw`\p{Ll}`, 'u');

export type TyperClass = 'person' | 'organization' | 'place' | null;
/** Classes in weight order; `none` scores 0 (the weights are stored as differences from it). */
export const TYPER_CLASSES: readonly TyperClass[] = ['person', 'organization', 'place'];

/** `mode`: `off` (rules only), or the rules' types (`none` for no entity) whose weak or unknown candidates the typer
 *  decides, comma-separated (`none,organization`); the others keep the rules' type. `margin`: how far the best type
 *  must beat none (`marginNew` for a name the rules leave untyped); `drop`: how far below the margin the rules' own
 *  type must score before the typer drops the name. */
export interface TyperData {
  source?: string; mode: string; margin: number; marginNew?: number; drop?: number;
  /** Per feature, its three weights (what training makes; `packTyperData` turns it into `keys` and `values`). */
  weights?: Record<string, number[]>;
  /** Packed, as the data file holds them: the features joined by `\n`, and their weights three by three in that order.
   *  A bundle then carries a string and a number array instead of an object of 4,500 keys built at load, and the first
   *  analysis makes one map of feature to index (about 5 ms less of a worker's start-up). */
  keys?: string;
  values?: number[];
}
let data: TyperData = weightsJson as unknown as TyperData;
/** Feature → index of its weights in `weightValues` (three each), made on first use. */
let weightMap: Map<string, number> | null = null;
let weightValues: readonly number[] = [];
/** Bumped whenever the weights change: candidates' memoised scores of another version are recomputed. */
let version = 1;

/** Replaces the weights (the training script's cross-validation; `null` restores the bundled ones). */
export function setTyperWeights(w: TyperData | null): void {
  data = w ?? (weightsJson as unknown as TyperData);
  weightMap = null;
  version++;
}

/** The weights' version (answers kept with another version are made afresh: passes/namesKept.ts). */
export function typerVersion(): number {
  return version;
}

/** What the document says about a one-word name across its mentions (filled by the names pass before typing). */
export interface NameContext {
  /** Mentions after a place preposition (`in`, `near`, `from`, `to`, `at`). */
  placePrep: number;
  /** Mentions after `the`. */
  the: number;
  /** Mentions followed by a speech cue or a verb in the past or present tense. */
  acts: number;
  /** Mentions in all. */
  count: number;
}

export interface TyperInput {
  toks: Tok[];
  c: ECand;
  /** The rules' type for it (null: none) and whether the rules kept it weak. */
  rule: string | null;
  speaker: boolean;
  /** The document's strong type for the same name, if any, and whether a full person name has it as surname. */
  strong: string | null;
  surnameOf: boolean;
  doc: NameContext | undefined;
}

const PLACE_PREP = /^(?:in|near|from|to|at|into|across|outside|around|through|toward|towards|via)$/;

/** The shape of a word: upper `X`, lower `x`, digit `d`, others as is, runs collapsed (`McDonald` → `XxXx`). */
function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const s = ANY_UPPER.test(ch) ? 'X' : ANY_LOWER.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (s !== last) out += s;
    last = s;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

function word(toks: Tok[], i: number, sent: number): string {
  const t = toks[i];
  if (!t || t.sent !== sent) return '<s>';
  return t.kind === K.Word ? (t.cap ? 'C:' + t.lower : t.lower) : t.kind === K.Num ? '<num>' : t.t;
}

/** Whether the word at `i` acts: a speech cue or a verb in the past or present tense. */
export function actsAt(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || t.kind !== K.Word || t.cap) return false;
  const tag = lexicon().common.get(t.lower);
  return SPEECH_CUES.has(t.lower) || tag === 'PastTense' || tag === 'PresentTense';
}

/** The features of a candidate that depend on its paragraph only (memoised per candidate, see `localScores`). */
export function typerLocalFeatures(toks: Tok[], c: ECand): string[] {
  const lex = lexicon();
  const a = c.t0;
  const b = c.t1;
  const n = b - a;
  const first = toks[a];
  const last = toks[b - 1];
  const sent = first.sent;
  const f: string[] = ['bias', 'n=' + Math.min(n, 3), 'cand=' + c.type];
  const lw = last.lower;
  f.push('sh=' + shape(last.t), 'w=' + lw, 's3=' + lw.slice(-3), 's2=' + lw.slice(-2), 'p3=' + lw.slice(0, 3));
  if (n > 1) f.push('sh0=' + shape(first.t), 'w0=' + first.lower);
  const p1 = word(toks, a - 1, sent);
  const p2 = a >= 2 ? word(toks, a - 2, sent) : '<s>';
  const n1 = word(toks, b, sent);
  const n2 = word(toks, b + 1, sent);
  f.push('p1=' + p1, 'p2=' + p2, 'n1=' + n1, 'n2=' + n2, 'p2p1=' + p2 + '_' + p1, 'n1n2=' + n1 + '_' + n2);
  const pt = toks[a - 1] && toks[a - 1].kind === K.Word ? lex.common.get(toks[a - 1].lower) : undefined;
  const nt = toks[b] && toks[b].kind === K.Word ? lex.common.get(toks[b].lower) : undefined;
  f.push('pt=' + (pt ?? '-'), 'nt=' + (nt ?? '-'));
  if (first.initial) f.push('init', 'init_n1=' + n1);
  if (c.title) f.push('title');
  if (c.cueAfter) f.push('cue');
  if (actsAt(toks, b)) f.push('acts');
  if (c.possBase) f.push('poss');
  const fl = first.lower;
  if (lex.firstNames.has(fl) || lex.maleNames.has(fl) || lex.femaleNames.has(fl)) f.push('first');
  if (lex.lastNames.has(lw)) f.push('last');
  const tag = lex.common.get(lw);
  if (tag) f.push('tag=' + tag);
  const g = gazType(lw);
  if (g) f.push('gaz=' + g);
  const city = cityKind(lw);
  if (city) f.push('city=' + city);
  return f;
}

// Document features as constant strings (looked up on every analysis: no concatenation, hashes cached).
const RULE_FEATS: Record<string, [string, string]> = {};
for (const r of ['none', 'person', 'organization', 'place', 'group', 'date', 'money', 'percent', 'unknown']) RULE_FEATS[r] = ['rule=' + r, 'rule=' + r + '/w'];
const STRONG_FEATS: Record<string, string> = {};
for (const r of ['person', 'organization', 'place', 'group', 'date', 'money', 'percent']) STRONG_FEATS[r] = 'strong=' + r;
const DN_FEATS = ['dn=0', 'dn=1', 'dn=2', 'dn=3'];
const DPREP_FEATS = ['dprep=0', 'dprep=1', 'dprep=2'];

/** The features of a candidate that depend on the rest of the document (the rules' type, speakers, other mentions). */
export function typerDocFeatures(x: TyperInput): string[] {
  const r = x.rule ?? 'none';
  const f: string[] = [(RULE_FEATS[r] ?? ['rule=' + r, 'rule=' + r + '/w'])[x.c.weak ? 1 : 0]];
  if (x.speaker) f.push('speaker');
  if (x.strong) f.push(STRONG_FEATS[x.strong] ?? 'strong=' + x.strong);
  if (x.surnameOf) f.push('surname');
  const d = x.doc;
  if (d) {
    f.push(DN_FEATS[Math.min(d.count, 3)]);
    if (d.placePrep) f.push('dprep', DPREP_FEATS[Math.min(d.placePrep, 2)]);
    if (d.the) f.push('dthe');
    if (d.acts) f.push('dacts');
  }
  return f;
}

/** The sparse features of one candidate (paragraph and document). */
export function typerFeatures(x: TyperInput): string[] {
  return typerLocalFeatures(x.toks, x.c).concat(typerDocFeatures(x));
}

/** The weights packed (see TyperData): the features in their order, joined by `\n`, and the weights three by three. */
export function packTyperData(d: TyperData): TyperData {
  if (d.keys !== undefined) return d;
  const w = d.weights ?? {};
  const keys = Object.keys(w);
  if (keys.some((k) => k.includes('\n'))) throw new Error('a typer feature holds a line break');
  const values: number[] = [];
  for (const k of keys) values.push(w[k][0], w[k][1], w[k][2]);
  const { weights: _unused, ...rest } = d;
  return { ...rest, keys: keys.join('\n'), values };
}

function weights(): Map<string, number> {
  if (!weightMap) {
    const p = packTyperData(data);
    const keys = p.keys ? p.keys.split('\n') : [];
    const m = new Map<string, number>();
    for (let i = 0; i < keys.length; i++) m.set(keys[i], i * 3);
    weightValues = p.values ?? [];
    weightMap = m;
  }
  return weightMap;
}

/** Scores (person, organisation, place; none is 0) of a feature list. */
export function typerScores(feats: string[]): number[] {
  const w = weights();
  const v = weightValues;
  const s = [0, 0, 0];
  for (const k of feats) {
    const i = w.get(k);
    if (i !== undefined) { s[0] += v[i]; s[1] += v[i + 1]; s[2] += v[i + 2]; }
  }
  return s;
}

export function typerMode(): string {
  return data.mode;
}

let modeMemo = '';
let modeSet = new Set<string>();
/** Whether the typer decides a weak or unknown candidate of `n` words the rules typed `rule` (null: none). With
 *  `multi` in the mode, a one-word organisation (mostly an acronym) keeps the rules' type. */
export function typerDecides(rule: string | null, n: number): boolean {
  if (data.mode !== modeMemo) { modeMemo = data.mode; modeSet = new Set(data.mode.split(',')); }
  return modeSet.has(rule ?? 'none') && !(rule === 'organization' && n === 1 && modeSet.has('multi'));
}

/** The scores of a candidate: its paragraph's part memoised on the candidate (cached with its paragraph), plus the
 *  document's part. */
export function typerCandScores(x: TyperInput): number[] {
  const c = x.c;
  let m = c.memoTyper;
  if (!m || m[0] !== version) {
    const s = typerScores(typerLocalFeatures(x.toks, c));
    c.memoTyper = m = [version, s[0], s[1], s[2]];
  }
  const d = typerScores(typerDocFeatures(x));
  return [m[1] + d[0], m[2] + d[1], m[3] + d[2]];
}

/** The class from a candidate's scores: the best-scoring type when it beats none by the data's margin (a higher one
 *  for a name the rules leave untyped); else the rules' type when it scores within `drop` of the margin, or when the
 *  name speaks (a quote's speaker, a speech cue after it): the speakers' passes rely on it; else null. */
export function typerDecide(s: number[], rule: TyperClass, speaks: boolean): TyperClass {
  if (rule && speaks) return rule;
  let best = 0;
  for (let k = 1; k < 3; k++) if (s[k] > s[best]) best = k;
  if (s[best] > (rule ? data.margin : data.marginNew ?? data.margin)) return TYPER_CLASSES[best];
  if (rule && s[TYPER_CLASSES.indexOf(rule)] >= data.margin - (data.drop ?? 0)) return rule;
  return null;
}

/** The class of a feature list (see `typerDecide`; `speaker` or `cue` among the features: the name speaks). */
export function typerClass(feats: string[], rule: TyperClass): TyperClass {
  return typerDecide(typerScores(feats), rule, feats.includes('speaker') || feats.includes('cue'));
}

/** Per paragraph (its candidate list), the one-word names with what each mention shows: flat (name, place
 *  preposition before, `the` before, acts), made once per cached paragraph. */
const unitCtxMemo = new WeakMap<ECand[], (string | number)[]>();
export function unitContexts(toks: Tok[], ents: ECand[]): (string | number)[] {
  let r = unitCtxMemo.get(ents);
  if (r) return r;
  r = [];
  for (const c of ents) {
    if (c.t1 - c.t0 !== 1 || c.t0 < 0) continue;
    const prev = toks[c.t0 - 1];
    r.push(toks[c.t0].lower, prev && PLACE_PREP.test(prev.lower) ? 1 : 0, prev && prev.lower === 'the' ? 1 : 0, c.cueAfter || actsAt(toks, c.t1) ? 1 : 0);
  }
  unitCtxMemo.set(ents, r);
  return r;
}

/** Per one-word name (lower case), what its mentions in the document show (see NameContext). */
export function nameContexts(units: readonly { data: { toks: Tok[]; ents: ECand[] } }[]): Map<string, NameContext> {
  const out = new Map<string, NameContext>();
  for (const u of units) {
    const r = unitContexts(u.data.toks, u.data.ents);
    for (let i = 0; i < r.length; i += 4) {
      const low = r[i] as string;
      let x = out.get(low);
      if (!x) out.set(low, x = { placePrep: 0, the: 0, acts: 0, count: 0 });
      x.count++;
      x.placePrep += r[i + 1] as number;
      x.the += r[i + 2] as number;
      x.acts += r[i + 3] as number;
    }
  }
  return out;
}

type Trace = (c: ECand, unitStart: number, feats: string[], rule: string | null, pool: boolean) => void;
let trace: Trace | null = null;
/** Calls `fn` for every candidate the typer sees (the training script's hook); null turns it off. */
export function setTyperTrace(fn: Trace | null): void {
  trace = fn;
}
export function typerTrace(): Trace | null {
  return trace;
}
