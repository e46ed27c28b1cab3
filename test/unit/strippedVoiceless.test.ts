// A quote found without quotation marks and without a sign of the speaker's voice is graded a step lower (issue 12,
// twenty-ninth round, branch h-sprec). Every snippet was written for these tests; names and places are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { VOICELESS_STEP, voiced } from '../../src/engine/passes/strippedVoiceless';
import { quoteStarting, ruleConfidences, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/strip-voiceless\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('twenty-ninth round: a stripped direct quote with no sign of the speaker\'s voice', () => {
  ruleConfidences();

  it('voiced: a first or second person, a stripped contraction, a question or an exclamation', () => {
    assert.ok(voiced('We will close the pier in May'));
    assert.ok(voiced('The board told you nothing'));
    assert.ok(voiced('The pier doesnt need a new roof'));
    assert.ok(voiced('Who pays for the pier?'));
    assert.ok(voiced('Not this pier!'));
    assert.ok(!voiced('The pier will close for good in May'));
    assert.ok(!voiced('The pier lost its roof in 2019'));
  });

  it('`The ferry will close ..., Ruth Vell said.` is kept, with its speaker, a step below `We will close ...`', () => {
    const a = analyze(seed(
      'Ruth Vell runs the ferry board in Carrow Bay.',
      'The ferry will close for good in May, Ruth Vell said.',
      'We will close the ferry for good in May, Ruth Vell said.',
    ));
    const flat = quoteStarting(a, 'The ferry will close');
    const own = quoteStarting(a, 'We will close');
    assert.equal(speakerName(a, flat), 'Ruth Vell');
    assert.equal(speakerName(a, own), 'Ruth Vell');
    assert.ok(Math.abs(own.confidence - flat.confidence - VOICELESS_STEP) < 0.011, `${own.confidence} vs ${flat.confidence}`);
  });

  it('a marked quote keeps its grade: `"The ferry will close ...," Ruth Vell said.`', () => {
    const a = analyze(seed(
      'Ruth Vell runs the ferry board in Carrow Bay.',
      '"The ferry will close for good in May," Ruth Vell said.',
      '"We will close the ferry for good in May," Ruth Vell said.',
    ));
    assert.equal(quoteStarting(a, 'The ferry will close').confidence, quoteStarting(a, 'We will close').confidence);
  });
});
