// Property tests: random texts (astral characters, CR/LF/CRLF, BOM, quotes, commas, tabs, markup)
// with random spans, and the real analyze() on random seed-like texts. Every exporter must keep its
// round-trip invariants and never throw.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { DOMParser } from 'linkedom';
import { analyze } from '../../src/engine';
import type { Analysis, Entity, Quote } from '../../src/engine/types';
import { toBrat } from '../../src/export/brat';
import { csvRows, neutralizeCell, toCsv } from '../../src/export/csv';
import { toHtml } from '../../src/export/html';
import { toSeedJson } from '../../src/export/json';
import { toMarkdown } from '../../src/export/markdown';
import { toW3cCollection } from '../../src/export/w3c';
import { checkSeedJson } from './exportFixtures';

const PIECES = ['a', 'Mr. Clark', ' said', ',', '"', '“', '”', "'", '\t', '\n', '\r\n', '\r', ' ', '😀', '𝒳', 'é', '<script>', '&amp;', '|', '=SUM(1)', '\uFEFF', 'NATO', '#', '*', '-'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

/** Cut points at code point boundaries. */
function boundaries(text: string): number[] {
  const out = [0];
  let i = 0;
  for (const ch of text) { i += ch.length; out.push(i); }
  return out;
}

/** A random analysis on `text`: non-overlapping entities and quotes from random boundaries. */
function randomAnalysis(text: string, picks: number[]): Analysis {
  const base = analyze('');
  const b = boundaries(text);
  const cuts = [...new Set(picks.map((p) => b[p % b.length]))].sort((x, y) => x - y);
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  for (let k = 0; k + 1 < cuts.length; k += 2) {
    const start = cuts[k];
    const end = cuts[k + 1];
    if ((k / 2) % 2 === 0) {
      entities.push({ id: `e${k}`, start, end, text: text.slice(start, end), type: 'person', canonical: 'X' });
    } else {
      quotes.push({ id: `q${k}`, start, end, text: text.slice(start, end), speaker: null, cue: null, cueSpan: null, speakerSpan: null,
        kind: 'direct', confidence: 0.5, marked: false, attribution: '', paragraph: 0 });
    }
  }
  return { ...base, length: text.length, entities, quotes, paragraphs: analyze(text).paragraphs, header: analyze(text).header };
}

describe('export: properties', () => {
  it('brat: every T fragment is one line of the LF .txt, its text the code point slice; one T per visible span', () => {
    fc.assert(fc.property(textArb, fc.array(fc.nat(), { maxLength: 12 }), (text, picks) => {
      const a = randomAnalysis(text, picks);
      const b = toBrat({ analysis: a, text, fileName: 'r.txt' });
      assert.equal(b.txt, text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), 'LF line breaks, the BOM (only the first U+FEFF) removed');
      const cps = Array.from(b.txt);
      for (const line of b.ann.split('\n').filter((l) => l.startsWith('T'))) {
        const [, typeOffsets, shown] = line.split('\t');
        const frags = typeOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
        const parts = frags.map(([s, e]) => cps.slice(s, e).join(''));
        for (const p of parts) assert.ok(p.length > 0 && !p.includes('\n'));
        assert.equal(parts.join(' ').replace(/\t/g, ' '), shown);
      }
      // Every span with visible text gets exactly one T line; blank spans (white space only) none.
      const visible = (spans: { start: number; end: number }[]) => spans.filter((x) => /\S/.test(text.slice(x.start, x.end).replace(/^\uFEFF/, ''))).length;
      const count = (type: string) => b.ann.split('\n').filter((l) => l.startsWith('T') && l.split('\t')[1].startsWith(type + ' ')).length;
      assert.equal(count('Person'), visible(a.entities));
      assert.equal(count('Quote'), visible(a.quotes));
    }), { numRuns: 300 });
  });

  it('brat: with U+2028/U+2029 and the other line breaks of Python, each T text is exactly its .txt slices joined by a space', () => {
    const breaks = ['\u2028', '\u2029', '\x85', '\v', '\f', '\x1c', '\x1d', '\x1e', '\t', '\n', 'a b', 'Mr. Clark', '😀', ' '];
    const arb = fc.array(fc.constantFrom(...breaks), { maxLength: 40 }).map((p) => p.join(''));
    const PY_LINES = /\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;
    fc.assert(fc.property(arb, fc.array(fc.nat(), { maxLength: 12 }), (text, picks) => {
      const a = randomAnalysis(text, picks);
      const b = toBrat({ analysis: a, text, fileName: 'r.txt' });
      // Python (brat) reads the .ann line by line: no line may hold another line break.
      assert.deepEqual(b.ann.split(PY_LINES), b.ann.split('\n'));
      const cps = Array.from(b.txt);
      for (const line of b.ann.split('\n').filter((l) => l.startsWith('T'))) {
        const [, typeOffsets, shown, extra] = line.split('\t');
        assert.equal(extra, undefined, 'no tab inside the text field');
        const frags = typeOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
        const parts = frags.map(([s, e]) => cps.slice(s, e).join(''));
        for (const p of parts) assert.ok(p.length > 0 && !PY_LINES.test(p) && !p.includes('\t'));
        assert.equal(shown, parts.join(' '));
      }
    }), { numRuns: 900 });
  });

  it('W3C: exact equals the code point slice, prefix and suffix surround it', () => {
    fc.assert(fc.property(textArb, fc.array(fc.nat(), { maxLength: 12 }), (text, picks) => {
      const a = randomAnalysis(text, picks);
      const c = toW3cCollection({ analysis: a, text, fileName: 'r.txt' });
      const cps = Array.from(text);
      assert.equal(c.first.items.length, a.entities.length + a.quotes.length);
      for (const item of c.first.items) {
        const [q, p] = item.target.selector;
        assert.equal(cps.slice(p.start, p.end).join(''), q.exact);
        assert.ok(cps.slice(0, p.start).join('').endsWith(q.prefix));
        assert.ok(cps.slice(p.end).join('').startsWith(q.suffix));
      }
    }), { numRuns: 300 });
  });

  it('CSV: parses back to the same rows; JSON: valid and slices match', () => {
    fc.assert(fc.property(textArb, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (text, picks, bom) => {
      const a = randomAnalysis(text, picks);
      const input = { analysis: a, text, fileName: 'r,"x".txt' };
      for (const layer of ['quotes', 'entities'] as const) {
        const rows = parse(toCsv(input, { layer, bom }), { bom }) as string[][];
        assert.deepEqual(rows.slice(1), csvRows(input, layer).map((r) => r.map(neutralizeCell)));
        for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, 'no cell a spreadsheet runs as a formula');
        const raw = parse(toCsv(input, { layer, bom, raw: true }), { bom }) as string[][];
        assert.deepEqual(raw.slice(1), csvRows(input, layer));
      }
      checkSeedJson(toSeedJson(input), text);
    }), { numRuns: 300 });
  });

  it('the real analyze() on random seed-like texts: every exporter runs and stays consistent', () => {
    const seedArb = fc.tuple(textArb, fc.constantFrom('20220106', '2022', ''), fc.constantFrom('https://e.com/a', 'nope', ''), fc.array(textArb, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
      .map(([title, date, url, paras, eol]) => [title.replace(/[\r\n]/g, ' '), date, url, ...paras].join(eol));
    fc.assert(fc.property(seedArb, (text) => {
      const input = { analysis: analyze(text), text, fileName: 'r.txt' };
      checkSeedJson(toSeedJson(input), text);
      const doc: any = new DOMParser().parseFromString(toHtml(input), 'text/html');
      assert.equal(doc.querySelectorAll('script').length, 0);
      assert.equal(typeof toMarkdown(input), 'string');
      toBrat(input);
      toW3cCollection(input);
    }), { numRuns: 150 });
  });

  it('the cue is exported as written in the text (json, csv), not lower-cased', () => {
    const cueArb = fc.tuple(fc.constantFrom('said', 'Said', 'SAID', 'told', 'Told', 'according to', 'According to', 'ACCORDING TO', 'added', 'Added'), fc.constantFrom('Mr. Clark', 'John Smith', 'the minister'), fc.boolean())
      .map(([cue, who, inverted]) => {
        const body = /^accord/i.test(cue) ? `${cue} ${who}, the talks will fail.` : inverted ? `"We will win," ${cue} ${who}.` : `${who} ${cue}: "We will win."`;
        return `Title\n20220106\nhttps://e.com/a\n${body}\n`;
      });
    fc.assert(fc.property(cueArb, (text) => {
      const a = analyze(text);
      const input = { analysis: a, text, fileName: 'r.txt' };
      const doc = toSeedJson(input);
      for (const q of doc.quotes) {
        if (q.cue && q.cueSpan) assert.equal(q.cue, text.slice(q.cueSpan.start, q.cueSpan.end));
      }
      for (const c of doc.claims) if (c.cue) assert.ok(text.includes(c.cue), `claim cue ${c.cue} as written`);
      const rows = csvRows(input, 'quotes');
      rows.forEach((r, i) => { if (r[4]) assert.ok(text.includes(r[4]), r[4]); void i; });
    }), { numRuns: 200 });
    const text = 'Title\n20220106\nhttps://e.com/a\nAccording to John Smith, the talks will fail.\n"We will win," Said John Smith.\n';
    const doc = toSeedJson({ analysis: analyze(text), text, fileName: 'r.txt' });
    const cues = doc.quotes.map((q) => q.cue).filter(Boolean);
    assert.ok(cues.length > 0, 'the engine finds a cued quote');
    for (const c of cues) assert.ok(text.includes(c!), `${c} as written`);
  });
});
