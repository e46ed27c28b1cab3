// A pollster named like a town (issue 12, twenty-third round). Invented text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const HEAD = 'Headline for a poll test\n20260302\nhttps://example.org/news/poll\n';

function typeOf(body: string, name: string): string | null {
  const e = analyze(HEAD + body + '\n').entities.find((x) => x.text === name);
  return e ? e.type : null;
}

describe('a pollster named like a town (twenty-third round)', () => {
  it('reads a town name right before a poll word as the pollster', () => {
    assert.equal(typeOf('The Harlow survey found most voters undecided.', 'Harlow'), 'organization');
    assert.equal(typeOf('Most respondents in the Ledger/Suffolk poll said the ferry was late.', 'Suffolk'), 'organization');
    assert.equal(typeOf('The race is close, said Marquette pollster Iva Renn.', 'Marquette'), 'organization');
  });

  it('reads a pollster appositive', () => {
    assert.equal(typeOf('The race is close, according to Suffolk, a polling firm in the capital.', 'Suffolk'), 'organization');
  });

  it('keeps a state, a country or a big city before `poll` a place, and a town after a place preposition', () => {
    assert.equal(typeOf('The Ohio poll showed the senator behind.', 'Ohio'), 'place');
    assert.equal(typeOf('He trails in Iowa polls by four points.', 'Iowa'), 'place');
    assert.equal(typeOf('A Denver survey of renters found rising costs.', 'Denver'), 'place');
    assert.equal(typeOf('Voters in Suffolk polls were older.', 'Suffolk'), 'place');
    assert.equal(typeOf('Turnout in Suffolk was high this year.', 'Suffolk'), 'place');
  });
});
