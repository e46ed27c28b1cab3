// Unnamed sources described with an indefinite article or `one` / `another` (issue 12, twenty-first round): each is a
// new person, so two with the same words are two actors; a definite description (`the mayor`) stays one actor.
// Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../src/engine';
import { quoteStarting } from './analysisHelpers';
import { isIndefinite } from '../../src/engine/passes/indefiniteSource';

const HEAD = 'Headline for an indefinite source test\n20250302\nhttps://example.org/news/indefinite\n';

function seed(...paras: string[]): Analysis {
  return analyze(HEAD + paras.join('\n') + '\n');
}

describe('indefinite unnamed sources are new people each time (twenty-first round)', () => {
  it('two `one commuter` sources in two paragraphs are two actors with deterministic ids', () => {
    const a = seed(
      '"The ferry is late every single morning," one commuter said.',
      'The harbor board met on Monday to debate the timetable.',
      '"I like the new boats from Tallvik," one commuter said.',
    );
    const q1 = quoteStarting(a, 'The ferry is late');
    const q2 = quoteStarting(a, 'I like the new boats');
    assert.ok(q1.speaker && q2.speaker);
    assert.notEqual(q1.speaker, q2.speaker);
    assert.deepEqual(a.actors.filter((x) => x.name === 'one commuter').map((x) => x.id), ['actor-one-commuter', 'actor-one-commuter-2']);
  });

  it('`a resident`, `one woman` twice are two each; `the mayor` twice is one', () => {
    const a = seed(
      '"We want the night run back," a resident said. "Nobody listens to us," a resident said.',
      '"Prices at the kiosk are up," said one woman. "Mine went up too," one woman said.',
      '"It is a good plan for the port," the mayor said.',
      '"It is still a good plan," the mayor said.',
    );
    const sp = (p: string): string | null => quoteStarting(a, p).speaker;
    assert.notEqual(sp('We want the night run back'), sp('Nobody listens to us'));
    assert.notEqual(sp('Prices at the kiosk'), sp('Mine went up too'));
    assert.equal(sp('It is a good plan'), sp('It is still a good plan'));
  });

  it('a definite description refers back to the latest indefinite one with its words', () => {
    const a = seed(
      '"The pier lights were off all week," an usher said on Friday.',
      '"Nobody fixed them," the usher said later. The ferry office did not answer.',
      '"We asked twice," said an usher at the other gate. "Still nothing," the usher said.',
    );
    const sp = (p: string): string | null => quoteStarting(a, p).speaker;
    assert.equal(sp('The pier lights'), sp('Nobody fixed them'));
    assert.equal(sp('We asked twice'), sp('Still nothing'));
    assert.notEqual(sp('The pier lights'), sp('We asked twice'));
  });

  it('reads the article before the span on the same line only', () => {
    assert.equal(isIndefinite('x a resident said', 'resident', 4), true);
    assert.equal(isIndefinite('x the resident said', 'resident', 6), false);
    assert.equal(isIndefinite('x', 'one of the guards', 0), true);
    assert.equal(isIndefinite('x', 'another voter', 0), true);
    assert.equal(isIndefinite('a\nresident', 'resident', 2), false);
    assert.equal(isIndefinite('Ghana resident', 'resident', 6), false);
  });
});
