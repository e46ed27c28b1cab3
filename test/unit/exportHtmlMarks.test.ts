// The html export's marks by number (src/export/htmlMarks.ts, thirty-second round): each block gets exactly the marks
// that overlap it, in the stable order by start of the list the page always made (each quote, its cue and its speaker;
// the entities; each actor's mentions), whether the blocks are swept in order or, out of order, found by binary search;
// anchors are noted by slot. Invented text only.
import * as assert from 'node:assert/strict';
import type { Analysis, Span } from '../../src/engine/types';
import { analyze } from '../../src/engine';
import { type Mark, PageMarks } from '../../src/export/htmlMarks';
import { validSpan } from '../../src/export/common';
import { SAMPLE } from './exportFixtures';

type Row = [string, number, number, number];

/** The page's marks as the html export listed them before (one object each), sorted stably by start, per block. */
function reference(a: Analysis, n: number, blocks: readonly Span[]): Row[][] {
  const all: Row[] = [];
  a.quotes.forEach((q, i) => {
    if (!validSpan(q, n)) return;
    all.push(['quote', q.start, q.end, i]);
    if (validSpan(q.cueSpan, n)) all.push(['cue', q.cueSpan.start, q.cueSpan.end, i]);
    if (validSpan(q.speakerSpan, n)) all.push(['speaker', q.speakerSpan.start, q.speakerSpan.end, i]);
  });
  for (const e of a.entities) if (validSpan(e, n)) all.push(['entity', e.start, e.end, -1]);
  for (const x of a.actors) x.mentions.forEach((m, mi) => { if (validSpan(m, n)) all.push(['mention', m.start, m.end, mi]); });
  const sorted = all.filter((m) => m[2] > m[1]).sort((p, q) => p[1] - q[1]);
  // (Blocks in order: the marks overlapping each.)
  return blocks.map((b) => sorted.filter((m) => m[1] < b.end && m[2] > b.start));
}

const rows = (marks: Mark[]): Row[] => marks.map((m) => [m.kind, m.start, m.end, m.i]);

describe('html export: marks by number (htmlMarks.ts)', () => {
  const text = SAMPLE;
  const base = analyze(text);
  const n = text.length;
  const actorIndex = (a: Analysis) => new Map(a.actors.map((x, i) => [x.id, i + 1]));

  it('each paragraph gets the marks overlapping it, in stable order by start (sweep)', () => {
    const a: Analysis = JSON.parse(JSON.stringify(base));
    // A quote running over three paragraphs, a zero-length cue, an entity past the text, a mention before every block.
    a.quotes[0].end = a.paragraphs[Math.min(2, a.paragraphs.length - 1)].end;
    if (a.quotes[1]) a.quotes[1].cueSpan = { start: a.quotes[1].start, end: a.quotes[1].start };
    a.entities[0].end = n + 3;
    a.actors[0].mentions.push({ start: 0, end: 3 }, { start: a.paragraphs[0].start, end: n });
    const blocks = a.paragraphs;
    const got = [...new PageMarks(a, n, actorIndex(a)).perBlock(blocks)].map(rows);
    assert.deepEqual(got, reference(a, n, blocks));
    assert.ok(got.filter((b) => b.some((m) => m[0] === 'quote' && m[3] === 0)).length >= 2, 'the long quote is in several blocks');
  });

  it('blocks out of order get what the binary search gave before', () => {
    const a: Analysis = JSON.parse(JSON.stringify(base));
    const blocks = [a.paragraphs[1], a.paragraphs[0], ...a.paragraphs.slice(2)];
    const got = [...new PageMarks(a, n, actorIndex(a)).perBlock(blocks)].map(rows);
    // (For these blocks the old search finds, for a mark, the first block ending after its start, then blocks on while
    // they start before its end.)
    const sorted = reference(a, n, [{ start: 0, end: n }])[0];
    const want: Row[][] = blocks.map(() => []);
    for (const m of sorted) {
      let lo = 0;
      let hi = blocks.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (blocks[mid].end <= m[1]) lo = mid + 1; else hi = mid; }
      for (let b = lo; b < blocks.length && blocks[b].start < m[2]; b++) want[b].push(m);
    }
    assert.deepEqual(got, want);
  });

  it('anchors: one slot per quote, one per mention of each actor index (actors sharing an id share them)', () => {
    const a: Analysis = JSON.parse(JSON.stringify(base));
    a.actors[1].id = a.actors[0].id;
    const idx = actorIndex(a);
    const pm = new PageMarks(a, n, idx);
    const marks = [...pm.perBlock([{ start: 0, end: n }])][0];
    const slots = new Map<string, number>();
    for (const m of marks) {
      if (!m.anchor) { assert.equal(m.bit, -1); continue; }
      if (slots.has(m.anchor)) assert.equal(slots.get(m.anchor), m.bit, m.anchor);
      slots.set(m.anchor, m.bit);
    }
    assert.equal(new Set(slots.values()).size, slots.size, 'distinct anchor ids, distinct slots');
    assert.equal(pm.corrected, false);
    a.entities[0] = { ...a.entities[0], corrected: true } as typeof a.entities[0];
    assert.equal(new PageMarks(a, n, idx).corrected, true);
  });
});
