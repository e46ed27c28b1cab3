// Entities, eighteenth round (issue 12): a full name's surname where it stands alone in more shapes, and an unknown
// name after a place noun and `of`. Every snippet was written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for an eighteenth entity test\n20241201\nhttps://example.org/news/names18\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The type of the entity spanning exactly `text` at its first occurrence inside `context`. */
const typeAt = (a: Analysis, src: string, context: string, text: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(src.includes(context) && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start === at && e.end === at + text.length)?.type;
};

describe('entities, eighteenth round: a surname in s is not read as a stripped possessive', () => {
  it('keeps `Quibbs` whole after `Robert Quibbs`, before a verb or an adverb', () => {
    const src = seed('Former harbour clerk Robert Quibbs criticised the tender.',
      'Aides told the council that Quibbs plans to appeal.', 'The board hired Quibbs last spring.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'that Quibbs plans', 'Quibbs'), 'person', list);
    assert.equal(typeAt(a, src, 'hired Quibbs last', 'Quibbs'), 'person', list);
  });
  it('does not make `the Quibbs`, `most Quibbs` or `Quibbs deputy` the person', () => {
    const src = seed('Former harbour clerk Robert Quibbs criticised the tender.',
      'Later the Quibbs left the valley, and most Quibbs moved east.', 'Ella Marr, Quibbs deputy clerk, stayed on.');
    const a = analyze(src);
    const list = entityList(a);
    assert.notEqual(typeAt(a, src, 'the Quibbs left', 'Quibbs'), 'person', list);
    assert.notEqual(typeAt(a, src, 'most Quibbs moved', 'Quibbs'), 'person', list);
    assert.notEqual(typeAt(a, src, 'Marr, Quibbs deputy', 'Quibbs'), 'person', list);
  });
});

describe('entities, eighteenth round: a common-word surname after a full name', () => {
  const full = 'The ferry operator Dana Cook met the mayor, and the lawyer Ivo Frank sat with Rena Gore.';
  it('finds `Cook` opening a sentence, after `but`, and after a speech cue before a verb', () => {
    const src = seed(full, 'Cook declined to name the buyer.', 'The toll rose, but Cook gave no reason.',
      'The gazette said Cook mailed two notes to the board.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Cook declined', 'Cook'), 'person', list);
    assert.equal(typeAt(a, src, 'but Cook gave', 'Cook'), 'person', list);
    assert.equal(typeAt(a, src, 'said Cook mailed', 'Cook'), 'person', list);
  });
  it("finds `Gore` after a clause's `that`, after a comma before `was`, and owning after a cue", () => {
    const src = seed(full, 'Her aide wrote that Gore will stay in the race.', 'Instead, Gore was at the harbour.',
      "The gazette reported Gore's choice on Friday.");
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'that Gore will', 'Gore'), 'person', list);
    assert.equal(typeAt(a, src, 'Instead, Gore was', 'Gore'), 'person', list);
    assert.equal(typeAt(a, src, "reported Gore's", 'Gore'), 'person', list);
  });
  it('leaves the common words alone where no full name has them as a surname', () => {
    const src = seed('The gazette said Cook County voted early.', 'Her aide wrote that Frank talk will help.');
    const a = analyze(src);
    const list = entityList(a);
    assert.notEqual(typeAt(a, src, 'that Frank talk', 'Frank'), 'person', list);
    assert.equal(a.entities.some((e) => src.slice(e.start, e.end) === 'Cook' && e.type === 'person'), false, list);
  });
});

describe('entities, eighteenth round: a place after a place noun or a compass word and `of`', () => {
  it('makes `the town of Quarvel`, `the island of Mirtos` and `north of Tavuka` places', () => {
    const src = seed('The storm hit the town of Quarvel in August.', 'They camped on the rocky island of Mirtos for a week.',
      'The reefs lie 150 miles north of Tavuka, far from shipping lanes.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'town of Quarvel', 'Quarvel'), 'place', list);
    assert.equal(typeAt(a, src, 'island of Mirtos', 'Mirtos'), 'place', list);
    assert.equal(typeAt(a, src, 'north of Tavuka', 'Tavuka'), 'place', list);
  });
  it('does not read `the head of Quarvel` or `the Town of ...` as this pattern', () => {
    const src = seed('She met the head of Quarvel on Monday.');
    const a = analyze(src);
    assert.notEqual(typeAt(a, src, 'head of Quarvel', 'Quarvel'), 'place', entityList(a));
  });
});
