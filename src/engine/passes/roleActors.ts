// A definite role noun phrase as a speaker (`"...," the senator said.`, `the harbour spokesman told reporters`)
// names the one person introduced earlier in the document with that role: a title of theirs (`Sen. Ann Lee`, `Gov.`)
// or an appositive (`Tom Wren, the ferry board's spokesman, ...`). When no such person, or more than one, was
// introduced before the quote, the noun phrase stays an unnamed speaker of its own.
import type { ActorBuild, DocState } from './state';

/** Abbreviated titles and the role noun they stand for. */
const TITLE_WORDS: Readonly<Record<string, string>> = {
  sen: 'senator', gov: 'governor', rep: 'representative', sec: 'secretary', gen: 'general', pres: 'president',
  lt: 'lieutenant', col: 'colonel', capt: 'captain', cmdr: 'commander', adm: 'admiral', sgt: 'sergeant', atty: 'attorney',
  supt: 'superintendent', amb: 'ambassador', insp: 'inspector', det: 'detective', maj: 'major', cpl: 'corporal',
};
/** Role heads that never pick out one earlier person (a document, a bare quantity). */
const NOT_PERSONS = new Set(['statement', 'source', 'letter', 'report', 'official', 'officials']);
/** Person actors by the role words of their titles and appositives (lower case, abbreviations expanded), made on first
 *  use per document; each entry keeps the actor and its first mention. */
const INDEX = new WeakMap<DocState, Map<string, ActorBuild[]>>();

function roleIndex(st: DocState): Map<string, ActorBuild[]> {
  let ix = INDEX.get(st);
  if (ix) return ix;
  ix = new Map();
  for (const a of st.actors.values()) {
    if (a.type !== 'person' || !a.role) continue;
    const seen = new Set<string>();
    // (A role is at most a few hundred characters: `cleanRole` keeps no more.)
    for (const raw of a.role.toLowerCase().split(/[^\p{L}]+/u)) {
      const w = TITLE_WORDS[raw] ?? raw;
      if (w.length < 3 || seen.has(w)) continue;
      seen.add(w);
      const l = ix.get(w);
      if (l) l.push(a);
      else ix.set(w, [a]);
    }
  }
  // (By first mention: a look-up reads at most the first two.)
  for (const l of ix.values()) l.sort((x, y) => x.first - y.first);
  INDEX.set(st, ix);
  return ix;
}

/** The key of the one person actor first mentioned before offset `pos` whose titles or appositives hold the role noun
 *  `head` (`senator`, `spokesman`), or null when there is none or more than one. */
export function roleActor(st: DocState, head: string, pos: number): string | null {
  const h = head.toLowerCase();
  if (NOT_PERSONS.has(h)) return null;
  const list = roleIndex(st).get(h);
  if (!list) return null;
  if (list[0].first >= pos || (list.length > 1 && list[1].first < pos)) return null;
  return list[0].key;
}
