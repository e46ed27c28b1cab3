// roleLedPronoun.ts: a pronoun after a sentence whose subject is a definite role noun and whose only fitting name is
// an object. Every snippet was written for these tests, with invented names.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a role-led pronoun test\n20230611\nhttps://example.org/news/role-led\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('roleLedPronoun: a role noun subject, a name as object', () => {
  it('the role noun stands for the person introduced with it, not the object', () => {
    const a = analyze(seed('Senator Cal Vell spoke in Fenmoor on Friday.',
      'The senator has stuffed his letters to Governor Bram Tully with praise. “He is a friend to every farmer,” he said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'He is a friend')), 'Cal Vell');
  });

  it('an epithet (an agent noun no list knows) after someone\'s quotes is that speaker', () => {
    const a = analyze(seed('Senator Cal Vell spoke in Fenmoor on Friday.',
      '“We pray for the senator,” Bram Tully said at the rally.',
      'The radio talker has stuffed his radio letters to Vell with praise. He has called Vell “a friend to every farmer.”'));
    assert.equal(speakerName(a, quoteStarting(a, 'a friend to every farmer')), 'Bram Tully');
  });

  it('with no one known for the role noun, the object stays the pick as a guess', () => {
    const a = analyze(seed('Senator Cal Vell spoke in Fenmoor on Friday.',
      'The radio host has stuffed his radio letters to Vell with praise. “He is a friend to every farmer,” he said.'));
    const q = quoteStarting(a, 'He is a friend');
    assert.equal(speakerName(a, q), 'Cal Vell');
    assert.ok(q.confidence < 0.6, `confidence ${q.confidence}`);
  });

  it('within one sentence the rule does not apply (`the host spoke after Vell, who said he ...`)', () => {
    const a = analyze(seed('Senator Cal Vell spoke in Fenmoor on Friday.',
      'The radio host spoke after Vell, who held a rally in which he called the plan “a friend to every farmer.”'));
    assert.equal(speakerName(a, quoteStarting(a, 'a friend to every farmer')), 'Cal Vell');
  });
});
