// Corpus part of the bench: N generated seeds (bench/corpusGen.ts, CC-BY fixtures) analysed in-process by the
// engine, summarised and indexed (src/corpus), then queried. Prints seconds and memory. Then the targets of issue 16 on
// the editor's real path (bench/corpusWorkerBench.ts: the worker thread, the host's longest block, RSS, a cold reopen).
//   node --expose-gc out/bench/corpusBench.js [N]          (default 10,000 seeds, about 60 MB)
// bench.ts runs it with `npm run bench -- --corpus`.
import { performance } from 'node:perf_hooks';
import { createAnalyzer } from '../src/engine';
import { CorpusIndex, summarize } from '../src/corpus';
import { generateCorpus } from './corpusGen';
import { corpusTargetLines, corpusTargets, type CorpusTargets } from './corpusWorkerBench';

export interface CorpusFigures {
  seeds: number;
  mb: number;
  /** Seconds to analyse, summarise and index every seed (text generation excluded). */
  indexSeconds: number;
  seedsPerSecond: number;
  /** Seconds of the first actors() after the last change (identity resolution and aggregation), and of all records. */
  actorsSeconds: number;
  /** The same after one article was replaced (what a view pays on an edit), best of 5. */
  actorsAgainSeconds: number;
  recordsSeconds: number;
  quotes: number;
  actors: number;
  speakers: number;
  /** Heap held by the index (after GC), MB; and the process's peak RSS, MB. */
  indexHeapMB: number;
  peakRssMB: number;
  /** The targets through the worker (fresh processes). */
  targets?: CorpusTargets;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function corpusBench(n: number): Promise<CorpusFigures> {
  const analyzer = createAnalyzer();
  const index = new CorpusIndex();
  // Warm the engine (lexicon loaded, code compiled) so that the heap baseline holds it.
  for (const d of generateCorpus({ count: 20, seed: 1 })) analyzer.analyze(d.text);
  analyzer.clear();
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  let bytes = 0;
  let busy = 0;
  let peakRss = 0;
  for (let from = 0; from < n; from += 500) {
    // Long articles (14 to 30 paragraphs: about 6 KB each), generated in slices that are dropped once indexed.
    const docs = generateCorpus({ count: Math.min(500, n - from), seed: 4242 + from, minParagraphs: 14, maxParagraphs: 30 });
    const t0 = performance.now();
    docs.forEach((d, i) => {
      if ((from + i) % 200 === 199) analyzer.clear();
      bytes += d.text.length;
      index.set(summarize(`bench/${String(from + i).padStart(6, '0')}/${d.name}`, analyzer.analyze(d.text), d.text));
    });
    busy += performance.now() - t0;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    await new Promise((r) => setImmediate(r));
  }
  analyzer.clear();
  gc();
  const indexHeap = process.memoryUsage().heapUsed - heap0;
  let t = performance.now();
  const actors = index.actors();
  const actorsMs = performance.now() - t;
  let againMs = Infinity;
  const some = index.files()[Math.floor(index.size / 2)];
  for (let k = 0; k < 5; k++) {
    index.set(index.get(some)!);
    t = performance.now();
    index.actors();
    againMs = Math.min(againMs, performance.now() - t);
  }
  t = performance.now();
  let quotes = 0;
  for (const _ of index.records()) quotes++;
  const recordsMs = performance.now() - t;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return {
    seeds: n,
    mb: bytes / 1048576,
    indexSeconds: busy / 1000,
    seedsPerSecond: n / (busy / 1000),
    actorsSeconds: actorsMs / 1000,
    actorsAgainSeconds: againMs / 1000,
    recordsSeconds: recordsMs / 1000,
    quotes,
    actors: actors.length,
    speakers: actors.filter((a) => a.quotes > 0).length,
    indexHeapMB: indexHeap / 1048576,
    peakRssMB: peakRss / 1048576,
    targets: corpusTargets(n),
  };
}

export function corpusLine(c: CorpusFigures): string {
  return `${c.seeds} seeds (${c.mb.toFixed(0)} MB) analysed and indexed in ${c.indexSeconds.toFixed(1)} s (${c.seedsPerSecond.toFixed(0)} seeds/s, in-process engine); `
    + `actors table (${c.actors} actors, ${c.speakers} speakers) ${(c.actorsSeconds * 1000).toFixed(0)} ms the first time, ${(c.actorsAgainSeconds * 1000).toFixed(0)} ms after one article changed; all ${c.quotes} quote records ${(c.recordsSeconds * 1000).toFixed(0)} ms; `
    + `index held ${c.indexHeapMB.toFixed(0)} MB of heap, peak RSS ${c.peakRssMB.toFixed(0)} MB`
    + (c.targets ? `.\n\nThe targets on the editor's path (bench/corpusWorkerBench.ts: seeds on disk, the worker thread, fresh processes; load average ${c.targets.load}):\n\n| target | measured |\n|---|---|\n${corpusTargetLines(c.targets).join('\n')}\n\nHow these are measured, and what was changed to meet them: [docs/scale.md](scale.md#the-corpus-view-of-many-articles)` : '');
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 10000);
  corpusBench(n).then((c) => console.log(corpusLine(c)), (err) => { console.error(err); process.exitCode = 1; });
}
