// Speakers on unseen news, fourth round (issue 12): role phrases before a speaker's name, antecedents of speaker
// pronouns, quotes introduced by a noun phrase. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a speaker test\n20230611\nhttps://example.org/news/speakers\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('speakers, fourth round', () => {
  it('role words the lexicon does not know before the name after an inverted cue: the named person speaks', () => {
    const a = analyze(seed(
      'The ferry company raised its fares again on Monday.',
      '"Nobody on the island can afford another rise this winter," said pollster Harriet Okafor.',
      '"The harbour board should have stopped it," said longtime harbour strategist Tobias Wren, a former pilot.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody on the island')), 'Harriet Okafor');
    assert.equal(speakerName(a, quoteStarting(a, 'The harbour board')), 'Tobias Wren');
  });

  it('a name before role words (an organisation or a person) modifies them: the person named after them speaks', () => {
    const a = analyze(seed(
      'The Harbour Party met in Portsmouth on Friday.',
      '"We will win the coastal seats," said Harbour Party strategist Tobias Wren.',
      '"The fares are too high," said Wren adviser Harriet Okafor.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We will win')), 'Tobias Wren');
    assert.equal(speakerName(a, quoteStarting(a, 'The fares are')), 'Harriet Okafor');
  });

  it('a preposition or a verb after the cue is no role phrase', () => {
    const a = analyze(seed(
      'Harriet Okafor and Tobias Wren spoke at the harbour.',
      '"The fares are too high," Okafor said on Monday. "We will fight them," said Wren.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The fares are')), 'Harriet Okafor');
    assert.equal(speakerName(a, quoteStarting(a, 'We will fight')), 'Tobias Wren');
  });

  it('a pronoun in the same paragraph: the earliest mention of the nearest sentence that is no object of a preposition', () => {
    const a = analyze(seed(
      'The ferry company raised its fares again on Monday.',
      'At the Okafor Marina, where a berth costs more every year, Tobias Wren, the harbour master, spoke at length. ' +
        '"Nobody can afford another rise," he said.',
      'Like his remarks about Mr. Okafor, Mr. Wren said the fares were wrong. "They should come down," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody can afford')), 'Tobias Wren');
    assert.equal(speakerName(a, quoteStarting(a, 'They should come')), 'Tobias Wren');
  });

  it('a pronoun opening a paragraph: the previous paragraph names its speaker with an appositive before the cue', () => {
    const a = analyze(seed(
      'Tobias Wren runs the ferry line.',
      'After a long night of talks about the new timetable and the winter fares, Harriet Okafor, the harbour board chairwoman, ' +
        'said she had heard enough from the ferry line and from its owner, Mary Tallis.',
      '"We will set the fares ourselves from now on," she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We will set the fares')), 'Harriet Okafor');
  });

  it('a pronoun opening a paragraph: the previous paragraph names its speaker after an inverted cue', () => {
    const a = analyze(seed(
      'Tobias Wren runs the ferry line.',
      'The winter timetable leaves the island without a boat for two days each week, the ferry company has confirmed to the island council, ' +
        'said Harriet Okafor, who chairs the harbour board, after a meeting with Mary Tallis.',
      '"We will set the fares ourselves from now on," she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We will set the fares')), 'Harriet Okafor');
  });

  it('the subject of the sentence speaks its fragment: a possessor before it is no subject', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'On the radio, Mr. Wren\'s campaign chairwoman, Harriet Okafor, dismissed the complaints as "island gossip."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'island gossip')), 'Harriet Okafor');
  });

  it('a passive participle after a form of `be` is no attribution (`after the winner was declared, X told ...`)', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Harriet Okafor, who called Tobias Wren shortly after the winner was declared, told the crowd, "We will keep the ferry running."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We will keep the ferry')), 'Harriet Okafor');
  });

  it('an organisation inside the appositive between the name and the cue does not speak', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Harriet Okafor, a former pilot who now chairs the Island Ferry Council, which runs the boats, said the fares were "far too high for families."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'far too high')), 'Harriet Okafor');
  });

  it('a cue inside an earlier quote of the sentence does not attribute the quote after it', () => {
    const a = analyze(seed(
      'Harriet Okafor chairs the harbour board.',
      '"Wren says he pays his share of the harbour," Okafor said on Monday, "but every year the board waits for his money."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'but every year')), 'Harriet Okafor');
  });

  it('after a closing mark, the words after the cue and a comma belong to the attribution', () => {
    const a = analyze(seed(
      'Tobias Wren spoke first. "The fares will stay," he said.',
      '"People make all sorts of promises," Harriet Okafor said, a hint of anger in her voice.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'People make all sorts')), 'Harriet Okafor');
  });

  it('the latest name before a fragment that a speech or naming verb follows speaks it, before the sentence subject', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Tobias Wren looked tired at the meeting, where Harriet Okafor accused him of a "quiet betrayal" of the island.',
      'He appeared rattled, unable to answer when Harriet Okafor called the plan "a gift to the ferry line."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'quiet betrayal')), 'Harriet Okafor');
    assert.equal(speakerName(a, quoteStarting(a, 'a gift to the ferry')), 'Harriet Okafor');
  });

  it('a quote in a later sentence whose own subject has a speech or naming verb does not continue the earlier speaker', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      '"We will fight the new fares," Harriet Okafor said. Tobias Wren called the plan "a gift to the ferry line."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We will fight')), 'Harriet Okafor');
    assert.equal(speakerName(a, quoteStarting(a, 'a gift to the ferry')), 'Tobias Wren');
  });

  it('role words after an inverted cue may hold a participle, an organisation and titles before the name', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      '"I fundamentally disagree," said retired Navy Lt. Cmdr. Harriet Okafor, who served on the ferries for years.',
      '"Nobody asked the island," said retired pilot Tobias Wren.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'I fundamentally disagree')), 'Harriet Okafor');
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody asked the island')), 'Tobias Wren');
  });
});
