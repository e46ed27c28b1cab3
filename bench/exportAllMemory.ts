// Peak memory of the editor's Export All Seeds loop (src/editor/commands/exportWorkspace.ts), run outside VS Code: the
// command itself against the fake VS Code API of the unit tests (workspace.fs on a real folder), with the analysis in
// this process (in the editor it runs in a worker thread and the extension host receives each analysis). Makes COUNT
// copies of a seed of about SIZE KB (the sample seed's paragraphs repeated; each copy's headline differs), exports them
// and prints the time and the heap's peaks (sampled; the live heap after a forced full GC at every 10th file, which
// needs --expose-gc); run under `/usr/bin/time -v` for the peak RSS.
//   node --expose-gc out/bench/exportAllMemory.js [--count 200] [--kb 100] [--mode folder|csv|jsonl] [--format json|brat|...] [--worker]
import '../test/unit/fakes/register';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as fake from '../test/unit/fakes/vscode';
import { install } from '../test/unit/exportCommandsFakes';
import { analyze } from '../src/engine';
import type { Analysis } from '../src/engine/types';
import { AnalysisService } from '../src/editor/analysisService';
import { exportWorkspace, type WorkspaceExportMode } from '../src/editor/commands/exportWorkspace';
import type { ExportFormat } from '../src/export/common';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

/** A seed of about `kb` KB: the sample's header and its paragraphs repeated. */
function bigSeed(kb: number, k: number): string {
  const sample = readFileSync(join(__dirname, '..', '..', 'seeds', '000_be6e4752cb109430.txt'), 'utf8');
  const lines = sample.split('\n');
  const body = lines.slice(3).filter((l) => l.trim()).join('\n');
  let text = `${lines[0]} (copy ${k})\n${lines[1]}\n${lines[2]}\n`;
  while (text.length < kb * 1024) text += body + '\n';
  return text;
}

/** A worker thread that analyses texts one at a time (the engine's tsc build beside this file). */
function analysisThread(): { analyze(text: string): Promise<Analysis>; close(): Promise<number> } {
  const engine = join(__dirname, '..', 'src', 'engine');
  const w = new Worker(`const { parentPort } = require('node:worker_threads'); const { analyze } = require(${JSON.stringify(engine)});
parentPort.on('message', (text) => parentPort.postMessage(analyze(text)));`, { eval: true });
  let pending: ((a: Analysis) => void) | undefined;
  w.on('message', (a: Analysis) => pending?.(a));
  return {
    analyze: (text) => new Promise((resolve) => {
      pending = resolve;
      w.postMessage(text);
    }),
    close: () => w.terminate(),
  };
}

async function main(): Promise<void> {
  const count = Number(arg('count', '200'));
  const kb = Number(arg('kb', '100'));
  const mode = arg('mode', 'folder') as WorkspaceExportMode;
  const format = arg('format', 'json') as ExportFormat;
  const root = mkdtempSync(join(tmpdir(), 'export-all-mem-'));
  const wsDir = join(root, 'ws');
  mkdirSync(wsDir);
  for (let k = 0; k < count; k++) writeFileSync(join(wsDir, `seed-${String(k).padStart(4, '0')}.txt`), bigSeed(kb, k));
  const restore = install({
    saveDialog: [], saveAnswer: undefined, openAnswer: undefined, warningAnswer: undefined, warnings: [], clipboard: '', progress: [],
    cancelAfter: Infinity, workspaceRoot: wsDir,
  });
  // --worker: the analyses in a worker thread, as in the editor (the extension host receives a copy of each); the
  // engine's own memory is then not in this process's heap.
  const inWorker = process.argv.includes('--worker');
  const worker = inWorker ? analysisThread() : undefined;
  const service = new AnalysisService({ analyzer: (text) => (worker ? worker.analyze(text) : analyze(text)) });
  const target = fake.Uri.file(mode === 'folder' ? join(root, 'out') : join(root, `all.${mode}`));
  global.gc?.();
  const rssStart = process.memoryUsage().rss;
  let heapPeak = 0;
  let livePeak = 0;
  let reports = 0;
  // Every 20 ms the heap used (garbage included), when the loop lets the timer run; at every 10th file (the progress
  // report at the start of each file), after a full collection: the live heap.
  const sample = setInterval(() => { heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed); }, 20);
  const w = fake.window as unknown as { withProgress: (o: unknown, task: (p: { report(r: unknown): void }, t: unknown) => unknown) => unknown };
  const withProgress = w.withProgress;
  w.withProgress = (o, task) => withProgress(o, (p, t) => task({
    report: (r) => {
      if (++reports % 10 === 0 && global.gc) {
        global.gc();
        livePeak = Math.max(livePeak, process.memoryUsage().heapUsed);
      }
      p.report(r);
    },
  }, t));
  const t0 = Date.now();
  const summary = await exportWorkspace(service, undefined, undefined, { mode, format, target: target as never });
  const seconds = (Date.now() - t0) / 1000;
  clearInterval(sample);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  console.log(`${count} seeds of ${kb} KB, ${mode}${mode === 'folder' ? ` ${format}` : ''}${inWorker ? ', analyses in a worker thread' : ''}: ${summary?.done.length} done, ${summary?.written.length} written, `
    + `${seconds.toFixed(1)} s; RSS at start ${mb(rssStart)}, heap used peak (sampled every 20 ms) ${mb(heapPeak)}, live heap peak (after a full GC at every 10th file) ${mb(livePeak)}`);
  service.dispose();
  await worker?.close();
  restore();
  rmSync(root, { recursive: true, force: true });
}

void main();
