import * as assert from 'node:assert/strict';
import type { Analysis, Span } from '../../src/engine/types';
import { bratConf, toBrat } from '../../src/export/brat';
import { find, input, multiLineFixture, NASTY, nastyFixture, real, SAMPLE, sampleFixture } from './exportFixtures';

interface TLine { id: string; type: string; frags: Span[]; text: string }

/** An independent reader of brat standoff (.ann), as brat's own: T, R, A and # lines, code point offsets. */
function parseAnn(ann: string) {
  const t = new Map<string, TLine>();
  const r: { id: string; type: string; arg1: string; arg2: string }[] = [];
  const attrs: { id: string; name: string; target: string; value: string }[] = [];
  const notes: { target: string; text: string }[] = [];
  assert.ok(ann === '' || ann.endsWith('\n'));
  for (const line of ann.split('\n').slice(0, -1)) {
    const cols = line.split('\t');
    const id = cols[0];
    if (id.startsWith('T')) {
      assert.equal(cols.length, 3, `T line has 3 tab-separated fields: ${line}`);
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1]);
      assert.ok(m, `bad T line: ${line}`);
      const frags = m[2].split(';').map((f) => { const [s, e] = f.split(' ').map(Number); return { start: s, end: e }; });
      assert.ok(!t.has(id), `duplicate id ${id}`);
      t.set(id, { id, type: m[1], frags, text: cols[2] });
    } else if (id.startsWith('R')) {
      const m = /^(\S+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(cols[1]);
      assert.ok(m, `bad R line: ${line}`);
      r.push({ id, type: m[1], arg1: m[2], arg2: m[3] });
    } else if (id.startsWith('A')) {
      const m = /^(\S+) (T\d+) (\S+)$/.exec(cols[1]);
      assert.ok(m, `bad A line: ${line}`);
      attrs.push({ id, name: m[1], target: m[2], value: m[3] });
    } else if (id.startsWith('#')) {
      const m = /^AnnotatorNotes (T\d+)$/.exec(cols[1]);
      assert.ok(m, `bad note: ${line}`);
      notes.push({ target: m[1], text: cols[2] });
    } else {
      assert.fail(`unexpected line: ${line}`);
    }
  }
  return { t, r, attrs, notes };
}

/** brat slices the .txt by code points. */
function cpSlice(txt: string, s: number, e: number): string {
  return Array.from(txt).slice(s, e).join('');
}

/** Maps a code point offset of the brat .txt back to a UTF-16 offset of the original text (CRLF/BOM re-inserted), independently of the exporter. */
function backMapper(original: string) {
  const map: number[] = [];
  let i = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < original.length) {
    map.push(i);
    const c = original.codePointAt(i)!;
    if (c === 13 && original.charCodeAt(i + 1) === 10) i += 2;
    else i += c > 0xffff ? 2 : 1;
  }
  map.push(original.length);
  return (cp: number) => map[cp];
}

function declaredTypes(conf: string) {
  const sections = new Map<string, string[]>();
  let cur = '';
  for (const line of conf.split('\n')) {
    const m = /^\[(\w+)\]$/.exec(line);
    if (m) { cur = m[1]; sections.set(cur, []); continue; }
    if (line.trim() && !line.startsWith('#')) sections.get(cur)!.push(line.split('\t')[0]);
  }
  return sections;
}

function roundTrip(a: Analysis, text: string) {
  const b = toBrat(input(a, text));
  assert.ok(!b.txt.includes('\r') && b.txt.charCodeAt(0) !== 0xfeff, 'the .txt has LF line breaks and no BOM');
  const { t, r, attrs } = parseAnn(b.ann);
  for (const tl of t.values()) {
    const parts = tl.frags.map((f) => cpSlice(b.txt, f.start, f.end));
    for (const p of parts) assert.ok(!p.includes('\n') && p.length > 0, `fragment within one line: ${tl.id}`);
    assert.equal(parts.join(' '), tl.text, `${tl.id} text equals the .txt slice`);
  }
  for (const rel of r) {
    assert.ok(t.has(rel.arg1) && t.has(rel.arg2), `relation ${rel.id} refers to existing T ids`);
    assert.equal(t.get(rel.arg1)!.type, 'Quote');
    assert.equal(t.get(rel.arg2)!.type, rel.type === 'SaidBy' ? 'Speaker' : 'Cue');
  }
  for (const at of attrs) {
    assert.equal(t.get(at.target)?.type, 'Quote');
    assert.match(at.value, /^(direct|indirect|partial)$/);
  }
  const conf = declaredTypes(bratConf(b.types));
  for (const tl of t.values()) assert.ok(conf.get('entities')!.includes(tl.type), `${tl.type} declared in annotation.conf`);
  for (const rel of r) assert.ok(conf.get('relations')!.includes(rel.type));
  for (const at of attrs) assert.ok(conf.get('attributes')!.includes(at.name));
  // Spans map back to the analysis' spans in the original text.
  const back = backMapper(text);
  const spansOf = (type: string) => [...t.values()].filter((x) => x.type === type)
    .map((x) => ({ start: back(x.frags[0].start), end: back(x.frags[x.frags.length - 1].end) }));
  assert.deepEqual(spansOf('Quote'), a.quotes.map((q) => ({ start: q.start, end: q.end })));
  // Each quote's speaker and cue, reached through its relations, map back to the analysis' spans.
  const quoteTs = [...t.values()].filter((x) => x.type === 'Quote');
  const spanOf = (x: TLine) => ({ start: back(x.frags[0].start), end: back(x.frags[x.frags.length - 1].end) });
  a.quotes.forEach((q, i) => {
    const rel = (type: string) => r.filter((x) => x.type === type && x.arg1 === quoteTs[i].id).map((x) => spanOf(t.get(x.arg2)!));
    assert.deepEqual(rel('SaidBy'), q.speakerSpan ? [q.speakerSpan] : []);
    assert.deepEqual(rel('CuedBy'), q.cueSpan ? [q.cueSpan] : []);
  });
  // One T line per type and span.
  const keys = [...t.values()].map((x) => `${x.type} ${JSON.stringify(x.frags)}`);
  assert.equal(new Set(keys).size, keys.length);
  const entityTypes = new Set(['Quote', 'Speaker', 'Cue']);
  const ents = [...t.values()].filter((x) => !entityTypes.has(x.type)).map((x) => ({ type: x.type.toLowerCase(), start: back(x.frags[0].start), end: back(x.frags[0].end) }));
  assert.deepEqual(ents, a.entities.map((e) => ({ type: e.type, start: e.start, end: e.end })));
  assert.equal(r.filter((x) => x.type === 'SaidBy').length, a.quotes.filter((q) => q.speakerSpan).length);
  return { b, t };
}

describe('export: brat standoff', () => {
  it('round-trips the sample: spans back to the same offsets, every text equal to the .txt slice', () => {
    const { b, t } = roundTrip(sampleFixture(), SAMPLE);
    assert.equal(b.txt, SAMPLE, 'an LF file without BOM is copied as is');
    assert.equal(b.normalized, false);
    assert.ok([...t.values()].some((x) => x.type === 'Quote' && x.text.startsWith('He wants to shatter NATO')));
  });

  it('handles CRLF, an astral character before the spans, quotes, tabs and <script> in the text', () => {
    const { b, t } = roundTrip(nastyFixture(), NASTY);
    assert.equal(b.normalized, true);
    assert.equal(b.txt, NASTY.replace(/\r\n/g, '\n'));
    // After the emoji, code point offsets are one less than UTF-16 offsets of the LF text: the test exercises that.
    const oneil = [...t.values()].find((x) => x.type === 'Person' && x.text === "John O'Neil")!;
    const utf16 = b.txt.indexOf("John O'Neil");
    assert.equal(oneil.frags[0].start, utf16 - 1);
  });

  it('splits a span across a line break into fragments, each on one line', () => {
    const a = multiLineFixture();
    const { t } = roundTrip(a, NASTY);
    const q = [...t.values()].find((x) => x.type === 'Quote' && x.frags.length === 2)!;
    assert.ok(q, 'a discontinuous quote');
    assert.equal(q.text, 'Then she left. Critics');
  });

  it('shifts offsets past a BOM and still round-trips', () => {
    const text = '\uFEFF' + SAMPLE;
    const a = sampleFixture(text);
    const { b } = roundTrip(a, text);
    assert.equal(b.txt, SAMPLE);
  });

  it('keeps the .ann line format when entity text contains a tab', () => {
    const text = 'Head\n20240101\nhttps://e.com/\nThe\tTab Corp said so.';
    const s = find(text, '\tTab Corp');
    const a = { ...real(text).analysis, entities: [{ id: 'e1', start: s.start + 1, end: s.end, text: 'Tab Corp', type: 'organization', canonical: 'Tab Corp' }] };
    const { t } = roundTrip(a, text);
    assert.equal(t.size, 1);
  });

  it('declares extra entity kinds in annotation.conf with brat-safe names', () => {
    const a = nastyFixture();
    const b = toBrat(input(a, NASTY));
    assert.ok(b.types.includes('Money'));
    const conf = bratConf(['Work_of_art']);
    assert.match(conf, /^\[entities\]$/m);
    assert.match(conf, /^Work_of_art$/m);
    assert.match(conf, /^SaidBy\tArg1:Quote, Arg2:Speaker$/m);
  });

  it('is consistent for whatever the real analyze() finds (sample, CRLF, empty, no header)', () => {
    for (const text of [SAMPLE, SAMPLE.replace(/\n/g, '\r\n'), '', 'no header\nat all', NASTY]) roundTrip(real(text).analysis, text);
  });
});
