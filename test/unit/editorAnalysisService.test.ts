import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { settle } from './fakes/boot';
import { AnalysisService } from '../../src/editor/analysisService';
import { AnalysisWorker } from '../../src/worker/node/client';
import { HighlightController, BIG_DECORATION_COUNT, WINDOW_MARGIN_LINES, spansIn } from '../../src/editor/decorations';
import { analyze, type Analysis, type Entity } from '../../src/engine';
import { SAMPLE, ROOT } from './fakes/sample';

type Doc = vscode.TextDocument;

function counting(): { analyzer: (t: string) => Analysis; texts: string[] } {
  const texts: string[] = [];
  return { texts, analyzer: (t) => { texts.push(t); return analyze(t); } };
}

describe('AnalysisService', () => {
  beforeEach(() => fake.reset());

  it('caches one analysis per document version and skips non-seed documents', async () => {
    const c = counting();
    const s = new AnalysisService({ analyzer: c.analyzer });
    const doc = fake.openDocument(SAMPLE) as unknown as Doc;
    const [a1, a2] = await Promise.all([s.get(doc), s.get(doc)]);
    assert.ok(a1);
    assert.equal(a1, a2, 'concurrent requests share one computation');
    assert.equal(c.texts.length, 1);
    assert.equal(s.peek(doc), a1);
    assert.equal(a1.header.title, 'Biden faces key test major opportunity ahead of Russia talks on Ukraine');
    const txt = fake.openDocument('plain', { languageId: 'plaintext' }) as unknown as Doc;
    assert.equal(await s.get(txt), undefined);
    assert.equal(c.texts.length, 1);
    s.dispose();
  });

  it('re-analyses once after a burst of edits (debounced by seedReader.analysisDelay) and publishes it', async () => {
    fake.setSetting('seedReader.analysisDelay', 20);
    const c = counting();
    const s = new AnalysisService({ analyzer: c.analyzer });
    const doc = fake.openDocument(SAMPLE);
    await s.get(doc as unknown as Doc);
    const published = new Promise<Analysis>((resolve) => s.onDidChangeAnalysis((e) => resolve(e.analysis)));
    for (let i = 1; i <= 5; i++) fake.editDocument(doc, `${SAMPLE}\nextra paragraph ${i}`);
    assert.equal(s.peek(doc as unknown as Doc), undefined, 'the old version is not served for the new text');
    const a = await published;
    assert.equal(c.texts.length, 2, 'one analysis for the initial text, one for the burst');
    assert.ok(c.texts[1].endsWith('extra paragraph 5'));
    assert.equal(a.length, doc.getText().length);
    assert.equal(s.peek(doc as unknown as Doc), a);
    s.dispose();
  });

  it('never publishes an analysis for a version that is already outdated, and forgets closed documents', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const s = new AnalysisService({ analyzer: async (t) => { await gate; return analyze(t); } });
    const doc = fake.openDocument(SAMPLE);
    let fired = 0;
    s.onDidChangeAnalysis(() => fired++);
    const pending = s.get(doc as unknown as Doc);
    doc.setText(`${SAMPLE}\nmore`);
    release();
    assert.equal(await pending, undefined);
    assert.equal(fired, 0);
    await s.get(doc as unknown as Doc);
    assert.equal(fired, 1);
    fake.closeDocument(doc);
    assert.equal(s.peek(doc as unknown as Doc), undefined);
    s.dispose();
  });

  it('on the worker gives what analyze() gives, also after an edit', async () => {
    const s = new AnalysisService({ client: new AnalysisWorker(join(ROOT, 'dist', 'worker.js')) });
    const doc = fake.openDocument(SAMPLE);
    assert.deepEqual(await s.get(doc as unknown as Doc), analyze(SAMPLE));
    const edited = SAMPLE.replace('Mr. Clark said', 'Mr. Clark told reporters');
    doc.setText(edited);
    assert.deepEqual(await s.get(doc as unknown as Doc), analyze(edited));
    s.dispose();
  });

  it('survives an analyzer that throws', async () => {
    const s = new AnalysisService({ analyzer: () => { throw new Error('boom'); } });
    const doc = fake.openDocument(SAMPLE) as unknown as Doc;
    const err = console.error;
    console.error = () => undefined;
    try {
      assert.equal(await s.get(doc), undefined);
    } finally {
      console.error = err;
    }
    s.dispose();
  });
});

describe('highlights on a big document', () => {
  beforeEach(() => fake.reset());

  it('decorates only a window of lines around the visible range, and redraws it as the editor scrolls', async () => {
    // Many paragraphs, each mentioning a place: a synthetic analysis marks every `Kyiv`.
    const para = 'Officials in Kyiv met again today to discuss the border and the talks in Kyiv.';
    const text = `Headline\n20220106\nhttps://example.com/a\n${Array.from({ length: 2500 }, () => para).join('\n')}\n`;
    const analyzer = (t: string): Analysis => {
      const base = analyze(t);
      const entities: Entity[] = [];
      for (let i = t.indexOf('Kyiv'); i >= 0; i = t.indexOf('Kyiv', i + 1)) {
        entities.push({ id: `e${entities.length}`, text: 'Kyiv', type: 'place', canonical: 'Kyiv', start: i, end: i + 4 });
      }
      return { ...base, entities };
    };
    const s = new AnalysisService({ analyzer });
    const hl = new HighlightController(s);
    const doc = fake.openDocument(text);
    const ready = new Promise<void>((resolve) => s.onDidChangeAnalysis(() => resolve()));
    const ed = fake.showEditor(doc);
    ed.visibleRanges = [new fake.Range(1000, 0, 1040, 0)];
    await ready;
    const key = (hl.decorationType('place') as unknown as fake.DecorationTypeRecord).key;
    const calls = () => ed.decorationCalls.filter((c) => c.key === key);
    assert.equal(calls().length, 1);
    assert.ok(5000 > BIG_DECORATION_COUNT);
    const lo = 1000 - WINDOW_MARGIN_LINES;
    const hi = 1040 + WINDOW_MARGIN_LINES;
    const first = calls()[0].ranges;
    // Two `Kyiv` a line, on every line of the window and nowhere else.
    assert.equal(first.length, 2 * (hi - lo + 1));
    assert.ok(first.every((r) => r.start.line >= lo && r.start.line <= hi));
    assert.ok(first.every((r) => doc.getText(r) === 'Kyiv'));
    await settle();
    assert.equal(calls().length, 1, 'no full-document draw follows');

    // Scrolling inside the window draws nothing new; scrolling out of it redraws around the new place.
    ed.visibleRanges = [new fake.Range(1010, 0, 1050, 0)];
    fake.fireVisibleRanges(ed);
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(calls().length, 1);
    ed.visibleRanges = [new fake.Range(2200, 0, 2240, 0)];
    fake.fireVisibleRanges(ed);
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(calls().length, 2);
    const second = calls()[1].ranges;
    assert.ok(second.length > 0);
    assert.ok(second.every((r) => r.start.line >= 2200 - WINDOW_MARGIN_LINES && r.start.line <= doc.lineCount - 1));
    assert.ok(second.some((r) => r.start.line >= 2200 && r.start.line <= 2240));
    assert.ok(second.every((r) => doc.getText(r) === 'Kyiv'));
    hl.dispose();
    s.dispose();
  });

  it('spansIn returns exactly the spans that overlap a window, including long spans that start before it', () => {
    const spans = [{ start: 0, end: 5 }, { start: 3, end: 40 }, { start: 10, end: 12 }, { start: 20, end: 22 }, { start: 30, end: 31 }];
    assert.deepEqual(spansIn(spans, 15, 25), [{ start: 3, end: 40 }, { start: 20, end: 22 }]);
    assert.deepEqual(spansIn(spans, 0, 0), [{ start: 0, end: 5 }]);
    assert.deepEqual(spansIn(spans, 41, 99), []);
    assert.deepEqual(spansIn([], 0, 10), []);
  });
});

describe('extension activation', () => {
  beforeEach(() => fake.reset());

  it('registers a handler for every editor command of package.json and all providers for the seed language', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ext = require('../../src/extension') as { activate(c: unknown): void };
    const ctx = fake.extensionContext();
    ext.activate(ctx);
    const mine = (pkg.contributes.commands as { command: string }[])
      .map((c) => c.command)
      .filter((id) => !/export|copyAnnotations/i.test(id));
    for (const id of mine) assert.ok(fake.state.commands.has(id), `${id} registered`);
    const kinds = fake.state.providers.map((p) => p.kind).sort();
    assert.deepEqual(kinds, ['codeActions', 'definition', 'documentHighlight', 'documentSymbol', 'hover', 'inlayHints', 'reference']);
    for (const p of fake.state.providers) assert.deepEqual(p.selector, { language: 'seed' });
    assert.deepEqual(fake.state.treeViews.map((v) => v.id).sort(), pkg.contributes.views.seedReader.map((v: { id: string }) => v.id).concat(pkg.contributes.views.explorer.map((v: { id: string }) => v.id)).sort());
    const colors = new Set((pkg.contributes.colors as { id: string }[]).map((c) => c.id));
    for (const t of fake.state.decorationTypes) {
      for (const v of Object.values(t.options)) if (v instanceof fake.ThemeColor) assert.ok(colors.has(v.id), `${v.id} is contributed`);
    }
    await settle();
    ctx.dispose();
    assert.equal(fake.state.commands.size, 0, 'everything is disposed with the context');
  });
});

describe('seed detection', () => {
  beforeEach(() => fake.reset());

  it('switches a plain-text seed to `seed` and the open editor then gets the reading features', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { registerSeedDetection } = require('../../src/seedDetection') as typeof import('../../src/seedDetection');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { boot } = require('./fakes/boot') as typeof import('./fakes/boot');
    const b = boot('gold');
    const doc = fake.openDocument(SAMPLE, { languageId: 'plaintext' });
    const ed = fake.showEditor(doc);
    const plain = fake.openDocument('not a seed\njust text\n', { languageId: 'plaintext' });
    registerSeedDetection(b.context as unknown as vscode.ExtensionContext);
    await settle();
    await settle();
    assert.equal(doc.languageId, 'seed');
    assert.equal(plain.languageId, 'plaintext');
    assert.ok(b.service.peek(doc as unknown as Doc));
    assert.equal(fake.state.contextKeys.get('seedReader.active'), true);
    assert.ok(b.tree.getChildren().length > 0);
    assert.ok(fake.state.statusItems[0].visible);
    assert.ok([...ed.decorations.values()].some((r) => r.length > 0));
    fake.setSetting('seedReader.detectSeedFiles', false);
    const another = fake.openDocument(SAMPLE, { languageId: 'plaintext' });
    assert.equal(another.languageId, 'plaintext', 'detection can be switched off');
  });

  it('reads only a few KB of the first lines, however long they are', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { registerSeedDetection, documentHead } = require('../../src/seedDetection') as typeof import('../../src/seedDetection');
    const huge = 'x'.repeat(4_000_000);
    /** Detection of one open plain-text document: the characters it copied out of it, and its language after. */
    const detect = async (text: string): Promise<{ copied: number; languageId: string }> => {
      fake.reset();
      const doc = new fake.FakeTextDocument(fake.Uri.file('/seeds/big.txt'), text, 'plaintext');
      let copied = 0;
      const get = doc.getText.bind(doc);
      doc.getText = (r?: fake.Range) => { const t = get(r); copied += t.length; return t; };
      fake.state.documents.push(doc);
      const ctx = fake.extensionContext();
      registerSeedDetection(ctx as unknown as vscode.ExtensionContext);
      await settle();
      ctx.dispose();
      return { copied, languageId: doc.languageId };
    };
    // A long headline, a huge first paragraph, a plain file whose lines are all huge.
    const cases: [string, string][] = [
      [`${'Headline '.repeat(100)}\n20240101\nhttps://example.org/a\n${huge}\n`, 'seed'],
      [`A headline\n20240101\nhttps://example.org/a\n${huge}\n`, 'seed'],
      [`${huge}\n${huge}\n${huge}\n${huge}\n`, 'plaintext'],
      [`A headline\n20240101\n${huge}\n${huge}\n`, 'plaintext'],
    ];
    for (const [text, languageId] of cases) {
      const r = await detect(text);
      assert.ok(r.copied <= 4096, `copied ${r.copied} characters`);
      assert.equal(r.languageId, languageId);
    }
    // The head ends at the URL line (as looksLikeSeed needs it); CRLF files too.
    const crlf = fake.openDocument('A headline\r\n20240101\r\nhttps://example.org/a\r\nBody.\r\n', { languageId: 'plaintext' });
    assert.equal(documentHead(crlf as unknown as vscode.TextDocument), 'A headline\n20240101\nhttps://example.org/a');
  });
});
