// Plain patterns (src/engine/plainPattern.ts): a pattern with Unicode property classes runs as its ASCII form on text
// with no letter, mark or digit beyond ASCII. These tests check, over every code point, that the two forms' classes
// agree on every character such text can hold, and that every engine pattern's two forms find the same matches on
// invented text. Every snippet was written for this test.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { PLAIN_PATTERNS, PlainPattern, asciiForm, plain, plainText } from '../../src/engine/plainPattern';

/** Every code point as a string (surrogates as lone code units). */
function* codePoints(): Generator<[number, string]> {
  for (let cp = 0; cp <= 0x10ffff; cp++) yield [cp, String.fromCodePoint(cp)];
}

const PROPERTIES = ['L', 'Lu', 'Ll', 'N', 'M'];
/** A class with the property alone, inside a class with other members, negated, and negated with other members. */
const SHAPES = (p: string): string[] => [`^\\p{${p}}$`, `^[\\p{${p}}'’.-]$`, `^[^\\p{${p}}]$`, `^[^\\p{${p}}’-]$`];

describe('plain patterns: ASCII forms of Unicode property classes', () => {
  it('lets through no letter, mark or number beyond ASCII (every code point)', () => {
    const lmn = /[\p{L}\p{M}\p{N}]/u;
    let plainBeyondAscii = 0;
    for (const [cp, ch] of codePoints()) {
      if (!plainText(ch)) continue;
      if (cp >= 0x80) plainBeyondAscii++;
      assert.ok(cp < 0x80 || !lmn.test(ch), `U+${cp.toString(16)} is a letter, mark or number`);
      assert.ok(cp < 0xd800 || cp > 0xdfff, 'no surrogate');
    }
    // typographic quotes and dashes, currency signs, spaces: the common characters beyond ASCII in news text
    for (const ch of '“”‘’–—…€£\u00a0•') assert.ok(plainText(ch), ch);
    assert.ok(plainBeyondAscii > 100);
    for (const s of ['Café', 'Zoë', 'x²', '½', 'µ', 'ſ', '\u212a', '\u{1d400}', 'a\u0301']) assert.equal(plainText(s), false, s);
  });

  it('matches on plain characters exactly as the property class does, with and without `i` (every code point)', () => {
    const plainChars = [...codePoints()].filter(([, ch]) => plainText(ch)).map(([, ch]) => ch);
    for (const p of PROPERTIES) {
      for (const shape of SHAPES(p)) {
        for (const flags of ['u', 'iu']) {
          const written = new RegExp(shape, flags);
          const ascii = new RegExp(asciiForm(shape), flags);
          for (const ch of plainChars) assert.equal(ascii.test(ch), written.test(ch), `/${shape}/${flags} on U+${ch.codePointAt(0)?.toString(16)}`);
        }
      }
    }
  });

  it('rewrites only the property classes', () => {
    assert.equal(asciiForm(String.raw`^\p{Lu}[\p{L}.'’-]*\s+\p{N}+$`), String.raw`^[A-Z][A-Za-z.'’-]*\s+[0-9]+$`);
    assert.equal(asciiForm(String.raw`[\p{L}\p{M}\p{N}]\p{M}\\p{x}[\]\p{Ll}]`), String.raw`[A-Za-z0-9][]\\p{x}[\]a-z]`);
    assert.throws(() => asciiForm(String.raw`\P{L}`));
    assert.throws(() => asciiForm(String.raw`\p{Sc}`));
  });

  it('runs the pattern as written on other text, and works as a RegExp (global loops, replace, match, split)', () => {
    const word = plain(String.raw`\p{Lu}\p{Ll}+`, 'gu');
    const found: string[] = [];
    for (let m = word.exec('Ottoline met Édouard and Brisk'); m; m = word.exec('Ottoline met Édouard and Brisk')) found.push(m[0]);
    assert.deepEqual(found, ['Ottoline', 'Édouard', 'Brisk']);
    assert.equal(word.lastIndex, 0);
    assert.equal('Vessa and Ígor'.replace(word, 'X'), 'X and X');
    assert.deepEqual('Vessa and Ígor'.match(word), ['Vessa', 'Ígor']);
    assert.deepEqual('a1b²c'.split(plain(String.raw`\p{N}`, 'u')), ['a', 'b', 'c']);
    assert.equal('no capitals at all, Ñu'.search(plain(String.raw`\p{Lu}`, 'u')), 20);
    assert.equal(plain(String.raw`^\p{Lu}`, 'u').source, String.raw`^\p{Lu}`);
    assert.ok(word instanceof RegExp && word instanceof PlainPattern);
  });

  it('gives every engine pattern the same matches in both forms on plain text', () => {
    analyze('A headline for a pattern test\n20241201\nhttps://example.org/plain\nMs. Varga said the plan "is not ready," adding that it would wait.\n');
    assert.ok(PLAIN_PATTERNS.length > 60);
    const texts = [
      'Ottoline Brisk-Hale, the MP for Dunmere, said on Tuesday: “We will not wait.”',
      'NATO and the U.S. disagreed, officials said; Dr. Quenby Arl’s aides didn’t comment.',
      'the plan is not ready, she argued, while they’re counting 2,500 more votes in 12 districts.',
      'Mr. McAlister-Fenn, 54, runs Holloway Freight Co. — a firm based in Tarrow — with his wife.',
      'ACME Corp’s CEO Lorna Vey and the IRS; U.N. envoys; Al-Rashid; de-Vries; O’Dell; L’Oreal.',
      '  also said that  ', ', who said ', 'According to Renfrew, the councilwoman’s husband agreed.',
      'A', 'ab', 'Xy', 'XY', 'x', '', '-', '’s', 'Was Ravel convinced?', 'Dunmere-based', 'US$ 5 million',
    ];
    for (const p of PLAIN_PATTERNS) {
      const ascii = p.asciiPattern();
      const written = p.asWritten();
      for (const t of texts) {
        ascii.lastIndex = 0;
        written.lastIndex = 0;
        assert.deepEqual(ascii.exec(t), written.exec(t), `/${p.source}/${p.flags} on ${JSON.stringify(t)}`);
      }
      ascii.lastIndex = 0;
      written.lastIndex = 0;
    }
  });
});
