// Entities on news (issue 12, third round): the evaluation helpers (CoreNLP silver spans, GUM genre groups)
// and the engine rules of the round. Every snippet was written for this test (not taken from GUM, PolNeAR or
// any article).
import * as assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../src/engine';
import { silverSpans, convertSilver } from '../eval/corenlpSilver';
import { genreGroup } from '../eval/gumGenres';

const HEAD = 'Headline for a news entity test\n20240305\nhttps://example.org/news/entities3\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
export const typeOf = (a: Analysis, text: string): string | undefined => a.entities.find((e) => e.text === text)?.type;
export const entityList = (a: Analysis): string => a.entities.map((e) => `${e.text}:${e.type}`).join(', ');


describe('entity eval: CoreNLP silver spans and GUM genre groups', () => {
  const tok = (s: number, word: string, ner: string, pos = 'NNP') => ({ s, e: s + word.length, word, ner, pos });

  it('joins adjacent tokens of one class, maps the classes and ends a run at a possessive', () => {
    // "Dana Voss 's firm Norvale Bank in Ohio"
    const spans = silverSpans([
      tok(0, 'Dana', 'PERSON'), tok(5, 'Voss', 'PERSON'), tok(9, "'s", 'O', 'POS'), tok(12, 'firm', 'O', 'NN'),
      tok(17, 'Norvale', 'ORGANIZATION'), tok(25, 'Bank', 'ORGANIZATION'), tok(30, 'in', 'O', 'IN'), tok(33, 'Ohio', 'LOCATION'),
    ]);
    assert.deepEqual(spans.map((x) => [x.type, x.start, x.end, !!x.possessive]), [['PERSON', 0, 9, true], ['ORG', 17, 29, false], ['PLACE', 33, 37, false]]);
  });

  it('leaves a title out of a person run, as the scorer gold does', () => {
    const spans = silverSpans([tok(0, 'Ms.', 'PERSON'), tok(4, 'Orla', 'PERSON'), tok(9, 'Venn', 'PERSON'), tok(14, 'left', 'O', 'VBD')]);
    assert.deepEqual(spans.map((x) => [x.type, x.start, x.end]), [['PERSON', 4, 13]]);
  });

  it('maps the raw article offsets onto the seed text', () => {
    const raw = 'A headline\n\nDana Voss spoke in Ohio.\n';
    const xml = ['<root><document><sentences><sentence id="1"><tokens>',
      ...[['Dana', 12, 'PERSON'], ['Voss', 17, 'PERSON'], ['spoke', 22, 'O'], ['in', 28, 'O'], ['Ohio', 31, 'LOCATION']].map(([w, s, n], i) =>
        `<token id="${i + 1}"><word>${w}</word><CharacterOffsetBegin>${s}</CharacterOffsetBegin><CharacterOffsetEnd>${(s as number) + (w as string).length}</CharacterOffsetEnd><POS>NNP</POS><NER>${n}</NER></token>`),
      '</tokens></sentence></sentences></document></root>'].join('');
    const o = convertSilver(raw, xml, '20240101', 'https://example.org/x');
    assert.deepEqual(o.entities.map((e) => [e.type, e.text, o.text.slice(e.start, e.end)]), [['PERSON', 'Dana Voss', 'Dana Voss'], ['PLACE', 'Ohio', 'Ohio']]);
  });

  it('groups GUM genres by closeness to news', () => {
    assert.equal(genreGroup('interview'), 'news-like');
    assert.equal(genreGroup('voyage'), 'news-like');
    assert.equal(genreGroup('fiction'), 'far from news');
    assert.equal(genreGroup('academic'), 'other written');
    assert.equal(genreGroup('unknowngenre'), 'other');
  });
});

describe('entities on news: dates and places', () => {
  it('never reads a month as a town, even where a town has that name', () => {
    const a = analyze(seed('The senator raised the money in March, and again in early May, before flying to Denver.'));
    assert.equal(typeOf(a, 'March'), undefined, entityList(a));
    assert.equal(typeOf(a, 'May'), undefined, entityList(a));
    assert.equal(typeOf(a, 'Denver'), 'place', entityList(a));
  });

  it('keeps a full name whose surname is a month', () => {
    const a = analyze(seed('Prime Minister Orla May spoke first, and Nell March answered in April.'));
    assert.equal(typeOf(a, 'Orla May'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Nell March'), 'person', entityList(a));
    assert.equal(typeOf(a, 'April'), undefined, entityList(a));
  });
});

describe('entities on news: AP-style state abbreviations', () => {
  it('reads `City, Abbr.` as two places, the dot kept with the state', () => {
    const a = analyze(seed('The plant in Bramford, Tex., closed, and the one in Pellow, Ore., and Quince, N.H., stayed open.'));
    assert.equal(typeOf(a, 'Tex.'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Ore.'), 'place', entityList(a));
    assert.equal(typeOf(a, 'N.H.'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Tex'), undefined, entityList(a));
  });

  it('leaves an abbreviation-like word with no comma pattern alone', () => {
    const a = analyze(seed('They went to wash. Pa. was not there, said the clerk.'));
    assert.equal(typeOf(a, 'Pa.'), undefined, entityList(a));
  });
});

describe('entities on news: the institution before a title', () => {
  it('makes the organisation or place that opens a title chain an entity of its own', () => {
    const a = analyze(seed('House Speaker Dora Lindqvist met FBI Director Amos Perrault, and Ohio Gov. Tess Marlow joined them.'));
    assert.equal(typeOf(a, 'House'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Dora Lindqvist'), 'person', entityList(a));
    assert.equal(typeOf(a, 'FBI'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Amos Perrault'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Ohio'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Tess Marlow'), 'person', entityList(a));
  });

  it('leaves a nationality or party adjective before a title alone', () => {
    const a = analyze(seed('Russian President Ivo Garant called Democratic Sen. Lena Morrow.'));
    assert.equal(typeOf(a, 'Russian'), undefined, entityList(a));
    assert.equal(typeOf(a, 'Democratic'), undefined, entityList(a));
    assert.equal(typeOf(a, 'Lena Morrow'), 'person', entityList(a));
  });
});

describe('entities on news: the institution before a title is no speaker', () => {
  it('gives a quote after `said House Speaker X` to the person, not the House', () => {
    const a = analyze(seed('“We will not move the bill this year,” said House Speaker Dora Lindqvist in a statement.'));
    assert.equal(typeOf(a, 'House'), 'organization', entityList(a));
    const q = a.quotes[0];
    assert.ok(q && q.speaker, JSON.stringify(a.quotes));
    assert.equal(a.actors.find((x) => x.id === q.speaker)?.name, 'Dora Lindqvist');
  });
});

describe('entities on news: party words before a name', () => {
  it('keeps `Democrat` / `Republican` before a first name out of the person span', () => {
    const a = analyze(seed('The poll put Democrat Nora Pell ahead of Republican Dana Voss, said the Republican National Committee.'));
    assert.equal(typeOf(a, 'Nora Pell'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Dana Voss'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Democrat Nora Pell'), undefined, entityList(a));
    assert.equal(typeOf(a, 'Republican National Committee'), 'organization', entityList(a));
  });
});

describe('entities on news: a city named like a person', () => {
  it('reads the city before `, <state>` or a noun places modify, and keeps the person who speaks', () => {
    const a = analyze(seed('Crowds gathered in Marion, Ohio, after the Marion shooting.', 'The Marion area was quiet, Marion said.'));
    const types = a.entities.filter((e) => e.text === 'Marion').map((e) => e.type);
    assert.deepEqual(types.slice(0, 3), ['place', 'place', 'place'], entityList(a));
    assert.equal(types[3], 'person', entityList(a));
  });
});

describe('entities on news: institutions named by one word', () => {
  it('reads `the Fed` and `the Treasury` as organisations', () => {
    const a = analyze(seed('The report cleared the way for the Fed to act, and then the Treasury said it agreed.'));
    assert.equal(typeOf(a, 'Fed'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Treasury'), 'organization', entityList(a));
  });
});

describe('entities on news: a known name that starts with a title word', () => {
  it('keeps `Justice Department` whole as an organisation', () => {
    const a = analyze(seed('The file went to the Justice Department, and his Justice Department declined to act.'));
    assert.equal(a.entities.filter((e) => e.text === 'Justice Department' && e.type === 'organization').length, 2, entityList(a));
    assert.equal(typeOf(a, 'Department'), undefined, entityList(a));
  });
});
