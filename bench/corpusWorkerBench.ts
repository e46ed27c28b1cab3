// The corpus targets of issue 16, measured on the editor's real path: N generated seeds (bench/corpusGen.ts: CC-BY
// fixtures recombined, never PolNeAR) written to disk, then, each in a fresh process,
//  - index: CorpusService (src/editor/corpus) reads every file and has it analysed by the analysis worker thread
//    (dist/worker.js, in batches through AnalysisService.corpusBatches as the extension's corpus host does; with
//    CORPUS_BATCH=0 one AnalysisService.analyzeText per file, as before), while
//    the Corpus view's model is redrawn as the extension does (every 200 ms while indexing); an event-loop delay
//    monitor on this (the "extension host") thread gives its longest block, RSS (host + worker: one process) is
//    sampled and the kernel's peak RSS read at the end; the index is persisted as the extension persists it;
//  - reopen: a cold process loads the persisted index and builds what the views show: the Corpus view's tree items
//    for every actor, and the Who said what rows; then checks the files in the background as on a reopen.
//   node out/bench/corpusWorkerBench.js [N] [--keep DIR]      (default 10,000 seeds, about 60 MB)
// bench.ts runs it with `npm run bench -- --corpus`.
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { generateCorpus } from './corpusGen';

const ROOT = [join(__dirname, '..', '..'), join(__dirname, '..')].find((r) => existsSync(join(r, 'package.json')))!;
const WORKER = join(ROOT, 'dist', 'worker.js');
const NO_VIEW = process.argv.includes('--no-view');

export interface CorpusTargets {
  seeds: number;
  mb: number;
  /** Index run through the worker: wall seconds, articles indexed, quotes, actors. */
  indexSeconds: number;
  articles: number;
  quotes: number;
  actors: number;
  /** Longest event-loop block of the host thread while indexing (ms), and its 99th percentile delay. */
  hostMaxBlockMs: number;
  hostP99Ms: number;
  /** Garbage collection on the host thread while indexing: the longest pause (ms), pauses over 50 ms, total ms. */
  hostGcMaxMs: number;
  hostGcOver50: number;
  hostGcMs: number;
  /** Reopen: the longest GC pause (ms). */
  reopenGcMaxMs: number;
  /** Longest redraw of the Corpus view while indexing (ms, wall) and the number of redraws. */
  viewMaxMs: number;
  draws: number;
  /** One redraw of the Corpus view after one article changed, on the whole corpus: best of 5, ms. */
  redrawMs: number;
  /** CPU seconds of the process while indexing (host and worker threads, garbage collection included). */
  indexCpuSeconds: number;
  /** Host heap used and external memory (ArrayBuffers) when the RSS peaked, MB. */
  peakHeapMB: number;
  peakExternalMB: number;
  /** Peak RSS of the process (host + worker thread), MB; the heap of the host at the end (after GC), MB. */
  peakRssMB: number;
  hostHeapMB: number;
  /** Whether the Corpus view was redrawn while indexing (not with --no-view). */
  view: boolean;
  /** Size of the persisted index, MB. */
  storeMB: number;
  /** Reopen (cold process): ms (wall and CPU) from the start of loading the store to the Corpus view drawn (all
   *  speakers ranked with their counts: from the store's head when it has one), and its tree items. */
  reopenViewMs: number;
  reopenViewCpuMs: number;
  reopenViewItems: number;
  /** Reopen: ms until the whole index is loaded, the tree drawn from it and every Who said what row made. */
  reopenMs: number;
  reopenLoadMs: number;
  reopenCpuMs: number;
  reopenMaxBlockMs: number;
  treeItems: number;
  rows: number;
  /** The background check of every file after the reopen (nothing changed): seconds, files analysed again. */
  recheckSeconds: number;
  reanalysed: number;
  /** Load average (1, 5, 15 min) when the runs ended: the machine is shared. */
  load: string;
}

/** Writes `n` seeds of about 6 KB (14 to 30 paragraphs) into `dir`, 100 per folder; returns the bytes written. */
export function writeSeeds(dir: string, n: number): number {
  let bytes = 0;
  for (let from = 0; from < n; from += 500) {
    const docs = generateCorpus({ count: Math.min(500, n - from), seed: 4242 + from, minParagraphs: 14, maxParagraphs: 30 });
    docs.forEach((d, i) => {
      const k = from + i;
      const sub = join(dir, String(Math.floor(k / 100)).padStart(4, '0'));
      if (k % 100 === 0) mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `gen-${String(k).padStart(6, '0')}.seed.txt`), d.text);
      bytes += Buffer.byteLength(d.text);
    });
  }
  return bytes;
}

async function listSeedsAsync(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listSeedsAsync(p)));
    else if (/\.(seed|txt)$/.test(e.name)) out.push(p);
  }
  return out;
}

function listSeeds(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listSeeds(p));
    else if (/\.(seed|txt)$/.test(e.name)) out.push(p);
  }
  return out;
}

type Service = import('../src/editor/corpus/corpusService').CorpusService;

/** The extension's pieces in this process: the fake `vscode` first (its cost is not the extension's), then the
 *  analysis service on the worker and a corpus service whose host reads the disk. */
function setUp(dir: string, store: string): { service: Service; dispose(): void } {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require('../test/unit/fakes/register');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { AnalysisService } = require('../src/editor/analysisService') as typeof import('../src/editor/analysisService');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { CorpusService } = require('../src/editor/corpus/corpusService') as typeof import('../src/editor/corpus/corpusService');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { AnalysisWorker } = require('../src/worker/node/client') as typeof import('../src/worker/node/client');
  // As extension.ts makes it (no code cache folder here).
  const analysis = new AnalysisService({ client: new AnalysisWorker(WORKER) });
  const host: import('../src/editor/corpus/corpusService').CorpusHost = {
    // Asynchronous, as VS Code's findFiles is (it lists in another process): the host's loop is not held by the listing.
    listFiles: () => listSeedsAsync(dir),
    size: async (f) => (await stat(f)).size,
    stat: async (f) => {
      const s = await stat(f);
      return { size: s.size, mtime: Math.floor(s.mtimeMs) };
    },
    read: (f) => readFile(f),
    analyze: (text, key) => analysis.analyzeText(text, key),
    // As register.ts: batches of files, summaries only (CORPUS_BATCH=0: one analysis per file, as before).
    summarizeBatch: process.env.CORPUS_BATCH === '0' ? undefined : analysis.corpusBatches,
    // Bytes, as register.ts reads the store (decoded line by line in slices; not one 40 MB string in one go).
    load: async () => (existsSync(store) ? readFile(store) : undefined),
    save: (json) => writeFile(store, json),
    log: () => undefined,
    maxBytes: () => 20 * 1024 * 1024,
    engineVersion: 'bench',
  };
  const service = new CorpusService(host, 0);
  return { service, dispose: () => { service.dispose(); analysis.dispose(); } };
}

/* eslint-disable @typescript-eslint/no-var-requires */
const load = () => ({
  CorpusModel: (require('../src/editor/corpus/corpusModel') as typeof import('../src/editor/corpus/corpusModel')).CorpusModel,
  treeItemOf: (require('../src/editor/corpus/corpusTree') as typeof import('../src/editor/corpus/corpusTree')).treeItemOf,
});
/* eslint-enable @typescript-eslint/no-var-requires */
let views: ReturnType<typeof load> | undefined;

/** The Corpus view as VS Code asks for it: the roots, the expanded "Actors by quotes" group, an item per node. */
function drawView(service: Service): number {
  const { CorpusModel } = views ??= load();
  // As corpusTree.ts: while the stored index loads, the view shows its head (the ranked speakers with their counts).
  const model = new CorpusModel(service.index, '', undefined, service.preview);
  const roots = model.children();
  let items = 0;
  for (const r of roots) {
    views!.treeItemOf(r);
    items++;
    if (r.type === 'group' && r.group === 'actors') for (const n of model.children(r)) { views!.treeItemOf(n); items++; }
  }
  return items;
}

/** The event-loop delay of this thread, and its garbage collections (the longest pause, the pauses over 50 ms);
 *  stop() first lets the loop turn, so that a block just before it counts. */
function monitor(): { stop(): Promise<{ max: number; p99: number; gcMax: number; gcOver50: number; gcMs: number }> } {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const gc = { max: 0, over50: 0, ms: 0 };
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gc.max = Math.max(gc.max, e.duration);
      gc.ms += e.duration;
      if (e.duration > 50) gc.over50++;
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  // CORPUS_TRACE=1: every gap over 40 ms of this thread's loop and every GC over 20 ms, with their times (stderr).
  const trace = process.env.CORPUS_TRACE === '1';
  // (With the CPU time of the process during the gap: far less than the gap is the machine's load, not this thread.)
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const gaps = trace ? setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    if (now - last > 40) process.stderr.write(`gap ${(now - last).toFixed(0)} ms ending at ${now.toFixed(0)}, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms\n`);
    last = now;
    lastCpu = process.cpuUsage();
  }, 1) : undefined;
  const gcTrace = trace ? new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.duration > 20) process.stderr.write(`gc ${e.duration.toFixed(0)} ms at ${e.startTime.toFixed(0)} (kind ${(e as unknown as { detail?: { kind?: number } }).detail?.kind})\n`);
  }) : undefined;
  gcTrace?.observe({ entryTypes: ['gc'] });
  return {
    stop: async () => {
      await new Promise((r) => setTimeout(r, 5));
      h.disable();
      obs.disconnect();
      gcTrace?.disconnect();
      if (gaps) clearInterval(gaps);
      return { max: h.max / 1e6, p99: h.percentile(99) / 1e6, gcMax: gc.max, gcOver50: gc.over50, gcMs: gc.ms };
    },
  };
}

async function childIndex(dir: string, store: string): Promise<void> {
  const { service, dispose } = setUp(dir, store);
  views ??= load();
  let peak = 0;
  let atPeak = process.memoryUsage();
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    if (m.rss > peak) [peak, atPeak] = [m.rss, m];
  }, 50);
  const cpu0 = process.cpuUsage();
  // The Corpus view redraws at most every 200 ms while indexing (corpusTree.ts).
  let timer: ReturnType<typeof setTimeout> | undefined;
  // (--no-view: without it, to see the indexing alone.)
  let viewMax = 0;
  let draws = 0;
  let slowDraws = 0;
  const draw = () => {
    timer = undefined;
    const t = performance.now();
    drawView(service);
    const ms = performance.now() - t;
    viewMax = Math.max(viewMax, ms);
    if (ms > 50) slowDraws++;
    draws++;
  };
  // As corpusTree.ts: the index built in slices (settle), then the redraw.
  if (!NO_VIEW) service.onDidChange(() => { timer ??= setTimeout(() => void service.settle().then(draw), 200); });
  const m = monitor();
  const t0 = performance.now();
  await service.indexAll();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const block = await m.stop();
  clearInterval(sampler);
  if (timer) clearTimeout(timer);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  (globalThis as { gc?: () => void }).gc?.();
  const heap = process.memoryUsage().heapUsed;
  let quotes = 0;
  for (const _ of service.index.records()) quotes++;
  const result = { viewMax, draws, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, atPeak, articles: service.index.size, quotes, actors: service.index.actors().length, maxBlock: block.max, p99: block.p99, gc: block, slowDraws, peakRss: peak, heap };
  dispose();
  process.stdout.write(`@@${JSON.stringify(result)}\n`);
}

async function childReopen(dir: string, store: string): Promise<void> {
  const { service, dispose } = setUp(dir, store);
  // The view's modules are loaded before the clock starts (the extension has them from its activation).
  views ??= load();
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { toRowsInSlices } = require('../src/editor/corpus/whoSaidWhatHtml') as typeof import('../src/editor/corpus/whoSaidWhatHtml');
  const m = monitor();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // The view as soon as the service says something changed: from the store's head (format 3) while the articles load.
  let viewMs: number | undefined;
  let viewItems = 0;
  let viewCpuMs = 0;
  const sub = service.onDidChange(() => {
    if (viewMs !== undefined) return;
    viewItems = drawView(service);
    viewMs = performance.now() - t0;
    const c = process.cpuUsage(cpu0);
    viewCpuMs = (c.user + c.system) / 1000;
  });
  await service.loadStore();
  sub.dispose();
  const loadMs = performance.now() - t0;
  // The whole index: the tree again from it, and the Who said what rows as the panel makes them (in slices).
  const treeItems = drawView(service);
  const rows = (await toRowsInSlices(service.index.records(), () => false))!.rows;
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const block = await m.stop();
  // What one redraw costs on this corpus after one article changed (as while indexing): the best of 5, the
  // machine's other load aside.
  let redraw = Infinity;
  const some = service.index.files()[Math.floor(service.index.size / 2)];
  for (let k = 0; k < 5; k++) {
    service.index.set(service.index.get(some)!);
    // As corpusTree.ts: the index built in slices first, then the redraw (the draw is timed).
    await service.settle();
    const t = performance.now();
    drawView(service);
    redraw = Math.min(redraw, performance.now() - t);
  }
  // The background check of a reopen: every file's summary reused when the file did not change.
  const t1 = performance.now();
  await service.indexAll();
  const recheck = (performance.now() - t1) / 1000;
  const result = { redraw, ms, viewMs: viewMs ?? ms, viewItems, viewCpuMs, cpuMs: (cpu.user + cpu.system) / 1000, loadMs, maxBlock: block.max, gc: block, treeItems, rows: rows.length, recheck, analysed: service.analysed };
  dispose();
  process.stdout.write(`@@${JSON.stringify(result)}\n`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function child(mode: string, dir: string, store: string): any {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, mode, dir, store, ...(NO_VIEW ? ['--no-view'] : [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (process.env.CORPUS_TRACE === '1') process.stderr.write(`-- ${mode}\n${r.stderr}`);
  const line = r.stdout.split('\n').find((l) => l.startsWith('@@'));
  if (!line) throw new Error(`corpus bench ${mode} failed: ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(line.slice(2));
}

export function corpusTargets(n: number, keep?: string): CorpusTargets {
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'seed-corpus-'));
  const store = join(dir, '..', `${dir.replace(/.*[\\/]/, '')}-index.json`);
  try {
    const seedsDir = join(dir, 'seeds');
    const bytes = existsSync(seedsDir) ? listSeeds(seedsDir).reduce((s, f) => s + statSync(f).size, 0) : writeSeeds(seedsDir, n);
    rmSync(store, { force: true });
    const a = child('index', seedsDir, store);
    const b = child('reopen', seedsDir, store);
    return {
      seeds: n, mb: bytes / 1048576, view: !NO_VIEW, indexSeconds: a.seconds, indexCpuSeconds: a.cpuSeconds, peakHeapMB: a.atPeak.heapUsed / 1048576, peakExternalMB: a.atPeak.external / 1048576, articles: a.articles, quotes: a.quotes, actors: a.actors,
      hostGcMaxMs: a.gc.gcMax, hostGcOver50: a.gc.gcOver50, hostGcMs: a.gc.gcMs, reopenGcMaxMs: b.gc.gcMax,
      hostMaxBlockMs: a.maxBlock, viewMaxMs: a.viewMax, draws: a.draws, redrawMs: b.redraw, hostP99Ms: a.p99, peakRssMB: a.peakRss / 1048576, hostHeapMB: a.heap / 1048576,
      storeMB: statSync(store).size / 1048576, reopenViewMs: b.viewMs, reopenViewCpuMs: b.viewCpuMs, reopenViewItems: b.viewItems, reopenMs: b.ms, reopenCpuMs: b.cpuMs, reopenLoadMs: b.loadMs, reopenMaxBlockMs: b.maxBlock, treeItems: b.treeItems,
      rows: b.rows, recheckSeconds: b.recheck, reanalysed: b.analysed, load: loadavg().map((x) => x.toFixed(1)).join(', '),
    };
  } finally {
    if (!keep) {
      rmSync(store, { force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

const f1 = (x: number) => x.toFixed(1);

export function corpusTargetLines(c: CorpusTargets): string[] {
  return [
    `| ${c.seeds.toLocaleString('en')} seeds (${f1(c.mb)} MB) indexed through the worker ≤ 60 s | ${f1(c.indexSeconds)} s wall, ${f1(c.indexCpuSeconds)} s CPU (host + worker; ${(c.seeds / c.indexSeconds).toFixed(0)} seeds/s; ${c.articles} articles, ${c.quotes} quotes, ${c.actors} actors) |`,
    `| host never blocked > 50 ms while indexing | longest event-loop delay ${f1(c.hostMaxBlockMs)} ms (p99 ${f1(c.hostP99Ms)} ms; longest GC pause ${f1(c.hostGcMaxMs)} ms, ${c.hostGcOver50} over 50 ms)${c.view ? `; the Corpus view redrawn every 200 ms (${c.draws} times, the longest ${f1(c.viewMaxMs)} ms; one redraw on the whole corpus after one article changed, its index settled first, takes ${f1(c.redrawMs)} ms at best)` : ', without the Corpus view'} |`,
    `| ≤ 500 MB total memory (host + worker) | peak RSS ${c.peakRssMB.toFixed(0)} MB (host heap ${c.peakHeapMB.toFixed(0)} MB and external ${c.peakExternalMB.toFixed(0)} MB at that moment; the rest is the worker and Node); host heap after indexing ${c.hostHeapMB.toFixed(0)} MB; persisted index ${f1(c.storeMB)} MB |`,
    `| reopen: the full corpus view in ≤ 2 s | the view (every speaker ranked, counts; ${c.reopenViewItems} tree items) after ${c.reopenViewMs.toFixed(0)} ms (${c.reopenViewCpuMs.toFixed(0)} ms CPU); everything loaded ${c.reopenMs.toFixed(0)} ms in a cold process (${c.reopenCpuMs.toFixed(0)} ms CPU; store loaded in ${c.reopenLoadMs.toFixed(0)} ms; ${c.treeItems} tree items, ${c.rows} Who said what rows; longest block ${f1(c.reopenMaxBlockMs)} ms, longest GC pause ${f1(c.reopenGcMaxMs)} ms); then the background check of every file ${f1(c.recheckSeconds)} s, ${c.reanalysed} analysed again |`,
  ];
}

if (require.main === module) {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === 'index') void childIndex(a, b).then(() => process.exit(0));
  else if (mode === 'reopen') void childReopen(a, b).then(() => process.exit(0));
  else {
    const n = Number(mode ?? 10000);
    const k = process.argv.indexOf('--keep');
    const c = corpusTargets(n, k > 0 ? process.argv[k + 1] : undefined);
    console.log(JSON.stringify(c, null, 1));
    console.log(corpusTargetLines(c).join('\n'));
  }
}
