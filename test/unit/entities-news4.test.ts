// Entities, eighth round (issue 12): boundaries and types of names on news. Every snippet was written for this test
// (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { typeOf, entityList } from './entities-news.test';

const HEAD = 'Headline for an eighth entity test\n20240719\nhttps://example.org/news/entities8\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('entities, eighth round: names on news', () => {
  it('reads a seat of government as a place, and as its office when it acts', () => {
    const a = analyze(seed('Visitors queued for hours outside the White House on a windy afternoon.'));
    assert.equal(typeOf(a, 'White House'), 'place', entityList(a));
    const b = analyze(seed('The White House announced new tariffs on imported bicycles.'));
    assert.equal(typeOf(b, 'White House'), 'organization', entityList(b));
    const c = analyze(seed('Late on Friday the White House said the meeting with Tomas Brenner went well.'));
    assert.equal(typeOf(c, 'White House'), 'organization', entityList(c));
  });

  it('opens a surname with its particle, at a sentence start or after a comma', () => {
    const a = analyze(seed('De Vellacourt said the ferry would run again in spring.'));
    assert.equal(typeOf(a, 'De Vellacourt'), 'person', entityList(a));
    const b = analyze(seed('The council met at noon. Later, de Vellacourt said the ferry would run again.'));
    assert.equal(typeOf(b, 'de Vellacourt'), 'person', entityList(b));
    assert.equal(typeOf(b, 'Vellacourt'), undefined, entityList(b));
  });

  it('reads the office after a title and `of` as part of the title, up to a known first name', () => {
    const a = analyze(seed('The poll was led by former secretary of State Nora Falkner, well ahead of her rivals.'));
    assert.equal(typeOf(a, 'Nora Falkner'), 'person', entityList(a));
    assert.ok(!a.entities.some((e) => e.text.startsWith('State')), entityList(a));
    // (No first name after the office: the organisation stays whole.)
    const b = analyze(seed('She is the executive director of National Weavers United, a union of textile workers.'));
    assert.ok(!b.entities.some((e) => e.text === 'Weavers United' && e.type === 'person'), entityList(b));
  });

  it('splits two titled people joined by `and`, and plural abbreviated titles', () => {
    const a = analyze(seed('He was an adviser to President Tomas Brenner and President Lena Ruiz for a decade.'));
    assert.equal(typeOf(a, 'Tomas Brenner'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Lena Ruiz'), 'person', entityList(a));
    const b = analyze(seed('The race narrowed to Sens. Dana Voss and Mark Hollins by the spring. Pres. Voss later won.'));
    assert.equal(typeOf(b, 'Dana Voss'), 'person', entityList(b));
    assert.ok(!b.entities.some((e) => e.text.startsWith('Sens') || e.text.startsWith('Pres')), entityList(b));
  });

  it('splits two institutions joined by `and` into two organisations', () => {
    for (const text of ['The bill passed the House and Senate before the recess.', 'The Senate and House passed the bill before the recess.',
      'The deal was struck between House and Senate leaders late at night.']) {
      const a = analyze(seed(text));
      assert.equal(typeOf(a, 'House'), 'organization', entityList(a));
      assert.equal(typeOf(a, 'Senate'), 'organization', entityList(a));
    }
    // (A multi-word name with its own head stays whole.)
    const b = analyze(seed('The Office of Water and Sanitation Services announced new fees.'));
    assert.equal(typeOf(b, 'Office of Water and Sanitation Services'), 'organization', entityList(b));
  });

  it('reads a place and a masthead word as a newspaper', () => {
    const a = analyze(seed('The figures were first reported by the Toledo Sentinel and the Ontario Examiner on Tuesday.'));
    assert.equal(typeOf(a, 'Toledo Sentinel'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Ontario Examiner'), 'organization', entityList(a));
    // (A city named like a person only after `the`; a law is no newspaper.)
    const b = analyze(seed('She read the Orlando Courier-Journal at breakfast, then the Ohio Constitution.'));
    assert.equal(typeOf(b, 'Orlando Courier-Journal'), 'organization', entityList(b));
    assert.notEqual(typeOf(b, 'Ohio Constitution'), 'organization', entityList(b));
  });

  it('links a stripped possessive of a surname in consonant + s to the person', () => {
    const a = analyze(seed('Dana Rickards won the vote. Rickardss supporters cheered in the hall.'));
    assert.equal(typeOf(a, 'Rickardss'), 'person', entityList(a));
    // (A name in vowel + ss is a name of its own, not a possessive.)
    const b = analyze(seed('Frederick Douglass spoke first. Douglass said the vote was fair.'));
    assert.ok(b.entities.some((e) => e.text === 'Douglass' && e.type === 'person'), entityList(b));
  });
});
