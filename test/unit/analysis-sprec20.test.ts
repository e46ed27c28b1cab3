// Stripped precision (issue 12, nineteenth round, branch h-sprec20): shapes in which a stripped rule took the
// narrator's words for a quote. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteIfAny, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240519\nhttps://example.org/news/stripped-precision-twenty\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('nineteenth round: an adjunct after a parenthetical cue is no speech', () => {
  it('an adverb and a participle, or `just prior to`, after `, she said,` describe the speaker', () => {
    const a = analyze(seed(
      'The orchard grower Mirela Sandoval spoke at the co-op meeting in Tarrow.',
      'I dont think the cold hurt the pears much, she said, also pointing to the frost nets along the south rows.',
      'I doubt the buyers will wait for us, she said, just prior to the vote that would decide the new price of cider.',
    ));
    assert.ok(!quoteIfAny(a, 'also pointing'));
    assert.ok(!quoteIfAny(a, 'just prior to'));
    assert.equal(speakerName(a, quoteStarting(a, 'I dont think the cold')), 'Mirela Sandoval');
    assert.equal(speakerName(a, quoteStarting(a, 'I doubt the buyers')), 'Mirela Sandoval');
  });

  it('a rest that goes on with the speech stays the speaker\'s', () => {
    const a = analyze(seed(
      'The orchard grower Mirela Sandoval spoke at the co-op meeting in Tarrow.',
      'I dont think the cold hurt the pears much, she said, and the buyers will still come in October.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'and the buyers')), 'Mirela Sandoval');
  });
});

describe('nineteenth round: a verbless subject set off by an aside before a cue that goes on', () => {
  it('a noun phrase and an aside with no verb, then a cue with a reported clause, is no quote', () => {
    const a = analyze(seed(
      'The co-op board met the growers in Tarrow on Friday.',
      'Oyelaran, in contrast, told Valley Radio the harvest was the best in a decade.',
      'Several growers, including Oyelaran, said the European Union ought to pay for the new cold store.',
      'Some of the pickers, including Okafor, said the Tarrow Growers Union must keep the old rates.',
    ));
    assert.ok(!quoteIfAny(a, 'Oyelaran, in contrast'));
    assert.ok(!quoteIfAny(a, 'Several growers, including'));
    assert.ok(!quoteIfAny(a, 'Some of the pickers'));
  });

  it('a verbless phrase before `, said Name.` or `, said Name of Place` stays a quote', () => {
    const a = analyze(seed(
      'The co-op board met the growers in Tarrow on Friday.',
      'Not a single crate, not one, said Ayo Oyelaran.',
      'A long winter, a short spring, said Ayo Oyelaran of Tarrow.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Not a single crate')), 'Ayo Oyelaran');
    assert.equal(speakerName(a, quoteStarting(a, 'A long winter')), 'Ayo Oyelaran');
  });
});

describe('nineteenth round: `, they say.` with no voice of its own paraphrases', () => {
  it('a plural pronoun source after words in the third person is no quote', () => {
    const a = analyze(seed(
      'Beyond the valley, more Republicans are warning against the dam plan. If the county waits, the spillway gates will cost far more than the board admits, they say.',
    ));
    assert.ok(!quoteIfAny(a, 'If the county waits'));
  });

  it('with a first or second person the words are theirs', () => {
    const a = analyze(seed(
      'Beyond the valley, more Republicans are warning against the dam plan. If the county waits, we will pay far more than the board admits, they say.',
    ));
    assert.ok(quoteIfAny(a, 'If the county waits, we will pay'));
  });
});

describe('nineteenth round: what a publication reported, introduced before the words', () => {
  it('`As the Gazette reported, ...` and `The Gazette previously reported, ...` paraphrase a report', () => {
    const a = analyze(seed(
      'The ferry fares rose again this spring.',
      'As the Harwick Gazette reported, Tarrow Ferries lost money on the island route for a third year.',
      'The Harwick Gazette previously reported, Tarrow Ferries will ask the county for a subsidy in June.',
    ));
    assert.ok(!quoteIfAny(a, 'Tarrow Ferries lost'));
    assert.ok(!quoteIfAny(a, 'Tarrow Ferries will ask'));
  });

  it('a person who reported may still be quoted', () => {
    const a = analyze(seed(
      'The ferry fares rose again this spring.',
      'The harbour clerk Tomas Rilke reported, We found the logbooks soaked and unreadable.',
    ));
    assert.ok(quoteIfAny(a, 'We found the logbooks'));
  });
});

describe('nineteenth round: a place and its state after a comma belong to a fronted phrase', () => {
  it('`During a rally in Town, State, Name remarked upon ...` is no quote', () => {
    const a = analyze(seed(
      'The senator Ines Varga toured the lake towns this week.',
      'During a rally on Friday night in Fresno, California, Varga remarked upon the drought and the price of water.',
    ));
    assert.ok(!quoteIfAny(a, 'During a rally'));
  });
});
