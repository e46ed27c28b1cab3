// A mention that owns the noun after it is no subject, so no speaker pronoun's antecedent while its sentence has
// another name: `Reyes's plan`, and in a text stripped of its apostrophes `Vells spokesman`, `Orrs campaign
// manager` (the name with the possessive `s` glued on, which the name passes still link to the person: issue 12,
// thirty-first round). Pure; reads the mention and the characters around it.
import type { DocEnt, DocState } from './state';
import { lastWord } from './util';
import { lexicon } from '../lexicon';
import { plain } from '../plainPattern';

const PREP_BEFORE = /(?:^|[\s(])(?:of|by|for|to|with|from|about|against|on|at|in|than|like|as|told|asked|into|over|under|toward|towards|after|before|behind|between|among)\s+(?:the\s+)?$/i;

const NEXT_WORD = plain(String.raw`^ (\p{L}+)`, 'u');
/** Tags of a word after `Reyess` that makes it a stripped contraction (`Reyess been saying`, `Reyess always right`),
 *  not a possessive: a word no possessive owns. */
const NOT_OWNED = /^(?:Participle|Copula|Adverb|Modal|Negative|Determiner|Preposition|Pronoun|Conjunction|Gerund|Auxiliary)$/;

/** Whether the mention `d` is its actor's name with a possessive `s` glued on, the apostrophe stripped (`Sanderss` for
 *  Ben Sanders, `Trumps` for Dana Trump, before the word it owns); not the name as written (`Ross` for Ann Ross), nor
 *  a stripped contraction (`Christies been saying`). */
export function gluedPossessive(st: DocState, d: DocEnt): boolean {
  const a = d.actorKey ? st.actors.get(d.actorKey) : undefined;
  if (!a || st.text.charCodeAt(d.e - 1) !== 115) return false; // (115: `s`)
  const w = lastWord(' ' + st.text.slice(d.s, d.e));
  const n = lastWord(' ' + a.name);
  if (w.length !== n.length + 1 || !w.startsWith(n)) return false;
  const next = NEXT_WORD.exec(st.text.slice(d.e, d.e + 30));
  return !!next && !NOT_OWNED.test(lexicon().common.get(next[1].toLowerCase()) ?? '');
}

/** Whether the mention `d` owns what follows it: `Reyes's plan`, `Reyes’ plan`, or a stripped `Reyess plan`. */
export function possessorMention(st: DocState, d: DocEnt): boolean {
  const next = st.text.charCodeAt(d.e);
  return next === 39 || next === 0x2019 || gluedPossessive(st, d);
}

/** Whether the mention `d` is the object of a preposition (`for Cruz`, `at the Boca Club`) or a possessor
 *  (`Reyes's plan`): no antecedent of a speaker pronoun while its sentence has another one. */
export function objectOrPossessor(st: DocState, d: DocEnt): boolean {
  return possessorMention(st, d) || PREP_BEFORE.test(st.text.slice(Math.max(0, d.ts - 16), d.ts));
}
