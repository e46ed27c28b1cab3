// Entities, tenth round (issue 12): place names that name sports teams. Every snippet was written for this test (not
// taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { hoverCard } from '../../src/editor/hover';
import { sportCount, sportsDocument } from '../../src/engine/entities/teams';
import { tokenize } from '../../src/engine/tokens';
import { entityList, typeOf } from './entities-news.test';

const HEAD = 'Headline for a tenth entity test\n20240905\nhttps://example.org/news/entities10\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The type of the mention of `text` that starts at the first occurrence of `context` (plus its offset inside it). */
const typeAt = (a: Analysis, src: string, context: string, text: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(at >= 0 && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start === at && e.end === at + text.length)?.type;
};

const MATCH = [
  'Group D: Norway 2 – 1 Peru',
  'In the opening match of the group, Norway faced Peru at the Harbour Arena in Bergen. Norway had more possession ' +
    'in the first half, and its striker hit the post in the 12th minute.',
  'Peru equalised on the hour with a header from a corner, but in stoppage time the referee awarded ' +
    "Norway a penalty. Norway's captain scored it, and the match ended with Norway taking three points.",
  'Peru coach Ana Villar said the team had defended well. Fans had travelled from Peru and from Chile to watch the ' +
    'game, the first the league season has seen in Bergen.',
];

describe('entities, tenth round: place names that name sports teams', () => {
  it('counts a document as about a sport from its sport words and scores, and news about politics not', () => {
    const count = (s: string): [number, number] => sportCount(tokenize(s));
    const [cues, words] = MATCH.map(count).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
    assert.ok(sportsDocument(cues, words), `${cues} / ${words}`);
    assert.deepEqual(count('It ended 3 – 1 after a late goal.'), [2, 6]);
    const politics = 'Norway said on Monday it would send more aid to Peru, and the minister said talks would go on ' +
      'through the season of budget hearings in the capital before the league of parties meets.';
    const [pc, pw] = count(politics);
    assert.ok(!sportsDocument(pc, pw), `${pc} / ${pw}`);
  });

  it('types a country that plays as an organisation, and the place where it plays as a place', () => {
    const src = seed(...MATCH);
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Norway faced Peru', 'Norway'), 'organization', list);
    assert.equal(typeAt(a, src, 'Norway faced Peru', 'Peru'), 'organization', list);
    assert.equal(typeAt(a, src, 'Norway 2 – 1 Peru', 'Norway'), 'organization', list);
    assert.equal(typeAt(a, src, 'awarded Norway', 'Norway'), 'organization', list);
    assert.equal(typeAt(a, src, "Norway's captain", 'Norway'), 'organization', list);
    assert.equal(typeAt(a, src, 'Peru coach', 'Peru'), 'organization', list);
    assert.equal(typeAt(a, src, 'with Norway taking', 'Norway'), 'organization', list);
    // Where the match is played and where fans come from stay places.
    assert.equal(typeAt(a, src, 'Arena in Bergen', 'Bergen'), 'place', list);
    assert.equal(typeAt(a, src, 'from Peru and', 'Peru'), 'place', list);
    assert.equal(typeAt(a, src, 'from Chile', 'Chile'), 'place', list);
  });

  it('types a team lost to, and a list of winners in a headline, as organisations', () => {
    const src = seed('Ghana, Japan, Mexico win their openers',
      'On the second day of the tournament Ghana defeated Wales 2 – 0, Japan beat Chile, and Canada lost 1 – 3 to ' +
        'Mexico after a late goal. Both goals for Mexico came from set pieces, and the coach praised the squad.',
      'The next round of matches is played in Toronto, where the league season opens in the same stadium.');
    const a = analyze(src);
    const list = entityList(a);
    for (const name of ['Ghana', 'Japan', 'Mexico']) assert.equal(typeAt(a, src, 'Ghana, Japan, Mexico win', name), 'organization', list);
    assert.equal(typeAt(a, src, 'lost 1 – 3 to Mexico', 'Mexico'), 'organization', list);
    assert.equal(typeAt(a, src, 'goals for Mexico', 'Mexico'), 'organization', list);
    assert.equal(typeAt(a, src, 'Ghana defeated Wales', 'Wales'), 'organization', list);
    assert.equal(typeAt(a, src, 'played in Toronto', 'Toronto'), 'place', list);
  });

  it('keeps a city and its state a place in a sports text, and a city team an organisation', () => {
    const src = seed('Lena Haas, born in Tulsa, Oklahoma, was drafted in the second round and spent her first season ' +
        'with Memphis, batting .301 with 14 home runs and 52 runs scored in the league.',
      'She debuted for Denver the next season. Her coach called her the best hitter on the roster, and she played ' +
        'every inning of the championship series that year.',
      'Each season she trains in Texas before the playoffs, where the club plays its home games in a new stadium.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Tulsa, Oklahoma', 'Tulsa'), 'place', list);
    assert.equal(typeAt(a, src, 'Tulsa, Oklahoma', 'Oklahoma'), 'place', list);
    assert.equal(typeAt(a, src, 'with Memphis', 'Memphis'), 'organization', list);
    assert.equal(typeAt(a, src, 'for Denver', 'Denver'), 'organization', list);
    assert.equal(typeAt(a, src, 'in Texas', 'Texas'), 'place', list);
  });

  it('leaves a country that acts in politics a place, as GUM types it outside sport', () => {
    const src = seed('Norway said on Monday it would send more aid to Peru. Peru welcomed the offer, and Norway signed ' +
      "the agreement in Lima. Norway's foreign minister will visit next month.");
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Peru welcomed', 'Peru'), 'place', list);
    assert.equal(typeAt(a, src, 'Norway signed', 'Norway'), 'place', list);
    assert.equal(typeAt(a, src, "Norway's foreign", 'Norway'), 'place', list);
  });

  it('shows a team named by its country as an organisation in the hover, and its venue as a place', () => {
    const src = seed(...MATCH);
    const a = analyze(src);
    const uri = 'file:///seeds/match.txt';
    const team = hoverCard(a, uri, src.indexOf('Norway faced') + 2);
    assert.ok(team, entityList(a));
    assert.match(team.markdown, /^\*\*Norway\*\* — organization/, team.markdown);
    const venue = hoverCard(a, uri, src.indexOf('in Bergen') + 5);
    assert.ok(venue, entityList(a));
    assert.match(venue.markdown, /^\*\*Bergen\*\* — place/, venue.markdown);
    // The team's mentions are one actor or one group: every organisation-typed `Norway` links to the same thing.
    const orgs = a.entities.filter((e) => e.text === 'Norway' && e.type === 'organization');
    assert.ok(orgs.length >= 4, entityList(a));
    assert.equal(new Set(orgs.map((e) => e.actor ?? e.canonical)).size, 1, JSON.stringify(orgs));
  });
});

describe('entities, tenth round: a known name before a person, a national branch', () => {
  it("splits an envoy's post from the person after it", () => {
    const a = analyze(seed('The letter was signed by the Portuguese ambassador to the United States Teodoro Vasquin on Friday.'));
    assert.equal(typeOf(a, 'United States'), 'place', entityList(a));
    assert.equal(typeOf(a, 'Teodoro Vasquin'), 'person', entityList(a));
    const b = analyze(seed('She met the envoy to the United Nations Carla Brennick in the lobby.'));
    assert.equal(typeOf(b, 'United Nations'), 'organization', entityList(b));
    assert.equal(typeOf(b, 'Carla Brennick'), 'person', entityList(b));
    const c = analyze(seed('Two senators, Democrats Maria Olsted and Peter Vance, asked for a vote.'));
    assert.equal(typeOf(c, 'Maria Olsted'), 'person', entityList(c));
    const d = analyze(seed('The plan was announced by the ambassador to Norway Carl Ostrander on Monday.'));
    assert.equal(typeOf(d, 'Norway'), 'place', entityList(d));
    assert.equal(typeOf(d, 'Carl Ostrander'), 'person', entityList(d));
  });

  it('keeps names whose second part is no person whole, and a place that is a first name', () => {
    const a = analyze(seed('Fans of the Boston Red Sox packed the tavern while the United States Navy band played.'));
    assert.equal(typeOf(a, 'Boston Red Sox'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'United States Navy'), 'organization', entityList(a));
    const b = analyze(seed('The report reached Texas Harbor Works before noon.'));
    assert.ok(!b.entities.some((e) => e.text === 'Harbor Works' && e.type === 'person'), entityList(b));
    // (Not after `to`: two unknown words after a place are no person by themselves.)
    const c = analyze(seed('Visitors at Portugal Velmora Quintas bought wine.'));
    assert.ok(!c.entities.some((e) => e.text === 'Velmora Quintas' && e.type === 'person'), entityList(c));
    const d = analyze(seed('The award went to Virginia Ann Holbrook, who ran the library.'));
    assert.ok(!d.entities.some((e) => e.text === 'Ann Holbrook' || e.text === 'Virginia'), entityList(d));
  });

  it("reads a demonym before a known organisation as the organisation's national branch", () => {
    const a = analyze(seed('Blankets were handed out by the British Red Cross and the Kenyan Red Cross last week.'));
    assert.equal(typeOf(a, 'British Red Cross'), 'organization', entityList(a));
    assert.equal(typeOf(a, 'Kenyan Red Cross'), 'organization', entityList(a));
  });
});

describe('entities, tenth round: weeklies', () => {
  it('reads a place and `Weekly` as a newspaper, `LA` in capitals as a place', () => {
    const a = analyze(seed('A spokesman told LA Weekly on Tuesday that the inquiry was over.'));
    assert.equal(typeOf(a, 'LA Weekly'), 'organization', entityList(a));
    const b = analyze(seed('The mayor told the Tulsa Weekly that the bridge would reopen.'));
    assert.equal(typeOf(b, 'Tulsa Weekly'), 'organization', entityList(b));
    const c = analyze(seed('She moved to LA after college and never looked back.'));
    assert.equal(typeOf(c, 'LA'), 'place', entityList(c));
  });
});

describe('entities, tenth round: an organisation\'s stripped possessive before a person', () => {
  it('splits `the Quillan Partys Ann Lee` into the party and the person', () => {
    const a = analyze(seed('The Quillan Partys Ann Lee spoke at the rally. Later, Ann Lee said the vote would be close.'));
    assert.equal(typeOf(a, 'Ann Lee'), 'person', entityList(a));
    assert.ok(!a.entities.some((e) => e.text.includes('Partys Ann')), entityList(a));
    assert.equal(typeOf(a, 'Quillan Partys'), 'organization', entityList(a));
    // (A first name the lists lack, after such a possessive, splits too; the quote's speaker is the person.)
    const b = analyze(seed('We will win this, the Quillan Partys Odric Vael said.'));
    assert.equal(typeOf(b, 'Odric Vael'), 'person', entityList(b));
    assert.equal(b.actors.find((x) => x.id === b.quotes[0]?.speaker)?.name, 'Odric Vael');
    assert.equal(new Set(a.entities.filter((e) => e.text === 'Ann Lee').map((e) => e.actor)).size, 1, entityList(a));
  });
});
