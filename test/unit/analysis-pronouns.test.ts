// Speaker pronouns on unseen news, fifth round (issue 12): which earlier mention a `he`/`she` speaking a quote refers
// to. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { subjectLead } from '../../src/engine/passes/speakers';
import { actorByName, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a pronoun test\n20230611\nhttps://example.org/news/pronouns\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

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
      'Certainly Wren Okafor was not at the meeting on Monday.',
      '"Nobody can pay them," she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody can pay them')), 'Mary Tallis');
  });
});
