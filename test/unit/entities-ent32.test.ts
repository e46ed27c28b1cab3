// Entities, thirty-second round (branch h-ent): names after friend and workmate nouns, a title word that is a first
// name after a kinship noun, a first name after `from`, abstract nouns after a first name, an institution acting alone,
// a nationality before a full name, and stripped possessives in `us` and `is`.
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article); the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const seed = (headline: string, ...paras: string[]): string => `${headline}\n20261203\nhttps://example.org/news/ent32\n${paras.join('\n')}\n`;
/** Entities as `type:text`, in order. */
const ents = (src: string): string[] => analyze(src).entities.map((e) => `${e.type}:${src.slice(e.start, e.end)}`);

describe('entities, thirty-second round: kin, friends, types and stripped possessives', () => {
  it('makes the name after a friend or workmate noun a person, possessive too', () => {
    const got = ents(seed('A plain headline about a party', 'Today is my friend Kovari’s birthday.', 'He called his colleague Vessik on Monday.',
      'She thanked her teammate Orlane after the match.'));
    assert.ok(got.includes('person:Kovari'), got.join(', '));
    assert.ok(got.includes('person:Vessik'), got.join(', '));
    assert.ok(got.includes('person:Orlane'), got.join(', '));
  });

  it('makes a title word that is also a first name a person after a kinship noun, not elsewhere', () => {
    const got = ents(seed('A plain headline about a trip', 'Sam Orrin and his brother Dean drove across the plains.',
      'The university’s dean, Tom Wrenfield, spoke.'));
    assert.ok(got.includes('person:Dean'), got.join(', '));
    assert.ok(got.includes('person:Tom Wrenfield'), got.join(', '));
  });

  it('keeps a first name after `from` a person, and a city after it a place', () => {
    const got = ents(seed('A plain headline about mail', 'We had a long letter from Carl this week.', 'She moved from Florence to Rome.'));
    assert.ok(got.includes('person:Carl'), got.join(', '));
    assert.ok(got.includes('place:Florence'), got.join(', '));
  });

  it('reads no person in a first name before an abstract noun, but keeps a surname shaped like one', () => {
    const got = ents(seed('A plain headline about faith', 'The dislike of most for Roman Catholicism was strong.', 'Tom Varness said the vote would fail.'));
    assert.ok(!got.some((e) => e.startsWith('person:Roman')), got.join(', '));
    assert.ok(got.includes('person:Tom Varness'), got.join(', '));
  });

  it('makes an institution acting without `the` an organisation', () => {
    const got = ents(seed('A plain headline about a curfew', 'Just yesterday, Cabinet decided to extend the curfew.'));
    assert.ok(got.includes('organization:Cabinet'), got.join(', '));
  });

  it('leaves a nationality out of the full name after it', () => {
    const got = ents(seed('A plain headline about a race', 'The race was won by Canadian Tom Brandel on Sunday.', 'He beat Brazilian Marta Okonkwo in the final.',
      'The American Red Cross sent tents.'));
    assert.ok(got.includes('person:Tom Brandel'), got.join(', '));
    assert.ok(got.includes('person:Marta Okonkwo'), got.join(', '));
    assert.ok(got.includes('organization:American Red Cross'), got.join(', '));
  });

  it('reads a word in `us` or `is` as a stripped possessive of a surname the document names, not a name in `us` itself', () => {
    const got = ents(seed('A plain headline about a film', 'Odile Varreau was an actress.', 'Varreaus father was a cook.', 'Tom Kowecki acted too.',
      'Koweckis engagement was announced in May.', 'Ann Marcu spoke first. Marcus Webb said no.'));
    assert.ok(got.includes('person:Varreaus'), got.join(', '));
    assert.ok(got.includes('person:Koweckis'), got.join(', '));
    assert.ok(got.includes('person:Marcus Webb'), got.join(', '));
  });
});
