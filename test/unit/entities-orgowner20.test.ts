// Entities, nineteenth round (issue 12, branch h-ents20): an organisation's stripped possessive opening a run of
// capitals is the outlet, the words after it another name. Every snippet was written for this test (not taken from
// GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { entityList } from './entities-news.test';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a nineteenth-round entity test\n20241201\nhttps://example.org/news/owner20\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const spans = (a: Analysis, src: string): string[] => a.entities.map((e) => `${src.slice(e.start, e.end)}:${e.type}`);

describe('entities, nineteenth round: an outlet’s stripped possessive before a name', () => {
  it('splits `NBCs Tessa Quarrow` and `MSNBCs Rachel Penn` into the outlet and the reporter', () => {
    const src = seed('NBCs Tessa Quarrow pressed the ferry board about its winter fares.',
      'The harbour forum, hosted by MSNBCs Rachel Penn, ran past midnight.');
    const a = analyze(src);
    const got = spans(a, src);
    assert.ok(got.includes('NBCs:organization'), entityList(a));
    assert.ok(got.includes('Tessa Quarrow:person'), entityList(a));
    assert.ok(got.includes('MSNBCs:organization'), entityList(a));
    assert.ok(got.includes('Rachel Penn:person'), entityList(a));
    assert.equal(got.some((g) => g.startsWith('NBCs Tessa')), false, entityList(a));
  });
  it('splits a known outlet before its show (`CNNs Harbour Hour` keeps no one-name run)', () => {
    const src = seed('The ferry pilots were the guests on CNNs Harbour Hour last week.');
    const a = analyze(src);
    assert.ok(spans(a, src).includes('CNNs:organization'), entityList(a));
    assert.equal(spans(a, src).some((g) => g.startsWith('CNNs Harbour')), false, entityList(a));
  });
  it('keeps an outlet’s possessive before a unit of its own whole (`QXNBs Harbour Desk Committee`)', () => {
    const src = seed('He sits on QXNBs Harbour Desk Committee since May.');
    const a = analyze(src);
    assert.ok(spans(a, src).includes('QXNBs Harbour Desk Committee:organization'), entityList(a));
  });
  it('leaves plural terms, common acronyms and words that are no possessive alone', () => {
    const src = seed('Two MPs Tom Vell and Ann Orr voted against it.', 'The Harbour Kings Wharf Club opened in May.');
    const a = analyze(src);
    const got = spans(a, src);
    assert.equal(got.some((g) => g.startsWith('MPs')), false, entityList(a));
    assert.equal(got.some((g) => g === 'Harbour Kings:organization'), false, entityList(a));
  });
});

describe('entities, nineteenth round: a known place’s stripped possessive inside a run', () => {
  it('splits `North Dakotas Ward County` and `Mexico Citys Tessmer Theater`', () => {
    const src = seed('The farm sits in North Dakotas Ward County.', 'A new play opened in Mexico Citys Tessmer Theater.');
    const a = analyze(src);
    const got = spans(a, src);
    for (const want of ['North Dakotas:place', 'Ward County:place', 'Mexico Citys:place', 'Tessmer Theater:place']) {
      assert.ok(got.includes(want), `${want} in ${entityList(a)}`);
    }
  });
  it('keeps what a place owns with its `of` (`Londons Tessmer Academy of Dramatic Art`)', () => {
    const src = seed('He trained at Londons Tessmer Academy of Dramatic Art for two years.');
    const a = analyze(src);
    assert.ok(spans(a, src).includes('Tessmer Academy of Dramatic Art:organization'), entityList(a));
  });
  it('keeps an organisation’s possessive before its own unit, and plurals of common words, whole', () => {
    const src = seed('Experts at the Quillan Councils Harbour Center agreed.', 'The Corlin County Sheriffs Department said so.',
      'The Quillan Peoples Party won two seats.');
    const a = analyze(src);
    const got = spans(a, src);
    for (const want of ['Quillan Councils Harbour Center:organization', 'Corlin County Sheriffs Department:organization',
      'Quillan Peoples Party:organization']) assert.ok(got.includes(want), `${want} in ${entityList(a)}`);
  });
});

describe('attribution, nineteenth round: an outlet’s possessive and its reporter are one addressee', () => {
  it('finds the stripped quote before `, Tom Vell told CNNs Ada Quarrow about ...` and its speaker', () => {
    const src = seed('We will not back the levy until the harbour board shows us its numbers, Tom Vell told CNNs Ada Quarrow '
      + 'about the ferry vote. The board has had a month.');
    const a = analyze(src);
    assert.equal(speakerName(a, quoteStarting(a, 'We will not back')), 'Tom Vell');
  });
});
