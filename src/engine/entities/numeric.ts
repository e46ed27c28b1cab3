import type { CandType, ECand } from './cand';

// Numbers, money and dates: linear regexes over the paragraph.
const MONEY_RE = /(?:[$€£¥]|US\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|m)\b)?|\b\d[\d,]*(?:\.\d+)?\s(?:(?:million|billion|trillion)\s)?(?:dollars|euros|pounds|yen|yuan|rubles|roubles|hryvnias|rupees)\b/g;
const PERCENT_RE = /\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/g;
const DATE_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2}(?:,\s\d{4})?)?\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s(?:\d{1,2}(?:st|nd|rd|th)?(?:,\s\d{4})?|\d{4})\b|\b\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{4})?\b|\b(?:in|since|until|by|from|through|during|of)\s(?:(?:January|February|March|April|June|July|August|September|October|November|December)\s)?(?:1[89]\d\d|20\d\d)\b/g;

export function findNumeric(text: string, out: ECand[]): void {
  const push = (s: number, e: number, type: CandType) => {
    while (e > s && /[\s,.]/.test(text[e - 1])) e--;
    if (e <= s) return;
    out.push({ s, e, type, canonical: text.slice(s, e), ts: s, title: null, weak: false, possBase: null, cueAfter: false, t0: -1, t1: -1, club: undefined,
      memoText: undefined, memoWritten: undefined, memoActs: undefined, memoEnt: undefined, memoSpan: undefined, memoTyper: undefined });
  };
  let m: RegExpExecArray | null;
  MONEY_RE.lastIndex = 0;
  while ((m = MONEY_RE.exec(text)) !== null) push(m.index, m.index + m[0].length, 'money');
  PERCENT_RE.lastIndex = 0;
  while ((m = PERCENT_RE.exec(text)) !== null) push(m.index, m.index + m[0].length, 'percent');
  DATE_RE.lastIndex = 0;
  while ((m = DATE_RE.exec(text)) !== null) {
    let s = m.index;
    const w = /^(?:in|since|until|by|from|through|during|of)\s/.exec(m[0]);
    if (w) s += w[0].length;
    push(s, m.index + m[0].length, 'date');
  }
}
