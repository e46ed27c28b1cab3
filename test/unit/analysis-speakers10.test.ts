// Speakers on unseen news, fifteenth round (issue 12, branch h-speakers10): speakers that are not pronoun guesses.
// Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a speaker test\n20230611\nhttps://example.org/news/speakers\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('speakers, fifteenth round', () => {
  it('the sentence subject is the main clause\'s, past an opener led by a conjunction or after a fronted phrase', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'And after the Harbour Board refused to lower the fares, Mayor Ines Marlow blamed the board\'s "three stubborn members who ignored the island."',
      'In May 2019, after Tobias Wren lost his seat, Clara Lind sent him a card with the words "a tireless friend of the ferry."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'three stubborn members')), 'Ines Marlow');
    assert.equal(speakerName(a, quoteStarting(a, 'a tireless friend')), 'Clara Lind');
  });

  it('a cue inside an opening `when` / `while` clause does not attribute a quote after the main clause\'s subject', () => {
    const a = analyze(seed(
      'Tobias Wren and Ines Marlow debated the ferry on Monday.',
      'When Wren suggested that the island would sue the company over the fares, Marlow fired back: "Let them take us to court, and they will lose."',
      'While Wren calls the plan a "fair deal for everyone," Marlow fixes on the "hidden fees" in it.',
      'When Wren stood up he opened by saying, "The fares must stay as they are." Marlow only shrugged and muttered, "Is that all?"',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Let them take us')), 'Ines Marlow');
    assert.equal(speakerName(a, quoteStarting(a, 'fair deal for everyone')), 'Tobias Wren');
    assert.equal(speakerName(a, quoteStarting(a, 'hidden fees')), 'Ines Marlow');
    assert.equal(speakerName(a, quoteStarting(a, 'The fares must stay')), 'Tobias Wren');
    const b = analyze(seed(
      'Tobias Wren and Ines Marlow debated the ferry on Monday.',
      'While Wren says the plan is “a fair deal for everyone,” Marlow fixes on the “hidden fees” in it.',
    ));
    assert.equal(speakerName(b, quoteStarting(b, 'a fair deal')), 'Tobias Wren');
    assert.equal(speakerName(b, quoteStarting(b, 'hidden fees')), 'Ines Marlow');
  });

  it('a name and any finite verb after a quote closed by `?` or `!` attribute it, though they open a new sentence', () => {
    const a = analyze(seed(
      'Tobias Wren and Ines Marlow spoke on the radio.',
      '"Well, yes. I will look at many people for the board," Wren said. "Even the harbour pilots?" Marlow repeated.',
      '"What made him change his mind so fast?" Marlow pressed. "Maybe the fares?"',
      '"Not now!" Wren said. Marlow left the studio.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Well, yes.')), 'Tobias Wren');
    assert.equal(speakerName(a, quoteStarting(a, 'Even the harbour pilots')), 'Ines Marlow');
    assert.equal(speakerName(a, quoteStarting(a, 'What made him change')), 'Ines Marlow');
    assert.equal(speakerName(a, quoteStarting(a, 'Maybe the fares')), 'Ines Marlow');
    assert.equal(speakerName(a, quoteStarting(a, 'Not now')), 'Tobias Wren');
  });

  it('a parenthetical cue (`, he added,`) before a quote in its sentence attributes it, past an earlier cue or name', () => {
    const a = analyze(seed(
      'Tobias Wren, a harbour economist, studies the fares.',
      'Plans so far from the mayor, Ines Marlow, to raise the fares, he added, amount to "just tinkering at the edges."',
      'Clara Lind answered that Ms. Marlow was right to bring it up, since, she said, the vote had shown everyone how "stubborn the harbour board" was.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'just tinkering')), 'Tobias Wren');
    assert.equal(speakerName(a, quoteStarting(a, 'stubborn the harbour')), 'Clara Lind');
  });

  it('a noun phrase speaker that the sentence then names (`calling himself`, `known as`, `said his name was`) is that person', () => {
    const a = analyze(seed(
      'The ferry debate went on online.',
      '"The fares are a scandal for the island!" wrote a man calling himself Ivo Brant.',
      '"Can the ferry take bikes?" asked the girl, who waved a flag and said her name was Nina, as the hall went quiet.',
      '"Nobody warned the crew," said the chief known as Roland, talking to reporters at last.',
      '"It is late again," said a passenger.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The fares are')), 'Ivo Brant');
    assert.equal(speakerName(a, quoteStarting(a, 'Can the ferry')), 'Nina');
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody warned')), 'Roland');
    assert.notEqual(speakerName(a, quoteStarting(a, 'It is late')), 'Nina');
  });
});
