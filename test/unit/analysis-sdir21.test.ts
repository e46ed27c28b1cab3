// Direct quotes in text without quotation marks (issue 12, twentieth round, branch h-sdir21): an inverted cue whose
// subject opens with role words, a possessive or an organisation; a name with a long appositive before the cue; a
// colon after a verb or a noun of answering; a comma after a speech verb and its adjuncts before words in the first
// person. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/stripped-twenty\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const covered = (a: Analysis, words: string): boolean => a.quotes.some((q) => q.text.includes(words));
const exact = (a: Analysis, text: string): boolean => a.quotes.some((q) => q.text === text);

describe('twentieth round: `, said` and a role before the speaker\'s name', () => {
  it('`..., said Varners deputy campaign manager, Rich Pellam, who ...`: a stripped possessive and a role before the name', () => {
    const a = analyze(seed(
      'Tom Varner leads the race for the port board.',
      'With half the boats in dry dock by Labor Day, were treating April as one long repair season in Bangor, said Varners deputy campaign manager, Rich Pellam, who ran the count last year.',
    ));
    assert.ok(exact(a, 'With half the boats in dry dock by Labor Day, were treating April as one long repair season in Bangor'));
    assert.equal(speakerName(a, quoteStarting(a, 'With half the boats')), 'Rich Pellam');
  });

  it('`..., said Floridas Rick Walden, a ...`: a place\'s stripped possessive, after a group the clause finder took for the subject', () => {
    const a = analyze(seed(
      'The bridge study came out on Friday.',
      'If we dont reach the young renters, and the growing crowd of Korean voters, were going to lose the whole county, said Floridas Rick Walden, a road consultant and longtime critic.',
    ));
    assert.ok(exact(a, 'If we dont reach the young renters, and the growing crowd of Korean voters, were going to lose the whole county'));
    assert.equal(speakerName(a, quoteStarting(a, 'If we dont reach')), 'Rick Walden');
  });

  it('`..., explained San Diego-trained engineer Edgar Mott.`: a place and a hyphen before the role', () => {
    const a = analyze(seed(
      'The bridge study came out on Friday.',
      'Dover prides itself on its roads and its ferries. Sadly, the piers are the cost of the new mall, explained San Diego-trained engineer Edgar Mott.',
    ));
    assert.ok(covered(a, 'the piers are the cost of the new mall'));
    assert.equal(speakerName(a, quoteStarting(a, 'Dover prides itself')), 'Edgar Mott');
  });

  it('no inversion when a verb stands between the cue and the name (`..., said the crew had Lena Marsh ...`)', () => {
    const a = analyze(seed(
      'The board voted twice.',
      'The vote was close, and the count took hours, said the night crew had Lena Marsh in mind.',
    ));
    assert.ok(!exact(a, 'The vote was close, and the count took hours'));
  });
});

describe('twentieth round: a name with a long appositive before the cue', () => {
  it('`..., Mark Tollis, 41, of Milford, Del., who took part in the survey, said on the phone.`', () => {
    const a = analyze(seed(
      'The survey reached six hundred households.',
      'Both of the toll plans frighten me, Mark Tollis, 41, of Milford, Del., who took part in the survey, said on the phone. Our town needs a road that people can afford.',
    ));
    assert.ok(exact(a, 'Both of the toll plans frighten me'));
    assert.equal(speakerName(a, quoteStarting(a, 'Both of the toll plans')), 'Mark Tollis');
    assert.ok(covered(a, 'Our town needs a road that people can afford'));
  });

  it('no quote when the words before the name have no voice', () => {
    const a = analyze(seed(
      'The survey reached six hundred households.',
      'The toll plans were published in March, Mark Tollis, 41, of Milford, Del., who took part in the survey, said on the phone.',
    ));
    assert.ok(!covered(a, 'The toll plans were published in March'));
  });
});

describe('twentieth round: a colon after a word of answering', () => {
  it('`Varga resisted: ...`: the text after the colon is the subject\'s', () => {
    const a = analyze(seed(
      'Tom Varga runs the harbor office.',
      'The dock crews wanted the night boats banned. Varga resisted: Harbor mayors cannot close a public channel on a whim.',
    ));
    assert.ok(covered(a, 'Harbor mayors cannot close a public channel on a whim'));
    assert.equal(speakerName(a, quoteStarting(a, 'Harbor mayors')), 'Tom Varga');
  });

  it('`Lind delivered a curt retort: ...`: a noun of answering', () => {
    const a = analyze(seed(
      'Ada Lind chairs the ferry board.',
      'Lind delivered a curt retort: Nobody is selling the ferry. The board will keep it running.',
    ));
    assert.ok(covered(a, 'Nobody is selling the ferry'));
  });

  it('no quote after a colon in plain narration (`Varga listed the costs: ...`)', () => {
    const a = analyze(seed(
      'Tom Varga runs the harbor office.',
      'Varga listed the costs: Fuel rose by a third and the nets cost twice as much.',
    ));
    assert.ok(!covered(a, 'Fuel rose by a third'));
  });
});

describe('twentieth round: a comma after a speech verb and its adjuncts, then the first person', () => {
  it('`Brisk concluded so plainly and timelessly, With patience ...`: adverbs before the comma, a capitalised opener', () => {
    const a = analyze(seed(
      'Ona Brisk spoke last at the dockside service.',
      'Brisk concluded so plainly and timelessly, With patience toward all of us, let us mend the nets.',
    ));
    assert.ok(covered(a, 'With patience toward all of us, let us mend the nets'));
    assert.match(speakerName(a, quoteStarting(a, 'With patience')) ?? '', /Brisk/);
  });

  it('not when the word after the comma is a name (`told reporters in Salem, Oregon, ...`)', () => {
    const a = analyze(seed(
      'Ona Brisk spoke last at the dockside service.',
      'Brisk was telling fishermen at a crowded Salem, Oregon, canteen that I need your help tomorrow.',
    ));
    assert.ok(!covered(a, 'Oregon, canteen'));
  });
});
