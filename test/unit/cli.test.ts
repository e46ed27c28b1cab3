import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SHAPES } from '../../bench/adversarial';
import { runCli } from '../../src/cliMain';
import { CSV_COLUMNS } from '../../src/export/csv';
import type { WriteFs } from '../../src/export/files';
import { checkSeedJson, NASTY, ROOT, SAMPLE, SAMPLE_PATH } from './exportFixtures';

interface Run { code: number; out: string; err: string }

async function run(...argv: string[]): Promise<Run> {
  return runWith(undefined, ...argv);
}

async function runWith(writeFs: WriteFs | undefined, ...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, writeFs });
  return { code, out, err };
}

/** node:fs for writing, except that writes to a file whose name matches `failOn` stop after a few bytes with ENOSPC. */
function fullDiskFs(failOn: RegExp): WriteFs & { opened: string[] } {
  const names = new Map<number, string>();
  const opened: string[] = [];
  return {
    opened,
    openSync: ((p: string, flags: string, mode?: number) => { const fd = nodeFs.openSync(p, flags, mode); names.set(fd, p); opened.push(p); return fd; }) as any,
    writeSync: (fd, s) => {
      if (failOn.test(names.get(fd) ?? '')) {
        nodeFs.writeSync(fd, s.slice(0, 5));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      return nodeFs.writeSync(fd, s);
    },
    fsyncSync: nodeFs.fsyncSync,
    closeSync: nodeFs.closeSync,
    renameSync: nodeFs.renameSync,
    unlinkSync: nodeFs.unlinkSync,
  };
}

describe('CLI: seed-reader', () => {
  let dir: string;
  let crlf: string;
  let empty: string;
  let noHeader: string;
  let nasty: string;
  let binary: string;
  let latin1: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-cli-'));
    crlf = join(dir, 'crlf.txt'); writeFileSync(crlf, SAMPLE.replace(/\n/g, '\r\n'));
    empty = join(dir, 'empty.txt'); writeFileSync(empty, '');
    noHeader = join(dir, 'plain.txt'); writeFileSync(noHeader, 'Just a paragraph, with no header. "Hello," she said.\n');
    nasty = join(dir, 'nasty.seed'); writeFileSync(nasty, NASTY);
    binary = join(dir, 'image.txt'); writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
    latin1 = join(dir, 'latin1.txt'); writeFileSync(latin1, Buffer.from('Caf\xe9 au lait\n20220106\nhttps://e.com/\n', 'latin1'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('usage', () => {
    it('--help and --version exit 0', async () => {
      const h = await run('--help');
      assert.equal(h.code, 0);
      assert.match(h.out, /export --format F FILE\.\.\. \[--out PATH\]/);
      const eh = await run('export', '--help');
      assert.equal(eh.code, 0);
      for (const f of ['json', 'markdown', 'csv', 'brat', 'w3c', 'html']) assert.match(eh.out, new RegExp(`^  ${f} `, 'm'));
      const v = await run('--version');
      assert.equal(v.code, 0);
      assert.match(v.out, /^\d+\.\d+\.\d+/);
    });

    const usageErrors: [string[], RegExp][] = [
      [[], /Usage: seed-reader/],
      [['frobnicate'], /unknown command or option 'frobnicate'/],
      [['export', 'x.txt'], /missing --format \(one of json, markdown, csv, brat, w3c, html\)/],
      [['export', '--format', 'xml', 'x.txt'], /unknown format 'xml' \(expected one of json, markdown, csv, brat, w3c, html\)/],
      [['export', '--format'], /option --format needs a value/],
      [['export', '--format='], /option --format needs a value/],
      [['export', '--format', 'json'], /missing FILE/],
      [['export', '--format', 'json', '--out'], /option --out needs a value/],
      [['export', '--format', 'json', '--frob', 'x.txt'], /unknown option '--frob'/],
      [['export', '--format', 'json', '--layer', 'entities', 'x.txt'], /--layer applies only to --format csv/],
      [['export', '--format', 'csv', '--layer', 'people', 'x.txt'], /unknown layer 'people'/],
      [['export', '--format', 'markdown', '--bom', 'x.txt'], /--bom applies only to --format csv/],
      [['export', '-f', 'json', '-'], /stdin/],
    ];
    for (const [argv, message] of usageErrors) {
      it(`exit 2 with a clear message: ${argv.join(' ') || '(no arguments)'}`, async () => {
        const r = await run(...argv);
        assert.equal(r.code, 2);
        assert.match(r.err, message);
        assert.equal(r.out, '', 'nothing on stdout');
      });
    }

    it('html or brat with several files and no --out is a usage error', async () => {
      for (const f of ['html', 'brat']) {
        const r = await run('export', '-f', f, SAMPLE_PATH, nasty);
        assert.equal(r.code, 2);
        assert.match(r.err, /needs --out FOLDER/);
      }
    });
  });

  describe('input errors (exit 1, message names the file)', () => {
    const cases: [() => string, RegExp][] = [
      [() => join(dir, 'missing.txt'), /missing\.txt: no such file/],
      [() => dir, /is a directory/],
      [() => binary, /image\.txt: binary file \(contains NUL bytes\)/],
      [() => latin1, /latin1\.txt: not valid UTF-8 text/],
    ];
    for (const [file, message] of cases) {
      it(`${message.source}`, async () => {
        const r = await run('export', '--format', 'json', file());
        assert.equal(r.code, 1);
        assert.match(r.err, message);
        assert.equal(r.out, '');
      });
    }

    it('exports the good files and still exits 1 when one is bad', async () => {
      const r = await run('export', '--format', 'json', SAMPLE_PATH, join(dir, 'missing.txt'), nasty);
      assert.equal(r.code, 1);
      assert.match(r.err, /missing\.txt: no such file/);
      const lines = r.out.trim().split('\n');
      assert.equal(lines.length, 2);
      checkSeedJson(JSON.parse(lines[0]), SAMPLE);
      checkSeedJson(JSON.parse(lines[1]), NASTY);
    });
  });

  describe('output', () => {
    it('json: one pretty document for one file, valid against the schema', async () => {
      const r = await run('export', '--format', 'json', SAMPLE_PATH);
      assert.equal(r.code, 0, r.err);
      const d = checkSeedJson(JSON.parse(r.out), SAMPLE);
      assert.equal(d.source.file, '000_be6e4752cb109430.txt');
      assert.ok(r.out.includes('\n  "schema"'), 'pretty printed');
    });

    it('valid but odd files (empty, no header, CRLF) give valid output', async () => {
      for (const f of [empty, noHeader, crlf]) {
        const r = await run('export', '--format=json', f);
        assert.equal(r.code, 0, r.err);
        checkSeedJson(JSON.parse(r.out), readFileSync(f, 'utf8'));
      }
      for (const format of ['markdown', 'csv', 'brat', 'w3c', 'html']) {
        const r = await run('export', '-f', format, empty);
        assert.equal(r.code, 0, `${format}: ${r.err}`);
      }
    });

    it('json with several files prints JSON Lines, one document per line', async () => {
      const r = await run('export', '-f', 'json', SAMPLE_PATH, crlf, nasty);
      assert.equal(r.code, 0, r.err);
      const lines = r.out.split('\n');
      assert.equal(lines.pop(), '');
      assert.equal(lines.length, 3);
      const texts = [SAMPLE, readFileSync(crlf, 'utf8'), NASTY];
      lines.forEach((l, i) => checkSeedJson(JSON.parse(l), texts[i]));
    });

    it('csv: several files in one table, --bom, --layer entities', async () => {
      const r = await run('export', '-f', 'csv', '--bom', SAMPLE_PATH, nasty);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out.charCodeAt(0), 0xfeff);
      const rows = parse(r.out, { bom: true }) as string[][];
      assert.deepEqual(rows[0], [...CSV_COLUMNS.quotes]);
      assert.equal(rows.filter((x) => x[0] === 'file').length, 1);
      const e = await run('export', '-f', 'csv', '--layer', 'entities', SAMPLE_PATH);
      const erows = parse(e.out) as string[][];
      assert.deepEqual(erows[0], [...CSV_COLUMNS.entities]);
      for (const row of erows.slice(1)) assert.equal(SAMPLE.slice(Number(row[6]), Number(row[7])), row[3]);
    });

    it('--out FILE writes the file; --out FOLDER/ writes one file per input', async () => {
      const file = join(dir, 'out', 'sample.json');
      const r = await run('export', '-f', 'json', '--out', file, SAMPLE_PATH);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, '');
      checkSeedJson(JSON.parse(readFileSync(file, 'utf8')), SAMPLE);
      const folder = join(dir, 'per-file') + '/';
      const m = await run('export', '-f', 'markdown', '-o', folder, SAMPLE_PATH, nasty, crlf);
      assert.equal(m.code, 0, m.err);
      assert.deepEqual(readdirSync(folder).sort(), ['000_be6e4752cb109430.seed.md', 'crlf.seed.md', 'nasty.seed.md']);
      const html = join(dir, 'pages');
      mkdirSync(html);
      const h = await run('export', '-f', 'html', '--out', html, SAMPLE_PATH, nasty);
      assert.equal(h.code, 0, h.err);
      assert.deepEqual(readdirSync(html).sort(), ['000_be6e4752cb109430.seed.html', 'nasty.seed.html']);
    });

    it("--out - prints to stdout and writes no file named '-'", async () => {
      const cwd = process.cwd();
      const own = mkdtempSync(join(tmpdir(), 'seed-cli-dash-'));
      try {
        process.chdir(own);
        const r = await run('export', '-f', 'json', '-o', '-', SAMPLE_PATH);
        assert.equal(r.code, 0, r.err);
        checkSeedJson(JSON.parse(r.out), SAMPLE);
        const c = await run('export', '-f', 'csv', '--out=-', SAMPLE_PATH);
        assert.deepEqual(parse(c.out)[0], [...CSV_COLUMNS.quotes]);
        assert.deepEqual(readdirSync(own), []);
      } finally {
        process.chdir(cwd);
        rmSync(own, { recursive: true, force: true });
      }
    });

    it('brat --out FOLDER writes the .ann beside a copy of the .txt, and annotation.conf', async () => {
      const folder = join(dir, 'brat');
      const r = await run('export', '-f', 'brat', '--out', folder, SAMPLE_PATH, crlf);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(readdirSync(folder).sort(), ['000_be6e4752cb109430.ann', '000_be6e4752cb109430.txt', 'annotation.conf', 'crlf.ann', 'crlf.txt']);
      const txt = readFileSync(join(folder, 'crlf.txt'), 'utf8');
      assert.equal(txt, SAMPLE, 'CRLF normalised to LF');
      const ann = readFileSync(join(folder, 'crlf.ann'), 'utf8');
      const cps = Array.from(txt);
      for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
        const [, typeOffsets, text] = line.split('\t');
        const frags = typeOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
        assert.equal(frags.map(([s, e]) => cps.slice(s, e).join('')).join(' '), text);
      }
      assert.match(readFileSync(join(folder, 'annotation.conf'), 'utf8'), /^\[entities\]$/m);
    });

    it('brat refuses to overwrite the source .txt with a normalised copy', async () => {
      const src = join(dir, 'self');
      mkdirSync(src);
      const f = join(src, 'doc.txt');
      writeFileSync(f, NASTY);
      const r = await run('export', '-f', 'brat', '--out', src, f);
      assert.equal(r.code, 1);
      assert.match(r.err, /would overwrite the source file/);
      assert.equal(readFileSync(f, 'utf8'), NASTY);
    });

    it('never writes the export over an input file', async () => {
      const f = join(dir, 'keep.txt');
      writeFileSync(f, SAMPLE);
      const r = await run('export', '-f', 'json', '--out', f, f);
      assert.equal(r.code, 2);
      assert.match(r.err, /is one of the input files/);
      assert.equal(readFileSync(f, 'utf8'), SAMPLE);
    });

    it('reports an unwritable --out with exit 1', async () => {
      const blocker = join(dir, 'blocker');
      writeFileSync(blocker, 'x');
      const r = await run('export', '-f', 'json', '--out', join(blocker, 'sub', 'x.json'), SAMPLE_PATH);
      assert.equal(r.code, 1);
      assert.match(r.err, /cannot write/);
    });
  });

  describe('never loses a file (issue 11)', () => {
    let d: string;
    beforeEach(() => { d = mkdtempSync(join(tmpdir(), 'seed-cli-safe-')); });
    afterEach(() => rmSync(d, { recursive: true, force: true }));

    it('--out that is a symlink or a hard link to an input is refused; the input is untouched', async () => {
      const f = join(d, 'story.txt');
      writeFileSync(f, SAMPLE);
      symlinkSync(f, join(d, 'sym.json'));
      linkSync(f, join(d, 'hard.json'));
      for (const o of ['sym.json', 'hard.json']) {
        const r = await run('export', '-f', 'json', '--out', join(d, o), f);
        assert.equal(r.code, 2, o);
        assert.match(r.err, /is one of the input files/);
        assert.equal(readFileSync(f, 'utf8'), SAMPLE);
      }
    });

    it('brat through a symlinked folder never rewrites a CRLF source', async () => {
      const src = join(d, 'src');
      mkdirSync(src);
      const f = join(src, 'doc.txt');
      writeFileSync(f, NASTY.replace(/\r?\n/g, '\r\n'));
      symlinkSync(src, join(d, 'link'));
      const r = await run('export', '-f', 'brat', '--out', join(d, 'link'), f);
      assert.equal(r.code, 1);
      assert.equal(readFileSync(f, 'utf8'), NASTY.replace(/\r?\n/g, '\r\n'));
    });

    it('brat never replaces an unrelated NAME.txt, another input, or a custom annotation.conf without --force', async () => {
      const out = join(d, 'out');
      mkdirSync(out);
      const story = join(d, 'story.seed.txt');
      writeFileSync(story, SAMPLE);
      writeFileSync(join(out, 'story.txt'), 'my notes');
      writeFileSync(join(out, 'annotation.conf'), '[entities]\nMine\n');
      const r = await run('export', '-f', 'brat', '--out', out, story);
      assert.equal(r.code, 1);
      assert.match(r.err, /skipped .*story\.txt.*--force/);
      assert.equal(readFileSync(join(out, 'story.txt'), 'utf8'), 'my notes');
      assert.equal(readFileSync(join(out, 'annotation.conf'), 'utf8'), '[entities]\nMine\n');
      assert.ok(!existsSync(join(out, 'story.ann')), 'no .ann beside a .txt it does not index');
      const forced = await run('export', '-f', 'brat', '--force', '--out', out, story);
      assert.equal(forced.code, 0, forced.err);
      assert.equal(readFileSync(join(out, 'story.txt'), 'utf8'), SAMPLE);
      assert.match(readFileSync(join(out, 'annotation.conf'), 'utf8'), /SaidBy/);
      // Same again: identical files are not "replaced", no --force needed.
      const again = await run('export', '-f', 'brat', '--out', out, story);
      assert.equal(again.code, 0, again.err);

      // a.seed.txt and a.txt in one folder, exported into that folder: a.txt is an input, never overwritten.
      const both = join(d, 'both');
      mkdirSync(both);
      writeFileSync(join(both, 'a.seed.txt'), SAMPLE);
      writeFileSync(join(both, 'a.txt'), NASTY);
      const ab = await run('export', '-f', 'brat', '--force', '--out', both, join(both, 'a.seed.txt'), join(both, 'a.txt'));
      assert.equal(ab.code, 1);
      assert.match(ab.err, /is the input .*a\.txt/);
      assert.equal(readFileSync(join(both, 'a.txt'), 'utf8'), NASTY);
    });

    it('folder exports skip existing files they did not create, and say so', async () => {
      const out = join(d, 'out');
      mkdirSync(out);
      writeFileSync(join(out, 'nasty.seed.json'), 'precious');
      const nasty = join(d, 'nasty.seed');
      writeFileSync(nasty, NASTY);
      const r = await run('export', '-f', 'json', '--out', out, nasty, SAMPLE_PATH);
      assert.equal(r.code, 1);
      assert.match(r.err, /skipped .*nasty\.seed\.json/);
      assert.equal(readFileSync(join(out, 'nasty.seed.json'), 'utf8'), 'precious');
      assert.ok(existsSync(join(out, '000_be6e4752cb109430.seed.json')), 'the others are still exported');
    });

    it('a failed write (full disk) keeps the previous content, leaves no temp file, and the other files are still written', async () => {
      const file = join(d, 'x.json');
      writeFileSync(file, 'previous');
      const r = await runWith(fullDiskFs(/x\.json/), 'export', '-f', 'json', '--out', file, SAMPLE_PATH);
      assert.equal(r.code, 1);
      assert.match(r.err, /cannot write .*x\.json: no space left/);
      assert.equal(readFileSync(file, 'utf8'), 'previous');
      assert.deepEqual(readdirSync(d), ['x.json']);

      const out = join(d, 'out');
      const a = join(d, 'a.txt');
      const b = join(d, 'b.txt');
      writeFileSync(a, SAMPLE);
      writeFileSync(b, SAMPLE);
      const m = await runWith(fullDiskFs(/a\.seed\.md/), 'export', '-f', 'markdown', '--out', out + '/', a, b);
      assert.equal(m.code, 1);
      assert.match(m.err, /cannot write .*a\.seed\.md: no space left/);
      assert.deepEqual(readdirSync(out), ['b.seed.md']);
    });

    it('an export beyond the string limit names the file, and the others are still exported', async () => {
      const big = join(d, 'big.txt');
      writeFileSync(big, SAMPLE);
      // Simulate V8's limit for one input: its JSON line cannot be built (the CLI writes json through jsonPieces).
      const json = await import('../../src/export/json');
      const orig = json.jsonPieces;
      let r: Run;
      (json as any).jsonPieces = function* (i: any, ...rest: any[]) {
        if (i.fileName === 'big.txt') throw new RangeError('Invalid string length');
        yield* (orig as any)(i, ...rest);
      };
      try {
        r = await run('export', '-f', 'json', big, SAMPLE_PATH);
      } finally {
        (json as any).jsonPieces = orig;
      }
      assert.equal(r.code, 1);
      assert.match(r.err, /big\.txt: the export is too large/);
      assert.doesNotMatch(r.err, /null/);
      assert.equal(r.out.trim().split('\n').length, 1);
    });

    it('a json part that fails after its first piece stops the export: the --out file is not written, the file named', async () => {
      const big = join(d, 'big.txt');
      writeFileSync(big, SAMPLE);
      const out = join(d, 'stopped.jsonl');
      const json = await import('../../src/export/json');
      const orig = json.jsonPieces;
      let r: Run;
      (json as any).jsonPieces = function* (i: any, ...rest: any[]) {
        if (i.fileName !== 'big.txt') return yield* (orig as any)(i, ...rest);
        yield '{';
        throw new RangeError('Invalid string length');
      };
      try {
        r = await run('export', '-f', 'json', SAMPLE_PATH, big, '--out', out);
      } finally {
        (json as any).jsonPieces = orig;
      }
      assert.equal(r.code, 1);
      assert.match(r.err, /big\.txt: the export is too large/);
      assert.equal(existsSync(out), false, 'a half-written output is not put in place');
      assert.deepEqual(readdirSync(d).filter((f) => f.includes('stopped')), [], 'no temporary file left');
    });

    it('refuses devices and FIFOs without reading them, and caps the size (--max-size, 0 = no limit)', async function () {
      if (process.platform === 'win32') this.skip();
      const t0 = Date.now();
      const z = await run('export', '-f', 'json', '/dev/zero');
      assert.equal(z.code, 1);
      assert.match(z.err, /\/dev\/zero: not a regular file/);
      const fifo = join(d, 'pipe.txt');
      const mk = spawnSync('mkfifo', [fifo]);
      if (mk.status === 0) {
        const p = await run('export', '-f', 'json', fifo);
        assert.equal(p.code, 1);
        assert.match(p.err, /pipe\.txt: not a regular file \(a FIFO\)/);
      }
      assert.ok(Date.now() - t0 < 5000);
      const big = join(d, 'big.txt');
      writeFileSync(big, SAMPLE + 'x'.repeat(1024 * 1024));
      const capped = await run('export', '-f', 'json', '--max-size', '1', big);
      assert.equal(capped.code, 1);
      assert.match(capped.err, /big\.txt: larger than 1 MB/);
      assert.equal((await run('export', '-f', 'json', '--max-size', '0', big)).code, 0);
      assert.equal((await run('export', '-f', 'json', '--max-size', 'lots', big)).code, 2);
    });

    it('a UTF-16 file is reported as UTF-16, not binary', async () => {
      const le = join(d, 'le.txt');
      writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]));
      const nobom = join(d, 'nobom.txt');
      writeFileSync(nobom, Buffer.from(SAMPLE, 'utf16le'));
      const be = join(d, 'be.txt');
      writeFileSync(be, Buffer.from(SAMPLE, 'utf16le').swap16());
      for (const f of [le, nobom, be]) {
        const r = await run('export', '-f', 'json', f);
        assert.equal(r.code, 1);
        assert.match(r.err, /UTF-16.*save it as UTF-8/);
      }
    });

    it('csv neutralises formula-like cells; --csv-raw keeps them', async () => {
      const f = join(d, '=cmd.txt');
      writeFileSync(f, 'Title\n20220106\nhttps://e.com/\n\n"=HYPERLINK(1) is fine," said John Smith.\n"-2+3 is five," said John Smith.\n');
      const r = await run('export', '-f', 'csv', f);
      assert.equal(r.code, 0, r.err);
      const rows = parse(r.out) as string[][];
      for (const row of rows.slice(1)) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, cell);
      assert.ok(rows.slice(1).some((row) => row[0] === "'=cmd.txt"));
      const raw = await run('export', '-f', 'csv', '--csv-raw', f);
      assert.ok((parse(raw.out) as string[][]).slice(1).some((row) => row[0] === '=cmd.txt'));
      assert.equal((await run('export', '-f', 'json', '--csv-raw', f)).code, 2);
    });
  });

  describe('the built bundle (node dist/cli.js)', () => {
    const cli = join(ROOT, 'dist', 'cli.js');
    const node = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

    it('exists (built by `node esbuild.mjs`)', () => {
      assert.ok(existsSync(cli), 'dist/cli.js is missing: run `node esbuild.mjs` (npm run test:unit does)');
    });

    it('exports, and exits with 0, 1 and 2 as documented', () => {
      const ok = node('export', '--format', 'w3c', SAMPLE_PATH);
      assert.equal(ok.status, 0, ok.stderr);
      const c = JSON.parse(ok.stdout);
      assert.equal(c.type, 'AnnotationCollection');
      const missing = node('export', '--format', 'json', join(dir, 'nope.txt'));
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /nope\.txt: no such file/);
      const usage = node('export', '--format', 'yaml', SAMPLE_PATH);
      assert.equal(usage.status, 2);
      assert.match(usage.stderr, /unknown format 'yaml'/);
      const version = node('--version');
      assert.equal(version.status, 0);
      assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    });

    it('a stdout error other than EPIPE (a full disk) is one clear line and exit 1, no stack trace', function () {
      if (!existsSync('/dev/full')) this.skip();
      const fd = nodeFs.openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [cli, 'export', '--format', 'json', SAMPLE_PATH], { encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
        assert.equal(r.status, 1);
        assert.match(r.stderr, /cannot write to standard output: no space left/);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      } finally {
        nodeFs.closeSync(fd);
      }
    });
  });
});

describe('CLI: hostile input gives bounded output (issue 11)', function () {
  this.timeout(120000);
  // Sizes, not times: the JSON export of every adversarial shape stays under 20x the input (it once ran to
  // thousands of times the input for a said-chain, and failed with `Invalid string length`).
  for (const shape of SHAPES) {
    it(`${shape.name}: JSON export under 20x the input, and valid seed-reader/1`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'seed-reader-hostile-'));
      try {
        const file = join(dir, 'hostile.seed.txt');
        const text = shape.make(96 * 1024);
        writeFileSync(file, text);
        const r = await run('export', '--format', 'json', file);
        assert.equal(r.code, 0, r.err);
        assert.ok(r.out.length < 20 * text.length, `${shape.name}: ${(r.out.length / text.length).toFixed(1)}x the input`);
        checkSeedJson(JSON.parse(r.out), text);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
