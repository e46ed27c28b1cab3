// Entities on news (issue 12, fifth round): title chains after an organisation, names glued to a sentence adverb,
// organisations named by a common word, persons whose surname is a place word, one type per name in a document.
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { typeOf, entityList } from './entities-news.test';

const HEAD = 'Headline for a fifth entity test\n20240305\nhttps://example.org/news/entities5\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('entities on news: a title chain after an organisation or a place', () => {
  it('splits a committee, its chairman and the chairman\'s name', () => {
    const a = analyze(seed('Regional Planning Committee Chairman Rolf Danner said the vote was close.'));
    assert.equal(typeOf(a, 'Regional Planning Committee'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Rolf Danner'), 'person', entityList(a));
  });

  it('keeps a party word opening an organisation at a sentence start', () => {
    const a = analyze(seed('Republican National Committee Chairman Orin Vale spoke for an hour.'));
    assert.equal(typeOf(a, 'Republican National Committee'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Orin Vale'), 'person', entityList(a));
  });

  it('reads a city before a spelled-out title as the place, and the rest as the person', () => {
    const a = analyze(seed('"We will not wait," said Chicago Alderman Nella Brigham on Monday.'));
    assert.equal(typeOf(a, 'Chicago'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Nella Brigham'), 'person', entityList(a));
    const q = a.quotes[0];
    assert.equal(a.actors.find((x) => x.id === q?.speaker)?.name, 'Nella Brigham');
  });

  it('takes a double title (`Chairman and CEO`) before the name', () => {
    const a = analyze(seed('Fox News Chairman and CEO Dale Ostrand met the candidate twice.'));
    assert.equal(typeOf(a, 'Fox News'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Dale Ostrand'), 'person', entityList(a));
  });

  it('does not split an organisation whose last words are no name', () => {
    const a = analyze(seed('The Senate Armed Services Committee met on Tuesday.'));
    assert.equal(typeOf(a, 'Senate Armed Services Committee'), 'organization', entityList(a));
  });
});

describe('entities on news: a sentence adverb glued to a name', () => {
  it('leaves an -ly adverb at the sentence start out of the name', () => {
    const a = analyze(seed('Certainly Marla Quint had no doubts about the plan. Notably Ivo Brandt stayed away.'));
    assert.equal(typeOf(a, 'Marla Quint'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Ivo Brandt'), 'person', entityList(a));
    assert.ok(!a.entities.some((e) => /Certainly|Notably/.test(e.text)), entityList(a));
  });

  it('keeps a first name or surname that ends in -ly', () => {
    const a = analyze(seed('Kimberly Ashdown left early. Connolly Pratt stayed on.'));
    assert.equal(typeOf(a, 'Kimberly Ashdown'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Connolly Pratt'), 'person', entityList(a));
  });
});

describe('entities on news: organisations named by a short or common word', () => {
  it('reads an acronym in a dateline credit as the agency', () => {
    const a = analyze(seed('BOSTON, Jan. 4 (KWX) — The council met late into the night.'));
    assert.equal(typeOf(a, 'KWX'), 'organization', entityList(a));
  });

  it('reads an unknown acronym before an institution\'s noun as an organisation', () => {
    const a = analyze(seed('The figures come from QRB filings, and TVL emails were released later.'));
    assert.equal(typeOf(a, 'QRB'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'TVL'), 'organization', entityList(a));
  });

  it('reads dotted initials after `the` as an organisation, and not initials after a surname', () => {
    const a = analyze(seed('The Q.R.S. spent a year on the case. Kessling, P.J. signed the letter.'));
    assert.equal(typeOf(a, 'Q.R.S.'), 'organization', entityList(a));
    assert.notEqual(typeOf(a, 'P.J.'), 'organization', entityList(a));
  });

  it('reads a one-word institution that modifies a noun as the organisation', () => {
    const a = analyze(seed('The senator backed a House bill, and the former Treasury secretary said no Fed governor agreed.'));
    assert.equal(typeOf(a, 'House'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Treasury'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Fed'), 'organization', entityList(a));
    const b = analyze(seed('The cattle were fed corn all winter.'));
    assert.equal(b.entities.length, 0, entityList(b));
  });

  it('reads a newspaper named by its head after `the`', () => {
    const a = analyze(seed('The mayor told the Post that he would stay. The Herald disagreed.'));
    assert.equal(typeOf(a, 'Post'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Herald'), 'organization', entityList(a));
    const b = analyze(seed('He walked to the post office.'));
    assert.equal(b.entities.length, 0, entityList(b));
  });

  it('reads `super PAC` and public programmes as organisations', () => {
    const a = analyze(seed('A super PAC spent heavily to defend Social Security and Medicare.'));
    assert.equal(typeOf(a, 'PAC'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Social Security'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Medicare'), 'organization', entityList(a));
  });
});

describe('entities on news: persons whose name is also a place', () => {
  it('reads a titled or acting first name and place-word surname as a person', () => {
    const a = analyze(seed('Former Gov. Tom Ridge spoke first. Later Anna Hill said the plan would fail.'));
    assert.equal(typeOf(a, 'Tom Ridge'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Anna Hill'), 'person', entityList(a));
    const b = analyze(seed('They walked up Beacon Hill in the rain.'));
    assert.notEqual(typeOf(b, 'Beacon Hill'), 'person', entityList(b));
  });

  it('makes a city the person whose surname it is, once the document names that person in full', () => {
    const a = analyze(seed('John Bolton spoke to donors on Monday.', 'Bolton said the deal was bad. He later flew to Bolton, England, and stayed in Bolton.'));
    const types = a.entities.filter((e) => e.text === 'Bolton').map((e) => e.type);
    assert.deepEqual(types, ['person', 'place', 'place'], entityList(a));
  });

  it('leaves a country alone even when a person has it as a surname', () => {
    const a = analyze(seed('Maria Chad arrived late.', 'Chad signed the treaty with its neighbours.'));
    assert.equal(a.entities.filter((e) => e.text === 'Chad')[0]?.type, 'place', entityList(a));
  });
});

describe('entities: an abstract noun ends no person\'s name', () => {
  it('reads no person in capitalised terms ending in -tion, -ment, -ics, -ence', () => {
    const a = analyze(seed('She was Professor of Phonetics at the college. The lamps give off Ultraviolet Radiation and Thermal Turbulence.'));
    assert.ok(!a.entities.some((e) => e.type === 'person'), entityList(a));
  });

  it('keeps persons whose surname only looks like such a word', () => {
    const a = analyze(seed('Dr. Clara Spence met Lawrence Ashment and Sean Hannity on Monday.'));
    assert.equal(typeOf(a, 'Clara Spence'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Sean Hannity'), 'person', entityList(a));
  });
});

describe('entities: a place after a place and a comma', () => {
  it('reads one word between `<place>,` and a punctuation mark as a place, even a first name', () => {
    const a = analyze(seed('She studied at a school in Exeter, Devon. He taught at the University of California, Berkeley.'));
    assert.equal(typeOf(a, 'Devon'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Berkeley'), 'place', entityList(a));
  });

  it('leaves a speaker or an appositive subject after the comma a person', () => {
    const a = analyze(seed('In Boston, Jackson said no. After the vote in Ohio, Marlow, tired and angry, left.'));
    assert.equal(typeOf(a, 'Jackson'), 'person', entityList(a));
    assert.notEqual(typeOf(a, 'Marlow'), 'place', entityList(a));
  });

  it('reads `the Independent` and `the Observer` as newspapers', () => {
    const a = analyze(seed('The Independent reported the story first, and the Observer followed.'));
    assert.equal(typeOf(a, 'Independent'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Observer'), 'organization', entityList(a));
  });
});

describe('entities: kinship nouns and short first names', () => {
  it('reads a name after a kinship noun as a person, even a place name', () => {
    const a = analyze(seed('The senator and her husband Tobin thanked the diners. Their son Jordan moved to Jordan.'));
    assert.equal(typeOf(a, 'Tobin'), 'person', entityList(a));
    const j = a.entities.filter((e) => e.text === 'Jordan').map((e) => e.type);
    assert.deepEqual(j, ['person', 'place'], entityList(a));
  });

  it('knows `Al` and `Bill` as first names, and `bill` as a common noun', () => {
    const a = analyze(seed('The bill passed after Al Brenner and Bill Osgood voted for it.'));
    assert.equal(typeOf(a, 'Al Brenner'), 'person', entityList(a));
    assert.equal(typeOf(a, 'Bill Osgood'), 'person', entityList(a));
    assert.ok(!a.entities.some((e) => e.text === 'bill'), entityList(a));
  });
});

describe('entities: one type per unknown name in a document (sixth round)', () => {
  /** The type of each mention of `w` in `src`, in order (null: no entity there). */
  const types = (src: string, w: string): (string | null)[] => {
    const a = analyze(src);
    const out: (string | null)[] = [];
    const re = new RegExp(`\\b${w}\\b`, 'g');
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const at = m.index;
      const e = a.entities.find((x) => x.start <= at && x.end >= at + w.length);
      out.push(e ? e.type : null);
    }
    return out;
  };

  it('gives every mention of an unknown name the person type one speaking mention confirms', () => {
    const src = seed('Quillam said the ferry would run late.', 'Nobody had asked Quillam about the cost. Later, Quillam left.');
    assert.deepEqual(types(src, 'Quillam'), ['person', 'person', 'person'], entityList(analyze(src)));
  });

  it('gives every mention the place type only when two mentions confirm it', () => {
    const src = seed('We stayed in Tarvessa for a week and hiked near Tarvessa.', 'Tarvessa has a small harbour.');
    assert.deepEqual(types(src, 'Tarvessa'), ['place', 'place', 'place'], entityList(analyze(src)));
    const once = seed('We stayed in Marrowdel for a week.', 'Marrowdel has a small harbour.');
    assert.deepEqual(types(once, 'Marrowdel'), ['place', null], entityList(analyze(once)));
  });

  it('leaves a mention after an article or before a noun it modifies, and pronoun contractions, alone', () => {
    const src = seed('Quillam said the ferry would run late.', 'The Quillam report was long, and Quillam officials left.');
    assert.deepEqual(types(src, 'Quillam'), ['person', null, null], entityList(analyze(src)));
    const ids = seed('Id said no to the plan.', 'Well, Id never heard of it.');
    assert.equal(types(ids, 'Id')[1], null, entityList(analyze(ids)));
  });
});
