// Direct quotes in text without quotation marks (issue 12, fourteenth round, branch h-stripped11). Every snippet was
// written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteIfAny, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240311\nhttps://example.org/news/stripped-six\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('fourteenth round: a retort of a word or two before a person\'s inverted attribution', () => {
  it('`Its fine, X said.`, `Were ready! she said.`, `But why? X asked.`: a short retort that sounds like speech is a quote', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'Its fine, Lind said of the new hull. The old one leaked for years.',
      'Were ready! she said at the pier.',
      'The ferry owner Tom Okafor wants a new boat. But why? Okafor asked her.',
    ));
    const q = quoteStarting(a, 'Its fine');
    assert.equal(q.text, 'Its fine');
    assert.equal(speakerName(a, q), 'Edda Lind');
    assert.equal(speakerName(a, quoteStarting(a, 'The old one leaked')), 'Edda Lind', 'the speech after the attribution stays');
    assert.equal(speakerName(a, quoteStarting(a, 'Were ready!')), 'Edda Lind');
    assert.equal(speakerName(a, quoteStarting(a, 'But why?')), 'Tom Okafor');
  });

  it('a fronted phrase or a short phrase with no sign of speech before the attribution stays out', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'More recently, Lind said the boats would be sold.',
      'At the pier, Lind said, the crews waited for hours.',
      'The risk, Lind said. Nobody else spoke.',
      'PORTVALE (Wire), Lind said on Friday.',
    ));
    assert.ok(!quoteIfAny(a, 'More recently'));
    assert.ok(!quoteIfAny(a, 'At the pier'));
    assert.ok(!quoteIfAny(a, 'The risk'));
    assert.ok(!quoteIfAny(a, 'PORTVALE'));
  });

  it('an unnamed source\'s retort (`Its fine, an official said.`) stays out, as before', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'Its fine, a port official said.',
    ));
    assert.ok(!quoteIfAny(a, 'Its fine'));
  });
});

describe('fourteenth round: linear time', () => {
  it('a paragraph of thousands of `Its fine, Lind said.` sentences stays fast and gives a quote each', function () {
    this.timeout(60_000);
    const unit = 'Its fine, Lind said. ';
    const a = analyze(seed('The harbour master Edda Lind inspected the ferry on Tuesday. ' + unit.repeat(4000)));
    assert.ok(a.quotes.length >= 4000);
    const t0 = Date.now();
    analyze(seed('The harbour master Edda Lind inspected the ferry on Tuesday. ' + unit.repeat(8000)));
    // (Loose: the machine may be shared.)
    assert.ok(Date.now() - t0 < 5000);
  });
});

describe('fourteenth round: a pronoun after the cue opens a reported clause', () => {
  it('`Ann Lee, a teacher from the valley, said she would vote early.`: the words before the cue are no quote', () => {
    const a = analyze(seed(
      'The county held its vote on the ferry tolls on Tuesday.',
      'Ann Lee, a retired teacher from the valley who rides the ferry each week, said she would vote for the new tolls.',
      'Tom Okafor, another rider from the harbour side, says he never pays the toll anyway.',
    ));
    assert.ok(!quoteIfAny(a, 'Ann Lee, a retired'));
    assert.ok(!quoteIfAny(a, 'Tom Okafor, another'));
  });

  it('`..., said he.` at the end of the sentence still closes an inverted quote', () => {
    const a = analyze(seed(
      'Tom Okafor runs the ferry between the two harbours.',
      'We will keep the ferry running all winter, said he.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We will keep the ferry')), 'Tom Okafor');
  });
});
