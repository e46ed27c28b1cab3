// `npm run bench -- --worker`: only the parts of the benchmark that go through the worker transport (start-up of the
// first highlights, an article via the worker, a one-paragraph edit of 1 MB via the worker, the caller thread's longest
// stall while the worker analyses, the editor path on 1 MB). Prints figures; asserts nothing; writes nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AnalysisWorker } from '../src/worker/node/client';
import { articles, buildInput, editSequence, ROOT } from './inputs';
import type { StartupFigures } from './probes';
import { probe as stall } from './stall';

const MB = 1024 * 1024;
const WORKER = join(ROOT, 'dist', 'worker.js');

function pct(xs: number[], p: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const f1 = (n: number): string => n.toFixed(1);

/**
 * The bench's one-paragraph edits (inputs.ts editSequence) with the change each makes, as VS Code reports it in
 * `contentChanges`: the offset (in the version before) where the sentence was inserted, nothing replaced.
 */
export function editsWithChanges(text: string, count = 40): { text: string; change: { offset: number; length: number; text: string } }[] {
  const texts = editSequence(text, count);
  const lines = text.split('\n');
  return texts.map((t, i) => {
    const at = 3 + ((i * 7919) % (lines.length - 5));
    let offset = 0;
    for (let j = 0; j <= at; j++) offset += lines[j].length + (j < at ? 1 : 0);
    const added = ` Edit number ${i}, Mr. Smith said.`;
    lines[at] += added;
    return { text: t, change: { offset, length: 0, text: added } };
  });
}

export async function workerBench(): Promise<void> {
  console.log('Worker transport only (npm run bench -- --worker)');
  // Start-up: fresh processes (the first writes the code cache, the others use it).
  const storage = mkdtempSync(join(tmpdir(), 'seed-reader-bench-storage-'));
  const starts: StartupFigures[] = [];
  for (let i = 0; i < 6; i++) {
    const r = spawnSync(process.execPath, [join(__dirname, 'probes.js'), 'startup', join(ROOT, 'seeds', '000_be6e4752cb109430.txt'), storage], { encoding: 'utf8' });
    try {
      const s = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as StartupFigures;
      if (i > 0) starts.push(s);
    } catch {
      console.log(`  startup probe failed: ${r.stderr.slice(0, 400)}`);
    }
  }
  rmSync(storage, { recursive: true, force: true });
  const firsts = starts.map((s) => s.firstHighlightsMs);
  if (firsts.length) console.log(`first highlights after open (median of ${firsts.length}, code cache ${starts.map((s) => s.codeCache).join(',')}): ${f1(pct(firsts, 50))} ms`);

  const worker = new AnalysisWorker(WORKER);
  await worker.warm();
  for (let i = 0; i < 3; i++) for (const [j, a] of articles.slice(0, 5).entries()) await worker.analyze(`warm-${j}`, a);
  for (let j = 0; j < 5; j++) worker.forget(`warm-${j}`);
  const lat: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const [i, a] of articles.entries()) {
      const t0 = performance.now();
      worker.forget(`art-${i}`);
      await worker.analyze(`art-${i}`, a);
      lat.push(performance.now() - t0);
    }
  }
  console.log(`article via worker: p50 ${pct(lat, 50).toFixed(2)} ms, p95 ${pct(lat, 95).toFixed(2)} ms`);

  const big = buildInput(MB, 1002);
  const edits = editsWithChanges(big);
  for (const withChanges of [false, true]) {
    worker.forget('edit');
    await worker.analyze('edit', big);
    const ms: number[] = [];
    const before = worker.received.patched;
    for (const e of edits) {
      const t0 = performance.now();
      await worker.analyze('edit', e.text, withChanges ? { changes: [e.change] } : {});
      ms.push(performance.now() - t0);
    }
    ms.splice(0, 10);
    console.log(`1 MB one-paragraph edit via worker (${withChanges ? 'with contentChanges' : 'whole text'}): p50 ${f1(pct(ms, 50))} ms, p95 ${f1(pct(ms, 95))} ms (${worker.received.patched - before} patches)`);
  }
  worker.forget('edit');

  for (const size of [6 * 1024, 100 * 1024, MB]) {
    const text = buildInput(size, 1000 + size);
    const mid = Math.floor(text.length / 2);
    const r = await stall(() => worker.analyze(`resp-${size}`, text, { window: size >= 200_000 ? { start: mid, end: mid + 6000 } : undefined }));
    worker.forget(`resp-${size}`);
    console.log(`caller's longest stall, ${size >= MB ? '1 MB' : `${size / 1024} KB`}: ${f1(r.longest)} ms (whole analysis after ${r.total.toFixed(0)} ms)`);
  }
  worker.dispose();
  const h = spawnSync(process.execPath, [join(__dirname, 'probes.js'), 'host', '1'], { encoding: 'utf8', maxBuffer: 16 * MB });
  console.log(`editor path 1 MB: ${h.stdout.trim().split('\n').pop()}`);
}
