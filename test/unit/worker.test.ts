// The analysis worker thread (the real dist/worker.js, built by `npm run test:unit` before mocha) and the editor's
// analysis service on top of it. Functional only: no timing assertions.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { createAnalyzer, analyze, type Analysis } from '../../src/engine';
import { AnalysisWorker, SupersededError, type WorkerCrash } from '../../src/worker/node/client';
import { AnalysisService, LARGE_DOCUMENT, type AnalysisChange } from '../../src/editor/analysisService';
import { PART_CELLS } from '../../src/worker/protocol';
import { SAMPLE, ROOT } from './fakes/sample';

const WORKER = join(ROOT, 'dist', 'worker.js');
type Doc = vscode.TextDocument;

/** A large seed: the sample's body paragraphs, numbered so that no two paragraphs are equal. */
function bigSeed(minChars: number): string {
  const body = SAMPLE.split('\n').slice(3).filter((p) => p.trim());
  const out = SAMPLE.split('\n').slice(0, 3);
  let n = 0;
  while (out.join('\n').length < minChars) out.push(`${body[n % body.length]} (${++n})`);
  return out.join('\n') + '\n';
}

function fresh(text: string): Analysis {
  return createAnalyzer().analyze(text);
}

function assertSpansFit(a: Analysis, text: string): void {
  for (const e of a.entities) assert.equal(text.slice(e.start, e.end), e.text);
  for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  for (const x of a.actors) for (const m of x.mentions) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
}

describe('analysis worker (dist/worker.js)', function () {
  this.timeout(60_000);
  let worker: AnalysisWorker;
  before(function () {
    if (!existsSync(WORKER)) throw new Error('dist/worker.js is missing: run `node esbuild.mjs` (npm run test:unit does)');
  });
  beforeEach(() => (worker = new AnalysisWorker(WORKER)));
  afterEach(() => worker.dispose());

  it('warms up, then gives exactly what the in-process engine gives, also after an edit (paragraph cache reused)', async () => {
    assert.ok((await worker.warm()) >= 0);
    assert.deepEqual(await worker.analyze('a', SAMPLE), analyze(SAMPLE));
    const edited = SAMPLE.replace('Mr. Clark said', 'Mr. Clark told reporters');
    assert.notEqual(edited, SAMPLE);
    assert.deepEqual(await worker.analyze('a', edited), fresh(edited));
  });

  it('answers an edit of a big seed with a patch of the previous analysis, rebuilt exactly', async () => {
    const text = bigSeed(150_000);
    const first = await worker.analyze('big', text);
    assert.deepEqual(first, fresh(text));
    assert.deepEqual(worker.received, { whole: 1, patched: 0 });
    const lines = text.split('\n');
    // Typing in one paragraph, then a paragraph deleted, then one inserted: each a small change of the previous version.
    const versions: string[] = [];
    lines[40] += ' The talks will go on, Mr. Clark said.';
    versions.push(lines.join('\n'));
    lines.splice(100, 1);
    versions.push(lines.join('\n'));
    lines.splice(7, 0, 'William Taylor, a former U.S. ambassador to Ukraine, said Moscow would wait.');
    versions.push(lines.join('\n'));
    for (const v of versions) {
      const got = await worker.analyze('big', v);
      assert.deepEqual(got, fresh(v));
      assert.equal(JSON.stringify(got), JSON.stringify(fresh(v)), 'same JSON (key order included)');
      assertSpansFit(got, v);
    }
    assert.deepEqual(worker.received, { whole: 1, patched: versions.length }, 'every edit came as a patch');
    // Edits go over as the changed stretch only; when the worker has dropped the text they change (it keeps a few
    // documents), the whole text goes again and a whole analysis comes back.
    for (let i = 0; i < 9; i++) await worker.analyze(`other-${i}`, SAMPLE);
    lines[3] += ' One more sentence.';
    const after = lines.join('\n');
    assert.deepEqual(await worker.analyze('big', after), fresh(after));
    assert.equal(worker.received.patched, versions.length, 'no patch without the base');
    // A forgotten document starts over with a whole analysis.
    worker.forget('big');
    assert.deepEqual(await worker.analyze('big', versions[0]), fresh(versions[0]));
    assert.equal(worker.received.whole, 1 + 9 + 1 + 1);
  });

  it('streams a large analysis in parts and reassembles it, huge actors included', async () => {
    // One actor with more mentions than fit one part: the worker splits its mentions.
    const lines = ['Vladimir Putin met officials', '20220106', 'https://example.org/p'];
    for (let i = 0; i < PART_CELLS * 2 + 50; i++) lines.push(`Putin spoke again on day ${i}, and Vladimir Putin said the talks would go on.`);
    const text = lines.join('\n') + '\n';
    const expected = fresh(text);
    assert.ok(expected.actors.some((a) => a.mentions.length > PART_CELLS), 'the test text has a huge actor');
    assert.deepEqual(await worker.analyze('p', text), expected);
  });

  it('sends a preview of the visible window first, with offsets into the whole text', async () => {
    const text = bigSeed(LARGE_DOCUMENT + 50_000);
    const mid = Math.floor(text.length / 2);
    const events: string[] = [];
    let preview: Analysis | undefined;
    const full = await worker.analyze('big', text, {
      window: { start: mid, end: mid + 3000 },
      onPreview: (p) => {
        events.push('preview');
        preview = p;
      },
    });
    events.push('full');
    assert.deepEqual(events, ['preview', 'full']);
    assert.ok(preview);
    assert.ok(preview.entities.length > 0 && preview.entities.length < full.entities.length);
    assertSpansFit(preview, text);
    assert.ok(preview.entities.every((e) => e.start > mid - 20_000 && e.end < mid + 23_000), 'preview stays near the window');
    assert.ok(preview.paragraphs.length > 0 && preview.paragraphs.length < full.paragraphs.length);
    for (const p of preview.paragraphs) assert.deepEqual(p, full.paragraphs[p.index]);
    assert.deepEqual(full, fresh(text));
  });

  it('supersedes an older request for the same document; other documents are unaffected', async () => {
    const edited = SAMPLE + '\nAnother paragraph, Mr. Clark said.';
    const first = worker.analyze('doc', SAMPLE);
    const other = worker.analyze('other', SAMPLE);
    const second = worker.analyze('doc', edited);
    await assert.rejects(first, (e) => e instanceof SupersededError);
    assert.deepEqual(await second, fresh(edited));
    assert.deepEqual(await other, fresh(SAMPLE));
    assert.equal(worker.busy, 0);
  });

  it('reports a crash, fails the pending request and restarts on the next one', async () => {
    const crashes: WorkerCrash[] = [];
    worker.onCrash = (c) => crashes.push(c);
    await worker.warm();
    const pending = worker.analyze('x', bigSeed(400_000));
    // Kill the thread from outside while it works.
    void (worker as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await assert.rejects(pending);
    assert.equal(crashes.length, 1);
    assert.equal(crashes[0].outOfMemory, false);
    assert.deepEqual(await worker.analyze('x', SAMPLE), fresh(SAMPLE));
  });

  it('is the engine itself when required outside a worker', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const engine = require(WORKER) as { analyze(t: string): Analysis };
    assert.deepEqual(engine.analyze(SAMPLE), analyze(SAMPLE));
  });
});

describe('extension bundle', () => {
  it('dist/extension.js never loads the engine: it asks dist/worker.js, started as a worker thread', () => {
    // dist/extension.js is the bootstrap (src/bootstrap.ts): it starts the worker, then loads dist/editor.js.
    const boot = readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8');
    const code = boot + readFileSync(join(ROOT, 'dist', 'editor.js'), 'utf8');
    assert.ok(!/require\("\.\/worker\.js"\)/.test(code), 'the worker bundle is not required in-process');
    assert.match(boot, /"worker\.js"/, 'the worker bundle is started by name');
    assert.match(boot, /"editor\.js"/, 'the rest of the extension is loaded by name');
    // (Checked by what survives a production build too, string literals, beside the development build's path
    // comments: the test holds after `npm run build` or `npm run bench` as well as after `npm run test:unit`.)
    assert.ok(!boot.includes('node_modules/vscode-jsonrpc/') && !boot.includes('$/cancelRequest'), 'the bootstrap holds no transport');
    for (const f of ['index', 'document', 'entities', 'attribution', 'lexicon', 'tokens', 'gazetteer', 'window']) {
      assert.ok(!code.includes(`src/engine/${f}.ts`), `${f}.ts is not bundled`);
    }
    const worker = readFileSync(join(ROOT, 'dist', 'worker.js'), 'utf8');
    const engineLabel = 'attribution elsewhere in the paragraph';
    assert.ok(worker.includes(engineLabel) && !code.includes(engineLabel), 'the engine is in the worker bundle only');
    assert.ok(!/node_modules\/(compromise|wink)/.test(code), 'no NLP library is bundled');
    assert.ok(code.includes('$/cancelRequest'), 'the transport is JSON-RPC (vscode-jsonrpc)');
    const build = readFileSync(join(ROOT, 'esbuild.mjs'), 'utf8');
    assert.ok(!/engineInWorker|engine-in-worker/.test(build), 'no import rewriting in the build');
  });
});

describe('AnalysisService on the worker', function () {
  this.timeout(60_000);
  beforeEach(() => fake.reset());

  it('analyses in the worker and gives what analyze() gives', async () => {
    const s = new AnalysisService({ client: new AnalysisWorker(WORKER) });
    const doc = fake.openDocument(SAMPLE);
    const a = await s.get(doc as unknown as Doc);
    assert.deepEqual(a, analyze(SAMPLE));
    assert.equal(s.peek(doc as unknown as Doc), a);
    assert.equal(s.isPreview(doc as unknown as Doc), false);
    s.dispose();
  });

  it('publishes the visible paragraphs of a large document first, shows progress, then the whole analysis', async () => {
    const s = new AnalysisService({ client: new AnalysisWorker(WORKER), progressDelayMs: 0 });
    const text = bigSeed(LARGE_DOCUMENT + 20_000);
    const doc = fake.openDocument(text);
    const ed = fake.showEditor(doc);
    ed.visibleRanges = [new fake.Range(500, 0, 540, 0)];
    const changes: AnalysisChange[] = [];
    const progress: (number | undefined)[] = [];
    s.onDidChangeAnalysis((e) => {
      changes.push(e);
      if (e.preview) {
        assert.equal(s.peek(doc as unknown as Doc), e.analysis, 'peek serves the preview meanwhile');
        assert.equal(s.isPreview(doc as unknown as Doc), true);
        assert.equal(s.analysing(doc as unknown as Doc), text.length);
      }
    });
    s.onDidChangeProgress((e) => progress.push(e.size));
    const full = await s.get(doc as unknown as Doc);
    assert.deepEqual(changes.map((c) => !!c.preview), [true, false]);
    assert.equal(changes[1].analysis, full);
    assert.deepEqual(progress, [text.length, undefined]);
    assert.equal(s.analysing(doc as unknown as Doc), undefined);
    const lo = doc.offsetAt(new fake.Position(480, 0));
    const hi = doc.offsetAt(new fake.Position(560, 0));
    const pre = changes[0].analysis;
    assert.ok(pre.entities.length > 0 && pre.entities.every((e) => e.end >= lo - 5000 && e.start <= hi + 5000));
    assertSpansFit(pre, text);
    assert.deepEqual(full, fresh(text));
    // After an edit: no preview (the previous highlights stay until the new full analysis), progress again.
    changes.length = 0;
    progress.length = 0;
    const edited = text.replace('Mr. Clark said', 'Mr. Clark told reporters');
    doc.setText(edited);
    const again = await s.get(doc as unknown as Doc);
    assert.deepEqual(changes.map((c) => !!c.preview), [false]);
    assert.deepEqual(progress, [edited.length, undefined]);
    assert.deepEqual(again, fresh(edited));
    s.dispose();
  });

  it('shows the analysing… status with a spinner while a large analysis runs', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { SeedStatusBar } = require('../../src/editor/statusBar') as typeof import('../../src/editor/statusBar');
    const s = new AnalysisService({ client: new AnalysisWorker(WORKER), progressDelayMs: 0 });
    const bar = new SeedStatusBar(s);
    const text = bigSeed(LARGE_DOCUMENT + 20_000);
    const doc = fake.openDocument(text);
    fake.showEditor(doc);
    const texts: string[] = [];
    s.onDidChangeProgress(() => setImmediate(() => texts.push(bar.statusItem.text)));
    const seen = new Promise<void>((resolve) => s.onDidChangeProgress((e) => e.size === undefined && setImmediate(resolve)));
    await s.get(doc as unknown as Doc);
    await seen;
    await new Promise((r) => setImmediate(r));
    assert.match(texts[0], /^\$\(sync~spin\) Seed Reader: analysing… 0\.2 MB$/);
    assert.match(bar.statusItem.text, /actor/);
    bar.dispose();
    s.dispose();
  });

  it('drops the result of an outdated version and analyses only the newest', async () => {
    const s = new AnalysisService({ client: new AnalysisWorker(WORKER) });
    const doc = fake.openDocument(SAMPLE);
    let fired = 0;
    s.onDidChangeAnalysis(() => fired++);
    const old = s.get(doc as unknown as Doc);
    doc.setText(`${SAMPLE}\nmore text, Mr. Clark said.`);
    const newer = s.get(doc as unknown as Doc);
    assert.equal(await old, undefined);
    assert.deepEqual(await newer, fresh(doc.getText()));
    assert.equal(fired, 1);
    s.dispose();
  });

  it('declines a file over seedReader.maxFileSizeMB with a message naming the setting', async () => {
    fake.setSetting('seedReader.maxFileSizeMB', 0.001);
    const s = new AnalysisService({ client: new AnalysisWorker(WORKER) });
    const doc = fake.openDocument(SAMPLE);
    assert.equal(await s.get(doc as unknown as Doc), undefined);
    assert.equal(s.skippedSize(doc as unknown as Doc), SAMPLE.length);
    await s.get(doc as unknown as Doc);
    const warnings = fake.state.messages.filter((m) => m.level === 'warning');
    assert.equal(warnings.length, 1, 'said once');
    assert.match(warnings[0].message, /seedReader\.maxFileSizeMB/);
    // Raising the limit analyses it.
    const published = new Promise<Analysis>((resolve) => s.onDidChangeAnalysis((e) => resolve(e.analysis)));
    fake.setSetting('seedReader.maxFileSizeMB', 20);
    assert.deepEqual(await published, analyze(SAMPLE));
    assert.equal(s.skippedSize(doc as unknown as Doc), undefined);
    s.dispose();
  });
});
