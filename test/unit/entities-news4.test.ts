// Entities, eighth round (issue 12): boundaries and types of names on news. Every snippet was written for this test
// (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { typeOf, entityList } from './entities-news.test';

const HEAD = 'Headline for an eighth entity test\n20240719\nhttps://example.org/news/entities8\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('entities, eighth round: names on news', () => {
  it('types the White House as a place, and as the office in it when it acts', () => {
    const a = analyze(seed('Visitors queued for hours outside the White House on a windy afternoon.'));
    assert.equal(typeOf(a, 'White House'), 'place', entityList(a));
    const b = analyze(seed('The White House announced new tariffs on imported bicycles.'));
    assert.equal(typeOf(b, 'White House'), 'organization', entityList(b));
    const c = analyze(seed('Late on Friday the White House said the meeting with Tomas Brenner went well.'));
    assert.equal(typeOf(c, 'White House'), 'organization', entityList(c));
  });
});
