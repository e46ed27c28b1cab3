// Trains the learned entity typer (`src/engine/entities/typer.ts`) on GUM's tuning half and measures it by
// cross-validation inside that half (folds by document). GUM is CC-BY (Zeldes 2017, https://gucorpling.org/gum/);
// only the tuning half (`/tmp/gum-tune`, see docs/eval.md) may be given: never the report half, never PolNeAR.
//
//   node out/test/eval/gumTyper.js /tmp/gum-tune/gum-other --cv 5            # cross-validated F1, per mode and margin
//   node out/test/eval/gumTyper.js /tmp/gum-tune/gum-other --train-all --min-count 2 --extra ../shared/gold/gum \
//     --extra-weight 3 --mode none,organization,multi --margin 2 --margin-new 8 --write src/engine/data/typer.json
//   ... --check /tmp/h-entities3/silver/train-silver --changes     # a check on another folder (never trained on)
//
// Every candidate the rules leave weak or unknown is traced with its features and the rules' type; its label is the
// GUM entity with exactly its span (person / organisation / place), or none. A multi-class averaged perceptron learns
// from those; the F1 figures re-score each document with the typer's decisions in place of the rules' (exact and
// lenient, counted as score.mjs counts them).
import * as fs from 'fs';
import * as path from 'path';
import { createAnalyzer } from '../../src/engine';
import { packTyperData, setTyperTrace, setTyperWeights, type TyperData } from '../../src/engine/entities/typer';

const CLASSES = ['person', 'organization', 'place'];
const GOLD_TYPE: Record<string, string> = { PERSON: 'person', ORG: 'organization', PLACE: 'place' };
const OUT_TYPE: Record<string, string> = { person: 'person', organization: 'organization', place: 'place' };

interface Ex { text: string; doc: number; s: number; e: number; feats: string[]; rule: string | null; label: number; pool: boolean }
interface GoldEnt { start: number; end: number; type: string }
interface DocData { name: string; gold: GoldEnt[]; pred: { s: number; e: number; t: string }[] }

function collect(dir: string): { docs: DocData[]; exs: Ex[] } {
  const art = path.join(dir, 'articles');
  const names = fs.readdirSync(art).filter((f) => f.endsWith('.txt')).sort();
  const docs: DocData[] = [];
  const exs: Ex[] = [];
  const analyzer = createAnalyzer();
  setTyperWeights({ mode: 'off', margin: 0, weights: {} });
  for (const f of names) {
    const base = f.replace(/\.txt$/, '');
    const text = fs.readFileSync(path.join(art, f), 'utf8');
    const goldAll = JSON.parse(fs.readFileSync(path.join(dir, 'gold', base + '.json'), 'utf8')).entities as GoldEnt[];
    const gold = goldAll.filter((g) => GOLD_TYPE[g.type]).map((g) => ({ start: g.start, end: g.end, type: GOLD_TYPE[g.type] }));
    const byKey = new Map(gold.map((g) => [g.start + ':' + g.end, g.type]));
    // (`--label overlap`: a candidate overlapping a gold name takes its type, as lenient scoring counts it.)
    const overlapLabel = process.argv.includes('--label') && process.argv[process.argv.indexOf('--label') + 1] === 'overlap';
    const doc = docs.length;
    analyzer.clear();
    setTyperTrace((c, us, feats, rule, pool) => {
      const s = us + c.s;
      const e = us + c.e;
      const t = byKey.get(s + ':' + e) ?? (overlapLabel ? gold.find((g) => g.start < e && s < g.end)?.type : undefined);
      exs.push({ text: c.canonical, doc, s, e, feats, rule, label: t ? CLASSES.indexOf(t) + 1 : 0, pool });
    });
    const an = analyzer.analyze(text);
    setTyperTrace(null);
    const pred = an.entities.filter((x) => OUT_TYPE[x.type]).map((x) => ({ s: x.start, e: x.end, t: OUT_TYPE[x.type] }));
    docs.push({ name: base, gold, pred });
  }
  setTyperWeights(null);
  return { docs, exs };
}

/** Multi-class averaged perceptron (class 0 = none); deterministic: fixed order, fixed epochs. */
function train(exs0: Ex[], epochs: number): Map<string, number[]> {
  // Features seen in fewer than MIN_COUNT training examples are left out (smaller weights file, less overfitting).
  const cnt = new Map<string, number>();
  for (const x of exs0) for (const f of x.feats) cnt.set(f, (cnt.get(f) ?? 0) + 1);
  const exs = exs0.map((x) => ({ ...x, feats: x.feats.filter((f) => cnt.get(f)! >= MIN_COUNT) }));
  const w = new Map<string, number[]>();
  const acc = new Map<string, number[]>(); // sum of c * update, for averaging
  let c = 1;
  const get = (m: Map<string, number[]>, k: string) => { let v = m.get(k); if (!v) m.set(k, v = [0, 0, 0, 0]); return v; };
  // A fixed shuffle (linear congruential generator) so that documents interleave.
  const order = exs.map((_, i) => i);
  let seed = 12345;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let ep = 0; ep < epochs; ep++) {
    for (const i of order) {
      const x = exs[i];
      const s = [0, 0, 0, 0];
      for (const f of x.feats) { const v = w.get(f); if (v) for (let k = 0; k < 4; k++) s[k] += v[k]; }
      let best = 0;
      for (let k = 1; k < 4; k++) if (s[k] > s[best]) best = k;
      if (best !== x.label) {
        for (const f of x.feats) {
          const v = get(w, f); const a = get(acc, f);
          v[x.label] += 1; v[best] -= 1; a[x.label] += c; a[best] -= c;
        }
      }
      c++;
    }
  }
  const out = new Map<string, number[]>();
  for (const [k, v] of w) {
    const a = acc.get(k)!;
    const avg = v.map((x, i) => x - a[i] / c);
    // Stored as differences from none (class 0), so none scores 0.
    out.set(k, [avg[1] - avg[0], avg[2] - avg[0], avg[3] - avg[0]]);
  }
  return out;
}

function toData(w: Map<string, number[]>, mode: string, margin: number, minAbs = 0, drop = DROP): TyperData {
  const weights: Record<string, number[]> = {};
  for (const k of [...w.keys()].sort()) {
    const v = w.get(k)!.map((x) => Math.round(x * 10) / 10);
    if (v.some((x) => Math.abs(x) > minAbs)) weights[k] = v;
  }
  return { source: SOURCE, mode, margin, marginNew: MARGIN_NEW ?? margin, drop, weights };
}

/** Decision of the typer for an example under a mode and margin. */
const mapMemo = new WeakMap<TyperData, Map<string, number[]>>();
function decide(d: TyperData, x: Ex): string | null {
  if (!d.mode.split(',').includes(x.rule ?? 'none')) return x.rule;
  if (x.rule && (x.feats.includes('speaker') || x.feats.includes('cue'))) return x.rule;
  if (d.mode.split(',').includes('multi') && x.rule === 'organization' && x.feats.includes('n=1')) return x.rule;
  let w = mapMemo.get(d);
  if (!w) mapMemo.set(d, w = new Map(Object.entries(d.weights ?? {})));
  const s = [0, 0, 0];
  for (const f of x.feats) { const v = w.get(f); if (v) for (let k = 0; k < 3; k++) s[k] += v[k]; }
  let best = 0;
  for (let k = 1; k < 3; k++) if (s[k] > s[best]) best = k;
  if (s[best] > (x.rule ? d.margin : d.marginNew ?? d.margin)) return CLASSES[best];
  // (A type the rules gave is dropped only when its own score is `drop` below the margin.)
  if (x.rule && s[CLASSES.indexOf(x.rule)] >= d.margin - (d.drop ?? 0)) return x.rule;
  return null;
}

/** Exact and lenient TP, predictions and gold (score.mjs's counting) for documents with some decisions replaced. */
function score(docs: DocData[], exs: Ex[], decisions: (string | null)[]): { exact: number; lenient: number; pred: number; gold: number } {
  const byDoc = new Map<number, { ex: Ex; t: string | null }[]>();
  exs.forEach((x, i) => { let l = byDoc.get(x.doc); if (!l) byDoc.set(x.doc, l = []); l.push({ ex: x, t: decisions[i] }); });
  let exact = 0; let lenient = 0; let pred = 0; let gold = 0;
  docs.forEach((d, di) => {
    let pe = d.pred.slice();
    for (const { ex, t } of byDoc.get(di) ?? []) {
      if (t === ex.rule) continue;
      if (ex.rule) { const i = pe.findIndex((p) => p.s === ex.s && p.e === ex.e && p.t === ex.rule); if (i >= 0) pe = pe.filter((_, j) => j !== i); }
      if (t) pe.push({ s: ex.s, e: ex.e, t });
    }
    gold += d.gold.length; pred += pe.length;
    const pk = new Set(pe.map((p) => p.s + ':' + p.e + ':' + p.t));
    for (const g of d.gold) if (pk.has(g.start + ':' + g.end + ':' + g.type)) exact++;
    const used = new Set<number>();
    for (const g of d.gold) {
      const i = pe.findIndex((p, j) => !used.has(j) && Math.min(p.e, g.end) > Math.max(p.s, g.start) && (p.t === g.type || (p.t !== 'person' && g.type !== 'person')));
      if (i >= 0) { used.add(i); lenient++; }
    }
  });
  return { exact, lenient, pred, gold };
}

const argOf = (k: string, d: string): string => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const DROP = Number(argOf('--drop', '0'));
const MARGIN_NEW = process.argv.includes('--margin-new') ? Number(argOf('--margin-new', '0')) : undefined;
const MIN_COUNT = Number(argOf('--min-count', '1'));
const MODES = ['none', 'none,organization', 'none,organization,multi', 'organization,multi', 'none,organization,place,multi', 'none,organization,place,person'];
const SOURCE = 'Learned from GUM (Zeldes 2017, https://gucorpling.org/gum/, CC-BY 4.0): the tuning half of its non-news '
  + 'documents (docs/eval.md) and its ten bundled news documents. Regenerate: npm run compile-tests && node out/test/eval/gumTyper.js '
  + '/tmp/gum-tune/gum-other --train-all --min-count 2 --extra ../shared/gold/gum --extra-weight 3 --mode none,organization,multi '
  + '--margin 2 --margin-new 8 --write src/engine/data/typer.json';
const f1 = (x: number, p: number, g: number): string => { const P = p ? x / p : 0; const R = g ? x / g : 0; return (P + R ? 2 * P * R / (P + R) : 0).toFixed(4); };

function main(): void {
  const dir = process.argv[2];
  const arg = (k: string, d: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
  const epochs = Number(arg('--epochs', '8'));
  const { docs, exs } = collect(dir);
  // Extra training documents (the ten bundled GUM news, `../shared/gold/gum`), never scored, repeated `--extra-weight` times.
  const extraDir = arg('--extra', '');
  const extra: Ex[] = [];
  if (extraDir) {
    const ex = collect(extraDir).exs;
    for (let r = 0; r < Number(arg('--extra-weight', '1')); r++) for (const x of ex) extra.push({ ...x, doc: -1 });
  }
  const rules = exs.map((x) => x.rule);
  const base = score(docs, exs, rules);
  console.log(`docs ${docs.length}, traced candidates ${exs.length} (labelled ${exs.filter((x) => x.label).length}); rules: exact F1 ${f1(base.exact, base.pred, base.gold)}, lenient ${f1(base.lenient, base.pred, base.gold)}`);
  const folds = Number(arg('--cv', '0'));
  const trainAll = process.argv.includes('--train-all');
  if (folds > 0) {
    const modes = MODES;
    const margins = [0, 1, 2, 4];
    const dec = new Map<string, (string | null)[]>();
    for (const m of modes) for (const g of margins) dec.set(m + ' ' + g, rules.slice());
    for (let k = 0; k < folds; k++) {
      const tr = exs.concat(extra).filter((x) => x.doc % folds !== k && (trainAll || x.pool));
      const w = train(tr, epochs);
      for (const m of modes) for (const g of margins) {
        const d = toData(w, m, g);
        const out = dec.get(m + ' ' + g)!;
        exs.forEach((x, i) => { if (x.doc % folds === k && x.pool) out[i] = decide(d, x); });
      }
    }
    if (process.argv.includes('--changes')) {
      const out = dec.get(arg('--mode', 'all') + ' ' + arg('--margin', '2'))!;
      const groups = new Map<string, string[]>();
      exs.forEach((x, i) => {
        if (out[i] === x.rule) return;
        const k = `${x.rule ?? 'none'} -> ${out[i] ?? 'none'} (gold ${x.label ? CLASSES[x.label - 1] : 'none'})`;
        let l = groups.get(k); if (!l) groups.set(k, l = []); l.push(x.text);
      });
      for (const [k, l] of [...groups].sort((a, b) => b[1].length - a[1].length)) console.log(l.length, k, l.slice(0, 30).join(' | '));
    }
    for (const [key, out] of dec) {
      const r = score(docs, exs, out);
      console.log(`cv ${key}: exact F1 ${f1(r.exact, r.pred, r.gold)}, lenient ${f1(r.lenient, r.pred, r.gold)} (pred ${r.pred}, exact TP ${r.exact})`);
    }
  }
  // Another folder scored with the typer trained on all of `dir` (a check, e.g. PolNeAR train silver: never trained on).
  const other = arg('--check', '');
  if (other) {
    const w = train(trainAll ? exs.concat(extra) : exs.concat(extra).filter((x) => x.pool), epochs);
    const o = collect(other);
    const r0 = score(o.docs, o.exs, o.exs.map((x) => x.rule));
    console.log(`check ${other}: rules exact F1 ${f1(r0.exact, r0.pred, r0.gold)}, lenient ${f1(r0.lenient, r0.pred, r0.gold)}`);
    for (const m of MODES) for (const g of [0, 1, 2, 4]) {
      const d = toData(w, m, g);
      const r = score(o.docs, o.exs, o.exs.map((x) => (x.pool ? decide(d, x) : x.rule)));
      console.log(`check ${m} ${g}: exact F1 ${f1(r.exact, r.pred, r.gold)}, lenient ${f1(r.lenient, r.pred, r.gold)}`);
    }
    if (process.argv.includes('--changes')) {
      const d = toData(w, arg('--mode', 'all'), Number(arg('--margin', '2')));
      const groups = new Map<string, string[]>();
      for (const x of o.exs) {
        if (!x.pool) continue;
        const t = decide(d, x);
        if (t === x.rule) continue;
        const k = `${x.rule ?? 'none'} -> ${t ?? 'none'} (gold ${x.label ? CLASSES[x.label - 1] : 'none'})`;
        let l = groups.get(k); if (!l) groups.set(k, l = []); l.push(x.text);
      }
      for (const [k, l] of [...groups].sort((a, b) => b[1].length - a[1].length)) console.log(l.length, k, l.slice(0, 25).join(' | '));
    }
  }
  const write = arg('--write', '');
  if (write) {
    const d = toData(train(trainAll ? exs.concat(extra) : exs.concat(extra).filter((x) => x.pool), epochs), arg('--mode', 'all'), Number(arg('--margin', '0')), Number(arg('--min', '0')));
    // Packed (see TyperData): the bundles then load two literals instead of a 4,500-key object.
    fs.writeFileSync(write, JSON.stringify(packTyperData(d)) + '\n');
    console.log(`wrote ${write}: ${Object.keys(d.weights ?? {}).length} features, ${fs.statSync(write).size} bytes`);
  }
  setTyperWeights(null);
}

if (require.main === module && !process.argv.includes("--misses")) main();

/** Where the gold names the rules miss (exactly) are: in the typer's pool, predicted with another span or type, or nowhere. */
export function missReport(dir: string): void {
  const { docs, exs } = collect(dir);
  const pool = new Set(exs.filter((x) => x.pool).map((x) => x.doc + ':' + x.s + ':' + x.e));
  const counts: Record<string, number> = {};
  const samples: Record<string, string[]> = {};
  const texts = docs.map((d) => fs.readFileSync(path.join(dir, 'articles', d.name + '.txt'), 'utf8'));
  docs.forEach((d, di) => {
    const pk = new Set(d.pred.map((p) => p.s + ':' + p.e + ':' + p.t));
    const ps = new Set(d.pred.map((p) => p.s + ':' + p.e));
    for (const g of d.gold) {
      if (pk.has(g.start + ':' + g.end + ':' + g.type)) continue;
      const txt = texts[di].slice(g.start, g.end);
      const k = pool.has(di + ':' + g.start + ':' + g.end) ? 'pool' : ps.has(g.start + ':' + g.end) ? 'wrongtype'
        : d.pred.some((p) => p.s < g.end && g.start < p.e) ? 'overlap' : !/^\p{Lu}/u.test(txt) ? 'lowercase' : txt.includes(' ') ? 'absent-multi' : 'absent-one';
      counts[k] = (counts[k] ?? 0) + 1;
      (samples[k] ??= []).push(`${g.type}:${txt}`);
    }
  });
  console.log(counts);
  for (const k of Object.keys(samples)) console.log(k, samples[k].slice(0, 60).join(' | '));
}
if (require.main === module && process.argv.includes('--misses')) missReport(process.argv[2]);
