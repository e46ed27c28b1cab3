// Entity rules read from the words around a name (issue 12, entities on unseen text): citation lists and acronyms.
// Every snippet was written for this test (not taken from GUM, the gold set or any article).
import * as assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../src/engine';

const HEAD = 'Headline for an entity test\n20240305\nhttps://example.org/news/entities\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const typeOf = (a: Analysis, text: string): string | undefined => a.entities.find((e) => e.text === text)?.type;
const entityList = (a: Analysis): string => a.entities.map((e) => `${e.text}:${e.type}`).join(', ');

describe('entities: authors of in-text citations', () => {
  it('makes every name of a parenthesised author list a person, common-word surnames included', () => {
    const a = analyze(seed('Earlier work agrees (Quorvath, Lindell, Marks, & Pettigrew, 2016; Baker, 2019).'));
    for (const n of ['Quorvath', 'Lindell', 'Marks', 'Pettigrew', 'Baker']) assert.equal(typeOf(a, n), 'person', `${n}: ${entityList(a)}`);
  });

  it('reads `X and Y (year)`, `X et al.` and a possessive before the year', () => {
    const a = analyze(seed('As Vellmore and Castagnet (2004) showed, and as Odrizzi et al. later confirmed, Tamsworth’s (1971) model holds.'));
    for (const n of ['Vellmore', 'Castagnet', 'Odrizzi', 'Tamsworth']) assert.equal(typeOf(a, n), 'person', `${n}: ${entityList(a)}`);
  });

  it('makes a cited city name a person, and keeps a full name whole', () => {
    const a = analyze(seed('The method follows Zwolle (1998) and Robert Dahl (1971).'));
    assert.equal(typeOf(a, 'Zwolle'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Robert Dahl'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Dahl'), undefined, entityList(a));
  });

  it('leaves months, places and words before a year alone', () => {
    const a = analyze(seed('In March 2011 the team flew to Paris, London and Berlin, 2016 being the year after.'));
    assert.equal(typeOf(a, 'March'), undefined, entityList(a));
    assert.equal(typeOf(a, 'Paris'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Berlin'), 'place', entityList(a));
  });
});

describe('entities: acronyms', () => {
  it('takes an acronym defined by a term for no name, nor its later bare uses', () => {
    const a = analyze(seed('We measured the peak vertical load (PVL) of each trial; the PVL rose with speed.'));
    assert.equal(typeOf(a, 'PVL'), undefined, entityList(a));
  });

  it('takes an acronym defined by an organisation for that organisation', () => {
    const a = analyze(seed('The Harbin Rowing Association (HRA) met in June.', 'Later the HRA announced a new season.'));
    assert.equal(typeOf(a, 'HRA'), 'organization', entityList(a));
  });

  it('keeps an unknown acronym that acts as an organisation, drops one that only modifies a noun', () => {
    const a = analyze(seed('Fans of the QXT series waited. QXT announced a sequel.', 'The files were stored on a ZRV drive.'));
    assert.equal(typeOf(a, 'QXT'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'ZRV'), undefined, entityList(a));
  });
});

describe('entities: buildings and place words', () => {
  it('types a building named by its head as a place, unless it acts or is a centre for a cause', () => {
    const a = analyze(seed(
      'The concert moved from the Harwell Stadium to the Dunmore Museum of Art and the Kestrel Center.',
      'The Oakvale Hospital announced new hours. The Brandt Center for Policy Studies published a report.',
    ));
    assert.equal(typeOf(a, 'Harwell Stadium'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Dunmore Museum of Art'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Kestrel Center'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Oakvale Hospital'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Brandt Center for Policy Studies'), 'organization', entityList(a));
  });

  it('reads generic place words of other languages at either end of a name', () => {
    const a = analyze(seed('We drove from Anse Marcelin to Grande Terre, past the Pointe des Vergers, and walked across Plac Zieleni.'));
    for (const n of ['Anse Marcelin', 'Grande Terre', 'Pointe des Vergers', 'Plac Zieleni']) assert.equal(typeOf(a, n), 'place', `${n}: ${entityList(a)}`);
  });

  it('types an assembly or a court circuit as an organisation, not a person', () => {
    const a = analyze(seed('Delegates to the Northern Convention appealed to the Ninth Circuit.'));
    assert.equal(typeOf(a, 'Northern Convention'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Ninth Circuit'), 'organization', entityList(a));
  });
});

describe('entities: names in a headline', () => {
  it('reads a known first name on over initials and unknown capitalised words, not over common words', () => {
    const names = (head: string) => analyze(`${head}\n20240305\nhttps://example.org/a\nA line of text.\n`).entities.map((e) => `${e.text}:${e.type}`);
    assert.deepEqual(names('Margaret T. Quellwood'), ['Margaret T. Quellwood:person']);
    assert.deepEqual(names('Thomas Brannigar Joins the Board'), ['Thomas Brannigar:person']);
  });
});
