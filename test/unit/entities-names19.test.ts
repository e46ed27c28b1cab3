// Entities, eighteenth round (h-names19, issue 12): a state before a party word, a president's name before `White
// House`, a person addressed after a greeting, and a name written surname first then titled by its first word.
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for a names test\n20241201\nhttps://example.org/news/names19\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The entity spanning exactly `text` at its first occurrence inside `context`. */
const entAt = (a: Analysis, src: string, context: string, text: string) => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(src.includes(context) && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start === at && e.end === at + text.length);
};

describe('entities, names19: a state before a party word is the place', () => {
  it('finds the state after `The` at a sentence start and before `Democratic` or `GOP`', () => {
    const src = seed('The Vermont Republican voted against the levy on orchards.',
      'She carried the Nebraska Democratic primary by a wide margin.', 'Several Oregon GOP organizers quit in spring.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(entAt(a, src, 'The Vermont Republican', 'Vermont')?.type, 'place', list);
    assert.equal(entAt(a, src, 'the Nebraska Democratic', 'Nebraska')?.type, 'place', list);
    assert.equal(entAt(a, src, 'Several Oregon GOP', 'Oregon')?.type, 'place', list);
  });
  it('keeps a party named in full and a chamber caucus', () => {
    const src = seed('The Idaho Democratic Party met in a barn.', 'Later the Senate Republicans walked out.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(entAt(a, src, 'Idaho Democratic Party', 'Idaho Democratic Party')?.type, 'organization', list);
    assert.equal(entAt(a, src, 'Senate Republicans walked', 'Senate')?.type, 'organization', list);
  });
});

describe('entities, names19: a name before `White House`', () => {
  it('reads `the Marwick White House` as one organisation', () => {
    const src = seed('Tobin Reyes served two years in the Marwick White House before teaching.');
    const a = analyze(src);
    assert.equal(entAt(a, src, 'the Marwick White House', 'Marwick White House')?.type, 'organization', entityList(a));
  });
  it('leaves `the Democratic White House` alone', () => {
    const src = seed('The clash pitted a stubborn Congress against the Democratic White House over tariffs.');
    const a = analyze(src);
    assert.equal(entAt(a, src, 'Democratic White House', 'Democratic White House'), undefined, entityList(a));
  });
});

describe('entities, names19: a person addressed after a greeting', () => {
  it('finds the name after `Hey`, `Dear` and `Hello`, a common word included', () => {
    const src = seed('At the dock a boy yelled, Hey Frank, your boat is loose.', 'Dear Oriel:', 'Hello Tamsin! the guide shouted.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(entAt(a, src, 'Hey Frank,', 'Frank')?.type, 'person', list);
    assert.equal(entAt(a, src, 'Dear Oriel:', 'Oriel')?.type, 'person', list);
    assert.equal(entAt(a, src, 'Hello Tamsin!', 'Tamsin')?.type, 'person', list);
  });
  it('makes no person of a kinship word, a place or an organisation', () => {
    const src = seed('Dear Mom, the weather is fine.', 'Hello Lisbon! the singer called out.', 'Dear Congress: fund the ferries.');
    const a = analyze(src);
    const list = entityList(a);
    assert.notEqual(entAt(a, src, 'Dear Mom,', 'Mom')?.type, 'person', list);
    assert.notEqual(entAt(a, src, 'Hello Lisbon!', 'Lisbon')?.type, 'person', list);
    assert.notEqual(entAt(a, src, 'Dear Congress:', 'Congress')?.type, 'person', list);
  });
});

describe('entities, names19: a name written surname first', () => {
  it('links `Mr. Tao` to `Tao Weiran` and makes him the speaker', () => {
    const src = seed('Trade Minister Tao Weiran opened the port talks.', '"The tariff will fall," Mr. Tao said.');
    const a = analyze(src);
    const e = entAt(a, src, 'Mr. Tao said', 'Tao');
    assert.equal(e?.canonical, 'Tao Weiran', entityList(a));
    const actor = a.actors.find((x) => x.id === a.quotes[0]?.speaker);
    assert.equal(actor?.name, 'Tao Weiran');
  });
  it('does not link when two full names open with the word, or a full name ends in it', () => {
    const one = seed('Lou Weiran met Lou Garner at the port.', 'Mr. Lou left early.');
    const a = analyze(one);
    assert.equal(entAt(a, one, 'Mr. Lou left', 'Lou')?.canonical, 'Lou', entityList(a));
    const two = seed('Trade envoy Han Weiran met the lawyer Rena Han at the port.', 'Ms. Han left early.');
    const b = analyze(two);
    assert.equal(entAt(b, two, 'Ms. Han left', 'Han')?.canonical, 'Rena Han', entityList(b));
  });
});
