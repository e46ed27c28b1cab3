// A family named in the plural (`the Okafors`, `the Sams`): one mention of several people, so no antecedent of a
// singular `he` or `she`, even when the names pass links it to one of them (`Sara Okafor ... the Okafors`).
import type { ActorBuild, DocEnt } from './state';
import { plain } from '../plainPattern';

const CAPITALISED_PLURAL = plain(String.raw`^\p{Lu}\p{Ll}+s$`, 'u');

const THE_BEFORE = plain(String.raw`(?:^|[^\p{L}])(?:the|both)\s+$`, 'iu');

/** Whether the mention `d` of actor `a` is a family name in the plural: one capitalised word in `-s` after `the`
 *  (or `both`) whose stem (the word without its `s` or `es`) is the last word of the actor's name or of another of its
 *  forms. A surname that itself ends in `s` (`Ana Sams ... the Sams`) is no plural: the stem must differ from it. */
export function familyPlural(text: string, d: DocEnt, a: ActorBuild | undefined): boolean {
  if (!a || d.e - d.s < 3 || text.charCodeAt(d.e - 1) !== 115 /* s */) return false;
  const w = text.slice(d.s, d.e);
  if (!CAPITALISED_PLURAL.test(w) || !THE_BEFORE.test(text.slice(Math.max(0, d.s - 8), d.s))) return false;
  const stems = w.endsWith('es') ? [w.slice(0, -1), w.slice(0, -2)] : [w.slice(0, -1)];
  const last = (n: string): string => n.slice(n.lastIndexOf(' ') + 1);
  if (last(a.name) === w) return false;
  if (stems.includes(last(a.name))) return true;
  for (const f of a.forms) if (f !== w && stems.includes(last(f))) return true;
  return false;
}
