// The positions of the paragraphs with quotation marks and of those with attributions, kept from one analysis to the
// next (passes/fold.ts `UnitLists`), which the quotes and claims passes walk instead of every paragraph; and the
// indefinite sources kept per paragraph analysis (indefiniteSource.ts). After any edit the analysis must equal a fresh
// one. Invented text only.
import * as assert from 'node:assert/strict';
import { analyzeParagraph, createAnalyzer } from '../../src/engine';
import { UnitLists } from '../../src/engine/passes/fold';
import type { Unit } from '../../src/engine/passes/state';

const HEAD = ['Lighthouse trust buys the old signal station', '2026-04-11', 'https://example.org/signal'];

/** Runs `versions` through one analyzer in a row, then compares each result with a fresh analyzer's. */
function assertEditsExact(versions: string[][]): void {
  const an = createAnalyzer({ rethrow: true });
  const seen = versions.map((lines) => JSON.stringify(an.analyze(lines.join('\n'))));
  versions.forEach((lines, i) => {
    assert.equal(seen[i], JSON.stringify(createAnalyzer({ rethrow: true }).analyze(lines.join('\n'))), `version ${i}`);
  });
}

function units(texts: string[]): Unit[] {
  let at = 0;
  return texts.map((t, i) => {
    const u: Unit = { start: at, end: at + t.length, index: i === 0 ? -1 : i - 1, data: analyzeParagraph(t, i === 0) };
    at += t.length + 1;
    return u;
  });
}

const QUOTED = '"The lamp room leaks," said Morwenna Keast.';
const CUED = 'Keast said the roof would be mended by June.';
const PLAIN = 'The station stands above the cove.';

describe('paragraph lists kept across edits', () => {
  it('the lists after insertions, deletions and changes equal lists made afresh', () => {
    const cache = new Map<string, Unit['data']>();
    const make = (texts: string[]): Unit[] => units(texts).map((u, i) => {
      const key = `${i === 0}|${texts[i]}`;
      const d = cache.get(key) ?? u.data;
      cache.set(key, d);
      return { ...u, data: d };
    });
    const body = [PLAIN, QUOTED, CUED, PLAIN, PLAIN, QUOTED, PLAIN, CUED, PLAIN, PLAIN, PLAIN, PLAIN];
    const versions = [
      ['Head', ...body],
      ['Head', PLAIN, ...body], // one more at the start: every later position moves by one
      ['Head', ...body.slice(0, 6), QUOTED, ...body.slice(6)],
      ['Head', ...body.slice(0, 6), ...body.slice(8)],
      ['Head', ...body.slice(0, 3), PLAIN, ...body.slice(4)],
      ['Head', ...body.slice(0, 3), QUOTED, ...body.slice(4)],
      ['Head', ...body.slice(0, 11)],
      ['Head', ...body],
    ];
    const kept = new UnitLists();
    for (const [i, texts] of versions.entries()) {
      const us = make(texts);
      assert.deepEqual(kept.update(us), new UnitLists().update(us), `version ${i}`);
    }
  });

  it('a paragraph before a quote that gains or loses its cue gives a fresh analysis\'s speakers', () => {
    // The paragraph before a quote has no quotation marks: what it hands on (a cue at its end, a colon, a report of
    // speech) is read again when it changes, and the quotes' places move when a paragraph is added or taken out before
    // them (two quotes in a row: a list left unmoved would read one of them and miss the other).
    const body = [PLAIN, 'The trust\'s secretary, Jory Pascoe, gave the figures.', '"We paid four thousand pounds for it."', '"The rest came from a bequest."', PLAIN, CUED, '"It will open in August."', PLAIN];
    const set = (b: string[], i: number, t: string): string[] => { const c = b.slice(); c[i] = t; return [...HEAD, ...c]; };
    assertEditsExact([
      [...HEAD, ...body],
      set(body, 1, 'The trust\'s secretary, Jory Pascoe, stated:'),
      set(body, 1, 'Jory Pascoe said the trust had saved for years.'),
      [...HEAD, PLAIN, ...body],
      [...HEAD, ...body],
      [...HEAD, ...body.slice(1)],
      set(body, 5, 'Keast listed what was left to do:'),
      set(body, 5, PLAIN),
      [...HEAD, ...body],
    ]);
  });

  it('claims and an unnamed source introduced with an article follow the edits before them', () => {
    // Claims come from the paragraphs with attributions, and `the ferry pilot` is the one `a ferry pilot` introduced
    // before it: both read at the paragraphs' places after a paragraph is added or taken out.
    const body = [
      'A ferry pilot said the cove silts up every winter.', PLAIN, 'The ferry pilot said the trust should dredge it.', QUOTED,
      'Another ferry pilot said dredging would scare the seals.', CUED, 'The ferry pilot said the seals come back anyway.', PLAIN,
    ];
    assertEditsExact([
      [...HEAD, ...body],
      [...HEAD, ...body.slice(1)],
      [...HEAD, ...body],
      [...HEAD, PLAIN, ...body],
      [...HEAD, 'The ferry pilot said the cove silts up every winter.', ...body.slice(1)],
      [...HEAD, ...body.slice(0, 4), ...body.slice(5)],
      [...HEAD, ...body],
    ]);
  });
});
