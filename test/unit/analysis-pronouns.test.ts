// Speaker pronouns whose antecedent is in an earlier paragraph: snippets written for these tests. A `he said` quote
// opening a paragraph refers to the person the previous paragraph was about (its subject, even after a role phrase;
// a name followed by a speech cue anywhere in it; or, through a `But he ...` sentence, the paragraph before),
// not to whoever was quoted a few paragraphs up.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { cueFollows, roleLead } from '../../src/engine/passes/speakers';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a pronoun test\n20230517\nhttps://example.org/news/pronouns\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('speaker pronouns across paragraphs', () => {
  it('a name after a role phrase is the previous paragraph\'s subject', () => {
    const a = analyze(seed(
      '“The budget is balanced,” said Gov. Peter Lang.',
      'Republican state Sen. Daniel Whitcomb, a longtime critic of the plan, told reporters on Monday that the numbers did not add up.',
      '“We will fight this in committee,” he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We will fight')), 'Daniel Whitcomb');
  });

  it('a name followed by a speech cue late in its sentence is the antecedent', () => {
    const a = analyze(seed(
      '“Taxes will fall next year,” said Peter Lang.',
      'Asked about the deficit at a town hall in Dayton on Friday, Daniel Whitcomb argued that spending had to be cut.',
      '“Nobody wants to hear it,” he added.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody wants')), 'Daniel Whitcomb');
  });

  it('a paragraph led by the same pronoun carries the antecedent from the paragraph before', () => {
    const a = analyze(seed(
      '“Taxes will fall next year,” said Peter Lang.',
      'Daniel Whitcomb flew to Dayton on Monday.',
      'But he left the rally early, after the crowd thinned.',
      '“It was a long day,” he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'It was a long day')), 'Daniel Whitcomb');
  });

  it('role phrases: titles, role nouns, capitalised modifiers; not prepositions or verbs', () => {
    assert.equal(roleLead('Republican Rep. '), true);
    assert.equal(roleLead('But state Sen. '), true);
    assert.equal(roleLead('Sanford police officer '), true);
    assert.equal(roleLead('After meeting '), false);
    assert.equal(roleLead('When '), false);
    assert.equal(roleLead('the '), false);
    assert.equal(roleLead(''), false);
    assert.equal(roleLead('One two three four five six Senator '), false);
  });

  it('a speech cue after a name, maybe after an adverb', () => {
    const t = 'Whitcomb said it; Whitcomb also argued it; Whitcomb left; Whitcomb, said to be ill';
    assert.equal(cueFollows(t, 8), true);
    assert.equal(cueFollows(t, 26), true);
    assert.equal(cueFollows(t, 51), false);
    assert.equal(cueFollows(t, 66), false);
  });
});

describe('speaker pronouns in the same paragraph', () => {
  it('a name modifying a role noun (`Lang consultant Ann Reyes`) is no antecedent', () => {
    const a = analyze(seed(
      'Lang consultant Daniel Whitcomb, who ran the count, read the returns differently. “We have the votes,” he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We have the votes')), 'Daniel Whitcomb');
  });
});

describe('stripped quotes: what follows the cue', () => {
  it('a relative clause after the cue (`said in a video that showed ...`) keeps the quote before it', () => {
    const a = analyze(seed('The plant will reopen in March, Whitcomb said in a video that showed the new line.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The plant will reopen')), 'Whitcomb');
  });

  it('a participle after the cue (`said answering a question`) is an adjunct', () => {
    const a = analyze(seed('The plant will reopen in March, Whitcomb said answering a question from the crowd.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The plant will reopen')), 'Whitcomb');
  });

  it('a reported `that` clause after the cue stays indirect speech', () => {
    const a = analyze(seed('Whitcomb said on Friday that the plant would reopen in March.'));
    assert.equal(a.quotes.length, 0, a.quotes.map((q) => q.text).join(' | '));
  });
});

describe('a paragraph ending with a colon introduces the quote paragraphs after it', () => {
  it('the subject of the colon sentence speaks the next paragraph\'s quote and its continuation', () => {
    const a = analyze(seed(
      'Morton Lang, the chairman, wrote to members on Monday. He then listed the questions a voter should ask:',
      '“Has the candidate a record of leadership?',
      '“Is the candidate surrounded by people of principle?”',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Has the candidate')), 'Morton Lang');
    assert.equal(speakerName(a, quoteStarting(a, 'Is the candidate')), 'Morton Lang');
  });

  it('a colon inside a closed quote ends no introduction', () => {
    const a = analyze(seed(
      'Morton Lang wrote on Monday: “Here is my list:”',
      '“The plant will reopen in March.”',
    ));
    assert.notEqual(quoteStarting(a, 'The plant will reopen').attribution, 'subject of the sentence');
  });
});
