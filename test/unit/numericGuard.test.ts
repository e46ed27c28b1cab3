// The numeric entities' guard (src/engine/entities/numeric.ts): a text without an ASCII digit runs only a weekday
// pattern, and only when it holds `day`. These tests compare findNumeric with the three patterns as written, run on
// every text, over invented snippets and over random strings of the patterns' own pieces. Every snippet was written
// for this test.
import * as assert from 'node:assert/strict';
import type { ECand } from '../../src/engine/entities/cand';
import { NUMERIC_PATTERNS, findNumeric } from '../../src/engine/entities/numeric';

/** What findNumeric found before the guard: each pattern as written over the whole text, in the same order. */
function unguarded(text: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  const push = (s: number, e: number, type: string) => {
    while (e > s && /[\s,.]/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e, type]);
  };
  for (const [type, source] of [['money', NUMERIC_PATTERNS.money], ['percent', NUMERIC_PATTERNS.percent], ['date', NUMERIC_PATTERNS.date]] as const) {
    const re = new RegExp(source.source, source.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      let s = m.index;
      const w = /^(?:in|since|until|by|from|through|during|of)\s/.exec(m[0]);
      if (w) s += w[0].length;
      push(s, m.index + m[0].length, type);
    }
  }
  return out;
}

function guarded(text: string): Array<[number, number, string]> {
  const out: ECand[] = [];
  findNumeric(text, out);
  return out.map((c) => [c.s, c.e, c.type]);
}

const SNIPPETS = [
  'The ferry to Kelmora leaves on Thursday, the harbour master said.',
  'Voting closes on Sunday, March 8, 2026, in the valley towns.',
  'The co-op raised $4.5 million and 300 euros from members, or 12 percent more than in 1998.',
  'Sales fell 7% by Tuesday and by 2031 the plant in Ostrava will close.',
  'Monday-morning meetings, a Sundays-only market, and a daybreak vigil: none of them is a date.',
  'She arrived on Friday.Then she left on Saturday',
  'Since Feb. 3 the mill has paid £12 a day; in August 2027 it may pay US$ 15.',
  'No numbers here, only a holiday, a birthday and the Wednesdays of spring.',
  'Fridayday and mondays and MONDAY, then Sunday',
  'A heatwave hit on 14 June 2025, and from 1899 onwards nothing like it was seen.',
  '',
  'day',
  'Turnout in 2019 was low; 4 of 9 wards voted.',
  'The 3 rupees fee and a 2 yen coin, but not 5 pounds sterling in 1887.',
  'At 9 on Mon. the 12 members met; 40 per cent stayed.',
];

describe('numeric guard (what a match must hold, before the long patterns)', () => {
  for (const s of SNIPPETS) {
    it(`finds what the patterns as written find: ${JSON.stringify(s.slice(0, 40))}`, () => {
      assert.deepEqual(guarded(s), unguarded(s));
    });
  }

  it('agrees on random strings of the patterns’ own pieces', () => {
    const pieces = ['Monday', 'Sunday', 'day', 'Wednes', 'January', 'March', 'Sept.', 'Oct.', 'Dec.', 'May', 'Jun', ' ', ', ', ',',
      '.', '$', '£', '€', '¥', 'US$', '3', '14', '2026', '1899', '1788', '7,500', '.5', 'million', 'bn', 'm', 'euros', 'dollars',
      'yen', 'rupees', 'percent', 'per cent', 'per', '%', 'in ', 'since ', 'of ', 'during ', 'th', 'x', 'Ko', '-', '\n'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = next() % 14;
      for (let i = 0; i < len; i++) s += pieces[next() % pieces.length];
      assert.deepEqual(guarded(s), unguarded(s), JSON.stringify(s));
    }
  });

  it('runs no long pattern on a text without a digit', () => {
    const before = NUMERIC_PATTERNS.date.lastIndex;
    NUMERIC_PATTERNS.date.lastIndex = 7;
    guarded('Talks resume on Wednesday in the port of Havrik.');
    assert.equal(NUMERIC_PATTERNS.date.lastIndex, 7);
    NUMERIC_PATTERNS.date.lastIndex = before;
  });
});
