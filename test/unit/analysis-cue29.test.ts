// Attribution forms the cue finders missed (twenty-ninth round, branch h-cue2). Every snippet was written for these
// tests; names, places and bodies are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { quoteIfAny, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a cue test\n20240415\nhttps://example.org/news/cue-twenty-nine\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const exact = (a: Analysis, text: string): boolean => a.quotes.some((q) => q.text === text);

describe('`according to NAME` with a short adjunct after the name (twenty-ninth round)', () => {
  it('`"...," according to NAME on Monday.`: the name speaks', () => {
    const a = analyze(seed('"The toll on the causeway will stay," according to Ruth Vell on Monday.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The toll on the causeway')), 'Ruth Vell');
  });

  it('`... according to NAME in an interview.` and `... last week.`: the name speaks', () => {
    const a = analyze(seed(
      '"Nobody on the island asked for a bigger pier," according to Tomas Brigg in an interview.',
      '"The night crossing loses money," according to Ines Harlow last week.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody on the island')), 'Tomas Brigg');
    assert.equal(speakerName(a, quoteStarting(a, 'The night crossing')), 'Ines Harlow');
  });
});

describe('`X prompted Y to state, "..."`: the object speaks (twenty-ninth round)', () => {
  it('the person moved to speak is the speaker, not the subject', () => {
    const a = analyze(seed(
      'Mayor Ines Harlow prompted Ruth Vell, who counts every crossing, to state, "No route in the region is slower than the island run."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'No route in the region')), 'Ruth Vell');
  });

  it('a possessive before the object is no speaker', () => {
    const a = analyze(seed(
      'The harbour survey prompted Ruth Vell\u2019s ferry almanac to state, "No route in the region is slower than the island run."',
    ));
    assert.notEqual(speakerName(a, quoteStarting(a, 'No route in the region')), 'Ruth Vell');
  });
});

describe('stripped text: a verb-first attribution to an indefinite source (twenty-ninth round)', () => {
  it('`There was no delay, said a former harbour official.`: a quote with the source as its mention, in the past tense too', () => {
    const a = analyze(seed(
      'The ferry board met for four hours on Tuesday night.',
      'There was no delay at the pier that morning, said a former harbour official.',
    ));
    assert.ok(exact(a, 'There was no delay at the pier that morning'));
  });

  it('`..., a spokesman said.` after the narrator\'s past tense stays a paraphrase', () => {
    const a = analyze(seed(
      'The ferry board met for four hours on Tuesday night.',
      'The board voted against the levy in March, a spokesman said.',
    ));
    assert.equal(quoteIfAny(a, 'The board voted against'), undefined);
  });

  it('`..., said the former harbour official.` after the narrator\'s past tense stays a paraphrase', () => {
    const a = analyze(seed(
      'The ferry board met for four hours on Tuesday night.',
      'The board voted against the levy in March, said the former harbour official.',
    ));
    assert.equal(quoteIfAny(a, 'The board voted against'), undefined);
  });
});
