// Speaker pronouns, twenty-eighth round (issue 12, branch h-pro): antecedents the pronoun rules missed or guessed.
// Every snippet was written for these tests, with invented names.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a pronoun test\n20230611\nhttps://example.org/news/pronouns\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('speaker pronouns, twenty-eighth round', () => {
  it('a common-word surname opening a sentence before an appositive role is the next pronoun\'s antecedent', () => {
    const a = analyze(seed('Gov. Arlo Brown signed the wage bill on Monday in Fenmoor.',
      'Senator Cal Ridley has called for a higher national wage.',
      'Bread prices at the port rose again this week. Brown, the governor, spoke about them on Monday. '
      + '“Too many families pay too much for a loaf,” he said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'Too many families pay')), 'Arlo Brown');
  });

  it('the appositive needs a role noun, and the word a full name with that surname', () => {
    const noRole = analyze(seed('Gov. Arlo Brown signed the wage bill on Monday in Fenmoor.',
      'Senator Cal Ridley has called for a higher national wage.',
      'Brown, the colour of the hills, faded by noon. “The wage must rise,” he said.'));
    assert.notEqual(speakerName(noRole, quoteStarting(noRole, 'The wage must rise')), 'Arlo Brown');
    const noName = analyze(seed('Senator Cal Ridley has called for a higher national wage.',
      'Brown, the governor, spoke about it on Monday. “The wage must rise,” he said.'));
    assert.ok(!noName.entities.some((e) => e.text === 'Brown'));
  });

  it('a name no list knows, in commas after a kinship noun, is a person and the next `she`\'s antecedent', () => {
    const a = analyze(seed('Governor Jan Pell praised the plan on Friday. “It will help the state,” she said.',
      'On Monday, Ridley’s wife, Melka, will open the county fair. She rarely leaves the farm at harvest. At a picnic in June, '
      + 'she described Ridley as “kind to a fault.”'));
    assert.ok(a.entities.some((e) => e.text === 'Melka' && e.type === 'person'));
    assert.equal(speakerName(a, quoteStarting(a, 'kind to a fault')), 'Melka');
  });

  it('the kinship appositive needs both commas', () => {
    const a = analyze(seed('Her son, Torvald Bay and the river trail are all she writes about.'));
    assert.ok(!a.entities.some((e) => e.text === 'Torvald Bay' && e.type === 'person'));
  });

  it('a `she` right after a sentence led by a person the name lists call male, with no woman before it, is that person as a guess', () => {
    const a = analyze(seed('Senator Ruth Vell backs the plan.',
      'Dale Rinn chairs the parents council in Fenmoor. Rinn takes a quieter line. She said the funds should go to new classrooms.',
      '“They are leaving the children behind,” she said.'));
    const q = quoteStarting(a, 'They are leaving the');
    assert.equal(speakerName(a, q), 'Dale Rinn');
    assert.ok(q.confidence < 0.6, `confidence ${q.confidence}`);
  });

  it('a woman named before the `she` in its paragraph keeps it', () => {
    const a = analyze(seed('Dale Rinn chairs the parents council in Fenmoor.',
      'Senator Ruth Vell met the council. Rinn takes a quieter line. She said the funds should go to new classrooms.',
      '“They are leaving the children behind,” she said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'They are leaving the')), 'Ruth Vell');
  });

  it('a place prefix that is also a first name, in a two-word name before a speech cue, is a person', () => {
    const a = analyze(seed('On Tuesday, Police Chief Aldo Prane said the search was “nearly done.”',
      'Former county prosecutor Glen Tarrow said the detectives would question the mayor next week.',
      '“The mayor has nothing to fear from them,” he said.'));
    assert.ok(a.entities.some((e) => e.text === 'Glen Tarrow' && e.type === 'person'));
    assert.equal(speakerName(a, quoteStarting(a, 'The mayor has nothing')), 'Glen Tarrow');
    const place = analyze(seed('Glen Cove is a town on the north shore. Lake Tarrow said nothing to anyone.'));
    assert.ok(place.entities.some((e) => e.text === 'Glen Cove' && e.type === 'place'));
    assert.ok(place.entities.some((e) => e.text === 'Lake Tarrow' && e.type === 'place'));
  });
});
