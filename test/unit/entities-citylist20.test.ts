// Entities, nineteenth round (issue 12, branch h-ents20): a city named like a person (`Marion`, `Tyler`: GeoNames
// cities whose names are also people's) in a list with a known place, or before a noun that places modify, is the
// city. Every snippet was written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for a nineteenth-round city test\n20241201\nhttps://example.org/news/citylist20\n';
const typeOf = (a: Analysis, src: string, context: string, word: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(word);
  assert.ok(src.includes(context) && context.includes(word), `${context} / ${word}`);
  return a.entities.find((e) => e.start === at && e.end === at + word.length)?.type;
};
const one = (para: string): [Analysis, string] => { const src = HEAD + para + '\n'; return [analyze(src), src]; };

describe('entities, nineteenth round: a city named like a person in a list of places', () => {
  it('reads `Salem and Marion`, `Salem, Marion, Dayton` and `Marion or Paris` as places', () => {
    for (const [para, ctx] of [
      ['The ferry company kept its routes to Salem and Marion, two river towns.', 'Salem and Marion'],
      ['Billboards went up in Salem, Marion, Dayton and Reno over the summer.', 'Salem, Marion, Dayton'],
      ['Nobody forgot the floods of Marion or Paris that spring.', 'Marion or Paris'],
    ]) {
      const [a, src] = one(para);
      assert.equal(typeOf(a, src, ctx, 'Marion'), 'place', entityList(a));
    }
  });
  it('reads `the Marion victims` and `the Marion shooter` as the city', () => {
    const [a, src] = one('Mourners lit candles for the Marion victims while police questioned the Marion shooter.');
    assert.equal(typeOf(a, src, 'the Marion victims', 'Marion'), 'place', entityList(a));
    assert.equal(typeOf(a, src, 'the Marion shooter', 'Marion'), 'place', entityList(a));
  });
  it('keeps a person after a place and a comma who acts, and before a place that opens a title', () => {
    const [a, src] = one('After the storms passed over Oregon and Nevada, Tyler drove north with a truck of blankets.');
    assert.equal(typeOf(a, src, 'Nevada, Tyler drove', 'Tyler'), 'person', entityList(a));
    const [b, src2] = one('On Monday Tyler and Idaho Sen. Ada Quill argued over the ferry budget.');
    assert.equal(typeOf(b, src2, 'Tyler and Idaho', 'Tyler'), 'person', entityList(b));
  });
});
