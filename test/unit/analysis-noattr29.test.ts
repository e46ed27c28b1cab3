// Quotes left with no speaker (twenty-ninth round). Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a speaker test\n20231014\nhttps://example.org/news/speaker\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('whole-quote paragraphs with a report of their own inside (twenty-ninth round)', () => {
  it('`as they say` inside the quote does not stop the previous paragraph\'s person going on', () => {
    const a = analyze(seed(
      '"When they look at her they see a tired face," Nolan Brightwater said recently. "She cannot change that."',
      'Brightwater continued his scathing remarks.',
      '"Four years ago she was the favourite, and then, as they say in sailing, the wind turned. I am not sure voters will pick her."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Four years ago')), 'Nolan Brightwater');
  });

  it('a named report inside the quote may be a quoted article: no one goes on', () => {
    const a = analyze(seed(
      '"The hearing was long," Ruth Vell told reporters.',
      'Vell later spoke to the harbour paper.',
      '"The hearing was closed, but Tom Arden said afterwards that the report conflicted with the earlier one."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The hearing was closed')), null);
  });
});

describe('a headline `NAME: ...` names the opening quote\'s speaker (twenty-ninth round)', () => {
  it('the first paragraph\'s unattributed opening quote is the headline person\'s', () => {
    const a = analyze('Marta Okonkwo: \u2018We Will Not Go Back On The Harbor Plan.\u2019\n20231014\nhttps://example.org/news/h\n' +
      '"[The mayor\u2019s] comments were careless and costly. I also think they opened a debate which is important."\n' +
      'Okonkwo also spoke about the court case on the pier levy.\n');
    const q = quoteStarting(a, '[The mayor');
    assert.equal(speakerName(a, q), 'Marta Okonkwo');
    assert.ok(q.confidence < 0.9);
  });

  it('a headline without the name-and-colon form names no one', () => {
    const a = analyze('Harbor Plan Splits The Council Again\n20231014\nhttps://example.org/news/h2\n' +
      '"The comments were careless and costly. I also think they opened a debate which is important."\n' +
      'Marta Okonkwo also spoke about the court case on the pier levy.\n');
    assert.equal(speakerName(a, quoteStarting(a, 'The comments were')), null);
  });
});

describe('`according to` a document and its author (twenty-ninth round)', () => {
  it('a document filed by a named person: the person speaks', () => {
    const a = analyze(seed(
      '"The toll was never approved by the board," according to a harbour board memo filed by county counsel Dave Marlow.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The toll was never')), 'Dave Marlow');
  });

  it('a document obtained by an outlet is no author\'s', () => {
    const a = analyze(seed(
      '"The pier levy is lawful," according to a memo obtained by Harbour Weekly.',
    ));
    assert.notEqual(speakerName(a, quoteStarting(a, 'The pier levy')), 'Harbour Weekly');
  });
});

describe('a quote the next sentence names as someone\'s (twenty-ninth round)', () => {
  it('`That quote from ROLE NAME` names the speaker', () => {
    const a = analyze(seed(
      '"I would rather have a leaky boat than no boat." That quote from harbour master Tom Arden appeared in the port paper in 1980.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'I would rather')), 'Tom Arden');
  });

  it('a sentence about the quote without `from` or `by` names no one', () => {
    const a = analyze(seed(
      '"I would rather have a leaky boat than no boat." That quote stuck with Tom Arden for years.',
    ));
    assert.notEqual(speakerName(a, quoteStarting(a, 'I would rather')), 'Tom Arden');
  });
});
