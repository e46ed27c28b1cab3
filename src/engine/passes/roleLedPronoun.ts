// A speaker pronoun whose nearest sentence names a fitting person only as an object or a possessor, while a definite
// role noun is that sentence's subject (`The radio host praised Senator Vell at every stop. He has called
// Vell "..."`): by centering the pronoun continues the subject, the role noun, not the object (issue 12,
// twenty-eighth round). The person the role noun stands for when the document says who (`definiteRoleHolder`:
// the one person introduced with that role); else the object stays the rules' pick, shown as a guess (ROLE_LED_P).
import type { ActorBuild, DocState } from './state';
import { definiteRoleHolder } from './nominalSpeaker';
import { plain } from '../plainPattern';
import { isCoreTitle } from '../entities';
import { lexicon } from '../lexicon';

/** The ranker-style probability given to the object kept as the pick: a guess (pronounFactor 0.39). */
export const ROLE_LED_P = 0.3;
/** A sentence opened (after a conjunction or one short phrase and a comma) by `the`: group 1 the words after it. */
const LED_BY_THE = plain(String.raw`^(?:(?:But|And|So|Instead|Still|Yet|Meanwhile)\s+)?(?:[^,"“”‘’;:()]{1,40},\s+)?[Tt]he\s+((?:[\p{L}-]+ ){1,5}[\p{L}-]+)`, 'u');
const LOWER_WORD = plain(String.raw`^\p{Ll}[\p{Ll}-]*$`, 'u');
/** Words after `the` read for the role noun. */
const HEAD_WORDS = 4;

/** What a pronoun in unit `ui` answers when sentence `si` of that unit, its nearest with a fitting person who is only an
 *  object or possessor there, opens with a definite role noun subject that names a person (`the host`, `the senator`):
 *  `holder`, the person it stands for when known and fitting; else `guess` (the pick stays, as a guess). Null when the
 *  sentence has no such subject. */
export function roleLedSentence(st: DocState, ui: number, si: number, ok: (a: ActorBuild | undefined) => boolean): { holder: ActorBuild | null } | null {
  const u = st.units[ui];
  const sn = u.data.sents[si];
  if (!sn) return null;
  const m = LED_BY_THE.exec(st.text.slice(u.start + sn.s, u.start + Math.min(sn.e, sn.s + 160)));
  if (!m) return null;
  // (The first role noun of at most HEAD_WORDS lower-case words after `the`, before a lower-case word, its verb.)
  const words = m[1].split(' ');
  let len = -1;
  for (let i = 0, at = 0; i < words.length - 1 && i < HEAD_WORDS && LOWER_WORD.test(words[i]); at += words[i].length + 1, i++) {
    if (personNoun(words[i]) && LOWER_WORD.test(words[i + 1])) { len = at + words[i].length; break; }
  }
  if (len < 0) return null;
  const s = sn.s + m[0].length - m[1].length;
  const holder = definiteRoleHolder(st, ui, { s, e: s + len });
  return { holder: holder && ok(holder.actor) ? holder.actor : null };
}

/** An agent noun no list knows (`talker`, `pollster`): -er, -or, -ist or -ian, not a word the lexicon tags otherwise. */
const AGENT_SUFFIX = /^[a-z]{3,}(?:er|or|ist|ian)$/;
/** A role noun (`host`, `senator`), or an agent noun no list knows. */
function personNoun(w: string): boolean {
  const lex = lexicon();
  return lex.roleNouns.has(w) || isCoreTitle(w) || (AGENT_SUFFIX.test(w) && !lex.common.has(w));
}
