import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { parse } from 'csv-parse/sync';
import { runCli } from '../../src/cliMain';
import type { StreamIO } from '../../src/cli/stdin';
import { CORPUS_COLUMNS } from '../../src/corpus';
import { generateCorpus } from '../../bench/corpusGen';
import { PLANTED } from './corpusFixtures';
import { checkSeedJson } from './exportFixtures';

interface Run { code: number; out: string; err: string }

async function run(argv: string[], extra: Partial<StreamIO> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, ...extra } as StreamIO);
  return { code, out, err };
}

const CLI = [join(__dirname, '..', '..', '..', 'dist', 'cli.js'), join(__dirname, '..', '..', 'dist', 'cli.js')].find((p) => existsSync(p)) ?? 'dist/cli.js';

function jsonl(s: string): Record<string, any>[] {
  return s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** A function that runs the garbage collector (exposed at run time). */
function gcFn(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

describe('CLI: seed-reader corpus and export --stdin', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-corpus-'));
    // Planted articles spread over nested folders, generated ones beside them, and things that are not seeds.
    mkdirSync(join(dir, 'a', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, '.hidden'));
    PLANTED.forEach((d, i) => writeFileSync(join(dir, i % 2 ? 'a/deep' : 'b', i === 0 ? d.name.replace(/\.seed\.txt$/, '.txt') : d.name), d.text));
    for (const g of generateCorpus({ count: 6, seed: 3 })) writeFileSync(join(dir, 'a', g.name), g.text);
    writeFileSync(join(dir, 'a', 'notes.txt'), 'Just some notes\nnot a date\nnot a url\n');
    writeFileSync(join(dir, 'b', 'gold.json'), '{}');
    writeFileSync(join(dir, '.hidden', 'x.seed'), PLANTED[0].text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('corpus', () => {
    it("applies the reader's corrections beside a seed (issue 17); --no-corrections ignores them", async () => {
      const own = mkdtempSync(join(tmpdir(), 'seed-corpus-corr-'));
      try {
        const seed = join(own, PLANTED[0].name);
        writeFileSync(seed, PLANTED[0].text);
        const before = jsonl((await run(['corpus', own])).out);
        assert.ok(before.length > 0, 'the planted seed has quotes');
        const q = before[0];
        writeFileSync(`${seed}.corrections.json`, JSON.stringify({
          schema: 'seed-reader-corrections/1',
          corrections: [{ op: 'speaker', target: { exact: q.text, start: q.start }, speaker: 'Zelda Quist' }],
        }));
        const r = await run(['corpus', own]);
        assert.equal(r.code, 0, r.err);
        const after = jsonl(r.out).find((x) => x.start === q.start);
        assert.equal(after?.speaker, 'Zelda Quist');
        assert.notEqual(q.speaker, 'Zelda Quist');
        const ignored = jsonl((await run(['corpus', '--no-corrections', own])).out).find((x) => x.start === q.start);
        assert.equal(ignored?.speaker, q.speaker);
      } finally {
        rmSync(own, { recursive: true, force: true });
      }
    });

    it("--out - prints to stdout and writes no file named '-'", async () => {
      const cwd = process.cwd();
      const own = mkdtempSync(join(tmpdir(), 'seed-corpus-dash-'));
      try {
        writeFileSync(join(own, PLANTED[0].name), PLANTED[0].text);
        process.chdir(own);
        const r = await run(['corpus', '--out', '-', own]);
        assert.equal(r.code, 0, r.err);
        assert.ok(jsonl(r.out).length > 0, 'the records are printed');
        assert.deepEqual(readdirSync(own), [PLANTED[0].name]);
      } finally {
        process.chdir(cwd);
        rmSync(own, { recursive: true, force: true });
      }
    });

    it('recurses folders: one JSON Lines record per quote, the same speakerId for the same person in every file', async () => {
      const r = await run(['corpus', dir]);
      assert.equal(r.code, 0, r.err);
      const recs = jsonl(r.out);
      for (const k of ['file', 'date', 'speakerId', 'speaker', 'text', 'start', 'end', 'role', 'outlet', 'confidence']) assert.ok(k in recs[0], k);
      const files = new Set(recs.map((x) => x.file));
      assert.ok([...files].some((f) => f.includes(join('a', 'deep'))), 'nested folder read');
      assert.ok(![...files].some((f) => f.includes('.hidden')), 'hidden folder skipped');
      const blinken = recs.filter((x) => /blinken/.test(x.file));
      assert.equal(new Set(blinken.map((x) => x.file)).size, 3);
      assert.ok(blinken.every((x) => x.speakerId === 'person:antony-blinken'), JSON.stringify(blinken.map((x) => x.speakerId)));
      // The first planted file is a plain .txt detected by its header.
      assert.ok(recs.some((x) => x.file.endsWith('blinken-titled.txt')));
      const clintons = new Set(recs.filter((x) => /clinton|hillary|bill/.test(x.file)).map((x) => x.speakerId));
      assert.deepEqual([...clintons].sort(), ['person:bill-clinton', 'person:clinton', 'person:hillary-clinton']);
      for (const x of recs) {
        const text = readFileSync(x.file, 'utf8');
        assert.equal(text.slice(x.start, x.end), x.text);
      }
    });

    it('speaker ids and the actors table do not depend on the order of the PATHs', async () => {
      const ab = await run(['corpus', join(dir, 'a'), join(dir, 'b')]);
      const ba = await run(['corpus', join(dir, 'b'), join(dir, 'a')]);
      const key = (s: string) => jsonl(s).map((x) => `${x.file}@${x.start}=${x.speakerId}`).sort();
      assert.deepEqual(key(ba.out), key(ab.out));
      assert.equal((await run(['corpus', '--layer', 'actors', join(dir, 'b'), join(dir, 'a')])).out, (await run(['corpus', '--layer', 'actors', join(dir, 'a'), join(dir, 'b')])).out);
    });

    it('skips non-seeds with a reason on stderr; an explicitly named non-seed is exit 1', async () => {
      const r = await run(['corpus', dir]);
      assert.match(r.err, /skipped .*notes\.txt: not a seed/);
      assert.match(r.err, /skipped 1 file not named \*\.seed, \*\.seed\.txt or \*\.txt \(e\.g\. .*gold\.json\)/);
      const e = await run(['corpus', join(dir, 'a', 'notes.txt'), join(dir, 'b')]);
      assert.equal(e.code, 1);
      assert.match(e.err, /notes\.txt: not a seed/);
      assert.ok(jsonl(e.out).length > 0, 'the seeds are still in the corpus');
      const none = await run(['corpus', join(dir, 'a', 'notes.txt')]);
      assert.equal(none.code, 1);
      assert.match(none.err, /no seed files found/);
      const missing = await run(['corpus', join(dir, 'nope')]);
      assert.equal(missing.code, 1);
      assert.match(missing.err, /nope: no such file/);
    });

    it('csv: the quotes table and the actors table (--layer actors), formula cells neutralised', async () => {
      const q = await run(['corpus', '--format', 'csv', join(dir, 'a'), join(dir, 'b')]);
      assert.equal(q.code, 0, q.err);
      const rows = parse(q.out, { columns: true }) as Record<string, string>[];
      assert.deepEqual(Object.keys(rows[0]), [...CORPUS_COLUMNS.quotes]);
      assert.equal(rows.length, jsonl((await run(['corpus', join(dir, 'a'), join(dir, 'b')])).out).length);
      assert.ok(q.out.includes('\r\n'));
      const a = await run(['corpus', '--format=csv', '--layer', 'actors', '--bom', dir]);
      assert.equal(a.code, 0, a.err);
      assert.ok(a.out.startsWith('\uFEFFspeakerId,name,type,aliases,quotes,articles,firstDate,lastDate'));
      const actors = parse(a.out.slice(1), { columns: true }) as Record<string, string>[];
      const blinken = actors.find((x) => x.speakerId === 'person:antony-blinken')!;
      assert.equal(blinken.quotes, '3');
      assert.equal(blinken.articles, '3');
      assert.equal(blinken.firstDate, '2022-01-10');
      assert.equal(blinken.lastDate, '2022-01-12');
      for (let i = 1; i < actors.length; i++) assert.ok(Number(actors[i - 1].quotes) >= Number(actors[i].quotes));
      const j = jsonl((await run(['corpus', '--layer', 'actors', dir])).out);
      assert.deepEqual(j.find((x) => x.speakerId === "person:antony-blinken")!.aliases.includes('Secretary of State Antony Blinken'), true);
      // A formula-like cell in a seed: neutralised by default, raw with --csv-raw.
      const f = join(dir, 'formula');
      mkdirSync(f, { recursive: true });
      writeFileSync(join(f, 'f.seed'), '=cmd|calc\n20220101\nhttps://e.example/f\n"=SUM(A1:A9) is the answer," Antony Blinken said.\n');
      const fc = parse((await run(['corpus', '--format', 'csv', f])).out, { columns: true }) as Record<string, string>[];
      assert.ok(fc.length > 0 && fc.every((x) => !/^[=+\-@]/.test(x.text)), JSON.stringify(fc));
      const raw = parse((await run(['corpus', '--format', 'csv', '--csv-raw', f])).out, { columns: true }) as Record<string, string>[];
      assert.ok(raw.some((x) => x.text.startsWith('=')), JSON.stringify(raw));
      rmSync(f, { recursive: true });
    });

    it('usage errors exit 2; --max-size skips large seeds; --out writes a file', async () => {
      for (const argv of [['corpus'], ['corpus', '--format', 'xml', dir], ['corpus', '--layer', 'x', dir], ['corpus', '--bom', dir], ['corpus', '--max-size', 'big', dir]]) {
        const r = await run(argv);
        assert.equal(r.code, 2, argv.join(' '));
      }
      const h = await run(['corpus', '--help']);
      assert.equal(h.code, 0);
      assert.match(h.out, /--layer L/);
      const small = await run(['corpus', '--max-size', '0.0001', join(dir, 'b')]);
      assert.equal(small.code, 1);
      assert.match(small.err, /larger than 0\.0001 MB/);
      const out = join(dir, 'out', 'quotes.jsonl');
      const w = await run(['corpus', '--out', out, join(dir, 'b')]);
      assert.equal(w.code, 0, w.err);
      assert.equal(w.out, '');
      assert.ok(jsonl(readFileSync(out, 'utf8')).length > 0);
      const self = await run(['corpus', '--out', join(dir, 'b', PLANTED[2].name), join(dir, 'b')]);
      assert.equal(self.code, 2);
      rmSync(join(dir, 'out'), { recursive: true });
    });
  });

  describe('export --format json --stdin', () => {
    it('one document per line with its id, in order; malformed lines give error records with the line number', async () => {
      const lines = [
        JSON.stringify({ id: 'a1', text: PLANTED[0].text }),
        '{not json',
        '',
        JSON.stringify({ id: 7, text: PLANTED[3].text }),
        JSON.stringify({ text: 'no id' }),
        JSON.stringify({ id: 'x', text: 42 }),
        JSON.stringify({ id: 'last', text: PLANTED[4].text }),
      ];
      const r = await run(['export', '--format', 'json', '--stdin'], { stdin: Readable.from([lines.join('\n') + '\n']) });
      assert.equal(r.code, 0, r.err);
      const out = jsonl(r.out);
      assert.equal(out.length, 6);
      assert.deepEqual(out.map((o) => o.id), ['a1', null, 7, null, 'x', 'last']);
      assert.equal(out[0].schema, 'seed-reader/1');
      assert.equal(out[0].source.file, 'a1');
      checkSeedJson(out[0], PLANTED[0].text); // the added "id" is part of seed-reader/1 (optional)
      assert.equal(out[0].quotes[0].text, PLANTED[0].text.slice(out[0].quotes[0].start, out[0].quotes[0].end));
      assert.deepEqual([out[1].line, out[3].line, out[4].line], [2, 5, 6]);
      assert.match(out[1].error, /not valid JSON/);
      assert.match(out[3].error, /missing "id"/);
      assert.match(out[4].error, /"text" must be a string/);
      assert.match(r.err, /stdin line 2: not valid JSON/);
      assert.equal(out[5].quotes[0].text, 'The foundation does good work');
    });

    it('usage: files or other formats with --stdin are errors; --help', async () => {
      assert.equal((await run(['export', '--format', 'csv', '--stdin'])).code, 2);
      assert.equal((await run(['export', '--stdin', 'file.txt'])).code, 2);
      assert.equal((await run(['export', '--stdin', '--out', 'x'])).code, 2);
      const h = await run(['export', '--stdin', '--help']);
      assert.equal(h.code, 0);
      assert.match(h.out, /JSON Lines/);
    });

    it('streams: 2,000 lines with backpressure, heap and buffer growth bounded (measured, not timed)', async function () {
      this.timeout(600_000);
      const gc = gcFn();
      const N = 2000;
      const docs = generateCorpus({ count: 50, seed: 99, minParagraphs: 3, maxParagraphs: 6 });
      // Lines made lazily: the input is never held in memory as a whole.
      const heap: Record<string, number> = {};
      // The JS heap plus Buffers outside it (a Writable keeps queued strings as Buffers).
      const sample = (k: string) => { gc(); const m = process.memoryUsage(); heap[k] = m.heapUsed + m.external; };
      // Heap sampled as the input is read (where an unbounded output buffer would be largest) and at the last output.
      // In chunks of 32 lines, as a pipe delivers them (64 KB reads).
      const input = Readable.from((function* () {
        let chunk = '';
        for (let i = 0; i < N; i++) {
          if (i === 300 || i === N - 1) sample(`in${i}`);
          chunk += JSON.stringify({ id: `doc-${i}`, text: docs[i % docs.length].text.replace(/^[^\n]*/, `Article ${i}`) }) + '\n';
          if (i % 32 === 31 || i === N - 1) {
            yield chunk;
            chunk = '';
          }
        }
      })());
      let lines = 0;
      let bytes = 0;
      let paused = 0;
      // A slow consumer with a small buffer: the writer must wait for 'drain'.
      const sink = new Writable({
        highWaterMark: 16 * 1024,
        write(chunk: Buffer, _enc, cb) {
          const s = chunk.toString();
          bytes += s.length;
          for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            lines++;
            if (lines === N) sample('out');
          }
          // Slower than the analysis: without backpressure the output would pile up in memory.
          setTimeout(cb, 4);
        },
      });
      const origWrite = sink.write.bind(sink);
      sink.write = ((c: any, ...rest: any[]) => { const ok = origWrite(c, ...rest); if (!ok) paused++; return ok; }) as typeof sink.write;
      const r = await run(['export', '--format', 'json', '--stdin'], { stdin: input, stdoutStream: sink });
      await new Promise<void>((resolve) => sink.end(resolve));
      assert.equal(r.code, 0, r.err);
      assert.equal(lines, N);
      assert.ok(paused > 0, 'backpressure was exercised');
      const MB = (b: number) => (b / 1048576).toFixed(1);
      const top = Math.max(heap[`in${N - 1}`], heap.out);
      const growth = (top - heap.in300) / 1048576;
      const outMB = bytes / 1048576;
      console.log(`      ${N} lines, ${outMB.toFixed(1)} MB out; heap at input line 300 ${MB(heap.in300)} MB, at input line ${N} ${MB(heap[`in${N - 1}`])} MB, after the last output ${MB(heap.out)} MB (growth ${growth.toFixed(1)} MB); stdout full ${paused} times`);
      // Were the documents kept (an array of lines, an unbounded stdout buffer), the heap would grow by more than the
      // output (UTF-16 strings: twice its UTF-8 size), plus the analyses.
      assert.ok(outMB > 8);
      assert.ok(growth < 5, `heap grew ${growth.toFixed(1)} MB over ${N - 300} lines (${outMB.toFixed(1)} MB of output)`);
    });
  });

  describe('the built bundle (node dist/cli.js)', () => {
    it('corpus and export --stdin run from the bundle', function () {
      this.timeout(120_000);
      if (!existsSync(CLI)) this.skip();
      const c = spawnSync(process.execPath, [CLI, 'corpus', '--format', 'csv', join(dir, 'b')], { encoding: 'utf8' });
      assert.equal(c.status, 0, c.stderr);
      assert.match(c.stdout, /^file,date,outlet,speakerId,speaker/);
      const input = [JSON.stringify({ id: 'one', text: PLANTED[1].text }), 'oops', JSON.stringify({ id: 'two', text: PLANTED[2].text })].join('\n');
      const s = spawnSync(process.execPath, [CLI, 'export', '--format', 'json', '--stdin'], { input, encoding: 'utf8' });
      assert.equal(s.status, 0, s.stderr);
      const out = jsonl(s.stdout);
      assert.deepEqual(out.map((o) => o.id), ['one', null, 'two']);
      assert.match(s.stderr, /stdin line 2/);
    });
  });
});
