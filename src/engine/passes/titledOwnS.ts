// A titled person's name that really ends in `s` (`Sen. Dorvel Pickens wear a ...`): before a lower-case word the titled
// path reads the `s` as a stripped possessive and names the person `Dorvel Picken`, a second actor beside the `Pickens`
// the document writes elsewhere (issue 12, twenty-third round). When the document writes the name with its `s`
// standing alone, as a name of its own (`Pickens said`, `Tobin Quarles, the chair,`; a stripped full name's possessive
// before what it owns, `Tobin Quarles plan`, says nothing), and never the name without it, the `s` is the surname's
// own. The rewrite is made on the whole-document map of full names
// (`personFull`), which the kept names answers compare whole between analyses.
import type { Unit } from './state';
import { nx } from './nameFacts';
import { standsAlone } from './possessiveFull';
import { paraMemo } from './paraMemo';

/** One paragraph's words for the rule, lower case. */
export interface OwnSLists {
  /** Surnames of titled persons named without the `s` their last word has as written. */
  cut: string[];
  /** Surnames of the other persons. */
  named: string[];
  /** Last words in `s` of names that stand alone (`possessiveFull.ts` `standsAlone`: `Pickens said`, `Tobin Quarles,`). */
  standing: string[];
}
/** Words before a family's plural. */
const PLURAL_BEFORE = /^(?:the|both|all|most|many|some|two|three|these|those)$/;
const NONE: OwnSLists = { cut: [], named: [], standing: [] };

function listsOf(u: Unit): OwnSLists {
  const ents = u.data.ents;
  const memo = paraMemo(u.data);
  const hit = memo.ownS;
  if (hit) return hit;
  const toks = u.data.toks;
  const r: OwnSLists = { cut: [], named: [], standing: [] };
  for (const c of ents) {
    if (c.t0 < 0 || c.t1 <= c.t0) continue;
    const x = nx(c.canonical);
    const last = toks[c.t1 - 1].lower;
    if (c.type === 'person' && !c.weak) (c.title && last === x.sur + 's' ? r.cut : r.named).push(x.sur);
    // (Not a family's plural, `the Pickenses`, `both Quarles`: `PLURAL_BEFORE`.)
    if (last.endsWith('s') && standsAlone(toks, c.t1 - 1) && !PLURAL_BEFORE.test(toks[c.t0 - 1]?.lower ?? '')) r.standing.push(last);
  }
  const kept = r.cut.length || r.named.length || r.standing.length ? r : NONE; // (most paragraphs: nothing to keep)
  memo.ownS = kept;
  return kept;
}

/** Rewrites `personFull` (surname → fullest form) in place for every titled surname read without its `s` (`picken`
 *  for `Sen. Dorvel Pickens wear`) whose `s` is its own: the document writes the name in `s` standing alone (`Pickens
 *  said`, `Tobin Quarles said`), and the name without the `s` nowhere else (no other person of that surname, no one-word name
 *  as written: `bareOf`, the names pass's per-paragraph list). Both surnames then map to the name with the `s`. */
export function titledOwnS(units: readonly Unit[], personFull: Map<string, string>, bareOf: (u: Unit) => readonly string[]): void {
  let cut: Set<string> | null = null;
  for (const u of units) for (const s of listsOf(u).cut) (cut ??= new Set()).add(s);
  if (cut === null) return; // (most documents: nothing read this way)
  // Only the words the test below asks about are gathered (each cut surname, and it with its `s`): the document's
  // other names are checked against this short set instead of each filling a set of their own on every analysis.
  const asked = new Set<string>();
  for (const sur of cut) { asked.add(sur); asked.add(sur + 's'); }
  const named = new Set<string>();
  const standing = new Set<string>();
  const bare = new Set<string>();
  for (const u of units) {
    const r = listsOf(u);
    for (const s of r.named) if (asked.has(s)) named.add(s);
    for (const s of r.standing) if (asked.has(s)) standing.add(s);
    for (const s of bareOf(u)) if (asked.has(s)) bare.add(s);
  }
  for (const sur of cut) {
    const w = sur + 's';
    if (named.has(sur) || bare.has(sur)) continue;
    const own = personFull.get(w);
    const base = personFull.get(sur);
    if (!standing.has(w)) continue;
    const target = own !== undefined && nx(own).spaced ? own : base !== undefined ? base + 's' : null;
    if (target === null) continue;
    personFull.set(sur, target);
    personFull.set(w, target);
  }
}
