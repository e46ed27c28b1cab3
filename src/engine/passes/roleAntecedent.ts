// A speaker pronoun whose antecedent is a definite role noun, the subject of a sentence of the previous paragraph:
// `Gov. Ada Quill spoke in Brell on Monday.` / `The Lorn governor said the levy would wait a year.` / `We cannot tax
// the harvest twice, she said.` Without marks the middle sentence holds no quote, so no speaker carries `she` on, and
// the role noun is no name the pronoun rules look back for. Used only when they find no one: the subject `the Lorn
// governor` stands for the one person introduced with that role (`nominalSpeaker.ts`, `definiteRoleHolder`).
import { type ActorBuild, type DocState } from './state';
import { definiteRoleHolder } from './nominalSpeaker';
import { plain } from '../plainPattern';

/** Sentences of the previous paragraph read, latest first. */
const MAX_SENTS = 4;
/** A sentence opened (after a conjunction or one short phrase and a comma) by `the`, up to four words and a
 *  lower-case head, then a lower-case word (its verb): group 1 is the phrase after `the`, group 2 the space after it. */
const ROLE_SUBJECT = plain(String.raw`^(?:(?:But|And|So|Instead|Still|Yet|Meanwhile)\s+)?(?:[^,"“”‘’;:()]{1,40},\s+)?[Tt]he\s+((?:[\p{L}.-]+\s+){0,4}?\p{Ll}[\p{Ll}-]*)(\s+)\p{Ll}`, 'u');

/** The person a definite role noun subject of one of the last sentences of unit `pi` stands for, when it
 *  fits the pronoun (`ok`), the latest such sentence first; or null. */
export function roleSubjectAntecedent(st: DocState, pi: number, ok: (a: ActorBuild | undefined) => boolean): { key: string; same: boolean } | null {
  if (pi < 0) return null;
  const u = st.units[pi];
  const sents = u.data.sents;
  for (let si = sents.length - 1; si >= 0 && si >= sents.length - MAX_SENTS; si--) {
    const sn = sents[si];
    const m = ROLE_SUBJECT.exec(st.text.slice(u.start + sn.s, u.start + Math.min(sn.e, sn.s + 160)));
    if (!m) continue;
    const s = sn.s + m[0].length - 1 - m[2].length - m[1].length;
    const holder = definiteRoleHolder(st, pi, { s, e: s + m[1].length });
    if (holder && ok(holder.actor)) return { key: holder.actor.key, same: false };
  }
  return null;
}
