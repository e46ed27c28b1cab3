// Direct quotes in text without quotation marks (issue 12, fifteenth round, branch h-stripped12). Every snippet was
// written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteIfAny, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240311\nhttps://example.org/news/stripped-seven\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('fifteenth round: a short sentence opening with a pronoun before an inverted quote', () => {
  it('`She knew. Shes hiding it, Lind said.`: the short past-tense sentence joins the quote', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'The owner sold the boat in May. She knew. Shes hiding the leak and she wants me to hide it too, Lind said.',
      'The ferry owner Tom Okafor lost the vote. It was close. Nobody expects a recount, Okafor said.',
    ));
    const q = quoteStarting(a, 'She knew.');
    assert.match(q.text, /^She knew\. Shes hiding the leak/);
    assert.equal(speakerName(a, q), 'Edda Lind');
    assert.ok(!quoteIfAny(a, 'The owner sold'), 'the narration before it stays out');
    assert.equal(speakerName(a, quoteStarting(a, 'It was close.')), 'Tom Okafor');
  });

  it('a longer sentence, one with a name, or one with a cue stays out', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'She walked along the whole length of the pier in the rain. Shes hiding the leak, Lind said.',
      'The ferry owner Tom Okafor lost the vote. He beat Reyes. Nobody expects a recount, Okafor said.',
      'Ann Lee rode the ferry. She said it. The hull is rotten, Lee said.',
    ));
    assert.ok(!quoteIfAny(a, 'She walked along'));
    assert.ok(quoteStarting(a, 'Shes hiding the leak'));
    assert.ok(!quoteIfAny(a, 'He beat Reyes'));
    assert.ok(!quoteIfAny(a, 'She said it'));
  });
});

describe('fifteenth round: an ellipsis between sentences of the speech', () => {
  it('`I kept saying no. . . . I now doubt it, Lind said.`: the run back goes over a pause, and the quote opens on a word', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'The owner sold the boat last spring. I kept saying the hull would hold for years. . . .  I now doubt it will float, Lind said.',
      'The ferry owner Tom Okafor lost the vote. . . . The vote is over, Okafor said.',
    ));
    const q = quoteStarting(a, 'I kept saying');
    assert.match(q.text, /^I kept saying the hull would hold for years\. \. \. \.\s+I now doubt it will float$/);
    assert.equal(speakerName(a, q), 'Edda Lind');
    assert.ok(!quoteIfAny(a, 'The owner sold'));
    assert.equal(quoteStarting(a, 'The vote is over').text, 'The vote is over', 'no quote opens on the dots');
  });
});

describe('fifteenth round: `Were` / `Ill` opening a sentence before a verb are `We\'re` / `I\'ll`', () => {
  it('`Were anxious, Lind said.` and a continuation opening with `Were hoping` are the speaker\'s', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'Were anxious, Lind said.',
      'The crews want a new boat, Lind said. Were hoping for a loan by summer. The mayor, Lind said, has the money.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Were anxious')), 'Edda Lind');
    assert.equal(speakerName(a, quoteStarting(a, 'Were hoping')), 'Edda Lind');
  });

  it('`Were they ...`, `Were the ...`, `Ill health ...` are not contractions', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'The crews want a new boat, Lind said. Ill health kept the captain ashore. The mayor, Lind said, has the money.',
    ));
    assert.ok(!quoteIfAny(a, 'Ill health'));
  });
});

describe('fifteenth round: a fronted adverbial before an inverted cue is no quote', () => {
  it('`In the early years, Lind said, ...`, `Earlier in the spring, Lind wrote to ...`: no quote of the adverbial', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'In the early years of the service, Lind said, when she was a deckhand, the ferry ran twice a day.',
      'Earlier in the spring, Lind wrote to the mayor about the hull.',
      'In other words, explained the harbour master Edda Lind: the boat is done.',
    ));
    assert.ok(!quoteIfAny(a, 'In the early years'));
    assert.ok(!quoteIfAny(a, 'Earlier in the spring'));
    assert.ok(!quoteIfAny(a, 'In other words'));
  });

  it('a fronted phrase with a verb, or speech opening with a preposition, stays a quote', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'In my view the ferry is finished, Lind said.',
      'On a good day we carry three hundred cars, Lind said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'In my view')), 'Edda Lind');
    assert.equal(speakerName(a, quoteStarting(a, 'On a good day')), 'Edda Lind');
  });
});

describe('fifteenth round: a sentence in the first person singular that names the speaker', () => {
  it('`I know a clerk who is no friend of Tom Okafor. Hes no friend, Okafor said.`: the speaker names himself', () => {
    const a = analyze(seed(
      'The ferry owner Tom Okafor lost his case on Tuesday.',
      'I know a clerk at the county office who is no friend of Tom Okafor at all. Hes no friend, Okafor said at the pier.',
    ));
    const q = quoteStarting(a, 'I know a clerk');
    assert.match(q.text, /Hes no friend$/);
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('the narrator\'s sentence naming the speaker still ends the run back', () => {
    const a = analyze(seed(
      'The ferry owner Tom Okafor lost his case on Tuesday.',
      'Okafor spoke to us after the ruling. The clerk is no friend, Okafor said.',
    ));
    assert.ok(!quoteIfAny(a, 'Okafor spoke'));
    assert.equal(quoteStarting(a, 'The clerk is').text, 'The clerk is no friend');
  });
});

describe('fifteenth round: linear time', () => {
  it('a paragraph of thousands of `She knew. Shes hiding it, Lind said.` stays fast and gives a quote each', function () {
    this.timeout(60_000);
    const unit = 'She knew. Shes hiding it, Lind said. ';
    const lead = 'The harbour master Edda Lind inspected the ferry on Tuesday. ';
    const a = analyze(seed(lead + unit.repeat(4000)));
    assert.ok(a.quotes.length >= 4000);
    const t0 = Date.now();
    analyze(seed(lead + unit.repeat(8000)));
    // (Loose: the machine may be shared.)
    assert.ok(Date.now() - t0 < 5000);
  });
});
