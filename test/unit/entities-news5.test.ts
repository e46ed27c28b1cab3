// Entities, ninth round (issue 12): name boundaries on news. Every snippet was written for this test (not taken from
// GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { typeOf, entityList } from './entities-news.test';

const HEAD = 'Headline for a ninth entity test\n20240905\nhttps://example.org/news/entities9\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('entities, ninth round: name boundaries', () => {
  it('ends an organisation before `in the` and before a place after a complete name', () => {
    const a = analyze(seed('The appeal went to the Court of Appeals in the Eleventh Circuit last winter.'));
    assert.equal(typeOf(a, 'Court of Appeals'), 'organization', entityList(a));
    assert.ok(!a.entities.some((e) => e.text.includes('Circuit') && e.text.includes('Court')), entityList(a));
    const b = analyze(seed('She taught economics at the University of Oslo in Norway for ten years.'));
    assert.equal(typeOf(b, 'University of Oslo'), 'organization', entityList(b));
    assert.equal(typeOf(b, 'Norway'), 'place', entityList(b));
    const c = analyze(seed('He chaired the Board of Coastal Trade Association in Portugal until his retirement.'));
    assert.equal(typeOf(c, 'Board of Coastal Trade Association'), 'organization', entityList(c));
    assert.equal(typeOf(c, 'Portugal'), 'place', entityList(c));
  });

  it('keeps `in` inside a name that is not complete before it', () => {
    const a = analyze(seed('Monitors from the Organization for Security and Cooperation in Europe watched the vote.'));
    assert.equal(typeOf(a, 'Organization for Security and Cooperation in Europe'), 'organization', entityList(a));
  });

  it("splits an organisation's possessive from the name it owns", () => {
    const a = analyze(seed("He studied at Varnholt University's Faculty of Applied Arts before moving abroad."));
    assert.equal(typeOf(a, 'Varnholt University'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Faculty of Applied Arts'), 'organization', entityList(a));
    // (A one-word owner that is no known name stays in one name: `Brandt's Hardware Store`.)
    const b = analyze(seed("The fire started behind Brandt's Hardware Store on Main Street."));
    assert.ok(!b.entities.some((e) => e.text === 'Hardware Store'), entityList(b));
  });

  it('leaves a regnal numeral out of a name, and a party member out of a state', () => {
    const a = analyze(seed('The portrait shows Margaret II on horseback beside the river.'));
    assert.equal(typeOf(a, 'Margaret'), 'person', entityList(a));
    assert.ok(!a.entities.some((e) => e.text.includes('II')), entityList(a));
    const b = analyze(seed('The bill was written by a Nevada Republican and a Maine Democrat over the summer.'));
    assert.equal(typeOf(b, 'Nevada'), 'place', entityList(b));
    assert.equal(typeOf(b, 'Maine'), 'place', entityList(b));
    assert.ok(!b.entities.some((e) => /Republican|Democrat/.test(e.text)), entityList(b));
    // (A party's own name stays whole.)
    const c = analyze(seed('The Nevada Republican Party met in a hotel ballroom on Saturday.'));
    assert.equal(typeOf(c, 'Nevada Republican Party'), 'organization', entityList(c));
  });

  it("splits a person's possessive from the organisation after it", () => {
    const a = analyze(seed("Critics faulted Walter Brennick's Office of Rural Transit for the delays."));
    assert.equal(typeOf(a, 'Walter Brennick'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Office of Rural Transit'), 'organization', entityList(a));
  });

  it('ends an organisation before `in March`', () => {
    const a = analyze(seed('The Harlow County Court of Appeals in March reversed the fine.'));
    assert.ok(a.entities.some((e) => e.text === 'Harlow County Court of Appeals' && e.type === 'organization'), entityList(a));
  });
});
