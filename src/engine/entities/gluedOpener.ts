// A capitalised preposition or conjunction glued to the name after it in mid-sentence (issue 12, round 17, branch
// h-leads18). Stripped text keeps the capital of a quote's first word after `said,` with no mark to start a sentence
// there (`she said, Unlike Vell, I stayed`), and lists restart after `1)`: the word is no part of the name.
import type { Tok } from '../tokens';
import { classify } from './classify';

/** Prepositions and conjunctions that open no person's or place's name (`Under Armour`, `Our Revolution` and
 *  `No Labels` open organisations with other words, which are left out; so is `Near`, of `Near East`). */
const OPENERS = new Set(['unlike', 'besides', 'despite', 'like', 'without', 'if', 'so', 'but', 'and', 'or', 'yet',
  'because', 'although', 'though', 'unless', 'whether', 'while', 'when', 'since', 'as', 'than', 'in', 'at', 'with']);

/** Whether the run [a, b), not at a sentence start, opens with such a word before a name that reads as no
 *  organisation by itself (`Unlike Vell`, `If Tam Vell`, `In Tarrow`): the caller then drops the word. */
export function gluedOpener(toks: Tok[], a: number, b: number): boolean {
  const t = toks[a];
  // (An upper-case word is a heading's, `IN VIRTUAL REALITY`: left to the heading rules.)
  if (b - a < 2 || t.initial || !t.cap || !OPENERS.has(t.lower) || t.t === t.t.toUpperCase()) return false;
  const rest = classify(toks, a + 1, b, false, false);
  return !!rest && rest.type !== 'organization';
}
