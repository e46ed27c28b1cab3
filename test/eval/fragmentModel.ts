// Trains the learned model over reported clauses of stripped text (`src/engine/passes/fragmentModel.ts`) on converted
// PolNeAR train gold (test/eval/polnear.ts output, the train-stripped split ONLY) and measures it by 5-fold
// cross-validation over articles.
//
//   node out/test/eval/fragmentModel.js /tmp/polnear-gold/train-stripped --cv 5          # the CV curve
//   ... --write src/engine/data/fragmentModel.json --threshold T --mode on|off              # the weights, numbers only
//   ... --cv-engine T     # the engine run with each fold's held-out weights at threshold T
//   ... --ablate          # the curve without each group of features;  --target speaker  # label: the right speaker
//   ... --misses          # where the gold fragments the engine misses lie (counts only)
//
// Every candidate clause (a reported clause no quote covers) is made a partial quote (model mode `all`) and traced with
// its features; a candidate is labelled positive when score.mjs's matching gives it a gold quote (it covers at least
// half of one). A logistic model (full-batch gradient descent, L2, fixed order: deterministic) is fitted on four folds
// and scores the fifth; each threshold's subset is then scored as the eval scores it (quote and quote+speaker F1 over
// all of train-stripped, the candidates below the threshold taken out of the engine's output).
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine';
import { toSeedJson, type SeedJsonDocument } from '../../src/export/json';
import { FRAG_FEATURES, setFragmentModel, setFragmentTrace, type FragmentRecord } from '../../src/engine/passes/fragmentModel';
import { loadGoldDir, score, type Item } from './unseen';

export interface Cand { doc: number; qi: number; f: number[]; y: boolean; ySpk: boolean; scored: boolean }
export interface Collected { items: Item[]; cands: Cand[]; candOf: Array<Map<number, number>> }

/** Runs the engine with every candidate made a quote; labels each candidate by the scorer's matching. */
export function collect(dir: string): Collected {
  const docs = loadGoldDir(dir);
  setFragmentModel({ mode: 'all', threshold: 0, features: [], weights: [] });
  const items: Item[] = [];
  const cands: Cand[] = [];
  const candOf: Array<Map<number, number>> = [];
  try {
    docs.forEach((d, di) => {
      const recs: FragmentRecord[] = [];
      setFragmentTrace((r) => { recs.push(r); });
      const out = JSON.parse(JSON.stringify(toSeedJson({ analysis: analyze(d.text), text: d.text, fileName: path.basename(d.file) }))) as SeedJsonDocument;
      setFragmentTrace(null);
      const it: Item = { ...d, out, ms: 0 };
      items.push(it);
      const { details } = score([it]);
      const byPi = new Map(details[0].gold.filter((o) => o.pi >= 0).map((o) => [o.pi, o]));
      const m = new Map<number, number>();
      const starts = new Map(recs.map((r) => [r.s, r]));
      out.quotes.forEach((q, qi) => {
        const r = q.kind === 'partial' ? starts.get(q.start) : undefined;
        if (!r) return;
        const o = byPi.get(qi);
        m.set(qi, cands.length);
        cands.push({ doc: di, qi, f: r.f, y: !!o, ySpk: !!o && o.speakerOk === true, scored: !!o && o.scored });
      });
      candOf.push(m);
    });
  } finally {
    setFragmentTrace(null);
    setFragmentModel(null);
  }
  return { items, cands, candOf };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (f: number[], w: number[]) => { let s = 0; for (let i = 0; i < f.length; i++) s += f[i] * w[i]; return s; };

/** Logistic regression by full-batch gradient descent with L2 (the bias not penalised). */
export function train(cs: Cand[], iters: number, l2: number, lr: number, mask: boolean[]): number[] {
  const nf = FRAG_FEATURES.length;
  const w = new Array<number>(nf).fill(0);
  for (let it = 0; it < iters; it++) {
    const g = new Array<number>(nf).fill(0);
    for (const c of cs) {
      const e = sigmoid(dot(c.f, w)) - (c.y ? 1 : 0);
      for (let j = 0; j < nf; j++) if (c.f[j] && mask[j]) g[j] += e * c.f[j];
    }
    for (let j = 0; j < nf; j++) if (mask[j]) w[j] -= lr * (g[j] / cs.length + (j ? l2 * w[j] : 0));
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}

/** Scores train-stripped with only the candidates whose probability reaches `t` left in the output. */
export function scoreAt(col: Collected, prob: number[], t: number): { P: number; R: number; F: number; qsF: number; spk: number; n: number; right: number } {
  const items = col.items.map((it, di) => {
    const m = col.candOf[di];
    const quotes = it.out!.quotes.filter((_, qi) => { const c = m.get(qi); return c === undefined || prob[c] >= t; });
    return { ...it, out: { ...it.out!, quotes } };
  });
  const { line } = score(items);
  const T = (line.counts as { q: { gold: number; pred: number; match: number; spk: number; spkGold: number; e2e: number } }).q;
  const U = line.speaker_unscored ?? { gold: 0, matched: 0 };
  const f1 = (m: number, p: number, g: number) => { const P = m / p; const R = m / g; return [P, R, 2 * P * R / (P + R)]; };
  const [P, R, F] = f1(T.match, T.pred, T.gold);
  const qsF = f1(T.e2e, T.pred - U.matched, T.gold - U.gold)[2];
  let n = 0; let right = 0;
  col.cands.forEach((c, i) => { if (prob[i] >= t) { n++; if (c.y) right++; } });
  return { P, R, F, qsF, spk: T.spk / T.spkGold, n, right };
}

let train0 = (cs: Cand[]): Cand[] => cs;

/** Held-out probabilities by K-fold cross-validation over articles (article index mod K). */
export function crossValidate(col: Collected, k: number, iters: number, l2: number, lr: number, mask: boolean[]): number[] {
  const prob = new Array<number>(col.cands.length).fill(0);
  for (let fold = 0; fold < k; fold++) {
    const w = train(train0(col.cands.filter((c) => c.doc % k !== fold)), iters, l2, lr, mask);
    col.cands.forEach((c, i) => { if (c.doc % k === fold) prob[i] = sigmoid(dot(c.f, w)); });
  }
  return prob;
}

/** The engine itself with the model on, each article analysed with the weights of the folds it is not in: the held-out
 *  figures with every interaction of the passes (quotes carried to the next paragraph, actors). */
function cvEngine(dir: string, col: Collected, k: number, iters: number, l2: number, lr: number, t: number): string {
  const docs = loadGoldDir(dir);
  const ws = Array.from({ length: k }, (_, fold) => train(train0(col.cands.filter((c) => c.doc % k !== fold)), iters, l2, lr, FRAG_FEATURES.map(() => true)));
  const items: Item[] = [];
  try {
    docs.forEach((d, di) => {
      setFragmentModel({ mode: 'on', threshold: t, features: [...FRAG_FEATURES], weights: ws[di % k] });
      const out = JSON.parse(JSON.stringify(toSeedJson({ analysis: analyze(d.text), text: d.text, fileName: path.basename(d.file) }))) as SeedJsonDocument;
      items.push({ ...d, out, ms: 0 });
    });
  } finally {
    setFragmentModel(null);
  }
  const { line } = score(items);
  return `quote P/R/F1 ${line.quote_PRF.join(' / ')}  speaker ${line.speaker_acc}  quote+speaker F1 ${line.quote_speaker_PRF[2]}  partial quotes ${items.reduce((a, it) => a + it.out!.quotes.filter((q) => q.kind === 'partial').length, 0)}`;
}

/** Where the gold fragments the engine misses (with no candidate made a quote) lie: in a candidate clause, in a sentence
 *  with a verb of speaking, or in neither; by length in words. Counts only (no text). */
function missesTable(col: Collected): string {
  const CUE = /\b(?:said|says|told|tells|added|wrote|writes|argued|noted|explained|insisted|warned|claimed|stated|asked|called|calls|described|according)\b/i;
  const rows = new Map<string, number>();
  col.items.forEach((it, di) => {
    const cand = new Set(col.candOf[di].keys());
    const quotes = it.out!.quotes.filter((_, qi) => !cand.has(qi));
    const { details } = score([{ ...it, out: { ...it.out!, quotes } }]);
    const cands = [...cand].map((qi) => it.out!.quotes[qi]);
    for (const o of details[0].gold) {
      if (o.pi >= 0 || it.meta[o.gi]?.kind === 'direct') continue;
      const g = it.gold.quotes![o.gi];
      const n = g.text.split(/\s+/).filter(Boolean).length;
      const len = n <= 3 ? '1–3 words' : n <= 8 ? '4–8 words' : '9+ words';
      const inCand = cands.some((c) => Math.min(c.end, g.end) - Math.max(c.start, g.start) >= 0.5 * (g.end - g.start));
      const ps = it.text.lastIndexOf('\n', g.start) + 1;
      const pe = it.text.indexOf('\n', g.end);
      const para = it.text.slice(ps, pe < 0 ? it.text.length : pe);
      const where = inCand ? 'in a candidate clause' : CUE.test(para) ? 'in a paragraph with a verb of speaking, no candidate' : 'in a paragraph without one';
      for (const k of [where + ', ' + len, where, len, 'all']) rows.set(k, (rows.get(k) ?? 0) + 1);
    }
  });
  return 'missed gold fragments (train-stripped, no model quote):\n' + [...rows].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `  ${k}: ${v}`).join('\n');
}

const GROUPS: Record<string, (n: string) => boolean> = {
  cue: (n) => n.startsWith('cue'), form: (n) => ['belief', 'weak', 'parenthetical', 'that'].includes(n),
  subject: (n) => n.startsWith('subj'), person: (n) => ['first', 'second', 'meUs', 'personAround', 'personBefore'].includes(n),
  register: (n) => ['contraction', 'emphatic', 'universal', 'negation', 'quoteWord'].includes(n),
  grammar: (n) => ['modal', 'presentAux', 'pastAux', 'question', 'exclaim', 'innerCue'].includes(n),
  reporter: (n) => ['number', 'money', 'date', 'caps'].includes(n), length: (n) => ['words', 'short', 'long'].includes(n),
  position: (n) => ['para0', 'sent0', 'endsPara', 'paraQuotes', 'prevParaQuote'].includes(n),
};

function main(): void {
  const args = process.argv.slice(2);
  const dir = args[0];
  if (!dir || /(?:^|[/\\])(?:dev|test)(?:-stripped)?[/\\]?$/.test(dir) || /dev|test/.test(path.basename(dir))) {
    console.error('usage: fragmentModel.js GOLD_TRAIN_STRIPPED_DIR [--cv K] [--ablate] [--write FILE --threshold T --mode on|off] (train only)');
    process.exit(2);
  }
  const opt = (n: string, def: string) => { const i = args.indexOf(n); return i >= 0 && args[i + 1] ? args[i + 1] : def; };
  const iters = Number(opt('--iters', '400'));
  const l2 = Number(opt('--l2', '0.001'));
  const lr = Number(opt('--lr', '1'));
  const k = Number(opt('--cv', '5'));
  const t0 = process.hrtime.bigint();
  const col = collect(dir);
  if (opt('--target', 'quote') === 'speaker') {
    // (Quote+speaker: a candidate is positive when it finds a gold quote with the right speaker; one matched to a gold
    // quote whose speaker is not scored is left out of training.)
    train0 = (cs) => cs.filter((c) => !(c.y && !c.scored)).map((c) => ({ ...c, y: c.ySpk }));
  }
  const pos = col.cands.filter((c) => c.y).length;
  console.log(`candidates ${col.cands.length}; cover half of a gold quote ${pos} (${(pos / col.cands.length).toFixed(3)}); right speaker ${col.cands.filter((c) => c.ySpk).length}; collected in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`);
  const all = FRAG_FEATURES.map(() => true);
  const prob = crossValidate(col, k, iters, l2, lr, all);
  const none = scoreAt(col, prob, 2);
  const fmt = (s: ReturnType<typeof scoreAt>) => `n ${String(s.n).padStart(4)}  cand P ${s.n ? (s.right / s.n).toFixed(3) : '  - '}  quote P/R/F1 ${s.P.toFixed(4)} / ${s.R.toFixed(4)} / ${s.F.toFixed(4)}  spk ${s.spk.toFixed(4)}  quote+speaker F1 ${s.qsF.toFixed(4)}`;
  console.log('no candidate      ' + fmt(none));
  console.log('| threshold | candidates kept | CV precision | quote P / R / F1 | speaker acc | quote+speaker F1 |');
  for (const t of [0, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) {
    const s = scoreAt(col, prob, t);
    console.log(`| ${t} | ${s.n} | ${s.n ? (s.right / s.n).toFixed(3) : '-'} | ${s.P.toFixed(4)} / ${s.R.toFixed(4)} / ${s.F.toFixed(4)} | ${s.spk.toFixed(4)} | ${s.qsF.toFixed(4)} |`);
  }
  for (const [lo, hi] of [[0, 0.2], [0.2, 0.3], [0.3, 0.4], [0.4, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 1.01]]) {
    const b = col.cands.filter((_, i) => prob[i] >= lo && prob[i] < hi);
    console.log(`  CV probability ${lo}–${Math.min(hi, 1)}: n ${b.length}  cover a gold quote ${b.length ? (b.filter((c) => c.y).length / b.length).toFixed(3) : '-'}  right speaker ${b.length ? (b.filter((c) => c.ySpk).length / b.length).toFixed(3) : '-'}`);
  }
  if (args.includes('--ablate')) {
    for (const [g, f] of Object.entries(GROUPS)) {
      const mask = FRAG_FEATURES.map((n) => !f(n));
      const p = crossValidate(col, k, iters, l2, lr, mask);
      const best = [0.4, 0.5, 0.6].map((t) => scoreAt(col, p, t));
      console.log(`without ${g}: ` + best.map((s, i) => `@${[0.4, 0.5, 0.6][i]} n ${s.n} P ${s.n ? (s.right / s.n).toFixed(3) : '-'} qsF ${s.qsF.toFixed(4)}`).join('  '));
    }
  }
  if (args.includes('--misses')) console.log(missesTable(col));
  const ce = opt('--cv-engine', '');
  if (ce) console.log(`engine run, each fold's articles with weights fitted on the other folds, threshold ${ce}: ` + cvEngine(dir, col, k, iters, l2, lr, Number(ce)));
  const wAll = train(train0(col.cands), iters, l2, lr, all);
  console.log('weights: ' + FRAG_FEATURES.map((n, i) => `${n} ${wAll[i]}`).join(', '));
  const wf = opt('--write', '');
  if (wf) {
    const threshold = Number(opt('--threshold', '1'));
    const mode = opt('--mode', 'off');
    const source = 'Learned from the reported clauses of PolNeAR train-stripped (converted by test/eval/polnear.ts; only numbers, no text). ' +
      `Regenerate: npm run compile-tests && node out/test/eval/fragmentModel.js /tmp/polnear-gold/train-stripped --iters ${iters} --l2 ${l2} --lr ${lr} --threshold ${threshold} --mode ${mode} --write src/engine/data/fragmentModel.json`;
    fs.writeFileSync(wf, JSON.stringify({ source, mode, threshold, features: [...FRAG_FEATURES], weights: wAll }) + '\n');
    console.log('wrote ' + wf);
  }
}

if (require.main === module) main();
