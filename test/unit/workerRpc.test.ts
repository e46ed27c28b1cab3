// The platform-neutral worker transport (src/worker/): the document store fed by changes, the JSON-RPC server and
// client over any message port (here a MessageChannel in this thread: no worker thread, as a browser's Web Worker
// would use them), the editor's contentChanges reaching the worker as changes, cancellation, and patches that stay
// exact when the analysis gains fields.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import type * as vscode from 'vscode';
import fc from 'fast-check';
import * as fake from './fakes/vscode';
import { createAnalyzer, type Analysis } from '../../src/engine';
import { DocumentState, DocumentStore } from '../../src/worker/documents';
import { serve, type ServerEnv } from '../../src/worker/server';
import { AnalysisClient, SupersededError, applies, type WorkerFactory } from '../../src/worker/client';
import { PortReader, PortWriter, installRuntime, portConnection } from '../../src/worker/node/port';
import { applyPatch, commonEnds, diffAnalysis } from '../../src/worker/delta';
import { assemble, emptyLayers } from '../../src/worker/parts';
import { AnalysisService, type AnalysisChange } from '../../src/editor/analysisService';
import { SAMPLE } from './fakes/sample';

const fresh = (text: string): Analysis => createAnalyzer().analyze(text);

/** A seed of at least `minChars`: the sample's body paragraphs, numbered so that no two paragraphs are equal. */
function seedOf(minChars: number): string {
  const body = SAMPLE.split('\n').slice(3).filter((p) => p.trim());
  const out = SAMPLE.split('\n').slice(0, 3);
  let n = 0;
  while (out.join('\n').length < minChars) out.push(`${body[n % body.length]} (${++n})`);
  return out.join('\n') + '\n';
}

/** A client whose worker is `serve` on the other end of a MessageChannel in this thread. */
function inThread(env: Partial<ServerEnv> = {}): { client: AnalysisClient; stats: NonNullable<ServerEnv['stats']> } {
  const stats = { analyses: 0, ranged: 0, compared: 0 };
  const factory: WorkerFactory = {
    start() {
      const { port1, port2 } = new MessageChannel();
      installRuntime();
      serve(new PortReader(port2), new PortWriter(port2), { loadedAt: 0, stats, ...env });
      return {
        connection: portConnection(port1),
        terminate: () => {
          port1.close();
          port2.close();
        },
        hold: () => undefined,
      };
    },
  };
  return { client: new AnalysisClient(factory), stats };
}

describe('worker documents (src/worker/documents.ts)', () => {
  it('applies changes in order and knows how much of the end is the last analysed text, exactly or less', () => {
    const change = fc.record({ at: fc.nat(), del: fc.nat(30), text: fc.string({ maxLength: 12 }) });
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.array(fc.array(change, { maxLength: 3 }), { maxLength: 4 }), (start, batches) => {
      const d = new DocumentState('k');
      d.open(1, start);
      d.analysed(undefined);
      let text = start;
      let v = 1;
      for (const batch of batches) {
        const changes = batch.map((c) => {
          const offset = c.at % (text.length + 1);
          const length = Math.min(c.del, text.length - offset);
          text = text.slice(0, offset) + c.text + text.slice(offset + length);
          return { offset, length, text: c.text };
        });
        assert.equal(d.change(v, v + 1, changes), true);
        v++;
        assert.equal(d.text, text);
      }
      const tail = d.unchangedTail();
      // At most the longest common end of the two texts (measured from the end alone: `commonEnds` takes the common
      // start first, so for `m` → `mm` it gives an end of 0 where the changes say 1), and exactly the old end.
      let common = 0;
      while (common < start.length && common < text.length && start[start.length - 1 - common] === text[text.length - 1 - common]) common++;
      assert.ok(tail !== undefined && tail <= common, `tail ${tail}, common end ${common}`);
      assert.equal(text.slice(text.length - tail), start.slice(start.length - tail));
    }), { numRuns: 300 });
  });

  it('an insertion at the start leaves the whole old text as the unchanged end (`m` → `mm`)', () => {
    const d = new DocumentState('k');
    d.open(1, 'm');
    d.analysed(undefined);
    assert.equal(d.change(1, 2, [{ offset: 0, length: 0, text: 'm' }]), true);
    assert.equal(d.text, 'mm');
    assert.equal(d.unchangedTail(), 1);
  });

  it('drops its copy when a change is not of its version; keeps a few documents, the most recent', () => {
    const d = new DocumentState('k');
    d.open(3, 'abc');
    assert.equal(d.change(2, 4, [{ offset: 0, length: 0, text: 'x' }]), false);
    assert.equal(d.version, -1);
    const store = new DocumentStore(2);
    store.open('a');
    store.open('b');
    store.get('a');
    store.open('c');
    assert.ok(store.get('a') && store.get('c') && !store.get('b'));
  });

  it('the client checks the changes it is given: they must make the new text', () => {
    assert.equal(applies('hello world', [{ offset: 5, length: 6, text: '!' }], 'hello!'), true);
    assert.equal(applies('hello world', [{ offset: 5, length: 6, text: '?' }], 'hello!'), false);
    assert.equal(applies('hello', [{ offset: 4, length: 6, text: '' }], 'hell'), false, 'out of range');
    assert.equal(applies('hello world', [{ offset: 5, length: 6, text: '!' }], 'jello!'), false, 'the text before differs');
    assert.equal(applies('hello world', [{ offset: 0, length: 1, text: 'j' }], 'jello worlD'), false, 'the text after differs');
    const long = 'x'.repeat(200_000);
    assert.equal(applies(long, [{ offset: 100_000, length: 0, text: 'y' }], long.slice(0, 100_000) + 'y' + long.slice(100_000)), true);
    assert.equal(applies(long, [{ offset: 100_000, length: 0, text: 'y' }], long.slice(0, 100_000) + 'y' + long.slice(100_001) + 'z'), false);
    // Several changes (multi-cursor), each in the text the ones before left.
    assert.equal(applies('abcdef', [{ offset: 4, length: 1, text: 'E' }, { offset: 1, length: 1, text: 'BB' }], 'aBBcdEf'), true);
    assert.equal(applies('abcdef', [{ offset: 4, length: 1, text: 'E' }, { offset: 1, length: 1, text: 'BB' }], 'aBBcdef'), false);
  });
});

describe('the platform-neutral worker transport builds for a browser Web Worker', () => {
  it('src/worker/ (but node/) imports no node:* and bundles with vscode-jsonrpc/browser', async function () {
    this.timeout(60_000);
    const root = [join(__dirname, '..', '..', '..'), join(__dirname, '..', '..')].find((r) => existsSync(join(r, 'src', 'worker', 'server.ts')))!;
    const dir = join(root, 'src', 'worker');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      assert.doesNotMatch(readFileSync(join(dir, f), 'utf8'), /from '(node:|vscode'|vscode-jsonrpc\/node)/, f);
    }
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const esbuild = require('esbuild') as typeof import('esbuild');
    const entry = [
      "import { BrowserMessageReader, BrowserMessageWriter } from 'vscode-jsonrpc/browser';",
      "import { serve } from './server';",
      "import { AnalysisClient } from './client';",
      'export const parts = [BrowserMessageReader, BrowserMessageWriter, serve, AnalysisClient];',
    ].join('\n');
    const r = await esbuild.build({
      stdin: { contents: entry, resolveDir: dir, loader: 'ts' }, bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent',
    });
    assert.equal(r.errors.length, 0);
    assert.doesNotMatch(r.outputFiles[0].text, /require\("(node:|fs"|path"|net"|worker_threads")/);
  });
});

describe('worker transport over any message port (server and client in this thread)', function () {
  this.timeout(60_000);
  const clients: AnalysisClient[] = [];
  const start = (env: Partial<ServerEnv> = {}) => {
    const r = inThread(env);
    clients.push(r.client);
    return r;
  };
  afterEach(() => {
    for (const c of clients.splice(0)) c.dispose();
  });

  it('an edit given as changes reaches the worker as changes: it locates the edit without comparing texts', async () => {
    const { client, stats } = start();
    const text = seedOf(120_000);
    assert.deepEqual(await client.analyze('d', text), fresh(text));
    const at = text.indexOf('\n', 50_000);
    const added = ' The talks will go on, Mr. Clark said.';
    const edited = text.slice(0, at) + added + text.slice(at);
    const got = await client.analyze('d', edited, { changes: [{ offset: at, length: 0, text: added }] });
    assert.deepEqual(got, fresh(edited));
    assert.equal(JSON.stringify(got), JSON.stringify(fresh(edited)), 'same JSON, key order included');
    assert.deepEqual(client.synced, { whole: 1, changes: 1, compared: 0 });
    assert.deepEqual(client.received, { whole: 1, patched: 1 });
    assert.deepEqual(stats, { analyses: 2, ranged: 1, compared: 0 });
  });

  it('changes that do not make the text are not trusted: the text is compared instead, the result exact', async () => {
    const { client, stats } = start();
    const text = seedOf(60_000);
    await client.analyze('d', text);
    const edited = text.replace('Mr. Clark said', 'Mr. Clark told reporters');
    const got = await client.analyze('d', edited, { changes: [{ offset: 10, length: 0, text: 'wrong' }] });
    assert.deepEqual(got, fresh(edited));
    assert.deepEqual(client.synced, { whole: 1, changes: 0, compared: 1 });
    assert.equal(stats.ranged, 1, 'the stretch sent is the change the worker locates the edit by');
  });

  it('a superseded request is cancelled and never analysed; the newest is', async () => {
    const { client, stats } = start();
    await client.analyze('warm', SAMPLE);
    const first = client.analyze('d', seedOf(30_000));
    const second = client.analyze('d', seedOf(31_000));
    await assert.rejects(first, (e) => e instanceof SupersededError);
    assert.deepEqual(await second, fresh(seedOf(31_000)));
    assert.equal(stats.analyses, 2, 'the warm-up text and the newest version only');
    assert.equal(client.busy, 0);
  });

  it('a document the worker dropped is sent again whole (out of sync), with a whole analysis back', async () => {
    const { client } = start({ maxDocuments: 1 });
    await client.analyze('a', SAMPLE);
    await client.analyze('b', SAMPLE);
    const edited = SAMPLE + '\nOne more line, she said.';
    assert.deepEqual(await client.analyze('a', edited), fresh(edited));
    assert.equal(client.synced.whole, 3);
  });

  it('a long text superseded while its pieces are still being sent: the next version goes whole, and is exact', async () => {
    const { client, stats } = start();
    const text = seedOf((1 << 20) + 20_000);
    const first = client.analyze('d', text);
    const added = '\nOne more line, he said.';
    const edited = text + added;
    // Given as a change of the first text: but the worker's copy of it is incomplete, so the whole goes.
    const second = client.analyze('d', edited, { changes: [{ offset: text.length, length: 0, text: added }] });
    await assert.rejects(first, (e) => e instanceof SupersededError);
    assert.deepEqual(await second, fresh(edited));
    assert.deepEqual(client.synced, { whole: 2, changes: 0, compared: 0 });
    assert.equal(stats.analyses, 1);
  });

  it('a large analysis streams in acknowledged parts and a long text goes in pieces', async () => {
    const { client } = start();
    const text = seedOf((1 << 20) + 100_000);
    const got = await client.analyze('big', text);
    assert.deepEqual(got, fresh(text));
  });
});

describe('AnalysisService sends the editor\'s contentChanges', function () {
  this.timeout(60_000);
  beforeEach(() => fake.reset());

  it('a burst of ranged edits goes to the worker as those changes, and the analysis is exact', async () => {
    fake.setSetting('seedReader.analysisDelay', 0);
    const { client, stats } = inThread();
    const s = new AnalysisService({ client });
    try {
      const doc = fake.openDocument(seedOf(40_000));
      await s.get(doc as unknown as vscode.TextDocument);
      const published = new Promise<AnalysisChange>((resolve) => s.onDidChangeAnalysis((e) => resolve(e)));
      const at = doc.getText().indexOf('\n', 20_000);
      fake.editDocumentRange(doc, at, 0, ' Mr. Clark said it again.');
      fake.editDocumentRange(doc, 5, 3, 'XY');
      const e = await published;
      assert.deepEqual(e.analysis, fresh(doc.getText()));
      assert.deepEqual(client.synced, { whole: 1, changes: 1, compared: 0 });
      assert.equal(stats.ranged + stats.compared, 1);
      assert.equal(stats.ranged, 1);
      // An edit without a range (as some fakes and APIs report): compared instead, still exact.
      const again = new Promise<AnalysisChange>((resolve) => s.onDidChangeAnalysis((x) => resolve(x)));
      fake.editDocument(doc, doc.getText() + '\nA last line, he said.');
      assert.deepEqual((await again).analysis, fresh(doc.getText()));
      assert.equal(client.synced.compared, 1);
    } finally {
      s.dispose();
    }
  });
});

describe('patches stay exact when the analysis gains fields', () => {
  /** The analysis with fields the engine does not make today: offsets in a new span field, a new scalar, a new top-level field. */
  function extended(a: Analysis): Analysis {
    return {
      ...a,
      entities: a.entities.map((e) => ({ ...e, score: e.text.length % 5 })),
      quotes: a.quotes.map((q) => ({ ...q, extent: { start: q.start, end: q.end } })),
      meta: { engine: 'next', paragraphs: a.paragraphs.length },
    } as unknown as Analysis;
  }

  it('diff and apply rebuild the extended analysis exactly (the same JSON), added fields included', () => {
    const text = seedOf(80_000);
    const lines = text.split('\n');
    lines[30] += ' The talks will go on, Mr. Clark said.';
    const edited = lines.join('\n');
    const before = extended(fresh(text));
    const after = extended(fresh(edited));
    const patch = diffAnalysis(before, after, text.length - commonEnds(text, edited).suffix);
    const rebuilt = applyPatch(before, patch);
    const layers = emptyLayers();
    for (const l of Object.keys(layers) as (keyof typeof layers)[]) layers[l] = rebuilt[l] as unknown[];
    const { paragraphs: _p, entities: _e, actors: _a, quotes: _q, claims: _c, ...head } = after;
    const whole = assemble(head as Record<string, unknown>, layers, Object.keys(after));
    assert.equal(JSON.stringify(whole), JSON.stringify(after));
  });
});
