// Corpus at scale (issue 16 targets): the persisted store (JSON Lines, read and written in slices, bad lines
// dropped), files not read again when their size and time did not change, several files in flight while indexing
// (a cancel drops what arrives after it), the Corpus view's counts taken from the index, shared strings and keys.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { CorpusIndex, summarize, type ArticleSummary } from '../../src/corpus';
import { compareActors } from '../../src/corpus/rank';
import { CorpusService, INDEX_CONCURRENCY, type CorpusHost } from '../../src/editor/corpus/corpusService';
import { entryLine, parseEntryLine, readStore, STORE_FORMAT, writeStore, type StoreEntry } from '../../src/editor/corpus/corpusStore';
import { CorpusModel } from '../../src/editor/corpus/corpusModel';
import { toRows, toRowsInSlices } from '../../src/editor/corpus/whoSaidWhatHtml';
import { generateCorpus } from '../../bench/corpusGen';
import { PLANTED } from './corpusFixtures';

const enc = new TextEncoder();

/** A workspace in memory whose files have a size and a modification time, and whose analyses can be held back. */
class StatHost implements CorpusHost {
  files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  stored: Uint8Array | undefined;
  reads: string[] = [];
  analysed: string[] = [];
  sidecars = new Map<string, string>();
  engineVersion = 'engine-1';
  /** Analyses running now, and the most at once. */
  running = 0;
  maxRunning = 0;
  /** When set, every analysis waits for this promise. */
  gate: Promise<void> | undefined;
  private clock = 1_700_000_000_000;
  constructor(docs: { name: string; text: string }[]) {
    for (const d of docs) this.put(d.name, d.text);
  }
  put(name: string, text: string, mtime?: number): string {
    const key = `file:///ws/${name}`;
    this.files.set(key, { bytes: enc.encode(text), mtime: mtime ?? (this.clock += 1000) });
    return key;
  }
  async listFiles() { return [...this.files.keys()]; }
  async size(f: string) { return this.file(f).bytes.length; }
  async stat(f: string) { const x = this.file(f); return { size: x.bytes.length, mtime: x.mtime }; }
  async read(f: string) { this.reads.push(f); return this.file(f).bytes; }
  async dependencies(f: string) { return this.sidecars.get(f) ?? ''; }
  private file(f: string) {
    const x = this.files.get(f);
    if (!x) throw new Error(`ENOENT ${f}`);
    return x;
  }
  async analyze(text: string, key: string) {
    this.analysed.push(key);
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    try {
      if (this.gate) await this.gate;
      await new Promise((r) => setImmediate(r));
      return analyze(text);
    } finally {
      this.running--;
    }
  }
  async load() { return this.stored; }
  async save(data: Uint8Array) { this.stored = data; }
  log() { /* not needed */ }
  maxBytes() { return 20 * 1024 * 1024; }
}

function entries(n: number): StoreEntry[] {
  return generateCorpus({ count: n, seed: 7 }).map((d, i) => ({ hash: `h${i}`, size: d.text.length, mtime: 1000 + i, summary: summarize(`file:///ws/${d.name}`, analyze(d.text), d.text) }));
}

describe('corpus at scale: the persisted store', () => {
  it('a line gives back the summary it was made from, and the store its entries, in order', async () => {
    const list = entries(12);
    for (const e of list) assert.deepEqual(parseEntryLine(entryLine(e)), e);
    const bytes = await writeStore('engine-1', list);
    const text = new TextDecoder().decode(bytes);
    assert.deepEqual(JSON.parse(text.split('\n')[0]), { format: STORE_FORMAT, engine: 'engine-1', articles: 12, speakers: 0, headLines: 0 });
    const back: StoreEntry[] = [];
    assert.deepEqual(await readStore(bytes, 'engine-1', (e) => back.push(e)), { ok: true, entries: 12, dropped: 0 });
    assert.deepEqual(back, list);
    // Text and bytes read alike; JSON objects would take about twice the bytes.
    const again: StoreEntry[] = [];
    await readStore(text, 'engine-1', (e) => again.push(e));
    assert.deepEqual(again, list);
    assert.ok(bytes.length < JSON.stringify(list).length * 0.75, `${bytes.length} vs ${JSON.stringify(list).length}`);
  });

  it('drops lines that do not check out, and refuses another format or engine', async () => {
    const [a, b] = entries(2);
    const bad = [
      '{"not": "an array"}',
      JSON.stringify(['f', 'h', null, null, null, null, null, [['id', 'Name', 'person', ['x'], null, 'one', null]], []]),
      JSON.stringify(['f', 'h', null, null, null, null, null, [], [['q0', null, 'text', 0, 'end', 'direct', null, 1]]]),
      JSON.stringify(['f', 'h', null, null, null, null, null, [['id', 'Name', 'person', [], null, 1, ['nope', 'x']]], []]),
      '[truncated',
    ];
    const text = [JSON.stringify({ format: STORE_FORMAT, engine: 'e' }), entryLine(a), ...bad, entryLine(b), ''].join('\n');
    const got: string[] = [];
    assert.deepEqual(await readStore(text, 'e', (e) => got.push(e.summary.file)), { ok: true, entries: 2, dropped: bad.length });
    assert.deepEqual(got, [a.summary.file, b.summary.file]);
    assert.deepEqual(await readStore(text, 'other', () => assert.fail('no entry of another engine')), { ok: false, reason: 'other engine' });
    assert.deepEqual(await readStore(text.replace(`"format":${STORE_FORMAT}`, '"format":1'), 'e', () => assert.fail()), { ok: false, reason: 'other engine' });
    assert.deepEqual(await readStore('{"format":', 'e', () => assert.fail()), { ok: false, reason: 'not valid' });
    assert.deepEqual(await readStore('[1,2]\n', 'e', () => assert.fail()), { ok: false, reason: 'not valid' });
  });

  it('reads and writes a large store in slices: other work of the thread runs in between', async () => {
    const one = entries(1)[0];
    const many = Array.from({ length: 6000 }, (_, i) => ({ ...one, hash: `h${i}`, summary: { ...one.summary, file: `file:///ws/${i}.seed` } }));
    let turns = 0;
    let ticking = true;
    const tick = () => { turns++; if (ticking) setImmediate(tick); };
    setImmediate(tick);
    const t0 = performance.now();
    const bytes = await writeStore('e', many);
    let n = 0;
    await readStore(bytes, 'e', () => n++);
    const ms = performance.now() - t0;
    ticking = false;
    assert.equal(n, many.length);
    // The work was cut into slices (of 8 ms each; the machine may be shared, so no closer bound on the wall clock).
    assert.ok(ms > 40, `${ms} ms: too little work to need slices`);
    assert.ok(turns >= 4, `${turns} turns in ${ms.toFixed(0)} ms`);
  });
});

describe('corpus at scale: indexing', () => {
  it('a reopen does not read files whose size and time did not change; a changed time, size or sidecar does', async () => {
    const host = new StatHost(PLANTED);
    const a = new CorpusService(host, 0);
    await a.indexAll();
    assert.equal(host.analysed.length, PLANTED.length);
    const b = new CorpusService(host, 0);
    await b.loadStore();
    assert.equal(b.index.size, PLANTED.length);
    host.reads = [];
    host.analysed = [];
    await b.indexAll();
    assert.deepEqual(host.reads, [], 'unchanged files are not read');
    assert.equal(b.reused, PLANTED.length);
    // Touched (same bytes, new time): read, found the same, not analysed; the new time is kept.
    const touched = host.put(PLANTED[0].name, PLANTED[0].text);
    // Changed bytes of the same size at the same time are not seen (as with git's stat check) — but a new time is.
    const changed = host.put(PLANTED[3].name, PLANTED[3].text.replace('stronger together', 'better together'));
    const sidecar = `file:///ws/${PLANTED[1].name}`;
    host.sidecars.set(sidecar, '{"corrections": []}');
    await b.indexAll();
    assert.deepEqual(host.reads.sort(), [touched, sidecar, changed].sort());
    assert.deepEqual(host.analysed.sort(), [`corpus:${sidecar}`, `corpus:${changed}`].sort());
    assert.ok([...b.index.records(changed)].some((r) => /better together/.test(r.text)));
    host.reads = [];
    await b.indexAll();
    assert.deepEqual(host.reads, []);
  });

  it(`analyses up to ${INDEX_CONCURRENCY} files at once, with the same index as one at a time`, async () => {
    const docs = generateCorpus({ count: 9, seed: 3 }).map((d) => ({ name: d.name, text: d.text }));
    const host = new StatHost(docs);
    let open!: () => void;
    host.gate = new Promise<void>((r) => (open = r));
    const s = new CorpusService(host, 0);
    const run = s.indexAll();
    while (host.running < INDEX_CONCURRENCY) await new Promise((r) => setImmediate(r));
    open();
    await run;
    assert.equal(host.maxRunning, INDEX_CONCURRENCY);
    const one = new CorpusIndex();
    for (const d of docs) one.set(summarize(`file:///ws/${d.name}`, analyze(d.text), d.text));
    assert.deepEqual(s.index.actors(), one.actors());
    assert.deepEqual([...s.index.records()].sort((x, y) => (x.file + x.quoteId < y.file + y.quoteId ? -1 : 1)), [...one.records()].sort((x, y) => (x.file + x.quoteId < y.file + y.quoteId ? -1 : 1)));
  });

  it('a cancel drops the analyses that arrive after it', async () => {
    const host = new StatHost(PLANTED);
    let open!: () => void;
    host.gate = new Promise<void>((r) => (open = r));
    const s = new CorpusService(host, 0);
    const run = s.indexAll();
    while (host.running < INDEX_CONCURRENCY) await new Promise((r) => setImmediate(r));
    s.cancel();
    open();
    await run;
    assert.equal(s.index.size, 0);
    assert.equal(s.state.done, 0);
    assert.ok(s.state.cancelled);
  });
});

describe('corpus at scale: the index and the view', () => {
  it("the view's counts without a filter are those of the quotes themselves", async () => {
    const host = new StatHost([...PLANTED, ...generateCorpus({ count: 30, seed: 11 })]);
    const s = new CorpusService(host, 0);
    await s.indexAll();
    const m = new CorpusModel(s.index);
    const actors = m.actorNodes();
    assert.ok(actors.length > 10);
    for (const n of actors) {
      if (n.type !== 'actor') continue;
      const qs = s.index.quotesOf(n.actor.speakerId);
      assert.equal(n.quotes, qs.length, n.actor.name);
      assert.equal(n.articles, new Set(qs.map((q) => q.file)).size, n.actor.name);
    }
    for (const n of m.articleNodes()) if (n.type === 'article') assert.equal(n.quotes, [...s.index.records(n.article.file)].length);
  });

  it('articles share equal names, roles and identity keys', () => {
    const docs = generateCorpus({ count: 40, seed: 5 });
    const index = new CorpusIndex();
    for (const d of docs) index.set(summarize(d.name, analyze(d.text), d.text));
    const byId = new Map<string, object>();
    let shared = 0;
    for (const f of index.files()) {
      for (const a of index.get(f)!.actors) {
        if (!a.key || a.key.kind === 'group') continue;
        const had = byId.get(`${a.key.kind}${a.key.id}`);
        if (had) {
          assert.equal(had, a.key);
          shared++;
        } else byId.set(`${a.key.kind}${a.key.id}`, a.key);
      }
    }
    assert.ok(shared > 20, `${shared} keys shared`);
  });

  it('Who said what rows made in slices are the rows made at once; a page closed meanwhile stops them', async () => {
    const index = new CorpusIndex();
    for (const d of generateCorpus({ count: 150, seed: 9 })) index.set(summarize(d.name, analyze(d.text), d.text));
    const all = toRows(index.records());
    assert.ok(all.rows.length > 300, `${all.rows.length} rows`);
    assert.deepEqual(await toRowsInSlices(index.records(), () => false, 0), all);
    let asked = 0;
    assert.equal(await toRowsInSlices(index.records(), () => ++asked > 0, 0), undefined);
    assert.equal(asked, 1);
  });

  it('the ranking kept from build to build is the ranking made afresh, through adds, changes and removes', () => {
    const docs = generateCorpus({ count: 60, seed: 21 }).map((d) => summarize(d.name, analyze(d.text), d.text));
    const index = new CorpusIndex();
    const live = new Map<string, ArticleSummary>();
    let seed = 5;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let step = 0; step < 120; step++) {
      const d = docs[Math.floor(rnd() * docs.length)];
      if (live.has(d.file) && rnd() < 0.4) {
        index.delete(d.file);
        live.delete(d.file);
      } else {
        index.set(d);
        live.set(d.file, d);
      }
      if (step % 7 !== 0) continue;
      const fresh = new CorpusIndex();
      for (const x of live.values()) fresh.set(x);
      const ranked = index.actors();
      assert.deepEqual(ranked, fresh.actors());
      assert.deepEqual(ranked, [...ranked].sort(compareActors));
    }
  });
});
