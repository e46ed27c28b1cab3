import type { CandType, ECand } from './cand';

// Numbers, money and dates: linear regexes over the paragraph.
const MONEY_RE = /(?:[$€£¥]|US\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|m)\b)?|\b\d[\d,]*(?:\.\d+)?\s(?:(?:million|billion|trillion)\s)?(?:dollars|euros|pounds|yen|yuan|rubles|roubles|hryvnias|rupees)\b/g;
const PERCENT_RE = /\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/g;
const DATE_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2}(?:,\s\d{4})?)?\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s(?:\d{1,2}(?:st|nd|rd|th)?(?:,\s\d{4})?|\d{4})\b|\b\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{4})?\b|\b(?:in|since|until|by|from|through|during|of)\s(?:(?:January|February|March|April|June|July|August|September|October|November|December)\s)?(?:1[89]\d\d|20\d\d)\b/g;

/**
 * Every match of MONEY_RE and PERCENT_RE holds an ASCII digit (`\d`), and so does every match of DATE_RE but a lone
 * weekday (its other branches, and the weekday's optional date, each need one). So a text without a digit runs
 * WEEKDAY_RE in DATE_RE's place, and only when it holds `day`, with exactly the same matches: the long patterns are
 * not compiled, nor run, for the paragraphs (most) that cannot match them (the first analysis paid ~3.5 ms for the two;
 * docs/bench.md, the third startup round; test/unit/numericGuard.test.ts compares the two ways).
 */
const DIGIT = /\d/;
const WEEKDAY_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/** The patterns as written, unguarded (for the unit test). */
export const NUMERIC_PATTERNS = { money: MONEY_RE, percent: PERCENT_RE, date: DATE_RE } as const;

export function findNumeric(text: string, out: ECand[]): void {
  const push = (s: number, e: number, type: CandType) => {
    while (e > s && /[\s,.]/.test(text[e - 1])) e--;
    if (e <= s) return;
    out.push({ s, e, type, canonical: text.slice(s, e), ts: s, title: null, weak: false, possBase: null, cueAfter: false, t0: -1, t1: -1, club: undefined,
      memoText: undefined, memoWritten: undefined, memoActs: undefined, memoEnt: undefined, memoSpan: undefined, memoTyper: undefined });
  };
  let m: RegExpExecArray | null;
  const digits = DIGIT.test(text);
  if (digits) {
    MONEY_RE.lastIndex = 0;
    while ((m = MONEY_RE.exec(text)) !== null) push(m.index, m.index + m[0].length, 'money');
    PERCENT_RE.lastIndex = 0;
    while ((m = PERCENT_RE.exec(text)) !== null) push(m.index, m.index + m[0].length, 'percent');
  } else if (!text.includes('day')) return;
  const dates = digits ? DATE_RE : WEEKDAY_RE;
  dates.lastIndex = 0;
  while ((m = dates.exec(text)) !== null) {
    let s = m.index;
    const w = /^(?:in|since|until|by|from|through|during|of)\s/.exec(m[0]);
    if (w) s += w[0].length;
    push(s, m.index + m[0].length, 'date');
  }
}
