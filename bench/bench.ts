// npm run bench — speed of the analysis, beside compromise and wink-nlp baselines, on this machine.
// Not a test: it prints figures and asserts nothing. Inputs are built from the sample seeds and the gold articles with
// paragraphs shuffled by a fixed-seed generator, so the text is realistic and never one paragraph repeated.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnalyzer } from '../src/analysis';
import { AnalysisWorker } from '../src/analysis/workerClient';
import { analyzeWindow } from '../src/analysis/window';

const ROOT = join(__dirname, '..', '..');
const GOLD = process.env.SEED_READER_GOLD ?? join(ROOT, '..', 'shared', 'gold');
const QUICK = process.argv.includes('--quick');
const WRITE = process.argv.includes('--write');

// ---------- inputs ----------
function articleFiles(): string[] {
  const files: string[] = [];
  const seeds = join(ROOT, 'seeds');
  for (const f of readdirSync(seeds)) if (f.endsWith('.txt')) files.push(join(seeds, f));
  for (const sub of ['gum/articles', 'gum-stripped/articles']) {
    const dir = join(GOLD, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(join(dir, f));
  }
  return files;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const articles = articleFiles().map((f) => readFileSync(f, 'utf8'));
const paragraphs = articles.flatMap((t) => t.split(/\r?\n/).slice(3).filter((p) => p.trim().length > 0));

function buildInput(bytes: number, seed: number): string {
  const rnd = mulberry32(seed);
  const out: string[] = ['Benchmark seed built from sample articles', '20220106', 'https://example.org/bench'];
  let size = out.join('\n').length;
  while (size < bytes) {
    for (const p of shuffle(paragraphs, rnd)) {
      out.push(p);
      size += p.length + 1;
      if (size >= bytes) break;
    }
  }
  return out.join('\n') + '\n';
}

// ---------- helpers ----------
const MB = 1024 * 1024;
function fmtSize(n: number): string {
  return n >= MB ? `${(n / MB).toFixed(0)} MB` : `${Math.round(n / 1024)} KB`;
}
function pct(xs: number[], p: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
function heapMB(): number {
  return process.memoryUsage().heapUsed / MB;
}

/** Measures the longest time the event loop was blocked while `work` runs (a 1 ms probe timer). */
async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  await new Promise((r) => setTimeout(r, 5));
  last = performance.now();
  await work();
  const now = performance.now();
  worst = Math.max(worst, now - last);
  clearInterval(timer);
  return worst;
}

interface Row {
  engine: string;
  input: string;
  mbps: string;
  ms: string;
  heap: string;
  note: string;
}
const rows: Row[] = [];
function row(engine: string, input: string, ms: number | null, bytes: number, heap: number | null, note = ''): void {
  rows.push({
    engine,
    input,
    ms: ms === null ? '—' : ms.toFixed(1),
    mbps: ms === null ? '—' : (bytes / MB / (ms / 1000)).toFixed(2),
    heap: heap === null ? '—' : heap.toFixed(0),
    note,
  });
  console.log(`  ${engine.padEnd(28)} ${input.padEnd(7)} ${rows[rows.length - 1].mbps.padStart(7)} MB/s ${rows[rows.length - 1].ms.padStart(9)} ms  ${note}`);
}

// ---------- baselines ----------
// eslint-disable-next-line @typescript-eslint/no-var-requires
const compromise = require('compromise') as (t: string) => {
  people(): { out(f: string): unknown[] };
  places(): { out(f: string): unknown[] };
  organizations(): { out(f: string): unknown[] };
};
function runCompromise(text: string): number {
  const doc = compromise(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}
// eslint-disable-next-line @typescript-eslint/no-var-requires
const winkNLP = require('wink-nlp');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const winkModel = require('wink-eng-lite-web-model');
const wink = winkNLP(winkModel);
function runWink(text: string): number {
  return wink.readDoc(text).entities().length();
}

function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const sizes = QUICK ? [6 * 1024, 100 * 1024, MB] : [6 * 1024, 100 * 1024, MB, 10 * MB];
  const inputs = new Map(sizes.map((s, i) => [s, buildInput(s, 1000 + i)]));
  console.log(`Seed Reader benchmark — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`corpus: ${articles.length} articles, ${paragraphs.length} paragraphs; inputs ${sizes.map(fmtSize).join(', ')}\n`);

  // Warm up the JIT on every engine with one article.
  for (let i = 0; i < 3; i++) {
    createAnalyzer().analyze(articles[0]);
    runCompromise(articles[0]);
    runWink(articles[0]);
  }

  console.log('Throughput (cold cache, warm JIT):');
  for (const [size, text] of inputs) {
    gc();
    const h0 = heapMB();
    const analyzer = createAnalyzer();
    let result: unknown;
    const ms = timeOnce(() => (result = analyzer.analyze(text)));
    // The analysis runs synchronously, so the heap is read right after it, with the result and the paragraph cache
    // still held (garbage not yet collected included): an upper bound of what stays, a lower bound of the peak.
    const held = heapMB() - h0;
    row('seed-reader analyze()', fmtSize(size), ms, text.length, held);
    result = undefined;
  }
  for (const [size, text] of inputs) {
    if (size > MB) {
      row('compromise people/places/orgs', fmtSize(size), null, text.length, null, 'not run: ~15 s per MB');
      continue;
    }
    gc();
    row('compromise people/places/orgs', fmtSize(size), timeOnce(() => runCompromise(text)), text.length, null);
  }
  for (const [size, text] of inputs) {
    gc();
    row('wink-nlp readDoc+entities', fmtSize(size), timeOnce(() => runWink(text)), text.length, null);
  }

  console.log('\nPer-article latency (each real article, fresh analyzer, warm JIT, 20 rounds):');
  const lat: Record<string, number[]> = { seed: [], compromise: [], wink: [] };
  for (let round = 0; round < (QUICK ? 5 : 20); round++) {
    for (const a of articles) {
      lat.seed.push(timeOnce(() => createAnalyzer().analyze(a)));
      if (round < 3) lat.compromise.push(timeOnce(() => runCompromise(a)));
      lat.wink.push(timeOnce(() => runWink(a)));
    }
  }
  const latRows = Object.entries(lat).map(([k, xs]) => ({ engine: k, p50: pct(xs, 50), p95: pct(xs, 95) }));
  for (const r of latRows) console.log(`  ${r.engine.padEnd(12)} p50 ${r.p50.toFixed(2)} ms   p95 ${r.p95.toFixed(2)} ms`);

  console.log('\nIncremental edit (1 MB document, one paragraph changed, analyzer cache warm):');
  const big = inputs.get(MB)!;
  const analyzer = createAnalyzer();
  analyzer.analyze(big);
  const edits: number[] = [];
  const lines = big.split('\n');
  for (let i = 0; i < 20; i++) {
    const at = 3 + Math.floor(((i * 7919) % (lines.length - 4)));
    const edited = lines.slice();
    edited[at] = edited[at] + ` Edit number ${i}, Mr. Smith said.`;
    const t = edited.join('\n');
    edits.push(timeOnce(() => analyzer.analyze(t)));
  }
  console.log(`  re-analysis p50 ${pct(edits, 50).toFixed(1)} ms   p95 ${pct(edits, 95).toFixed(1)} ms   max ${Math.max(...edits).toFixed(1)} ms`);

  console.log('\nVisible-window preview (analyzeWindow of ~60 lines of the 1 MB document):');
  const mid = Math.floor(big.length / 2);
  const previews: number[] = [];
  for (let i = 0; i < 10; i++) {
    previews.push(timeOnce(() => analyzeWindow((t) => createAnalyzer().analyze(t), big, mid, mid + 8000)));
  }
  console.log(`  preview p50 ${pct(previews, 50).toFixed(1)} ms   max ${Math.max(...previews).toFixed(1)} ms`);

  console.log('\nLongest blocking slice of the caller thread (analysis in the worker thread, dist/worker.js):');
  const workerPath = join(ROOT, 'dist', 'worker.js');
  const blocking: { input: string; ms: number; total: number }[] = [];
  if (!existsSync(workerPath)) {
    console.log('  dist/worker.js missing: run `node esbuild.mjs` first');
  } else {
    const worker = new AnalysisWorker(workerPath);
    for (const [size, text] of inputs) {
      let total = 0;
      const ms = await longestBlock(async () => {
        const t0 = performance.now();
        await worker.analyze(`doc-${size}`, text);
        total = performance.now() - t0;
      });
      blocking.push({ input: fmtSize(size), ms, total });
      console.log(`  ${fmtSize(size).padEnd(7)} longest slice ${ms.toFixed(1)} ms   (whole analysis ${total.toFixed(0)} ms in the worker)`);
    }
    worker.dispose();
  }

  if (WRITE) {
    const seedRows = rows.filter((r) => r.engine.startsWith('seed'));
    const md: string[] = [];
    md.push('# Benchmark', '');
    md.push(`Output of one \`npm run bench\` run on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`);
    md.push(`Inputs: the sample seed and the gold articles (${articles.length} articles), paragraphs shuffled with a fixed seed.`, '');
    md.push('## Throughput (cold cache, warm JIT)', '', '| engine | input | MB/s | ms | heap after, above baseline (MB) | note |', '|---|---|---:|---:|---:|---|');
    for (const r of rows) md.push(`| ${r.engine} | ${r.input} | ${r.mbps} | ${r.ms} | ${r.heap} | ${r.note} |`);
    md.push('', '## Per-article latency', '', '| engine | p50 ms | p95 ms |', '|---|---:|---:|');
    for (const r of latRows) md.push(`| ${r.engine} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} |`);
    md.push('', '## Editing and responsiveness', '');
    md.push(`- Incremental edit of one paragraph in a 1 MB seed: p50 ${pct(edits, 50).toFixed(1)} ms, p95 ${pct(edits, 95).toFixed(1)} ms.`);
    md.push(`- Visible-window preview in a 1 MB seed: p50 ${pct(previews, 50).toFixed(1)} ms.`);
    for (const b of blocking) md.push(`- ${b.input}: longest blocking slice of the caller thread ${b.ms.toFixed(1)} ms while the worker analysed for ${b.total.toFixed(0)} ms.`);
    md.push('', `Seed Reader vs compromise at 1 MB: ${(() => {
      const s = seedRows.find((r) => r.input === '1 MB');
      const c = rows.find((r) => r.engine.startsWith('compromise') && r.input === '1 MB');
      return s && c ? `${(Number(s.mbps) / Number(c.mbps)).toFixed(1)}×` : 'n/a';
    })()}`);
    writeFileSync(join(ROOT, 'docs', 'bench.md'), md.join('\n') + '\n');
    console.log('\nwrote docs/bench.md');
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
