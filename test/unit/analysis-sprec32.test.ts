// Stripped precision (issue 12, round 32, h-sprec): false quotes in text without quotation marks. A name given that
// opens with the namer's own possessive is the narrator's paraphrase; what a person `reported` with no sign of a
// speaker's voice is the narrator's account of the report; and the calibration tells a stripped quote that opens its
// paragraph from one that starts after the narrator's words.
// Every snippet was written for these tests; the names and places are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { setCalibrationTrace, type CalibrationRecord } from '../../src/engine/passes/calibration';
import { PLACE_INSIDE, PLACE_NO_RIVAL } from '../../src/engine/passes/calibrationPlace';

const HEAD = 'Headline for a stripped precision test\n20240412\nhttps://example.org/news/stripped-precision\n';
/** A first paragraph of narration: the lede rule (strippedPrecision.ts) reads the next paragraph as a body's. */
const LEDE = 'The harbour board met on Tuesday to discuss the ferry schedule for the winter.';

function quotesOf(...paras: string[]): string[] {
  return analyze(HEAD + paras.join('\n') + '\n').quotes.map((q) => q.text);
}

describe('stripped precision (round 32)', () => {
  it('a name given that opens with the namer\'s own possessive is no quote', () => {
    assert.deepEqual(quotesOf('Lena Vorst spent ten years at sea. Vorst calls Dunmore her adopted harbour.'), []);
    assert.deepEqual(quotesOf('Ivo Marr praised the ferry crews, particularly in Dunmore, which he describes as his adopted harbour.'), []);
  });

  it('a name given in other words, or with another person\'s possessive, stays a partial quote', () => {
    assert.deepEqual(quotesOf('Lena Vorst spent ten years at sea. Vorst calls Dunmore a town of stubborn sailors.'), ['a town of stubborn sailors']);
    assert.deepEqual(quotesOf('Ivo Marr praised the ferry crews, particularly in Dunmore, which he describes as a town of stubborn sailors.'), ['a town of stubborn sailors']);
    assert.deepEqual(quotesOf('Ivo Marr praised the ferry crews, particularly in Dunmore, which she describes as his adopted harbour.'), ['his adopted harbour']);
  });

  it('what a person reported with no sign of a speaker\'s voice is no quote', () => {
    assert.deepEqual(quotesOf(LEDE, 'The ferry left Dunmore at noon with forty passengers aboard, Ana Pell reported.'), []);
    assert.deepEqual(quotesOf(LEDE, 'The ferry leaves Dunmore at noon with forty passengers aboard, Ana Pell reports.'), []);
  });

  it('a report in the speaker\'s voice, or the same words with `said`, stays a quote', () => {
    assert.deepEqual(quotesOf(LEDE, 'We watched the ferry leave Dunmore at noon with forty passengers aboard, Ana Pell reported.'),
      ['We watched the ferry leave Dunmore at noon with forty passengers aboard']);
    assert.deepEqual(quotesOf(LEDE, 'The ferry left Dunmore at noon with forty passengers aboard, Ana Pell said.'),
      ['The ferry left Dunmore at noon with forty passengers aboard']);
  });

  it('the calibration tells a stripped quote opening its paragraph from one after the narrator\'s words', () => {
    const text = HEAD + [LEDE, 'We will keep the pier open all winter, Ana Pell said.', 'The vote was close. We will keep the pier open all winter, Ivo Marr said.'].join('\n') + '\n';
    const recs: CalibrationRecord[] = [];
    setCalibrationTrace((r) => { recs.push(r); });
    try { analyze(text); } finally { setCalibrationTrace(null); }
    const opening = recs.find((r) => text.startsWith('We will keep', r.s) && text.lastIndexOf('\n', r.s) === r.s - 1);
    const inside = recs.find((r) => text.startsWith('We will keep', r.s) && text.lastIndexOf('\n', r.s) !== r.s - 1);
    assert.ok(opening && inside, 'both quotes found');
    assert.equal(opening.place, PLACE_NO_RIVAL);
    assert.equal(inside.place, PLACE_NO_RIVAL + PLACE_INSIDE);
  });
});
