// Speaker accuracy on marked text (thirty-first round, h-unsc, issue 12): a name right after a verb is that verb's
// object, no subject of the sentence; a crowd's voice (`the protesters chanted`), a bare plural group (`critics say`)
// or an indefinite pronoun (`someone in the audience shouted`) is an unnamed source; and with no name as the subject,
// a description that opens the clause with its own cue speaks. Every snippet was written for these tests; the names
// are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';
import { nominalCueClaims } from '../../src/engine/passes/nominalCue';

const HEAD = 'Headline for a speaker test\n20231014\nhttps://example.org/news/speaker-test\n';

/** The speaker's name of the quote containing `w` in a seed of `paras`; undefined when no quote holds `w`. */
function speakerOf(paras: string[], w: string): string | null | undefined {
  const a = analyze(HEAD + paras.join('\n') + '\n');
  const q = a.quotes.find((x) => x.text.includes(w));
  return q ? speakerName(a, q) : undefined;
}

/** The description `nominalCueClaims` reads in `before`, or null. */
function claimant(before: string): string | null {
  const c = nominalCueClaims(before, '');
  return c ? before.slice(c.s, c.e) : null;
}

describe('speakers on marked text (thirty-first round)', () => {
  it('a name right after a verb is its object, not the speaker of the sentence', () => {
    // (The subject is no name the engine keeps as a speaker: `The harbour board`.)
    assert.notEqual(speakerOf(['The harbour board thanked Dorn for "keeping the pier open through the storm."'], 'pier open'), 'Dorn');
    assert.notEqual(speakerOf(['Some residents say Ilse Varga is "far too cautious" about the tolls.'], 'too cautious'), 'Ilse Varga');
    assert.notEqual(speakerOf(['A radio advert released Monday accuses Varga of "selling the harbour."'], 'selling the harbour'), 'Ilse Varga');
  });

  it('a name after a verb that a comma opens is an inverted cue and still speaks', () => {
    assert.equal(speakerOf(['"The pier stays open," said Ilse Varga, the harbour master.'], 'pier stays'), 'Ilse Varga');
  });

  it('the subject named before the verb still speaks', () => {
    assert.equal(speakerOf(['Ruth Vell thanked Dorn for "keeping the pier open."'], 'pier open'), 'Ruth Vell');
    assert.equal(speakerOf(['The retired Gen. Omar Talib called the toll "a fair price."'], 'fair price'), 'Omar Talib');
  });

  it('a crowd that chants or shouts speaks, not a name the sentence holds', () => {
    assert.equal(speakerOf(['Waving placards calling Dorn "the toll king," the protesters chanted "Dorn out, Dorn out."'], 'Dorn out'), 'the protesters');
    assert.equal(speakerOf(['Dorn described the harbour as beset by smugglers. The crowd chanted in reply, "Close the pier," and "Send them home."'], 'Close the pier'), 'the crowd');
  });

  it('bare plural groups and indefinite pronouns claim a quote with their own cue', () => {
    assert.equal(claimant('Varga won twice, and critics called her '), 'critics');
    assert.equal(claimant('Dorn spoke for an hour while angry protesters chanted '), 'angry protesters');
    assert.equal(claimant('Just as someone in the audience shouted '), 'someone in the audience');
    assert.equal(claimant('Varga told reporters she called it '), null);
    assert.equal(claimant('Dorn thanked the voters in '), null);
  });

  it('a description keeps neither an auxiliary nor a leading adverb before its verb', () => {
    assert.equal(claimant('The clerk first said '), 'The clerk');
    assert.equal(claimant('The committee had called it '), 'The committee');
  });

  it('a description whose cue comes right before a later quote of the sentence speaks it, not the earlier speaker', () => {
    const paras = ['"There is a young man with some problems," Dorn said as the heckler yelled: "Go home!"'];
    assert.equal(speakerOf(paras, 'Go home'), 'the heckler');
    assert.equal(speakerOf(paras, 'young man'), 'Dorn');
    assert.equal(speakerOf(['"We will win," Dorn said, and the crowd cheered, "Dorn! Dorn!"'], 'Dorn! Dorn!'), 'the crowd');
    // (No description: the speaker goes on.)
    assert.equal(speakerOf(['"We will win," Dorn said, "and we always win."'], 'always win'), 'Dorn');
  });

  it('a description may take an auxiliary and an adverb before its verb', () => {
    assert.equal(claimant('Dorn lost, and his supporters have long said '), 'his supporters');
  });

  it('an acronym may modify a description, a name may not', () => {
    assert.equal(claimant(', which a KFB inquiry said was '), 'a KFB inquiry');
    assert.equal(claimant(', which a U.N. panel called '), 'a U.N. panel');
    assert.equal(claimant(', and one Varga aide called it '), null);
  });

  it('with no name as the subject, a description must open its clause to speak', () => {
    assert.notEqual(speakerOf(['Both candidates oppose an index formula called the "harbour multiplier" in the budget.'], 'harbour multiplier'), 'index formula');
    assert.equal(speakerOf(['Dorn spoke for an hour. And the crowd chanted, "Close the pier!"'], 'Close the pier'), 'the crowd');
  });
});
