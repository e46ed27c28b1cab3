// `Donald Trumps speech` (a full name's possessive, its apostrophe stripped) and `Trump` alone elsewhere in the
// document: the full name is `Donald Trump`, and the bare surname joins it. Without a bare mention the `s` may be
// the surname's own (`Ann Peters`), so nothing changes.
import { isFirstName, lexicon } from '../lexicon';
import { K, type Tok } from '../tokens';

/** What the document writes, for `possessiveFullNames`. */
export interface PossessiveWords {
  /** One-word names as written, no possessive read into them (lower case). */
  bare: ReadonlySet<string>;
  /** One-word names in `s` that stand alone (`standsAlone`). */
  standing: ReadonlySet<string>;
  /** Surname → the first word of its full person names; null when two differ (`Marla Quenbys`, `Tobias Quenbys`). */
  firsts: ReadonlyMap<string, string | null>;
  /** One-word names written after a title (`Mr. Quenby`, `President Quenby`). */
  titled: ReadonlySet<string>;
}

/** One paragraph's words for the rule, lower case (names.ts `unitNames`). */
export interface PossessiveLists {
  bare: readonly string[];
  standing: readonly string[];
  titled: readonly string[];
  /** Surname, first word of a full name with it, … */
  firsts: readonly string[];
}

/** The paragraphs' lists gathered over the whole document; with `asked` (`possessiveAsked`), only the words in it
 *  (the only ones `possessiveFullNames` looks up: the sets and map answer those the same). */
export function possessiveWords(paras: readonly PossessiveLists[], asked?: ReadonlySet<string>): PossessiveWords {
  const bare = new Set<string>();
  const standing = new Set<string>();
  const firsts = new Map<string, string | null>();
  const titled = new Set<string>();
  for (const r of paras) {
    if (asked) {
      for (const w of r.bare) if (asked.has(w)) bare.add(w);
      for (const w of r.standing) if (asked.has(w)) standing.add(w);
      for (const w of r.titled) if (asked.has(w)) titled.add(w);
    } else {
      for (const w of r.bare) bare.add(w);
      for (const w of r.standing) standing.add(w);
      for (const w of r.titled) titled.add(w);
    }
    const fs = r.firsts;
    for (let i = 0; i < fs.length; i += 2) {
      if (asked && !asked.has(fs[i])) continue;
      const f = firsts.get(fs[i]);
      if (f === undefined) firsts.set(fs[i], fs[i + 1]); else if (f !== fs[i + 1]) firsts.set(fs[i], null);
    }
  }
  return { bare, standing, firsts, titled };
}

/** A full name that opens with an initial (`E. J. Quenby`). */
const INITIAL = /^[A-Z]\.\s/;
/** A full name that opens with a plain capitalised word (`Tovan`, not `Anti-tax`). */
const FIRST = /^[A-Z][a-z]+\s/;

/** A full name of two or more words (`full`) whose surname (`sur`, lower case) ends in `s`: it may be a possessive. */
const possessiveShape = (sur: string, full: string): boolean => sur.length >= 5 && sur.endsWith('s') && /\s/.test(full) && full.endsWith('s');

/** The words `possessiveFullNames` looks up in `PossessiveWords` for these full names (each surname that may be a
 *  possessive, and it without its `s`), or null when none may be (nothing to do). */
export function possessiveAsked(personFull: ReadonlyMap<string, string>): Set<string> | null {
  let asked: Set<string> | null = null;
  for (const [sur, full] of personFull) if (possessiveShape(sur, full)) (asked ??= new Set()).add(sur).add(sur.slice(0, -1));
  return asked;
}

/** Rewrites the document's full names by surname (`personFull`, surname → fullest form) in place: a full name of two
 *  or more words whose surname ends in `s` becomes the name without that `s` when
 *  - the document writes the surname without it as a one-word name (`bare`: as written, no possessive read into it),
 *    and names no one else by that surname in full;
 *  - no two full names with different first words have the surname in `s` (`Marla Quenbys` and `Tobias Quenbys`
 *    leave `Quenby` alone);
 *  - the full name opens with an initial or a first name of the lists, or with a plain capitalised word when the bare
 *    surname is written after a title somewhere (`Tovan Quenbys` and `President Quenby`; not `Anti-tax Quellers`,
 *    `Describe Einsteins`);
 *  - the surname as written never stands alone (`standing`: `Dorkins said`, the `s` is its own, whatever a `Dorkin`
 *    elsewhere is);
 *  - the bare word is no first name (`Ann Roberts` and a `Robert`), no demonym (`Young Republicans`), and has no
 *    other strong type in the document (`strongType`: `Brook` the place). */
export function possessiveFullNames(personFull: Map<string, string>, words: PossessiveWords,
  strongType: ReadonlyMap<string, string>): void {
  const { bare, standing, firsts, titled } = words;
  const lex = lexicon();
  let found: [string, string][] | null = null;
  for (const [sur, full] of personFull) {
    if (!possessiveShape(sur, full)) continue;
    const base = sur.slice(0, -1);
    if (firsts.get(sur) === null) continue;
    const first = full.slice(0, full.indexOf(' ')).toLowerCase();
    if (!INITIAL.test(full) && !(FIRST.test(full) && (isFirstName(first) || titled.has(base)))) continue;
    if (standing.has(sur) || !bare.has(base) || isFirstName(base) || lex.demonyms.has(base) || (strongType.get(base) ?? 'person') !== 'person') continue;
    const held = personFull.get(base);
    if (held !== undefined && (/\s/.test(held) || held.toLowerCase() !== base)) continue;
    (found ??= []).push([base, full.slice(0, -1)]);
  }
  if (found) for (const [base, full] of found) personFull.set(base, full);
}

/** Words after a name that it cannot own: it stands alone (`Dorkins said`, `Dorkins is`, `and Dorkins can`). */
const NOT_OWNED = /^(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|and|or|but|who|whose|also|said|says|told|added|wrote)$/;

/** Closing brackets: what follows them may still be owned. */
const CLOSING = /^[\])]$/;

/** Tags of words a name cannot own (`Dorkins endorsed`, `Dorkins will`). */
const VERB_TAGS = /^(?:PastTense|Modal|Copula)$/;

/** Whether the one-word name at token `i` stands alone: at the end, before punctuation, or
 *  before a word it cannot own (a verb in the past tense, a modal, a connector; a capitalised word may be owned,
 *  `Putins Russia`). A speech cue that is also a noun
 *  (`comments`, `remarks`) may be owned: only the cues above and past tenses count. */
export function standsAlone(toks: readonly Tok[], i: number): boolean {
  const t = toks[i + 1];
  if (!t || t.kind === K.Punct) return !CLOSING.test(t?.t ?? ''); // (`one of [Quenbys] aides`: an editor's brackets)
  return t.kind === K.Word && (NOT_OWNED.test(t.lower) || VERB_TAGS.test(lexicon().common.get(t.lower) ?? ''));
}
