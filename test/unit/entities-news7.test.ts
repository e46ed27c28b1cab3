// Entities, eleventh round (issue 12): clubs and teams named after a place, saints' and forts' place names. Every
// snippet was written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { clubShape, saintPlace } from '../../src/engine/entities/clubs';
import { tokenize } from '../../src/engine/tokens';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for an eleventh entity test\n20240912\nhttps://example.org/news/entities11\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The type of the mention of `text` that starts at the first occurrence of `context` (plus its offset inside it). */
const typeAt = (a: Analysis, src: string, context: string, text: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(at >= 0 && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start === at && e.end === at + text.length)?.type;
};
/** clubShape over a whole snippet that is one capitalised run (after an optional `the`). */
const shape = (s: string): string | null => {
  const toks = tokenize(s);
  const a = toks[0].lower === 'the' ? 1 : 0;
  return clubShape(toks, a, toks.length);
};

describe('entities, eleventh round: clubs named after a place, saints\' place names', () => {
  it('reads a saint\'s or a mount\'s place name as the place, not a title and a person', () => {
    const toks = tokenize('St. Louis Hawks');
    assert.ok(saintPlace(toks, 0, 3));
    assert.ok(!saintPlace(tokenize('St. Quillon Marne'), 0, 3), 'no known place after the saint word');
    const src = seed('The St. Louis Cardinals beat the visitors again on Sunday, and the crowd in St. Louis stayed late.',
      'He grew up near Mt. Vernon and settled for good in St. Louis at twenty.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'The St. Louis Cardinals beat', 'St. Louis Cardinals'), 'organization', list);
    assert.equal(typeAt(a, src, 'crowd in St. Louis', 'St. Louis'), 'place', list);
    assert.equal(typeAt(a, src, 'near Mt. Vernon', 'Mt. Vernon'), 'place', list);
    assert.ok(!a.entities.some((e) => e.text === 'Louis Cardinals'), list);
  });

  it('makes a place and a plural name noun a club or a company, but not a party, an event or a newspaper', () => {
    assert.equal(shape('the St. Louis Hawks'), 'strong');
    assert.equal(shape('Texas Lanterns'), 'strong');
    assert.equal(shape('Team Verra'), 'strong');
    // A place and a singular word is only a team in a text about a sport.
    assert.equal(shape('Altoona Bramble'), 'weak');
    // Party members, events, newspapers and place words after a place are no club.
    assert.equal(shape('Ohio Democrats'), null);
    assert.equal(shape('Boston Marathons'), null);
    assert.equal(shape('Harlow Register'), null);
    assert.equal(shape('Gulf States'), null);
    assert.equal(shape('Beverly Heights'), null);
    const src = seed('Fans of the Texas Lanterns waited outside the hall, and Team Verra rode at the front of the pack.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'the Texas Lanterns', 'Texas Lanterns'), 'organization', list);
    assert.equal(typeAt(a, src, 'Team Verra rode', 'Team Verra'), 'organization', list);
  });

  it('makes a place and a word of its own a team only in a document about a sport', () => {
    const sport = seed('Dana Pell began the season with the Altoona Bramble, the club\'s affiliate in the league.',
      'In his first innings he scored twice, and the coach kept him in the lineup for the playoff series.',
      'He batted .310 with 14 homer and 60 rbi, and the pitcher who drafted him called the season his best.',
      'Pell later played for the St. Louis Hawks, where his teammates named him their best hitter of the championship.');
    const a = analyze(sport);
    const list = entityList(a);
    assert.equal(typeAt(a, sport, 'the Altoona Bramble', 'Altoona Bramble'), 'organization', list);
    assert.equal(typeAt(a, sport, 'the St. Louis Hawks', 'St. Louis Hawks'), 'organization', list);
    // The same words in a text about something else are not made a team.
    const other = seed('Dana Pell walked past the Altoona Bramble on a quiet morning and wrote about the town.');
    const b = analyze(other);
    assert.notEqual(typeAt(b, other, 'the Altoona Bramble', 'Altoona Bramble'), 'organization', entityList(b));
  });

  it('reads a compass region named alone after `the` as a place, but not a region word before a noun or a speaker', () => {
    const src = seed('The senator easily carried the South and ran strongly in the rural Midwest, but trailed in the Southwest and East.',
      'Trade with the East over the winter grew, while the North kept its mills busy.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'carried the South', 'South'), 'place', list);
    assert.equal(typeAt(a, src, 'rural Midwest', 'Midwest'), 'place', list);
    assert.equal(typeAt(a, src, 'the Southwest and', 'Southwest'), 'place', list);
    assert.equal(typeAt(a, src, 'and East.', 'East'), 'place', list);
    assert.equal(typeAt(a, src, 'the East over', 'East'), 'place', list);
    assert.equal(typeAt(a, src, 'the North kept', 'North'), 'place', list);
    // (In a document that names no region.)
    const other = seed('Her office on the West side stayed open. Later West told the crew the count would take a week.');
    const b = analyze(other);
    assert.notEqual(typeAt(b, other, 'the West side', 'West'), 'place', entityList(b));
    assert.equal(typeAt(b, other, 'West told', 'West'), 'person', entityList(b));
  });

  it('keeps a city named like a person a place in a document that places it, unless it speaks or has a title', () => {
    const src = seed('Volunteers gathered in Marion on Tuesday to plan the clean-up of the lake shore.',
      'Marion now joins a list of towns where the water board will test every well.',
      'The grant will reach schools in Marion before the rains come.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'gathered in Marion', 'Marion'), 'place', list);
    assert.equal(typeAt(a, src, 'Marion now joins', 'Marion'), 'place', list);
    assert.equal(typeAt(a, src, 'schools in Marion', 'Marion'), 'place', list);
    // A person of that name who speaks stays a person.
    const other = seed('Volunteers gathered in Marion on Tuesday.', 'Marion said the lake shore needs more hands, and he will bring his crew.');
    const b = analyze(other);
    assert.equal(typeAt(b, other, 'Marion said', 'Marion'), 'person', entityList(b));
  });
});

describe('entities, eleventh round: nouns for unnamed sources at a sentence start', () => {
  it('`Aides say`, `Lawmakers said`, `Sources told`: no person named Aides; the collective speaks', () => {
    const src = seed(
      'The harbour board unveiled its ferry plan on Monday.',
      'Aides say the ferry plan will cost more than the board admits. Lawmakers said the vote would be close.',
      'Sources told the paper that Dana Pike would resign. Supporters say the pier can wait.',
    );
    const a = analyze(src);
    for (const w of ['Aides', 'Lawmakers', 'Sources', 'Supporters']) {
      assert.equal(typeAt(a, src, `${w} ${w === 'Sources' ? 'told' : w === 'Lawmakers' ? 'said' : 'say'}`, w), undefined, `${w} is no entity`);
    }
    assert.equal(typeAt(a, src, 'that Dana Pike would', 'Dana Pike'), 'person');
    assert.ok(!a.actors.some((x) => x.type === 'person' && /^(?:Aides|Lawmakers|Sources|Supporters)$/.test(x.name)), 'no person actor for a plural noun');
  });
});
