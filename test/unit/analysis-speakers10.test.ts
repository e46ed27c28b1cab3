// Speakers on unseen news, fifteenth round (issue 12, branch h-speakers10): speakers that are not pronoun guesses.
// Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a speaker test\n20230611\nhttps://example.org/news/speakers\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('speakers, fifteenth round', () => {
  it('the sentence subject is the main clause\'s, past an opener led by a conjunction or after a fronted phrase', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'And after the Harbour Board refused to lower the fares, Mayor Ines Marlow blamed the board\'s "three stubborn members who ignored the island."',
      'In May 2019, after Tobias Wren lost his seat, Clara Lind sent him a card with the words "a tireless friend of the ferry."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'three stubborn members')), 'Ines Marlow');
    assert.equal(speakerName(a, quoteStarting(a, 'a tireless friend')), 'Clara Lind');
  });
});
