// Speaker pronouns, eighteenth round (issue 12, branch h-contpro19): a bare surname that two people of different
// genders share, read through the `he` or `she` that refers back to it (src/engine/passes/surnameBearer.ts).
// Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a surname test\n20230611\nhttps://example.org/news/surnames\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const OWEN = 'Senator Owen Tarrant spent the winter touring the mill towns of the valley.';
const RUTH = 'He spoke at length about the nurse Ruth Ann Tarrant, who ran the flood shelter in Corvale for a decade.';

describe('speaker pronouns, eighteenth round', () => {
  it('a bare surname read as a woman\'s is the man\'s of that surname when `he` refers back to it', () => {
    const a = analyze(seed(OWEN, RUTH, 'The shelter was her cause; Tarrant\'s own is a new levee.',
      '"The river will not wait for the next budget," he told me.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The river will not wait')), 'Owen Tarrant');
  });

  it('a titled surname keeps its bearer', () => {
    const a = analyze(seed(OWEN, RUTH, 'Mrs. Tarrant once turned away a reporter named Colm Dever.',
      '"The river will not wait for the next budget," he said.'));
    assert.notEqual(speakerName(a, quoteStarting(a, 'The river will not wait')), 'Owen Tarrant');
  });

  it('no other bearer named before: the surname is not read again', () => {
    const a = analyze(seed('The nurse Ruth Ann Tarrant ran the flood shelter in Corvale for a decade.',
      'Later the valley elected Owen Tarrant, a cousin, and the mayor Piet Lusk.', 'The shelter was her cause; Tarrant\'s name is on it.',
      '"The river will not wait for the next budget," he said.'));
    assert.notEqual(speakerName(a, quoteStarting(a, 'The river will not wait')), 'Owen Tarrant');
  });
});
