// `seed-reader export` writes each input as it goes (src/cliMain.ts writeCombined, src/cli/folder.ts): every output
// must stay byte-identical to the previous behaviour, which analysed every input first and then wrote. The expected
// files are made here the previous way, from all the analyses at once (the exporters, `combine`, `uniqueOutputNames`,
// `bratConf` of every input's types), and compared with what the CLI wrote, for every format, one and several inputs,
// stdout, --out FILE and --out FOLDER.
import * as assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from '../../bench/corpusGen';
import { analyze } from '../../src/engine';
import { runCli } from '../../src/cliMain';
import { emptyCorrections, serializeCorrections } from '../../src/corrections';
import { outputNamer, uniqueOutputNames } from '../../src/export/batch';
import { bratConf, toBrat } from '../../src/export/brat';
import { EXPORT_FORMATS, type ExportFormat, type ExportInput } from '../../src/export/common';
import type { WriteFs } from '../../src/export/files';
import { exportText, type ExportOptions } from '../../src/export/index';
import { planBratConf, planExport, planInput } from '../../src/export/plan';
import { combine } from './exportFixtures';

interface Run { code: number; out: string; err: string }

async function run(argv: string[], writeFs?: WriteFs): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, writeFs });
  return { code, out, err };
}

/** The export input of a FILE as the CLI makes it (no corrections sidecar here). */
function inputOf(file: string): ExportInput {
  const text = readFileSync(file, 'utf8');
  return { analysis: analyze(text), text, fileName: basename(file), fileUri: pathToFileURL(resolve(file)).href };
}

/** The folder the previous behaviour wrote into an empty folder: name → content. */
function expectedFolder(format: ExportFormat, files: string[], options: ExportOptions = {}): Map<string, string> {
  const inputs = files.map(inputOf);
  const names = uniqueOutputNames(files, format);
  const out = new Map<string, string>();
  if (format !== 'brat') {
    inputs.forEach((input, k) => out.set(names[k], exportText(format, input, options)));
    return out;
  }
  const types: string[] = [];
  inputs.forEach((input, k) => {
    const b = toBrat(input);
    out.set(names[k].replace(/\.ann$/, '.txt'), b.txt);
    out.set(names[k], b.ann);
    types.push(...b.types);
  });
  out.set('annotation.conf', bratConf(types));
  return out;
}

function folderContents(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

function sorted(m: Map<string, string>): Map<string, string> {
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The previous output to stdout or one file: one input's document, or several combined. */
function expectedCombined(format: ExportFormat, files: string[], options: ExportOptions = {}): string {
  const inputs = files.map(inputOf);
  return inputs.length === 1 ? exportText(format, inputs[0], options) : combine(format, inputs, options)!;
}

describe('CLI: each input written as it goes, outputs as before', function () {
  this.timeout(60000);
  let dir: string;
  let seeds: string[];
  let twin: string;
  let crlf: string;
  let n = 0;
  const fresh = (): string => join(dir, `out${n++}`);

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-stream-'));
    seeds = generateCorpus({ count: 3, seed: 5 }).map((g) => {
      const p = join(dir, g.name);
      writeFileSync(p, g.text);
      return p;
    });
    // The same stem in another folder (a-2 names), and CRLF line breaks (brat's .txt differs from the seed).
    mkdirSync(join(dir, 'sub'));
    twin = join(dir, 'sub', basename(seeds[0]));
    writeFileSync(twin, readFileSync(seeds[1], 'utf8'));
    crlf = join(dir, 'sub', 'crlf.txt');
    writeFileSync(crlf, readFileSync(seeds[2], 'utf8').replace(/\n/g, '\r\n'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of EXPORT_FORMATS) {
    it(`${format} --out FOLDER: the same files as before, one input and several (names, collisions, brat's conf)`, async () => {
      for (const files of [[seeds[0]], [...seeds, twin, crlf]]) {
        const out = fresh();
        const r = await run(['export', '-f', format, '--out', `${out}/`, ...files]);
        assert.equal(r.code, 0, r.err);
        assert.deepEqual(folderContents(out), sorted(expectedFolder(format, files)));
        const again = await run(['export', '-f', format, '--out', `${out}/`, ...files]);
        assert.equal(again.err, `seed-reader: wrote 0 files to ${out}/\n`, 'a second run finds every file the same');
      }
    });
  }

  for (const format of ['json', 'w3c', 'csv', 'markdown'] as const) {
    it(`${format} to stdout and --out FILE: the same bytes as before, one input and several`, async () => {
      for (const files of [[seeds[0]], [...seeds, twin, crlf]]) {
        const want = expectedCombined(format, files);
        const r = await run(['export', '-f', format, ...files]);
        assert.equal(r.code, 0, r.err);
        assert.equal(r.out, want);
        const file = join(fresh(), `all.${format}`);
        const w = await run(['export', '-f', format, '--out', file, ...files]);
        assert.equal(w.code, 0, w.err);
        assert.equal(readFileSync(file, 'utf8'), want);
        assert.equal(w.err, `seed-reader: wrote ${file}\n`);
      }
    });
  }

  it('csv options (--bom, --layer) combine as before; one readable input of several is JSON Lines, as promised (exit 1)', async () => {
    const opts: ExportOptions = { bom: true, layer: 'entities' };
    const r = await run(['export', '-f', 'csv', '--bom', '--layer', 'entities', ...seeds]);
    assert.equal(r.out, expectedCombined('csv', seeds, opts));
    const missing = join(dir, 'missing.txt');
    for (const files of [[seeds[0], missing], [missing, seeds[0]]]) {
      const j = await run(['export', '-f', 'json', ...files]);
      assert.equal(j.code, 1);
      // The format follows the FILEs given (--help: several FILEs print JSON Lines), not how many could be read.
      assert.equal(j.out, combine('json', [inputOf(seeds[0])]));
      assert.equal(j.out.split('\n').length, 2, 'one line');
      assert.equal(j.err, `seed-reader: ${missing}: no such file\n`);
      const c = await run(['export', '-f', 'csv', ...files]);
      assert.equal(c.out, combine('csv', [inputOf(seeds[0])]), 'the combined table');
    }
    // One seed and its corrections sidecar (`dir/*`): one input given, its own (pretty) document.
    const withSidecar = join(fresh(), 'one.txt');
    mkdirSync(join(withSidecar, '..'));
    writeFileSync(withSidecar, readFileSync(seeds[0], 'utf8'));
    writeFileSync(`${withSidecar}.corrections.json`, serializeCorrections(emptyCorrections()));
    const p = await run(['export', '-f', 'json', withSidecar, `${withSidecar}.corrections.json`]);
    assert.equal(p.out, exportText('json', inputOf(withSidecar)));
    assert.ok(p.out.startsWith('{\n'), 'pretty JSON');
    const none = join(fresh(), 'none.json');
    const z = await run(['export', '-f', 'json', '--out', none, missing]);
    assert.equal(z.code, 1);
    assert.ok(!existsSync(none) && !existsSync(join(none, '..')), 'nothing created when no input can be read');
  });

  it('an unreadable input between others: the names and files of the readable ones as before, exit 1', async () => {
    const missing = join(dir, 'sub', basename(seeds[0]).replace('.txt', '-gone.txt'));
    const out = fresh();
    const r = await run(['export', '-f', 'markdown', '--out', `${out}/`, seeds[0], missing, twin]);
    assert.equal(r.code, 1);
    assert.deepEqual(folderContents(out), sorted(expectedFolder('markdown', [seeds[0], twin])));
    assert.equal(r.err, `seed-reader: ${missing}: no such file\nseed-reader: wrote 2 files to ${out}/\n`);
  });

  it('each input is written before the next one is read', async () => {
    // Copies of the seeds; when the first output is renamed into place, the second input is removed: read after, it is
    // missing. (The previous behaviour read every input first, and wrote both.)
    const a = join(dir, 'first.txt');
    const b = join(dir, 'second.txt');
    writeFileSync(a, readFileSync(seeds[0]));
    writeFileSync(b, readFileSync(seeds[1]));
    const renamed: string[] = [];
    const wfs: WriteFs = {
      openSync: nodeFs.openSync, writeSync: (fd, s) => nodeFs.writeSync(fd, s), fsyncSync: nodeFs.fsyncSync, closeSync: nodeFs.closeSync, unlinkSync: nodeFs.unlinkSync,
      renameSync: (from, to) => {
        nodeFs.renameSync(from, to);
        renamed.push(basename(String(to)));
        if (renamed.length === 1) unlinkSync(b);
      },
    };
    const out = fresh();
    const r = await run(['export', '-f', 'json', '--out', `${out}/`, a, b], wfs);
    assert.deepEqual(renamed, ['first.seed.json']);
    assert.equal(r.code, 1);
    assert.match(r.err, /second\.txt: no such file/);
  });

  it('a FILE missing at the start that an earlier output creates is not read as an input', async () => {
    const out = fresh();
    const later = join(out, 'x.seed.md');
    const x = join(dir, 'x.txt');
    writeFileSync(x, readFileSync(seeds[0]));
    const r = await run(['export', '-f', 'markdown', '--out', `${out}/`, x, later]);
    assert.equal(r.code, 1);
    assert.equal(r.err, `seed-reader: ${later}: no such file when the export started (it is one of its outputs); not read\nseed-reader: wrote 1 file to ${out}/\n`);
    assert.deepEqual([...folderContents(out).keys()], ['x.seed.md']);
  });

  it('--force never writes a second output through a symlink onto one this export wrote', async () => {
    const out = fresh();
    mkdirSync(out);
    const a = join(dir, 'alpha.txt');
    const b = join(dir, 'beta.txt');
    writeFileSync(a, readFileSync(seeds[0]));
    writeFileSync(b, readFileSync(seeds[1]));
    symlinkSync('alpha.seed.json', join(out, 'beta.seed.json')); // dangling until alpha's output is written
    const r = await run(['export', '-f', 'json', '--force', '--out', `${out}/`, a, b]);
    assert.equal(r.code, 1);
    assert.match(r.err, /cannot write .*beta\.seed\.json: a link to a file this export has already written; not written over it/);
    assert.equal(readFileSync(join(out, 'alpha.seed.json'), 'utf8'), exportText('json', inputOf(a)));
  });

  it('outputNamer names one source at a time as uniqueOutputNames names them all; planExport is planInput pieces + conf', () => {
    const sources = ['a/x.txt', 'b/x.txt', 'X.txt', 'annotation.txt', 'c/annotation.txt', 'y.md'];
    for (const format of EXPORT_FORMATS) {
      const name = outputNamer(format);
      assert.deepEqual(sources.map((s) => name(s)), uniqueOutputNames(sources, format));
    }
    const inputs = [seeds[0], crlf].map((f) => ({ name: f, input: inputOf(f) }));
    const whole = planExport('brat', inputs);
    const names = uniqueOutputNames(inputs.map((i) => i.name), 'brat');
    const pieces = inputs.map((i, k) => planInput('brat', i.input, k, names[k]));
    const types = pieces.flatMap((p) => [...p.types()]);
    const parts = [...pieces.flatMap((p) => p.files), planBratConf(() => types)];
    assert.deepEqual(whole.map((f) => [f.name, f.role, f.input, f.after, f.content()]), parts.map((f, i) => [f.name, f.role, f.input, f.after === undefined ? undefined : i - 1, f.content()]));
  });

  it('json and html of a large input go out in pieces (never one string), the same bytes, to stdout and --out FILE', async () => {
    // An invented seed whose json is over 1 M characters: the CLI writes it in several pieces of about 1 M each.
    const line = (i: number): string => `"The dock ${i} opens at noon," said Dorian Varrow, a pilot of the Wren Ferry Company. Mayor Elsa Quint told the council: "We will pay for lamp ${i}."`;
    const big = join(dir, 'wren.txt');
    writeFileSync(big, ['Wren Ferry notes', '20240311', 'https://example.org/wren', ...Array.from({ length: 1000 }, (_, i) => line(i))].join('\n'));
    for (const files of [[big], [big, seeds[0]]]) {
      const want = expectedCombined('json', files);
      const pieces: string[] = [];
      const code = await runCli(['export', '-f', 'json', ...files], { stdout: (s) => { pieces.push(s); }, stderr: () => undefined });
      assert.equal(code, 0);
      assert.equal(pieces.join(''), want);
      assert.ok(want.length > 1 << 20 && pieces.length >= 2, `${pieces.length} pieces for ${want.length} characters`);
      assert.ok(pieces.every((p) => p.length < (1 << 20) + 4096), 'each piece about 1 M characters at most');
      const file = join(fresh(), 'all.json');
      const w = await run(['export', '-f', 'json', '--out', file, ...files]);
      assert.equal(w.code, 0, w.err);
      assert.equal(readFileSync(file, 'utf8'), want);
    }
    const page: string[] = [];
    assert.equal(await runCli(['export', '-f', 'html', big], { stdout: (s) => { page.push(s); }, stderr: () => undefined }), 0);
    assert.equal(page.join(''), expectedCombined('html', [big]));
    assert.ok(page.length >= 2, `html in ${page.length} pieces`);
  });
});

