// A bare surname shared by two people of different genders, read through the pronoun that refers to it.
import type { ActorBuild, DocEnt, DocState } from './state';

/** The two persons of one gender first named (least `first`) among a surname's bearers: all `surnameBearer` needs of
 *  them (none, one, or two named before a mention), so one look per mention however many bear the surname. */
interface Earliest { m: ActorBuild[]; f: ActorBuild[] }
/** Person actors by their name's last word (lower case), built once per actor map and rebuilt when it grows. (Genders
 *  are settled by the actors pass, before any pronoun is read.) */
const byLast = new WeakMap<Map<string, ActorBuild>, { size: number; m: Map<string, Earliest> }>();

function lastOf(name: string): string {
  const sp = name.lastIndexOf(' ');
  return (sp < 0 ? name : name.slice(sp + 1)).toLowerCase();
}

/** `b` into `two` (at most two, least `first` first; an equal `first` after). */
function keepEarliest(two: ActorBuild[], b: ActorBuild): void {
  if (two.length < 2) two.push(b);
  else if (b.first < two[1].first) two[1] = b;
  else return;
  if (two.length === 2 && two[1].first < two[0].first) two.reverse();
}

function bearers(actors: Map<string, ActorBuild>): Map<string, Earliest> {
  const hit = byLast.get(actors);
  if (hit && hit.size === actors.size) return hit.m;
  const m = new Map<string, Earliest>();
  for (const a of actors.values()) {
    if (a.type !== 'person' || a.gender === null || !/\s/.test(a.name)) continue;
    const k = lastOf(a.name);
    let e = m.get(k);
    if (!e) m.set(k, (e = { m: [], f: [] }));
    keepEarliest(e[a.gender], a);
  }
  byLast.set(actors, { size: actors.size, m });
  return m;
}

/**
 * The person a bare surname mention `d` stands for when read as the antecedent of a `he` (`want` m) or `she` (f),
 * or null. The names pass links a bare surname to the document's fullest bearer of it (`Nell Tarrant` and later
 * `Ruth Ann Tarrant`: every `Tarrant` is Ruth Ann's). When that bearer's known gender is not the pronoun's and exactly
 * one other person of that surname, named before the bearer, has the pronoun's gender, the mention is that person's
 * (a bearer named first and then a later one of the other gender, `Hana Voss` then `Karl Voss`, leaves `Voss` with
 * the bearer: the text's first `Voss` is the one it went on to write of). `Senator Owen Tarrant`
 * ... `a tribute to the nurse Ruth Ann Tarrant` ... `Tarrant's next aim is the budget. "...," he said.` — `he` is
 * Owen Tarrant. A fixed look: the mention's own text, and the bearers of one surname.
 */
export function surnameBearer(st: DocState, d: DocEnt, want: 'm' | 'f'): string | null {
  const a = d.actorKey ? st.actors.get(d.actorKey) : undefined;
  // (`Mrs. Tarrant` says whose it is: only a bare surname is read again.)
  if (!a || a.type !== 'person' || a.gender === null || a.gender === want || d.title !== null) return null;
  const w = st.text.slice(d.s, d.e);
  if (/\s/.test(w) || w.toLowerCase() !== lastOf(a.name)) return null;
  // (`a` is not of gender `want`: the earliest two of that gender say whether none, one or two were named before it.)
  const two = bearers(st.actors).get(w.toLowerCase())?.[want];
  if (!two || two.length === 0 || two[0].first > a.first) return null;
  if (two.length > 1 && two[1].first <= a.first) return null; // (two of that gender: the text does not say which)
  return two[0].key;
}
