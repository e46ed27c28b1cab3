// Entities, twenty-fifth round (issue 12, branch h-ents26): a first name that is also a verb (`Rush`, `Will`) before a
// surname, and a hyphen-glued modifier (`Varrow-linked`, `Iran-backed`) that opens no name.
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article); the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const HEAD = 'Headline for a name test\n20261202\nhttps://example.org/news/verbfirst26\n';
/** The entities of one paragraph, as `type:text`. */
const ents = (p: string): string[] => {
  const src = HEAD + p + '\n';
  return analyze(src).entities.filter((e) => e.start >= HEAD.length).map((e) => `${e.type}:${src.slice(e.start, e.end)}`);
};

describe('entities, twenty-fifth round: verb-form first names and glued modifiers', () => {
  it('reads a verb-form first name mid-sentence before a surname as the name', () => {
    assert.deepEqual(ents('The lawyer Rush Dalworth mocked the plan.'), ['person:Rush Dalworth']);
    assert.deepEqual(ents('On Monday the host Will Pardrey laughed at it.').filter((x) => x.startsWith('person')), ['person:Will Pardrey']);
  });

  it('at a sentence start, keeps it only before a finite verb', () => {
    assert.deepEqual(ents('Rush Dalworth told listeners the plan failed.'), ['person:Rush Dalworth']);
    assert.deepEqual(ents('Will Dalworth told reporters it was fine.'), ['person:Will Dalworth']);
    assert.deepEqual(ents('Will Dalworth says the vote is close.'), ['person:Will Dalworth']);
    // (A question or an imperative is no name: `Will` and `Rush` are the verbs there.)
    for (const p of ['Will Dalworth win the seat?', 'Rush Dalworth to the ward now.']) {
      assert.ok(!ents(p).some((x) => x.includes('Will Dalworth') || x.includes('Rush Dalworth')), p);
    }
  });

  it('needs a surname-shaped second word', () => {
    for (const p of ['You can try Club Med, which is near.', 'Think Ive got a cold.', 'They will Rush Voters to the booths.']) {
      assert.ok(!ents(p).some((x) => /^person:(Club|Think|Rush)/.test(x)), `${p} → ${ents(p).join(', ')}`);
    }
  });

  it('drops a hyphen-glued modifier before a name', () => {
    assert.ok(!ents('He praised Varrow-linked Islamic groups.').some((x) => x.startsWith('person')));
    assert.deepEqual(ents('They fought Varrow-backed Hezbollah fighters.'), ['organization:Hezbollah']);
    assert.deepEqual(ents('A Tarrow-led Senate panel met.'), ['organization:Senate']);
  });

  it('finds a titled name after a premodifier and an owner mid-sentence', () => {
    assert.deepEqual(ents('The warning came from Former FBI Director Alda Venmore, in testimony.'), ['organization:FBI', 'person:Alda Venmore']);
    assert.deepEqual(ents('It was signed by Acting Harbour Board Chairman Tomas Grell.').filter((x) => x.startsWith('person')), ['person:Tomas Grell']);
  });

  it('reads a surname in -ness after a known first name, not a lone abstract noun', () => {
    assert.deepEqual(ents('The mayor met Senator Tom Varness.'), ['person:Tom Varness']);
    assert.deepEqual(ents('Reporters asked Col. Rob Orness about it.'), ['person:Rob Orness']);
    assert.ok(!ents('The Professor of Awareness spoke.').some((x) => x.startsWith('person')));
  });
});
