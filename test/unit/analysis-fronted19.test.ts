// Stripped precision (issue 12, eighteenth round, branch h-sprec19): the words before `, Name said` that are the
// narrator's fronted phrase or the cue's own subject set off by an aside, not a quote. Every snippet was written for
// these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteIfAny, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240412\nhttps://example.org/news/stripped-fronted\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('eighteenth round: a fronted phrase with no main clause before an inverted cue', () => {
  it('a subordinate clause, a prepositional phrase or a participle phrase before the cue is no quote', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'While the council argued over the dredging budget, Lind told reporters the channel was silting up.',
      'During a long visit to the northern pier at dawn, Lind praised the night crew for their patience.',
      'Pressed by the dock workers after the hearing, Lind said she would wait for the survey.',
      'And as the tide turned against the old breakwater, Lind wrote to the harbour board about the pilings.',
      'On Monday, even as the pumps were failing, Lind wrote to the insurers about the hull.',
    ));
    assert.ok(!quoteIfAny(a, 'While the council'));
    assert.ok(!quoteIfAny(a, 'During a long visit'));
    assert.ok(!quoteIfAny(a, 'Pressed by the dock'));
    assert.ok(!quoteIfAny(a, 'And as the tide'));
    assert.ok(!quoteIfAny(a, 'On Monday, even as'));
  });

  it('a fronted phrase followed by a main clause, or one in the speaker\'s voice, stays a quote', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'During the winter the ferry is the only road to the island, Lind said.',
      'If the pumps fail again, the boat will sink at the pier, Lind said.',
      'While we wait for the survey nobody sails, Lind said.',
      'Looking at the hull now is a sad thing, Lind said.',
    ));
    for (const s of ['During the winter', 'If the pumps fail', 'While we wait', 'Looking at the hull']) assert.equal(speakerName(a, quoteStarting(a, s)), 'Edda Lind');
  });

  it('what follows the cue is still the speaker\'s', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind inspected the ferry on Tuesday.',
      'In her report to the board of the harbour, Lind said. The pilings are rotten and we need new ones by spring.',
    ));
    assert.ok(!quoteIfAny(a, 'In her report'));
    assert.equal(speakerName(a, quoteStarting(a, 'The pilings are rotten')), 'Edda Lind');
  });
});

describe('eighteenth round: the cue\'s subject set off by an aside is no quote', () => {
  it('a dash-closed aside before `— said`, and a name with an appositive before `, said`', () => {
    const a = analyze(seed(
      'The ferry owners met the harbour board on Tuesday.',
      'Several captains at the meeting — including two from the northern islands — said the fares were too low.',
      'Rep. Marta Quillon (D-Ore.), chair of the harbour caucus, said the board had ignored the warnings.',
      'Gov. Anders Pell of Oregon, a longtime critic of the ferry company, said the fares would rise anyway.',
    ));
    assert.ok(!quoteIfAny(a, 'Several captains'));
    assert.ok(!quoteIfAny(a, 'Rep. Marta Quillon'));
    assert.ok(!quoteIfAny(a, 'Gov. Anders Pell'));
  });

  it('a place of several words after `of` is read over, up to eight words (a token bound)', () => {
    const a = analyze(seed(
      'The ferry owners met the harbour board on Tuesday.',
      'Gov. Anders Pell of North Lorn Harbour Bay, a longtime critic of the ferry company, said the fares would rise.',
      'Mayor Ilse Brandt of Upper East Vessa Ferry Crossing Town, who chairs the board, said the fares were fair.',
    ));
    assert.ok(!quoteIfAny(a, 'Gov. Anders Pell'));
    assert.ok(!quoteIfAny(a, 'Mayor Ilse Brandt'));
  });

  it('speech before `, said Name` and a quote with an aside inside it stay quotes', () => {
    const a = analyze(seed(
      'The ferry owners met the harbour board on Tuesday.',
      'Frankly, the fares have been too low for years, said Marta Quillon, a ferry captain.',
      'We waited — all of us waited — for a reply that never came, Quillon said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Frankly, the fares')), 'Marta Quillon');
    assert.equal(speakerName(a, quoteStarting(a, 'We waited')), 'Marta Quillon');
  });
});
