// Scare quotes (issue 12, twenty-seventh round): a short quoted term inside the writer's own sentence is the
// sentence's subject's words only when a verb ties it to that subject (`Varrow called the plan "a disaster"`) and the
// name is that subject, not a verb's object (`The board chose Quint to run the "night desk"`). Every
// snippet was written for these tests; the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a scare quote test\n20231014\nhttps://example.org/news/scare-quotes\n';

/** The speaker's name of the quote containing `w` in a seed of `paras`, or null when it has none or is no quote. */
function speakerOf(paras: string[], w: string): string | null {
  const a = analyze(HEAD + paras.join('\n') + '\n');
  const q = a.quotes.find((x) => x.text.includes(w));
  return q ? speakerName(a, q) : null;
}

describe('scare quotes and the sentence subject (twenty-seventh round)', () => {
  it('a name that is a verb\'s object does not speak a short quoted term', () => {
    const p = 'The harbour board chose Mayor Elsa Quint to run the "night desk" when it hired her.';
    assert.notEqual(speakerOf([p], 'night desk'), 'Elsa Quint');
  });

  it('a subject with no verb before the short quoted term does not speak it', () => {
    const p = 'Dorian Varrow, in a grey "harbour coat," arrived late to the meeting at the Wren Ferry Company.';
    assert.notEqual(speakerOf([p], 'harbour coat'), 'Dorian Varrow');
  });

  it('a naming verb or any verb of the subject ties the term to it', () => {
    assert.equal(speakerOf(['Dorian Varrow called the toll plan "a disaster" on Monday.'], 'a disaster'), 'Dorian Varrow');
    assert.equal(speakerOf(['Mayor Elsa Quint hailed the ferry toll as a "fair price" for the island.'], 'fair price'), 'Elsa Quint');
  });

  it('a longer quote still goes to the sentence subject', () => {
    const p = 'The harbour board saw Mayor Elsa Quint as "the only person who can keep the night ferry running."';
    assert.equal(speakerOf([p], 'night ferry'), 'Elsa Quint');
  });
});

describe('a party member introduced as somebody new (twenty-seventh round)', () => {
  it('said one STATE Democrat, another STATE Republican: the phrase speaks, not an earlier named person', () => {
    const a = speakerOf(['Mayor Elsa Quint opened the pier. "The harbour is safe," said one Democrat familiar with the talks.'], 'harbour is safe');
    assert.equal(a, 'one Democrat');
    const b = speakerOf(['Mayor Elsa Quint opened the pier.', '"The toll will pass," another Ohio Republican added.'], 'toll will pass');
    assert.equal(b, 'another Ohio Republican');
  });
});
