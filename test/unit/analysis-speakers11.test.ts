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
      'Because Tully claimed the pickers were paid late, Kestrel shot back at once: Every wage went out on the Friday it was due.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We signed it twice')), 'Orla Kestrel');
    assert.equal(speakerName(a, quoteStarting(a, 'Every wage went out')), 'Orla Kestrel');
  });

  it('the main clause\'s subject speaks a quote inside an opening participle or prepositional phrase', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Granting that Wren "knows the tides better than anyone," however, Ines Marlow still pressed for a new timetable.',
      'In a letter that listed the "delays, the cancelled sailings and the lost cargo" of the past winter, Ines Marlow turned to the refund.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'knows the tides')), 'Ines Marlow');
    assert.equal(speakerName(a, quoteStarting(a, 'delays, the cancelled')), 'Ines Marlow');
  });

  it('the person of a `, with X <participle>` phrase speaks a quote in it', () => {
    const a = analyze(seed(
      'The ferry company has said the crossing was safe.',
      'The island council disputed that account, with Ines Marlow going on the radio to call the crossing "a gamble with children aboard."',
      'Tobias Wren argued with Marlow during the hearing, asking her, "Who checked the lifeboats?"',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'a gamble with children')), 'Ines Marlow');
    // (`with Marlow during`: a preposition in -ing is no participle; the sentence's subject asks.)
    assert.equal(speakerName(a, quoteStarting(a, 'Who checked the lifeboats')), 'Tobias Wren');
  });

  it('a person in an `as X <cue>,` clause speaks the quote that a closing colon of its sentence introduces', () => {
    const a = analyze(seed(
      'The ferry vote was close on Monday.',
      'Of course, as Ines Marlow of the Dayton Courier noted, the real loser was not the mayor but the harbour itself:',
      '"The harbour lost a whole season of trade, and nobody on the council seems to care about the crews who work there."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The harbour lost')), 'Ines Marlow');
  });

  it('the agent after `by` speaks a quote a passive naming verb introduces', () => {
    const a = analyze(seed(
      'The harbour trust runs six ferries.',
      'This habit of the Harbour Trust has been called "quiet empire building" by Ines Marlow, a historian at Dayton College, and it makes the money hard to trace.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'quiet empire building')), 'Ines Marlow');
  });

  it('a name\'s `\'s` before a quote that a said-noun follows names its speaker', () => {
    const a = analyze(seed(
      'Mayor Ines Marlow raised the ferry fares in May.',
      'It is the lasting pull of Marlow\'s "no island left behind" pledge: many of them voted for her twice.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'no island left behind')), 'Ines Marlow');
  });
});

