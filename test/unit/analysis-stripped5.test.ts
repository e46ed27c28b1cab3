// Direct quotes in text without quotation marks (issue 12, thirteenth round, branch h-stripped10). Every snippet was
// written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteIfAny, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240311\nhttps://example.org/news/stripped-five\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

const quoteAt = quoteIfAny;
const quote = quoteStarting;

describe('thirteenth round: the rest of a sentence joined on after an inverted attribution', () => {
  it('`A, X said, and B.` / `but B`: the second half of the sentence is the same speaker\'s when it sounds like speech', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind met the ferry crews on Tuesday.',
      'The winter boats are old, Lind said, and we cannot keep patching the hulls every spring.',
      'Nobody asked the crews about the timetable, she told the meeting on Friday, but I will ask them myself.',
    ));
    const q = quote(a, 'and we cannot keep');
    assert.equal(q.text, 'and we cannot keep patching the hulls every spring.');
    assert.equal(speakerName(a, q), 'Edda Lind');
    assert.equal(speakerName(a, quote(a, 'The winter boats')), 'Edda Lind');
    assert.equal(speakerName(a, quote(a, 'but I will ask')), 'Edda Lind');
  });

  it('a joined clause in the narrator\'s past tense, or a second verb of the attribution\'s subject, stays out', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind met the ferry crews on Tuesday.',
      'The winter boats are old, Lind said, and then she walked out of the hall with the mayor.',
      'We keep the logbooks locked, she said, but declined to say who holds the keys.',
    ));
    assert.equal(speakerName(a, quote(a, 'The winter boats')), 'Edda Lind');
    assert.ok(!quoteAt(a, 'and then she walked'));
    assert.ok(!quoteAt(a, 'but declined'), 'a verb right after `but` is the narrator\'s second verb for the same subject');
  });
});

describe('thirteenth round: `that` before a time noun ends an attribution\'s time phrase', () => {
  it('`..., he said at the pier that evening.` closes the speech before it', () => {
    const a = analyze(seed(
      'Tom Okafor won the county vote on Tuesday.',
      'Okafor thanked the volunteers first. The roads in this county will be paved before the first snow falls, he said at the pier that evening.',
      'On Friday, Okafor said in a short speech that the roads would be repaired by spring.',
    ));
    const q = quote(a, 'The roads in this county');
    assert.equal(speakerName(a, q), 'Tom Okafor');
    assert.ok(!quoteAt(a, 'the roads would be'), '`said ... that the roads` is a reported clause');
  });
});

describe('thirteenth round: linear time', () => {
  it('a paragraph of thousands of `A, X said, and B.` sentences stays fast and gives two quotes each', function () {
    this.timeout(60_000);
    const unit = 'The boats are old, Lind said, and we cannot patch them again. ';
    const a = analyze(seed('The harbour master Edda Lind met the ferry crews on Tuesday. ' + unit.repeat(4000)));
    assert.equal(a.quotes.length, 8000);
    const t0 = Date.now();
    analyze(seed('The harbour master Edda Lind met the ferry crews on Tuesday. ' + unit.repeat(8000)));
    // (Loose: a rescan of the paragraph's quotes per sentence would take far longer; the machine may be shared.)
    assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
  });
});
