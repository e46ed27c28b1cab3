// Entities, thirteenth round (issue 12): surnames that are common words, chamber leaders' titles. Every snippet was
// written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { surnameShaped } from '../../src/engine/entities/classify';
import { tokenize } from '../../src/engine/tokens';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for a thirteenth entity test\n20240913\nhttps://example.org/news/entities13\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The type of the mention of `text` that starts at the first occurrence of `context` (plus its offset inside it). */
const typeAt = (a: Analysis, src: string, context: string, text: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(at >= 0 && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start === at && e.end === at + text.length)?.type;
};

describe('entities, thirteenth round: surnames that are common words', () => {
  it('reads a capitalised common word alone as the surname of a person the document names in full', () => {
    const src = seed('The harbour board hired Tom Gates and Vera Rice to run the ferry service last spring.',
      'Gates also told the board that the boats were old, and the pilots met with Rice twice.',
      'Gates was late on Friday, and Gates\'s deputy took the chair while the board waited for Rice and the pilots.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Gates also told', 'Gates'), 'person', list);
    assert.equal(typeAt(a, src, 'met with Rice twice', 'Rice'), 'person', list);
    assert.equal(typeAt(a, src, 'Gates was late', 'Gates'), 'person', list);
    assert.equal(typeAt(a, src, 'Gates\'s deputy', 'Gates'), 'person', list);
    assert.equal(typeAt(a, src, 'for Rice and', 'Rice'), 'person', list);
  });

  it('leaves the word alone without a full name, after an article, before a noun or opening a sentence before a preposition', () => {
    const src = seed('The crowd at the gates grew, and the Rice harvest was late this year.',
      'Staff for the harbour board said little, and the pilots met with Rice twice.');
    const a = analyze(src);
    assert.ok(!a.entities.some((e) => e.text === 'Rice' || e.text === 'Staff'), entityList(a));
    const named = seed('The board hired Ann Staff and Lee Rice in May.', 'Staff for the harbour board said little, and the Rice farm was sold.');
    const b = analyze(named);
    assert.notEqual(typeAt(b, named, 'Staff for the', 'Staff'), 'person', entityList(b));
    assert.notEqual(typeAt(b, named, 'the Rice farm', 'Rice'), 'person', entityList(b));
  });

  it('takes no party word, no word after a comma and no word next to a speech cue for a surname', () => {
    const t = tokenize('an undecided Republican voter met Gates, and then Rice said that Stone, Hill agreed');
    const at = (w: string): number => t.findIndex((x) => x.t === w);
    assert.ok(!surnameShaped(t, at('Republican')), 'a party word');
    assert.ok(surnameShaped(t, at('Gates')));
    assert.ok(!surnameShaped(t, at('Rice')), 'before a speech cue: the clause finders read it');
    assert.ok(!surnameShaped(t, at('Hill')), 'a capitalised word next to it');
  });
});

describe('entities, thirteenth round: chamber leaders\' titles', () => {
  it('reads `House Minority Leader X` and `Senate Majority Whip X` as the chamber and a person', () => {
    const src = seed('The bill was backed by House Minority Leader Nora Pellet on Monday.',
      'Senate Majority Whip Dan Okoro said the vote would wait, and House Majority Leader Ida Wren agreed.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'House Minority Leader Nora', 'House'), 'organization', list);
    assert.equal(typeAt(a, src, 'Leader Nora Pellet on', 'Nora Pellet'), 'person', list);
    assert.equal(typeAt(a, src, 'Senate Majority Whip', 'Senate'), 'organization', list);
    assert.equal(typeAt(a, src, 'Whip Dan Okoro', 'Dan Okoro'), 'person', list);
    assert.equal(typeAt(a, src, 'House Majority Leader Ida', 'House'), 'organization', list);
    assert.equal(typeAt(a, src, 'Leader Ida Wren', 'Ida Wren'), 'person', list);
  });

  it('ends a titled person before `of` and a place, even after a chamber (`Senate Minority Whip Ann Lee of Ohio`)', () => {
    const src = seed('Democrats including Senate Minority Whip Dana Corro of Vermont asked for an inquiry.',
      'She studied at Richard Stockton College of New Jersey before law school.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Whip Dana Corro of', 'Dana Corro'), 'person', list);
    assert.equal(typeAt(a, src, 'of Vermont asked', 'Vermont'), 'place', list);
    assert.equal(typeAt(a, src, 'at Richard Stockton College of New Jersey', 'Richard Stockton College of New Jersey'), 'organization', list);
  });
});

describe('entities, thirteenth round: a nationality the gazetteer lists as a group opens a title chain', () => {
  it('reads `British Prime Minister X` as a titled person', () => {
    const src = seed('A note from former British Prime Minister Dora Vantley arrived on Friday.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'Minister Dora Vantley', 'Dora Vantley'), 'person', entityList(a));
  });
});

describe('entities, thirteenth round: an office\'s domain after `of` in a title', () => {
  it('reads `Chief of Staff X Y` and `Director of National Intelligence X Y` as titled persons', () => {
    const src = seed('Aides included Deputy Chief of Staff Hadia Murrow and others.',
      'The panel heard from Director of National Intelligence Colm Baskin on Tuesday.',
      'Warde served as President of the Phonetic Society of Ireland in 1990.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Staff Hadia Murrow', 'Hadia Murrow'), 'person', list);
    assert.equal(typeAt(a, src, 'Intelligence Colm Baskin', 'Colm Baskin'), 'person', list);
    assert.ok(!a.entities.some((e) => e.text.startsWith('Staff') || e.text.startsWith('Intelligence')), list);
    // An organisation after `of` stays the organisation (its head ends no domain).
    assert.equal(typeAt(a, src, 'the Phonetic Society of Ireland', 'Phonetic Society of Ireland'), 'organization', list);
  });
});

describe('entities, thirteenth round: armed services and a caucus leader', () => {
  it('reads `a Navy veteran`, `the Air Force` and `House Democratic Leader X`', () => {
    const src = seed('Tamsin Rood, a Navy veteran, now works for the Air Force in a civilian post.',
      'Iran held two Navy patrol boats, and a retired Army medic spoke to the daughter of House Democratic Leader Mara Quill.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'a Navy veteran', 'Navy'), 'organization', list);
    assert.equal(typeAt(a, src, 'the Air Force in', 'Air Force'), 'organization', list);
    assert.equal(typeAt(a, src, 'two Navy patrol', 'Navy'), 'organization', list);
    assert.equal(typeAt(a, src, 'retired Army medic', 'Army'), 'organization', list);
    assert.equal(typeAt(a, src, 'Leader Mara Quill', 'Mara Quill'), 'person', list);
  });
});

describe('entities, thirteenth round: a name of common words after a title', () => {
  it('reads `his spokeswoman, Hope Quill` as a person, not `senior Special Operations officers`', () => {
    const src = seed('The staff included his campaign chief and his spokeswoman, Hope Quill.',
      'Senior Special Operations officers met on Friday.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'spokeswoman, Hope Quill', 'Hope Quill'), 'person', list);
    assert.notEqual(typeAt(a, src, 'Senior Special Operations', 'Special Operations'), 'person', list);
  });
});

describe('entities, thirteenth round: a party word before a chamber', () => {
  it('reads `a Democratic Senate` and `the Republican-controlled Congress` as the chamber alone', () => {
    const src = seed('A Democratic Senate would stall the ferry bill, and the Republican-controlled Congress agreed.',
      'Members of the Republican Congress met the Republican National Committee on Friday.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Democratic Senate would', 'Senate'), 'organization', list);
    assert.equal(typeAt(a, src, 'Republican-controlled Congress agreed', 'Congress'), 'organization', list);
    assert.equal(typeAt(a, src, 'Republican Congress met', 'Congress'), 'organization', list);
    assert.equal(typeAt(a, src, 'the Republican National Committee', 'Republican National Committee'), 'organization', list);
  });
});

describe('entities, fourteenth round: a surname after a hyphenated particle', () => {
  it('reads the word after `al-` or `el-` alone as the person the document names in full', () => {
    const src = seed('The envoy met Karim al-Haddad and Samir el-Fayoumi in the port city on Monday.',
      'Critics of Haddad left the hall early, and the talks with Fayoumi went on into the night.',
      'The envoy said later that Haddad and the ministers had agreed to meet again in the spring.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Critics of Haddad', 'Haddad'), 'person', list);
    assert.equal(typeAt(a, src, 'talks with Fayoumi', 'Fayoumi'), 'person', list);
    assert.equal(typeAt(a, src, 'that Haddad and', 'Haddad'), 'person', list);
  });

  it('leaves the word alone when no full name with the particle is in the document', () => {
    const src = seed('Critics of Haddad left the hall early, and the talks went on into the night.');
    const a = analyze(src);
    assert.notEqual(typeAt(a, src, 'Critics of Haddad', 'Haddad'), 'person', entityList(a));
  });
});
