// Nominal sources in paragraph/subjects.ts (twenty-eighth round, h-sub): an age among the modifiers of a role noun
// (`the 52-year-old harbour pilot said`), an age as the head (`said the 46-year-old`), and `go on to say` after an
// unnamed source or a document (`The memo goes on to say: "..."`). Every snippet was written for
// these tests; the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a nominal source test\n20231014\nhttps://example.org/news/nominal-sources\n';

/** The speaker's name of the quote containing `w` in a seed of `paras`; undefined when no quote holds `w`. */
function speakerOf(paras: string[], w: string): string | null | undefined {
  const a = analyze(HEAD + paras.join('\n') + '\n');
  const q = a.quotes.find((x) => x.text.includes(w));
  return q ? speakerName(a, q) : undefined;
}

describe('nominal sources (twenty-eighth round)', () => {
  it('an age among the modifiers of a role noun stays in the unnamed source, before or after the cue', () => {
    assert.equal(speakerOf(['"The pier stays," the 52-year-old harbour pilot said.'], 'pier stays'), '52-year-old harbour pilot');
    assert.equal(speakerOf(['"The pier stays," said the 52-year-old harbour pilot.'], 'pier stays'), '52-year-old harbour pilot');
    assert.equal(speakerOf(['The 61-year-old retired judge said: "The pier stays."'], 'pier stays'), '61-year-old retired judge');
  });

  it('an age alone heads the unnamed source after the cue', () => {
    assert.equal(speakerOf(['"The ferry will run again," said the 46-year-old.'], 'ferry will run'), '46-year-old');
    assert.equal(speakerOf(['"The ferry will run again," said the 46-year-old when asked about the tolls.'], 'ferry will run'), '46-year-old');
  });

  it('a name after the age still speaks', () => {
    assert.equal(speakerOf(['"The pier stays," said 46-year-old Marta Okonkwo.'], 'pier stays'), 'Marta Okonkwo');
  });

  it('`go on to say` gives the quote to the subject before `go`, a document or an unnamed source too', () => {
    assert.equal(speakerOf(['The memo goes on to say: "The pier stays open all winter."'], 'all winter'), 'the memo');
    assert.equal(speakerOf(['The letter went on to say, "The ferry will run again."'], 'ferry will run'), 'the letter');
    assert.equal(speakerOf(['The harbour pilot went on to say: "The pier stays open."'], 'pier stays'), 'harbour pilot');
    assert.equal(speakerOf(['Marta Okonkwo went on to say: "The pier stays open."'], 'pier stays'), 'Marta Okonkwo');
  });

  it('`on to say` after no form of `go` is no such frame', () => {
    assert.notEqual(speakerOf(['The email moved on to say nothing; "The pier stays open," Ruth Vell said.'], 'pier stays'), 'the email');
  });
});
