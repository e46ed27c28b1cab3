// Adversarial seed shapes for the rules added after issue 11's shapes (issue 12's rounds): stripped possessives, family
// plurals, surname bearers and first-name readings, role antecedents and nominal speakers, the stripped-quote rules,
// citations, names kept across edits. Each shape stresses one rule's look-around or one of its document-level maps.
// Pure generators (no node:* imports), invented words only; shared by `npm run bench` and the unit tests.
import type { Shape } from './adversarial';

const HEADER = 'Adversarial seed\n20220106\nhttps://example.org/adversarial\n';

/** Common first names (the lexicon knows them as first names), for invented full names. */
const MALE = ['Tobias', 'Hugo', 'Oscar', 'Felix', 'Leon', 'Otto', 'Emil', 'Ivo'];
const FIRSTS = ['Anna', 'Marla', 'Tobias', 'Ivo', 'Clara', 'Hugo', 'Nina', 'Oscar', 'Greta', 'Felix', 'Ada', 'Leon', 'Vera', 'Otto', 'Rosa', 'Emil'];
const SYL = ['qu', 'vor', 'bel', 'tra', 'mok', 'zen', 'dri', 'pal', 'sun', 'gor', 'lin', 'fev', 'rab', 'tos', 'kem', 'wul'];

/** An invented capitalised word for `i` (distinct for every i), three or more syllables. */
export function word(i: number): string {
  let s = SYL[i & 15] + SYL[(i >> 4) & 15];
  for (let n = i >> 8; n > 0; n >>= 4) s += SYL[n & 15];
  s += 'ar';
  return s[0].toUpperCase() + s.slice(1);
}

/** Sentences made by `f(i)` joined by `sep` up to about `bytes` characters after the header. */
function many(bytes: number, f: (i: number) => string, sep = ' ', head = HEADER): string {
  const out: string[] = [];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const s = f(i);
    out.push(s);
    size += s.length + sep.length;
  }
  return head + out.join(sep) + '\n';
}

/** The shapes that also run in `npm run bench`'s growth table and the issue-11 unit checks (adversarial.ts SHAPES): the
 *  three that found a look-around growing with the square of the input, and the stripped possessives. The others run in
 *  test/unit/adversarial-rules.test.ts only (the bench's time stays within bounds). */
export const BENCHED = new Set(['possessives of one surname', 'bearers of one surname', 'colons opening speech', 'unnamed sources of one name']);

export const RULE_SHAPES: Shape[] = [
  {
    // One surname's stripped possessive over and over, its full name and its bare form between (possessiveFull.ts).
    name: 'possessives of one surname',
    make: (b) => many(b, (i) => (i % 3 === 0 ? 'Tobias Quenbys speech ran long.' : i % 3 === 1 ? 'Quenby spoke.' : 'Quenbys plan held.')),
  },
  {
    // Thousands of men sharing one surname after one woman of it, each surname read through `she` (surnameBearer.ts:
    // once a scan of every bearer per pronoun, with the square of the shape's size).
    name: 'bearers of one surname',
    make: (b) => many(b, (i) => (i === 0 ? 'Marla Quenby spoke.' : `${MALE[i & 7]} ${word(i)} Quenby arrived. Quenby spoke of the rain. "We stay," she said.`)),
  },
  {
    // One paragraph of thousands of different capitalised words in `s`, and their bare forms (bareOwner.ts, doubleS.ts).
    name: 'capitalised s-words',
    make: (b) => many(b, (i) => (i % 4 === 3 ? `on ${word(i)}` : `${word(i)}s report`)),
  },
  {
    // Thousands of titles before the same surname, and a surname-first full name (surnameFirst.ts, roleQualifiers.ts).
    name: 'titles before one surname',
    make: (b) => many(b, (i) => `${['Mr.', 'Gov.', 'Sen.', 'President', 'Ohio Gov.', 'former Sen.', 'Ms.', 'Dr.'][i & 7]} Quenby${i % 5 === 0 ? ` met Quenby ${word(i)}` : ''} said so.`),
  },
  {
    // Family plurals of many families and one family's members (familyPlural.ts), with pronoun speakers.
    name: 'family plurals',
    make: (b) => many(b, (i) => (i & 1 ? `the ${word(i & 63)}s and the Quists came. Ana Quist said she agreed.` : `Both Quists spoke. "We stay," he said.`)),
  },
  {
    // Role nouns with `the` as subjects and speakers, many people holding the same roles (nominalSpeaker.ts,
    // roleAntecedent.ts): each paragraph a short one, so every pronoun looks back to the previous paragraph.
    name: 'role nouns with the',
    make: (b) => many(b, (i) => `Gov. ${FIRSTS[i & 15]} ${word(i)} spoke in Brell. The Lorn governor said the levy would wait. The mayor said no.\nWe cannot tax the harvest twice, she said.`, '\n'),
  },
  {
    // One paragraph of thousands of `A, he said. B` splits without marks (the stripped-quote rules).
    name: 'stripped splits in one paragraph',
    make: (b) => many(b, (i) => `The kilns cooled overnight, ${i & 1 ? 'he' : 'Marla Quenby'} said. We will fire them again at dawn, said ${word(i & 255)}. She added: The clay is dry.`),
  },
  {
    // One paragraph of thousands of sentences with a colon after a cue-less clause, each opening a run of speech to the
    // paragraph's end (strippedIntro.ts, strippedColon.ts: once a run read again from every colon).
    name: 'colons opening speech',
    make: (b) => many(b, (i) => `${MALE[i & 7]} ${word(i)} had a warning for the board: The harvest will fail.`),
  },
  {
    // Thousands of unnamed sources of one name (`a friend said`), each an actor of its own (output.ts: their ids
    // once counted up from 2 each time).
    name: 'unnamed sources of one name',
    make: (b) => many(b, () => 'We will win the vote, the mayor said. We go, a friend said. I am tired.'),
  },
  {
    // Thousands of citations and author lists (entities/citation.ts).
    name: 'citations',
    make: (b) => many(b, (i) => `(${word(i)}, ${word(i + 1)}, & Marks, 2009) and ${word(i + 2)} et al., 2008 and ${word(i + 3)} and Laws (2004) found`),
  },
  {
    // Thousands of one-word paragraphs.
    name: 'one-word paragraphs',
    make: (b) => many(b, (i) => (i & 1 ? 'Quenby' : word(i & 1023)), '\n'),
  },
  {
    // The same paragraph repeated thousands of times (the per-paragraph caches and kept names).
    name: 'one paragraph repeated',
    make: (b) => many(b, () => 'Tobias Quenby, the Lorn governor, said the levy would wait. We cannot tax twice, he said. Quenbys aides agreed.', '\n'),
  },
  {
    // Stripped acronym possessives, many acronyms (entities/acronymPossessive.ts).
    name: 'acronym possessives',
    make: (b) => many(b, (i) => `${String.fromCharCode(65 + (i % 26), 65 + ((i >> 5) % 26), 81 + (i & 7))}s poll found a rise, and the QWRB said so.`),
  },
  {
    // The name God among names, in formulas and inside a longer name (entities/deity.ts, merged in passes/output.ts).
    name: 'the name God among names',
    make: (b) => many(b, (i) => `${FIRSTS[i & 15]} ${word(i & 1023)} said God alone knew. Oh my God, the ${word(i)} Church of God agreed with God.`),
  },
  {
    // Binary noise: every byte value but NUL (the CLI refuses a file with one), control characters, combining marks and
    // surrogate pairs among them (whole pairs: a file cannot hold a lone one, and the CLI's tests write each shape).
    name: 'binary noise',
    make: (b) => {
      let x = 12345;
      const out: string[] = [];
      for (let i = 0; i < b; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        out.push(x % 7 === 0 ? String.fromCharCode(0xd800 + (x & 0x3ff), 0xdc00 + ((x >> 10) & 0x3ff)) : x % 11 === 0 ? String.fromCharCode(0x300 + (x & 0x6f)) : String.fromCharCode(((x >> 8) & 255) || 1));
      }
      return out.join('');
    },
  },
];
