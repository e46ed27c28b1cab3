// Direct quotes in text without quotation marks (issue 12, fourth round): attributions the clause finder leaves out
// and speech that goes on around them. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteIfAny, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20230517\nhttps://example.org/news/stripped\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

const quoteAt = quoteIfAny;
const quote = quoteStarting;

describe('stripped quotes: attributions to a noun phrase', () => {
  it('`..., the governor said.` keeps the speech before it, without a speaker and with a low confidence', () => {
    const text = seed(
      'The ferry service will end in March, officials announced on Friday.',
      'I have used this ferry every day for twenty years and I will miss it, the harbour master said at the pier.',
    );
    const a = analyze(text);
    const q = quote(a, 'I have used this ferry');
    assert.equal(q.text, 'I have used this ferry every day for twenty years and I will miss it');
    assert.equal(q.cue, 'said');
    assert.equal(q.speaker, null);
    assert.ok(q.confidence <= 0.3, `confidence ${q.confidence}`);
    assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'the harbour master');
  });

  it('`..., said the 46-year-old.` and `..., a neighbour wrote on Facebook.` are attributions too', () => {
    const a = analyze(seed(
      'Residents gathered outside the old mill on Sunday.',
      'We cannot let them knock it down, said the 46-year-old.',
      'This building is the heart of our street, a neighbour wrote on Facebook.',
    ));
    assert.equal(quote(a, 'We cannot let them').text, 'We cannot let them knock it down');
    assert.equal(quote(a, 'This building is the heart').cue, 'wrote');
  });

  it('the speech after `..., the harbour master said.` goes on, the unnamed source\'s (no named person)', () => {
    const a = analyze(seed(
      'The ferry service will end in March, officials announced on Friday.',
      'I have used this ferry every day for twenty years, the harbour master said. We will all miss it. Nobody here wants a bridge.',
    ));
    const q = quote(a, 'We will all miss it');
    assert.equal(q.text, 'We will all miss it. Nobody here wants a bridge.');
    // (Twentieth round: an unnamed source after a comma is the quote's speaker, by its description, never a person's name.)
    const first = quote(a, 'I have used this ferry');
    assert.equal(q.speaker, first.speaker);
    assert.notEqual(a.actors.find((x) => x.id === q.speaker)?.type, 'person');
  });

  it('narration before a noun phrase and a reporting cue is no quote', () => {
    const a = analyze(seed(
      'Ann Reyes opened the hearing on Monday.',
      'The mill closed in 1998 after a long strike, the report said.',
      'Prices rose sharply over the winter, the Post reported.',
      'Since the flood, the committee said little about the bridge.',
      'After the vote, the mayor said the bridge would stay closed.',
    ));
    for (const p of ['The mill closed', 'Prices rose', 'Since the flood', 'After the vote']) assert.equal(quoteAt(a, p), undefined, p);
  });
});

describe('stripped quotes: speech after a short attributed quote', () => {
  it('`It is fine, Reyes said. And we will go further.` — what follows the attribution is the speaker\'s', () => {
    const a = analyze(seed(
      'Ann Reyes spoke about the toll plan at the harbour on Monday.',
      'Its fine, Reyes said of the toll. And we will go further than that next year if we have to.',
    ));
    const q = quote(a, 'And we will go further');
    assert.equal(speakerName(a, q), 'Ann Reyes');
    // (Fourteenth round: the short retort itself is now a quote too, since it sounds like speech: analysis-stripped6.)
    assert.equal(speakerName(a, quote(a, 'Its fine')), 'Ann Reyes');
  });
});

describe('stripped quotes: a clause between commas is no appositive', () => {
  it('`I liked Reyes, but I never trusted her, said Tom Okafor.` — Okafor speaks, not Reyes', () => {
    const a = analyze(seed(
      'Voters lined up early at the school gym in Dover.',
      'I was going to vote for Ann Reyes, but I never really trusted her, said Tom Okafor, a retired teacher.',
    ));
    const q = quote(a, 'I was going to vote');
    assert.equal(q.text, 'I was going to vote for Ann Reyes, but I never really trusted her');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('`We like the mayor, but we hate the toll, said Tom Okafor.` — no noun phrase with a clause as its appositive', () => {
    const a = analyze(seed(
      'Voters lined up early at the school gym in Dover.',
      'We like the mayor a lot, but we hate the new toll on the bridge, said Tom Okafor, a retired teacher.',
      'I have no car, I have no boat, said Ann Reyes, who walks to work.',
    ));
    assert.equal(speakerName(a, quote(a, 'We like the mayor')), 'Tom Okafor');
    assert.equal(speakerName(a, quote(a, 'I have no car')), 'Ann Reyes');
  });

  it('a coordinated appositive still names the subject (`X, director of A, and chairman of B, says`)', () => {
    const a = analyze(seed('Professor Ann Reyes, Director of the Harbour Trust, and Chairman of the Island Ferry Board, says the ferry must keep running.'));
    assert.ok(!a.quotes.some((q) => q.text.startsWith('Professor')), JSON.stringify(a.quotes.map((q) => q.text)));
  });

  it('a real appositive still names the subject (`Ann Reyes, the mayor, said`)', () => {
    const a = analyze(seed('We will rebuild the pier before the summer, Ann Reyes, the mayor of Dover, said on Monday.'));
    assert.equal(speakerName(a, quote(a, 'We will rebuild')), 'Ann Reyes');
  });
});

describe('stripped quotes: speech that reports speech', () => {
  it('a first-person sentence with a cue inside does not end the speaker\'s quote', () => {
    const a = analyze(seed(
      'Ann Reyes spoke to reporters at the harbour on Monday.',
      'We cannot keep the ferry running on hope alone, Reyes said. Ive said many times that I would never do what Okafor did. They told me we would never win. But we are still here.',
    ));
    const q = quote(a, 'Ive said many times');
    assert.equal(speakerName(a, q), 'Ann Reyes');
    assert.ok(q.text.endsWith('But we are still here.'), q.text);
  });

  it('an inverted attribution still closes the quote before it', () => {
    const a = analyze(seed(
      'Ann Reyes and Tom Okafor spoke to reporters at the harbour on Monday.',
      'We cannot keep the ferry running on hope alone, Reyes said. I disagree with every word of that, Okafor said.',
    ));
    assert.equal(speakerName(a, quote(a, 'I disagree')), 'Tom Okafor');
    assert.equal(speakerName(a, quote(a, 'We cannot keep')), 'Ann Reyes');
  });
});

describe('stripped quotes: a verb of speaking, then a comma or a colon', () => {
  it('`..., saying, There is ...` and `He jokes, Its ...` quote the sentence\'s subject', () => {
    const a = analyze(seed(
      'Ann Reyes urged voters to back the ferry plan on Monday, saying, Theres no better way to keep this town alive.',
      'Tom Okafor shook hands along the pier. He jokes, Its a line that never ends!',
    ));
    assert.equal(speakerName(a, quote(a, 'Theres no better way')), 'Ann Reyes');
    assert.equal(quote(a, 'Its a line').text, 'Its a line that never ends!');
    assert.equal(speakerName(a, quote(a, 'Its a line')), 'Tom Okafor');
  });

  it('after a colon the quote goes on over the sentences that sound like speech', () => {
    const a = analyze(seed(
      'Ann Reyes leaned into the microphone and boomed: We will win this fight. Nobody can stop us now. The rally ended at noon.',
    ));
    assert.equal(quote(a, 'We will win').text, 'We will win this fight. Nobody can stop us now.');
    assert.equal(speakerName(a, quote(a, 'We will win')), 'Ann Reyes');
  });

  it('no quote before a name, after `say,` or after `said that`', () => {
    const a = analyze(seed(
      'Ann Reyes thanked the crew on Monday, telling the crowd, Tom Okafor built this pier with his own hands.',
      'The new toll is no better than, say, Okafors plan for a bridge across the bay.',
      'Okafor said that, Reyes or not, the bridge would never be built.',
    ));
    assert.equal(quoteAt(a, 'Tom Okafor built'), undefined);
    assert.equal(quoteAt(a, 'Okafors plan'), undefined);
    assert.equal(quoteAt(a, 'Reyes or not'), undefined);
  });
});

describe('stripped quotes: back from an inverted attribution', () => {
  it('fragments without a past-tense verb before `..., Reyes said.` join the quote when they open the paragraph', () => {
    const a = analyze(seed(
      'Ann Reyes spoke at the pier on Monday.',
      'A toll on every crossing. Higher fares for the island families. Nobody in the harbour office listens to us, Reyes said.',
    ));
    const q = quote(a, 'A toll on every crossing');
    assert.ok(q.text.endsWith('listens to us'), q.text);
    assert.equal(speakerName(a, q), 'Ann Reyes');
  });

  it('a past-tense sentence still stops the quote', () => {
    const a = analyze(seed(
      'Ann Reyes spoke at the pier on Monday.',
      'The ferry sank in the storm. Higher fares for the island families. Nobody listens to us, Reyes said.',
    ));
    assert.equal(quoteAt(a, 'The ferry sank'), undefined);
    assert.equal(quoteAt(a, 'Higher fares'), undefined);
    assert.ok(quoteAt(a, 'Nobody listens to us'));
  });
});

describe('stripped quotes: the first person in a reported clause', () => {
  it('`Reyes says if elected I will ...` — the speaker\'s own words, from the pronoun on', () => {
    const a = analyze(seed(
      'Ann Reyes spoke at the diner on Monday.',
      'Reyes says if elected mayor I will keep the ferry running all winter.',
      'Reyes told the crowd that every word I said about the toll was true.',
    ));
    const q = quote(a, 'I will keep the ferry');
    assert.equal(q.text, 'I will keep the ferry running all winter');
    assert.equal(speakerName(a, q), 'Ann Reyes');
    assert.equal(quoteAt(a, 'I said about the toll'), undefined);
  });
});
