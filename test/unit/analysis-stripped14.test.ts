// Direct quotes in text without quotation marks (issue 12, eighteenth round, branch h-smiss19): the speaker's voice
// before `, X told Harbor Radio ...` and before a speech verb that is no direct cue. Every snippet was written for
// these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/stripped-fourteen\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const covered = (a: Analysis, words: string): boolean => a.quotes.some((q) => q.text.includes(words));
const exact = (a: Analysis, text: string): boolean => a.quotes.some((q) => q.text === text);

describe('eighteenth round: the speaker\'s voice before a preposed cue that reports no clause', () => {
  it('`..., Lind told Harbor Radio host Ana Pell last week.`: the words before the comma are the quote', () => {
    const a = analyze(seed(
      'The ferry board met again on Tuesday.',
      'Im telling you, the new pier will sink before spring, Dana Lind told Harbor Radio host Ana Pell last week.',
    ));
    assert.ok(exact(a, 'Im telling you, the new pier will sink before spring'));
    assert.equal(speakerName(a, quoteStarting(a, 'Im telling you')), 'Dana Lind');
  });

  it('`..., Vost, 52, told Coast FM Monday when asked ...`: an age between the name and the cue', () => {
    const a = analyze(seed(
      'Thats a fair worry, because the islanders are very loyal, Marla Vost, 52, told Coast FM Monday when asked about the vote.',
    ));
    assert.ok(exact(a, 'Thats a fair worry, because the islanders are very loyal'));
    assert.equal(speakerName(a, quoteStarting(a, 'Thats a fair worry')), 'Marla Vost');
  });

  it('`..., Brant declared of the harbour plan, ...`: `of` and a topic after the cue', () => {
    const a = analyze(seed(
      'I do not believe any mayor has faced a harder winter than this one, Ivo Brant declared of the harbour plan, his voice lost in the wind.',
    ));
    assert.ok(exact(a, 'I do not believe any mayor has faced a harder winter than this one'));
  });

  it('`..., a former deckhand, Tomas Reel, recalled him saying.`: the role before the name is left out', () => {
    const a = analyze(seed(
      'I hope you dont mind, I have to bring my cousin along, a former deckhand, Tomas Reel, recalled him saying.',
    ));
    assert.ok(exact(a, 'I hope you dont mind, I have to bring my cousin along'));
  });

  it('no quote when the cue reports a clause of its own (`..., Lind said she ...`)', () => {
    const a = analyze(seed(
      'We were sure the pumps would hold, and for a while they did, but then the river rose, Lind said she told the crew.',
    ));
    assert.ok(!exact(a, 'We were sure the pumps would hold, and for a while they did, but then the river rose'));
  });

  it('no quote when the words before the comma have no voice', () => {
    const a = analyze(seed(
      'The pier was finished in the spring of that year, Dana Lind told Harbor Radio host Ana Pell last week.',
    ));
    assert.ok(!covered(a, 'The pier was finished'));
  });
});

describe('eighteenth round: a speech verb that is no direct cue closes words in the speaker\'s voice', () => {
  it('`..., Okafor charged in her speech.`', () => {
    const a = analyze(seed(
      'Youve broken every promise you made to the islands, Ama Okafor charged in her speech.',
    ));
    assert.ok(exact(a, 'Youve broken every promise you made to the islands'));
    assert.equal(speakerName(a, quoteStarting(a, 'Youve broken')), 'Ama Okafor');
  });

  it('no quote when the words have no voice (`The fares rose twice, Okafor charged.`)', () => {
    const a = analyze(seed('The fares rose twice in one winter without a vote, Ama Okafor charged.'));
    assert.ok(!covered(a, 'The fares rose twice'));
  });

  it('no quote for speech within speech (`..., she agrees with us.`)', () => {
    const a = analyze(seed(
      'The ferry captain is a decent man. Honestly, whatever I propose, she agrees with us.',
    ));
    assert.ok(!exact(a, 'Honestly, whatever I propose'));
  });
});
