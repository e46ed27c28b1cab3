// Entity spans, seventeenth round (issue 12): a possessive that owns the next name, and two names joined by `and the`.
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for a seventeenth entity test\n20241201\nhttps://example.org/news/spans17\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The type of the entity spanning exactly `text` at its first occurrence inside `context`. */
const typeAt = (a: Analysis, src: string, context: string, text: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(src.includes(context) && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start === at && e.end === at + text.length)?.type;
};

describe('entity spans, seventeenth round: a person owns the next name', () => {
  it("splits `Mr. Quillan's Tenant Rights Committee` and `Governor Tessa Varn's Council of ...`", () => {
    const src = seed("A lawyer for Mr. Quillan's Tenant Rights Committee spoke on Monday.",
      "The memo went to Governor Tessa Varn's Council of Harbour Advisers last week.");
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, "Mr. Quillan's", 'Quillan'), 'person', list);
    assert.equal(typeAt(a, src, 'Tenant Rights Committee spoke', 'Tenant Rights Committee'), 'organization', list);
    assert.equal(typeAt(a, src, "Tessa Varn's", 'Tessa Varn'), 'person', list);
    assert.equal(typeAt(a, src, 'Council of Harbour Advisers', 'Council of Harbour Advisers'), 'organization', list);
  });
  it("keeps `St. Ann's Chapel`, `Women's Rowing Club` and `Corlin County Coroner's Office` whole", () => {
    const src = seed("She sings at St. Ann's Chapel in Dunmore.", "Members of the Women's Rowing Club met.",
      "The Corlin County Coroner's Office named the driver.");
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(a.entities.some((e) => src.slice(e.start, e.end) === 'Ann'), false, list);
    assert.equal(typeAt(a, src, "Women's Rowing Club", "Women's Rowing Club"), 'organization', list);
    assert.equal(a.entities.some((e) => src.slice(e.start, e.end) === 'Office'), false, list);
  });
});

describe('entity spans, seventeenth round: a stripped possessive before a known name', () => {
  it('splits `Quillans Oregon office` and `Tuesdays Oregon primary` before the place', () => {
    const src = seed('Staff at Quillans Oregon office said little.', 'Before Tuesdays Oregon primary, voters waited.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Quillans Oregon office', 'Oregon'), 'place', list);
    assert.equal(typeAt(a, src, 'Tuesdays Oregon primary', 'Oregon'), 'place', list);
  });
  it('keeps `United States Senate` and `Los Angeles Times` whole', () => {
    const src = seed('He covers the United States Senate. She writes for the Los Angeles Times.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'United States Senate', 'United States Senate'), 'organization', list);
    assert.equal(typeAt(a, src, 'Los Angeles Times', 'Los Angeles Times'), 'organization', list);
  });
  it('ends a first-named person at a stripped possessive before a work (`Evelyn Quillans Harbour Diaries`)', () => {
    const src = seed('She reread Evelyn Quillans Harbour Diaries last winter.', 'Later Ann Phillips Davis spoke.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Evelyn Quillans', 'Evelyn Quillans'), 'person', list);
    assert.equal(typeAt(a, src, 'Ann Phillips Davis', 'Ann Phillips Davis'), 'person', list);
  });
  it('keeps an institution named after a person whole (`Mary Wells Elementary School`)', () => {
    const src = seed('She teaches at Mary Wells Elementary School in Tarrow.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'Mary Wells Elementary School', 'Mary Wells Elementary School'), 'organization', entityList(a));
  });
});

describe('entity spans, seventeenth round: `X and the Y`', () => {
  it('reads two names when either side is an institution known alone (`the Navy and the FBI`, `Congress and the Dunmore Assembly`)', () => {
    const src = seed('He served in the Navy and the FBI before 1990.', 'Aides to Congress and the Dunmore Assembly agreed.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Navy and', 'Navy'), 'organization', list);
    assert.equal(typeAt(a, src, 'the FBI', 'FBI'), 'organization', list);
    assert.equal(typeAt(a, src, 'Congress and', 'Congress'), 'organization', list);
  });
  it('keeps `the Society for Science and the Public` whole', () => {
    const src = seed('She joined the Society for Science and the Public last year.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'Society for Science and the Public', 'Society for Science and the Public'), 'organization', entityList(a));
  });
});
