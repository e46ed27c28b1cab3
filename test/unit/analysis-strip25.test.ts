// Quotes and their speakers in text without quotation marks (issue 12, twenty-fourth round, branch h-strip25). Every
// snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/stripped-twenty-five\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const covered = (a: Analysis, words: string): boolean => a.quotes.some((q) => q.text.includes(words));

describe('twenty-fourth round: speech carried into the next paragraph stops at the narrator\'s report of another person', () => {
  const lead = 'Ann Lee and Tom Dorn spoke at the pier on Monday.';
  const lee = 'We will keep the ferry running for every family in this town, Lee said.';

  it('`... so calm that Mr. Dorn was moved to say, So far, I ...`: Dorn\'s words, not Lee\'s', () => {
    const a = analyze(seed(lead, lee, 'But the meeting was so calm that Mr. Dorn was moved to say, So far, I am amazed how polite everyone has stayed in here.'));
    assert.ok(!covered(a, 'the meeting was so calm'));
    assert.equal(speakerName(a, quoteStarting(a, 'So far, I am amazed')), 'Tom Dorn');
  });

  it('`Dorn himself conceded ... the crew would struggle ...`: no continuation of Lee', () => {
    const a = analyze(seed(lead, lee, 'Dorn himself conceded in a phone call on Tuesday evening that the crew would struggle to hold the line if the vote goes badly.'));
    assert.ok(!a.quotes.some((q) => q.text.startsWith('Dorn himself conceded')));
  });

  it('`Dorn touted his record ... We need ...`: a regular past tense the lexicon may lack', () => {
    const a = analyze(seed(lead, lee, 'Dorn touted his record as a sponsor of the ferry bill. We must look for means to keep the boats running for the workers.'));
    assert.ok(!covered(a, 'Dorn touted his record'));
  });

  it('once the speaker\'s own words have begun, a sentence about another person is still theirs', () => {
    const a = analyze(seed(lead, lee, 'I am very disappointed in the board because for three meetings now the room has been full of lobbyists. I gave them two good names. Dorn rose and fumbled for a reply and the hall erupted.'));
    assert.ok(covered(a, 'Dorn rose and fumbled'));
    assert.equal(speakerName(a, quoteStarting(a, 'I am very disappointed')), 'Ann Lee');
  });

  it('after a cue that ended the previous paragraph (`Lee said:`), the next paragraph is the quote whatever it names', () => {
    const a = analyze(seed(lead, 'Asked about the vote, Lee said:', 'Dorn fumbled his reply last week and the whole town saw it, and we will not forget that.'));
    assert.ok(covered(a, 'Dorn fumbled his reply'));
    assert.equal(speakerName(a, quoteStarting(a, 'Dorn fumbled')), 'Ann Lee');
  });
});

describe('twenty-fourth round: a verb of speaking the cue lists lack, closing its sentence', () => {
  it('`..., he surmised.`: the words before it are his, and the speech goes on after it', () => {
    const a = analyze(seed('Tom Dorn spoke to reporters in Dover.', 'Riders are scared of losing their seats on the ferry, he surmised. On the radio, I hear about it all the time.'));
    assert.equal(speakerName(a, quoteStarting(a, 'Riders are scared of losing')), 'Tom Dorn');
    assert.equal(speakerName(a, quoteStarting(a, 'On the radio, I hear')), 'Tom Dorn');
  });

  it('`Who ...? Tom Dorn questioned.`: a sentence of the name and the verb alone, after a question', () => {
    const a = analyze(seed('Tom Dorn spoke to reporters in Dover.', 'What was the big turning point that made the board change so fast? Tom Dorn questioned.'));
    assert.equal(speakerName(a, quoteStarting(a, 'What was the big turning point')), 'Tom Dorn');
  });

  it('before an object the same verbs report no speech (`questioned the plan`, `pleaded with the board`)', () => {
    const a = analyze(seed('Tom Dorn and Ann Lee spoke in Dover.', 'At the long meeting on the pier, Tom Dorn questioned the plan for the ferry.', 'In the hall after the vote, Ann Lee pleaded with the board for more time.'));
    assert.equal(a.quotes.length, 0);
  });
});

describe('twenty-fourth round: a name given, cut at a comma among its modifiers, runs on to its noun', () => {
  const has = (a: Analysis, text: string): boolean => a.quotes.some((q) => q.kind === 'partial' && q.text === text);

  it('`calling her a dreadful, dreadful inspector`: the repeated adjective and its noun', () => {
    const a = analyze(seed('Tom Dorn spoke at a rally in Dover on Monday.', 'Tom Dorn attacked the harbor inspector during the rally, calling her a dreadful, dreadful inspector, and then left the stage.'));
    assert.ok(has(a, 'a dreadful, dreadful inspector'));
  });

  it('`what she called the bitter, needless quarrels of the board`: an article and adjectives without their noun', () => {
    const a = analyze(seed('Ann Lee spoke at the pier.', 'Ann Lee criticized what she called the bitter, needless quarrels of the board, though she named nobody.'));
    assert.ok(has(a, 'the bitter, needless quarrels of the board'));
  });

  it('`called the new rule much, much better than the old one`: a repeated degree word', () => {
    const a = analyze(seed('Ann Lee spoke at the pier.', 'Still, Ann Lee called the new rule much, much better than the old one, since it leaves the piers to the towns.'));
    assert.ok(has(a, 'much, much better than the old one'));
  });

  it('a complete adjective complement before a comma stays as it was (`called the plan unfair, angry residents ...`)', () => {
    const a = analyze(seed('Ann Lee spoke at the pier.', 'Ann Lee called the plan unfair, angry residents cheered, and the board left early.'));
    assert.ok(!covered(a, 'unfair, angry residents'));
  });
});
