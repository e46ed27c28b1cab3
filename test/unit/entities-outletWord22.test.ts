// An outlet named by its masthead word with a stripped possessive (issue 12, round 21, branch h-outlets22). Invented text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const HEAD = 'Headline for an outlet test\n20250302\nhttps://example.org/news/outlet\n';

function ents(body: string): string[] {
  const a = analyze(HEAD + body + '\n');
  return a.entities.map((e) => `${e.text}/${e.type}/${e.canonical}`);
}

describe('a masthead word with a stripped possessive (outletWord.ts)', () => {
  it('names a two-word outlet before what it owns, not a person', () => {
    const e = ents('A Harbor Dailys report found a drop in ferry trade on the lake.');
    assert.ok(e.includes('Harbor Dailys/organization/Harbor Daily'), e.join(', '));
    const p = ents('By the Delmar Presss tally, the mayor leads in Quonset.');
    assert.ok(p.includes('Delmar Presss/organization/Delmar Press'), p.join(', '));
  });

  it('splits the outlet from its reporter after it', () => {
    const e = ents('Last week the Harbor Dailys Tomas Reyk asked the ferry board about the fares.');
    assert.ok(e.includes('Harbor Dailys/organization/Harbor Daily'), e.join(', '));
    assert.ok(e.includes('Tomas Reyk/person/Tomas Reyk'), e.join(', '));
    const g = ents('An essay by Quarry Reviews Jonah Pell ran in the spring.');
    assert.ok(g.includes('Quarry Reviews/organization/Quarry Review'), g.join(', '));
    assert.ok(g.includes('Jonah Pell/person/Jonah Pell'), g.join(', '));
  });

  it('names a city outlet before what it owns, not a club named by a plural', () => {
    const e = ents('The Boston Heralds editorial board backed Mayor Ortiz on the ferry fares.');
    assert.ok(e.includes('Boston Heralds/organization/Boston Herald'), e.join(', '));
    const c = ents('Fans of the Boston Falcons filled the pier.');
    assert.ok(c.includes('Boston Falcons/organization/Boston Falcons'), c.join(', '));
  });

  it('names an outlet alone after `the`', () => {
    const e = ents('Readers praised the Timess coverage of the ferry strike.');
    assert.ok(e.includes('Timess/organization/Times'), e.join(', '));
  });

  it('leaves plurals of masthead words alone', () => {
    for (const body of [
      'Trading Posts are rare along the northern shore.',
      'Our Medical Journals publish less every winter.',
      'Many trading Posts close early in the cold months.',
      'The Times reported the fares rose again.',
    ]) {
      assert.ok(!ents(body).some((e) => /Post\/|Journal\/|Time\//.test(e)), `${body}: ${ents(body).join(', ')}`);
    }
  });

  it('makes no person of an acronym in `s` before a speech cue (slotNames.ts)', () => {
    const e = ents('WQTMs said the pier would close for the winter.');
    assert.ok(!e.some((x) => x.startsWith('WQTMs/person')), e.join(', '));
  });
});
