// Speakers on unseen news, seventeenth round (issue 12, branch h-speakers12): named speakers taken from words that
// name no person, and a list inside an appositive. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a speaker test\n20230611\nhttps://example.org/news/speakers\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const persons = (a: ReturnType<typeof analyze>): string[] => a.entities.filter((e) => e.type === 'person').map((e) => e.text);

describe('speakers, seventeenth round', () => {
  it('a name opened by a foreign article names no person, so a pronoun does not go to it', () => {
    const a = analyze(seed(
      'The ferry board met on Tuesday.',
      'In his talk to La Lega Marinara, Tom Vell told the crowd he would call the plan "a sinking ship."',
    ));
    assert.ok(!persons(a).includes('La Lega Marinara'), persons(a).join(', '));
    assert.notEqual(speakerName(a, quoteStarting(a, 'a sinking ship')), 'La Lega Marinara');
    const b = analyze(seed(
      'Pietro Lanza, the editor of the island paper, La Voce Isolana, said every mayor was "both civic and partisan."',
    ));
    assert.equal(speakerName(b, quoteStarting(b, 'both civic')), 'Pietro Lanza');
    const org = b.entities.find((e) => e.text === 'La Voce Isolana');
    assert.equal(org?.type, 'organization');
    // `Le` and `El` may open a person's surname: left as they were.
    const c = analyze(seed('Anouk Le Brun said the tide tables were "out of date."'));
    assert.equal(speakerName(c, quoteStarting(c, 'out of date')), 'Anouk Le Brun');
  });

  it('a party adjective ends no person\'s name', () => {
    const a = analyze(seed(
      'Vell\'s chief Democratic opponent, Sen. Tam Orrick, stayed away from the fair. Later he told a crowd in Dunmore that he would stand "with the pilots to the end."',
    ));
    assert.ok(!persons(a).includes('Democratic'), persons(a).join(', '));
    assert.equal(speakerName(a, quoteStarting(a, 'with the pilots')), 'Tam Orrick');
    const b = analyze(seed('"No harbour can be run from a yacht," said the Democratic nominee.'));
    assert.ok(!persons(b).includes('Democratic'), persons(b).join(', '));
    const c = analyze(seed('Presumptive Republican nominee Mara Sorn asked the board to act on the floods.'));
    assert.deepEqual(persons(c), ['Mara Sorn']);
  });

  it('a party noun before a name whose first word the lists do not know is a role, not part of the name', () => {
    const a = analyze(seed('Democrat Zora Quillfeather said the fares were "too high for islanders."'));
    assert.equal(speakerName(a, quoteStarting(a, 'too high')), 'Zora Quillfeather');
    const b = analyze(seed('The Republican National Committee met in Dunmore on Friday.'));
    assert.ok(b.entities.some((e) => e.text === 'Republican National Committee' && e.type === 'organization'));
  });

  it('a noun of a list inside an appositive before the cue is not its subject', () => {
    const a = analyze(seed(
      'The harbour board met on Friday.',
      'The new timetable will not end the delays, but it is a step forward, Anne Ruddle, deputy minister for harbours, pilots, and ferries, said on the call.',
    ));
    const q = quoteStarting(a, 'The new timetable');
    assert.equal(speakerName(a, q), 'Anne Ruddle');
    // Without a list the appositive is read as before.
    const b = analyze(seed('The fares, Anne Ruddle, the harbour chief, said, are "too high for islanders."'));
    assert.equal(speakerName(b, quoteStarting(b, 'too high')), 'Anne Ruddle');
  });
});
