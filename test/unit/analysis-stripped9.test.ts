// Direct quotes in text without quotation marks (issue 12, fifteenth round, third part, branch h-stripped14): named
// speakers' stripped quotes. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240311\nhttps://example.org/news/stripped-nine\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('fifteenth round, third part: a verbless phrase inside a continuation', () => {
  it('`..., Okafor said. This is the cost. The sheer cost. When you ...`: the phrase does not end the speech', () => {
    const a = analyze(seed(
      'Its a sad day for the harbour, Tom Okafor told reporters outside the ferry office. This is the cost of the feud. The bitter feud. When you run a service on insults, nobody wants to ride it. Mayor Lind said she would call the board in May.',
    ));
    const q = quoteStarting(a, 'This is the cost of the feud');
    assert.match(q.text, /^This is the cost of the feud\. The bitter feud\. When you run a service on insults, nobody wants to ride it\.$/);
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('without a sentence of speech after it, the verbless phrase still ends the speech', () => {
    const a = analyze(seed(
      'Its a sad day for the harbour, Tom Okafor told reporters outside the ferry office. This is the cost of the feud. The bitter feud. Mayor Lind said she would call the board in May.',
    ));
    const q = quoteStarting(a, 'This is the cost of the feud');
    assert.equal(q.text, 'This is the cost of the feud.');
  });
});

describe('fifteenth round, third part: a long adjunct between the cue and the quote', () => {
  it('`Lind said in an essay for the harbour paper before the vote in the spring, The ferry ...`: the quote after the comma is Lind\'s', () => {
    const a = analyze(seed(
      'Mayor Dana Lind said in an essay for the harbour paper before the council vote last spring, The ferry will not survive another winter without a subsidy.',
    ));
    const q = quoteStarting(a, 'The ferry will not survive');
    assert.equal(q.text, 'The ferry will not survive another winter without a subsidy.');
    assert.equal(speakerName(a, q), 'Dana Lind');
  });
});

describe('fifteenth round, third part: a discourse adverb between the cue and the quote', () => {
  it('`Okafor conceded, however, As sailors say, ...`: the adverb set off by commas does not stop the quote', () => {
    const a = analyze(seed(
      'Tom Okafor conceded, however, As sailors say, a calm sea never made a skilled crew.',
    ));
    const q = quoteStarting(a, 'As sailors say');
    assert.equal(q.text, 'As sailors say, a calm sea never made a skilled crew.');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });
});

describe('fifteenth round, third part: a verb of speaking after `to`', () => {
  it('`Lind rose to announce, And so the ferry ...`: the base form after `to` introduces a quote', () => {
    const a = analyze(seed(
      'Mayor Dana Lind rose at the end of the meeting to announce, And so the ferry sails on without us.',
    ));
    const q = quoteStarting(a, 'And so the ferry');
    assert.equal(q.text, 'And so the ferry sails on without us.');
    assert.equal(speakerName(a, q), 'Dana Lind');
  });
});

describe('fifteenth round, third part: `puts it` and `pointed out` introduce a quote', () => {
  it('`As the Gazette\'s Tom Okafor puts it, Nobody ...`: the present `puts it` as `put it`', () => {
    const a = analyze(seed(
      'As the harbour columnist Tom Okafor puts it, Nobody rides a ferry for the view anymore.',
    ));
    const q = quoteStarting(a, 'Nobody rides a ferry');
    assert.equal(q.text, 'Nobody rides a ferry for the view anymore.');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('`Lind pointed out at the hearing, The ferry ...`: the phrasal `pointed out` introduces the quote', () => {
    const a = analyze(seed(
      'Mayor Dana Lind pointed out at the hearing, The ferry has not made money in a decade.',
    ));
    const q = quoteStarting(a, 'The ferry has not made money');
    assert.equal(q.text, 'The ferry has not made money in a decade.');
    assert.equal(speakerName(a, q), 'Dana Lind');
  });
});

describe('fifteenth round, third part: more verbs of speaking before a quote', () => {
  it('`Lind had written a year earlier, We ...`, `Okafor cracked, Im ...`: the quote after the comma', () => {
    const a = analyze(seed(
      'The columnist Dana Lind had written a year earlier, We cannot keep a harbour without a ferry.',
      'At the dinner Tom Okafor cracked, Im the only captain who gets seasick.',
    ));
    const q = quoteStarting(a, 'We cannot keep a harbour');
    assert.equal(q.text, 'We cannot keep a harbour without a ferry.');
    assert.equal(speakerName(a, q), 'Dana Lind');
    const r = quoteStarting(a, 'Im the only captain');
    assert.equal(speakerName(a, r), 'Tom Okafor');
  });
});
