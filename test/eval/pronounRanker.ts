// Trains the learned speaker-pronoun ranker (`src/engine/passes/pronounRanker.ts`) on converted PolNeAR train gold
// (test/eval/polnear.ts output, train split ONLY) and measures it by 5-fold cross-validation over articles.
//
//   node out/test/eval/pronounRanker.js /tmp/polnear-gold/train --cv 5                 # rules vs ranker, per fold
//   node out/test/eval/pronounRanker.js /tmp/polnear-gold/train --write src/engine/data/pronounRanker.json
//   ... --audit FILE [N]     # N quotes where the cross-validated ranker and the rules disagree, with their context
//
// Every `he`/`she` the engine resolves is traced (rules on, ranker off) with its candidates and their features; a
// speaker pronoun of an output quote matched to a gold quote (as score.mjs matches) labels each candidate right when
// its name has the gold speaker's last name (score.mjs `sameSpeaker`). A softmax over each pronoun's candidates
// (full-batch gradient descent, L2, fixed order: deterministic) learns the weights.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine';
import { toSeedJson, type SeedJsonDocument } from '../../src/export/json';
import { RANK_FEATURES, setPronounTrace, setRankerWeights, type PronounRecord } from '../../src/engine/passes/pronounRanker';
import { loadGoldDir, score, scorerSameSpeaker } from './unseen';

export interface Ex { doc: number; name: string; text: string; pos: number; gold: string; how: string; f: number[][]; y: boolean[]; rule: number; names: string[][] }

export function collect(dir: string): Ex[] {
  const docs = loadGoldDir(dir);
  setRankerWeights({ mode: 'off', features: [], weights: [] });
  const exs: Ex[] = [];
  docs.forEach((d, di) => {
    const recs = new Map<number, PronounRecord>();
    setPronounTrace((r) => { recs.set(r.pos, r); });
    let out: SeedJsonDocument;
    try {
      out = JSON.parse(JSON.stringify(toSeedJson({ analysis: analyze(d.text), text: d.text, fileName: path.basename(d.file) }))) as SeedJsonDocument;
    } finally {
      setPronounTrace(null);
    }
    const { details } = score([{ ...d, out, ms: 0 }]);
    for (const o of details[0].gold) {
      const g = d.gold.quotes![o.gi];
      if (o.pi < 0 || !o.scored || !g.speaker) continue;
      const q = out.quotes[o.pi];
      if (!q.speakerSpan || !/^(?:he|she)$/i.test(d.text.slice(q.speakerSpan.start, q.speakerSpan.end))) continue;
      const r = recs.get(q.speakerSpan.start);
      if (!r || r.rule === null) continue;
      const y = r.cands.map((c) => scorerSameSpeaker(g.speaker!, c.names));
      exs.push({
        doc: di, name: d.name, text: d.text, pos: r.pos, gold: g.speaker, how: q.attribution ?? '', f: r.cands.map((c) => c.f), y,
        rule: r.cands.findIndex((c) => c.key === r.rule), names: r.cands.map((c) => c.names),
      });
    }
  });
  return exs;
}

const dot = (f: number[], w: number[]) => f.reduce((s, x, i) => s + x * w[i], 0);
function pick(e: Ex, w: number[]): number {
  let b = 0;
  for (let i = 1; i < e.f.length; i++) if (dot(e.f[i], w) > dot(e.f[b], w)) b = i;
  return b;
}

/** Experiment: each other candidate's features crossed with a few of the rules' pick's (in place, for --cross). */
function crossWithRule(exs: Ex[]): void {
  const K = ['objPoss', 'lead', 'speaks', 'same', 'para1', 'prevQuote', 'sent0', 'rank0'].map((n) => RANK_FEATURES.indexOf(n as never));
  for (const e of exs) {
    const r = e.f[e.rule].slice(0, RANK_FEATURES.length);
    e.f = e.f.map((f, i) => { const x = f.slice(0, RANK_FEATURES.length); for (const k of K) for (let j = 0; j < RANK_FEATURES.length; j++) x.push(i === e.rule ? 0 : f[j] * r[k]); return x; });
  }
  nFeat = RANK_FEATURES.length * (K.length + 1);
}
let nFeat: number = RANK_FEATURES.length;

/** The softmax probability of the rules' pick among the pronoun's candidates. */
export function ruleProb(e: Ex, w: number[]): number {
  const s = e.f.map((f) => dot(f, w));
  const mx = Math.max(...s);
  const z = s.reduce((a, x) => a + Math.exp(x - mx), 0);
  return Math.exp(s[e.rule] - mx) / z;
}

function train(exs: Ex[], iters: number, l2: number, lr: number): number[] {
  const nf = nFeat;
  const w = new Array<number>(nf).fill(0);
  w[RANK_FEATURES.indexOf('rule')] = 1;
  const usable = exs.filter((e) => e.y.some((x) => x));
  for (let it = 0; it < iters; it++) {
    const g = new Array<number>(nf).fill(0);
    for (const e of usable) {
      const s = e.f.map((f) => dot(f, w));
      const mx = Math.max(...s);
      const p = s.map((x) => Math.exp(x - mx));
      const z = p.reduce((a, b) => a + b, 0);
      const zp = p.reduce((a, b, i) => a + (e.y[i] ? b : 0), 0);
      e.f.forEach((f, i) => {
        const c = p[i] / z - (e.y[i] ? p[i] / zp : 0);
        for (let j = 0; j < nf; j++) g[j] += c * f[j];
      });
    }
    for (let j = 0; j < nf; j++) w[j] -= lr * (g[j] / usable.length + l2 * w[j]);
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args[0];
  if (!dir || /(?:^|[/\\])(?:dev|test)(?:-stripped)?[/\\]?$/.test(dir)) {
    console.error('usage: pronounRanker.js GOLD_TRAIN_DIR [--cv K] [--write FILE] [--audit FILE [N]] (train split only)');
    process.exit(2);
  }
  const opt = (n: string, def: string) => { const i = args.indexOf(n); return i >= 0 && args[i + 1] ? args[i + 1] : def; };
  const iters = Number(opt('--iters', '300'));
  const l2 = Number(opt('--l2', '0.001'));
  const lr = Number(opt('--lr', '0.5'));
  const t0 = process.hrtime.bigint();
  const exs = collect(path.join(dir));
  if (args.includes('--cross')) crossWithRule(exs);
  const k = Number(opt('--cv', '5'));
  const oracle = exs.filter((e) => e.y.some((x) => x)).length;
  const ruleOk = exs.filter((e) => e.y[e.rule]).length;
  console.log(`pronoun quotes ${exs.length}; rules right ${ruleOk} (${(ruleOk / exs.length).toFixed(3)}); a right candidate exists ${oracle} (${(oracle / exs.length).toFixed(3)}); collected in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`);
  const cvPick = new Array<number>(exs.length).fill(-1);
  const cvProb = new Array<number>(exs.length).fill(0);
  let rankOk = 0;
  for (let fold = 0; fold < k; fold++) {
    const w = train(exs.filter((e) => e.doc % k !== fold), iters, l2, lr);
    let n = 0; let r = 0; let m = 0;
    exs.forEach((e, i) => {
      if (e.doc % k !== fold) return;
      cvPick[i] = pick(e, w);
      cvProb[i] = ruleProb(e, w);
      n++; if (e.y[e.rule]) r++; if (e.y[cvPick[i]]) m++;
    });
    rankOk += m;
    console.log(`fold ${fold}: n ${n}  rules ${(r / n).toFixed(3)}  ranker ${(m / n).toFixed(3)}`);
  }
  console.log(`cross-validated: rules ${(ruleOk / exs.length).toFixed(3)}  ranker ${(rankOk / exs.length).toFixed(3)}  (${rankOk - ruleOk >= 0 ? '+' : ''}${rankOk - ruleOk} of ${exs.length})`);
  // How well the ranker's probability of the rules' pick tells right picks from wrong ones (for the confidence).
  for (const [lo, hi] of [[0, 0.3], [0.3, 0.5], [0.5, 0.7], [0.7, 0.85], [0.85, 1.01]]) {
    const b = exs.filter((e, i) => cvProb[i] >= lo && cvProb[i] < hi);
    console.log(`  rules' pick with ranker probability ${lo}–${Math.min(hi, 1)}: n ${b.length}  rules right ${b.length ? (b.filter((e) => e.y[e.rule]).length / b.length).toFixed(3) : '-'}`);
  }
  const byHow = new Map<string, number[]>();
  exs.forEach((e, i) => { const b = byHow.get(e.how) ?? [0, 0, 0]; b[0]++; if (e.y[e.rule]) b[1]++; if (e.y[cvPick[i]]) b[2]++; byHow.set(e.how, b); });
  for (const [h, b] of byHow) console.log(`  ${h}: n ${b[0]}  rules ${(b[1] / b[0]).toFixed(3)}  ranker ${(b[2] / b[0]).toFixed(3)}`);
  if (args.includes('--stats')) console.log(featureStats(exs) + '\n' + wrongRuleStats(exs));
  const wAll = train(exs, iters, l2, lr);
  console.log('weights: ' + RANK_FEATURES.map((n, i) => `${n} ${wAll[i]}`).join(', '));
  const wf = opt('--write', '');
  if (wf) {
    const source = 'Learned from the speakers of PolNeAR train (converted by test/eval/polnear.ts; only numbers, no text). ' +
      `Regenerate: npm run compile-tests && node out/test/eval/pronounRanker.js /tmp/polnear-gold/train --iters ${iters} --l2 ${l2} --lr ${lr} --mode ${opt('--mode', 'confidence')} --write src/engine/data/pronounRanker.json`;
    fs.writeFileSync(wf, JSON.stringify({ source, mode: opt('--mode', 'confidence'), features: [...RANK_FEATURES], weights: wAll }) + '\n');
    console.log('wrote ' + wf);
  }
  const af = opt('--audit', '');
  if (af) {
    const ai = args.indexOf('--audit');
    const nA = Number(args[ai + 2]) || 30;
    const lines: string[] = [];
    let c = 0;
    const done = new Set<string>();
    const wrong = args.includes('--rules-wrong');
    const noCand = args.includes('--no-right-candidate');
    exs.forEach((e, i) => {
      const skipIt = noCand ? e.y.some((x) => x) || i % 3 !== 0 : wrong ? e.y[e.rule] || !e.y.some((x) => x) || (i * 7) % 5 !== 0 : cvPick[i] === e.rule;
      if (c >= nA || skipIt || done.has(e.name + '@' + e.pos)) return;
      done.add(e.name + '@' + e.pos);
      c++;
      const ps = e.text.lastIndexOf('\n', e.pos - 1);
      const pps = e.text.lastIndexOf('\n', ps - 1);
      const pe = e.text.indexOf('\n', e.pos);
      lines.push(`## ${c}. ${e.name} @${e.pos} (${e.how})`, '', e.text.slice(Math.max(0, pps + 1, ps - 400), ps).trim(), '', e.text.slice(ps + 1, e.pos) + '[[' + e.text.slice(e.pos, e.pos + 3).trim() + ']]' + e.text.slice(e.pos + 3, Math.min(e.pos + 200, pe < 0 ? e.text.length : pe)), '',
        `- gold: ${e.gold}`, `- rules: ${e.names[e.rule][0]} (${e.y[e.rule] ? 'gold-right' : 'gold-wrong'})`, `- ranker: ${e.names[cvPick[i]][0]} (${e.y[cvPick[i]] ? 'gold-right' : 'gold-wrong'})`, `- by the text: `, '');
    });
    fs.writeFileSync(af, lines.join('\n'));
    console.log(`audit: ${c} disagreements in ${af}`);
  }
}

if (require.main === module) main();
export function featureStats(exs: Ex[]): string {
  return RANK_FEATURES.map((n, j) => {
    let p = 0; let np = 0; let q = 0; let nq = 0;
    for (const e of exs) e.f.forEach((f, i) => { if (e.y[i]) { p += f[j]; np++; } else { q += f[j]; nq++; } });
    return `${n} ${(p / np).toFixed(2)}/${(q / nq).toFixed(2)}`;
  }).join(', ');
}
/** Where the rules are wrong but a right candidate exists: how the right one differs from the rules' pick. */
export function wrongRuleStats(exs: Ex[]): string {
  const ws = exs.filter((e) => !e.y[e.rule] && e.y.some((x) => x));
  const rs = exs.filter((e) => e.y[e.rule] && e.y.some((x, i) => !x && i !== e.rule));
  const diff = (set: Ex[], good: (e: Ex) => number, bad: (e: Ex) => number) => RANK_FEATURES.map((n, j) => {
    let s = 0; for (const e of set) s += e.f[good(e)][j] - e.f[bad(e)][j];
    return `${n} ${(s / set.length).toFixed(2)}`;
  }).join(', ');
  const firstRight = (e: Ex) => e.y.findIndex((x) => x);
  const firstWrong = (e: Ex) => e.y.findIndex((x, i) => !x && i !== e.rule);
  return `rules wrong, right exists (n ${ws.length}): right − rule: ${diff(ws, firstRight, (e) => e.rule)}\n` +
    `rules right (n ${rs.length}): rule − first other: ${diff(rs, (e) => e.rule, firstWrong)}`;
}
