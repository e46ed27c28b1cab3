// Marked quotes whose sentence holds a later clause with its own speaker, or a colon after an opening clause (issue 12,
// twenty-fourth round, branch h-spk25): a subordinate or relative clause after a comma, past a preposed cue, whose name
// and speech or naming verb lead to the quote; an appositive relative clause between the name and its verb; the main
// clause's name for a colon quote after an opening clause led by an adverb; a quote in a participle phrase before
// `said` and a reported clause; a quote opening its sentence after a sentence whose subject's verb is a speech cue.
// A `he` no man answers, for a subject whose first name the lists give to women and whom the text gives `his`.
// Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a speaker test\n20231014\nhttps://example.org/news/speakers\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const quoteWith = (a: ReturnType<typeof analyze>, w: string) => {
  const q = a.quotes.find((x) => x.text.includes(w));
  assert.ok(q, `no quote with ${w}: ${a.quotes.map((x) => x.text).join(' | ')}`);
  return q;
};

describe('later clauses and colon quotes, twenty-fourth round (h-spk25)', () => {
  it('a when-clause past the cue with its own name and naming verb speaks the quote', () => {
    const a = analyze(seed('Some teachers said they feared a repeat of the 1998 strike, when Tom Quill, who had lost the union vote, called for a “total shutdown” of the schools.'));
    assert.equal(speakerName(a, quoteWith(a, 'total shutdown')), 'Tom Quill');
  });

  it('a relative clause after a comma (both of which) with a name and a naming verb speaks the quote', () => {
    const a = analyze(seed('Harbour aides say any move to close the pier could backfire, angering the crews and the mayor, both of which Ann Wren praised on Monday “for keeping the boats running.”'));
    assert.equal(speakerName(a, quoteWith(a, 'keeping the boats')), 'Ann Wren');
  });

  it('a reported clause without a comma and an opener stays the cue\'s', () => {
    const a = analyze(seed('Ann Wren said Tom Quill had called the budget “a sensible start” last week.'));
    assert.equal(speakerName(a, quoteWith(a, 'sensible start')), 'Ann Wren');
  });

  it('a later clause whose name has no speech verb leaves the cue its quote', () => {
    const a = analyze(seed('Ann Wren said the vote was close, when Tom Quill arrived with “a stack of late ballots.”'));
    assert.equal(speakerName(a, quoteWith(a, 'late ballots')), 'Ann Wren');
  });

  it('a name, a relative clause in commas and a naming verb before the quote', () => {
    const a = analyze(seed('The debate turned when Tom Quill, who had chaired the board for years, called the plan “a gift to the developers.”'));
    assert.equal(speakerName(a, quoteWith(a, 'gift to the developers')), 'Tom Quill');
  });

  it('a colon quote after an opening clause led by an adverb is the main clause\'s', () => {
    const a = analyze(seed('Ever since she endorsed Ann Wren this spring, Ms. Quill has been a loyal ally, visiting the harbour office to cheer the staff with a short message: “Keep the lights on!”'));
    assert.equal(speakerName(a, quoteWith(a, 'Keep the lights on')), 'Quill');
  });

  it('a colon quote after a plain opening clause is the main clause\'s', () => {
    const a = analyze(seed('Since the vote was lost, Tom Quill has toured the docks with one line for the crews: “We will sail again.”'));
    assert.equal(speakerName(a, quoteWith(a, 'sail again')), 'Tom Quill');
  });

  it('a colon quote whose sentence has no opening clause keeps its first name', () => {
    const a = analyze(seed('Tom Quill met Ann Wren at the pier with one line for the crews: “We will sail again.”'));
    assert.equal(speakerName(a, quoteWith(a, 'sail again')), 'Tom Quill');
  });

  it('a participle phrase with a quote before `said` and a reported clause is the subject\'s', () => {
    const a = analyze(seed('Tom Quill, citing “the quiet charm of the harbour,” said the candidate could win every ward on the coast.'));
    assert.equal(speakerName(a, quoteWith(a, 'quiet charm')), 'Tom Quill');
    const b = analyze(seed('Ann Wren, citing “a long list of repairs,” said she would ask the council for more money.'));
    assert.equal(speakerName(b, quoteWith(b, 'long list of repairs')), 'Ann Wren');
  });

  it('an inverted cue whose subject no verb follows keeps the quote', () => {
    const a = analyze(seed('“The harbour will open in May,” said the mayor, Ann Wren, on Monday.'));
    assert.equal(speakerName(a, quoteWith(a, 'harbour will open')), 'Ann Wren');
    const b = analyze(seed('Tom Quill, the ferry captain, was at the pier. “We sail at dawn,” said the captain.'));
    assert.equal(b.quotes[0].attribution, 'attribution after the quote');
  });

  it('a quote opening its sentence after a sentence whose subject tweeted a warning is that subject\'s', () => {
    const a = analyze(seed('Ann Wren and Tom Quill tweeted their approval of the vote. On the other side, Sen. Bo Reyes (R-Ore.), a rival for the seat, tweeted a warning. “Remember in November who voted for the levy.”'));
    const q = quoteWith(a, 'Remember in November');
    assert.equal(speakerName(a, q), 'Bo Reyes');
    assert.ok(q.confidence < 0.9, `confidence ${q.confidence}`);
  });

  it('a sentence before the quote whose subject did not speak leaves the earlier attribution', () => {
    const a = analyze(seed('Ann Wren tweeted her approval of the vote. Later, Bo Reyes walked to the pier. “Remember in November who voted for the levy.”'));
    assert.equal(speakerName(a, quoteWith(a, 'Remember in November')), 'Ann Wren');
  });

  it('a he no man answers goes to the subject the lists call a woman when the text gives them his', () => {
    const a = analyze(seed(
      'At the club on Thursday, Sen. Lindsey Quill (R-Ore.) called out his rival Tom Wren for the remarks.',
      'Quill said, “How many of you think we lose because we are soft?”',
      'He continued, “I believe the harbor deserves better.”',
      'He added, “The pier needs a new roof.”'));
    const q = quoteWith(a, 'harbor deserves better');
    assert.equal(speakerName(a, q), 'Lindsey Quill');
    assert.ok(q.confidence < 0.6, `confidence ${q.confidence}`);
    assert.equal(speakerName(a, quoteWith(a, 'new roof')), 'Lindsey Quill');
  });

  it('without the text\'s possessive the he stays unresolved', () => {
    const a = analyze(seed(
      'At the club on Thursday, Sen. Lindsey Quill (R-Ore.) spoke about Tom Wren and the remarks.',
      'Quill said, “How many of you think we lose because we are soft?”',
      'He continued, “I believe the harbor deserves better.”'));
    assert.equal(speakerName(a, quoteWith(a, 'harbor deserves better')), null);
  });
});

