// Speaker pronouns whose antecedent is in an earlier paragraph: snippets written for these tests. A `he said` quote
// opening a paragraph refers to the person the previous paragraph was about (its subject, even after a role phrase;
// a name followed by a speech cue anywhere in it; or, through a `But he ...` sentence, the paragraph before),
// not to whoever was quoted a few paragraphs up.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { cueFollows, roleLead, subjectLead } from '../../src/engine/passes/speakers';
import { actorByName, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a pronoun test\n20230517\nhttps://example.org/news/pronouns\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** A first paragraph, so that the sentence under test is no report's lead sentence (sixteenth round). */
const LEAD = 'The county board met on Friday to hear the mill owners.';

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

  it('a speech cue after an appositive; nothing after a possessive or at the end of the text', () => {
    const t = 'Ruth Vell, the ferry warden, said so. Vell\'s crew left. Vell';
    assert.equal(cueFollows(t, 9), true);
    assert.equal(cueFollows(t, 42), false);
    assert.equal(cueFollows(t, t.length), false);
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
    const a = analyze(seed(LEAD, 'The plant will reopen in March, Whitcomb said in a video that showed the new line.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The plant will reopen')), 'Whitcomb');
  });

  it('a participle after the cue (`said answering a question`) is an adjunct', () => {
    const a = analyze(seed(LEAD, 'The plant will reopen in March, Whitcomb said answering a question from the crowd.'));
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

// Fifth round (issue 12): adverbials before the previous paragraph's subject, a sentence led by the same pronoun,
// gender from the text, the subject of a quote's sentence, bogus person names. Every snippet was written for these tests.
describe('speaker pronouns, fifth round', () => {
  it('the previous paragraph names the subject after adverbials and role words: the pronoun is that subject', () => {
    const a = analyze(seed(
      '"The ferry has to run every day," said Mary Tallis, who owns the harbour cafe.',
      'Speaking at the pier in Portsmouth, harbour board spokeswoman Harriet Okafor repeated that the timetable would stay.',
      '"Nobody on the board wants fewer boats," she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody on the board')), 'Harriet Okafor');
  });

  it('several adverbial phrases before the subject (`At a meeting in Ryde, Isle of Wight, Mr. Wren ...`)', () => {
    const a = analyze(seed(
      '"We will keep the fares as they are," said Tom Reyes, the harbour board chairman.',
      'At a crowded meeting in Ryde, Isle of Wight, Mr. Wren rejected the idea that he was part of the harbour board.',
      '"I have never sat on a board in my life," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'I have never sat')), 'Wren');
  });

  it('a subordinator or a conjunction and an adverb before the subject (`Though Ms. Lee ...`, `And even Reyes ...`)', () => {
    const a = analyze(seed(
      '"The island needs a second boat," said Mary Tallis, a councillor.',
      'Though Ms. Okafor has lived on the island all her life, the new fares have surprised her, she said.',
      '"Nobody warned us about any of this," she said.',
      '"The council cannot pay for a boat," said Tobias Wren, the council leader.',
      'The two councillors were careful about the harbour board. And even Mr. Reyes tried to help the board, noting that he would do the same.',
      '"It is not my job to run the ferry," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody warned us')), 'Okafor');
    assert.equal(speakerName(a, quoteStarting(a, 'It is not my job')), 'Reyes');
  });

  it('a clause before a comma is no adverbial: its name is no subject (`He got a job, and Ryde became his home.`)', () => {
    assert.equal(subjectLead('At a crowded meeting in Ryde, Isle of Wight, '), true);
    assert.equal(subjectLead('Speaking at the pier, harbour board spokeswoman '), true);
    assert.equal(subjectLead('Though '), true);
    assert.equal(subjectLead('And even '), true);
    assert.equal(subjectLead('He got a car and a job at the ferry office, and '), false);
    assert.equal(subjectLead('He said the fares were fair, but the ferry owner, '), false);
    assert.equal(subjectLead('Some defenders of the ferry line, like '), false);
  });

  it('a sentence whose subject is the same pronoun: its names are objects, the pronoun\'s antecedent speaks', () => {
    const a = analyze(seed(
      'The ferry owners met the council on Monday.',
      'Tom Reyes spoke first. But he told Mr. Wren that the fares were too high. "Nobody on the island can pay them," he said.',
      'Tom Reyes spoke again. When he took the stage after Mr. Wren\'s speech, he said the fares were wrong. "They must come down," he said.',
      'Tom Reyes spoke last. Then Mr. Wren said he had read the plan. "It is a fair plan," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody on the island')), 'Tom Reyes');
    assert.equal(speakerName(a, quoteStarting(a, 'They must come down')), 'Tom Reyes');
    assert.equal(speakerName(a, quoteStarting(a, 'It is a fair plan')), 'Wren');
  });

  it('gender from a gendered role word: `the harbour board chairwoman` is no antecedent of `he`', () => {
    const a = analyze(seed(
      '"We need more boats," said Tom Reyes, a ferry captain.',
      'Kerry Okafor, the harbour board chairwoman, said the council would pay for them.',
      '"The money is there," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The money is there')), 'Tom Reyes');
  });

  it('gender from the text: a pronoun after a speech verb after the name (`Okafor said she ...`)', () => {
    const a = analyze(seed(
      '"We need more boats," said Tom Reyes, a ferry captain.',
      'Kerry Okafor said she would ask the council for the money.',
      '"The money is there," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The money is there')), 'Tom Reyes');
    assert.equal(actorByName(a, 'Kerry Okafor').type, 'person');
  });

  it('a short first name that is also a word (`Bill`, `Bob`) still gives a gender', () => {
    const a = analyze(seed(
      '"We need more boats," said Mary Tallis, a ferry captain.',
      'On Monday, board member Bill Okafor agreed with the council.',
      '"The money is there," she said.',
      '"We need a bigger boat," said Mary Tallis.',
      'Bob Okafor agreed with the council.',
      '"The money is not there," she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The money is there')), 'Mary Tallis');
    assert.equal(speakerName(a, quoteStarting(a, 'The money is not there')), 'Mary Tallis');
  });

  it('the subject of the main clause after an opening clause or phrase speaks a fragment (`After Lee spoke, Reyes ...`)', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'After Ann Lee criticised the timetable, Tom Reyes rejected the complaints as "island gossip."',
      'Tom Reyes spoke again on Tuesday. In Ryde, he defended the fares as "the lowest on the coast."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'island gossip')), 'Tom Reyes');
    assert.equal(speakerName(a, quoteStarting(a, 'the lowest on the coast')), 'Tom Reyes');
  });

  it('a name modifying a role is no subject (`Reyes adviser Ann Lee`); a later clause\'s subject speaks', () => {
    const a = analyze(seed(
      'Tom Reyes runs the harbour trust.',
      'Reyes adviser Ann Lee defended the fares as "fair enough."',
      'Tom Reyes liked the new timetable, while Ann Lee wanted "a real timetable, not a promise."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'fair enough')), 'Ann Lee');
    assert.equal(speakerName(a, quoteStarting(a, 'a real timetable')), 'Ann Lee');
  });

  it('a person name that opens with an adverb (a name run that took in the word before it) is no antecedent', () => {
    const a = analyze(seed(
      '"We will keep the fares," said Mary Tallis, the harbour board chairwoman.',
      'Sadly Wren Okafor was not at the meeting on Monday.',
      '"Nobody can pay them," she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody can pay them')), 'Mary Tallis');
  });
});

// Seventh round (issue 12): coreference preferences for a speaker pronoun — the main clause's subject over a name in
// a subordinate clause, a prepositional phrase or a coordination; the name that speaks in the nearest sentence; role
// words and adverbials before a subject; gender from the text over a first-name list. Every snippet was written for
// these tests (a school board, a chess club, a library).
describe('speaker pronouns, seventh round', () => {
  it('a name with a speech verb inside a subordinate clause is no antecedent: the main clause\'s subject is', () => {
    const a = analyze(seed(
      '"The library stays open until nine," said Mary Tallis, the head librarian.',
      'Tom Reyes turned pale as soon as the trustees heard that, because Martin Wren argued for closing at six.',
      '"We cannot pay the night staff," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We cannot pay the night')), 'Tom Reyes');
  });

  it('a name after a preposition, with a speech verb after it, is no antecedent (`hinges on Wren saying yes`)', () => {
    const a = analyze(seed(
      '"The chess club needs a bigger room," said Mary Tallis.',
      'Tom Reyes thinks the whole plan hinges on Martin Wren saying yes to the new lease.',
      '"Without that room we have nowhere to play," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Without that room')), 'Tom Reyes');
  });

  it('`as Wren said`: a name in an as-clause with a speech verb still speaks', () => {
    const a = analyze(seed(
      '"Nobody reads the old maps," said Tom Reyes.',
      'The library will move the maps to the basement, as Martin Wren explained to the trustees in May.',
      'Still he defended the basement as dry and safe. "The maps will be fine down there," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The maps will be fine')), 'Martin Wren');
  });

  it('in the nearest sentence, the name that speaks (`..., said Ann Lee, ...`) wins over an earlier name', () => {
    const a = analyze(seed(
      'The Reyes grant keeps the reading room open, said Ann Okafor, who chairs the library board. Smaller towns "cannot keep a single branch open on weekends," she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'cannot keep a single')), 'Ann Okafor');
  });

  it('a name right after a speech verb, with a verb after it, opens a reported clause and does not speak', () => {
    const a = analyze(seed(
      'Tom Reyes sounded tired on Friday and said Martin Wren insisted on cutting the library budget in committee. "It has to end," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'It has to end')), 'Tom Reyes');
  });

  it('an article or an appositive before the role words leaves the name the subject', () => {
    assert.equal(subjectLead('In Ryde, the county library director '), true);
    assert.equal(subjectLead('A neighbour, school board trustee '), true);
    assert.equal(subjectLead('He got a job, and '), false);
    assert.equal(roleLead('the '), false);
    const a = analyze(seed(
      '"The school will open in August," said Tom Reyes, the principal.',
      'A parent of two pupils, school board trustee Harriet Okafor, voted against the August date on Tuesday.',
      '"The roof will not be ready by then," she said.',
      '"The chess final is on Sunday," said Mary Tallis.',
      'In the end, the club tournament director Martin Wren kept the seeding list secret.',
      '"The players will find out at the board," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The roof will not be')), 'Harriet Okafor');
    assert.equal(speakerName(a, quoteStarting(a, 'The players will find')), 'Martin Wren');
  });

  it('a paragraph led by the same pronoun after an adverbial and a comma (`Even so, she ...`) carries the antecedent on', () => {
    const a = analyze(seed(
      '"The chess club will keep its room," said Tom Reyes, the club secretary.',
      'Harriet Okafor, who has coached the junior team for a decade, said the room was too small for a tournament.',
      'Even so, she voted for the lease at the last meeting.',
      '"A small room is better than none," she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'A small room is better')), 'Harriet Okafor');
  });

  it('two clues of the text overrule a first-name list\'s gender (`Adel Okafor said he ...`); one does not', () => {
    const a = analyze(seed(
      '"The school bus is late again," said Tom Reyes, a parent.',
      'Adel Okafor said he drives the bus on the northern route.',
      'Okafor, a driver for eleven years, said he had warned the depot about the brakes. The depot never replied.',
      '"Nobody listens to the drivers," he said.',
      '"The route is too long," said Martin Wren.',
      'Mary Tallis said he was right about the timetable.',
      '"We will shorten the route," she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody listens to the drivers')), 'Adel Okafor');
    assert.equal(speakerName(a, quoteStarting(a, 'We will shorten the route')), 'Mary Tallis');
  });

  it('a role phrase may end with a lower-case singular noun (`chess grandmaster Ann Lee`)', () => {
    assert.equal(roleLead('Local chess grandmaster '), true);
    assert.equal(roleLead('beekeeper '), true);
    assert.equal(roleLead('Former county librarian '), true);
    assert.equal(roleLead('After meeting '), false);
    assert.equal(roleLead('Library board told '), false);
    const a = analyze(seed(
      '"The tournament starts at noon," said Tom Reyes.',
      'Local chess grandmaster Harriet Okafor surprised the club by resigning in the first round.',
      '"I was simply too tired to play on," she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'I was simply too tired')), 'Harriet Okafor');
  });

  it('a conjunction or an adverb before the sentence\'s pronoun subject (`So she thanked Reyes, then asked ...`)', () => {
    const a = analyze(seed(
      'At the school board meeting, Harriet Okafor praised the new timetable as "long overdue." So she thanked Martin Wren, then asked him for "one honest answer about the budget."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'one honest answer')), 'Harriet Okafor');
  });
});
