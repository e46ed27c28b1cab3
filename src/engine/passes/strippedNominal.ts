// A role noun as the speaker of a stripped quote whose attribution the clause finder leaves out (`..., said the
// 52-year-old mayor.`): named as the marked path names `"...," the mayor said.`, by `definiteRoleHolder`.
import type { QuoteBuild } from './state';
import { definiteRoleHolder } from './nominalSpeaker';
import { isPersonNoun } from './strippedRoles';
import type { Para } from './strippedSpeech';

/** Quote `q` has the noun phrase at tokens [np0, np1) of its paragraph as its speaker mention, with no actor. When the
 *  phrase opens with `the` and its last word is a noun for a person (`the mayor`, `the 52-year-old mayor`, `the
 *  retired judge`; not `the newspaper`, an organisation's description), the one person the document introduced with
 *  that role (or the previous speaker, for an epithet) becomes the speaker, as with marks; the mention stays the
 *  phrase. (An indefinite `a friend`, `one official` names nobody known.) */
export function nominalHolder(p: Para, q: QuoteBuild, np0: number, np1: number): void {
  const { st, ui, d } = p;
  if (np1 - np0 < 2 || d.toks[np0].lower !== 'the') return;
  const head = d.toks[np1 - 1];
  if (head.cap || !isPersonNoun(head.lower)) return;
  const holder = definiteRoleHolder(st, ui, { s: d.toks[np0 + 1].s, e: head.e });
  if (!holder) return;
  q.actorKey = holder.actor.key;
  // (The confidence of a quote with a named speaker times the role's factor; unnamed, it was that of no speaker.)
  q.confidence = 0.75 * holder.factor;
}
