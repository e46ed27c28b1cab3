// Entity rules for unseen text (issue 12): each names a general pattern and is checked on snippets written for
// this test (not taken from GUM, the gold set or any article).
import * as assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../src/analysis';

const HEAD = 'Headline for an entity test\n20240305\nhttps://example.org/news/entities\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

function typeOf(a: Analysis, text: string): string | undefined {
  return a.entities.find((e) => e.text === text)?.type;
}
function entityList(a: Analysis): string {
  return a.entities.map((e) => `${e.text}:${e.type}`).join(', ');
}

describe('entities: GeoNames city gazetteer', () => {
  it('types a city unknown to the hand lists as a place, even sentence-initially', () => {
    const a = analyze(seed(
      'The ferry from Ziguinchor arrived late, and the crew went on to Heidelberg by train.',
      'Schenectady has a new library, the council announced.',
    ));
    assert.equal(typeOf(a, 'Ziguinchor'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Heidelberg'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Schenectady'), 'place', entityList(a));
  });

  it('takes a city named like a person for a place only after a place preposition', () => {
    const a = analyze(seed(
      'The plant in Marion will close in May.',
      'Marion Keller, a welder, said the closure was expected.',
    ));
    assert.equal(typeOf(a, 'Marion'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Marion Keller'), 'person', entityList(a));
  });

  it('does not take a word before a speech verb for a city', () => {
    const a = analyze(seed('Officials met Ms. Odessa Brandt on Monday. Brandt said the talks went well.'));
    assert.notEqual(typeOf(a, 'Brandt'), 'place', entityList(a));
  });

  it('types the planet as a place', () => {
    const a = analyze(seed('The probe sent its first images of Earth back to the control room.'));
    assert.equal(typeOf(a, 'Earth'), 'place', entityList(a));
  });
});
