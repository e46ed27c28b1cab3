// Export All Seeds writes each seed's output as soon as that seed is analysed (src/editor/commands/exportWorkspace.ts,
// exportWorkspaceWrite.ts). The outputs must stay byte-identical to the previous order, which analysed every seed first
// and then ran the whole plan (`planExport`) or `combine`: the expected files are made here that way and compared, for
// every format and both combined modes, on a folder with broken files, a seed whose analysis fails and a duplicate
// name. Then: writes come between analyses, Cancel keeps what was done, existing files are asked about once, and no
// output replaces a seed not read yet.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import * as fake from './fakes/vscode';
import { generateCorpus } from '../../bench/corpusGen';
import { analyze } from '../../src/engine';
import { AnalysisService } from '../../src/editor/analysisService';
import { exportWorkspace, type WorkspaceExportOptions } from '../../src/editor/commands/exportWorkspace';
import { bratConf, toBrat } from '../../src/export/brat';
import { EXPORT_FORMATS, type ExportFormat, type ExportInput } from '../../src/export/common';
import { planExport } from '../../src/export/plan';
import { install, type Stubs, walk } from './exportCommandsFakes';
import { combine, NASTY, SAMPLE } from './exportFixtures';

const ws = fake.workspace as any;
const OPTIONS = { bom: true, csvRaw: false }; // the settings' defaults

describe('Export All Seeds writes as it goes (fake VS Code)', function () {
  this.timeout(60000);
  let root: string;
  let s: Stubs;
  let restore: () => void;
  let service: AnalysisService;
  let events: string[];
  const [gen1, gen2] = generateCorpus({ count: 2, seed: 7 });

  beforeEach(() => {
    fake.reset();
    root = mkdtempSync(join(tmpdir(), 'seed-stream-ws-'));
    s = { saveDialog: [], saveAnswer: undefined, openAnswer: undefined, warningAnswer: undefined, warnings: [], clipboard: '', progress: [], cancelAfter: Infinity, workspaceRoot: root };
    restore = install(s);
    events = [];
    service = new AnalysisService({
      analyzer: (text) => {
        events.push(`analyse ${text.slice(0, text.indexOf('\n'))}`);
        if (text.includes('ANALYSIS FAILS HERE')) throw new Error('the analyser failed');
        return analyze(text);
      },
    });
    const writeFile = ws.fs.writeFile;
    ws.fs.writeFile = async (u: fake.Uri, data: Uint8Array) => { events.push('write'); return writeFile(u, data); };
  });
  afterEach(() => {
    service.dispose();
    restore();
    fake.reset();
    rmSync(root, { recursive: true, force: true });
  });

  const exportAll = (options: WorkspaceExportOptions) => exportWorkspace(service, undefined, undefined, options);
  const file = (rel: string, content: string | Buffer) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  };

  /** Seeds, a duplicate name (sub/a.txt, CRLF), a seed whose analysis fails before a same-named one, broken files. */
  function workspace(): string[] {
    file('a.txt', SAMPLE);
    file('b/c.txt', 'Headline\n20240102\nhttps://example.com/x\nANALYSIS FAILS HERE.\n');
    file('c.txt', gen1.text);
    file('sub/a.txt', gen2.text.replace(/\n/g, '\r\n'));
    file('sub/b.seed', NASTY);
    file('notes.txt', 'shopping list\nmilk\n');
    file('sub/bin.txt', Buffer.from([1, 2, 0, 3]));
    file('sub/latin.txt', Buffer.concat([Buffer.from('T\n20220106\nhttps://e.com/\n'), Buffer.from([0xe9, 0x0a])]));
    return ['a.txt', 'c.txt', 'sub/a.txt', 'sub/b.seed'];
  }

  /** The inputs the previous order analysed, all at once (no sidecars here). */
  function inputsOf(seeds: string[]): { name: string; input: ExportInput }[] {
    return seeds.map((rel) => {
      const uri = fake.Uri.file(join(root, rel));
      const text = readFileSync(uri.fsPath, 'utf8');
      return { name: uri.path, input: { analysis: analyze(text), text, fileName: basename(rel), fileUri: uri.toString() } };
    });
  }

  const contents = (dir: string) => new Map(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));

  for (const format of EXPORT_FORMATS) {
    it(`${format} into a folder: the same files as the whole plan run after every analysis`, async () => {
      const seeds = workspace();
      const want = new Map(planExport(format, inputsOf(seeds), OPTIONS).map((f) => [f.name, f.content()] as [string, string]).sort(([a], [b]) => (a < b ? -1 : 1)));
      const out = fake.Uri.file(join(root, 'exports'));
      const summary = (await exportAll({ mode: 'folder', format, target: out as any }))!;
      assert.deepEqual(contents(out.fsPath), want);
      assert.deepEqual(summary.done, seeds.map((x) => x.replace(/\//g, sep)));
      assert.match(summary.skipped.find((x) => x.file === join('b', 'c.txt'))!.reason, /analysis failed: the analyser failed/);
      assert.equal(summary.skipped.length, 4);
      assert.deepEqual(summary.written.map((u) => basename(u.fsPath)).sort(), [...want.keys()]);
      assert.deepEqual([summary.notWritten, summary.cancelled], [[], false]);
      if (format === 'brat') assert.ok(want.has('a-2.txt') && want.get('a-2.txt') !== readFileSync(join(root, 'sub/a.txt'), 'utf8'), 'the CRLF duplicate');
      // A second run finds every file the same: nothing asked, nothing written.
      const again = (await exportAll({ mode: 'folder', format, target: out as any }))!;
      assert.deepEqual([again.written, again.notWritten, s.warnings.filter((x) => x.modal)], [[], [], []]);
    });
  }

  for (const mode of ['csv', 'jsonl'] as const) {
    it(`one combined ${mode} file: the same bytes as combine() after every analysis, no temporary file left`, async () => {
      const seeds = workspace();
      const format: ExportFormat = mode === 'csv' ? 'csv' : 'json';
      const target = fake.Uri.file(join(root, `all.${mode}`));
      const summary = (await exportAll({ mode, target: target as any }))!;
      assert.equal(readFileSync(target.fsPath, 'utf8'), combine(format, inputsOf(seeds).map((i) => i.input), OPTIONS));
      assert.deepEqual(summary.written.map((u) => u.fsPath), [target.fsPath]);
      assert.ok(!readdirSync(root).some((n) => n.endsWith('.tmp')));
    });
  }

  /** Runs `body` with json's pieces failing for the input named `name`, after `before` pieces of it. */
  async function withFailingJson<T>(name: string, before: number, body: () => Promise<T>): Promise<T> {
    const json = await import('../../src/export/json');
    const orig = json.jsonPieces;
    (json as any).jsonPieces = function* (i: ExportInput, ...rest: any[]) {
      let n = 0;
      for (const piece of (orig as any)(i, rest[0], i.fileName === name ? 16 : rest[1])) {
        if (i.fileName === name && n++ === before) throw new RangeError('Invalid string length');
        yield piece;
      }
    };
    try {
      return await body();
    } finally {
      (json as any).jsonPieces = orig;
    }
  }

  it('a combined part that cannot be built before any of it is written skips its seed; the rest is written', async () => {
    const seeds = workspace();
    const target = fake.Uri.file(join(root, 'all.jsonl'));
    const summary = (await withFailingJson('c.txt', 0, () => exportAll({ mode: 'jsonl', target: target as any })))!;
    const kept = seeds.filter((x) => x !== 'c.txt');
    assert.equal(readFileSync(target.fsPath, 'utf8'), combine('json', inputsOf(kept).map((i) => i.input), OPTIONS));
    assert.match(summary.skipped.find((x) => x.file === 'c.txt')!.reason, /its export cannot be built: the export is too large to build in memory/);
    assert.deepEqual(summary.written.map((u) => u.fsPath), [target.fsPath]);
  });

  it('a combined part that fails after some of it is written stops the export: the previous file is kept, no temporary file', async () => {
    workspace();
    file('all.jsonl', 'previous');
    const target = fake.Uri.file(join(root, 'all.jsonl'));
    const summary = (await withFailingJson('c.txt', 2, () => exportAll({ mode: 'jsonl', target: target as any })))!;
    assert.equal(readFileSync(target.fsPath, 'utf8'), 'previous');
    assert.ok(!walk(root).some((p) => p.endsWith('.tmp')));
    assert.deepEqual(summary.written, []);
    assert.deepEqual(summary.notWritten.map((x) => x.file), ['all.jsonl']);
    assert.match(summary.notWritten[0].reason, /too large to build in memory/);
    assert.ok(!summary.done.includes('c.txt'));
  });

  it('each seed is written before the next is analysed', async () => {
    file('a.txt', SAMPLE);
    file('c.txt', gen1.text);
    file('d.seed', NASTY);
    await exportAll({ mode: 'folder', format: 'brat', target: fake.Uri.file(join(root, 'out')) as any });
    const shape = events.map((e) => (e.startsWith('analyse') ? 'A' : 'W')).join('').replace(/W+/g, 'W');
    assert.equal(shape, 'AWAWAW', events.join('\n'));
    assert.equal(events.filter((e) => e === 'write').length, 7, 'three .txt and .ann pairs, then annotation.conf');
  });

  it('holds no analysis once written: each wait for Cancel is dropped with its analysis (no listener left behind)', async () => {
    file('a.txt', SAMPLE);
    file('c.txt', gen1.text);
    file('d.seed', NASTY);
    // A token like VS Code's: listeners stay until disposed (a listener kept would keep its analysis's promise alive).
    const listeners = new Set<() => void>();
    const most: number[] = [];
    (fake.window as any).withProgress = async (_o: any, task: any) => task({ report: () => { most.push(listeners.size); } }, {
      isCancellationRequested: false,
      onCancellationRequested: (f: () => void) => { listeners.add(f); return { dispose: () => listeners.delete(f) }; },
    });
    const summary = (await exportAll({ mode: 'jsonl', target: fake.Uri.file(join(root, 'all.jsonl')) as any }))!;
    assert.equal(summary.done.length, 3);
    assert.deepEqual(most, [0, 0, 0], 'no listener of an earlier seed when the next one starts');
    assert.equal(listeners.size, 0);
  });

  it('Cancel midway into a folder (brat): the seeds done are written with their annotation.conf, and said so', async () => {
    workspace();
    s.cancelAfter = 2; // pressed as the third candidate (c.txt) is read: a.txt done, b/c.txt skipped
    const out = join(root, 'out');
    const summary = (await exportAll({ mode: 'folder', format: 'brat', target: fake.Uri.file(out) as any }))!;
    assert.equal(summary.cancelled, true);
    assert.deepEqual(summary.done, ['a.txt']);
    assert.deepEqual(readdirSync(out).sort(), ['a.ann', 'a.txt', 'annotation.conf']);
    const a = toBrat(inputsOf(['a.txt'])[0].input);
    assert.equal(readFileSync(join(out, 'annotation.conf'), 'utf8'), bratConf(a.types));
    assert.equal(readFileSync(join(out, 'a.ann'), 'utf8'), a.ann);
    assert.match(s.warnings.at(-1)!.message, /cancelled after 1 seed file\(s\); 3 file\(s\) written\. Skipped 1: b[\\/]c\.txt/);
  });

  it('Cancel midway into a combined file: the previous file is kept, nothing half-written, the summary says why', async () => {
    workspace();
    file('all.csv', 'previous');
    s.cancelAfter = 2;
    const summary = (await exportAll({ mode: 'csv', target: fake.Uri.file(join(root, 'all.csv')) as any }))!;
    assert.equal(summary.cancelled, true);
    assert.deepEqual(summary.done, ['a.txt']);
    assert.equal(readFileSync(join(root, 'all.csv'), 'utf8'), 'previous');
    assert.ok(!walk(root).some((p) => p.endsWith('.tmp')));
    assert.deepEqual(summary.written, []);
    assert.deepEqual(summary.notWritten.map((x) => x.file), ['all.csv']);
    assert.match(s.warnings.at(-1)!.message, /cancelled after 1 seed file\(s\); 0 file\(s\) written.*Not written 1: all\.csv \(cancelled: the combined file is written only when every seed is done\)/);
  });

  it('existing different files: one question at the first; Skip holds for the rest', async () => {
    workspace();
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'c.seed.md'), 'old c');
    writeFileSync(join(out, 'b.seed.md'), 'old b');
    s.warningAnswer = 'Skip';
    const summary = (await exportAll({ mode: 'folder', format: 'markdown', target: fake.Uri.file(out) as any }))!;
    assert.equal(s.warnings.filter((x) => x.modal).length, 1);
    assert.match(s.warnings.find((x) => x.modal)!.message, /1 file\(s\) in out already exist and differ \(c\.seed\.md\)/);
    assert.deepEqual([readFileSync(join(out, 'c.seed.md'), 'utf8'), readFileSync(join(out, 'b.seed.md'), 'utf8')], ['old c', 'old b']);
    assert.deepEqual(summary.notWritten.map((x) => x.file), ['c.seed.md', 'b.seed.md']);
    assert.deepEqual(summary.written.map((u) => basename(u.fsPath)), ['a.seed.md', 'a-2.seed.md']);
  });

  it('the question dismissed: the export stops there; the files written before it stay', async () => {
    workspace();
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'c.seed.json'), 'old c');
    s.warningAnswer = undefined;
    const summary = (await exportAll({ mode: 'folder', format: 'json', target: fake.Uri.file(out) as any }))!;
    assert.equal(summary.cancelled, true);
    assert.deepEqual(readdirSync(out).sort(), ['a.seed.json', 'c.seed.json']);
    assert.equal(readFileSync(join(out, 'c.seed.json'), 'utf8'), 'old c');
    assert.deepEqual(summary.done, ['a.txt']);
    assert.deepEqual(summary.notWritten, [{ file: 'c.seed.json', reason: 'not written: the export stopped at this seed' }]);
    assert.match(s.warnings.at(-1)!.message, /cancelled after 1 seed file\(s\); 1 file\(s\) written\..*Not written 1: c\.seed\.json/);
  });

  it('never writes over a seed not read yet (an output folder reached through a link)', async () => {
    file('a/x.txt', SAMPLE.replace(/\n/g, '\r\n')); // brat's .txt of it is the LF text: not this seed's bytes
    file('data/x.txt', NASTY);
    symlinkSync(join(root, 'data'), join(root, 'outlink'));
    const summary = (await exportAll({ mode: 'folder', format: 'brat', target: fake.Uri.file(join(root, 'outlink')) as any }))!;
    assert.equal(readFileSync(join(root, 'data', 'x.txt'), 'utf8'), NASTY);
    assert.equal(summary.cancelled, true);
    assert.deepEqual(summary.notWritten, [{ file: 'x.txt', reason: 'is a seed file' }, { file: 'x.ann', reason: 'not written: the export stopped at this seed' }]);
    assert.deepEqual(summary.done, []);
    assert.ok(fake.state.messages.some((m) => m.level === 'error' && /would replace 1 seed file\(s\) \(e\.g\. x\.txt\)/.test(m.message)));
    assert.ok(!existsSync(join(root, 'data', 'x.ann')));
  });

  it('a combined file that is one of the seeds is refused when that seed comes; nothing written', async () => {
    workspace();
    const summary = (await exportAll({ mode: 'jsonl', target: fake.Uri.file(join(root, 'c.txt')) as any }))!;
    assert.equal(summary.cancelled, true);
    assert.equal(readFileSync(join(root, 'c.txt'), 'utf8'), gen1.text);
    assert.ok(!walk(root).some((p) => p.endsWith('.tmp')));
    assert.ok(fake.state.messages.some((m) => m.level === 'error' && /c\.txt is one of the seed files/.test(m.message)));
  });
});
