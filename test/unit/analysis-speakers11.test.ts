// Speakers on unseen news, sixteenth round (issue 12, branch h-speakers11): speaker errors the text settles.
// Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze, analyzeParagraph } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a speaker test\n20230611\nhttps://example.org/news/speakers\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('speakers, sixteenth round', () => {
  it('a cue inside an opening subordinate clause does not introduce the quote after the main clause\'s colon', () => {
    const para = 'Once Bram Tully argued that the orchard lease had lapsed in March, Orla Kestrel replied: We signed it twice, and the county has both copies.';
    const d = analyzeParagraph(para, false);
    const intro = d.attrs.filter((x) => x.intro);
    assert.equal(intro.length, 1);
    assert.equal(para.slice(intro[0].subject.s, intro[0].subject.e), 'Orla Kestrel');
    // Without an opener the colon still introduces the cue's quote (`X told the panel the fee was fair: ...`).
    const plain = analyzeParagraph('Bram Tully told the panel the lease was fair: Nobody in the valley has paid less.', false);
    assert.ok(plain.attrs.some((x) => x.intro && x.cue === 'told'));
    const a = analyze(seed(
      'The orchard growers of Fenmoor met in the chapel hall on Tuesday.',
      'Once Bram Tully argued that the orchard lease had lapsed in March, Orla Kestrel replied: We signed it twice, and the county has both copies.',
      'Because Tully claimed the pickers were paid late, Kestrel answered: Every wage went out on the Friday it was due.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We signed it twice')), 'Orla Kestrel');
    assert.equal(speakerName(a, quoteStarting(a, 'Every wage went out')), 'Orla Kestrel');
  });

  it('the main clause\'s subject speaks a quote inside an opening participle or prepositional phrase', () => {
    const a = analyze(seed(
      'Mayor Ines Marlow spoke in Dayton.',
      'Having praised the "steady hands" of the pilots, Ines Marlow turned to the refund.',
      'After all the "careful planning" at the pier, though, Ines Marlow still wanted a new timetable.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'steady hands')), 'Ines Marlow');
    assert.equal(speakerName(a, quoteStarting(a, 'careful planning')), 'Ines Marlow');
  });

  it('the person of a `, with X <participle>` phrase speaks a quote in it', () => {
    const a = analyze(seed(
      'Mayor Ines Marlow spoke in Dayton.',
      'The island council voted the plan down, with Ines Marlow standing on the pier to call the crossing "a gamble with children aboard."',
      'Tobias Wren argued with Marlow during the vote, asking her, "Who checked the lifeboats?"',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'a gamble with children')), 'Ines Marlow');
    // (`with Marlow during`: a preposition in -ing is no participle; the sentence's subject asks.)
    assert.equal(speakerName(a, quoteStarting(a, 'Who checked the lifeboats')), 'Tobias Wren');
  });

  it('a person in an `as X <cue>,` clause speaks the quote that a closing colon of its sentence introduces', () => {
    const a = analyze(seed(
      'The ferry board met on Monday.',
      'As Tobias Wren of the Pilots Union explained to the board, there are three ways out:',
      '"Raise the fares, cut the sailings, or sell the old boat to the island."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Raise the fares')), 'Tobias Wren');
  });

  it('the agent after `by` speaks a quote a passive naming verb introduces', () => {
    const a = analyze(seed(
      'Mayor Ines Marlow spoke in Dayton.',
      'The toll scheme was dubbed "a tax on tides" by Ines Marlow during the debate.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'a tax on tides')), 'Ines Marlow');
  });

  it('a name\'s `\'s` before a quote that a said-noun follows names its speaker', () => {
    const a = analyze(seed(
      'Mayor Ines Marlow spoke in Dayton.',
      'Voters still remember Ines Marlow\'s "fares for all" slogan from the last campaign.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'fares for all')), 'Ines Marlow');
  });
});
