// A colon after a subordinate clause whose verb is a speech verb with a subject of its own (`Vell said as Dorn
// yelled: ...`): the words after the colon are that subject's, not the first cue's. Every snippet was written for
// these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteIfAny, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Pier vote heckled\n20240412\nhttps://example.org/news/pier-vote\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const INTRO = 'The mayor Ilse Brandt spoke at the pier on Sunday.';

describe('a colon after `as X yelled` belongs to X', () => {
  it('stripped: the words before the cue are the first speaker\'s, those after the colon the second\'s', () => {
    const a = analyze(seed(INTRO, 'We owe the town a pier, Brandt said as Olaf Dern yelled: Not with our money!'));
    assert.equal(speakerName(a, quoteStarting(a, 'We owe the town')), 'Ilse Brandt');
    assert.equal(speakerName(a, quoteStarting(a, 'Not with our money')), 'Olaf Dern');
  });

  it('marked: an unnamed group after `as` is no continuation of the first speaker', () => {
    const a = analyze(seed(INTRO, '"We will rebuild the pier before winter," Brandt said as protesters yelled: "Not this year!"'));
    assert.equal(speakerName(a, quoteStarting(a, 'We will rebuild')), 'Ilse Brandt');
    assert.notEqual(speakerName(a, quoteStarting(a, 'Not this year')), 'Ilse Brandt');
  });

  it('a colon after adjuncts of the first cue still introduces its quote', () => {
    const a = analyze(seed(INTRO, 'Brandt told the crowd at the pier on Sunday: We will not sell the harbour.'));
    assert.equal(speakerName(a, quoteStarting(a, 'We will not sell')), 'Ilse Brandt');
    assert.ok(!quoteIfAny(a, 'Brandt told'));
  });
});
