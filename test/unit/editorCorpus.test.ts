// The editor's workspace corpus: the index service (store by hash and engine, skip reasons, watcher updates,
// cancel), the Corpus view's node model and tree items, Find Quotes by Speaker, and the Who said what page builder.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { CorpusService, type CorpusHost } from '../../src/editor/corpus/corpusService';
import { CorpusModel, type CorpusNode } from '../../src/editor/corpus/corpusModel';
import { corpusMessage, treeItemOf } from '../../src/editor/corpus/corpusTree';
import { findQuotesBySpeaker } from '../../src/editor/corpus/register';
import { buildWhoSaidWhatHtml, contentSecurityPolicy, jsonForScript, toRows } from '../../src/editor/corpus/whoSaidWhatHtml';
import { PLANTED } from './corpusFixtures';
import * as vscode from './fakes/vscode';

const enc = new TextEncoder();

/** A workspace in memory: files, a store, the analyses made. */
class FakeHost implements CorpusHost {
  files = new Map<string, Uint8Array>();
  stored: Uint8Array | string | undefined;
  analysed: string[] = [];
  logs: string[] = [];
  max = 20 * 1024 * 1024;
  engineVersion = 'engine-1';
  failOn = new Set<string>();
  constructor(docs: { name: string; text: string }[] = []) {
    for (const d of docs) this.put(d.name, d.text);
  }
  put(name: string, text: string): string {
    const key = `file:///ws/${name}`;
    this.files.set(key, enc.encode(text));
    return key;
  }
  async listFiles() { return [...this.files.keys()]; }
  async size(f: string) { return this.bytes(f).length; }
  async read(f: string) { this.reads.push(f); return this.bytes(f); }
  reads: string[] = [];
  heads: string[] = [];
  withHead = false;
  get head() {
    return this.withHead ? async (f: string, n: number) => { this.heads.push(f); return this.bytes(f).subarray(0, n); } : undefined;
  }
  private bytes(f: string): Uint8Array {
    const b = this.files.get(f);
    if (!b) throw new Error(`ENOENT ${f}`);
    return b;
  }
  async analyze(text: string, key: string) {
    this.analysed.push(key);
    if ([...this.failOn].some((f) => key.endsWith(f))) throw new Error('boom');
    return analyze(text);
  }
  async load() { return this.stored; }
  async save(data: Uint8Array) { this.stored = data; }
  log(line: string) { this.logs.push(line); }
  maxBytes() { return this.max; }
}

/** The persisted store's entries (JSON Lines after a header line): file → hash. */
function storedEntries(data: Uint8Array | string | undefined): Map<string, string> {
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
  const [header, ...lines] = text.split('\n').filter(Boolean);
  const h = JSON.parse(header) as { format: number; headLines: number };
  assert.equal(h.format, 3);
  // (The head lines, the ranked speakers, come before the articles.)
  return new Map(lines.slice(h.headLines).map((l) => JSON.parse(l) as [string, string]).map(([file, hash]) => [file, hash]));
}

const PLAIN = 'Shopping list\nmilk\neggs\n';
const idOf = (service: CorpusService, re: RegExp) => service.index.speakers().find((a) => re.test(a.name))?.speakerId;

describe('editor corpus: index service', () => {
  it('indexes every seed (by name or header), skips non-seeds and files over the limit with a reason', async () => {
    const host = new FakeHost(PLANTED);
    host.put('notes.txt', PLAIN);
    // A .txt seed by its header (line 2 a date, line 3 a URL).
    host.put('by-header.txt', 'Header seed\n20220113\nhttps://example.com/a\n"We are ready," Antony Blinken said.\n');
    host.put('huge.seed', PLANTED[0].text);
    host.max = PLANTED[0].text.length + 100;
    host.files.set('file:///ws/huge.seed', enc.encode(PLANTED[0].text + ' '.repeat(200)));
    const s = new CorpusService(host, 0);
    await s.indexAll();
    assert.equal(s.index.size, PLANTED.length + 1);
    assert.ok(s.index.has('file:///ws/by-header.txt'));
    assert.deepEqual(s.skipped.get('file:///ws/notes.txt')?.reason, 'not a seed');
    assert.deepEqual(s.skipped.get('file:///ws/huge.seed')?.reason, 'too large');
    assert.deepEqual([...s.skipCounts()].sort(), [['not a seed', 1], ['too large', 1]]);
    assert.ok(host.logs.some((l) => /skipped file:\/\/\/ws\/notes\.txt: not a seed/.test(l)), host.logs.join('\n'));
    assert.ok(host.logs.some((l) => /skipped file:\/\/\/ws\/huge\.seed: too large/.test(l)));
    // The non-seed was never analysed, nor the large file.
    assert.ok(!host.analysed.some((k) => /notes\.txt|huge\.seed/.test(k)));
    // Blinken is one corpus actor across the three Blinken articles (and the header seed).
    const blinken = idOf(s, /Blinken/);
    assert.ok(blinken);
    assert.equal(new Set(s.index.quotesOf(blinken).map((q) => q.file)).size, 4);
    assert.match(corpusMessage(s, '') ?? '', /7 articles · skipped: 1 (not a seed|too large), 1 (not a seed|too large)/);
  });

  it('the skipped counts in the view message are in the reader\'s language', async () => {
    const host = new FakeHost(PLANTED);
    host.put('notes.txt', PLAIN);
    const s = new CorpusService(host, 0);
    await s.indexAll();
    assert.match(corpusMessage(s, '') ?? '', /skipped: 1 not a seed/);
    vscode.l10n.bundle = { 'skipped: {0}': 'ignorés : {0}', '{0} not a seed': '{0} sans en-tête de seed' };
    try {
      assert.match(corpusMessage(s, '') ?? '', /ignorés : 1 sans en-tête de seed/);
    } finally {
      vscode.l10n.bundle = undefined;
    }
  });

  it('persists summaries keyed by content hash and engine: a reload analyses only what changed', async () => {
    const host = new FakeHost(PLANTED);
    const a = new CorpusService(host, 0);
    await a.indexAll();
    assert.equal(host.analysed.length, PLANTED.length);
    assert.ok(host.stored);
    // Reopen: the stored corpus is there at once, before any file is read.
    const b = new CorpusService(host, 0);
    await b.loadStore();
    assert.equal(b.index.size, PLANTED.length);
    host.analysed = [];
    // One file changed on disk while the workspace was closed.
    host.put(PLANTED[3].name, PLANTED[3].text.replace('stronger together', 'better together'));
    await b.indexAll();
    assert.deepEqual(host.analysed, [`corpus:file:///ws/${PLANTED[3].name}`]);
    assert.equal(b.reused, PLANTED.length - 1);
    assert.ok(b.index.quotesOf(idOf(b, /Hillary/)!).some((q) => /better together/.test(q.text)));
    // Another engine version: everything is analysed again.
    host.analysed = [];
    host.engineVersion = 'engine-2';
    const c = new CorpusService(host, 0);
    await c.loadStore();
    assert.equal(c.index.size, 0);
    await c.indexAll();
    assert.equal(host.analysed.length, PLANTED.length);
  });

  it("a seed's corrections are part of its key: a changed sidecar analyses that seed again, also after a reload", async () => {
    const host = new FakeHost(PLANTED);
    const sidecars = new Map<string, string>();
    (host as CorpusHost).dependencies = async (f: string) => sidecars.get(f) ?? '';
    const a = new CorpusService(host, 0);
    await a.indexAll();
    host.analysed = [];
    const seed = `file:///ws/${PLANTED[1].name}`;
    sidecars.set(seed, '{"schema": "seed-reader-corrections/1", "corrections": []}');
    await a.update(seed);
    assert.deepEqual(host.analysed, [`corpus:${seed}`]);
    await a.save();
    // Reopened with the same sidecars: nothing analysed; with one changed while closed: that seed only.
    const b = new CorpusService(host, 0);
    await b.loadStore();
    host.analysed = [];
    await b.indexAll();
    assert.deepEqual(host.analysed, []);
    sidecars.delete(seed);
    await b.indexAll();
    assert.deepEqual(host.analysed, [`corpus:${seed}`]);
  });

  it('with a ranged read, a .txt that is not a seed is never read whole', async () => {
    const host = new FakeHost(PLANTED.slice(0, 1));
    host.withHead = true;
    host.put('notes.txt', PLAIN + 'x'.repeat(100_000));
    host.put('by-header.txt', 'Header seed\n20220113\nhttps://example.com/a\n"We are ready," Antony Blinken said.\n');
    const s = new CorpusService(host, 0);
    await s.indexAll();
    assert.equal(s.skipped.get('file:///ws/notes.txt')?.reason, 'not a seed');
    assert.ok(!host.reads.includes('file:///ws/notes.txt'));
    assert.deepEqual(host.heads.sort(), ['file:///ws/by-header.txt', 'file:///ws/notes.txt']);
    assert.ok(s.index.has('file:///ws/by-header.txt'));
    assert.equal(s.index.size, 2);
  });

  it('ignores a corrupt store', async () => {
    const host = new FakeHost(PLANTED.slice(0, 2));
    host.stored = '{not json';
    const s = new CorpusService(host, 0);
    await s.indexAll();
    assert.equal(s.index.size, 2);
    assert.ok(host.logs.some((l) => /not valid JSON/.test(l)));
  });

  it('follows the watcher: created, changed and deleted files', async () => {
    const host = new FakeHost(PLANTED.slice(0, 2));
    const s = new CorpusService(host, 0);
    let changes = 0;
    s.onDidChange(() => changes++);
    // Before the first index, the watcher does nothing (no indexing unasked).
    await s.update(host.put(PLANTED[2].name, PLANTED[2].text));
    assert.equal(s.index.size, 0);
    await s.indexAll();
    assert.equal(s.index.size, 3);
    const key = host.put(PLANTED[3].name, PLANTED[3].text);
    await s.update(key);
    assert.ok(s.index.has(key));
    assert.ok(idOf(s, /Hillary/));
    // Changed to a non-seed: it leaves the corpus with a reason.
    host.put(PLANTED[3].name.replace('.seed.txt', '.txt'), PLAIN);
    const plain = `file:///ws/${PLANTED[3].name.replace('.seed.txt', '.txt')}`;
    await s.update(plain);
    assert.equal(s.skipped.get(plain)?.reason, 'not a seed');
    host.files.delete(key);
    s.remove(key);
    assert.ok(!s.index.has(key));
    assert.equal(idOf(s, /Hillary/), undefined);
    assert.ok(changes > 0);
    await s.save();
    assert.ok(!storedEntries(host.stored).has(key));
    assert.equal(storedEntries(host.stored).size, 3);
  });

  it('a file that fails to analyse is skipped, the others indexed; cancel stops between files', async () => {
    const host = new FakeHost(PLANTED);
    host.failOn.add(PLANTED[1].name);
    const s = new CorpusService(host, 0);
    await s.indexAll();
    assert.equal(s.index.size, PLANTED.length - 1);
    assert.equal(s.skipped.get(`file:///ws/${PLANTED[1].name}`)?.reason, 'analysis failed');

    const host2 = new FakeHost(PLANTED);
    const t = new CorpusService(host2, 0);
    const token = { isCancellationRequested: false };
    await t.indexAll(token, (p) => {
      if (p.done === 2) token.isCancellationRequested = true;
    });
    assert.equal(t.index.size, 2);
    assert.ok(t.state.cancelled);
    assert.match(corpusMessage(t, '') ?? '', /Indexing cancelled \(2\/6\)/);

    // The view's Cancel command (service.cancel) stops a run the same way; a later run finishes the rest.
    const host3 = new FakeHost(PLANTED);
    const u = new CorpusService(host3, 0);
    await u.indexAll(undefined, (p) => {
      if (p.done === 1) u.cancel();
    });
    assert.equal(u.index.size, 1);
    host3.analysed = [];
    await u.indexAll();
    assert.equal(u.index.size, PLANTED.length);
    assert.equal(host3.analysed.length, PLANTED.length - 1, 'what was indexed is kept');
  });
});

describe('editor corpus: Corpus view', () => {
  let service: CorpusService;
  before(async () => {
    service = new CorpusService(new FakeHost(PLANTED), 0);
    await service.indexAll();
  });
  beforeEach(() => vscode.reset());

  it('roots: actors ranked by quotes, and articles by date', () => {
    const m = new CorpusModel(service.index);
    const roots = m.children();
    assert.deepEqual(roots.map((r) => r.type === 'group' && r.label), ['Actors by quotes', 'Articles by date']);
    const actors = m.children(roots[0]);
    assert.ok(actors.length >= 3);
    assert.equal(actors[0].type === 'actor' && actors[0].actor.name, 'Antony Blinken');
    const counts = actors.map((a) => (a.type === 'actor' ? a.quotes : -1));
    assert.deepEqual(counts, [...counts].sort((x, y) => y - x));
    const articles = m.children(roots[1]);
    const dates = articles.map((a) => (a.type === 'article' ? a.article.date : null));
    assert.deepEqual(dates, ['2016-01-01', '2016-01-02', '2016-01-03', '2022-01-10', '2022-01-11', '2022-01-12']);
  });

  it('actor → articles (date · headline) → quotes; a quote opens its article at the quote', () => {
    const m = new CorpusModel(service.index);
    const blinken = m.children(m.children()[0])[0];
    const arts = m.children(blinken);
    assert.equal(arts.length, 3);
    const item = treeItemOf(arts[0]);
    assert.equal(item.label, '2022-01-10 · Talks open in Geneva');
    const quotes = m.children(arts[0]);
    assert.ok(quotes.length >= 1);
    const q = quotes[0] as Extract<CorpusNode, { type: 'quote' }>;
    const qi = treeItemOf(q);
    assert.equal(qi.command?.command, 'seedReader.revealRange');
    const [file, start, end] = qi.command!.arguments as [string, number, number];
    assert.equal(file, q.quote.file);
    const text = PLANTED.find((p) => file.endsWith(p.name))!.text;
    assert.equal(text.slice(start, end), q.quote.text);
    assert.match(String(qi.label), /^“/);
  });

  it('the filter keeps matching actors, quotes and headlines, and says so when nothing matches', () => {
    const m = new CorpusModel(service.index, 'clinton');
    const actors = m.children(m.children()[0]);
    assert.ok(actors.length >= 2);
    assert.ok(actors.every((a) => a.type === 'actor' && /Clinton/.test(a.actor.name)));
    const byText = new CorpusModel(service.index, 'diplomacy');
    const hits = byText.children(byText.children()[0]);
    assert.equal(hits.length, 1);
    const none = new CorpusModel(service.index, 'zzzz');
    const r = none.children(none.children()[0]);
    assert.equal(r[0].type, 'info');
    assert.equal(r[0].type === 'info' && r[0].kind, 'noMatch', 'the model names the case; the tree gives the localised words');
    assert.equal(treeItemOf(r[0]).label, 'Nothing matches the filter');
    assert.match(corpusMessage(service, 'zzzz') ?? '', /Filter: “zzzz”/);
  });

  it('Find Quotes by Speaker: a pick of speakers, then of their quotes; the choice opens at the quote', async () => {
    const opened: unknown[][] = [];
    vscode.commands.registerCommand('seedReader.revealRange', (...args: unknown[]) => opened.push(args));
    vscode.state.quickPickAnswer = (items) => items.find((i: { label: string }) => i.label === 'Antony Blinken');
    const picks: any[][] = [];
    const original = vscode.window.showQuickPick;
    vscode.window.showQuickPick = async (items: any) => {
      const list = await items;
      picks.push(list);
      if (picks.length === 1) return list.find((i: { label: string }) => i.label === 'Antony Blinken');
      return list.find((i: { detail: string }) => /Another round/.test(i.detail));
    };
    try {
      assert.equal(await findQuotesBySpeaker(service), true);
    } finally {
      vscode.window.showQuickPick = original;
    }
    assert.equal(picks[0][0].label, 'Antony Blinken');
    assert.ok(picks[1].length >= 3, 'quotes across the three articles');
    assert.equal(new Set(picks[1].map((p: any) => p.quote.file)).size, 3);
    assert.equal(opened.length, 1);
    const [file, start, end] = opened[0] as [string, number, number];
    assert.match(file, /blinken-bare/);
    assert.match(PLANTED[2].text.slice(start, end), /Diplomacy is the only way forward/);
  });
});

describe('editor corpus: Who said what page', () => {
  const base = { nonce: 'abc123', cspSource: 'vscode-resource:', scriptUri: 'vscode-resource:/media/whoSaidWhat.js', status: '2 articles' };

  it('has a strict CSP with the nonce, no remote resource, and nonce\'d script and style', () => {
    const html = buildWhoSaidWhatHtml({ ...base, rows: [] });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta');
    assert.equal(csp, contentSecurityPolicy('vscode-resource:', 'abc123'));
    assert.match(csp!, /^default-src 'none'/);
    assert.match(csp!, /script-src 'nonce-abc123'(;|$)/);
    assert.match(csp!, /style-src vscode-resource: 'nonce-abc123'/);
    assert.doesNotMatch(csp!, /unsafe-inline|unsafe-eval|https?:/);
    // Every script and style element carries the nonce.
    for (const m of html.matchAll(/<(script|style)\b[^>]*>/g)) assert.match(m[0], /nonce="abc123"/, m[0]);
    assert.doesNotMatch(html, /(src|href)="https?:/);
    assert.match(html, /<script nonce="abc123" src="vscode-resource:\/media\/whoSaidWhat.js"><\/script>/);
    // Sortable headers are buttons (keyboard focusable), with aria-sort.
    assert.equal([...html.matchAll(/<th data-key="\w+" aria-sort="none"><button type="button">/g)].length, 7);
  });

  it('escapes everything a quote, a title or the status can say', () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "q" \u2028';
    const { rows } = toRows([{
      file: 'file:///ws/a.seed', date: '2024-01-02', outlet: 'ex.com', title: evil, speakerId: 'person:x', speaker: evil, speakerInArticle: 'X', role: evil,
      quoteId: 'q1', text: evil, start: 0, end: 5, kind: 'direct', cue: 'said', confidence: 0.5,
    }]);
    const html = buildWhoSaidWhatHtml({ ...base, rows, status: '<b>status</b>', nonce: 'n"><script>' });
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img/);
    assert.doesNotMatch(html, /<b>status/);
    assert.match(html, /&lt;b&gt;status&lt;\/b&gt;/);
    assert.doesNotMatch(html, /nonce="n">/);
    // Exactly the page's own two script elements, and the data parses back to the same text.
    assert.equal((html.match(/<script\b/g) ?? []).length, 2);
    const json = /<script type="application\/json" id="wsw-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1];
    assert.equal(JSON.parse(json).rows[0].quote, evil);
    assert.doesNotMatch(jsonForScript('</script>'), /</);
  });

  it('rows carry what the table shows; targets keep where each quote is', async () => {
    const s = new CorpusService(new FakeHost(PLANTED), 0);
    await s.indexAll();
    const { rows, targets } = toRows(s.index.records());
    assert.equal(rows.length, targets.length);
    assert.ok(rows.length >= 6);
    const r = rows.find((x) => /Diplomacy is the only way/.test(x.quote))!;
    assert.equal(r.speaker, 'Antony Blinken');
    assert.equal(r.date, '2022-01-12');
    assert.equal(r.outlet, 'news.example.net');
    assert.equal(r.article, 'Another round');
    assert.match(targets[r.i].file, /blinken-bare/);
  });
});

describe('editor corpus: wiring (registerCorpus)', () => {
  const settle = async () => { for (let i = 0; i < 60; i++) await new Promise((r) => setImmediate(r)); };
  const stub = { analyzeText: async (text: string) => analyze(text) } as any;
  let ctx: ReturnType<typeof vscode.extensionContext>;
  beforeEach(() => {
    vscode.reset();
    vscode.corpusState.files.clear();
    vscode.corpusState.watchers.length = 0;
    for (const p of PLANTED.slice(0, 3)) vscode.corpusState.files.set(`file:///ws/${p.name}`, enc.encode(p.text));
    vscode.corpusState.files.set('file:///ws/notes.txt', enc.encode(PLAIN));
    ctx = vscode.extensionContext();
    (ctx as any).extensionUri = vscode.Uri.file('/ext');
    (ctx as any).storageUri = vscode.Uri.file('/storage');
  });
  afterEach(() => ctx.dispose());

  it('does not index on activation; showing the view does; the watcher keeps it; the store is written', async () => {
    const { registerCorpus } = require('../../src/editor/corpus/register') as typeof import('../../src/editor/corpus/register');
    const service = registerCorpus(ctx as any, stub);
    await settle();
    assert.equal(service.index.size, 0, 'nothing indexed unasked');
    assert.equal(vscode.corpusState.progress.length, 0);
    const view = vscode.state.treeViews.find((v) => v.id === 'seedReader.corpus')!;
    assert.ok(view);
    vscode.setTreeViewVisible(view, true);
    await until(() => service.completedRuns > 0);
    assert.equal(service.index.size, 3);
    assert.ok(vscode.corpusState.progress.some((p) => p.options.location?.viewId === 'seedReader.corpus'), 'progress in the view');
    const provider = view.options.treeDataProvider;
    const roots = provider.getChildren();
    assert.equal(roots.length, 2);
    await until(() => /3 articles · skipped: 1 not a seed/.test(view.message ?? ''), 2000);
    // The store, keyed by hash.
    const stored = storedEntries(vscode.corpusState.files.get('file:///storage/corpus-index.json'));
    assert.equal(stored.size, 3);
    assert.match([...stored.values()][0], /^[0-9a-f]{40}$/);
    // Watcher: a new seed is indexed, a deleted one leaves.
    const w = vscode.corpusState.watchers[0];
    const key = `file:///ws/${PLANTED[3].name}`;
    vscode.corpusState.files.set(key, enc.encode(PLANTED[3].text));
    w.created.fire(vscode.Uri.parse(key));
    await until(() => service.index.has(key));
    w.deleted.fire(vscode.Uri.parse(`file:///ws/${PLANTED[0].name}`));
    assert.ok(!service.index.has(`file:///ws/${PLANTED[0].name}`));
    assert.equal(service.index.size, 3);
  });

  it('Who said what: a scripted page with a CSP, not retained when hidden; a click opens the quote', async () => {
    const { registerCorpus } = require('../../src/editor/corpus/register') as typeof import('../../src/editor/corpus/register');
    registerCorpus(ctx as any, stub);
    const opened: unknown[][] = [];
    vscode.commands.registerCommand('seedReader.revealRange', (...args: unknown[]) => opened.push(args));
    await vscode.commands.executeCommand('seedReader.showWhoSaidWhat');
    const panel = vscode.state.webviewPanels[0];
    assert.ok(panel);
    assert.equal(panel.options.enableScripts, true);
    assert.equal(panel.options.retainContextWhenHidden, false);
    assert.deepEqual(panel.options.localResourceRoots.map((u: vscode.Uri) => u.path), ['/ext/media']);
    await until(() => /Diplomacy is the only way/.test(panel.webview.html) || (panel.webview as any).posted.some((m: any) => m.type === 'rows' && m.rows.length));
    const w = panel.webview as any;
    const html: string = panel.webview.html;
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /script-src 'nonce-[A-Za-z0-9+/=]+'/);
    const rows = w.posted.filter((m: any) => m.type === 'rows').pop()?.rows ?? JSON.parse(/id="wsw-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]).rows;
    const r = rows.find((x: any) => /Diplomacy is the only way/.test(x.quote));
    assert.ok(r);
    w.receive({ type: 'open', i: r.i });
    w.receive({ type: 'open', i: 9999 });
    w.receive({ type: 'open', i: 'x' });
    await settle();
    assert.equal(opened.length, 1);
    const [file, start, end] = opened[0] as [string, number, number];
    assert.equal(file, `file:///ws/${PLANTED[2].name}`);
    assert.match(PLANTED[2].text.slice(start, end), /Diplomacy is the only way forward/);
  });
});

async function until(probe: () => unknown, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
