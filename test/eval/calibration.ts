// Fits the engine's confidence calibration (`src/engine/passes/calibration.ts`) on converted PolNeAR train gold (the
// output folder of test/eval/polnear.ts: train/ and train-stripped/ ONLY) and measures it by 5-fold cross-validation
// over articles (an article and its stripped twin in the same fold).
//
//   node out/test/eval/calibration.js /tmp/polnear-gold                       # the CV table over the settings
//   ... --m 10 --depth 5 --write src/engine/data/calibration.json             # fit on all of train, numbers only
//   ... --target speaker      # fit on "right speaker" (scored found quotes) instead of "right for the reader"
//
// The engine runs with no calibration (the rules' own confidences) and every output quote is traced with the features
// the calibration reads; each predicted quote is labelled by score.mjs's matching: right for the reader when it
// matches a gold quote and has the right speaker, wrong when it matches none or has a wrong speaker, left out when the
// gold speaker it matches is unscored (`readerOutcomes` in unseen.ts).
// Per group (marked or not × a speaker or none, then × kind, then × how the speaker was found, then × length, then × where
// the attribution stands: calibrationPlace.ts) the rate of right quotes
// at each rule confidence is shrunk towards the parent group's curve with `m` pseudo-quotes and made non-decreasing by
// the pool-adjacent-violators algorithm. Deterministic: fixed folds (sorted names), no randomness.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine';
import { toSeedJson, type SeedJsonDocument } from '../../src/export/json';
import { calibrate, groupKeys, curveAt, setCalibration, setCalibrationTrace, type CalibrationData, type CalibrationInput, type CalibrationRecord } from '../../src/engine/passes/calibration';
import { BANDS, loadGoldDir, readerOutcomes, score, type Item } from './unseen';

export interface Rec { doc: string; set: 'marked' | 'stripped'; input: CalibrationInput; keys: string[]; y: boolean | null; spk: boolean | null }

const FLOOR = 0.05;
/** The group levels fitted by default (`groupKeys`: marked × speaker, kind, how, length, place). */
export const DEPTH = 5;
const CEILING = 0.99;

/** Runs the engine uncalibrated over one gold folder; one record per predicted quote. */
export function collect(dir: string, set: Rec['set']): Rec[] {
  const recs: Rec[] = [];
  setCalibration({ floor: 0, ceiling: 1, groups: {} });
  try {
    for (const d of loadGoldDir(dir)) {
      const byStart = new Map<number, CalibrationRecord>();
      setCalibrationTrace((r) => { byStart.set(r.s, r); });
      const out = JSON.parse(JSON.stringify(toSeedJson({ analysis: analyze(d.text), text: d.text, fileName: path.basename(d.file) }))) as SeedJsonDocument;
      setCalibrationTrace(null);
      const it: Item = { ...d, out, ms: 0 };
      const det = score([it]).details[0];
      const ok = readerOutcomes(det);
      const spk = new Map(det.gold.filter((g) => g.pi >= 0 && g.speakerOk !== null).map((g) => [g.pi, g.speakerOk as boolean]));
      out.quotes.forEach((q, i) => {
        const r = byStart.get(q.start);
        if (!r || r.out !== q.confidence) throw new Error(`no trace for a quote of ${d.name} at ${q.start}`);
        const input: CalibrationInput = { marked: r.marked, kind: r.kind, how: r.how, speaker: r.speaker, length: r.length, place: r.place, confidence: r.confidence };
        recs.push({ doc: d.name, set, input, keys: groupKeys(input), y: ok[i], spk: spk.has(i) ? spk.get(i)! : null });
      });
    }
  } finally {
    setCalibrationTrace(null);
    setCalibration(null);
  }
  return recs;
}

/** Pool adjacent violators: non-decreasing weighted fit over points sorted by x. */
export function pav(ys: number[], ws: number[]): number[] {
  const val: number[] = []; const wt: number[] = []; const len: number[] = [];
  for (let i = 0; i < ys.length; i++) {
    val.push(ys[i]); wt.push(ws[i]); len.push(1);
    while (val.length > 1 && val[val.length - 2] > val[val.length - 1]) {
      const w = wt[wt.length - 2] + wt[wt.length - 1];
      const v = (val[val.length - 2] * wt[wt.length - 2] + val[val.length - 1] * wt[wt.length - 1]) / w;
      const l = len[len.length - 2] + len[len.length - 1];
      val.length -= 2; wt.length -= 2; len.length -= 2;
      val.push(v); wt.push(w); len.push(l);
    }
  }
  const out: number[] = [];
  for (let b = 0; b < val.length; b++) for (let j = 0; j < len[b]; j++) out.push(val[b]);
  return out;
}

const label = (r: Rec, target: string) => (target === 'speaker' ? r.spk === true : r.y);

/** Fits every group's curve at `depth` levels (1: marked × speaker; 2: + kind; 3: + how; 4: + length; 5: + place). */
export function fit(recs: Rec[], m: number, depth: number, target: string): CalibrationData {
  const groups: Record<string, number[]> = {};
  // (A quote with no speaker is not calibrated: it keeps its rule's grade, at most 0.3 as output.ts caps it.)
  const use = recs.filter((r) => r.input.speaker && (target === 'speaker' ? r.spk : r.y) !== null);
  for (let level = 0; level < depth; level++) {
    const by = new Map<string, Map<number, [number, number]>>();
    for (const r of use) {
      const k = r.keys[level];
      const g = by.get(k) ?? new Map<number, [number, number]>();
      const x = Math.round(r.input.confidence * 100);
      const t = g.get(x) ?? [0, 0];
      t[0] += label(r, target) ? 1 : 0; t[1]++;
      g.set(x, t);
      by.set(k, g);
    }
    for (const [k, g] of [...by.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const parent = level > 0 ? groups[k.slice(0, k.lastIndexOf('/'))] : undefined;
      const xs = [...g.keys()].sort((a, b) => a - b);
      const ys = xs.map((x) => { const [s, n] = g.get(x)!; return parent ? (s + m * curveAt(parent, x / 100)) / (n + m) : s / n; });
      const ws = xs.map((x) => g.get(x)![1] + (parent ? m : 0));
      const fitted = pav(ys, ws).map((v) => Math.round(v * 10000) / 10000);
      const c: number[] = [];
      for (let i = 0; i < xs.length; i++) {
        if (i > 0 && i < xs.length - 1 && fitted[i - 1] === fitted[i] && fitted[i + 1] === fitted[i]) continue;
        c.push(xs[i] / 100, fitted[i]);
      }
      groups[k] = c;
    }
  }
  return { floor: FLOOR, ceiling: CEILING, groups };
}

/** The output confidence under curves `d` (null: the rules' own), as calibratedConfidence in the engine. */
export function shown(r: Rec, d: CalibrationData | null): number {
  if (!d || !r.input.speaker) return r.input.confidence;
  return Math.round(Math.min(1, calibrate(r.input, d)) * 100) / 100;
}

export interface Measure { n: number; brierReader: number; nSpk: number; brierSpk: number; bandsReader: string; bandsSpk: string; up: number; down: number; monotone: boolean }

/** Brier scores, right rates per band and crossings of 0.5 (quotes with a speaker) of confidences `c` against `recs`. */
export function measure(recs: Rec[], c: number[], before: number[]): Measure {
  let br = 0; let nr = 0; let bs = 0; let ns = 0; let up = 0; let down = 0;
  const bandR = BANDS.map(() => [0, 0]); const bandS = BANDS.map(() => [0, 0]);
  const bi = (x: number) => Math.max(0, BANDS.findIndex(([lo, hi]) => x >= lo && x < hi));
  recs.forEach((r, i) => {
    if (r.y !== null) { br += (c[i] - (r.y ? 1 : 0)) ** 2; nr++; bandR[bi(c[i])][0] += r.y ? 1 : 0; bandR[bi(c[i])][1]++; }
    if (r.spk !== null) { bs += (c[i] - (r.spk ? 1 : 0)) ** 2; ns++; bandS[bi(c[i])][0] += r.spk ? 1 : 0; bandS[bi(c[i])][1]++; }
    if (r.input.speaker && before[i] < 0.5 && c[i] >= 0.5) up++;
    if (r.input.speaker && before[i] >= 0.5 && c[i] < 0.5) down++;
  });
  const fmt = (b: number[][]) => b.map(([k, n]) => (n ? (k / n).toFixed(2) : '–')).join(' / ') + ' (n ' + b.map(([, n]) => n).join(' / ') + ')';
  const mono = (b: number[][]) => { const rates = b.filter(([, n]) => n >= 20).map(([k, n]) => k / n); return rates.every((v, i) => i === 0 || v >= rates[i - 1]); };
  return {
    n: nr, brierReader: nr ? br / nr : 0, nSpk: ns, brierSpk: ns ? bs / ns : 0, bandsReader: fmt(bandR), bandsSpk: fmt(bandS), up, down,
    monotone: mono(bandR) && mono(bandS),
  };
}

/** Held-out confidences by k-fold cross-validation over articles. */
export function crossValidate(recs: Rec[], k: number, m: number, depth: number, target: string): number[] {
  const names = [...new Set(recs.map((r) => r.doc))].sort();
  const fold = new Map(names.map((n, i) => [n, i % k]));
  const out = new Array<number>(recs.length).fill(0);
  for (let f = 0; f < k; f++) {
    const d = fit(recs.filter((r) => fold.get(r.doc) !== f), m, depth, target);
    recs.forEach((r, i) => { if (fold.get(r.doc) === f) out[i] = shown(r, d); });
  }
  return out;
}

function line(label: string, recs: Rec[], c: number[], before: number[]): string {
  const sets = ['marked', 'stripped'] as const;
  return `| ${label} | ` + sets.map((s) => {
    const idx = recs.map((r, i) => (r.set === s ? i : -1)).filter((i) => i >= 0);
    const me = measure(idx.map((i) => recs[i]), idx.map((i) => c[i]), idx.map((i) => before[i]));
    return `${me.brierReader.toFixed(4)} | ${me.brierSpk.toFixed(4)} | ${me.bandsReader} | ${me.bandsSpk} | ${me.up} / ${me.down} | ${me.monotone ? 'yes' : 'NO'}`;
  }).join(' | ') + ' |';
}

export function main(argv: string[]): number {
  const root = argv.find((a) => !a.startsWith('--') && !/^\d/.test(a)) ?? '/tmp/polnear-gold';
  const opt = (k: string) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
  const target = opt('--target') ?? 'reader';
  const recs = [...collect(path.join(root, 'train'), 'marked'), ...collect(path.join(root, 'train-stripped'), 'stripped')];
  const before = recs.map((r) => shown(r, null));
  const write = opt('--write');
  if (write) {
    const m = Number(opt('--m') ?? 10); const depth = Number(opt('--depth') ?? DEPTH);
    const d = fit(recs, m, depth, target);
    const cmd = `npm run compile-tests && node out/test/eval/calibration.js /tmp/polnear-gold --m ${m} --depth ${depth}${target !== 'reader' ? ` --target ${target}` : ''} --write ${write}`;
    const doc = { source: `Fitted on the engine's quotes over PolNeAR train and train-stripped (converted by test/eval/polnear.ts; only numbers, no text), target: ${target === 'reader' ? 'the quote is right for the reader (matches a gold quote and has the right speaker; quotes matching a gold quote whose speaker is unscored, and quotes without a speaker, which keep the rules\' grade, left out)' : 'the right speaker'}. Regenerate: ${cmd}`, ...d };
    fs.writeFileSync(write, JSON.stringify(doc) + '\n');
    const c = recs.map((r) => shown(r, d));
    console.log(`wrote ${write}: ${Object.keys(d.groups).length} groups; in-sample:`);
    console.log(line(`m ${m} depth ${depth}`, recs, c, before));
    return 0;
  }
  const head = '| fit | marked Brier reader | marked Brier speaker | marked right per band (0–0.5 / 0.5–0.7 / 0.7–0.9 / 0.9–1) | marked right speaker per band | marked to ≥0.5 / to <0.5 | monotone | stripped Brier reader | stripped Brier speaker | stripped right per band | stripped right speaker per band | stripped to ≥0.5 / to <0.5 | monotone |';
  console.log(`${recs.length} predicted quotes; target ${target}; 5-fold CV by article (held-out figures)\n`);
  console.log(head);
  console.log('|' + '---|'.repeat(13));
  console.log(line('rules (before)', recs, before, before));
  const ms = (opt('--ms') ?? '3,10,30,100').split(',').map(Number);
  for (const depth of [1, 2, 3, 4, 5]) for (const m of depth === 1 ? [0] : ms) console.log(line(`m ${m} depth ${depth}`, recs, crossValidate(recs, 5, m, depth, target), before));
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
