// The names pass's answers kept per paragraph across edits (passes/namesKept.ts): a kept paragraph's answers must follow
// what it read elsewhere in the document — the whole-document name maps and the lookups by key. Each sequence runs
// through one analyzer and is compared afterwards with a new analyzer's result per version; each also checks that the
// versions differ where the kept answer would go stale (so the comparison has something to catch). Invented text only.
import * as assert from 'node:assert/strict';
import { createAnalyzer, type Analysis } from '../../src/engine';
import { setTyperWeights } from '../../src/engine/entities/typer';

const HEAD = ['Valley water board meets', '2026-04-11', 'https://example.org/valley'];
const FILLER = [
  'The board met on Tuesday in the old grain hall.',
  'Several farmers asked about the price of water for the summer.',
  'The meeting ran for three hours.',
];

const fresh = (lines: string[]): Analysis => createAnalyzer({ rethrow: true }).analyze(lines.join('\n'));

/** Runs `versions` through one analyzer in a row, then compares each result with a new analyzer's. */
function assertEditsExact(versions: string[][]): void {
  const an = createAnalyzer({ rethrow: true });
  const seen = versions.map((lines) => JSON.stringify(an.analyze(lines.join('\n'))));
  versions.forEach((lines, i) => assert.equal(seen[i], JSON.stringify(fresh(lines)), `version ${i}`));
}

/** What the entities of `text` are in a fresh analysis of `lines` (type and canonical name), in order. */
function entitiesOf(lines: string[], text: string): string[] {
  return fresh(lines).entities.filter((e) => e.text === text).map((e) => `${e.type}:${e.canonical}`);
}

const doc = (...body: string[]): string[] => [...HEAD, ...body, ...FILLER];

describe('names pass answers kept across edits', () => {
  it('a titled surname follows a full name added to and removed from another paragraph (whole-document maps)', () => {
    const kept = 'Mr. Brannock said the pumps were old.';
    const without = doc('The board chair opened the meeting.', kept);
    const withFull = doc('The board chair, Ezra Brannock, opened the meeting.', kept);
    assert.notDeepEqual(entitiesOf(without, 'Brannock'), entitiesOf(withFull, 'Brannock'));
    assertEditsExact([without, withFull, without, withFull]);
  });

  it('a bare name takes the type another paragraph confirms, and loses it when that paragraph changes (by-name lookup)', () => {
    const kept = 'Many growers know Quorrell from the radio.';
    const confirmed = doc('Quorrell said the reservoir was low.', kept);
    const plain = doc('The engineer said the reservoir was low.', kept);
    assert.notDeepEqual(entitiesOf(confirmed, 'Quorrell'), entitiesOf(plain, 'Quorrell'));
    assertEditsExact([confirmed, plain, confirmed, plain]);
  });

  it('a misspelt titled surname follows how often the document writes it (one-word count lookup)', () => {
    // (Written once, `Ms Halvorsan` is taken for `Ingrid Halvorsen`; written twice, it is a name of its own.)
    const once = doc('Hydrologist Ingrid Halvorsen said the wells were sound.', 'Ms Halvorsan said the survey took a month.', 'The board met again.');
    const twice = doc('Hydrologist Ingrid Halvorsen said the wells were sound.', 'Ms Halvorsan said the survey took a month.', 'Ms Halvorsan said the board met again.');
    assert.notDeepEqual(entitiesOf(once, 'Halvorsan')[0], entitiesOf(twice, 'Halvorsan')[0]);
    assertEditsExact([once, twice, once, twice]);
  });

  it('the learned typer\'s reading of a name follows the contexts of its other mentions (context lookup)', () => {
    // Weights written for the test: a one-word name the document writes after a place preposition is a place.
    setTyperWeights({ mode: 'none', margin: 1, weights: { dprep: [0, 0, 5] } });
    try {
      const kept = 'Crews visited Tembrook on Monday.';
      const placed = doc('The pipe runs to Tembrook and back.', kept);
      const unplaced = doc('The pipe runs past the mill and back.', kept);
      assert.notDeepEqual(entitiesOf(placed, 'Tembrook'), entitiesOf(unplaced, 'Tembrook'));
      assertEditsExact([placed, unplaced, placed, unplaced]);
    } finally {
      setTyperWeights(null);
    }
  });

  it('a one-word name that is also a city follows whether another paragraph places it (placed-count lookup)', () => {
    const kept = 'Marion now joins the board.';
    const placed = doc('Prices rose in Marion this spring.', kept);
    const unplaced = doc('Prices rose this spring.', kept);
    assert.notDeepEqual(entitiesOf(placed, 'Marion').slice(-1), entitiesOf(unplaced, 'Marion'));
    assertEditsExact([placed, unplaced, placed, unplaced]);
  });

  it('a country written where a sports text names a team follows whether the document is about a sport (sport lookup)', () => {
    const head = ['Cup final tonight', '2026-05-09', 'https://example.org/cup'];
    const kept = 'Sweden defeated Norway on Sunday.';
    const sport = [...head, 'The coach said the squad scored two goals in the match, and the striker and goalkeeper led the league this season.', kept];
    const other = [...head, 'The council said the budget would be set in the spring.', kept];
    assert.notDeepEqual(entitiesOf(sport, 'Sweden'), entitiesOf(other, 'Sweden'));
    assertEditsExact([sport, other, sport, other]);
  });

  it('a placed city that is also a one-word name follows whether another mention reads as a person\'s (person-mention lookup)', () => {
    const kept = 'Prices rose in Chester this spring.';
    const speaks = doc('Chester said the road was closed.', kept);
    const walks = doc('Chester walked along the road.', kept);
    assert.notDeepEqual(entitiesOf(speaks, 'Chester').slice(-1), entitiesOf(walks, 'Chester').slice(-1));
    assertEditsExact([speaks, walks, speaks, walks]);
  });

  it('answers made with other typer weights are not reused', () => {
    const lines = doc('They toured Zelvania during the drought.');
    const an = createAnalyzer({ rethrow: true });
    const before = JSON.stringify(an.analyze(lines.join('\n')));
    setTyperWeights({ mode: 'none', margin: 1, weights: { 'p1=toured': [0, 0, 5] } });
    try {
      const other = JSON.stringify(an.analyze(lines.join('\n')));
      assert.equal(other, JSON.stringify(fresh(lines)));
      assert.notEqual(other, before);
    } finally {
      setTyperWeights(null);
    }
    assert.equal(JSON.stringify(an.analyze(lines.join('\n'))), before);
  });

  it('a paragraph repeated in the document resolves the same in each copy, before and after an edit elsewhere', () => {
    const rep = 'Ms. Okonkwo said the canal would reopen.';
    const a = doc(rep, 'The treasurer, Adaeze Okonkwo, read the accounts.', rep);
    const b = doc(rep, 'The treasurer read the accounts.', rep);
    assert.notDeepEqual(entitiesOf(a, 'Okonkwo'), entitiesOf(b, 'Okonkwo'));
    assertEditsExact([a, b, a]);
  });
  it('a one-word firm follows the paragraph that shows it is a firm, added and removed elsewhere (firm evidence)', () => {
    const kept = 'Vorlant rejected the offer on Monday.';
    const without = doc('The water board wrote to several suppliers.', kept);
    const withFirm = doc('Fund managers sold shares of Vorlant on Friday.', kept);
    assert.notDeepEqual(entitiesOf(without, 'Vorlant'), entitiesOf(withFirm, 'Vorlant'));
    assertEditsExact([without, withFirm, without, withFirm]);
  });
});
