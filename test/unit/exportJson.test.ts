import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/engine/types';
import { jsonPieces, toJson, toJsonLine, toSeedJson } from '../../src/export/json';
import { checkSeedJson, input, NASTY, nastyFixture, real, SAMPLE, sampleFixture, validate } from './exportFixtures';

describe('export: json (seed-reader/1)', () => {
  it('exports the sample with all layers, valid against the schema, every text equal to its slice', () => {
    const a = sampleFixture();
    const d = checkSeedJson(JSON.parse(toJson(input(a, SAMPLE))), SAMPLE);
    assert.equal(d.schema, 'seed-reader/1');
    assert.deepEqual(d.source, {
      file: '000_be6e4752cb109430.txt', title: a.header.title, date: '2022-01-06', url: a.header.url, length: SAMPLE.length,
    });
    assert.equal(d.quotes.length, a.quotes.length);
    assert.ok(d.quotes.length >= 2 && d.entities.length >= 5 && d.actors.length >= 3 && d.claims.length >= 2);
    const clark = d.actors.find((x) => x.name === 'Wesley Clark')!;
    assert.equal(d.quotes[0].speaker, clark.id);
    assert.equal(SAMPLE.slice(d.quotes[0].speakerSpan!.start, d.quotes[0].speakerSpan!.end), 'Mr. Clark');
    assert.equal(SAMPLE.slice(d.quotes[0].cueSpan!.start, d.quotes[0].cueSpan!.end), 'said');
  });

  it('round-trips: parsing the printed JSON gives the document back', () => {
    const i = input(nastyFixture(), NASTY, 'nasty.txt');
    assert.deepEqual(JSON.parse(toJson(i)), toSeedJson(i));
    assert.deepEqual(JSON.parse(toJsonLine(i)), toSeedJson(i));
    assert.equal(toJsonLine(i).split('\n').length, 2, 'one line plus the trailing newline');
    checkSeedJson(JSON.parse(toJson(i)), NASTY);
  });

  it('is valid for whatever the real analyze() finds: sample, CRLF, BOM, no header, empty, astral', () => {
    const texts = [
      SAMPLE, SAMPLE.replace(/\n/g, '\r\n'), '\uFEFF' + SAMPLE, NASTY, '', '\n\n\n', 'Just one line, no header.',
      'Headline\nnot-a-date\nhttps://example.com/x\nBody 😀 said Mr. Smith.',
      SAMPLE.split('\n').slice(3).join('\n'),
    ];
    for (const t of texts) {
      const d = checkSeedJson(JSON.parse(toJson(real(t))), t);
      assert.equal(d.source.length, t.length);
    }
  });

  it('reports a file without header with null title/date/url', () => {
    const d = checkSeedJson(toSeedJson(real('No header here.\nSecond line.')), 'No header here.\nSecond line.');
    assert.deepEqual([d.source.title, d.source.date, d.source.url], [null, null, null]);
  });

  it('drops spans that fall outside the text instead of exporting broken offsets', () => {
    const a: Analysis = sampleFixture();
    const broken = { ...a, entities: [...a.entities, { id: 'bad', start: SAMPLE.length - 2, end: SAMPLE.length + 5, text: 'x', type: 'person', canonical: 'x' }] };
    const d = checkSeedJson(toSeedJson(input(broken, SAMPLE)), SAMPLE);
    assert.ok(!d.entities.some((e) => e.id === 'bad'));
    assert.equal(d.entities.length, a.entities.length);
  });

  it('the schema rejects documents that break the contract', () => {
    const good = toSeedJson(input(sampleFixture(), SAMPLE));
    assert.ok(validate(good));
    const bad: [string, (d: any) => void][] = [
      ['wrong schema id', (d) => { d.schema = 'seed-reader/2'; }],
      ['missing source.url', (d) => { delete d.source.url; }],
      ['unknown top-level field', (d) => { d.extra = 1; }],
      ['unknown quote field', (d) => { d.quotes[0].colour = 'red'; }],
      ['bad quote kind', (d) => { d.quotes[0].kind = 'rumour'; }],
      ['confidence above 1', (d) => { d.quotes[0].confidence = 1.5; }],
      ['negative offset', (d) => { d.entities[0].start = -1; }],
      ['fractional offset', (d) => { d.entities[0].end = 3.5; }],
      ['actor without mentions', (d) => { delete d.actors[0].mentions; }],
      ['bad date', (d) => { d.source.date = '20220106'; }],
    ];
    for (const [why, mutate] of bad) {
      const d = JSON.parse(JSON.stringify(good));
      mutate(d);
      assert.equal(validate(d), false, `schema accepted: ${why}`);
    }
  });

  describe('jsonPieces (the CLI writes json piece by piece)', () => {
    /** An invented seed with many names, quotes and claims: hundreds of items. */
    const MANY = ['Wren Ferry notes', '20240311', 'https://example.org/wren',
      ...Array.from({ length: 60 }, (_, i) => `"The dock ${i} opens at noon," said Dorian Varrow, a pilot of the Wren Ferry Company. Mayor Elsa Quint told the council: "We will pay for lamp ${i}."`)].join('\n');

    /** The readable layout built from the whole document: each field on its own line, each list item on its own. */
    const readable = (doc: object): string => `{\n${Object.entries(doc).map(([k, v]) => `  ${JSON.stringify(k)}: ${
      Array.isArray(v) && v.length > 0 ? `[\n    ${v.map((x) => JSON.stringify(x)).join(',\n    ')}\n  ]` : JSON.stringify(v)}`).join(',\n')}\n}\n`;

    it('joined, the pieces are the whole document laid out readably or on one line, whatever the piece size', () => {
      for (const i of [input(sampleFixture(), SAMPLE), input(nastyFixture(), NASTY, 'nasty.txt'), real(MANY), real(''), real('Only a headline')]) {
        const doc = toSeedJson(i);
        assert.equal(toJson(i), readable(doc), 'toJson');
        assert.equal(toJsonLine(i), JSON.stringify(doc) + '\n', 'toJsonLine');
        for (const size of [1, 64, 4096, Infinity]) {
          assert.equal([...jsonPieces(i, true, size)].join(''), readable(doc), `readable, pieces of ${size}`);
          assert.equal([...jsonPieces(i, false, size)].join(''), JSON.stringify(doc) + '\n', `line, pieces of ${size}`);
        }
      }
    });

    it('makes pieces of about the size asked for, each at least one item, so the whole text is never built at once', () => {
      const i = real(MANY);
      const whole = toJson(i);
      const doc = toSeedJson(i);
      const longest = Math.max(...[...doc.entities, ...doc.actors, ...doc.quotes, ...doc.claims].map((x) => JSON.stringify(x).length));
      const pieces = [...jsonPieces(i, true, 2048)];
      assert.ok(pieces.length >= whole.length / (2048 + longest + 16), `${pieces.length} pieces for ${whole.length} characters`);
      for (const p of pieces) assert.ok(p.length <= 2048 + longest + 16, `a piece of ${p.length} characters`);
      assert.equal([...jsonPieces(i, true)].length, 1, 'one piece under the default size (1 M characters)');
    });
  });
});
