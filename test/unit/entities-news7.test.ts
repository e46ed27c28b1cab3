// Entities, eleventh round (issue 12): clubs and teams named after a place, saints' and forts' place names. Every
// snippet was written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { clubShape, saintPlace } from '../../src/engine/entities/clubs';
import { placedAt } from '../../src/engine/entities/placed';
import { partyStateTag } from '../../src/engine/entities/affiliation';
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

describe('entities, twelfth round', () => {
  it('reads both ends of a route as places (`from Jackson to Austin`), but not a hand-over between persons', () => {
    const t = tokenize('The caravan rolled from Jackson to Austin and from Austin to Jackson.');
    const at = (w: string, from: number): number => t.findIndex((x, i) => i >= from && x.t === w);
    assert.equal(placedAt(t, at('Jackson', 0), at('Jackson', 0) + 1), 2);
    assert.equal(placedAt(t, at('Jackson', 6), at('Jackson', 6) + 1), 2, '`from Austin to Jackson`');
    const p = tokenize('The baton passed from Jackson to Quillon, then went in Jackson.');
    assert.equal(placedAt(p, 4, 5), 0, 'the other end is no known place');
    assert.equal(placedAt(p, p.length - 2, p.length - 1), 1, 'after `in`');
    const src = seed('The caravan rolled from Jackson to Austin over two long days.', 'Jackson said the road was longer than the map showed.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'from Jackson to', 'Jackson'), 'place', entityList(a));
    assert.equal(typeAt(a, src, 'Jackson said', 'Jackson'), 'person', entityList(a));
    const hand = seed('The captaincy passed from Jackson to Mel Harrow in the spring.', 'Jackson said he was glad to rest.');
    const b = analyze(hand);
    assert.equal(typeAt(b, hand, 'from Jackson to', 'Jackson'), 'person', entityList(b));
  });

  it('reads a region before a time adverbial as the region (`the rural Midwest last year`), not as a modifier', () => {
    const src = seed('Grain sales in the rural Midwest last year fell by a third, and the Southeast next spring may follow.',
      'The dairy co-op in the far Midwest each season ships less.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'rural Midwest last', 'Midwest'), 'place', entityList(a));
    assert.equal(typeAt(a, src, 'the Southeast next', 'Southeast'), 'place', entityList(a));
    assert.equal(typeAt(a, src, 'far Midwest each', 'Midwest'), 'place', entityList(a));
    const other = seed('Her office on the West side stayed open, and the East last-minute rush began.');
    const b = analyze(other);
    assert.notEqual(typeAt(b, other, 'the West side', 'West'), 'place', entityList(b));
  });

  it('links a club\'s short plural name after `the` to the club the document names in full', () => {
    const src = seed('The Harlow Falcons lost at home on Sunday. The Falcons play twice more before the break, and the coach of the Falcons said little.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Harlow Falcons lost', 'Harlow Falcons'), 'organization', list);
    assert.equal(typeAt(a, src, 'The Falcons play', 'Falcons'), 'organization', list);
    assert.equal(typeAt(a, src, 'of the Falcons said', 'Falcons'), 'organization', list);
    assert.equal(a.entities.filter((e) => e.text === 'Falcons' && e.canonical === 'Harlow Falcons').length, 2, 'the short name links to the full one');
    // Before a role noun the plural is a possessive whose apostrophe was lost (`Sheriffs detective`), not a club alone.
    const poss = seed('The Harlow Marshals deputy arrived first. Later the Marshals deputy wrote the report.');
    const c = analyze(poss);
    assert.ok(!c.entities.some((e) => e.text === 'Marshals'), entityList(c));
    // No club named in full: the plural stays a common noun.
    const other = seed('The Falcons of the river valley nest in April, and the Owls wait.');
    const b = analyze(other);
    assert.ok(!b.entities.some((e) => e.text === 'Falcons' || e.text === 'Owls'), entityList(b));
  });

  it('reads a legislator\'s party-and-state tag as no person: the state alone is a place, a party-glued one nothing', () => {
    assert.equal(partyStateTag(tokenize('Sen. Ada Lorne (D-Conn.) spoke'), 4, 5), 'party');
    assert.equal(partyStateTag(tokenize('Rep. Ada Lorne, R-Texas, spoke'), 4, 5), 'party');
    assert.equal(partyStateTag(tokenize('Sen. Ada Lorne (Ky.) spoke'), 4, 5), 'state');
    assert.equal(partyStateTag(tokenize('Lake County (Ind.) voted'), 3, 4), null, 'a place in a state');
    assert.equal(partyStateTag(tokenize('the ward (D-Quill) voted'), 3, 4), null, 'no state after the party letter');
    const src = seed('"We will vote no," said Sen. Ada Lorne (D-Conn.), who chairs the panel.',
      'Sen. Orrin Vale (Ky.) and Rep. Tam Ruskin, R-Calif., disagreed, and the county of Lake County (Ind.) filed suit.');
    const a = analyze(src);
    const list = entityList(a);
    assert.ok(!a.entities.some((e) => /^(?:D-Conn|R-Calif|Ky)\.?$/.test(e.text) && e.type === 'person'), list);
    assert.equal(typeAt(a, src, '(Ky.)', 'Ky.'), 'place', list);
    assert.equal(typeAt(a, src, 'Sen. Ada Lorne', 'Ada Lorne'), 'person', list);
    const lorne = a.actors.find((x) => x.name === 'Ada Lorne');
    assert.ok(lorne && a.quotes.some((q) => q.speaker === lorne.id), 'the quote keeps its speaker');
  });

  it('reads a chamber before its party caucus as the chamber (`Senate Republicans`, `House Democratic whips`)', () => {
    const src = seed('Senate Republicans stalled the ferry bill again, and the plan went back to House Democratic whips.',
      'Voters asked the Senate Democrats to wait. Ohio Republicans said little.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Senate Republicans stalled', 'Senate'), 'organization', list);
    assert.equal(typeAt(a, src, 'House Democratic whips', 'House'), 'organization', list);
    assert.equal(typeAt(a, src, 'the Senate Democrats', 'Senate'), 'organization', list);
    assert.equal(typeAt(a, src, 'Ohio Republicans', 'Ohio'), 'place', list);
    assert.ok(!a.entities.some((e) => /Republicans|Democrats/.test(e.text) && e.type !== 'group'), list);
  });

  it('reads a city named like a common word as the place where running text places it (`in Reading, England`)', () => {
    const src = seed('A storm flooded the harbour in Reading, England, on Monday, and the port of Nice closed its beach.',
      'Crews from Reading drove south; two bakers opened shops in Queens later that year.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'harbour in Reading', 'Reading'), 'place', list);
    assert.equal(typeAt(a, src, 'port of Nice', 'Nice'), 'place', list);
    assert.equal(typeAt(a, src, 'shops in Queens', 'Queens'), 'place', list);
    // Not a common word capitalised by position or in a title-case name, nor one no preposition places.
    const other = seed('Nice weather held all week. Crews from Reading drove south and found the beach Nice enough.');
    const b = analyze(other);
    assert.ok(!b.entities.some((e) => e.text === 'Nice' || e.text === 'Reading'), entityList(b));
  });

  it('keeps a city placed once as the place when no mention of its name reads as a person\'s', () => {
    const src = seed('The storm that struck in Orlando flooded two schools.', 'Orlando was quiet again by Monday, and the ferry ran.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'struck in Orlando', 'Orlando'), 'place', entityList(a));
    assert.equal(typeAt(a, src, 'Orlando was quiet', 'Orlando'), 'place', entityList(a));
  });
});
