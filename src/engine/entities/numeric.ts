import type { CandType, ECand } from './cand';

// Numbers, money and dates: linear regexes over the paragraph.
const MONEY_RE = /(?:[$€£¥]|US\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|m)\b)?|\b\d[\d,]*(?:\.\d+)?\s(?:(?:million|billion|trillion)\s)?(?:dollars|euros|pounds|yen|yuan|rubles|roubles|hryvnias|rupees)\b/g;
const PERCENT_RE = /\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/g;
const DATE_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2}(?:,\s\d{4})?)?\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s(?:\d{1,2}(?:st|nd|rd|th)?(?:,\s\d{4})?|\d{4})\b|\b\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{4})?\b|\b(?:in|since|until|by|from|through|during|of)\s(?:(?:January|February|March|April|June|July|August|September|October|November|December)\s)?(?:1[89]\d\d|20\d\d)\b/g;

/**
 * What each pattern's matches must hold, checked before the pattern runs (most paragraphs hold none of it, and a pattern
 * never run is never compiled: the first analysis paid ~3.5 ms for the long two; docs/bench.md, the third startup round).
 * Every match of MONEY_RE holds a currency sign or one of its currency words, and a digit; of PERCENT_RE, a digit and `%`
 * or `per`; of DATE_RE, a lone weekday (`day`) or a digit with a month (each month name or short form begins with one of
 * MONTH_HEADS) or a year (YEAR). So without a digit, or with no month or year, DATE_RE finds what WEEKDAY_RE finds (its
 * weekday's optional date needs both). test/unit/numericGuard.test.ts compares the two ways.
 */
const DIGIT = /\d/;
const CURRENCY = /[$€£¥]/;
const CURRENCY_WORDS = ['dollars', 'euros', 'pounds', 'yen', 'yuan', 'rubles', 'roubles', 'hryvnias', 'rupees'];
const MONTH_HEADS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const YEAR = /1[89]\d\d|20\d\d/;
const WEEKDAY_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/** The patterns as written, unguarded (for the unit test). */
export const NUMERIC_PATTERNS = { money: MONEY_RE, percent: PERCENT_RE, date: DATE_RE } as const;

/** The pattern that finds `text`'s dates: DATE_RE, WEEKDAY_RE (the same matches there) or none (none there). */
function datePattern(text: string, digits: boolean): RegExp | undefined {
  if (digits && (MONTH_HEADS.some((h) => text.includes(h)) || YEAR.test(text))) return DATE_RE;
  return text.includes('day') ? WEEKDAY_RE : undefined;
}

export function findNumeric(text: string, out: ECand[]): void {
  const push = (s: number, e: number, type: CandType) => {
    while (e > s && /[\s,.]/.test(text[e - 1])) e--;
    if (e <= s) return;
    out.push({ s, e, type, canonical: text.slice(s, e), ts: s, title: null, weak: false, possBase: null, cueAfter: false, t0: -1, t1: -1, club: undefined,
      memoText: undefined, memoWritten: undefined, memoActs: undefined, memoEnt: undefined, memoSpan: undefined, memoTyper: undefined, memoC: undefined });
  };
  let m: RegExpExecArray | null;
  const digits = DIGIT.test(text);
  if (digits && (CURRENCY.test(text) || CURRENCY_WORDS.some((w) => text.includes(w)))) {
    MONEY_RE.lastIndex = 0;
    while ((m = MONEY_RE.exec(text)) !== null) push(m.index, m.index + m[0].length, 'money');
  }
  if (digits && (text.includes('%') || text.includes('per'))) {
    PERCENT_RE.lastIndex = 0;
    while ((m = PERCENT_RE.exec(text)) !== null) push(m.index, m.index + m[0].length, 'percent');
  }
  const dates = datePattern(text, digits);
  if (!dates) return;
  dates.lastIndex = 0;
  while ((m = dates.exec(text)) !== null) {
    let s = m.index;
    const w = /^(?:in|since|until|by|from|through|during|of)\s/.exec(m[0]);
    if (w) s += w[0].length;
    push(s, m.index + m[0].length, 'date');
  }
}
