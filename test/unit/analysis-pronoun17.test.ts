// Speaker pronouns, seventeenth round (issue 12, branch h-pronoun17): a `he` or `she` whose antecedent is a surname that
// is also a common word, written where a capital says nothing (a sentence's start, after a comma).
// Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a pronoun test\n20230611\nhttps://example.org/news/pronouns\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const MEETING = 'Councillor Ida Hedges and Mayor Lena Quarry met the orchard growers in Fenmoor on Monday.';
const QUARRY = 'Quarry spoke first, about the river rights.';

describe('speaker pronouns, seventeenth round', () => {
  it('a common-word surname after a comma and before a verb is the antecedent of the next paragraph\'s pronoun', () => {
    const a = analyze(seed(MEETING, QUARRY, 'When the growers pressed her for a date, Hedges backed down.',
      '"We will wait for the county survey," she said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'We will wait')), 'Ida Hedges');
  });

  it('a common-word surname opening a sentence before `, who` is the antecedent', () => {
    const a = analyze(seed(MEETING, QUARRY, 'Hedges, who chairs the water board, doubts the survey.',
      '"The numbers were taken in a wet spring," she said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The numbers were taken')), 'Ida Hedges');
  });

  it('a common-word surname opening a sentence before a speech cue is the antecedent', () => {
    const a = analyze(seed(MEETING, QUARRY, 'Hedges said she had read every page of the survey.',
      '"Half of it was copied from the old one," she said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'Half of it was copied')), 'Ida Hedges');
  });

  it('the word stays a common word where nobody in the document has that surname, and a cue after a quote still works', () => {
    const none = analyze(seed('Mayor Lena Quarry met the orchard growers in Fenmoor on Monday.',
      'Hedges, which line the lane, hide the new gate.', '"The gate was never ours," she said.'));
    assert.ok(!none.entities.some((e) => e.text === 'Hedges'));
    const after = analyze(seed('Councillor Ida Brisk and Mayor Lena Quarry met the orchard growers in Fenmoor on Monday.',
      '"We will wait for the county survey," Brisk said.'));
    assert.equal(speakerName(after, quoteStarting(after, 'We will wait')), 'Ida Brisk');
  });
});
