import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvRows, toCsv } from '../../src/export/csv';
import { combine, input, multiLineFixture, NASTY, nastyFixture, real, SAMPLE, sampleFixture } from './exportFixtures';

function parseCsv(csv: string, bom = false): string[][] {
  return parse(csv, { bom, relax_column_count: false }) as string[][];
}

describe('export: csv', () => {
  it('parses back (csv-parse) to the same rows, with commas, doubled quotes, tabs, CRLF and newlines in the text', () => {
    const i = input(multiLineFixture(), NASTY, 'nasty.txt');
    const rows = parseCsv(toCsv(i));
    assert.deepEqual(rows[0], [...CSV_COLUMNS.quotes]);
    assert.deepEqual(rows.slice(1), csvRows(i));
    const a = i.analysis;
    assert.equal(rows.length - 1, a.quotes.length);
    const textCol = CSV_COLUMNS.quotes.indexOf('text');
    const startCol = CSV_COLUMNS.quotes.indexOf('start');
    const endCol = CSV_COLUMNS.quotes.indexOf('end');
    for (const r of rows.slice(1)) assert.equal(r[textCol], NASTY.slice(Number(r[startCol]), Number(r[endCol])));
    const texts = rows.slice(1).map((r) => r[textCol]);
    assert.ok(texts.some((t) => t.includes(',') && t.includes('"')), 'a text with commas and quotes');
    assert.ok(texts.some((t) => t.includes('\r\n')), 'a text with a line break survives as is');
    const speakers = rows.slice(1).map((r) => r[CSV_COLUMNS.quotes.indexOf('speaker')]);
    assert.ok(speakers.includes("John O'Neil") && speakers.includes('Jane Doe') && speakers.includes(''));
  });

  it('writes the role, cue, kind and confidence of each quote', () => {
    const i = input(sampleFixture(), SAMPLE);
    const rows = parseCsv(toCsv(i));
    const col = (r: string[], name: string) => r[CSV_COLUMNS.quotes.indexOf(name)];
    const clark = rows.find((r) => col(r, 'speaker') === 'Wesley Clark')!;
    assert.equal(col(clark, 'role'), 'a former NATO supreme allied commander in Europe');
    assert.equal(col(clark, 'cue'), 'said');
    assert.equal(col(clark, 'kind'), 'direct');
    assert.equal(col(clark, 'file'), '000_be6e4752cb109430.txt');
    assert.equal(col(clark, 'date'), '2022-01-06');
    assert.ok(Number(col(clark, 'confidence')) > 0 && Number(col(clark, 'confidence')) <= 1);
  });

  it('uses RFC 4180 CRLF record separators and an optional UTF-8 BOM', () => {
    const i = input(nastyFixture(), NASTY, 'nasty.txt');
    const plain = toCsv(i);
    assert.ok(plain.startsWith('file,date,speaker'));
    assert.ok(plain.endsWith('\r\n'));
    const withBom = toCsv(i, { bom: true });
    assert.equal(withBom.charCodeAt(0), 0xfeff);
    assert.equal(withBom.slice(1), plain);
    assert.deepEqual(parseCsv(withBom, true), parseCsv(plain));
  });

  it('--layer entities: one row per entity with type, canonical form and actor', () => {
    const i = input(sampleFixture(), SAMPLE);
    const rows = parseCsv(toCsv(i, { layer: 'entities' }));
    assert.deepEqual(rows[0], [...CSV_COLUMNS.entities]);
    assert.equal(rows.length - 1, i.analysis.entities.length);
    const c = (name: string) => CSV_COLUMNS.entities.indexOf(name);
    for (const r of rows.slice(1)) assert.equal(r[c('text')], SAMPLE.slice(Number(r[c('start')]), Number(r[c('end')])));
    const putin = rows.find((r) => r[c('text')] === 'Putin')!;
    assert.equal(putin[c('canonical')], 'Vladimir Putin');
    assert.equal(putin[c('actor')], 'Vladimir Putin');
  });

  it('--layer claims: one row per claim', () => {
    const i = input(sampleFixture(), SAMPLE);
    const rows = parseCsv(toCsv(i, { layer: 'claims' }));
    assert.deepEqual(rows[0], [...CSV_COLUMNS.claims]);
    assert.equal(rows.length - 1, i.analysis.claims.length);
  });

  it('an empty or header-less file gives just the header row', () => {
    for (const t of ['', 'no header at all']) {
      const rows = parseCsv(toCsv(real(t)));
      assert.deepEqual(rows[0], [...CSV_COLUMNS.quotes]);
      assert.equal(rows.length, 1 + real(t).analysis.quotes.length);
    }
  });

  it('combines several files into one table with the header once', () => {
    const a = input(sampleFixture(), SAMPLE, 'a.txt');
    const b = input(nastyFixture(), NASTY, 'b.txt');
    const rows = parseCsv(combine('csv', [a, b], { bom: true })!, true);
    assert.equal(rows.filter((r) => r[0] === 'file').length, 1);
    assert.equal(rows.length - 1, a.analysis.quotes.length + b.analysis.quotes.length);
    assert.deepEqual([...new Set(rows.slice(1).map((r) => r[0]))], ['a.txt', 'b.txt']);
  });

  it('exports whatever the real analyze() finds on the sample with consistent slices', () => {
    const i = real(SAMPLE, 'sample.txt');
    for (const layer of ['quotes', 'entities', 'claims'] as const) {
      const rows = parseCsv(toCsv(i, { layer }));
      assert.deepEqual(rows.slice(1), csvRows(i, layer));
    }
  });
});
