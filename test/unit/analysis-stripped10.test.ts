// Direct quotes in text without quotation marks (issue 12, sixteenth round, branch h-stripped15): stripped quotes
// that stop early. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240412\nhttps://example.org/news/stripped-ten\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('sixteenth round: a quote introduced by its cue runs on over sentences in the speaker\'s voice', () => {
  it('`Lind said at the pier, Im ready to sign it. We can start ... Why wait?`: the next sentences join the quote', () => {
    const a = analyze(seed(
      'Mayor Dana Lind said at the pier on Friday, Im ready to sign the lease tonight. We can paint the hulls in a week. Why should the islands wait?',
    ));
    const q = quoteStarting(a, 'Im ready to sign');
    assert.equal(q.text, 'Im ready to sign the lease tonight. We can paint the hulls in a week. Why should the islands wait?');
    assert.equal(speakerName(a, q), 'Dana Lind');
  });

  it('the narrator\'s past tense ends the run, and so does an aside in brackets', () => {
    const a = analyze(seed(
      'Mayor Dana Lind said at the pier on Friday, Im ready to sign the lease tonight. The council met at noon and we watched.',
      'Tom Okafor said at the meeting, We can paint the hulls in a week. (Id have bet on a month.)',
    ));
    assert.equal(quoteStarting(a, 'Im ready to sign').text, 'Im ready to sign the lease tonight.');
    assert.equal(quoteStarting(a, 'We can paint the hulls').text, 'We can paint the hulls in a week.');
  });

  it('a sentence with a cue of its own ends the run', () => {
    const a = analyze(seed(
      'Mayor Dana Lind said at the pier on Friday, Im ready to sign the lease tonight. Ferries float on promises, Tom Okafor said.',
    ));
    assert.equal(quoteStarting(a, 'Im ready to sign').text, 'Im ready to sign the lease tonight.');
  });

  it('a paragraph of thousands of such sentences stays fast', () => {
    const n = 4000;
    const para = 'Mayor Dana Lind said at the pier, Im ready to sign it. ' + Array.from({ length: n }, () => 'We can paint the hulls.').join(' ');
    const t0 = Date.now();
    const a = analyze(seed(para, para));
    assert.ok(Date.now() - t0 < 5000);
    assert.ok(quoteStarting(a, 'Im ready to sign').text.endsWith('We can paint the hulls.'));
  });

  it('a paragraph of thousands of cues, each with a sentence to run on over, stays fast', () => {
    const n = 3000;
    const para = Array.from({ length: n }, () => 'Mayor Dana Lind said at the pier, Im ready to sign it. We can paint the hulls.').join(' ');
    const t0 = Date.now();
    const a = analyze(seed(para));
    assert.ok(Date.now() - t0 < 5000);
    assert.ok(a.quotes.length >= n);
  });
});

describe('sixteenth round: a question before an inverted quote is part of the speech', () => {
  it('`The ferry sailed without us? Nobody told the harbour, Okafor said.`: the question joins the quote', () => {
    const a = analyze(seed(
      'The council met in the old boathouse. The ferry sailed without us? Nobody told the harbour a thing, Tom Okafor said.',
    ));
    const q = quoteStarting(a, 'The ferry sailed without us?');
    assert.equal(q.text, 'The ferry sailed without us? Nobody told the harbour a thing');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('a past-tense statement still stops the run back', () => {
    const a = analyze(seed(
      'The council met in the old boathouse. The ferry sailed at noon. Nobody told the harbour a thing, Tom Okafor said.',
    ));
    assert.equal(quoteStarting(a, 'Nobody told the harbour').text, 'Nobody told the harbour a thing');
  });
});
