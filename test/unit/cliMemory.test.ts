// The CLI on inputs whose analysis needs more memory than allowed (--max-memory, src/cli/bounded.ts): large inputs are
// analysed in a worker thread with a heap limit; one that needs more gets one line on stderr and exit code 1, and the
// other inputs are still analysed and written. Hostile inputs are generated here (bench/adversarial.ts's shapes, a few
// hundred KB) with a small limit, so that the thread runs out of memory in well under a second.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SHAPES } from '../../bench/adversarial';
import { generateCorpus } from '../../bench/corpusGen';
import { analyze } from '../../src/engine';
import { BoundedAnalyzer, defaultMaxMemoryMB, inProcessChars, parseMaxMemory } from '../../src/cli/bounded';
import { runCli, type CliHooks } from '../../src/cliMain';
import type { StreamIO } from '../../src/cli/stdin';
import { EXPORT_FORMATS } from '../../src/export/common';
import { ROOT, SAMPLE_PATH } from './exportFixtures';

interface Run { code: number; out: string; err: string }

async function run(argv: string[], hooks: CliHooks = {}, extra: Partial<StreamIO> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, ...extra } as StreamIO, hooks);
  return { code, out, err };
}

const CLI = [join(ROOT, 'dist', 'cli.js'), join(ROOT, '..', 'dist', 'cli.js')].find((p) => existsSync(p));
/** The CLI's entry as compiled for the tests: what the thread runs under the in-process tests. */
const ENTRY = join(__dirname, '..', '..', 'src', 'cli.js');

/** A hostile seed: unbalanced quotation marks, about `kb` KB (bench/adversarial.ts). */
function hostile(kb: number): string {
  return SHAPES.find((s) => s.name === 'unbalanced quotes')!.make(kb * 1024);
}

const OOM = /^seed-reader: (.*): the analysis needs more than 16 MB of memory \(--max-memory\); not analysed$/;

describe('CLI: memory limit of the analyses (--max-memory)', () => {
  let dir: string;
  let big: string;
  let seeds: string[];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-mem-'));
    big = join(dir, 'big.txt');
    writeFileSync(big, hostile(300));
    seeds = [SAMPLE_PATH];
    for (const g of generateCorpus({ count: 3, seed: 11 })) {
      const p = join(dir, g.name);
      writeFileSync(p, g.text);
      seeds.push(p);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--max-memory: a whole number of MB, at least 16; the default is V8 heap limit of the process', async () => {
    assert.equal(parseMaxMemory('512'), 512);
    assert.ok(parseMaxMemory(null) >= 256);
    for (const bad of ['abc', '1.5', '-4', '8', '']) assert.throws(() => parseMaxMemory(bad), /--max-memory/);
    const r = await run(['export', '-f', 'json', SAMPLE_PATH, '--max-memory', 'lots']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--max-memory needs a whole number of MB/);
    assert.equal((await run(['corpus', SAMPLE_PATH, '--max-memory', '4'])).code, 2);
    assert.equal((await run(['export', '--stdin', '--max-memory', '4'])).code, 2);
    // Small inputs stay in the process: a character per KB of the limit (and of the process's heap limit).
    assert.equal(inProcessChars(16), 16 * 1024);
    assert.equal(inProcessChars(1 << 20), defaultMaxMemoryMB() * 1024);
  });

  it('inputs up to the bound are analysed in the process: no thread is started for them', async () => {
    // A thread file that does not exist: any thread would fail.
    const hooks = { analysisThread: { file: join(dir, 'no-such-entry.js'), inProcessChars: 100_000 } };
    const r = await run(['export', '-f', 'json', ...seeds], hooks);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, (await run(['export', '-f', 'json', ...seeds])).out);
    // The same thread file for an input over the bound: that input fails with one line, the others are exported.
    const t = await run(['export', '-f', 'json', SAMPLE_PATH, big], hooks);
    assert.equal(t.code, 1);
    assert.equal(t.err.trim().split('\n').length, 1, t.err);
    assert.match(t.err, /^seed-reader: .*big\.txt: analysis failed: /);
    // Two FILEs given: JSON Lines, the one line of the input exported.
    assert.equal(t.out, JSON.stringify(JSON.parse((await run(['export', '-f', 'json', SAMPLE_PATH])).out)) + '\n');
  });

  it('an analysis in the thread gives byte-identical output, in every format', async function () {
    this.timeout(180_000);
    const thread: CliHooks = { analysisThread: { file: ENTRY, inProcessChars: 0 } };
    for (const format of EXPORT_FORMATS) {
      const out = join(dir, `same-${format}`);
      const outT = join(dir, `same-${format}-thread`);
      const plain = await run(['export', '-f', format, ...seeds, '--out', `${out}/`]);
      const inThread = await run(['export', '-f', format, ...seeds, '--out', `${outT}/`], thread);
      assert.equal(plain.code, 0, plain.err);
      assert.equal(inThread.code, 0, inThread.err);
      const names = readdirSync(out).sort();
      assert.deepEqual(readdirSync(outT).sort(), names);
      for (const n of names) assert.ok(readFileSync(join(out, n)).equals(readFileSync(join(outT, n))), `${format}: ${n} differs`);
    }
    // corpus (its own incremental analyzer in the process) and --stdin likewise.
    const corpus = await run(['corpus', ...seeds]);
    assert.equal(corpus.code, 0, corpus.err);
    assert.equal((await run(['corpus', ...seeds], thread)).out, corpus.out);
    const lines = seeds.map((s, i) => JSON.stringify({ id: i, text: readFileSync(s, 'utf8') })).join('\n') + '\n';
    const plain = await run(['export', '--stdin'], {}, { stdin: Readable.from([lines]) });
    const inThread = await run(['export', '--stdin'], thread, { stdin: Readable.from([lines]) });
    assert.equal(plain.code, 0, plain.err);
    assert.equal(inThread.out, plain.out);
    assert.equal(inThread.out.split('\n').length, seeds.length + 1);
  });

  it('BoundedAnalyzer: out of memory in the thread is an error, and the next text gets a new thread', async function () {
    this.timeout(60_000);
    if (!CLI) this.skip();
    const b = new BoundedAnalyzer(analyze, 16, { file: CLI!, inProcessChars: 0 });
    try {
      const small = readFileSync(SAMPLE_PATH, 'utf8');
      const first = await b.analyze(small);
      assert.ok('analysis' in first);
      assert.deepEqual(first.analysis, analyze(small));
      const bad = await b.analyze(hostile(300));
      assert.ok('error' in bad);
      assert.match(bad.error, /needs more than 16 MB of memory/);
      const again = await b.analyze(small);
      assert.ok('analysis' in again);
      assert.deepEqual(again.analysis, first.analysis);
    } finally {
      await b.close();
    }
  });

  describe('the built bundle (node dist/cli.js)', () => {
    const node = (args: string[], input?: string) => spawnSync(process.execPath, [CLI!, ...args], { encoding: 'utf8', input });
    beforeEach(function () {
      if (!CLI) this.skip();
    });

    it('export --out FOLDER: the hostile file gets one line and exit 1; the others are written, none half-written', function () {
      this.timeout(60_000);
      const out = join(dir, 'folder');
      const r = node(['export', '-f', 'json', seeds[0], big, seeds[1], '--max-memory', '16', '--out', `${out}/`]);
      assert.equal(r.status, 1, r.stderr);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.filter((l) => OOM.test(l)).length, 1, r.stderr);
      assert.equal(OOM.exec(lines.find((l) => OOM.test(l))!)![1], big);
      assert.match(r.stderr, /wrote 2 files/);
      // Exactly the two outputs, no temporary files; each as `export` writes it alone.
      const names = readdirSync(out).sort();
      assert.equal(names.length, 2, names.join(' '));
      for (const s of [seeds[0], seeds[1]]) {
        const alone = node(['export', '-f', 'json', s]);
        const name = names.find((n) => n.startsWith(s.replace(/^.*\//, '').replace(/\.txt$/, '')))!;
        assert.equal(readFileSync(join(out, name), 'utf8'), alone.stdout);
      }
    });

    it('export to stdout (several files): the others are printed; corpus leaves the hostile seed out', function () {
      this.timeout(60_000);
      const r = node(['export', '-f', 'csv', seeds[0], big, seeds[2], '--max-memory', '16']);
      assert.equal(r.status, 1, r.stderr);
      assert.ok(r.stderr.trim().split('\n').every((l) => OOM.test(l)), r.stderr);
      assert.equal(r.stdout, node(['export', '-f', 'csv', seeds[0], seeds[2]]).stdout);
      const c = node(['corpus', seeds[0], big, seeds[2], '--max-memory', '16']);
      assert.equal(c.status, 1, c.stderr);
      assert.equal(c.stderr.split('\n').filter((l) => OOM.test(l)).length, 1, c.stderr);
      assert.match(c.stderr, /corpus of 2 seeds/);
      assert.equal(c.stdout, node(['corpus', seeds[0], seeds[2]]).stdout);
    });

    it('export --stdin: an error record for the hostile text, the documents of the others, exit 0', function () {
      this.timeout(60_000);
      const texts = [readFileSync(seeds[0], 'utf8'), hostile(300), readFileSync(seeds[1], 'utf8')];
      const input = texts.map((text, i) => JSON.stringify({ id: `d${i}`, text })).join('\n') + '\n';
      const r = node(['export', '--stdin', '--max-memory', '16'], input);
      assert.equal(r.status, 0, r.stderr);
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(out.map((o) => o.id), ['d0', 'd1', 'd2']);
      assert.deepEqual(out[1], { id: 'd1', line: 2, error: 'the analysis needs more than 16 MB of memory (--max-memory); not analysed' });
      assert.match(r.stderr, /stdin line 2: the analysis needs more than 16 MB/);
      const plain = node(['export', '--stdin'], [input.split('\n')[0], input.split('\n')[2]].join('\n') + '\n');
      assert.deepEqual([out[0], out[2]], plain.stdout.trim().split('\n').map((l) => JSON.parse(l)));
    });
  });
});
