import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeSeed, parseHeader, parseSeedDate, splitParagraphs, splitLines } from '../../src/engine/header';

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'seeds', '000_be6e4752cb109430.txt'), 'utf8');

describe('seed header', () => {
  it('parses the sample seed into title, ISO date and URL with offsets', () => {
    const h = parseHeader(SAMPLE);
    assert.equal(h.isSeed, true);
    assert.equal(h.title, 'Biden faces key test major opportunity ahead of Russia talks on Ukraine');
    assert.equal(h.date, '2022-01-06');
    assert.equal(h.rawDate, '20220106');
    assert.equal(h.url, 'https://www.washingtontimes.com:443/news/2022/jan/6/biden-faces-key-test-major-opportunity-ahead-russi/');
    for (const [span, value] of [[h.titleSpan, h.title], [h.dateSpan, h.rawDate], [h.urlSpan, h.url]] as const) {
      assert.ok(span);
      assert.equal(SAMPLE.slice(span.start, span.end), value);
    }
    assert.ok(SAMPLE.slice(h.bodyStart).startsWith('He wants to shatter NATO.'));
  });

  it('splits the sample body into one paragraph per line', () => {
    const h = parseHeader(SAMPLE);
    const ps = splitParagraphs(SAMPLE, h.bodyStart);
    assert.equal(ps.length, SAMPLE.trimEnd().split('\n').length - 3);
    assert.equal(ps[0].line, 3);
    assert.equal(SAMPLE.slice(ps[0].start, ps[0].end), 'He wants to shatter NATO. Hes thinking big, Mr. Clark said at the Atlantic Council event.');
    for (const p of ps) assert.equal(SAMPLE.slice(p.start, p.end), SAMPLE.slice(p.start, p.end).trim());
  });

  it('handles CRLF line endings with offsets into the CRLF text', () => {
    const crlf = SAMPLE.replace(/\n/g, '\r\n');
    const h = parseHeader(crlf);
    assert.equal(h.isSeed, true);
    assert.equal(h.date, '2022-01-06');
    assert.ok(h.urlSpan);
    assert.equal(crlf.slice(h.urlSpan.start, h.urlSpan.end), h.url);
    assert.ok(!h.url!.includes('\r'));
    const ps = splitParagraphs(crlf, h.bodyStart);
    assert.equal(ps.length, splitParagraphs(SAMPLE, parseHeader(SAMPLE).bodyStart).length);
    assert.ok(ps.every((p) => !crlf.slice(p.start, p.end).includes('\r')));
  });

  it('skips a byte-order mark and keeps offsets into the original text', () => {
    const bom = '\uFEFF' + SAMPLE;
    const h = parseHeader(bom);
    assert.equal(h.isSeed, true);
    assert.equal(h.title, 'Biden faces key test major opportunity ahead of Russia talks on Ukraine');
    assert.equal(h.titleSpan!.start, 1);
  });

  it('treats old Mac CR-only line endings as lines', () => {
    const h = parseHeader('Title\r20200229\rhttp://example.com/a\rBody.');
    assert.equal(h.date, '2020-02-29');
    assert.equal(h.url, 'http://example.com/a');
  });

  it('gives a malformed date as null but keeps the header when line 3 is a URL', () => {
    const h = parseHeader('Title\n2022-01-06\nhttps://example.com/x\nBody');
    assert.equal(h.isSeed, false);
    assert.equal(h.date, null);
    assert.equal(h.rawDate, '2022-01-06');
    assert.equal(h.url, 'https://example.com/x');
    assert.equal(h.bodyStart, 'Title\n2022-01-06\nhttps://example.com/x\n'.length);
  });

  it('rejects impossible calendar dates', () => {
    assert.equal(parseSeedDate('20230229'), null);
    assert.equal(parseSeedDate('20241301'), null);
    assert.equal(parseSeedDate('20240000'), null);
    assert.equal(parseSeedDate('20240229'), '2024-02-29');
    assert.equal(parseSeedDate('2024022'), null);
  });

  it('has no header when line 3 is not an http(s) URL', () => {
    for (const text of ['Title\n20220106\nftp://example.com\nBody', 'Title\n20220106\nnot a url\nBody', 'Just one paragraph.', 'a\nb']) {
      const h = parseHeader(text);
      assert.equal(h.isSeed, false, text);
      assert.equal(h.title, null);
      assert.equal(h.url, null);
      assert.equal(h.bodyStart, 0);
      assert.equal(looksLikeSeed(text), false);
    }
  });

  it('handles empty and header-only files', () => {
    const e = parseHeader('');
    assert.equal(e.isSeed, false);
    assert.equal(e.bodyStart, 0);
    assert.deepEqual(splitParagraphs('', 0), []);
    const only = 'Title\n20220106\nhttps://example.com/x';
    const h = parseHeader(only);
    assert.equal(h.isSeed, true);
    assert.equal(h.bodyStart, only.length);
    assert.deepEqual(splitParagraphs(only, h.bodyStart), []);
  });

  it('detects a seed by content and leaves half-seeds alone', () => {
    assert.equal(looksLikeSeed(SAMPLE), true);
    assert.equal(looksLikeSeed('Title\n20220106\n\nBody'), false, 'no URL');
    assert.equal(looksLikeSeed('Title\n20221306\nhttps://e.com/\nBody'), false, 'bad month');
    assert.equal(looksLikeSeed('Title\n20220106\nhttps://e.com/ trailing words\nBody'), false, 'URL with words');
    assert.equal(looksLikeSeed('Title \n 20220106 \n https://e.com/a \nBody'), true, 'surrounding spaces are fine');
  });

  it('detects a seed whose body is one huge line', () => {
    assert.equal(looksLikeSeed(SAMPLE + 'x'.repeat(5_000_000)), true);
    assert.equal(looksLikeSeed('x'.repeat(5_000_000)), false);
  });

  it('splits lines on every line-break style', () => {
    assert.deepEqual(splitLines('a\r\nb\rc\n').map((l) => [l.start, l.end]), [[0, 1], [3, 4], [5, 6], [7, 7]]);
  });
});
