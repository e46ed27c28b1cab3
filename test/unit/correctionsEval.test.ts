// Corrections as gold (test/eval/fromCorrections.ts): the engine scored against its own corrected analysis.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { applyCorrections } from '../../src/corrections';
import { scoreFolder } from '../eval/evaluate';
import { goldFromAnalysis } from '../eval/fromCorrections';
import { SAMPLE } from './exportFixtures';

describe('eval: gold from corrections', () => {
  it('no corrections: the engine agrees with itself; a correction shows up as an error of the engine', () => {
    const base = analyze(SAMPLE);
    const same = scoreFolder('c', [{ name: 'sample', text: SAMPLE, gold: goldFromAnalysis(base) }]);
    assert.equal(same.quoteF1, 1);
    assert.equal(same.entExactF1, 1);
    assert.equal(same.speakerAcc, 1);
    const corrected = applyCorrections(base, SAMPLE, [
      { op: 'notQuote', target: { exact: 'The sequence is wrong', start: SAMPLE.indexOf('The sequence is wrong') } },
      { op: 'speaker', target: { exact: 'He wants to shatter NATO', start: SAMPLE.indexOf('He wants to shatter NATO') }, speaker: 'William Taylor' },
    ]).analysis;
    const s = scoreFolder('c', [{ name: 'sample', text: SAMPLE, gold: goldFromAnalysis(corrected) }]);
    assert.ok(s.quoteP < 1, 'the engine still finds the quote the reader removed');
    assert.equal(s.quoteR, 1);
    assert.ok(s.speakerAcc < 1, 'and the wrong speaker');
  });
});
