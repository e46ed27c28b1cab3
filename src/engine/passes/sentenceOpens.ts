// Whether a capital opens a sentence (thirtieth round, lead): the name shown for an unnamed group or role source lowers
// only a capital that the sentence's start gave it (`Officials said` → `officials`), not a name's (`said Vell campaign
// officials`).
import { plain } from '../plainPattern';

const UPPER_PAIR = plain(String.raw`^\p{Lu}{2}$`, 'u');

/** Whether offset `at` opens a sentence of the paragraph starting at `base`: nothing but spaces and quotation marks
 *  (six characters at most) after the paragraph's start or a sentence's end (`.`, `?`, `!`, `:`, `;`, a dash). Mid-sentence
 *  (`said Vell campaign officials`, `..., Vell aides said`), a capital is the name's own. */
export function sentenceOpens(text: string, base: number, at: number): boolean {
  let i = at - 1;
  for (; i >= base && at - i <= 6; i--) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x22 && c !== 0x27 && c !== 0x201c && c !== 0x201d && c !== 0x2018 && c !== 0x2019 && c !== 0xa0 && c !== 0x29 && c !== 0x5d) break;
  }
  if (i < base) return true;
  if (at - i > 6) return false;
  // (After a heading in capitals with no stop, `TEAM REFUSES TO STAY The team ...`.)
  return '.?!:;\u2014\u2013('.includes(text.charAt(i)) || (i > base && UPPER_PAIR.test(text.slice(i - 1, i + 1)));
}
