// Marked quotes whose sentence names the speaker but which the clause finders left without one (issue 12,
// eighteenth round, branch h-noattr19): a first name and a place-word surname before a role appositive, a capitalised
// `Tweeted` after an appositive, two common capitalised words right after a closing mark and its cue, and a participle
// clause between a partial quote and an inverted cue with its name. Every
// snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a speaker test\n20231014\nhttps://example.org/news/speakers\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const quoteWith = (a: ReturnType<typeof analyze>, w: string) => {
  const q = a.quotes.find((x) => x.text.includes(w));
  assert.ok(q, `no quote with ${w}: ${a.quotes.map((x) => x.text).join(' | ')}`);
  return q;
};
const typeOf = (a: ReturnType<typeof analyze>, name: string) => a.entities.find((e) => e.text === name)?.type;

describe('speakers the sentence names, eighteenth round (h-noattr19)', () => {
  it('a first name and a place-word surname before a role appositive name a person', () => {
    const a = analyze(seed('Or, as Ned Harbor, a former ferry inspector, put it: “The tide does not wait for budgets.”'));
    assert.equal(speakerName(a, quoteWith(a, 'tide does not wait')), 'Ned Harbor');
    assert.equal(typeOf(analyze(seed('Ned Harbor, the chief inspector of the docks, will start in June.')), 'Ned Harbor'), 'person');
  });

  it('an appositive that names no role leaves the place a place', () => {
    assert.notEqual(typeOf(analyze(seed('Buses stop in Lucy Harbor, a quiet fishing village, twice a day.')), 'Lucy Harbor'), 'person');
  });

  it('a capitalised Tweeted after an appositive is the cue', () => {
    const a = analyze(seed('“Not our boat, but we love the colours!” Quill, the head of the Regatta Fund, Tweeted on Sunday.'));
    assert.equal(speakerName(a, quoteWith(a, 'Not our boat')), 'Quill');
  });

  it('a title-case headline with Tweets keeps no cue', () => {
    const a = analyze(seed('Quill Tweets A Map Of The New Harbour Route'));
    assert.equal(a.quotes.length, 0);
  });

  it('two common capitalised words after a closing mark and its cue are a name', () => {
    const a = analyze(seed('“They know exactly which towns they want,” explained Sage Mason, the outreach chief of the ferry union.'));
    assert.equal(speakerName(a, quoteWith(a, 'which towns')), 'Sage Mason');
  });

  it('a participle clause before an inverted cue does not hide the name after it', () => {
    const a = analyze(seed('Ivo Brant studies the county vote.',
      'That would mean a “winter of doubt” for Vell, forcing her to court both camps, said Ivo Brant, a county pollster.'));
    assert.equal(speakerName(a, quoteWith(a, 'winter of doubt')), 'Ivo Brant');
    const b = analyze(seed('A “long thaw” lies ahead for the council before the vote, leaving it to borrow, said Ivo Brant, a county pollster.'));
    assert.equal(speakerName(b, quoteWith(b, 'long thaw')), 'Ivo Brant');
  });

  it('a role modifier in -ing is no participle clause', () => {
    const a = analyze(seed('But Ivo Brant, acting director of the fund, said the “rescue plan” came late.'));
    assert.equal(speakerName(a, quoteWith(a, 'rescue plan')), 'Ivo Brant');
  });

  it('two such words after a cue that follows no mark are not read as a name', () => {
    const a = analyze(seed('The board met on Tuesday, said Green Party members at the pier.'));
    assert.ok(!a.entities.some((e) => e.text === 'Green Party' && e.type === 'person'));
  });
});
