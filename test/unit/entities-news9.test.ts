// Entities, fifteenth round (issue 12): employers after a role noun, `Administrator` as a title. Every snippet was
// written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for a fifteenth entity test\n20241201\nhttps://example.org/news/entities15\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The type of the mention of `text` that starts at the first occurrence of `context` (plus its offset inside it). */
const typeAt = (a: Analysis, src: string, context: string, text: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(at >= 0 && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start === at && e.end === at + text.length)?.type;
};

describe('entities, fifteenth round: an employer after a role noun', () => {
  it('reads the name after `<role> at` / `<role> with` as an organisation, whatever its words', () => {
    const src = seed('"The ferry will not pay," said Dana Kerrow, an analyst at Vellumbrook, on Tuesday.',
      'Piet Alvar, chief economist at Morgan Halloway, said the harbour fees would rise.',
      'Ona Brisk, the news editor at Silver Lanterns, lives in Spain; Ivo Tarn, an attorney with Quillmere, agreed.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'at Vellumbrook', 'Vellumbrook'), 'organization', list);
    assert.equal(typeAt(a, src, 'at Morgan Halloway', 'Morgan Halloway'), 'organization', list);
    assert.equal(typeAt(a, src, 'at Silver Lanterns', 'Silver Lanterns'), 'organization', list);
    assert.equal(typeAt(a, src, 'with Quillmere', 'Quillmere'), 'organization', list);
    assert.equal(typeAt(a, src, 'Dana Kerrow', 'Dana Kerrow'), 'person', list);
    // The speaker is still the person, not the employer.
    assert.equal(a.quotes.length, 1);
  });

  it('reads an untyped name after `<role> of` as an organisation, but not a field, a language or a person', () => {
    const src = seed('Tim Ardo, the chief executive of Zentavo, spoke first.',
      'Lea Moss, a professor of Linguistics, and Rui Pell, professor of English, spoke next.',
      'Mark Ode, a spokesman for Hillary Clinton, and the director of Communications declined to comment.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'of Zentavo', 'Zentavo'), 'organization', list);
    assert.equal(typeAt(a, src, 'of Linguistics', 'Linguistics'), undefined, list);
    assert.equal(typeAt(a, src, 'of English', 'English'), undefined, list);
    assert.equal(typeAt(a, src, 'of Communications', 'Communications'), undefined, list);
    assert.equal(typeAt(a, src, 'for Hillary Clinton', 'Hillary Clinton'), 'person', list);
  });

  it('keeps a known place after `at` and a name that modifies a noun', () => {
    const src = seed('Ann Lee, a reporter at the White House, and Ben Ruiz, the head of the Pell family, met.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'the White House', 'White House'), 'place', list);
    assert.notEqual(typeAt(a, src, 'the Pell family', 'Pell'), 'organization', list);
  });
});

describe('entities, fifteenth round: `Administrator` as a title', () => {
  it('reads `<agency> Administrator X` as the agency and a person, and the agency before the title alone', () => {
    const src = seed('The council met EPA Administrator Dana Voss on Monday.',
      'Our FEMA Administrator, Ivo Tarn, thanked the crews.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'EPA Administrator', 'EPA'), 'organization', list);
    assert.equal(typeAt(a, src, 'Dana Voss on', 'Dana Voss'), 'person', list);
    assert.equal(typeAt(a, src, 'Our FEMA', 'FEMA'), 'organization', list);
    assert.equal(typeAt(a, src, 'Ivo Tarn', 'Ivo Tarn'), 'person', list);
  });
});

describe('entities, fifteenth round: former states and other countries are places', () => {
  it('reads `the Soviet Union`, `Yugoslavia` and `East Germany` as places, not organisations', () => {
    const src = seed('After the Soviet Union fell, the harbour board bought ferries built in East Germany and Yugoslavia.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Soviet Union', 'Soviet Union'), 'place', list);
    assert.equal(typeAt(a, src, 'East Germany', 'East Germany'), 'place', list);
    assert.equal(typeAt(a, src, 'Yugoslavia', 'Yugoslavia'), 'place', list);
  });

  it('reads long country names, the Vatican and regions in the news as places', () => {
    const src = seed('Aid reached the Democratic Republic of the Congo and North Kivu, and the harbour board flew to the Vatican.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Democratic Republic of the Congo', 'Democratic Republic of the Congo'), 'place', list);
    assert.equal(typeAt(a, src, 'North Kivu', 'North Kivu'), 'place', list);
    assert.equal(typeAt(a, src, 'the Vatican', 'Vatican'), 'place', list);
  });
});

describe('entities, fifteenth round: first names that are common words', () => {
  it('reads `Holly X`, `Frank X`, `Dawn X` before a surname as persons, also opening a sentence', () => {
    const src = seed('The ferry plan was drawn up by Ivo Tarn and Holly Verrant last spring.',
      'Frank Odelby wrote the report, and the board later hired Dawn J. Marrick.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Holly Verrant', 'Holly Verrant'), 'person', list);
    assert.equal(typeAt(a, src, 'Frank Odelby', 'Frank Odelby'), 'person', list);
    assert.equal(typeAt(a, src, 'Dawn J. Marrick', 'Dawn J. Marrick'), 'person', list);
  });

  it('leaves a common word before a common word, a plural noun, a head or an adjective alone', () => {
    const src = seed('The board met in the Rose Garden, cheered the Rice Owls and the Red Sox, and watched the Jade Helm team.');
    const a = analyze(src);
    const list = entityList(a);
    assert.notEqual(typeAt(a, src, 'Rose Garden', 'Rose Garden'), 'person', list);
    assert.notEqual(typeAt(a, src, 'Rice Owls', 'Rice Owls'), 'person', list);
    assert.notEqual(typeAt(a, src, 'Red Sox', 'Red Sox'), 'person', list);
    assert.notEqual(typeAt(a, src, 'Jade Helm', 'Jade Helm'), 'person', list);
  });

  it('reads no person in an event named with such a word (`the Dawn Summit`, `the Holly Forum`)', () => {
    const src = seed('Delegates met at the Dawn Summit in Harlow, and Frank Odelby spoke at the Holly Forum.',
      'Harbour crews marched at the Sunrise Festival.');
    const a = analyze(src);
    const list = entityList(a);
    assert.notEqual(typeAt(a, src, 'Dawn Summit', 'Dawn Summit'), 'person', list);
    assert.notEqual(typeAt(a, src, 'Holly Forum', 'Holly Forum'), 'person', list);
    assert.equal(typeAt(a, src, 'Frank Odelby', 'Frank Odelby'), 'person', list);
  });
});

describe('entities, fifteenth round: embassies and consulates', () => {
  it('reads `the <demonym or country> Embassy` and `Consulate` as organisations, also opening a sentence', () => {
    const src = seed('The Norvish Embassy said on Monday that the ferry crew was safe.',
      'A spokesman for the Cuban Consulate in Harlow declined to comment, and the U.S. Embassy was closed.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Norvish Embassy', 'Norvish Embassy'), 'organization', list);
    assert.equal(typeAt(a, src, 'Cuban Consulate', 'Cuban Consulate'), 'organization', list);
    assert.equal(typeAt(a, src, 'U.S. Embassy', 'U.S. Embassy'), 'organization', list);
  });
});

describe('entities, fifteenth round: contractions are no names', () => {
  it('reads no person in `They\'re`, `Don\'t`, `We’re` opening a sentence or a quote', () => {
    const src = seed('"They\'re not selling the ferry," Dana Voss said. "Don\'t ask me why."',
      'We’re told the board met, and Won\'t Stop Ferries, a firm, filed the papers.');
    const a = analyze(src);
    const list = entityList(a);
    for (const w of ['They\'re', 'Don\'t', 'We’re']) assert.equal(typeAt(a, src, w, w), undefined, `${w}: ${list}`);
    assert.equal(typeAt(a, src, 'Dana Voss', 'Dana Voss'), 'person', list);
  });
});

describe('entities, fifteenth round: stripped possessives of short acronyms and names in s', () => {
  it('links `UKs`, `HPs` and `Texass` to the place or organisation they own for', () => {
    const src = seed('The ferry deal strained the UKs ports, lifted HPs shares and raised Texass tolls.', 'HP said the ports were busy. Two MPs left.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'UKs', 'UKs'), 'place', list);
    assert.equal(typeAt(a, src, 'Texass', 'Texass'), 'place', list);
    assert.equal(typeAt(a, src, 'HPs', 'HPs'), 'organization', list);
    assert.equal(typeAt(a, src, 'Two MPs', 'MPs'), undefined, list);
  });
});
