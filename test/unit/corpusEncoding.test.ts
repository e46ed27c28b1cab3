// The Corpus view reads seeds from disk as bytes: a UTF-16 seed or a binary file named .seed is skipped as unreadable,
// with the reason Export All Seeds gives, instead of being indexed as an article of garbage (decoded as UTF-8).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { CorpusService, type CorpusHost, unreadableSeed } from '../../src/editor/corpus/corpusService';
import { UTF16_REASON } from '../../src/export/batch';

const SEED = 'Harbour board approves a late ferry\n20240402\nhttps://news.example.org/ferry\n"The boats will run until midnight," board chair Ines Okafor said on Tuesday.\n';
const utf16le = (s: string) => { const b = new Uint8Array(2 + s.length * 2); b[0] = 0xff; b[1] = 0xfe; for (let i = 0; i < s.length; i++) b[2 + 2 * i] = s.charCodeAt(i); return b; };
const utf16beNoBom = (s: string) => { const b = new Uint8Array(s.length * 2); for (let i = 0; i < s.length; i++) b[2 * i + 1] = s.charCodeAt(i); return b; };

class Host implements CorpusHost {
  files = new Map<string, Uint8Array>();
  logs: string[] = [];
  analysed: string[] = [];
  async listFiles() { return [...this.files.keys()]; }
  async size(f: string) { return this.files.get(f)!.length; }
  async read(f: string) { return this.files.get(f)!; }
  async analyze(text: string, key: string) { this.analysed.push(key); return analyze(text); }
  async load() { return undefined; }
  async save() { /* nothing kept */ }
  log(line: string) { this.logs.push(line); }
  maxBytes() { return 0; }
  engineVersion = 'engine-1';
}

describe('corpus: seeds that are not UTF-8 text', () => {
  it('unreadableSeed names UTF-16 (with or without a BOM) and NUL bytes; UTF-8 text is readable', () => {
    assert.equal(unreadableSeed(utf16le(SEED)), UTF16_REASON);
    assert.equal(unreadableSeed(utf16beNoBom(SEED)), UTF16_REASON);
    assert.equal(unreadableSeed(new Uint8Array([0x48, 0x69, 0, 0x21, 0x0a, 0x41, 0x42, 0x43, 0x44])), 'binary file (contains NUL bytes)');
    assert.equal(unreadableSeed(new TextEncoder().encode(SEED)), undefined);
    assert.equal(unreadableSeed(new TextEncoder().encode(`\ufeff${SEED}`)), undefined, 'a UTF-8 BOM is fine');
  });

  it('a UTF-16 seed (.txt or .seed) and a binary .seed are skipped as unreadable, with the reason; other UTF-16 text is no seed', async () => {
    const host = new Host();
    host.files.set('file:///ws/good.txt', new TextEncoder().encode(SEED));
    host.files.set('file:///ws/wide.txt', utf16le(SEED));
    host.files.set('file:///ws/wide-be.seed', utf16beNoBom(SEED));
    host.files.set('file:///ws/noise.seed', Uint8Array.from({ length: 3000 }, (_, i) => (i * 37) % 256));
    host.files.set('file:///ws/notes.txt', utf16le('Shopping list\nmilk\neggs\n'));
    const s = new CorpusService(host, 0);
    await s.indexAll();
    assert.deepEqual([...s.index.articlesByDate()].map((a) => a.file), ['file:///ws/good.txt']);
    assert.deepEqual(host.analysed.map((k) => k.replace(/^corpus:/, '')), ['file:///ws/good.txt'], 'nothing unreadable reaches the analysis');
    assert.deepEqual(s.skipped.get('file:///ws/wide.txt'), { reason: 'unreadable', detail: UTF16_REASON });
    assert.deepEqual(s.skipped.get('file:///ws/wide-be.seed'), { reason: 'unreadable', detail: UTF16_REASON });
    assert.deepEqual(s.skipped.get('file:///ws/noise.seed'), { reason: 'unreadable', detail: 'binary file (contains NUL bytes)' });
    assert.equal(s.skipped.get('file:///ws/notes.txt')?.reason, 'not a seed');
    assert.ok(host.logs.some((l) => /wide\.txt: unreadable \(UTF-16 text: save it as UTF-8\)/.test(l)), 'the log says why');
  });

  it('a seed saved again as UTF-16 leaves the index; saved back as UTF-8 it returns', async () => {
    const host = new Host();
    host.files.set('file:///ws/a.txt', new TextEncoder().encode(SEED));
    const s = new CorpusService(host, 0);
    await s.indexAll();
    assert.equal(s.index.size, 1);
    host.files.set('file:///ws/a.txt', utf16le(SEED));
    await s.update('file:///ws/a.txt');
    assert.equal(s.index.size, 0);
    assert.equal(s.skipped.get('file:///ws/a.txt')?.reason, 'unreadable');
    host.files.set('file:///ws/a.txt', new TextEncoder().encode(SEED));
    await s.update('file:///ws/a.txt');
    assert.equal(s.index.size, 1);
    assert.equal(s.skipped.has('file:///ws/a.txt'), false);
  });
});
