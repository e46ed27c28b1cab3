// The start-up path of the first highlights (issue 7): the worker's V8 code cache in the extension's global storage,
// the packed lexicon the worker loads, small results in one message, and the startup breakdown the worker reports.
// Functional only: no timing assertions (speed is measured by `npm run bench`).
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32 } from 'node:zlib';
import { createHash } from 'node:crypto';
import * as vm from 'node:vm';
import Module from 'node:module';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/engine';
import { deserializeLexicon, lexicon, PackedWordMap, serializeLexicon, type Lexicon } from '../../src/engine/lexicon';
import { AnalysisWorker } from '../../src/worker/node/client';
import { LAYERS, PART_CELLS, totalCells } from '../../src/worker/protocol';
import { AnalysisService, LARGE_DOCUMENT, PREVIEW_MIN, type AnalysisChange } from '../../src/editor/analysisService';
import * as fake from './fakes/vscode';
import { ROOT, SAMPLE } from './fakes/sample';
import type * as vscode from 'vscode';

const WORKER = join(ROOT, 'dist', 'worker.js');
const CACHE = 'worker.v8cache';
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function fresh(text: string) {
  return createAnalyzer().analyze(text);
}

/** Waits (without any time limit of its own: mocha's timeout bounds it) until `ok()` holds. */
async function until(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((r) => setTimeout(r, 10));
}

describe('packed lexicon (what dist/seed-lexicon.json holds)', () => {
  const built = lexicon();
  const packed = deserializeLexicon(JSON.parse(JSON.stringify(serializeLexicon(built))));

  it('round-trips every word set exactly, in order', () => {
    for (const k of Object.keys(built) as (keyof Lexicon)[]) {
      if (k === 'common') continue;
      assert.deepEqual([...(packed[k] as Set<string>)], [...(built[k] as Set<string>)], k);
    }
  });

  it('answers every look-up of the common-word map as the built Map does', () => {
    const serial = serializeLexicon(built).common;
    let map = new PackedWordMap(serial);
    const probes = ['', 'a', 'zzzz', 'the', 'The', 'said', 'clark', 'é', 'naïve', 'a\nb', 'constructor', '__proto__', 'toString'];
    for (const w of built.common.keys()) probes.push(w, w + 's', w.slice(0, -1), w.toUpperCase());
    // Every word and its near misses, on the packed path (a new map before each could have become a real Map).
    for (let i = 0; i < probes.length; i++) {
      if (i % 1000 === 0) map = new PackedWordMap(serial);
      const w = probes[i];
      assert.equal(map.has(w), built.common.has(w), w);
      assert.equal(map.get(w), built.common.get(w), w);
    }
    // A non-string key is simply absent, as in a Map.
    assert.equal(map.get(undefined as unknown as string), undefined);
    assert.equal(map.has(42 as unknown as string), false);
  });

  it('becomes a real Map after many look-ups, and on iteration, size or change — same contents', () => {
    const serial = serializeLexicon(built).common;
    let swapped: Map<string, string> | undefined;
    const many = new PackedWordMap(serial, (m) => (swapped = m));
    const words = [...built.common.keys()];
    for (let i = 0; i < 5000; i++) many.get(words[i % words.length]);
    assert.ok(swapped === many, 'materialised after a few thousand look-ups');
    assert.equal(many.size, built.common.size);
    for (const w of words.slice(0, 500)) assert.equal(many.get(w), built.common.get(w));

    const iterated = new PackedWordMap(serial);
    assert.deepEqual(new Map([...iterated].sort()), new Map([...built.common].sort()));
    const sized = new PackedWordMap(serial);
    assert.equal(sized.size, built.common.size);
    const changed = new PackedWordMap(serial);
    changed.set('zzqx', 'Noun');
    assert.equal(changed.get('zzqx'), 'Noun');
    assert.equal(changed.get(words[0]), built.common.get(words[0]));
    assert.equal(changed.delete(words[0]), true);
    assert.equal(changed.has(words[0]), false);
  });

  it('swaps the real Map into the lexicon once built (readers fetch lex.common each time)', () => {
    const lex = deserializeLexicon(serializeLexicon(built));
    const before = lex.common;
    assert.ok(before instanceof PackedWordMap);
    void before.size; // materialises
    assert.ok(!(lex.common instanceof PackedWordMap), 'a plain Map now');
    assert.deepEqual(new Map([...lex.common].sort()), new Map([...built.common].sort()));
  });

  it('still reads the older forms of the file (sets as arrays; pairs; words + index)', () => {
    const arrays = Object.fromEntries(Object.entries(built).map(([k, v]) => [k, v instanceof Set ? [...v] : serializeLexicon(built).common]));
    const v3 = deserializeLexicon({ ...arrays, v: 3 } as unknown as Parameters<typeof deserializeLexicon>[0]);
    for (const k of Object.keys(built) as (keyof Lexicon)[]) if (k !== 'common') assert.deepEqual([...(v3[k] as Set<string>)], [...(built[k] as Set<string>)], k);
    const pairs = { ...serializeLexicon(built), common: [...built.common] } as unknown as Parameters<typeof deserializeLexicon>[0];
    assert.deepEqual([...deserializeLexicon(pairs).common], [...built.common]);
    const words = [...built.common.keys()];
    const tags = [...new Set(built.common.values())];
    const index = words.map((w) => String.fromCharCode(48 + tags.indexOf(built.common.get(w)!))).join('');
    const v2 = { ...serializeLexicon(built), common: { words, tags, index } };
    assert.deepEqual([...deserializeLexicon(v2 as unknown as Parameters<typeof deserializeLexicon>[0]).common], [...built.common]);
    const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const packedV3 = { ...serializeLexicon(built), common: { text: sorted.join('\n'), tags, index: sorted.map((w) => String.fromCharCode(48 + tags.indexOf(built.common.get(w)!))).join('') } };
    assert.deepEqual(new Map([...deserializeLexicon(packedV3 as unknown as Parameters<typeof deserializeLexicon>[0]).common].sort()), new Map([...built.common].sort()));
  });

  it('the built dist/ files carry the packed form', () => {
    const file = join(ROOT, 'dist', 'seed-lexicon.json');
    assert.ok(existsSync(file), 'dist/seed-lexicon.json is missing: run `node esbuild.mjs` (npm run test:unit does)');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { v?: number; common?: { text?: unknown }; maleNames?: unknown };
    assert.equal(json.v, 4);
    assert.equal(typeof json.common?.text, 'string');
    assert.equal(typeof json.maleNames, 'string');
  });
});

describe('worker start-up: code cache and breakdown (dist/worker.js)', function () {
  this.timeout(60_000);
  let dir: string;
  /** A copy of the built worker (bundle and its data files), so that a rebuild of dist/ meanwhile changes nothing here. */
  let bundleDir: string;
  let WORKER_COPY: string;
  const workers: AnalysisWorker[] = [];
  /** Where the digest of the cache is recorded (the extension's globalState). */
  let store: { digest?: string };
  const start = (cacheDir?: string) => {
    const own = store; // this test's
    const w = new AnalysisWorker(WORKER_COPY, undefined, cacheDir, { codeCacheDigest: own.digest, onCodeCacheWritten: (d) => (own.digest = d) });
    workers.push(w);
    return w;
  };
  before(function () {
    if (!existsSync(WORKER)) throw new Error('dist/worker.js is missing: run `node esbuild.mjs` (npm run test:unit does)');
    bundleDir = mkdtempSync(join(tmpdir(), 'seed-reader-bundle-'));
    for (const f of readdirSync(join(ROOT, 'dist'))) if (/^(worker\.js|.*\.json)$/.test(f)) copyFileSync(join(ROOT, 'dist', f), join(bundleDir, f));
    WORKER_COPY = join(bundleDir, 'worker.js');
  });
  after(() => rmSync(bundleDir, { recursive: true, force: true }));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-reader-startup-'));
    store = {};
  });
  afterEach(() => {
    for (const w of workers.splice(0)) w.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a code cache after the first analysis and compiles from it on the next start, with the same results', async () => {
    const first = start(dir);
    assert.deepEqual(await first.analyze('a', SAMPLE), fresh(SAMPLE));
    assert.equal(first.startup?.codeCache, 'absent');
    await until(() => existsSync(join(dir, CACHE)) && store.digest !== undefined);
    const bytes = readFileSync(join(dir, CACHE));
    assert.equal(store.digest, sha256(bytes), 'its SHA-256 is recorded');
    const bundle = readFileSync(WORKER_COPY);
    assert.equal(bytes.readUInt32LE(0), bundle.length, 'the cache starts with the bundle it belongs to');
    assert.ok(bytes.subarray(8, 8 + bundle.length).equals(bundle));
    assert.ok(bytes.length > 8 + bundle.length, 'V8 data follows');
    assert.equal(bytes.readUInt32LE(4), crc32(bytes.subarray(8 + bundle.length)), 'with its CRC-32');

    const second = start(dir);
    const edited = SAMPLE.replace('Mr. Clark said', 'Mr. Clark told reporters');
    assert.deepEqual(await second.analyze('b', edited), fresh(edited));
    assert.equal(second.startup?.codeCache, 'used');
  });

  it('uses no cache whose SHA-256 is not the one recorded: planted, damaged, or written before the digest existed', async () => {
    const bundle = readFileSync(WORKER_COPY);
    const cacheOf = (src: Buffer, v8data: Buffer, crc = crc32(v8data)) => {
      const head = Buffer.alloc(8);
      head.writeUInt32LE(src.length, 0);
      head.writeUInt32LE(crc, 4);
      return Buffer.concat([head, src, v8data]);
    };
    // A file there but no digest recorded: not used, and replaced by a good cache whose digest is recorded.
    writeFileSync(join(dir, CACHE), cacheOf(Buffer.from('abc'), Buffer.alloc(64, 7)));
    const w1 = start(dir);
    assert.deepEqual(await w1.analyze('a', SAMPLE), fresh(SAMPLE));
    assert.equal(w1.startup?.codeCache, 'untrusted');
    await until(() => readFileSync(join(dir, CACHE)).readUInt32LE(0) === bundle.length && store.digest !== undefined);
    const good = readFileSync(join(dir, CACHE));
    assert.equal(store.digest, sha256(good));

    // One byte of V8's data flipped: the digest catches it before V8 sees it.
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100] ^= 0xff;
    writeFileSync(join(dir, CACHE), flipped);
    const w2 = start(dir);
    assert.deepEqual(await w2.analyze('a', SAMPLE), fresh(SAMPLE));
    assert.equal(w2.startup?.codeCache, 'untrusted');
    await until(() => !readFileSync(join(dir, CACHE)).equals(flipped)); // w2 writes a good cache in its place
    await until(() => store.digest === sha256(readFileSync(join(dir, CACHE))));

    // Recorded, but of another bundle (the extension was updated): not used.
    for (const w of workers.splice(0)) w.dispose();
    const other = cacheOf(Buffer.from('abc'), Buffer.alloc(64, 7));
    writeFileSync(join(dir, CACHE), other);
    store.digest = sha256(other);
    const w3 = start(dir);
    assert.deepEqual(await w3.analyze('a', SAMPLE), fresh(SAMPLE));
    assert.equal(w3.startup?.codeCache, 'absent');
    await until(() => store.digest !== sha256(other));

    // Recorded, intact, but not V8's bytes (as from another V8): V8 refuses them, the bundle compiles as usual.
    for (const w of workers.splice(0)) w.dispose(); // none of them writes a cache meanwhile
    const junk = cacheOf(bundle, Buffer.alloc(4096, 0x5a));
    writeFileSync(join(dir, CACHE), junk);
    store.digest = sha256(junk);
    const w4 = start(dir);
    assert.deepEqual(await w4.analyze('a', SAMPLE), fresh(SAMPLE));
    assert.equal(w4.startup?.codeCache, 'rejected', `file ${sha256(readFileSync(join(dir, CACHE)))}, written ${sha256(junk)}, recorded ${store.digest}`);
  });

  it('a planted cache (V8 data of other code, with the right bundle, length and CRC-32) never runs', async () => {
    // V8 checks a cache against the source's length only: bytecode compiled from other code of the same length runs in
    // place of the bundle. Such a file, planted where a good cache was (whose digest is recorded), is refused.
    const first = start(dir);
    await first.analyze('a', SAMPLE);
    await until(() => existsSync(join(dir, CACHE)));
    store.digest = sha256(readFileSync(join(dir, CACHE))); // as the extension records it
    const bundle = readFileSync(WORKER_COPY);
    const src = bundle.toString('utf8');
    // (The handler in parentheses is compiled eagerly, so its bytecode is in the cache too.)
    let evil = "require('node:worker_threads').parentPort.on('message', (function (m) { if (m && m.type === 'analyze') " +
      "require('node:worker_threads').parentPort.postMessage({ type: 'error', id: m.id, message: 'planted code ran' }); }));";
    evil += ' '.repeat(src.length - evil.length - 4);
    evil = `${evil}/**/`;
    assert.equal(evil.length, src.length);
    const v8data = new vm.Script((Module as unknown as { wrap(s: string): string }).wrap(evil), { filename: WORKER_COPY }).createCachedData();
    const head = Buffer.alloc(8);
    head.writeUInt32LE(bundle.length, 0);
    head.writeUInt32LE(crc32(v8data), 4);
    writeFileSync(join(dir, CACHE), Buffer.concat([head, bundle, v8data]));
    const w = start(dir);
    assert.deepEqual(await w.analyze('a', SAMPLE), fresh(SAMPLE));
    assert.equal(w.startup?.codeCache, 'untrusted');
  });

  it('works without a cache folder, and when the folder cannot be written', async () => {
    const none = start();
    assert.deepEqual(await none.analyze('a', SAMPLE), fresh(SAMPLE));
    assert.equal(none.startup?.codeCache, 'off');
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const w = start(join(blocked, 'cache'));
    assert.deepEqual(await w.analyze('a', SAMPLE), fresh(SAMPLE));
    assert.deepEqual(await w.analyze('a', SAMPLE + '\nOne more line, she said.'), fresh(SAMPLE + '\nOne more line, she said.'));
  });

  it('reports where its first result spent its time, once, in order', async () => {
    const w = start(dir);
    await w.analyze('a', SAMPLE);
    const t = w.startup;
    assert.ok(t, 'a startup trace');
    const marks = [t.spawnAt, t.spawnedAt, t.bootAt!, t.loadedAt, t.startedAt, t.analysedAt, t.receivedAt];
    assert.ok(marks.every((m) => typeof m === 'number' && Number.isFinite(m)), JSON.stringify(t));
    for (let i = 1; i < marks.length; i++) assert.ok(marks[i] >= marks[i - 1] - 1, `mark ${i} in order: ${JSON.stringify(t)}`);
    assert.ok(t.postedAt !== undefined && t.postedAt >= t.spawnAt);
    assert.equal(t.lexiconSource, 'prebuilt');
    assert.ok(typeof t.lexiconMs === 'number' && t.lexiconMs >= 0);
    await w.analyze('a', SAMPLE + '\nAgain.');
    assert.equal(w.startup, t, 'only the first result is traced');
  });

  it('a warm-up first is traced too; the trace hook hears of it', async () => {
    const heard: unknown[] = [];
    const key = Symbol.for('seedReader.startupTrace');
    (globalThis as Record<symbol, unknown>)[key] = (x: unknown) => heard.push(x);
    try {
      const w = start(dir);
      await w.warm();
      await until(() => w.startup !== undefined);
      assert.equal(heard.length, 1);
      assert.equal(heard[0], w.startup);
      assert.deepEqual(await w.analyze('a', SAMPLE), fresh(SAMPLE));
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
  });

  it('a small result comes whole and a large one in parts: the same analysis, layers last in one key order', async () => {
    const w = start();
    const small = await w.analyze('s', SAMPLE);
    const lines = SAMPLE.split('\n');
    const big = [...lines, ...Array.from({ length: 400 }, (_, i) => `${lines[3 + (i % (lines.length - 3))]} (${i})`)].join('\n');
    assert.ok(totalCells(fresh(SAMPLE)) <= PART_CELLS && totalCells(fresh(big)) > PART_CELLS, 'one small, one large');
    const large = await w.analyze('l', big);
    assert.deepEqual(small, fresh(SAMPLE));
    assert.deepEqual(large, fresh(big));
    const order = (a: object) => Object.keys(a).slice(-LAYERS.length);
    assert.deepEqual(order(small), [...LAYERS]);
    assert.deepEqual(Object.keys(small), Object.keys(large));
  });
});

/** A seed of at least `minChars`: the sample's body paragraphs, numbered so that no two paragraphs are equal. */
function seedOf(minChars: number): string {
  const body = SAMPLE.split('\n').slice(3).filter((p) => p.trim());
  const out = SAMPLE.split('\n').slice(0, 3);
  let n = 0;
  while (out.join('\n').length < minChars) out.push(`${body[n % body.length]} (${++n})`);
  return out.join('\n') + '\n';
}

describe('AnalysisService: a medium-sized seed is previewed on its first analysis', function () {
  this.timeout(60_000);
  type Doc = vscode.TextDocument;
  beforeEach(() => fake.reset());

  it('publishes the visible paragraphs first, then the whole analysis; not again after an edit; no progress', async () => {
    const s = new AnalysisService({ client: new AnalysisWorker(WORKER), progressDelayMs: 0 });
    const text = seedOf(PREVIEW_MIN * 3);
    assert.ok(text.length < LARGE_DOCUMENT);
    const doc = fake.openDocument(text);
    const ed = fake.showEditor(doc);
    ed.visibleRanges = [new fake.Range(0, 0, 30, 0)];
    const changes: AnalysisChange[] = [];
    const progress: (number | undefined)[] = [];
    s.onDidChangeAnalysis((e) => {
      changes.push(e);
      if (e.preview) assert.equal(s.isPreview(doc as unknown as Doc), true);
    });
    s.onDidChangeProgress((e) => progress.push(e.size));
    const full = await s.get(doc as unknown as Doc);
    assert.ok(full);
    assert.deepEqual(changes.map((c) => !!c.preview), [true, false]);
    const pre = changes[0].analysis;
    assert.ok(pre.paragraphs.length > 0 && pre.paragraphs.length < full.paragraphs.length, 'the preview covers the visible part only');
    for (const p of pre.paragraphs) assert.deepEqual(p, full.paragraphs[p.index]);
    for (const e of pre.entities) assert.equal(text.slice(e.start, e.end), e.text);
    assert.deepEqual(full, fresh(text));
    assert.deepEqual(progress, [], 'no status-bar progress below LARGE_DOCUMENT');

    changes.length = 0;
    const edited = text.replace('Mr. Clark said', 'Mr. Clark told reporters');
    doc.setText(edited);
    assert.deepEqual(await s.get(doc as unknown as Doc), fresh(edited));
    assert.deepEqual(changes.map((c) => !!c.preview), [false]);
    s.dispose();
  });

  it('no preview when the editor shows most of the text, or the seed is small', async () => {
    const s = new AnalysisService({ client: new AnalysisWorker(WORKER) });
    const changes: AnalysisChange[] = [];
    s.onDidChangeAnalysis((e) => changes.push(e));
    const medium = fake.openDocument(seedOf(PREVIEW_MIN * 3));
    const ed = fake.showEditor(medium);
    ed.visibleRanges = [new fake.Range(0, 0, medium.lineCount - 1, 0)];
    await s.get(medium as unknown as Doc);
    const small = fake.openDocument(SAMPLE);
    fake.showEditor(small);
    await s.get(small as unknown as Doc);
    assert.deepEqual(changes.map((c) => !!c.preview), [false, false]);
    s.dispose();
  });
});
