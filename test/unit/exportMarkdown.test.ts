import * as assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import type { Analysis } from '../../src/engine/types';
import { toMarkdown } from '../../src/export/markdown';
import { input, multiLineFixture, NASTY, nastyFixture, real, SAMPLE, sampleFixture } from './exportFixtures';

// markdown-it ships with @vscode/vsce; `html: true` lets raw HTML through, so only escaping keeps it out.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it');
const md = new MarkdownIt({ html: true, linkify: false });

function render(a: Analysis, text: string) {
  const src = toMarkdown(input(a, text, 'file.txt'));
  const doc: any = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${md.render(src)}</body></html>`, 'text/html');
  return { src, doc };
}

const fold = (s: string) => s.replace(/\r\n|\r|\n/g, ' ');

describe('export: markdown', () => {
  it('renders title, date, source link, an actor table, every quote in order with speaker and cue, claims by actor', () => {
    const a = sampleFixture();
    const { doc } = render(a, SAMPLE);
    assert.equal(doc.querySelector('h1').textContent, a.header.title);
    const items = [...doc.querySelectorAll('body > ul li')].map((li: any) => li.textContent);
    assert.ok(items.includes('Date: 2022-01-06'));
    assert.equal(doc.querySelector('body > ul a').getAttribute('href'), a.header.url);
    const rows = [...doc.querySelectorAll('table tbody tr')];
    assert.equal(rows.length, a.actors.length);
    for (const r of rows) assert.equal(r.querySelectorAll('td').length, 5);
    const clark = rows.find((r: any) => r.querySelector('td').textContent.startsWith('Wesley Clark'));
    assert.deepEqual([...clark.querySelectorAll('td')].slice(2).map((td: any) => td.textContent), ['a former NATO supreme allied commander in Europe', '1', '1']);
    assert.deepEqual([...doc.querySelectorAll('blockquote')].map((b: any) => b.textContent.trim()), a.quotes.map((q) => q.text));
    const quoteItems = [...doc.querySelectorAll('ol > li')].map((li: any) => li.textContent);
    assert.match(quoteItems[0], /Wesley Clark — said \(direct/);
    assert.match(quoteItems[1], /William Taylor — told/);
    assert.deepEqual([...doc.querySelectorAll('h3')].map((h: any) => h.textContent), ['Wesley Clark', 'William Taylor']);
  });

  it('escapes table-breaking pipes, newlines, HTML and Markdown syntax from the text', () => {
    const a = multiLineFixture();
    const { src, doc } = render(a, NASTY);
    assert.equal(doc.querySelectorAll('script, b').length, 0, 'no raw HTML gets through');
    assert.equal(doc.querySelector('h1').textContent, a.header.title);
    const rows = [...doc.querySelectorAll('table tbody tr')];
    assert.equal(rows.length, a.actors.length);
    for (const r of rows) assert.equal(r.querySelectorAll('td').length, 5, 'a pipe in a role does not add a cell');
    assert.ok(rows.some((r: any) => r.textContent.includes('a local =SUM(A1) activist | organiser and blogger')));
    const quotes = [...doc.querySelectorAll('blockquote')].map((b: any) => b.textContent.trim());
    assert.deepEqual(quotes, a.quotes.map((q) => fold(q.text)));
    for (const line of src.split('\n').filter((l) => l.startsWith('   > '))) assert.ok(!line.includes('\r'));
  });

  it('keeps headings, list markers and emphasis characters of the text literal', () => {
    const text = 'Officials # say #\n20240101\nhttps://e.com/\n- 1. *not* a list _or_ `code` [link](x) #tag\n';
    const s = text.indexOf('- 1.');
    const e = text.indexOf('#tag') + 4;
    const a = { ...real(text).analysis, quotes: [{ id: 'q', start: s, end: e, text: text.slice(s, e), speaker: null, cue: null, cueSpan: null, speakerSpan: null, kind: 'direct' as const, confidence: 1, marked: false, attribution: '', paragraph: 0 }] };
    const { doc } = render(a, text);
    assert.equal(doc.querySelector('h1').textContent, 'Officials # say #');
    assert.equal(doc.querySelector('blockquote').textContent.trim(), text.slice(s, e));
    assert.equal(doc.querySelectorAll('blockquote ul, blockquote ol, blockquote em, blockquote code, blockquote a').length, 0);
  });

  it('gives a readable report for a header-less or empty file', () => {
    for (const text of ['', 'just text, no header | with a pipe']) {
      const { doc } = render(real(text).analysis, text);
      assert.equal(doc.querySelector('h1').textContent, 'file.txt');
      assert.equal(doc.querySelectorAll('h2').length, 3);
    }
  });

  it('renders whatever the real analyze() finds on the sample and the nasty seed', () => {
    for (const text of [SAMPLE, NASTY]) {
      const r = real(text);
      const { doc } = render(r.analysis, text);
      assert.equal(doc.querySelectorAll('blockquote').length, r.analysis.quotes.length);
      assert.equal(doc.querySelectorAll('table tbody tr').length, r.analysis.actors.length);
      assert.equal(doc.querySelectorAll('script').length, 0);
    }
    assert.ok(nastyFixture().quotes.length > 0);
  });
});
