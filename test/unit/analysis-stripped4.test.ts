// Direct quotes in text without quotation marks (issue 12, fifth round): attribution forms the stripped pass missed.
// Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteIfAny, quoteStarting, speakerName, ruleConfidences } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240311\nhttps://example.org/news/stripped-four\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

const quoteAt = quoteIfAny;
const quote = quoteStarting;

describe('stripped quotes (fifth round): `told` and an addressee after a comma', () => {
  it('`..., Reyes told the crowd in Ames.` closes the speech before it like an inverted attribution', () => {
    const a = analyze(seed(
      'Maria Reyes spoke for an hour at the county fair on Saturday.',
      'We are going to fix the roads in this county, Reyes told the crowd in Ames. The money is there and we will spend it.',
    ));
    const q = quote(a, 'We are going to fix');
    assert.equal(q.text, 'We are going to fix the roads in this county');
    assert.equal(speakerName(a, q), 'Maria Reyes');
    assert.equal(q.cue, 'told');
    const c = quote(a, 'The money is there');
    assert.equal(speakerName(a, c), 'Maria Reyes');
  });

  it('a noun phrase with a possessive and a complement of `of` is an addressee too', () => {
    const a = analyze(seed(
      'Tom Okafor left the race on Monday.',
      'Nobody in this town works harder than our nurses, Okafor told the night staff of the clinic, adding that he would rest.',
    ));
    const q = quote(a, 'Nobody in this town');
    assert.equal(q.text, 'Nobody in this town works harder than our nurses');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('`told` followed by a reported clause stays a paraphrase (no quote)', () => {
    const a = analyze(seed(
      'Tom Okafor left the race on Monday.',
      'After the vote, Okafor told reporters the plan would cost more than the city could pay.',
    ));
    assert.equal(a.quotes.length, 0, JSON.stringify(a.quotes.map((x) => x.text)));
  });
});

describe('stripped quotes (fifth round): a parenthetical attribution', () => {
  ruleConfidences();
  it('`A, Reyes said, B.` in the speaker\'s voice: both halves are quotes of Reyes', () => {
    const a = analyze(seed(
      'Maria Reyes runs the food bank on Elm Street.',
      'We never turn anyone away, Reyes said, no matter how long the line gets outside.',
    ));
    const q = quote(a, 'We never turn anyone away');
    assert.equal(q.text, 'We never turn anyone away');
    assert.equal(speakerName(a, q), 'Maria Reyes');
    const r = quote(a, 'no matter how long');
    assert.equal(speakerName(a, r), 'Maria Reyes');
    assert.ok(r.confidence <= 0.7, `confidence ${r.confidence}`);
  });

  it('a comma phrase that describes the speaker is no second half', () => {
    const a = analyze(seed(
      'Maria Reyes runs the food bank on Elm Street.',
      'I cannot do this alone, Reyes said, a tired smile on her face.',
    ));
    quote(a, 'I cannot do this alone');
    assert.equal(quoteAt(a, 'a tired smile'), undefined);
  });

  it('the narrator\'s paraphrase around a parenthetical cue (no first person, no contraction) is no quote', () => {
    const a = analyze(seed(
      'Maria Reyes runs the food bank on Elm Street.',
      'The new warehouse on the river, Reyes said, would cost the city about two million dollars.',
    ));
    assert.equal(a.quotes.length, 0, JSON.stringify(a.quotes.map((x) => x.text)));
  });

  it('a narrative first half and a second half in the speaker\'s voice: the second half alone', () => {
    const a = analyze(seed(
      'Maria Reyes runs the food bank on Elm Street.',
      'The hardest part of the winter, Reyes said, is that we run out of fresh food by January.',
    ));
    assert.equal(quoteAt(a, 'The hardest part'), undefined);
    const q = quote(a, 'is that we run out');
    assert.equal(speakerName(a, q), 'Maria Reyes');
    assert.ok(q.confidence <= 0.6, `confidence ${q.confidence}`);
  });
});

describe('stripped quotes (fifth round): a paragraph after a colon', () => {
  ruleConfidences();
  it('`Reyes answered the critics:` then a paragraph of speech: Reyes says it, with a low confidence', () => {
    const a = analyze(seed(
      'Maria Reyes answered the critics on Tuesday night:',
      'We have fed every family that came to us this winter, and we will keep doing it.',
    ));
    const q = quote(a, 'We have fed every family');
    assert.equal(speakerName(a, q), 'Maria Reyes');
    assert.ok(q.confidence <= 0.5, `confidence ${q.confidence}`);
  });

  it('a timestamp or a narrative paragraph after a colon is no quote', () => {
    const a = analyze(seed(
      'The latest on the storm in the harbour town (all times local):',
      '6:15 p.m.',
      'Maria Reyes described the night:',
      'The water rose over the pier before midnight and the ferry broke loose.',
    ));
    assert.equal(a.quotes.length, 0, JSON.stringify(a.quotes.map((x) => x.text)));
  });
});

describe('stripped quotes (fifth round): a fronted subordinate clause is no quote', () => {
  it('`While ..., Reyes told reporters the bridge would close.` is narration', () => {
    const a = analyze(seed(
      'Maria Reyes chairs the harbour board.',
      'While the council argued over the budget, Reyes told reporters the bridge would close in May.',
      'After the vote on the ferry contract, Reyes asked the mayor for a second hearing.',
    ));
    assert.equal(a.quotes.length, 0, JSON.stringify(a.quotes.map((x) => x.text)));
  });

  it('speech without its comma before a cue that ends the clause is still a quote', () => {
    const a = analyze(seed(
      'Maria Reyes chairs the harbour board.',
      'On a good day we feed three hundred families, Reyes said.',
    ));
    const q = quote(a, 'On a good day we feed');
    assert.equal(speakerName(a, q), 'Maria Reyes');
  });
});

describe('stripped quotes (fifth round): a noun phrase before `said,`', () => {
  ruleConfidences();
  it('`Her spokesman said, We are ...` is a quote of the spokesman, less sure than a named speaker', () => {
    const text = seed(
      'Maria Reyes is running for mayor of the harbour town.',
      'Her spokesman said, We are confident the ferry will run all winter.',
    );
    const a = analyze(text);
    const q = quote(a, 'We are confident');
    assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'Her spokesman');
    assert.ok(q.confidence <= 0.6, `confidence ${q.confidence}`);
  });

  it('a plural group before `said,` stays without a quote', () => {
    const a = analyze(seed(
      'The ferry will stop running in March.',
      'Officials said, The boats are too old to repair.',
    ));
    assert.equal(quoteAt(a, 'The boats are too old'), undefined);
  });
});

describe('stripped quotes (sixth round): speech after a colon', () => {
  ruleConfidences();
  it('`Reyes put it this way: This plan will not pass.` is a quote of Reyes, at a low confidence', () => {
    const a = analyze(seed(
      'Maria Reyes chairs the harbour board.',
      'The board met on Monday to vote on the ferry contract.',
      'Reyes put it this way at the hearing: This plan will not pass the council. The ferry needs a new hull first.',
    ));
    const q = quote(a, 'This plan will not pass');
    assert.equal(speakerName(a, q), 'Maria Reyes');
    assert.ok(q.text.includes('needs a new hull'), q.text);
    // (The rule grades it a guess, under 0.5; the calibrated value the reader sees moves with each refit of the curves.)
    assert.ok(q.confidence < 0.5, `confidence ${q.confidence}`);
  });

  it('a colon after no verb or noun of speaking explains or lists: no quote', () => {
    const a = analyze(seed(
      'Maria Reyes chairs the harbour board.',
      'The board met on Monday to vote on the ferry contract.',
      'Reyes has one advantage over her rivals: The board is behind her and the unions will back her.',
    ));
    assert.equal(quoteAt(a, 'The board is behind her'), undefined);
  });

  it('past-tense narration after the colon is no quote', () => {
    const a = analyze(seed(
      'Maria Reyes chairs the harbour board.',
      'The board met on Monday to vote on the ferry contract.',
      'Reyes gave the board her account in a long speech: The ferry arrived late on nine days of ten and the crew could not say why.',
    ));
    assert.equal(quoteAt(a, 'The ferry arrived late'), undefined);
  });
});

describe('stripped quotes (sixth round): a short sentence after an attribution', () => {
  ruleConfidences();
  it('`..., Reyes wrote. That is unacceptable.` goes on with the speaker', () => {
    const a = analyze(seed(
      'Maria Reyes chairs the harbour board.',
      'The contract looks out for the ferry company first and foremost, Reyes wrote. That is unacceptable.',
    ));
    const q = quote(a, 'That is unacceptable');
    assert.equal(speakerName(a, q), 'Maria Reyes');
    assert.ok(q.confidence <= 0.6, `confidence ${q.confidence}`);
  });

  it('two words are enough (`Very sad.`), one is not', () => {
    const a = analyze(seed(
      'Maria Reyes chairs the harbour board.',
      'The ferry will not run this winter, Reyes said. Very sad.',
      'The crossing takes an hour, Reyes said. Really?',
    ));
    assert.equal(speakerName(a, quote(a, 'Very sad')), 'Maria Reyes');
    assert.equal(quoteAt(a, 'Really?'), undefined);
  });
});

describe('stripped quotes (seventh round): inverted attributions the clause finder read as preposed', () => {
  it('`..., said Dana Whitfield, principal of ...` after a long clause is verb–subject inversion', () => {
    const a = analyze(seed(
      'Dana Whitfield has run the Oakmont school since 2009.',
      'Its a hard year for us, because Mayor Tom Okafor, Gov. Ann Lee and Sen. Bill Marsh have failed to fund the schools, said Dana Whitfield, principal of the Oakmont school.',
      'Frankly, what we have seen this year is a budget that forgets the children, said Whitfield, a teacher for thirty years.',
    ));
    const q = quote(a, 'Its a hard year for us');
    assert.equal(q.text, 'Its a hard year for us, because Mayor Tom Okafor, Gov. Ann Lee and Sen. Bill Marsh have failed to fund the schools');
    assert.equal(speakerName(a, q), 'Dana Whitfield');
    const r = quote(a, 'Frankly, what we have seen');
    assert.equal(r.text, 'Frankly, what we have seen this year is a budget that forgets the children');
    assert.equal(speakerName(a, r), 'Dana Whitfield');
    assert.equal(r.cue, 'said');
  });

  it('`..., the county official said.`: the comma before the determiner and modifiers closes the quote', () => {
    const a = analyze(seed(
      'A county report on school meals came out on Monday.',
      'We found that the children have begun to skip meals at home, the county official said. We will ask the state for help.',
    ));
    const q = quote(a, 'We found that the children');
    assert.equal(q.text, 'We found that the children have begun to skip meals at home');
    // (Calibrated: below the top band, and less sure than the same words with a name.)
    const named = analyze(seed(
      'A county report on school meals came out on Monday.',
      'We found that the children have begun to skip meals at home, Dana Pike said. We will ask the state for help.',
    ));
    for (const start of ['We found that the children', 'We will ask the state']) {
      const c = quote(a, start).confidence;
      assert.ok(c < 0.9 && c < quote(named, start).confidence, `${start}: confidence ${c}`);
    }
  });

  it('an unnamed source reporting in the narrator\'s past tense is no quote; in the present it is', () => {
    const a = analyze(seed(
      'Acme Steel owned the mill for forty years.',
      'The mill closed in 1998 and the workers moved away, a spokesman said.',
      'The mill will reopen next year, a spokesman said.',
    ));
    assert.equal(quoteAt(a, 'The mill closed'), undefined);
    assert.ok(quote(a, 'The mill will reopen').confidence <= 0.6);
  });

  it('a named organisation\'s statement in the past tense stays a quote (it may report events)', () => {
    const a = analyze(seed(
      'The Ferry Workers Union represents the crews.',
      'Three ferries ran aground near the north pier on Friday and two crews were hurt, said the Ferry Workers Union.',
    ));
    const q = quote(a, 'Three ferries ran aground');
    assert.equal(speakerName(a, q), 'Ferry Workers Union');
    assert.ok(q.confidence <= 0.6, `confidence ${q.confidence}`);
  });

  it('`said here`, a date, `wrote of`, an absolute phrase and role words before an addressee end the clause', () => {
    const a = analyze(seed(
      'Maria Reyes spoke in Ames on Saturday.',
      'We are going to fix every road in this county, Reyes said here.',
      'The river will not flood again on our watch, Reyes said Dec. 6 on a local radio show.',
      'Nobody gave more to this town than my father, Reyes wrote of the old mill.',
      'We will not close a single school, Reyes told the crowd, her voice rising over the boos.',
      'Our schools are the best in the state, Reyes told conservative talk-radio host Mike Gallagher on Wednesday.',
    ));
    for (const [start, text] of [
      ['We are going', 'We are going to fix every road in this county'],
      ['The river', 'The river will not flood again on our watch'],
      ['Nobody gave', 'Nobody gave more to this town than my father'],
      ['We will not close', 'We will not close a single school'],
      ['Our schools', 'Our schools are the best in the state'],
    ]) {
      const q = quote(a, start);
      assert.equal(q.text, text);
      assert.equal(speakerName(a, q), 'Maria Reyes');
    }
  });

  it('`warned of` names a topic, not an end of the clause: a fronted phrase before it is no quote', () => {
    const a = analyze(seed(
      'Maria Reyes spoke in Ames on Saturday.',
      'In a later speech, Reyes warned of the dangers of the new dam.',
    ));
    assert.equal(a.quotes.length, 0, JSON.stringify(a.quotes.map((x) => x.text)));
  });
});

describe('stripped quotes (seventh round): nominal and pronoun sources that name no actor', () => {
  it('`..., it said.` keeps a quote that sounds like speech, with no speaker, and goes on after it', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'We will not sign a contract that leaves the island without a ferry for a single day, it said. The council must find the money.',
    ));
    const q = quote(a, 'We will not sign');
    assert.equal(q.text, 'We will not sign a contract that leaves the island without a ferry for a single day');
    assert.equal(q.speaker, null);
    assert.ok(q.confidence <= 0.3, `confidence ${q.confidence}`);
    const c = quote(a, 'The council must find');
    assert.equal(c.speaker, null);
  });

  it('a plural subject with a verb in the present (`the two write`), a text that `read`, a possessive before a noun', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Nobody on the island should wait three hours for a boat, the two write. The council has the money.',
      'The ferry must run in winter, the statement read.',
      'The ferry is the lifeline of this island, Reyess office said in a statement.',
    ));
    // (A text that `read` is the source as one that `said` is, as written: twenty-eighth round.)
    for (const [start, text, cue, speaker] of [
      ['Nobody on the island', 'Nobody on the island should wait three hours for a boat', 'write', null],
      ['The ferry must run', 'The ferry must run in winter', 'read', 'actor-the-statement'],
      ['The ferry is the lifeline', 'The ferry is the lifeline of this island', 'said', null],
    ]) {
      const q = quote(a, start!);
      assert.equal(q.text, text);
      assert.equal(q.cue, cue);
      assert.equal(q.speaker, speaker);
    }
    assert.ok(quote(a, 'The council has the money'));
  });

  it('a noun that looks like a verb of speaking after a singular head (`a large state`) is no attribution', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Ferries are the only link we have, a fact of life in a large state.',
    ));
    assert.equal(a.quotes.length, 0, JSON.stringify(a.quotes.map((x) => x.text)));
  });

  it('a stripped `hed` (he would) sounds like speech: the quote runs back over it', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'So the board, you know, is good at promises. And hed be a fine chairman. He would not be the man we need to keep the ferry running, the former harbour master said.',
    ));
    const q = quote(a, 'So the board');
    assert.ok(q.text.endsWith('keep the ferry running'), q.text);
  });
});

describe('stripped quotes (seventh round): short quotes and the speech after an attribution', () => {
  ruleConfidences();
  it('a retort of three words before `Reyes said.` is a quote', () => {
    const a = analyze(seed('Maria Reyes runs the ferry company.', 'Shes a fake, Reyes said.'));
    const q = quote(a, 'Shes a fake');
    assert.equal(q.text, 'Shes a fake');
    assert.equal(speakerName(a, q), 'Maria Reyes');
  });

  it('before a later attribution, the speech goes on up to the first sentence that does not sound like speech', () => {
    const a = analyze(seed(
      'Maria Reyes runs the ferry company.',
      'This is the day they said would never come, Reyes said on Monday night. They told me our boats would sink. Her deputy, Tom Okafor, struck a similar tone. This is a big night for us, Okafor said.',
    ));
    const c = quote(a, 'They told me our boats would sink');
    assert.equal(c.text, 'They told me our boats would sink.');
    assert.equal(speakerName(a, c), 'Maria Reyes');
    assert.ok(c.confidence <= 0.6, `confidence ${c.confidence}`);
    assert.equal(quoteAt(a, 'Her deputy'), undefined);
  });

  it('`They say ...` later in a paragraph of speech is speech reporting speech: the quote runs over it', () => {
    const a = analyze(seed(
      'Maria Reyes runs the ferry company.',
      'Most people who complain about the ferry have no plan, said Tom Okafor, a board member. They dont have a better boat. They say the fares are too high, but they never bring a timetable.',
    ));
    const c = quote(a, 'They dont have a better boat');
    assert.ok(c.text.endsWith('they never bring a timetable.'), c.text);
    assert.equal(speakerName(a, c), 'Tom Okafor');
  });
});

describe('stripped quotes (seventh round, precision): narration read as speech', () => {
  it('a fronted time clause with a modifier (`Even after`, `Soon after`) before a cue is no quote', () => {
    const a = analyze(seed(
      'Tom Okafor runs the harbour board.',
      'Even after the report was filed, Okafor continued to say he had never seen the boat.',
      'Soon after the mayor was jeered at the fair on Monday, Okafor wrote to his followers, Its time to go, and shared a link to his page.',
    ));
    assert.equal(quoteAt(a, 'Even after'), undefined);
    assert.equal(quoteAt(a, 'Soon after'), undefined);
  });

  it('a fronted clause that ends where the cue closes its own clause stays a quote', () => {
    const a = analyze(seed('Tom Okafor runs the harbour board.', 'Not long after we opened, the money ran out, Okafor said.'));
    const q = quote(a, 'Not long after we opened');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('after an attribution, a sentence whose subject is the speaker with a past-tense verb is narration: the speech stops', () => {
    const a = analyze(seed(
      'Mrs. Mary Reyes runs the ferry company.',
      'The boats are old and the fares are too high, Reyes said. Reyes later sent a letter to the council. We will see.',
      'Our crews work every night of the year, Reyes said on Monday. She then sent the budget to the board.',
    ));
    assert.equal(speakerName(a, quote(a, 'The boats are old')), 'Mary Reyes');
    assert.equal(quoteAt(a, 'Reyes later sent'), undefined);
    assert.equal(quoteAt(a, 'We will see'), undefined);
    assert.equal(speakerName(a, quote(a, 'Our crews work')), 'Mary Reyes');
    assert.equal(quoteAt(a, 'She then sent'), undefined);
  });

  it('a speaker\'s words about someone else in the past tense (`He did nothing.`) stay the speech', () => {
    const a = analyze(seed(
      'Mr. Tom Okafor runs the harbour board.',
      'The governor knew about the leak for a year, Okafor said. He did nothing for the island.',
    ));
    const c = quote(a, 'He did nothing');
    assert.equal(c.text, 'He did nothing for the island.');
    assert.equal(speakerName(a, c), 'Tom Okafor');
  });

  it('a paragraph that ends with a colon is a lead-in, not the speech of the paragraph before, continued', () => {
    const speech = 'Our crews work every night of the year and we are tired of it, Reyes said.';
    const a = analyze(seed('Mrs. Mary Reyes runs the ferry company.', speech, 'Do you want a seat on the first crossing? Sign up on our page:'));
    assert.equal(quoteAt(a, 'Do you want'), undefined);
    const b = analyze(seed('Mrs. Mary Reyes runs the ferry company.', speech, 'We will keep the fares low for you and your children.'));
    assert.equal(speakerName(b, quote(b, 'We will keep the fares')), 'Mary Reyes');
  });
});

describe('stripped quotes (eighth round): attributions the pass left out', () => {
  it('`..., the group wrote.` after a text in its author\'s voice is a quote; a report of events is not', () => {
    const a = analyze(seed(
      'The vote on the ferry was close.',
      'Our doors stay open to every family on the island, the group wrote.',
      'Sure, we never had a boat in the harbour that week because our crew was ashore, wrote Okafor.',
      'The crossing closed in 1998 after the storm, the group wrote.',
    ));
    assert.equal(quote(a, 'Our doors stay open').text, 'Our doors stay open to every family on the island');
    assert.equal(quote(a, 'Our doors stay open').cue, 'wrote');
    assert.equal(quote(a, 'Sure, we never had').text, 'Sure, we never had a boat in the harbour that week because our crew was ashore');
    assert.equal(quoteAt(a, 'The crossing closed'), undefined);
  });

  it('a head noun the lexicon tags as a verb (`the release added`, `the harbour trust wrote`) closes the quote', () => {
    const a = analyze(seed(
      'The vote on the ferry was close.',
      'The crossing will not reopen until the spring survey is done, the release added.',
      'Our doors stay open to every family, and we will not charge them a cent, the harbour trust wrote.',
    ));
    const q = quote(a, 'The crossing will not');
    assert.equal(q.text, 'The crossing will not reopen until the spring survey is done');
    assert.equal(q.cue, 'added');
    // (Twenty-sixth round: the document is shown as the source, `the release`; it was no speaker before.)
    assert.equal(speakerName(a, q), 'the release');
    assert.ok(q.confidence < 0.5, `confidence ${q.confidence}`);
    assert.equal(quote(a, 'Our doors stay open').text, 'Our doors stay open to every family, and we will not charge them a cent');
  });

  it('`..., Reyes told a clapping audience of supporters in Dover.`: a participle before the addressee\'s noun', () => {
    const a = analyze(seed(
      'Mayor Ann Reyes met the crowd.',
      'Nobody here wants the tolls back, Reyes told a clapping audience of supporters in Dover in a speech on local radio.',
      'After the speech, Reyes told the crowd cheering outside the hall that the tolls would go.',
    ));
    const q = quote(a, 'Nobody here wants');
    assert.equal(q.text, 'Nobody here wants the tolls back');
    assert.equal(speakerName(a, q), 'Ann Reyes');
    assert.equal(quoteAt(a, 'After the speech'), undefined);
  });

  it('a phrasal or present-tense verb of speaking before a colon (`went on:`, `fired back:`, `continues:`) opens a quote', () => {
    const a = analyze(seed(
      'Mayor Ann Reyes and Tom Okafor argued on the pier for an hour.',
      'Reyes went on: Nobody on this island can wait another winter for a boat.',
      'Pressed on the fares, Mr. Okafor fired back: Every ticket pays for a crew we need.',
      'The pier emptied, and Okafor continues: Boats cost money and the money is gone.',
      'Reyes went home: the evening was cold and the pier was empty.',
    ));
    assert.equal(speakerName(a, quote(a, 'Nobody on this island')), 'Ann Reyes');
    assert.equal(speakerName(a, quote(a, 'Every ticket pays')), 'Tom Okafor');
    assert.equal(speakerName(a, quote(a, 'Boats cost money')), 'Tom Okafor');
    assert.equal(quoteAt(a, 'the evening was cold'), undefined);
  });

  it('`Reyes said at the pier on Sunday, Whatever the board decides, ...`: an adjunct, a comma, then any capitalised word', () => {
    const a = analyze(seed(
      'Mayor Ann Reyes met the crowd.',
      'Reyes said at the pier on Sunday, Whatever the board decides, the boats keep sailing.',
      'Reyes spoke in Dover with Okafor, Mayor Lee and the council.',
    ));
    const q = quote(a, 'Whatever the board');
    assert.equal(q.text, 'Whatever the board decides, the boats keep sailing.');
    assert.equal(speakerName(a, q), 'Ann Reyes');
    assert.equal(quoteAt(a, 'Mayor Lee'), undefined);
  });

  it('the speech after `..., the company said.` goes on, the unnamed company its source (twenty-sixth round: was unknown)', () => {
    const a = analyze(seed(
      'The vote was close.',
      'There is no quick way to check every ferry ticket on the island, the company said. We keep checking them by hand every day.',
    ));
    const c = quote(a, 'We keep checking');
    assert.equal(c.text, 'We keep checking them by hand every day.');
    assert.equal(speakerName(a, c), 'the company');
    // (An organisation's words without marks: the pass caps those at 0.6 before calibration; calibrated, below the top
    // band and less sure than the same words with a name.)
    const named = analyze(seed(
      'The vote was close.',
      'There is no quick way to check every ferry ticket on the island, Dana Pike said. We keep checking them by hand every day.',
    ));
    assert.ok(c.confidence < 0.9 && c.confidence < quote(named, 'We keep checking').confidence, `confidence ${c.confidence}`);
  });

  it('`Or, as Tom Okafor, a retired skipper, put it: ...` is Okafor\'s quote; the name before `put it` too', () => {
    const a = analyze(seed(
      'Mayor Ann Reyes and Tom Okafor met the crowd at the pier.',
      'Or, as Tom Okafor, a retired skipper, put it: Nobody should sail these boats in March.',
      'As Reyes put it, The budget has room for one boat and no more.',
    ));
    const q = quote(a, 'Nobody should sail');
    assert.equal(q.text, 'Nobody should sail these boats in March.');
    assert.equal(speakerName(a, q), 'Tom Okafor');
    assert.equal(speakerName(a, quote(a, 'The budget has room')), 'Ann Reyes');
  });
});

describe('stripped quotes (eighth round, part two): speech that goes on', () => {
  it('the speech after `..., she said.` goes on when no antecedent is found, speaker unknown', () => {
    const a = analyze(seed(
      'The harbour vote ended late on Sunday.',
      'A quiet winter suits the harbour, she said. We mend the nets and paint the hulls. The boats go out again in March.',
    ));
    const q = quote(a, 'A quiet winter');
    assert.equal(q.speaker, null);
    const c = quote(a, 'We mend the nets');
    assert.equal(c.text, 'We mend the nets and paint the hulls. The boats go out again in March.');
    assert.equal(c.speaker, null);
    assert.ok(c.confidence <= 0.3, `confidence ${c.confidence}`);
  });

  it('the unresolved speech stops at the next attribution', () => {
    const a = analyze(seed(
      'The harbour vote ended late on Sunday.',
      'A quiet winter suits the harbour, he said. We will be back next year. The count was fair, said Tom Okafor, the returning officer.',
    ));
    const c = quote(a, 'We will be back');
    assert.equal(c.text, 'We will be back next year.');
    assert.equal(speakerName(a, quote(a, 'The count was fair')), 'Tom Okafor');
  });
});

describe('stripped quotes (eighth round, part two): a role in commas before the name', () => {
  it('`..., the ferry companys chief of staff, Sam Ortiz, told the Herald on Monday.` closes the speech before it', () => {
    const a = analyze(seed(
      'The ferry board met on Monday.',
      'The ferry will run again in May, the ferry companys chief of staff, Sam Ortiz, told the Dover Herald on Monday. We have the crews. Its done.',
    ));
    const q = quote(a, 'The ferry will run');
    assert.equal(q.text, 'The ferry will run again in May');
    assert.equal(speakerName(a, q), 'Sam Ortiz');
    assert.equal(q.cue, 'told');
    const c = quote(a, 'We have the crews');
    assert.equal(c.text, 'We have the crews. Its done.');
    assert.equal(speakerName(a, c), 'Sam Ortiz');
  });

  it('`..., his sister, Ann Lee, said.` works with `said` and a short role', () => {
    const a = analyze(seed(
      'Tom Okafor sailed alone for forty days.',
      'Nobody in our family ever doubted he would come home, his sister, Ann Lee, said.',
    ));
    const q = quote(a, 'Nobody in our family');
    assert.equal(q.text, 'Nobody in our family ever doubted he would come home');
    assert.equal(speakerName(a, q), 'Ann Lee');
  });

  it('a role in commas before a reported clause stays a paraphrase', () => {
    const a = analyze(seed(
      'The ferry board met on Monday.',
      'After a long night of talks in the harbour office, the chief of staff, Sam Ortiz, said the ferry would run again in May.',
    ));
    assert.equal(quoteAt(a, 'After a long night'), undefined);
  });
});

describe('stripped quotes (ninth round): speech about speech inside a continuation', () => {
  it('`Some say ...` after `..., Ortiz said.` is the speaker reporting others: the speech goes on over it', () => {
    const a = analyze(seed(
      'Sam Ortiz runs the ferry to the island.',
      'The crossing takes an hour in good weather, Ortiz said. Some say the fares are too high. We keep them as low as we can.',
    ));
    const c = quote(a, 'Some say the fares');
    assert.equal(c.text, 'Some say the fares are too high. We keep them as low as we can.');
    assert.equal(speakerName(a, c), 'Sam Ortiz');
  });

  it('a cue with a first-person object (`The inspectors told us ...`) is in the speaker’s voice', () => {
    const a = analyze(seed(
      'Sam Ortiz runs the ferry to the island.',
      'The harbour stays open all winter, Ortiz said. The inspectors told us to close it in December. We never do.',
    ));
    const c = quote(a, 'The inspectors told');
    assert.equal(c.text, 'The inspectors told us to close it in December. We never do.');
    assert.equal(speakerName(a, c), 'Sam Ortiz');
  });

  it('the narrator’s frame (`He said he had ...`, `Okafor added that ...`) still ends the speech', () => {
    const a = analyze(seed(
      'Sam Ortiz runs the ferry to the island.',
      'The crossing takes an hour in good weather, Ortiz said. He said he had asked the board for a second boat in our name.',
      'The island needs a doctor, Ortiz said. Tom Okafor added that our clinic had closed in March.',
    ));
    assert.equal(quoteAt(a, 'He said he had'), undefined);
    assert.equal(quoteAt(a, 'Tom Okafor added'), undefined);
    assert.equal(quote(a, 'The crossing takes').text, 'The crossing takes an hour in good weather');
  });
});

describe('stripped quotes (ninth round): a new speaker at the start of the next paragraph', () => {
  it('`Would that be enough for you? Reyes asked.` after `..., Okafor said.` is Reyes’s, not a continuation of Okafor', () => {
    const a = analyze(seed(
      'Maria Reyes and Tom Okafor met the harbour board on Monday.',
      'We want the ferry back by May, Okafor said.',
      'Would that be enough for you? Reyes asked.',
    ));
    const q = quote(a, 'Would that be enough');
    assert.equal(q.text, 'Would that be enough for you?');
    assert.equal(speakerName(a, q), 'Maria Reyes');
  });

  it('a sentence that trails off (`…`) before a bare `Reyes said.` is Reyes’s too', () => {
    const a = analyze(seed(
      'Maria Reyes and Tom Okafor met the harbour board on Monday.',
      'We need the boats before the summer, Okafor said.',
      'I will think it over for a week or two… Reyes said.',
    ));
    const q = quote(a, 'I will think it over');
    assert.equal(speakerName(a, q), 'Maria Reyes');
  });
});

describe('stripped quotes (tenth round): a role noun the clause finder leaves out names the person with that role', () => {
  it('`..., said the 52-year-old mayor.` after `Mayor Dana Pike` is Dana Pike’s, as with marks', () => {
    const a = analyze(seed(
      'Mayor Dana Pike met Ivo Brant at the harbour council on Monday.',
      'We will keep the pier open all winter, said the 52-year-old mayor.',
    ));
    const q = quote(a, 'We will keep the pier open');
    assert.equal(q.text, 'We will keep the pier open all winter');
    assert.equal(speakerName(a, q), 'Dana Pike');
    const named = analyze(seed(
      'Mayor Dana Pike met Ivo Brant at the harbour council on Monday.',
      'We will keep the pier open all winter, said Dana Pike.',
    ));
    assert.ok(q.confidence < 0.9 && q.confidence < quote(named, 'We will keep the pier open').confidence, 'a role is less sure than a name');
  });

  it('an organisation’s description (`the local newspaper wrote`) names no person', () => {
    const a = analyze(seed(
      'Mayor Dana Pike spoke to the harbour council on Monday.',
      'We will keep the pier open all winter, said the 52-year-old mayor.',
      'Nobody should keep a pier open in a storm like this one, the local newspaper wrote.',
    ));
    const q = quote(a, 'Nobody should keep');
    // (Twentieth round: the description speaks as an unnamed source; no person's name.)
    assert.notEqual(speakerName(a, q), 'Dana Pike');
    assert.notEqual(a.actors.find((x) => x.id === q.speaker)?.type ?? null, 'person');
  });
});

describe('stripped quotes (tenth round): a role in commas before the name is that person’s role', () => {
  it('`The mayor, Dana Pike, ...` then `..., the mayor said.` is Dana Pike’s, without and with marks', () => {
    const stripped = analyze(seed(
      'The mayor, Dana Pike, spoke to the harbour council on Monday.',
      'We will keep the pier open all winter, the mayor said.',
    ));
    const q = quote(stripped, 'We will keep the pier open');
    assert.equal(speakerName(stripped, q), 'Dana Pike');
    const marked = analyze(seed(
      'The mayor, Dana Pike, spoke to the harbour council on Monday.',
      '"We will keep the pier open all winter," the mayor said.',
    ));
    assert.equal(speakerName(marked, quote(marked, 'We will keep the pier open')), 'Dana Pike');
  });

  it('`his campaign manager, Ann Lee,` is the campaign manager of a later attribution; a place before a name is no role', () => {
    const a = analyze(seed(
      'Ivo Brant hired his campaign manager, Ann Lee, in May.',
      'We will win this county by ten points, the campaign manager said.',
      'In the harbour, Tom Okafor counted the boats.',
      'Nobody will stop the ferry this year, the harbour said.',
    ));
    assert.equal(speakerName(a, quote(a, 'We will win this county')), 'Ann Lee');
    const h = quoteAt(a, 'Nobody will stop the ferry');
    assert.notEqual(h && speakerName(a, h), 'Tom Okafor');
  });
});

describe('stripped quotes (eleventh round): the reporter’s narration after the speaker’s last words', () => {
  it('a past-tense sentence with a number or a date after `..., X said.` ends the speech and is no one’s quote', () => {
    const a = analyze(seed(
      'Maria Reyes runs the ferry cooperative in Dunmore.',
      'We keep the fares low because the island needs the boats, Reyes said. The cooperative bought a second ferry in 2019 for $3 million.',
    ));
    const q = quote(a, 'We keep the fares low');
    assert.equal(speakerName(a, q), 'Maria Reyes');
    assert.ok(!quoteAt(a, 'The cooperative bought'));
  });

  it('a sentence that opens with a person’s name and tells a past act ends it too', () => {
    const a = analyze(seed(
      'Maria Reyes runs the ferry cooperative in Dunmore.',
      'We keep the fares low because the island needs the boats, Reyes said. Tom Okafor resigned from the board soon after.',
    ));
    assert.equal(speakerName(a, quote(a, 'We keep the fares low')), 'Maria Reyes');
    assert.ok(!quoteAt(a, 'Tom Okafor resigned'));
  });

  it('a name with a number in any tense, and a parenthetical sentence, are the reporter’s', () => {
    const a = analyze(seed(
      'Maria Reyes runs the ferry cooperative in Dunmore.',
      'We keep the fares low because the island needs the boats, Reyes said. Reyes owns shares in the cooperative worth $40,000.',
      'Nobody on this island wants the bridge, Reyes said. (She was speaking before the council vote.)',
    ));
    assert.ok(!quoteAt(a, 'Reyes owns shares'));
    assert.ok(!quoteAt(a, '(She was speaking'));
  });

  it('a sentence that opens with the speaker’s own name, in any tense, is about the speaker', () => {
    const a = analyze(seed(
      'Maria Reyes runs the ferry cooperative in Dunmore.',
      'The county has no right to sell the pier, Reyes said. Reyes is bringing the case on behalf of the cooperative.',
    ));
    assert.equal(speakerName(a, quote(a, 'The county has no right')), 'Maria Reyes');
    assert.ok(!quoteAt(a, 'Reyes is bringing'));
  });

  it('the speaker’s own words go on: a present-tense sentence, or narration-like words before the speaker’s voice', () => {
    const a = analyze(seed(
      'Maria Reyes runs the ferry cooperative in Dunmore.',
      'We keep the fares low because the island needs the boats, Reyes said. The boats carry 400 people on a busy Saturday.',
      'The bridge plan is a fantasy, Reyes said. The county promised a bridge in 1998. I still remember the ribbon they never cut.',
    ));
    const c = quote(a, 'The boats carry 400 people');
    assert.equal(speakerName(a, c), 'Maria Reyes');
    const d = quote(a, 'The county promised a bridge');
    assert.ok(d.text.endsWith('the ribbon they never cut.'), d.text);
    assert.equal(speakerName(a, d), 'Maria Reyes');
  });

  it('the sentence of narration is not taken back into the next inverted quote', () => {
    const a = analyze(seed(
      'Maria Reyes and Tom Okafor run the ferry cooperative in Dunmore.',
      'We keep the fares low because the island needs the boats, Reyes said. Ada Quint owns a fleet of 40 trawlers. The bridge would ruin the harbour, Okafor said.',
    ));
    const q = quote(a, 'The bridge would ruin');
    assert.equal(q.text, 'The bridge would ruin the harbour');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });
});

describe('stripped quotes (eleventh round): a verbless phrase before an inverted attribution', () => {
  it('`..., Reyes said.` after a phrase with no verb takes the sentence before it, whatever its tense', () => {
    const a = analyze(seed(
      'Maria Reyes spoke against the levy on Monday.',
      'The council ignored every letter from the island. Not a single reply, Reyes said.',
    ));
    const q = quote(a, 'The council ignored');
    assert.equal(q.text, 'The council ignored every letter from the island. Not a single reply');
    assert.equal(speakerName(a, q), 'Maria Reyes');
  });

  it('a short verbless retort is found with the sentence before it; a phrase with a verb stays alone', () => {
    const a = analyze(seed(
      'Maria Reyes spoke against the levy on Monday.',
      'The levy was a mistake from the start. Not fair! Reyes wrote.',
      'The harbour board ignored every letter in the spring. We lost the whole season, Reyes said.',
    ));
    assert.equal(quote(a, 'The levy was a mistake').text, 'The levy was a mistake from the start. Not fair!');
    assert.equal(quote(a, 'We lost the whole season').text, 'We lost the whole season');
    assert.ok(!quoteAt(a, 'The harbour board'));
  });
});

describe('stripped quotes (eleventh round): a cue in the present tense', () => {
  it('`..., Lind concludes.` and `..., Lind quips.` attribute as `concluded` and `quipped` do; `vows to` does not', () => {
    const a = analyze(seed(
      'The columnist Harriet Lind wrote about the ferry vote this week.',
      'The island will regret this vote for a generation, Lind concludes.',
      'At least the seagulls are happy, Lind quips.',
      'At every meeting of the board, she vows to fight the fare rise.',
    ));
    for (const start of ['The island will regret', 'At least the seagulls']) {
      const q = quote(a, start);
      assert.equal(speakerName(a, q), 'Harriet Lind', start);
    }
    assert.equal(quote(a, 'The island will regret').text, 'The island will regret this vote for a generation');
    assert.ok(!quoteAt(a, 'At every meeting'), '`vows to` takes an infinitive, not speech');
  });
});

describe('twelfth round', () => {
  it('`..., Lind shot back.` and `..., she went on.` attribute the text before them (a phrasal verb of speaking)', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind met the ferry crews on Tuesday.',
      'Nobody on this quay ever asked us about the timetable, Lind shot back at the meeting.',
      'The winter boats need a second engine, she went on.',
      'Lind went on the offensive at the next meeting, the Tarnby Courier wrote.',
    ));
    const q = quote(a, 'Nobody on this quay');
    assert.equal(q.text, 'Nobody on this quay ever asked us about the timetable');
    assert.equal(speakerName(a, q), 'Edda Lind');
    assert.equal(speakerName(a, quote(a, 'The winter boats')), 'Edda Lind');
    assert.ok(!quoteAt(a, 'Lind went on the offensive'), '`went on the offensive` is no verb of speaking');
  });

  it('a colon after a clause of speaking opens the words of its subject when they have the speaker\'s voice', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind met the ferry crews on Tuesday.',
      'Lind said in a long interview with the island radio station on Friday: We cannot pay for a second engine this year.',
      'Lind described the old boats in detail: The hulls were painted every spring.',
      'I say this to the crews: Keep your heads down.',
    ));
    const q = quote(a, 'We cannot pay');
    assert.equal(q.text, 'We cannot pay for a second engine this year.');
    assert.equal(speakerName(a, q), 'Edda Lind');
    assert.ok(!quoteAt(a, 'The hulls were painted'), 'no voice after the colon, and `described` is no verb of speaking');
    assert.ok(!quoteAt(a, 'Keep your heads down'), 'a first person before the colon: the clause is speech itself');
  });

  it('a colon after `including` heads a list or an example, not the words of the sentence\'s subject', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind met the ferry crews on Tuesday.',
      'Lind said at the meeting that the crews had sent her many complaints, including: The winter ferry isnt safe in a storm.',
    ));
    assert.ok(!quoteAt(a, 'The winter ferry'));
  });
});

describe('twelfth round: the tail of an inverted attribution', () => {
  it('a participle after the addressee, a description after a comma and a bare time phrase end the attribution', () => {
    const a = analyze(seed(
      'The harbour master Edda Lind met the ferry crews on Tuesday.',
      'Every plan we make here is wrong, Lind told a crew gathering taking place in the old chapel. We can still turn it around.',
      'There are two kinds of sailors, she told the room, a crowd of pilots and deckhands.',
      'The winter ferry will sail again by spring, Lind wrote the morning after the storm.',
      'On Friday, Lind told a crew meeting nothing would change.',
    ));
    assert.equal(quote(a, 'Every plan we make').text, 'Every plan we make here is wrong');
    assert.equal(speakerName(a, quote(a, 'We can still turn')), 'Edda Lind');
    assert.equal(quote(a, 'There are two kinds').text, 'There are two kinds of sailors');
    assert.equal(speakerName(a, quote(a, 'There are two kinds')), 'Edda Lind');
    assert.equal(quote(a, 'The winter ferry').text, 'The winter ferry will sail again by spring');
    assert.ok(!quoteAt(a, 'On Friday'), 'a reported clause after the addressee is no tail');
  });
});
