// Hostile input at the size limits (docs/bench.md, "Hostile input at the size limits"): every adversarial shape of
// bench/adversarial*.ts written at just under a byte limit (the CLI's --max-size and the editor's
// seedReader.maxFileSizeMB, both 20 MB by default), then run through the built CLI under `/usr/bin/time -v` and through
// the editor's analysis worker (dist/worker.js, its 2 GB heap). Prints one line per run; asserts nothing.
//
//   node out/bench/hostileLimits.js write DIR [MB]          write the shapes (default 20 MB) as DIR/NN.seed
//   node out/bench/hostileLimits.js cli DIR OUTDIR [CLI] [-- ARGS...]   export each with the CLI (default dist/cli.js)
//   node out/bench/hostileLimits.js worker DIR [WORKER]     analyse each in the editor's worker (default dist/worker.js)
//   node out/bench/hostileLimits.js stdin DIR OUTDIR [CLI] [-- ARGS...]  each as one JSON line into `export --stdin`
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SHAPES } from './adversarial';
import { BENCHED, RULE_SHAPES } from './adversarialRules';
import { ROOT } from './inputs';

const MB = 1024 * 1024;

/** Every shape once: issue 11's, then the rule shapes not already among them. */
export const ALL_SHAPES = [...SHAPES, ...RULE_SHAPES.filter((s) => !BENCHED.has(s.name))];

/** The shape's seed of at most `limit` UTF-8 bytes (just under it: the largest file a limit lets through). */
export function atLimit(make: (bytes: number) => string, limit: number): string {
  let target = limit - 4096;
  for (let i = 0; i < 6; i++) {
    const text = make(target);
    const bytes = Buffer.byteLength(text);
    if (bytes <= limit) return text;
    target = Math.floor(target * (limit - 4096) / bytes);
  }
  return make(Math.floor(target / 4));
}

function write(dir: string, mb: number): void {
  mkdirSync(dir, { recursive: true });
  for (const [i, s] of ALL_SHAPES.entries()) {
    const text = atLimit(s.make, Math.floor(mb * MB));
    const file = join(dir, `${String(i).padStart(2, '0')}.seed`);
    writeFileSync(file, text);
    console.log(`${file}\t${s.name}\t${Buffer.byteLength(text)} bytes\t${text.length} chars`);
  }
}

function shapeName(file: string): string {
  return ALL_SHAPES[Number(file.slice(0, 2))]?.name ?? file;
}

/** The seeds in `dir`; HOSTILE_ONLY=04,13 runs only those shapes. */
function seeds(dir: string): string[] {
  const only = process.env.HOSTILE_ONLY?.split(',');
  return readdirSync(dir).filter((f) => f.endsWith('.seed') && (!only || only.includes(f.slice(0, 2)))).sort();
}

/** Wall seconds, CPU seconds, peak RSS (MB) and exit status from `/usr/bin/time -v`'s report. */
function timeReport(stderr: string): { wall: string; cpu: number; rssMB: number; exit: string } {
  const num = (re: RegExp): number => Number(re.exec(stderr)?.[1] ?? NaN);
  return {
    wall: /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/.exec(stderr)?.[1] ?? '?',
    cpu: num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/),
    rssMB: Math.round(num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024),
    exit: /Exit status: (\d+)/.exec(stderr)?.[1] ?? (/Command terminated by signal (\d+)/.exec(stderr)?.[0] ?? '?'),
  };
}

function cli(dir: string, outDir: string, cliFile: string, extra: string[]): void {
  mkdirSync(outDir, { recursive: true });
  for (const f of seeds(dir)) {
    const out = join(outDir, f.replace(/\.seed$/, '.out'));
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cliFile, 'export', ...extra, join(dir, f), '--out', out], { encoding: 'utf8', maxBuffer: 64 * MB });
    const t = timeReport(r.stderr);
    const ours = r.stderr.split('\n').filter((l) => l.startsWith('seed-reader') || /heap|FATAL|Error/.test(l)).slice(0, 3).join(' | ');
    let size = 0;
    try {
      size = statSync(out).size;
    } catch {
      // not written
    }
    console.log(`${f}\t${shapeName(f)}\texit ${t.exit}\twall ${t.wall}\tcpu ${t.cpu.toFixed(1)} s\tpeak ${t.rssMB} MB\tout ${(size / MB).toFixed(1)} MB\t${ours}`);
  }
}

/** Each seed as one `{"id", "text"}` line piped into `export --stdin` (its output to OUTDIR/NN.jsonl). */
function stdin(dir: string, outDir: string, cliFile: string, extra: string[]): void {
  mkdirSync(outDir, { recursive: true });
  for (const f of seeds(dir)) {
    const line = JSON.stringify({ id: f, text: readFileSync(join(dir, f), 'utf8') }) + '\n';
    const out = join(outDir, f.replace(/\.seed$/, '.jsonl'));
    const r = spawnSync('sh', ['-c', `exec /usr/bin/time -v "$0" "$@" > '${out}'`, process.execPath, cliFile, 'export', '--stdin', ...extra],
      { input: line, encoding: 'utf8', maxBuffer: 64 * MB });
    const t = timeReport(r.stderr);
    const ours = r.stderr.split('\n').filter((l) => l.startsWith('seed-reader') || /heap|FATAL|Error/.test(l)).slice(0, 3).join(' | ');
    console.log(`${f}\t${shapeName(f)}\texit ${t.exit}\twall ${t.wall}\tcpu ${t.cpu.toFixed(1)} s\tpeak ${t.rssMB} MB\tout ${(statSync(out).size / MB).toFixed(1)} MB\t${ours}`);
  }
}

async function worker(dir: string, workerFile: string): Promise<void> {
  const { AnalysisWorker } = await import('../src/worker/node/client');
  for (const f of seeds(dir)) {
    const text = readFileSync(join(dir, f), 'utf8');
    const w = new AnalysisWorker(workerFile);
    await w.warm();
    const t0 = performance.now();
    let outcome: string;
    try {
      const r = await w.analyze(f, text);
      outcome = `ok, ${r.entities.length} entities, ${r.quotes.length} quotes`;
    } catch (err) {
      outcome = `error: ${err instanceof Error ? err.message : String(err)}`;
    }
    const ms = performance.now() - t0;
    w.dispose();
    console.log(`${f}\t${shapeName(f)}\t${(ms / 1000).toFixed(1)} s\t${outcome}\trss now ${Math.round(process.memoryUsage().rss / MB)} MB`);
  }
}

async function main(): Promise<void> {
  const [cmd, dir, ...rest] = process.argv.slice(2);
  const dash = rest.indexOf('--');
  const pos = dash >= 0 ? rest.slice(0, dash) : rest;
  const extra = dash >= 0 ? rest.slice(dash + 1) : ['--format', 'json'];
  if (cmd === 'write' && dir) return write(dir, Number(pos[0] ?? 20));
  if (cmd === 'cli' && dir && pos[0]) return cli(dir, pos[0], pos[1] ?? join(ROOT, 'dist', 'cli.js'), extra);
  if (cmd === 'worker' && dir) return worker(dir, pos[0] ?? join(ROOT, 'dist', 'worker.js'));
  if (cmd === 'stdin' && dir && pos[0]) return stdin(dir, pos[0], pos[1] ?? join(ROOT, 'dist', 'cli.js'), dash >= 0 ? extra : []);
  console.error('usage: hostileLimits.js write DIR [MB] | cli DIR OUTDIR [CLI] [-- ARGS] | stdin DIR OUTDIR [CLI] [-- ARGS] | worker DIR [WORKER]');
  process.exitCode = 2;
}

if (require.main === module) void main();
