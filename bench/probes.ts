// Child-process probes for `npm run bench` (each runs in a fresh Node process and prints one JSON line):
//   node out/bench/probes.js startup <seed file>   cold require + activate of dist/extension.js (the unit tests' fake
//                                                   `vscode`), then time until the first highlights of a seed
//   node --trace-gc out/bench/probes.js heap <MB>  peak heap of analysing a seed of <MB> MB (engine as in the worker)
//   node out/bench/probes.js edits <MB> <seed>       re-analysis times of the bench's one-paragraph edits, engine only
//   node --expose-gc out/bench/probes.js growth <shape> <bytes,bytes,...> <runs>   time of adversarial shape number
//                                                   <shape> at each size (best of <runs>), output texts over input
//   node --expose-gc out/bench/probes.js memory <count> <KB>   live heap after a full GC every 50 of <count> distinct
//                                                   seeds of <KB> KB analysed one after another (as the worker does)
//   node out/bench/probes.js host <MB>             the editor path on a seed of <MB> MB (service on the worker +
//                                                   highlights, fake vscode): longest blocking slice per phase
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

const ROOT = join(__dirname, '..', '..');
const MB = 1024 * 1024;

/** The startup breakdown: where the first highlights of a freshly opened seed spent their time (ms since require began). */
export interface StartupFigures {
  requireMs: number;
  activateMs: number;
  firstHighlightsMs: number;
  /** `new Worker` called (ms after t0), and how long it held the caller's thread. */
  workerSpawnAtMs?: number;
  workerSpawnSyncMs?: number;
  /** The first analysis posted to the worker. */
  analyzePostedAtMs?: number;
  /** Worker thread start-up: from `new Worker` until the thread runs its first line. */
  workerBootMs?: number;
  /** Loading dist/worker.js (the engine) in the worker. */
  workerRequireMs?: number;
  /** From the bundle loaded until the first request is taken up (waiting for the message / the event loop). */
  workerWaitMs?: number;
  /** The first analysis in the worker, lexicon included; and the lexicon load alone. */
  firstAnalysisMs?: number;
  lexiconMs?: number;
  /** From the worker's result until the caller has it in full (posting, deserialising, flow control). */
  resultTransferMs?: number;
  /** From the caller having the result until the first non-empty decoration call. */
  decorateMs?: number;
  /** Whether the worker bundle came from V8's code cache in the global storage (`used`, `absent`: first start, ...). */
  codeCache?: string;
  /** The same for the extension's own bundle, dist/editor.js (loaded by dist/extension.js; none in older builds). */
  editorCodeCache?: string;
  /** CPU time of the host's thread (this process's main thread) from require until the first highlights (Linux only). */
  hostCpuMs?: number;
}

/** CPU time of this process's main thread so far, in ms (Linux: /proc/self/task/<pid>/schedstat, in ns). */
function mainThreadCpuMs(): number | undefined {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

async function startup(file: string, storage: string): Promise<void> {
  // The fake VS Code API is loaded first: its cost is not the extension's.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require('../test/unit/fakes/register');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const fake = require('../test/unit/fakes/vscode') as typeof import('../test/unit/fakes/vscode');
  const text = readFileSync(file, 'utf8');
  // The worker client reports its first result's marks here (epoch ms; see StartupTrace in src/worker/workerClient.ts).
  let trace: import('../src/worker/client').StartupTrace | undefined;
  (globalThis as Record<symbol, unknown>)[Symbol.for('seedReader.startupTrace')] = (t: typeof trace) => (trace ??= t);
  // As in VS Code: the seed opens (which triggers activation `onLanguage:seed`), then the extension activates.
  const doc = fake.openDocument(text);
  const ed = fake.showEditor(doc);
  const dist = process.env.SEED_READER_DIST || join(ROOT, 'dist');
  const epoch0 = performance.timeOrigin + performance.now();
  const cpu0 = mainThreadCpuMs();
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const ext = require(join(dist, 'extension.js')) as { activate(c: unknown): void; editorCodeCache?: string };
  const tRequire = performance.now() - t0;
  // VS Code gives every extension a global storage folder (the worker keeps its code cache there).
  // ('none': no storage folder, so no code cache.)
  const ctx = Object.assign(fake.extensionContext(), storage === 'none' ? {} : { globalStorageUri: { fsPath: storage, scheme: 'file', path: storage } });
  const t1 = performance.now();
  ext.activate(ctx);
  const tActivate = performance.now() - t1;
  // The moment of the first non-empty decoration call (the fake editor records every call; this sees it as it happens).
  const first = await new Promise<number>((resolve) => {
    if (ed.decorationCalls.some((c) => c.ranges.length > 0)) return resolve(performance.now() - t0);
    const push = ed.decorationCalls.push.bind(ed.decorationCalls);
    ed.decorationCalls.push = (...calls) => {
      const n = push(...calls);
      if (calls.some((c) => c.ranges.length > 0)) resolve(performance.now() - t0);
      return n;
    };
  });
  const cpu1 = mainThreadCpuMs();
  const out: StartupFigures = { requireMs: tRequire, activateMs: tActivate, firstHighlightsMs: first };
  if (cpu0 !== undefined && cpu1 !== undefined) out.hostCpuMs = cpu1 - cpu0;
  if (ext.editorCodeCache !== undefined) out.editorCodeCache = ext.editorCodeCache;
  if (trace) {
    const at = (e: number | undefined): number | undefined => (e === undefined ? undefined : e - epoch0);
    out.workerSpawnAtMs = at(trace.spawnAt);
    out.workerSpawnSyncMs = trace.spawnedAt - trace.spawnAt;
    out.analyzePostedAtMs = at(trace.postedAt);
    if (trace.bootAt !== undefined) {
      out.workerBootMs = trace.bootAt - trace.spawnAt;
      out.workerRequireMs = trace.loadedAt - trace.bootAt;
    }
    out.workerWaitMs = trace.startedAt - trace.loadedAt;
    out.firstAnalysisMs = trace.analysedAt - trace.startedAt;
    out.lexiconMs = trace.lexiconMs;
    out.resultTransferMs = trace.receivedAt - trace.analysedAt;
    out.decorateMs = first - (trace.receivedAt - epoch0);
    out.codeCache = trace.codeCache;
  }
  console.log(JSON.stringify(out));
  // Measured. Without a code cache the worker writes one shortly after its first analysis: the process lives on a
  // little (as VS Code does) so that the next fresh process of the bench finds it.
  const cached = (c: string | undefined): boolean => c === undefined || c === 'used' || c === 'off';
  if ((trace && !cached(trace.codeCache)) || !cached(out.editorCodeCache)) await new Promise((r) => setTimeout(r, 500));
  ctx.dispose();
  process.exit(0);
}

function heap(mb: number, seed: number): void {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const engine = require(join(ROOT, 'dist', 'worker.js')) as typeof import('../src/engine');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { buildInput } = require('./inputs') as typeof import('./inputs');
  const text = buildInput(mb * MB, seed);
  engine.createAnalyzer().analyze('warm\n20220101\nhttps://x.org\nHe said, Mr. Clark said.');
  (globalThis as { gc?: () => void }).gc?.();
  const base = getHeapStatistics().used_heap_size / MB;
  console.log(`@@begin ${base.toFixed(1)}`); // --trace-gc lines between the markers are the analysis's
  const t0 = performance.now();
  const analyzer = engine.createAnalyzer();
  const result = analyzer.analyze(text);
  const ms = performance.now() - t0;
  const end = getHeapStatistics().used_heap_size / MB;
  console.log(`@@end ${end.toFixed(1)} ${ms.toFixed(0)} ${result.entities.length}`);
  process.exit(0);
}

/**
 * The editor's whole path on a big seed, with the fake VS Code: the analysis service on the worker, the highlight
 * controller drawing the preview, then the highlights (a window of lines around the visible range on a big document),
 * then a scroll far away that redraws the window. Reports the longest blocking slice of this (the "host")
 * thread in each phase.
 */
async function host(mb: number): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require('../test/unit/fakes/register');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const fake = require('../test/unit/fakes/vscode') as typeof import('../test/unit/fakes/vscode');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { AnalysisService } = require('../src/editor/analysisService') as typeof import('../src/editor/analysisService');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { AnalysisWorker } = require('../src/worker/node/client') as typeof import('../src/worker/node/client');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { HighlightController } = require('../src/editor/decorations') as typeof import('../src/editor/decorations');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { buildInput } = require('./inputs') as typeof import('./inputs');
  const text = buildInput(mb * MB, 77);
  // The document model (the fake's line index) is VS Code's work, not ours: made before measuring.
  const doc = fake.openDocument(text);
  const service = new AnalysisService({ client: new AnalysisWorker(join(ROOT, 'dist', 'worker.js')) });
  const hl = new HighlightController(service);
  await new Promise((r) => setTimeout(r, 300)); // the worker has started and warmed
  let phase = 'analysis';
  const worst: Record<string, number> = { analysis: 0, decorations: 0 };
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst[phase] = Math.max(worst[phase], now - last);
    last = now;
  }, 1);
  const t0 = performance.now();
  let preview = -1;
  const finished = new Promise<void>((resolve) =>
    service.onDidChangeAnalysis((e) => {
      if (e.preview) {
        preview = performance.now() - t0;
        return;
      }
      phase = 'decorations'; // the full analysis arrived: from here on, drawing it
      setTimeout(resolve, 200);
    }),
  );
  const ed = fake.showEditor(doc);
  ed.visibleRanges = [new fake.Range(2000, 0, 2040, 0)];
  await finished;
  // Scrolling far away: the highlight window is redrawn around the new visible lines.
  phase = 'scroll';
  worst.scroll = 0;
  const far = Math.max(0, doc.lineCount - 100);
  ed.visibleRanges = [new fake.Range(far, 0, far + 40, 0)];
  fake.fireVisibleRanges(ed);
  await new Promise((r) => setTimeout(r, 200));
  clearInterval(timer);
  const spans = ed.decorationCalls.length ? Math.max(...[...ed.decorations.values()].map((r) => r.length)) : 0;
  console.log(JSON.stringify({ analysisMs: worst.analysis, decorationsMs: worst.decorations, scrollMs: worst.scroll, previewMs: preview, largestLayer: spans }));
  hl.dispose();
  service.dispose();
  process.exit(0);
}

/**
 * Re-analysis after one-paragraph edits of a seed of <MB> MB, in a process that holds only the engine (dist/worker.js
 * required in-process, as the worker thread runs it) and the document: the bench's `editSequence`, 10 warm-up edits,
 * then the times of the rest.
 */
function edits(mb: number, seed: number): void {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const engine = require(join(ROOT, 'dist', 'worker.js')) as typeof import('../src/engine');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { buildInput, editSequence } = require('./inputs') as typeof import('./inputs');
  const text = buildInput(mb * MB, seed);
  const analyzer = engine.createAnalyzer();
  analyzer.analyze(text);
  const ms: number[] = [];
  for (const t of editSequence(text)) {
    const t0 = performance.now();
    analyzer.analyze(t);
    ms.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ ms: ms.slice(10) }));
  process.exit(0);
}

/**
 * Growth with the input (issue 11): the engine (dist/worker.js, as the worker runs it) on adversarial shape number
 * <shape> at each of <sizes> (bytes), best CPU time (and wall time) of <runs> with a fresh analyzer each, after a warm-up on a quarter of the
 * smallest size; and the output's span texts over the input at the largest size. A fresh process per shape, so that
 * one shape's heap never slows the next.
 */
function growthProbe(shapeIndex: number, sizes: number[], runs: number): void {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const engine = require(join(ROOT, 'dist', 'worker.js')) as typeof import('../src/engine');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { SHAPES, outputTextSize } = require('./adversarial') as typeof import('./adversarial');
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const shape = SHAPES[shapeIndex];
  engine.createAnalyzer().analyze(shape.make(sizes[0] >> 2));
  // The sizes take turns (n, 2n, 4n, n, 2n, 4n, …) and each keeps its best run: the JIT's and the heap's drift
  // over the process's life then weighs on every size alike instead of on whichever size was measured first.
  const texts = sizes.map((n) => shape.make(n));
  const ms = sizes.map(() => Infinity);
  const wall = sizes.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    texts.forEach((text, i) => {
      gc();
      // CPU time of this process (all its threads: the garbage collector's helpers too), which other processes on a
      // shared machine disturb far less than the wall clock; the wall clock is reported beside it.
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      engine.createAnalyzer().analyze(text);
      wall[i] = Math.min(wall[i], performance.now() - t0);
      const c = process.cpuUsage(c0);
      ms[i] = Math.min(ms[i], (c.user + c.system) / 1000);
    });
  }
  const last = texts[texts.length - 1];
  const outRatio = outputTextSize(engine.createAnalyzer().analyze(last)).total / last.length;
  console.log(JSON.stringify({ ms, wall, outRatio }));
  process.exit(0);
}

/**
 * Memory across analyses: `count` distinct seeds of `kb` KB (the bench's inputs with every third capitalised word given
 * a suffix of its own per seed, so that no memo answers from an earlier seed) analysed one after another by the engine's
 * default analyzer (dist/worker.js, as the worker thread runs it); the live heap after a full GC before the first and
 * after every 50th. A bounded engine levels off; one that keeps something of every document grows without end.
 */
function memory(count: number, kb: number): void {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const engine = require(join(ROOT, 'dist', 'worker.js')) as typeof import('../src/engine');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { buildInput } = require('./inputs') as typeof import('./inputs');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const syl = ['dal', 'wor', 'quil', 'wren', 'dor', 'ma', 'ke', 'lin', 'tho', 'bra', 'vek', 'sul'];
  const suffix = (n: number): string => { let s = ''; do { s += syl[n % 12]; n = Math.floor(n / 12); } while (n > 0); return s; };
  const heapMB = (): number => Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
  engine.analyze(buildInput(kb * 1024, 1));
  gc();
  const at = [0];
  const heap = [heapMB()];
  const t0 = performance.now();
  for (let k = 1; k <= count; k++) {
    const text = buildInput(kb * 1024, 7000 + k).replace(/\b(\p{Lu}\p{Ll}+)\b/gu, (w: string, _: string, off: number) => (off % 3 === 0 ? w + suffix(k * 31 + (off % 97)) : w));
    engine.analyze(text);
    if (k % 50 === 0 || k === count) {
      gc();
      at.push(k);
      heap.push(heapMB());
    }
  }
  console.log(JSON.stringify({ at, heapMB: heap, seconds: Math.round((performance.now() - t0) / 100) / 10 }));
  process.exit(0);
}

const [mode, arg, arg2] = process.argv.slice(2);
// startup: the third argument is the global storage folder (default: one under the OS temp folder, kept between runs
// as VS Code keeps it between sessions; an empty folder gives a first start).
if (mode === 'startup') void startup(arg, process.argv[4] || join(tmpdir(), 'seed-reader-bench-storage'));
else if (mode === 'host') void host(Number(arg));
else if (mode === 'heap') heap(Number(arg), 4242);
else if (mode === 'memory') memory(Number(arg), Number(arg2 ?? 100));
else if (mode === 'edits') edits(Number(arg), Number(arg2 ?? 1002));
else if (mode === 'growth') growthProbe(Number(arg), (arg2 ?? '').split(',').map(Number), Number(process.argv[5] ?? 3));
else {
  console.error('usage: probes.js startup <file> | heap <MB>');
  process.exit(2);
}
