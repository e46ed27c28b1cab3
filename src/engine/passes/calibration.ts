// The last step of the engine: a quote's `confidence` made the chance that what the reader is shown is right — the
// span is a quote and, when the quote has a speaker, it is the right one. The rules grade their own confidence by hand,
// rule by rule; this maps that number, within a group of quotes the engine tells apart at output time (with quotation
// marks or without, a speaker or none, the kind, how the speaker was found, the quote's length, where its attribution
// stands: calibrationPlace.ts), onto how often such quotes were right on PolNeAR train. Each group's mapping is a
// non-decreasing piecewise-linear curve over the rule's confidence (fitted by isotonic regression, a small group shrunk
// towards its parent group: `test/eval/calibration.ts`), so a surer rule never comes out less sure within its group.
// The curves are data (`../data/calibration.json`: numbers only). Pure; constant time per quote but for the place (a
// few binary searches and a bounded scan); never throws.
import calibrationJson from '../data/calibration.json';
import type { DocState, How, QuoteBuild } from './state';
import { quotePlace } from './calibrationPlace';

export interface CalibrationData {
  source?: string;
  /** Bounds of every calibrated confidence. */
  floor: number;
  ceiling: number;
  /** Group key (`groupKeys`) → curve as flat pairs x0, y0, x1, y1, ... with x increasing and y non-decreasing. */
  groups: Record<string, number[]>;
}

/** The features of one quote the calibration reads. */
export interface CalibrationInput {
  marked: boolean; kind: string; how: How; speaker: boolean; length: number;
  /** Where the attribution stands (calibrationPlace.ts `quotePlace`): 0–3 for a marked quote; for a stripped one, 0–1
   *  (a rival between) plus 2 when it starts inside its paragraph. */
  place: number;
  confidence: number;
}

const BUNDLED = calibrationJson as unknown as CalibrationData;
let data: CalibrationData = BUNDLED;

/** Replaces the curves (the fitting script, tests; `null` restores the bundled ones; no groups: the rules' numbers). */
export function setCalibration(d: CalibrationData | null): void {
  data = d ?? BUNDLED;
}

/** The bundled or current curves. */
export function calibration(): Readonly<CalibrationData> {
  return data;
}

/** The group keys of a quote, from the widest to the narrowest: `m`/`u` (marked or not) + `s`/`n` (a speaker or none),
 *  then the kind, then how the speaker was found (the `How` number), then the length in characters (`s` under 40,
 *  `m` under 150, `l`), then where the attribution stands (`place`). */
export function groupKeys(q: Omit<CalibrationInput, 'confidence'>): [string, string, string, string, string] {
  const k0 = (q.marked ? 'm' : 'u') + (q.speaker ? 's' : 'n');
  const k1 = `${k0}/${q.kind}`;
  const k2 = `${k1}/${q.how as number}`;
  const k3 = `${k2}/${q.length < 40 ? 's' : q.length < 150 ? 'm' : 'l'}`;
  return [k0, k1, k2, k3, `${k3}/${q.place}`];
}

/** `groupKeys`, made once per combination of what it reads (a few thousand at most, a few hundred in practice): five
 *  strings per quote per edit, each then hashed for its lookup, were garbage. */
function keptKeys(q: Omit<CalibrationInput, 'confidence'>): readonly string[] {
  const k = KINDS.indexOf(q.kind);
  if (k < 0 || (q.how | 0) !== q.how || q.how < 0 || q.how >= 32 || (q.place | 0) !== q.place || q.place < 0 || q.place >= PLACES) return groupKeys(q);
  const code = (((((q.marked ? 1 : 0) * 2 + (q.speaker ? 1 : 0)) * 3 + k) * 32 + q.how) * 3 + (q.length < 40 ? 0 : q.length < 150 ? 1 : 2)) * PLACES + q.place;
  return keysMemo[code] ??= groupKeys(q);
}
/** Places the memo holds (calibrationPlace.ts: 0–3). */
const PLACES = 4;
const KINDS: readonly string[] = ['direct', 'indirect', 'partial'];
const keysMemo: (readonly string[] | undefined)[] = [];

/** A curve's value at x: linear between its points, flat beyond its ends. */
export function curveAt(c: readonly number[], x: number): number {
  const n = c.length >> 1;
  if (n === 0) return x;
  if (x <= c[0]) return c[1];
  if (x >= c[2 * n - 2]) return c[2 * n - 1];
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (c[2 * mid] <= x) lo = mid;
    else hi = mid;
  }
  const x0 = c[2 * lo]; const y0 = c[2 * lo + 1]; const x1 = c[2 * hi]; const y1 = c[2 * hi + 1];
  return x1 > x0 ? y0 + (y1 - y0) * (x - x0) / (x1 - x0) : y1;
}

/** The value at x of the curves of `keys[0..i]`: the narrowest group with a curve, where train saw its rule
 *  confidences; below its first point, the lower of that point and the rule's own number (above its last, the
 *  higher): a rule confidence train never saw in a group (a rule's deliberate guess, say) is not raised (lowered) to
 *  the group's nearest one, and the whole stays non-decreasing in x. No curve at all: the rule's own number. */
function valueAt(d: CalibrationData, keys: readonly string[], i: number, x: number): number {
  if (i < 0) return x;
  const c = d.groups[keys[i]];
  if (!c || c.length < 2) return valueAt(d, keys, i - 1, x);
  if (x < c[0]) return Math.min(c[1], x);
  if (x > c[c.length - 2]) return Math.max(c[c.length - 1], x);
  return curveAt(c, x);
}

/** The calibrated confidence of a quote (`valueAt` over its groups), within the floor and ceiling. A non-finite
 *  confidence reads as 0. */
export function calibrate(q: CalibrationInput, d: CalibrationData = data): number {
  const x = Number.isFinite(q.confidence) ? Math.max(0, Math.min(1, q.confidence)) : 0;
  const keys = keptKeys(q);
  const y = valueAt(d, keys, keys.length - 1, x);
  const floor = Number.isFinite(d.floor) ? d.floor : 0.05;
  const ceiling = Number.isFinite(d.ceiling) ? d.ceiling : 1;
  return Math.max(floor, Math.min(ceiling, y));
}

export interface CalibrationRecord extends CalibrationInput { s: number; e: number; out: number }
let trace: ((r: CalibrationRecord) => void) | null = null;
/** The fitting script's hook: every output quote with the features and the rule's confidence. */
export function setCalibrationTrace(t: ((r: CalibrationRecord) => void) | null): void {
  trace = t;
}

/** The confidence the output shows for a quote of document `st`: the rule's confidence as before (bounded by 0.05 and
 *  `cap`, two decimals), calibrated when the quote has a speaker, bounded by `cap` again, two decimals. A quote without
 *  a speaker keeps its rule's grade (at most `cap`, a guess): what the reader is shown of it, a span with no speaker,
 *  is not what PolNeAR scores, so train says nothing of how often it is right. */
export function calibratedConfidence(st: DocState, q: QuoteBuild, cap: number): number {
  const rule = Math.round(Math.max(0.05, Math.min(cap, q.confidence)) * 100) / 100;
  const speaker = q.actorKey !== null;
  // (The place is read only where it is used, the quotes with a speaker, and where the fitting script traces.)
  const place = speaker || trace ? quotePlace(st, q) : 0;
  const input: CalibrationInput = { marked: q.marked, kind: q.kind, how: q.how, speaker, length: q.e - q.s, place, confidence: rule };
  const out = input.speaker ? Math.round(Math.min(cap, calibrate(input)) * 100) / 100 : rule;
  if (trace) trace({ ...input, s: q.s, e: q.e, out });
  return out;
}
