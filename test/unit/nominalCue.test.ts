// An unnamed source's own cue in a quote's sentence (twenty-ninth round, h-nom): the sentence's named subject does not
// speak a quote that a nominal or collective source claims with its own verb. Every snippet was written for these
// tests; the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { nominalCueClaims } from '../../src/engine/passes/nominalCue';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a nominal cue test\n20231014\nhttps://example.org/news/nominal-cue\n';

/** The speaker's name of the quote containing `w` in a seed of `paras`; undefined when no quote holds `w`. */
function speakerOf(paras: string[], w: string): string | null | undefined {
  const a = analyze(HEAD + paras.join('\n') + '\n');
  const q = a.quotes.find((x) => x.text.includes(w));
  return q ? speakerName(a, q) : undefined;
}

describe('nominal cue (twenty-ninth round)', () => {
  it('a description with its own speech or naming verb before the quote claims it', () => {
    assert.notEqual(nominalCueClaims(' won twice, and one lawmaker called him ', ''), null);
    assert.notEqual(nominalCueClaims(' was, as an aide put it, an ', ''), null);
    assert.notEqual(nominalCueClaims(' stays, in the words of a harbour pilot, ', ''), null);
    assert.notEqual(nominalCueClaims(' won twice, and the harbour board now says it was ', ''), null);
  });

  it('a description after the quote with its own verb claims it', () => {
    assert.notEqual(nominalCueClaims(' has been ', '" since May, the rights group says.'), null);
  });

  it('no description, a pronoun, a name or an appositive in commas claims nothing', () => {
    assert.equal(nominalCueClaims(' called the plan ', ''), null);
    assert.equal(nominalCueClaims(' told the paper she said ', ''), null);
    assert.equal(nominalCueClaims(', the harbour pilot, said ', ''), null);
    assert.equal(nominalCueClaims(' said the plan was ', ''), null);
    assert.equal(nominalCueClaims(' has been ', '" since May.'), null);
  });

  it('the description, not the sentence subject, speaks a quote it claims', () => {
    const p = 'Marta Okonkwo won the harbour seat twice, and one rival councillor called her "the quiet giant of the pier."';
    assert.equal(speakerOf([p], 'quiet giant'), 'one rival councillor');
    const r = 'Senator Ruth Vell was, as a former aide put it, an "easy winner" in the spring race.';
    assert.equal(speakerOf([r], 'easy winner'), 'a former aide');
    const t = 'Marta Okonkwo has been "held without cause" since May, the harbour union says.';
    assert.equal(speakerOf([t], 'held without'), 'the harbour union');
  });

  it('a participle after an object, or a noun in -s, is no cue of a description', () => {
    assert.equal(nominalCueClaims(' issued a statement saying ', ''), null);
    assert.equal(nominalCueClaims(' sent out a fundraising call after the remarks, asking voters to ', ''), null);
    assert.equal(nominalCueClaims(', who in the past has described the pier as ', ''), null);
    assert.equal(nominalCueClaims(' called it a mistake that was reported in a ', ''), null);
  });

  it('the subject still speaks its own fragment', () => {
    const p = 'Marta Okonkwo called the toll plan "a quiet tax on the ferry" at the council meeting.';
    assert.equal(speakerOf([p], 'quiet tax'), 'Marta Okonkwo');
  });
});
