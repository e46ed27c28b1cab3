// Corpus reopen and redraws without long blocks (issue 16): the index built in slices (buildStep, settle), the
// store's head (format 3: the ranked speakers ready-made, read before the articles), the view drawn from it while the
// articles load, and older or damaged stores read or ignored cleanly.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { CorpusIndex, summarize, type ArticleSummary } from '../../src/corpus';
import { CorpusService, type CorpusHost } from '../../src/editor/corpus/corpusService';
import { entryLine, HEAD_ROWS, readStore, STORE_FORMAT, writeStore, type StoreEntry, type StoreHead } from '../../src/editor/corpus/corpusStore';
import { CorpusModel, type CorpusNode } from '../../src/editor/corpus/corpusModel';
import { corpusMessage, treeItemOf } from '../../src/editor/corpus/corpusTree';
import { generateCorpus } from '../../bench/corpusGen';
import { PLANTED } from './corpusFixtures';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Generated articles (CC-BY fixtures recombined) and the planted ones, summarised. */
function summaries(n: number, seed = 5): ArticleSummary[] {
  const docs = [...PLANTED, ...generateCorpus({ count: n, seed })];
  return docs.map((d) => summarize(`file:///ws/${d.name}`, analyze(d.text), d.text));
}

/** A workspace in memory with sizes and times, and a store. */
class Host implements CorpusHost {
  files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  stored: Uint8Array | string | undefined;
  analysed: string[] = [];
  logs: string[] = [];
  engineVersion = 'engine-1';
  constructor(docs: { name: string; text: string }[]) {
    docs.forEach((d, i) => this.files.set(`file:///ws/${d.name}`, { bytes: enc.encode(d.text), mtime: 1_700_000_000_000 + i }));
  }
  async listFiles() { return [...this.files.keys()]; }
  async size(f: string) { return this.file(f).bytes.length; }
  async stat(f: string) { const x = this.file(f); return { size: x.bytes.length, mtime: x.mtime }; }
  async read(f: string) { return this.file(f).bytes; }
  private file(f: string) {
    const x = this.files.get(f);
    if (!x) throw new Error(`ENOENT ${f}`);
    return x;
  }
  async analyze(text: string, key: string) { this.analysed.push(key); return analyze(text); }
  async load() { return this.stored; }
  async save(data: Uint8Array) { this.stored = data; }
  log(line: string) { this.logs.push(line); }
  maxBytes() { return 20 * 1024 * 1024; }
}

const names = (list: { speakerId: string }[]) => list.map((a) => a.speakerId);

describe('corpus: the index built in slices', () => {
  it('buildStep, one identity at a time, gives the same actors and ranking as one build, with changes in between', () => {
    const all = summaries(40);
    const whole = new CorpusIndex();
    for (const s of all) whole.set(s);
    const sliced = new CorpusIndex();
    let steps = 0;
    all.forEach((s, i) => {
      sliced.set(s);
      // A step now and then while articles arrive (as the view's settle does between batches).
      if (i % 7 === 0) {
        sliced.buildStep(() => true);
        steps++;
      }
    });
    // Removing and re-adding an article between steps too.
    sliced.delete(all[3].file);
    sliced.buildStep(() => true);
    sliced.set(all[3]);
    assert.equal(sliced.isBuilt, false);
    let n = 0;
    while (!sliced.buildStep(() => true)) n++;
    assert.ok(n > 10, `${n} steps: one identity each`);
    assert.ok(steps > 5);
    assert.ok(sliced.isBuilt);
    assert.deepEqual(sliced.actors(), whole.actors());
    assert.deepEqual(names(sliced.speakers()), names(whole.speakers()));
    // A step on a built index does nothing and says so.
    assert.equal(sliced.buildStep(() => true), true);
  });

  it('settle() builds a large index over several turns of the event loop; a view drawn afterwards builds nothing', async () => {
    const host = new Host([]);
    const s = new CorpusService(host, 0);
    const base = summaries(30, 9);
    // 3,000 articles: the same summaries under other file names, every identity of each copy its own (tens of
    // thousands of identities: far more than one slice of work).
    for (let i = 0; i < 3000; i++) {
      const b = base[i % base.length];
      const actors = b.actors.map((a) => ({ ...a, key: a.key && a.key.kind !== 'group' ? { ...a.key, id: `${a.key.id}-${i}` } : a.key }));
      s.index.set({ ...b, file: `file:///ws/${i}.seed`, actors, quotes: b.quotes.map((q) => ({ ...q })) });
    }
    let turns = 0;
    let ticking = true;
    const tick = () => { turns++; if (ticking) setImmediate(tick); };
    setImmediate(tick);
    const t0 = performance.now();
    await Promise.all([s.settle(), s.settle()]);
    const ms = performance.now() - t0;
    ticking = false;
    assert.ok(s.index.isBuilt);
    assert.ok(turns >= 2, `${turns} turns in ${ms.toFixed(0)} ms`);
    const fresh = new CorpusIndex();
    for (const f of s.index.files()) fresh.set(s.index.get(f)!);
    assert.deepEqual(names(s.index.speakers()), names(fresh.speakers()));
    // Built: settle() is done at once.
    await s.settle();
  });
});

describe('corpus: the store head (format 3)', () => {
  it('the header says how many articles and speakers; the head lines give the ranked speakers before any article', async () => {
    const index = new CorpusIndex();
    const list: StoreEntry[] = summaries(150).map((summary, i) => ({ hash: `h${i}`, summary }));
    for (const e of list) index.set(e.summary);
    const speakers = index.speakers();
    assert.ok(speakers.length > HEAD_ROWS, `${speakers.length} speakers: more than one head line`);
    const bytes = await writeStore('e', list, 0, speakers);
    // The buffer is sized from the first article lines, not from the head lines before them.
    assert.ok(bytes.buffer.byteLength < bytes.length * 1.5, `${bytes.buffer.byteLength} bytes allocated for ${bytes.length}`);
    const lines = dec.decode(bytes).split('\n').filter(Boolean);
    const header = JSON.parse(lines[0]);
    assert.deepEqual(header, { format: STORE_FORMAT, engine: 'e', articles: list.length, speakers: speakers.length, headLines: Math.ceil(speakers.length / HEAD_ROWS) });
    assert.equal(lines.length, 1 + header.headLines + list.length);
    const events: string[] = [];
    let head: StoreHead | undefined;
    const r = await readStore(bytes, 'e', (e) => events.push(e.summary.file), (h) => { head = h; events.push('head'); });
    assert.deepEqual(r, { ok: true, entries: list.length, dropped: 0 });
    assert.equal(events[0], 'head');
    assert.equal(events.length, 1 + list.length);
    assert.deepEqual(head, { articles: list.length, speakers });
  });

  it('a format 2 store (no head) is still read; a damaged head is no head, the articles are still read', async () => {
    const list: StoreEntry[] = summaries(4).map((summary, i) => ({ hash: `h${i}`, summary }));
    const v2 = [JSON.stringify({ format: 2, engine: 'e' }), ...list.map(entryLine), ''].join('\n');
    let heads = 0;
    const got: string[] = [];
    assert.deepEqual(await readStore(v2, 'e', (e) => got.push(e.summary.file), () => heads++), { ok: true, entries: list.length, dropped: 0 });
    assert.equal(heads, 0);
    assert.deepEqual(got, list.map((e) => e.summary.file));
    const index = new CorpusIndex();
    for (const e of list) index.set(e.summary);
    const good = dec.decode(await writeStore('e', list, 0, index.speakers())).split('\n');
    const damaged = [
      // a speaker row that does not check out
      [good[0], good[1].replace(/"quotes"|,\d+,/, ',"many",'), ...good.slice(2)],
      // a head line that is not JSON
      [good[0], '{"speakers": [', ...good.slice(2)],
      // fewer speakers than the header says
      [good[0].replace(/"speakers":\d+/, '"speakers":999'), ...good.slice(1)],
      // the head lines cut off (the store ends after the header)
      [good[0]],
    ];
    for (const lines of damaged) {
      let head = 0;
      const files: string[] = [];
      const r = await readStore(lines.join('\n'), 'e', (e) => files.push(e.summary.file), () => head++);
      assert.equal(r.ok, true);
      assert.equal(head, 0, lines[1]?.slice(0, 80));
      if (lines.length > 1) assert.deepEqual(files, list.map((e) => e.summary.file));
    }
    // Another format altogether: ignored.
    assert.deepEqual(await readStore(v2.replace('"format":2', '"format":1'), 'e', () => assert.fail()), { ok: false, reason: 'other engine' });
    assert.deepEqual(await readStore(v2.replace('"format":2', '"format":4'), 'e', () => assert.fail()), { ok: false, reason: 'other engine' });
  });
});

describe('corpus: reopen shows the view from the head', () => {
  const docs = [...PLANTED, ...generateCorpus({ count: 25, seed: 21 })];

  it('the view shows every speaker ranked with its counts before the articles are in, then the same from the index', async () => {
    const host = new Host(docs);
    const a = new CorpusService(host, 0);
    await a.indexAll();
    const before = a.index.speakers();
    const b = new CorpusService(host, 0);
    const seen: { items: CorpusNode[]; articles: number; message: string | undefined }[] = [];
    b.onDidChange(() => {
      if (!b.preview) return;
      const m = new CorpusModel(b.index, '', 200, b.preview);
      const [actors, articles] = m.children();
      assert.equal(articles.type === 'group' && articles.description, String(docs.length));
      seen.push({ items: m.children(actors), articles: b.index.size, message: corpusMessage(b, '') });
    });
    await b.loadStore();
    assert.equal(seen.length, 1, 'the head is shown once, before the articles');
    assert.equal(seen[0].articles, 0);
    assert.match(seen[0].message ?? '', new RegExp(`Loading the stored index… · ${docs.length} articles`));
    const shown = seen[0].items.filter((n): n is Extract<CorpusNode, { type: 'actor' }> => n.type === 'actor');
    assert.deepEqual(shown.map((n) => n.actor), before);
    assert.deepEqual(shown.map((n) => [n.quotes, n.articles]), before.map((x) => [x.quotes, x.quotedArticles]));
    // Loaded: no head any more, the index built, the same ranking; nothing was analysed again.
    assert.equal(b.preview, undefined);
    assert.ok(b.index.isBuilt);
    assert.deepEqual(b.index.speakers(), before);
    assert.deepEqual(host.analysed.length, docs.length);
    assert.equal(b.state.ready, true);
  });

  it('while the head shows, what needs the articles says it is loading (also with a filter); pages still work', () => {
    const index = new CorpusIndex();
    for (const s of summaries(30, 2)) index.set(s);
    const speakers = index.speakers();
    const preview = { articles: 99, speakers };
    const m = new CorpusModel(new CorpusIndex(), '', 5, preview);
    const [actors, articles] = m.children();
    assert.equal(actors.type === 'group' && actors.description, String(speakers.length));
    assert.equal(articles.type === 'group' && articles.description, '99');
    const page = m.children(actors);
    assert.equal(page.length, 6);
    const more = page[5];
    assert.equal(more.type, 'more');
    assert.deepEqual(m.children(more).slice(0, 5).map((n) => n.type === 'actor' && n.actor.speakerId), names(speakers.slice(5, 10)));
    for (const n of [articles, page[0]]) {
      const [only, ...rest] = m.children(n);
      assert.equal(rest.length, 0);
      assert.equal(only.type === 'info' && only.loading, true);
      assert.equal(treeItemOf(only).label, 'Loading the stored corpus index…');
    }
    const filtered = new CorpusModel(new CorpusIndex(), 'minister', 5, preview);
    const [fa] = filtered.children();
    assert.equal(fa.type === 'group' && fa.description, '…');
    assert.equal(filtered.children(fa)[0].type, 'info');
  });

  it('an old (format 2) store reopens without analysing anything again; a corrupt one is rebuilt', async () => {
    const host = new Host(docs);
    const a = new CorpusService(host, 0);
    await a.indexAll();
    const lines = dec.decode(host.stored as Uint8Array).split('\n');
    const header = JSON.parse(lines[0]) as { headLines: number };
    host.stored = enc.encode([JSON.stringify({ format: 2, engine: 'engine-1' }), ...lines.slice(1 + header.headLines)].join('\n'));
    const b = new CorpusService(host, 0);
    let previews = 0;
    b.onDidChange(() => { if (b.preview) previews++; });
    await b.loadStore();
    assert.equal(previews, 0);
    assert.equal(b.index.size, docs.length);
    host.analysed = [];
    await b.indexAll();
    assert.deepEqual(host.analysed, []);
    // Written again in the new format.
    assert.equal(JSON.parse(dec.decode(host.stored as Uint8Array).split('\n')[0]).format, STORE_FORMAT);
    host.stored = '{"format":3,"engine":"engine-1","articles":3,"speakers":2,"headLines":1}\n[[[';
    const c = new CorpusService(host, 0);
    await c.loadStore();
    assert.equal(c.preview, undefined);
    assert.equal(c.index.size, 0);
    await c.indexAll();
    assert.equal(c.index.size, docs.length);
  });
});

describe('corpus: Who said what rows out of the page HTML', () => {
  it('the page is sent without rows; they are made in slices and posted, and posted again when the page reloads', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const vscode = require('./fakes/vscode') as typeof import('./fakes/vscode');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { WhoSaidWhatPanel } = require('../../src/editor/corpus/whoSaidWhatPanel') as typeof import('../../src/editor/corpus/whoSaidWhatPanel');
    vscode.reset();
    const host = new Host([...PLANTED, ...generateCorpus({ count: 10, seed: 4 })]);
    const s = new CorpusService(host, 0);
    await s.indexAll();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const panel = new WhoSaidWhatPanel(vscode.Uri.parse('file:///ext') as any, s);
    try {
      panel.show();
      const fake = vscode.state.webviewPanels[0];
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const w = fake.webview as any;
      const rowsIn = (html: string) => JSON.parse(/id="wsw-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]).rows as unknown[];
      assert.deepEqual(rowsIn(fake.webview.html), []);
      const posted = () => (w.posted as { type: string; rows?: { quote: string }[] }[]).filter((m) => m.type === 'rows');
      for (let i = 0; i < 200 && !posted().length; i++) await new Promise((r) => setImmediate(r));
      const quotes = [...s.index.records()].length;
      assert.equal(posted().length, 1);
      assert.equal(posted()[0].rows!.length, quotes);
      // Hidden and shown again: the page reloads from its HTML and says 'ready'; the same rows come again at once.
      w.receive({ type: 'ready' });
      assert.equal(posted().length, 2);
      assert.equal(posted()[1].rows, posted()[0].rows);
      // The corpus changed meanwhile: new rows, made again.
      s.index.delete(s.index.files()[0]);
      w.receive({ type: 'ready' });
      for (let i = 0; i < 200 && posted().length < 3; i++) await new Promise((r) => setImmediate(r));
      assert.ok(posted()[2].rows!.length < quotes);
    } finally {
      panel.dispose();
    }
  });
});
