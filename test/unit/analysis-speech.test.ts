// Quote and speaker patterns of unseen news (issue 12). Every snippet here was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a speech test\n20240311\nhttps://example.org/news/speech\n';

function seed(...paras: string[]): string {
  return HEAD + paras.join('\n') + '\n';
}

function quoteTexts(a: Analysis): string[] {
  return a.quotes.map((q) => q.text);
}

describe('quotes and speakers on unseen news: typewriter marks', () => {
  it("reads two apostrophes and two backticks as double quotation marks", () => {
    const text = seed(
      "''We will finish the canal by spring,'' Mayor Dana Whitfield said on Monday.",
      "The harbor board called the plan ''a fantasy'' and voted against it.",
      "``Nobody asked us,'' said Tom Reyes, a ferry captain.",
    );
    const a = analyze(text);
    const q = quoteStarting(a, 'We will finish the canal by spring');
    assert.equal(speakerName(a, q), 'Dana Whitfield');
    assert.ok(q.marked, 'quote read as marked');
    assert.equal(text.slice(q.start, q.end), q.text);
    const plain = analyze(text.replace(/''|``/g, (m, i: number) => (m === '``' || /\s/.test(text[i - 1]) ? ' "' : '" ')));
    assert.deepEqual(a.quotes.map((x) => [x.start, x.end, x.speaker]), plain.quotes.map((x) => [x.start, x.end, x.speaker]));
    assert.deepEqual(quoteTexts(a), quoteTexts(plain));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody asked us')), 'Tom Reyes');
  });

  it('keeps apostrophes of words and a lone apostrophe as they were', () => {
    const a = analyze(seed("The committee's report, the members' vote and the '90s law were debated, Sen. Ann Lowry said."));
    assert.equal(a.quotes.filter((q) => q.marked).length, 0);
  });
});

describe('quotes and speakers on unseen news: the subject of the sentence speaks', () => {
  it('gives a quote inside a sentence without a cue to the named subject', () => {
    const a = analyze(seed(
      'The council met on Tuesday to discuss the budget.',
      'Councilwoman Rita Okafor criticized the transit plan, calling it "a gift to developers" and a waste of money.',
      'By evening Gov. Paul Hendry had answered in a letter that blamed the council for "playing games with commuters."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'a gift to developers')), 'Rita Okafor');
    assert.equal(speakerName(a, quoteStarting(a, 'playing games with commuters')), 'Paul Hendry');
  });

  it('keeps a one-word fragment whose sentence subject speaks, not a title', () => {
    const a = analyze(seed(
      'The council met on Tuesday to discuss the budget.',
      'Councilwoman Rita Okafor also pleaded for more "patience" from the depot managers.',
      'Rita Okafor watched "Harbor Lights" with her staff on Friday.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'patience')), 'Rita Okafor');
    assert.equal(a.quotes.filter((x) => x.text.startsWith('Harbor Lights')).length, 0);
  });

  it('keeps a one-word fragment attributed elsewhere in its paragraph', () => {
    const a = analyze(seed(
      'The council met on Tuesday to discuss the budget.',
      'The rail plan is a "fantasy" and the bus plan is worse. Rita Okafor said that on Monday.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'fantasy')), 'Rita Okafor');
  });

  it('does not give the quote to a possessor or to the object of a preposition', () => {
    const a = analyze(seed(
      'The council met on Tuesday to discuss the budget.',
      "Supporters of Rita Okafor chanted \"four more years\" outside the hall.",
    ));
    const q = a.quotes.find((x) => x.text.startsWith('four more years'));
    if (q) assert.notEqual(speakerName(a, q), 'Rita Okafor');
  });
});

describe('quotes and speakers on unseen news: pronouns by recency', () => {
  it('a pronoun opening a paragraph refers to the subject of the previous paragraph, not an older speaker', () => {
    const a = analyze(seed(
      '"We will not raise fares this year," said Mark Delgado, the transit director.',
      'Across town, Councilman Peter Vance praised Delgado\'s budget in an interview on Friday.',
      '"It is the first honest budget in a decade," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'It is the first honest budget')), 'Peter Vance');
  });

  it('a name inside the stripped quote is no antecedent of its speaker pronoun', () => {
    const a = analyze(seed(
      'Mark Delgado, the transit director, spoke at the depot on Monday.',
      'The board met for an hour. Commissioner Reyes is wrong about the fares and he knows it, he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Commissioner Reyes is wrong')), 'Mark Delgado');
  });

  it('the pronoun agrees in gender with the first name', () => {
    const a = analyze(seed(
      '"We will not raise fares this year," said Mark Delgado, the transit director.',
      'Across town, Susan Whitlock, who chairs the finance committee, met with union leaders on Friday.',
      '"The numbers do not add up," he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The numbers do not add up')), 'Mark Delgado');
  });
});

describe('quotes and speakers on unseen news: stripped marks', () => {
  it('a manner adverb after the cue keeps the attribution (`..., Reyes said quietly.`)', () => {
    const a = analyze(seed(
      'Tom Reyes, a ferry captain, spoke at the pier on Monday.',
      'We have waited long enough for this bridge, Reyes said quietly.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We have waited long enough')), 'Tom Reyes');
  });

  it('`said of X` is an adjunct, not a reported clause (`warned of X` stays one)', () => {
    const a = analyze(seed(
      'Dana Whitfield, the mayor, spoke on Monday.',
      'The canal will be finished by the spring, Whitfield said of the harbor project. The money is already there.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The canal will be finished')), 'Dana Whitfield');
  });

  it('a participle cue with a colon or a comma introduces a quote of the subject (`..., adding, I ...`)', () => {
    const a = analyze(seed(
      'Dana Whitfield, the mayor, spoke on Monday.',
      'Whitfield posted a note on the city website on Tuesday, writing: The Elm Street bridge stays closed until the inspectors return.',
      'She said the repairs had been slow, adding, I would rather be late than see a car in the river.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The Elm Street bridge stays closed')), 'Dana Whitfield');
    assert.equal(speakerName(a, quoteStarting(a, 'I would rather be late')), 'Dana Whitfield');
  });

  it('a bare attribution after a question closes the question (`Who pays for it? Reyes asked.`)', () => {
    const a = analyze(seed(
      'Tom Reyes, a ferry captain, spoke at the pier on Monday.',
      'Where does the toll money go every year? Reyes said. Nobody at the pier has seen a penny.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Where does the toll money go every year?')), 'Tom Reyes');
  });

  it('a question mark before a lowercase pronoun and cue ends the quote (`Why now? she asked.`)', () => {
    const a = analyze(seed(
      'Laura Finch, a nurse, spoke outside the hospital on Monday.',
      'How many nurses does one ward need at night? she said. More than two. Ask anyone here.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'How many nurses does one ward need at night?')), 'Laura Finch');
  });

  it('a participle clause after the cue is no reported clause (`X replied before noting that ...`)', () => {
    const a = analyze(seed(
      'Marco Delano, the county clerk, spoke on Monday.',
      'The ballots from the river wards were counted twice, Delano replied before noting that he would ask for an audit.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The ballots from the river wards')), 'Marco Delano');
  });
});

describe('quotes and speakers on unseen news: confidence', () => {
  it('a quote without a speaker is below 0.5; a named attribution after the quote is above', () => {
    const a = analyze(seed(
      'The slogan "build it now" was painted on every bus shelter in the city.',
      '"We will finish the canal by spring," Mayor Dana Whitfield said on Monday.',
    ));
    const named = quoteStarting(a, 'We will finish the canal');
    assert.ok(named.confidence >= 0.5, `named: ${named.confidence}`);
    for (const q of a.quotes) if (q.speaker === null) assert.ok(q.confidence < 0.5, `${q.text}: ${q.confidence}`);
  });
});

describe('quotes and speakers on unseen news: unnamed speakers', () => {
  it('keeps a paragraph-opening quote closed by a comma and followed by its sentence, speaker or not', () => {
    const a = analyze(seed(
      'The county board met on Thursday night.',
      '"I have lived on this street for forty years and nobody ever asked me," the old fisherman said.',
    ));
    const q = quoteStarting(a, 'I have lived on this street');
    assert.ok(q.confidence < 0.5 || q.speaker !== null);
  });

  it('still drops a paragraph-opening title without an attribution', () => {
    const a = analyze(seed('The county board met on Thursday night.', '"Harbor Lights at Dusk" opened at the Strand on Friday.'));
    assert.equal(a.quotes.filter((x) => x.text.startsWith('Harbor Lights')).length, 0);
  });
});

describe('quotes and speakers on unseen news: a quote paragraph continues', () => {
  it('a paragraph that is only a quote continues the speaker of the fragment that ended the previous one', () => {
    const a = analyze(seed(
      'The depot plan is "a bad deal for every rider in the county," Rita Okafor said.',
      '"My office will publish every contract on the depot by the end of the month, line by line."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'My office will publish every contract')), 'Rita Okafor');
  });
});

describe('quotes and speakers on unseen news: a role before the name', () => {
  it('`added her press secretary Jeff Ward`: the person named after the role speaks', () => {
    const a = analyze(seed(
      'The senator spoke in Dover on Friday.',
      '"The count in the river wards will be finished by Friday," added her press secretary Jeff Ward, speaking to reporters.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The count in the river wards')), 'Jeff Ward');
  });
});

describe('quotes and speakers on unseen news: continuation before a later cue', () => {
  it('sentences that sound like speech after `X said.` stay X\'s even when another cue follows', () => {
    const a = analyze(seed(
      'Rita Okafor, a council member, spoke at the depot on Monday.',
      'The buses are late every single morning, Okafor said. We cannot keep telling riders to wait. The depot will close in May, the transit agency said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We cannot keep telling riders')), 'Rita Okafor');
  });
});
