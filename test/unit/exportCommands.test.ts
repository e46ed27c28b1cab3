// The three export commands against the fake VS Code API (test/unit/fakes), with the pieces the
// fake does not provide (workspace.fs on a real temp folder, findFiles, dialogs, progress,
// clipboard) added for the duration of these tests only.
import * as assert from 'node:assert/strict';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as fake from './fakes/vscode';
import { analyze } from '../../src/engine';
import { AnalysisService } from '../../src/editor/analysisService';
import { copyAnnotations, joinedWithin } from '../../src/editor/commands/copyAnnotations';
import { exportAnnotations, registerExportAnnotations } from '../../src/editor/commands/exportAnnotations';
import { exportWorkspace, registerExportWorkspace } from '../../src/editor/commands/exportWorkspace';
import { addCorrection, correctSpeaker, serializeCorrections } from '../../src/corrections';
import { registerCopyAnnotations } from '../../src/editor/commands/copyAnnotations';
import { exportText } from '../../src/export/index';
import { toMarkdown } from '../../src/export/markdown';
import { checkSeedJson, NASTY, SAMPLE } from './exportFixtures';
import { install, type Stubs } from './exportCommandsFakes';

const w = fake.window as any;
const ws = fake.workspace as any;

describe('export commands (fake VS Code)', () => {
  let root: string;
  let s: Stubs;
  let restore: () => void;
  let service: AnalysisService;
  let context: ReturnType<typeof fake.extensionContext>;

  beforeEach(() => {
    fake.reset();
    root = mkdtempSync(join(tmpdir(), 'seed-cmd-'));
    s = { saveDialog: [], saveAnswer: undefined, openAnswer: undefined, warningAnswer: undefined, warnings: [], clipboard: '', progress: [], cancelAfter: Infinity, workspaceRoot: root };
    restore = install(s);
    context = fake.extensionContext();
    service = new AnalysisService({ analyzer: (text) => analyze(text) });
    context.subscriptions.push(service);
    registerExportAnnotations(context as any, service);
    registerCopyAnnotations(context as any, service);
    registerExportWorkspace(context as any, service);
  });
  afterEach(() => {
    context.dispose();
    restore();
    fake.reset();
    rmSync(root, { recursive: true, force: true });
  });

  function openSeed(text: string, name = 'sample.txt') {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    const doc = fake.openDocument(text, { path });
    fake.showEditor(doc);
    return doc;
  }

  const infos = () => fake.state.messages.filter((m) => m.level === 'info').map((m) => m.message);
  const errors = () => fake.state.messages.filter((m) => m.level === 'error').map((m) => m.message);

  describe('seedReader.exportAnnotations', () => {
    it('with (format, targetUri) writes the export without dialogs and offers Open / Reveal', async () => {
      openSeed(SAMPLE);
      const target = fake.Uri.file(join(root, 'out', 'a.json'));
      const written = await fake.commands.executeCommand('seedReader.exportAnnotations', 'json', target);
      assert.equal(String(written), String(target));
      checkSeedJson(JSON.parse(readFileSync(target.fsPath, 'utf8')), SAMPLE);
      assert.equal(s.saveDialog.length, 0);
      assert.equal(fake.state.quickPickItems.length, 0);
      assert.match(infos()[0], /exported \d+ quotes, \d+ actors and \d+ entities to a\.json/);
    });

    it('offers the formats with descriptions, the configured default first, and saves beside the file by default', async () => {
      openSeed(SAMPLE);
      fake.setSetting('seedReader.export.defaultFormat', 'html');
      fake.state.quickPickAnswer = (items) => items.find((i: any) => i.format === 'csv');
      s.saveAnswer = fake.Uri.file(join(root, 'chosen.csv'));
      await fake.commands.executeCommand('seedReader.exportAnnotations');
      const items = fake.state.quickPickItems;
      assert.deepEqual(items.map((i: any) => i.format), ['html', 'json', 'markdown', 'csv', 'brat', 'w3c']);
      assert.match(items[0].description, /default/);
      for (const i of items) assert.ok(i.detail && i.label);
      assert.equal(s.saveDialog[0].defaultUri.fsPath, join(root, 'sample.seed.csv'));
      const csv = readFileSync(s.saveAnswer.fsPath, 'utf8');
      assert.equal(csv.charCodeAt(0), 0xfeff, 'seedReader.export.csvBom defaults to true');
      const rows = parse(csv, { bom: true }) as string[][];
      assert.equal(rows.length - 1, analyze(SAMPLE).quotes.length);
    });

    it('does nothing when the quick pick or the save dialog is cancelled', async () => {
      openSeed(SAMPLE);
      assert.equal(await exportAnnotations(service), undefined);
      fake.state.quickPickAnswer = (items) => items[0];
      assert.equal(await exportAnnotations(service), undefined);
      assert.equal(s.saveDialog.length, 1);
      assert.deepEqual(readdirSync(root), ['sample.txt']);
    });

    it('brat writes the .ann, the LF .txt and annotation.conf; asks before replacing a different annotation.conf', async () => {
      openSeed(NASTY, 'nasty.txt');
      const out = join(root, 'brat');
      await exportAnnotations(service, 'brat', fake.Uri.file(join(out, 'nasty.ann')));
      assert.deepEqual(readdirSync(out).sort(), ['annotation.conf', 'nasty.ann', 'nasty.txt']);
      assert.equal(readFileSync(join(out, 'nasty.txt'), 'utf8'), NASTY.replace(/\r\n/g, '\n'));
      assert.equal(s.warnings.length, 0, 'nothing to ask the first time');

      writeFileSync(join(out, 'annotation.conf'), '[entities]\nMine\n');
      s.warningAnswer = 'Keep Existing';
      await exportAnnotations(service, 'brat', fake.Uri.file(join(out, 'nasty.ann')));
      assert.equal(s.warnings.length, 1);
      assert.ok(s.warnings[0].modal);
      assert.equal(readFileSync(join(out, 'annotation.conf'), 'utf8'), '[entities]\nMine\n');

      rmSync(join(out, 'nasty.ann'));
      s.warningAnswer = undefined; // cancelled
      assert.equal(await exportAnnotations(service, 'brat', fake.Uri.file(join(out, 'nasty.ann'))), undefined);
      assert.ok(!readdirSync(out).includes('nasty.ann'));
    });

    it('brat proposes name.ann beside an LF seed (its .txt is the seed itself), name.brat.ann beside a CRLF one', async () => {
      openSeed(SAMPLE, 'lf.txt');
      fake.state.quickPickAnswer = (items) => items.find((i: any) => i.format === 'brat');
      s.saveAnswer = fake.Uri.file(join(root, 'lf.ann'));
      await exportAnnotations(service);
      assert.equal(s.saveDialog[0].defaultUri.fsPath, join(root, 'lf.ann'));
      assert.deepEqual(readdirSync(root).sort(), ['annotation.conf', 'lf.ann', 'lf.txt']);
      assert.equal(readFileSync(join(root, 'lf.txt'), 'utf8'), SAMPLE, 'the seed is untouched');
      openSeed(NASTY, 'crlf.txt');
      fake.state.quickPickAnswer = (items) => items.find((i: any) => i.format === 'brat');
      s.saveAnswer = undefined;
      await exportAnnotations(service);
      assert.equal(s.saveDialog[1].defaultUri.fsPath, join(root, 'crlf.brat.ann'));
    });

    it('brat never replaces the seed file itself with its normalised copy', async () => {
      openSeed(NASTY, 'doc.txt');
      const result = await exportAnnotations(service, 'brat', fake.Uri.file(join(root, 'doc.ann')));
      assert.equal(result, undefined);
      assert.match(errors()[0], /would replace this seed file/);
      assert.equal(readFileSync(join(root, 'doc.txt'), 'utf8'), NASTY);
      assert.deepEqual(readdirSync(root), ['doc.txt']);
    });

    it('never writes over the seed through a symlink or a hard link; brat through a symlinked folder keeps a CRLF seed', async () => {
      openSeed(NASTY, 'doc.txt');
      symlinkSync(join(root, 'doc.txt'), join(root, 'sym.json'));
      linkSync(join(root, 'doc.txt'), join(root, 'hard.json'));
      assert.equal(await exportAnnotations(service, 'json', fake.Uri.file(join(root, 'sym.json'))), undefined);
      assert.equal(await exportAnnotations(service, 'json', fake.Uri.file(join(root, 'hard.json'))), undefined);
      symlinkSync(root, join(root, '..', `${root.split('/').pop()}-link`));
      const viaLink = join(root, '..', `${root.split('/').pop()}-link`);
      try {
        assert.equal(await exportAnnotations(service, 'brat', fake.Uri.file(join(viaLink, 'doc.ann'))), undefined);
      } finally {
        unlinkSync(viaLink);
      }
      assert.equal(errors().length, 3);
      assert.equal(readFileSync(join(root, 'doc.txt'), 'utf8'), NASTY);
    });

    it('writes atomically: a failed write keeps the old file, leaves no temp file, and names the file', async () => {
      openSeed(SAMPLE);
      const target = join(root, 'out.seed.json');
      writeFileSync(target, 'previous');
      const write = ws.fs.writeFile;
      ws.fs.writeFile = async (u: fake.Uri, data: Uint8Array) => {
        writeFileSync(u.fsPath, data.subarray(0, 3));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      };
      try {
        assert.equal(await exportAnnotations(service, 'json', fake.Uri.file(target)), undefined);
      } finally {
        ws.fs.writeFile = write;
      }
      assert.equal(readFileSync(target, 'utf8'), 'previous');
      assert.deepEqual(readdirSync(root).sort(), ['out.seed.json', 'sample.txt']);
      assert.match(errors()[0], /could not write out\.seed\.json: no space left/);
    });

    it('writes html and csv from their pieces (the same bytes as the whole export); an identical file is kept', async function () {
      this.timeout(20_000);
      const text = `Harbour notes 🐟\n20240311\nhttps://example.org/h\n${'"Pier 😀 <1> opens," said Mira Holt of Tallis. '.repeat(300)}\n`;
      openSeed(text, 'harbour.txt');
      const writes: string[] = [];
      const write = ws.fs.writeFile;
      ws.fs.writeFile = async (u: fake.Uri, data: Uint8Array) => {
        writes.push(u.fsPath);
        await write(u, data);
      };
      try {
        for (const [fmt, name] of [['html', 'h.html'], ['csv', 'h.csv']] as const) {
          const target = fake.Uri.file(join(root, name));
          assert.ok(await exportAnnotations(service, fmt, target));
          const whole = exportText(fmt, { analysis: analyze(text), text, fileName: 'harbour.txt' }, { bom: true });
          assert.ok(readFileSync(target.fsPath).equals(Buffer.from(whole, 'utf8')), `${fmt}: the bytes of the whole export`);
          const count = writes.length;
          assert.ok(await exportAnnotations(service, fmt, target));
          assert.equal(writes.length, count, `${fmt}: the same content again is not written`);
          writeFileSync(target.fsPath, whole.slice(0, -1));
          assert.ok(await exportAnnotations(service, fmt, target));
          assert.equal(writes.length, count + 1, `${fmt}: a different file is written over`);
          assert.equal(readFileSync(target.fsPath, 'utf8'), whole);
        }
      } finally {
        ws.fs.writeFile = write;
      }
    });

    it('CSV neutralises formula cells unless seedReader.export.csvRaw', async () => {
      const text = 'Title\n20220106\nhttps://e.com/\n\n"=SUM(A1) is fine," said John Smith.\n';
      openSeed(text, '=x.txt');
      await copyAnnotations(service, 'csv');
      assert.ok(!/\n=|,=/.test(s.clipboard), s.clipboard);
      fake.setSetting('seedReader.export.csvRaw', true);
      await copyAnnotations(service, 'csv');
      assert.match(s.clipboard, /\n=x\.txt,/);
    });

    it('reports an unknown format, and a missing seed editor', async () => {
      openSeed(SAMPLE);
      assert.equal(await exportAnnotations(service, 'yaml'), undefined);
      assert.match(errors()[0], /unknown export format 'yaml'/);
      fake.reset();
      assert.equal(await exportAnnotations(service, 'json'), undefined);
      assert.match(s.warnings[0].message, /open a seed file/);
    });
  });

  describe('seedReader.copyAnnotations', () => {
    it('copies the chosen format to the clipboard', async () => {
      const doc = openSeed(SAMPLE);
      fake.state.quickPickAnswer = (items) => items.find((i: any) => i.format === 'markdown');
      const text = await fake.commands.executeCommand('seedReader.copyAnnotations');
      assert.equal(s.clipboard, text);
      assert.equal(s.clipboard, toMarkdown({ analysis: analyze(SAMPLE), text: SAMPLE, fileName: 'sample.txt', fileUri: doc.uri.toString() }));
      assert.match(infos()[0], /copied the annotations as Markdown report/);
    });

    it('copies CSV without a BOM, and nothing when cancelled', async () => {
      openSeed(SAMPLE);
      await copyAnnotations(service, 'csv');
      assert.notEqual(s.clipboard.charCodeAt(0), 0xfeff);
      assert.ok(s.clipboard.startsWith('file,date,speaker'));
      s.clipboard = 'untouched';
      await copyAnnotations(service);
      assert.equal(s.clipboard, 'untouched');
    });

    it('copies every format exactly as exportText makes it (joined from its pieces), CSV without a BOM', async () => {
      for (const [name, text] of [['sample.txt', SAMPLE], ['nasty.seed', NASTY]]) {
        const doc = openSeed(text, name);
        const input = { analysis: analyze(text), text, fileName: name, fileUri: doc.uri.toString() };
        for (const fmt of ['json', 'markdown', 'csv', 'brat', 'w3c', 'html'] as const) {
          assert.equal(await copyAnnotations(service, fmt), exportText(fmt, input, { bom: false }), fmt);
          assert.equal(s.clipboard, exportText(fmt, input, { bom: false }), fmt);
        }
      }
    });

    it('refuses a text longer than the limit, while reading its pieces, and leaves the clipboard', async () => {
      openSeed(SAMPLE);
      const html = await copyAnnotations(service, 'html');
      assert.ok(html);
      s.clipboard = 'untouched';
      assert.equal(await copyAnnotations(service, 'html', html.length - 1), undefined);
      assert.equal(s.clipboard, 'untouched');
      assert.match(errors()[0], /export of this document is longer than 0 million characters.*Export Annotations/);
      assert.equal(await copyAnnotations(service, 'html', html.length), html);
    });

    it('joinedWithin: the pieces joined up to the limit, null past it', () => {
      assert.equal(joinedWithin(['ab', '', 'cd'], 4), 'abcd');
      assert.equal(joinedWithin(['ab', '', 'cd'], 3), null);
      assert.equal(joinedWithin([], 0), '');
      let read = 0;
      function* many(): Generator<string> { for (;;) { read++; yield 'xyz'; } }
      assert.equal(joinedWithin(many(), 10), null);
      assert.equal(read, 4, 'stops at the piece that passes the limit');
    });
  });

  describe('seedReader.exportWorkspace', () => {
    function seedWorkspace() {
      writeFileSync(join(root, 'a.txt'), SAMPLE);
      mkdirSync(join(root, 'sub'));
      writeFileSync(join(root, 'sub', 'b.seed'), NASTY);
      writeFileSync(join(root, 'notes.txt'), 'shopping list\nmilk\neggs\n');
      writeFileSync(join(root, 'sub', 'bin.txt'), Buffer.from([1, 2, 0, 3]));
      writeFileSync(join(root, 'sub', 'latin.txt'), Buffer.concat([Buffer.from('T\n20220106\nhttps://e.com/\n'), Buffer.from([0xe9, 0x0a])]));
    }

    it('exports every seed into a folder, one file each, with a cancellable progress and a summary', async () => {
      seedWorkspace();
      const out = fake.Uri.file(join(root, 'exports'));
      const summary = await fake.commands.executeCommand('seedReader.exportWorkspace', undefined, undefined, { mode: 'folder', format: 'json', target: out as any }) as any;
      assert.deepEqual(summary.done.sort(), ['a.txt', join('sub', 'b.seed')]);
      const reasons = Object.fromEntries(summary.skipped.map((x: any) => [x.file, x.reason]));
      assert.match(reasons['notes.txt'], /not a seed/);
      assert.match(reasons[join('sub', 'bin.txt')], /NUL/);
      assert.match(reasons[join('sub', 'latin.txt')], /UTF-8/);
      assert.deepEqual(readdirSync(out.fsPath).sort(), ['a.seed.json', 'b.seed.json']);
      checkSeedJson(JSON.parse(readFileSync(join(out.fsPath, 'b.seed.json'), 'utf8')), NASTY);
      assert.equal(s.progress.length, 1);
      assert.equal(s.progress[0].options.cancellable, true);
      assert.equal(s.progress[0].options.location, 15);
      assert.ok(s.progress[0].reports.length >= 5);
      assert.match(infos()[0], /exported 2 seed file\(s\).*Skipped 3/);
    });

    it('applies the sidecar corrections beside each seed (and not with seedReader.corrections.enabled off)', async () => {
      seedWorkspace();
      const a = analyze(SAMPLE);
      const q = a.quotes.find((x) => /The sequence is wrong/.test(x.text))!;
      writeFileSync(join(root, 'a.txt.corrections.json'), serializeCorrections(addCorrection(null, correctSpeaker(SAMPLE, q, 'Wesley Clark'))));
      const speakerIn = (file: string) => {
        const data = JSON.parse(readFileSync(file, 'utf8'));
        const eq = data.quotes.find((x: any) => /The sequence is wrong/.test(x.text));
        return { name: data.actors.find((x: any) => x.id === eq.speaker)?.name, corrected: eq.corrected };
      };
      const out = fake.Uri.file(join(root, 'exports'));
      const summary = await exportWorkspace(service, undefined, undefined, { mode: 'folder', format: 'json', target: out as any }) as any;
      assert.deepEqual(summary.done.sort(), ['a.txt', join('sub', 'b.seed')], 'the sidecar is not exported as a seed');
      assert.deepEqual(speakerIn(join(out.fsPath, 'a.seed.json')), { name: 'Wesley Clark', corrected: true });
      fake.setSetting('seedReader.corrections.enabled', false);
      const out2 = fake.Uri.file(join(root, 'exports2'));
      await exportWorkspace(service, undefined, undefined, { mode: 'folder', format: 'json', target: out2 as any });
      assert.deepEqual(speakerIn(join(out2.fsPath, 'a.seed.json')), { name: 'John Herbst', corrected: undefined });
    });

    it('one combined CSV or JSON Lines file', async () => {
      seedWorkspace();
      const csv = fake.Uri.file(join(root, 'all.csv'));
      await exportWorkspace(service, undefined, undefined, { mode: 'csv', target: csv as any });
      const rows = parse(readFileSync(csv.fsPath, 'utf8'), { bom: true }) as string[][];
      assert.equal(rows.length - 1, analyze(SAMPLE).quotes.length + analyze(NASTY).quotes.length);
      const jsonl = fake.Uri.file(join(root, 'all.jsonl'));
      await exportWorkspace(service, fake.Uri.file(join(root, 'sub')), undefined, { mode: 'jsonl', target: jsonl as any });
      const lines = readFileSync(jsonl.fsPath, 'utf8').trim().split('\n');
      assert.equal(lines.length, 1, 'only the chosen folder');
      checkSeedJson(JSON.parse(lines[0]), NASTY);
    });

    it('Cancel stops after the current seed: its export is written, the others not, and the summary says so', async () => {
      seedWorkspace();
      s.cancelAfter = 1; // Cancel pressed while the first candidate (a.txt) is exported
      const out = fake.Uri.file(join(root, 'exports'));
      const summary = await exportWorkspace(service, undefined, undefined, { mode: 'folder', format: 'html', target: out as any });
      assert.equal(summary!.cancelled, true);
      assert.deepEqual(summary!.done, ['a.txt']);
      assert.deepEqual(summary!.written.map((u) => u.fsPath), [join(out.fsPath, 'a.seed.html')]);
      assert.deepEqual(readdirSync(out.fsPath), ['a.seed.html']);
      assert.match(s.warnings[0].message, /cancelled after 1 seed file\(s\); 1 file\(s\) written/);
    });

    it('Skip keeps existing files, writes the others and says what was kept', async () => {
      seedWorkspace();
      const out = join(root, 'exports');
      mkdirSync(out);
      writeFileSync(join(out, 'a.seed.md'), 'old');
      s.warningAnswer = 'Skip';
      const summary = await exportWorkspace(service, undefined, undefined, { mode: 'folder', format: 'markdown', target: fake.Uri.file(out) as any });
      assert.equal(summary!.cancelled, false);
      assert.ok(s.warnings.some((x) => x.modal && /Overwrite them and any others this export meets, or skip them all/.test(x.message)));
      assert.equal(readFileSync(join(out, 'a.seed.md'), 'utf8'), 'old');
      assert.ok(readFileSync(join(out, 'b.seed.md'), 'utf8').startsWith('# '));
      assert.deepEqual(summary!.notWritten.map((x) => x.file), ['a.seed.md']);
      assert.ok(s.warnings.some((x) => /Not written 1: a\.seed\.md/.test(x.message)));
    });

    it('a failed write names the file, keeps the old content, leaves no temp file, and the others are still written', async () => {
      seedWorkspace();
      const out = join(root, 'exports');
      mkdirSync(out);
      writeFileSync(join(out, 'a.seed.json'), 'previous');
      s.warningAnswer = 'Overwrite';
      const write = ws.fs.writeFile;
      ws.fs.writeFile = async (u: fake.Uri, data: Uint8Array) => {
        if (/a\.seed\.json/.test(u.path)) {
          writeFileSync(u.fsPath, data.subarray(0, 3));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        }
        return write(u, data);
      };
      const summary = await exportWorkspace(service, undefined, undefined, { mode: 'folder', format: 'json', target: fake.Uri.file(out) as any });
      assert.equal(readFileSync(join(out, 'a.seed.json'), 'utf8'), 'previous');
      assert.deepEqual(readdirSync(out).sort(), ['a.seed.json', 'b.seed.json']);
      assert.deepEqual(summary!.notWritten, [{ file: 'a.seed.json', reason: 'no space left on the device' }]);
    });

    it('skips symlinks (no file twice), reports UTF-16, reads only the head of non-seeds', async () => {
      seedWorkspace();
      symlinkSync(join(root, 'a.txt'), join(root, 'link.txt'));
      writeFileSync(join(root, 'wide.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]));
      const read: string[] = [];
      const readFile = ws.fs.readFile;
      ws.fs.readFile = async (u: fake.Uri) => { read.push(u.path); return readFile(u); };
      const out = fake.Uri.file(join(root, 'exports'));
      const summary = await exportWorkspace(service, undefined, undefined, { mode: 'folder', format: 'json', target: out as any });
      const reasons = Object.fromEntries(summary!.skipped.map((x) => [x.file, x.reason]));
      assert.match(reasons['link.txt'], /symbolic link/);
      assert.match(reasons['wide.txt'], /UTF-16.*save it as UTF-8/);
      assert.deepEqual(summary!.done.sort(), ['a.txt', join('sub', 'b.seed')]);
      assert.ok(!read.some((p) => /notes\.txt/.test(p)), 'file: URIs are checked from their first KB');
    });

    it('Cancel stops waiting for a long analysis and starts no other', async () => {
      seedWorkspace();
      let started = 0;
      let dropped = 0;
      // The service drops a cancelled request (the worker's watchdog then stops it: workerWatchdog.test.ts).
      const slow = { analyzeText: (_t: string, _k: string, token?: any) => { started++; token?.onCancellationRequested(() => { dropped++; }); return new Promise(() => { /* never */ }); } } as any;
      const listeners: (() => void)[] = [];
      let cancelled = false;
      w.withProgress = async (_o: any, task: any) => task({ report: () => {} }, {
        get isCancellationRequested() { return cancelled; },
        onCancellationRequested: (f: () => void) => { listeners.push(f); return { dispose() {} }; },
      });
      setTimeout(() => { cancelled = true; for (const f of listeners) f(); }, 50);
      const out = fake.Uri.file(join(root, 'exports'));
      const summary = await exportWorkspace(slow, undefined, undefined, { mode: 'folder', format: 'json', target: out as any });
      assert.equal(summary!.cancelled, true);
      assert.equal(started, 1);
      assert.equal(dropped, 1, 'the running analysis is told of the cancellation');
      assert.equal(summary!.written.length, 0);
    });

    it('asks before replacing existing files; skips files larger than seedReader.maxFileSizeMB', async () => {
      seedWorkspace();
      const out = join(root, 'exports');
      mkdirSync(out);
      writeFileSync(join(out, 'a.seed.md'), 'old');
      s.warningAnswer = undefined;
      const first = await exportWorkspace(service, undefined, undefined, { mode: 'folder', format: 'markdown', target: fake.Uri.file(out) as any });
      assert.equal(first!.cancelled, true);
      assert.equal(readFileSync(join(out, 'a.seed.md'), 'utf8'), 'old');
      s.warningAnswer = 'Overwrite';
      fake.setSetting('seedReader.maxFileSizeMB', 0.002);
      const second = await exportWorkspace(service, undefined, undefined, { mode: 'folder', format: 'markdown', target: fake.Uri.file(out) as any });
      assert.equal(second!.cancelled, false);
      assert.match(second!.skipped.find((x) => x.file === 'a.txt')!.reason, /larger than 0.002 MB/);
      assert.ok(readFileSync(join(out, 'b.seed.md'), 'utf8').startsWith('# '));
    });
  });
});
