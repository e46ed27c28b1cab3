// `how many <noun>` inside a question is a quantity, not an unnamed group that speaks (`how many states ive won?`:
// `many` is no subject and `states` no cue). Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Mayor tours the valley\n20240412\nhttps://example.org/news/valley-tour\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const INTRO = 'The mayor Ilse Brandt toured the valley on Sunday.';

describe('`how many` opens no group subject', () => {
  it('a stripped question with `how many states` stays one quote', () => {
    const a = analyze(seed(INTRO, 'Who can recall how many states ive visited this week? Is it four? Five? Brandt asks as a waiter walks past her.'));
    const q = quoteStarting(a, 'Who can recall');
    assert.ok(q.text.includes('Is it four'));
    assert.equal(speakerName(a, q), 'Ilse Brandt');
  });

  it('`how many people say` is no collective attribution', () => {
    const a = analyze(seed(INTRO, 'And how many people say the pier is safe? Nobody, Brandt said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'And how many people')), 'Ilse Brandt');
  });

  it('a group of many still speaks (`many residents say`)', () => {
    const a = analyze(seed(INTRO, 'Many residents say the pier is unsafe.'));
    assert.ok(a.claims.some((c) => c.text.startsWith('the pier is unsafe')));
  });
});
