// Entity rules for unseen text (issue 12): each names a general pattern and is checked on snippets written for
// this test (not taken from GUM, the gold set or any article).
import * as assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../src/engine';

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

  it('gives a city name to the person when the document names a person so', () => {
    const a = analyze(seed('Dr. Tomas Heidelberg opened the clinic on Monday.', 'Later in the week Heidelberg toured the wards.'));
    assert.equal(typeOf(a, 'Heidelberg'), 'person', entityList(a));
  });

  it('types the planet as a place', () => {
    const a = analyze(seed('The probe sent its first images of Earth back to the control room.'));
    assert.equal(typeOf(a, 'Earth'), 'place', entityList(a));
  });
});

describe('entities: facility and landmark names', () => {
  it('types a name ending in a facility head word as a place, not a person', () => {
    const a = analyze(seed('Guests at Harlan Plaza and the Corbett Hotel were moved after the storm, and the Weller Tunnel closed.'));
    assert.equal(typeOf(a, 'Harlan Plaza'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Corbett Hotel'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Weller Tunnel'), 'place', entityList(a));
  });

  it('types a name starting with Lake, Fort, Mount or Cape as a place', () => {
    const a = analyze(seed('Boats left Lake Winsome for Fort Hadley, and hikers climbed Mount Tolliver near Cape Brennan.'));
    for (const n of ['Lake Winsome', 'Fort Hadley', 'Mount Tolliver', 'Cape Brennan']) assert.equal(typeOf(a, n), 'place', `${n}: ${entityList(a)}`);
  });

  it('keeps a place head with `of` and a name as one place', () => {
    const a = analyze(seed('Ships crossing the Gulf of Mexico were rerouted, officials of the City of Dunmore said.'));
    assert.equal(typeOf(a, 'Gulf of Mexico'), 'place', entityList(a));
    assert.equal(typeOf(a, 'City of Dunmore'), 'place', entityList(a));
  });
});

describe('entities: name boundaries', () => {
  it("splits a known place's possessive from the name it owns", () => {
    const a = analyze(seed("Students at London's Grafton Academy of Music protested on Friday."));
    assert.equal(typeOf(a, 'London'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Grafton Academy of Music'), 'organization', entityList(a));
  });

  it('keeps `in` and a city out of an organisation name, but not a region', () => {
    const a = analyze(seed(
      'The Congress of Potters and Glaziers in Heidelberg ended on Sunday.',
      'The Organization for Security and Cooperation in Europe sent observers.',
    ));
    assert.equal(typeOf(a, 'Congress of Potters and Glaziers'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Heidelberg'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Organization for Security and Cooperation in Europe'), 'organization', entityList(a));
  });

  it('leaves a title after an organisation or place out of the name', () => {
    const a = analyze(seed('The request went to the NATO Commander and to the Ohio Governor, the Attorney General said.'));
    assert.equal(typeOf(a, 'NATO'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Ohio'), 'place', entityList(a));
    assert.ok(!a.entities.some((e) => /Commander|Governor/.test(e.text)), entityList(a));
  });
});

describe('entities: name variants merge into one actor', () => {
  const actorOf = (a: Analysis, text: string) => {
    const e = a.entities.find((x) => x.text === text);
    assert.ok(e, `no entity ${text}: ${entityList(a)}`);
    return a.actors.find((x) => x.id === e.actor)?.name;
  };

  it("merges a full name's stripped possessive with the full name", () => {
    const a = analyze(seed('Mayor Colette Brandis opened the fair on Monday.', 'Colette Brandiss office said the fair would run for a week.'));
    assert.equal(actorOf(a, 'Colette Brandiss'), 'Colette Brandis');
    assert.equal(a.entities.find((x) => x.text === 'Colette Brandiss')?.canonical, 'Colette Brandis');
  });

  it('links a surname to a full name that ends in a generational suffix', () => {
    const a = analyze(seed('Gov. Harold T. Pettibone Jr. signed the bill on Friday.', 'Pettibone said the bill would cut fees.'));
    assert.equal(actorOf(a, 'Pettibone'), actorOf(a, 'Harold T. Pettibone Jr.'));
  });
});

describe('entities: single-word names from their context', () => {
  it('types an institution named by its capitalised head after `the` as an organisation', () => {
    const a = analyze(seed('The bill passed the House on Tuesday, and the Court will hear the appeal in June.'));
    assert.equal(typeOf(a, 'House'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Court'), 'organization', entityList(a));
  });

  it('types an unknown capitalised word cited with a year or et al. as a person', () => {
    const a = analyze(seed('The effect was first reported by Pellworth et al. and later confirmed by Quandry 2011 and by Vellacott (2015).'));
    assert.equal(typeOf(a, 'Pellworth'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Quandry'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Vellacott'), 'person', entityList(a));
  });
});

describe('entities: brand-style names', () => {
  it('types a word with a capital inside as an organisation, but not a Mc/De surname', () => {
    const a = analyze(seed('Volunteers at TallyBook and at the firm GreenLoft met Anne McKellan and Paul DeVries.'));
    assert.equal(typeOf(a, 'TallyBook'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'GreenLoft'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Anne McKellan'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Paul DeVries'), 'person', entityList(a));
  });
});

describe('entities: an unknown name as the subject of a verb', () => {
  it('types an unknown word before a past-tense verb as a person, but not a stripped contraction', () => {
    const a = analyze(seed('The storm had passed when Tembeka returned to the farm.', 'Later that night, Ive waited for the bus.'));
    assert.equal(typeOf(a, 'Tembeka'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Ive'), undefined, entityList(a));
  });
});

describe('entities: two organisations joined by `and`', () => {
  it('splits at `and` after a complete name, but keeps `Health and Human Services` whole', () => {
    const a = analyze(seed(
      'The grant came from the Harwick Foundation and Bright Lantern Trust.',
      'The Department of Health and Human Services reviewed it.',
    ));
    assert.equal(typeOf(a, 'Harwick Foundation'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Bright Lantern Trust'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Department of Health and Human Services'), 'organization', entityList(a));
  });
});
