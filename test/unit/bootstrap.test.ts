// Start-up of the Node extension (the first highlights, issue 14): the bootstrap (dist/extension.js,
// src/bootstrap.ts) that starts the worker thread before the rest loads, the client taking that thread over,
// dist/editor.js loaded with V8's code cache (src/worker/node/moduleCache.ts), and the features other than the
// highlights registered after the first highlights.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fake from './fakes/vscode';
import { settle } from './fakes/boot';
import { analyze } from '../../src/engine';
import { AnalysisWorker, spawnAnalysisThread, trustedCodeCache, type SpawnOptions } from '../../src/worker/node/client';
import { requireWithCodeCache } from '../../src/worker/node/moduleCache';
import { EDITOR_CODE_CACHE_DIGEST, EDITOR_CODE_CACHE_FILE, WORKER_HEAP_MB } from '../../src/activation';
import { CMD } from '../../src/editor/ids';
import { SAMPLE, ROOT } from './fakes/sample';

const WORKER = join(ROOT, 'dist', 'worker.js');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'seed-startup-'));
}

/** Resolves on the first non-empty decoration call of `ed` (the first highlights). */
function firstHighlights(ed: fake.FakeTextEditor): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (ed.decorationCalls.some((c) => c.ranges.length > 0)) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
}

describe('V8 code cache of a bundle of the extension (requireWithCodeCache)', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = join(dir, 'mod.js');
    writeFileSync(file, 'let calls = 0;\nexports.twice = (n) => { calls++; return 2 * n; };\nexports.calls = () => calls;\nexports.dir = __dirname;\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the module without a cache, writes one, and the next load uses it', () => {
    const cacheFile = join(dir, 'cache', 'mod.v8cache');
    const first = requireWithCodeCache(file, cacheFile, {}, require);
    assert.equal(first.codeCache, 'absent');
    const m = first.exports as { twice(n: number): number; dir: string };
    assert.equal(m.twice(21), 42);
    assert.equal(m.dir, dir, 'the module gets its own __dirname');
    const digest = first.save?.();
    assert.ok(digest && existsSync(cacheFile));
    const bytes = readFileSync(cacheFile);
    assert.equal(digest, createHash('sha256').update(bytes).digest('hex'), 'save() returns the file\'s SHA-256');
    assert.equal(bytes.readUInt32LE(0), readFileSync(file).length, 'the file starts with the bundle\'s length');
    // The cache as the bootstrap reads it: only with the recorded digest.
    const given = trustedCodeCache(join(dir, 'cache'), digest, 'mod.v8cache');
    assert.ok(given.cache);
    const second = requireWithCodeCache(file, cacheFile, given, require);
    assert.equal(second.codeCache, 'used');
    assert.equal(second.save, undefined, 'nothing to write when the cache was used');
    const m2 = second.exports as { twice(n: number): number; calls(): number };
    assert.equal(m2.twice(5), 10);
    assert.equal(m2.calls(), 1, 'a fresh instance of the module');
  });

  it('never uses a cache of another bundle, or bytes without the recorded digest', () => {
    const cacheFile = join(dir, 'mod.v8cache');
    const first = requireWithCodeCache(file, cacheFile, {}, require);
    const digest = first.save?.();
    assert.ok(digest);
    assert.deepEqual(trustedCodeCache(dir, 'ab'.repeat(32), 'mod.v8cache'), { untrusted: true });
    assert.deepEqual(trustedCodeCache(dir, undefined, 'mod.v8cache'), { untrusted: true });
    assert.equal(requireWithCodeCache(file, cacheFile, { untrusted: true }, require).codeCache, 'untrusted');
    // The bundle changed (same length, other bytes): the old cache is not for it.
    const given = trustedCodeCache(dir, digest, 'mod.v8cache');
    writeFileSync(file, readFileSync(file, 'utf8').replace('calls++', 'calls--'));
    const changed = requireWithCodeCache(file, cacheFile, given, require);
    assert.equal(changed.codeCache, 'absent');
    const m = changed.exports as { twice(n: number): number; calls(): number };
    m.twice(1);
    assert.equal(m.calls(), -1, 'the changed bundle runs');
  });

  it('without a cache file, or with a broken cache, the module is simply required', () => {
    const off = requireWithCodeCache(file, undefined, {}, require);
    assert.equal(off.codeCache, 'off');
    assert.equal((off.exports as { twice(n: number): number }).twice(2), 4);
    const junk = requireWithCodeCache(file, join(dir, 'x.v8cache'), { cache: new Uint8Array([1, 2, 3]) }, require);
    assert.equal(junk.codeCache, 'absent');
    assert.equal((junk.exports as { twice(n: number): number }).twice(3), 6);
  });
});

describe('a worker thread started before the client (spawnAnalysisThread)', function () {
  this.timeout(60_000);
  const opts: SpawnOptions = { workerPath: WORKER, maxHeapMB: WORKER_HEAP_MB };

  it('is the thread the client then uses', async () => {
    const thread = spawnAnalysisThread(opts);
    const client = new AnalysisWorker(WORKER, WORKER_HEAP_MB, undefined, { prestarted: thread });
    try {
      assert.deepEqual(await client.analyze('a', SAMPLE), analyze(SAMPLE));
      assert.equal(client.worker, thread.worker, 'no second thread');
    } finally {
      client.dispose();
    }
  });

  it('is stopped, and another started, when it was started otherwise or has died', async () => {
    const other = spawnAnalysisThread({ ...opts, maxHeapMB: 512 });
    let exited = false;
    other.worker.on('exit', () => (exited = true));
    const client = new AnalysisWorker(WORKER, WORKER_HEAP_MB, undefined, { prestarted: other });
    try {
      assert.deepEqual(await client.analyze('a', SAMPLE), analyze(SAMPLE));
      assert.notEqual(client.worker, other.worker);
      await settle();
      assert.ok(exited || other.failed, 'the mismatched thread is stopped');
    } finally {
      client.dispose();
    }
    const dead = spawnAnalysisThread(opts);
    await dead.worker.terminate();
    await settle();
    assert.ok(dead.failed, 'its end is noted');
    const c2 = new AnalysisWorker(WORKER, WORKER_HEAP_MB, undefined, { prestarted: dead });
    try {
      assert.deepEqual(await c2.analyze('b', SAMPLE), analyze(SAMPLE));
    } finally {
      c2.dispose();
    }
  });

  it('is stopped when the client is disposed without having used it', async () => {
    const thread = spawnAnalysisThread(opts);
    const ended = new Promise<void>((resolve) => thread.worker.once('exit', () => resolve()));
    new AnalysisWorker(WORKER, WORKER_HEAP_MB, undefined, { prestarted: thread }).dispose();
    await ended;
  });
});

describe('activation with a seed open (src/extension.ts with a started thread)', function () {
  this.timeout(60_000);
  beforeEach(() => fake.reset());

  it('registers the highlights at once, the other features later (at the latest after a while); activate() resolves then', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ext = require('../../src/extension') as typeof import('../../src/extension');
    fake.showEditor(fake.openDocument(SAMPLE));
    const ctx = fake.extensionContext();
    let drawn = 0;
    // Run from out/src, the client's worker.js does not exist: no analysis comes, and the thread given (of another
    // path) is not taken over. The other features come after OTHER_FEATURES_LATEST_MS.
    const thread = spawnAnalysisThread({ workerPath: WORKER, maxHeapMB: WORKER_HEAP_MB });
    const ended = new Promise<void>((resolve) => thread.worker.once('exit', () => resolve()));
    const t0 = Date.now();
    const done = ext.activate(ctx as never, { thread, firstAnalysisDrawn: () => drawn++ });
    assert.ok(done instanceof Promise);
    assert.ok(!fake.state.commands.has(CMD.nextQuote), 'only the highlights so far');
    assert.ok(!fake.state.providers.some((p) => p.kind === 'hover'));
    await done;
    assert.ok(Date.now() - t0 >= ext.OTHER_FEATURES_LATEST_MS - 50);
    assert.equal(drawn, 1, 'told once (the code cache is written then)');
    assert.ok(fake.state.commands.has(CMD.nextQuote));
    assert.ok(fake.state.providers.some((p) => p.kind === 'hover'));
    await ended;
    await settle();
    ctx.dispose();
    assert.equal(fake.state.commands.size, 0, 'everything is disposed with the context');
  });

  it('without a started thread (no seed open) registers everything at once', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ext = require('../../src/extension') as typeof import('../../src/extension');
    const ctx = fake.extensionContext();
    assert.equal(ext.activate(ctx as never), undefined);
    assert.ok(fake.state.commands.has(CMD.nextQuote));
    ctx.dispose();
  });
});

describe('the bootstrap (dist/extension.js)', function () {
  this.timeout(60_000);
  let storage: string;
  beforeEach(() => {
    fake.reset();
    storage = tempDir();
  });
  afterEach(() => rmSync(storage, { recursive: true, force: true }));

  async function start(): Promise<{ codeCache: string | undefined; commands: number }> {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const boot = require(join(ROOT, 'dist', 'extension.js')) as { activate(c: unknown): Promise<void> | undefined; editorCodeCache?: string };
    const ed = fake.showEditor(fake.openDocument(SAMPLE));
    const ctx = Object.assign(fake.extensionContext(), { globalStorageUri: { fsPath: storage, scheme: 'file', path: storage } });
    const done = boot.activate(ctx);
    await firstHighlights(ed);
    await done;
    const out = { codeCache: boot.editorCodeCache, commands: fake.state.commands.size };
    // the editor's code cache is written shortly after the first highlights (first start)
    for (let i = 0; i < 100 && !existsSync(join(storage, EDITOR_CODE_CACHE_FILE)); i++) await new Promise((r) => setTimeout(r, 20));
    await settle();
    ctx.dispose();
    fake.reset();
    return out;
  }

  it('starts the worker, loads dist/editor.js, draws the highlights; the next start uses the code cache', async () => {
    const first = await start();
    assert.equal(first.codeCache, 'absent');
    assert.ok(first.commands > 20, `every feature is registered (${first.commands})`);
    assert.ok(existsSync(join(storage, EDITOR_CODE_CACHE_FILE)));
    const state = JSON.parse(readFileSync(`${storage}.state.json`, 'utf8')) as Record<string, string>;
    const bytes = readFileSync(join(storage, EDITOR_CODE_CACHE_FILE));
    assert.equal(state[EDITOR_CODE_CACHE_DIGEST], createHash('sha256').update(bytes).digest('hex'), 'its digest is recorded');
    const second = await start();
    assert.equal(second.codeCache, 'used');
    assert.equal(second.commands, first.commands);
    // A cache file that is not the one recorded is never used.
    writeFileSync(join(storage, EDITOR_CODE_CACHE_FILE), Buffer.concat([bytes.subarray(0, bytes.length - 1), Buffer.from([bytes[bytes.length - 1] ^ 1])]));
    const third = await start();
    assert.equal(third.codeCache, 'untrusted');
    rmSync(`${storage}.state.json`, { force: true });
  });
});
