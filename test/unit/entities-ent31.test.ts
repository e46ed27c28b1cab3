// Entities, thirty-first round (branch h-ent): names the rules left untyped, typed by the names they are listed with
// (`Chevron and Exxon`), and names a copula or an appositive defines as places (`Dorna is a town in Kelland`).
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article); the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const seed = (headline: string, ...paras: string[]): string => `${headline}\n20261203\nhttps://example.org/news/ent31\n${paras.join('\n')}\n`;
/** Entities as `type:text`, in order. */
const ents = (src: string): string[] => analyze(src).entities.map((e) => `${e.type}:${src.slice(e.start, e.end)}`);

describe('entities, thirty-first round: lists and place definitions', () => {
  it('types an unknown name by the organisations it is listed with', () => {
    const got = ents(seed('A plain headline about shares', 'Shares rose at Quorvel, Zentrix, Google and Microsoft on Monday.'));
    assert.ok(got.includes('organization:Quorvel'), got.join(', '));
    assert.ok(got.includes('organization:Zentrix'), got.join(', '));
  });

  it('types an unknown name by the person it is coordinated with', () => {
    const got = ents(seed('A plain headline about a visit', 'Marta Okonkwo toured the harbour.', 'He met Brennick and Marta Okonkwo at the pier.'));
    assert.ok(got.includes('person:Brennick'), got.join(', '));
  });

  it('leaves a list alone when its names only modify a noun after it', () => {
    const got = ents(seed('A plain headline about a vote', 'Voters in Ruth Kowalski and Varnell counties went to the polls.'));
    assert.ok(!got.includes('person:Varnell'), got.join(', '));
  });

  it('leaves a list alone when its typed names disagree, and a name suffix alone', () => {
    const got = ents(seed('A plain headline about a trade', 'The club traded Marta Okonkwo, Ruth Kowalski and Tom Dallow, Jr. to Ohio.',
      'Dalvik, Marta Okonkwo and Ohio were on the list.'));
    assert.ok(!got.some((e) => e.endsWith(':Jr.')), got.join(', '));
    assert.ok(!got.some((e) => e.endsWith(':Dalvik')), got.join(', '));
  });

  it('makes a name a place when a copula defines it as one', () => {
    const got = ents(seed('A plain headline about a flood', 'Dorna is a small fishing town in Kelland.', 'Mirtos was the capital of the old kingdom.'));
    assert.ok(got.includes('place:Dorna'), got.join(', '));
    assert.ok(got.includes('place:Mirtos'), got.join(', '));
  });

  it('makes a name a place when an appositive defines it as one, not a person with a place noun in a role', () => {
    const got = ents(seed('A plain headline about a flood', 'Vessa, a village near the coast, was flooded on Monday.',
      'Tom Wren, a city councilman, said the dikes held.', 'Brennick, a native of the town, and Delmar, a state senator, agreed.'));
    assert.ok(got.includes('place:Vessa'), got.join(', '));
    assert.ok(got.includes('person:Tom Wren'), got.join(', '));
    assert.ok(!got.includes('place:Brennick'), got.join(', '));
    assert.ok(!got.includes('place:Delmar'), got.join(', '));
  });

  it('makes a known surname a place after `the town of`', () => {
    const got = ents(seed('A plain headline about a battle', 'The two armies met at the town of Gonzales in the autumn.'));
    assert.ok(got.includes('place:Gonzales'), got.join(', '));
  });

  it('keeps a person after `the state of` with a possessive a person', () => {
    const got = ents(seed('A plain headline about a race', 'Ruth Kowalski spoke in Ohio.', 'Ohio, the state of Kowalski’s youth, voted for her.'));
    assert.ok(!got.includes('place:Kowalski'), got.join(', '));
  });

  it('makes the name before a firm\'s title an organisation', () => {
    const got = ents(seed('A plain headline about a merger', 'Former Zentrix CEO Carly Brennick met Dalmore Capital CEO Ruth Kowalski.',
      'Quorvel Founder Tom Wren and Democratic CEO Ann Lee spoke.'));
    assert.ok(got.includes('organization:Zentrix'), got.join(', '));
    assert.ok(got.includes('organization:Dalmore Capital'), got.join(', '));
    assert.ok(got.includes('organization:Quorvel'), got.join(', '));
    assert.ok(!got.some((e) => e.startsWith('organization:Democratic')), got.join(', '));
    assert.ok(got.includes('person:Carly Brennick'), got.join(', '));
  });

  it('makes a name after a neighbour or a roommate a person', () => {
    const got = ents(seed('A plain headline about a storm', 'They thanked their neighbour Vessik for the help.'));
    assert.ok(got.includes('person:Vessik'), got.join(', '));
  });

  it('types an unknown name joined by a slash to an organisation', () => {
    const got = ents(seed('A plain headline about a photo', 'The crowd at the pier on Monday. (Credit: NASA / Zentrix)'));
    assert.ok(got.includes('organization:Zentrix'), got.join(', '));
  });
});
