// Entities, seventeenth round (issue 12): a firm's short name after its full name. Every snippet was written for this
// test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { entityList } from './entities-news.test';
import { firmShortName } from '../../src/engine/entities/firmShort';
import { tokenize } from '../../src/engine/tokens';

const HEAD = 'Headline for a seventeenth entity test\n20241201\nhttps://example.org/news/entities17\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const typesOf = (src: string, word: string): string[] => {
  const a = analyze(src);
  return a.entities.filter((e) => src.slice(e.start, e.end) === word).map((e) => e.type);
};

describe('entities, seventeenth round: a firm named in full, then by its first word', () => {
  it('reads the bare first word as the organisation (`Quillmore Partners` … `Quillmore earned`)', () => {
    const src = seed('Trainees at the advisory house Quillmore Partners sat through a long lecture on Monday.',
      'Most of them stay on at Quillmore, which counsels large groups on takeovers.',
      'For that work Quillmore earned close to $90 million in fees last spring.',
      'Rivals such as Quillmore keep growing.');
    const types = typesOf(src, 'Quillmore');
    assert.ok(types.length >= 3, entityList(analyze(src)));
    assert.ok(types.every((t) => t === 'organization'), types.join(','));
  });

  it('keeps a person of that surname named in full (`Ann Quillmore` … `Quillmore said`)', () => {
    const src = seed('Ann Quillmore, who founded Quillmore Capital, spoke to staff on Friday.',
      'Quillmore said the fund would stay small.');
    const a = analyze(src);
    const at = src.indexOf('Quillmore said');
    assert.equal(a.entities.find((e) => e.start === at)?.type, 'person', entityList(a));
  });

  it('takes no short name from a place, a first name or a common word before the suffix', () => {
    const short = (s: string): string | null => { const t = tokenize(s); return firmShortName(t, 0, t.length); };
    assert.equal(short('Vessant Capital Group'), 'vessant');
    assert.equal(short('Dane Ostrow Capital Management'), null); // `Dane` a first name
    assert.equal(short('Orlev Tarsk Holdings'), 'orlev tarsk');
    assert.equal(short('Boston Partners'), null);
    assert.equal(short('Silver Partners'), null);
    assert.equal(short('Quillmore'), null);
    assert.equal(short('QTV Holdings'), null);
  });
});

describe('entities, seventeenth round: a town written with its state or country', () => {
  it('reads `Tarrow, Ga.` as a place, and the bare `Tarrow` after it too', () => {
    const src = seed('Newcomers find a home in Tarrow, Ga., after long journeys.',
      'Once the new rules passed, Tarrow emerged as a favourite stop for families.');
    const types = typesOf(src, 'Tarrow');
    assert.deepEqual(types, ['place', 'place'], entityList(analyze(src)));
  });

  it('reads a town before a state or a country written in full (`Marsh Hollow, Ohio,`, `Vellin, Kenya.`)', () => {
    const src = seed('Crews reached Marsh Hollow, Ohio, by noon.', 'The clinic opened near Vellin, Kenya.');
    assert.deepEqual(typesOf(src, 'Marsh Hollow'), ['place']);
    assert.deepEqual(typesOf(src, 'Vellin'), ['place']);
  });

  it('keeps a person named in full or with a title before a state (`Ann Corby, Ohio,`, `Sen. Tom Vell, Fla.`)', () => {
    const src = seed('Ann Corby, Ohio, spoke first.', 'Then Sen. Tom Vell, Fla., spoke.');
    assert.deepEqual(typesOf(src, 'Ann Corby'), ['person']);
    assert.deepEqual(typesOf(src, 'Tom Vell'), ['person']);
  });
});
