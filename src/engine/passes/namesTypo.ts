// Pass 1, names: misspelt titled surnames linked to the full name they misspell (`Ms Bauchtman`, `Lydia Buchtmann`).
import type { DocState } from './state';
import { logRead, Read } from './namesKept';
import { editDistance } from './util';
import { nx, tx } from './nameFacts';

/** Full name for a misspelt titled surname (`Ms Bauchtman` for `Lydia Buchtmann`), or null. Strict, because a
 *  wrong merge gives one person another's words: the spelling must occur once, be no known name or word, agree
 *  in gender with the full name's first name, and share a role title with the full name when both have one. */
export function typoTarget(st: DocState, w: string, title: string | null, written: string): string | null {
  // Asked up to twice per candidate, and each answer scans the document's full names: answered once per spelling.
  // (`written`: the word as written, lower case; it differs from `w` when a possessive was read into it.)
  const bare = written === w;
  const mk = (bare ? 'b' : 'p') + (title === null ? w : w + '\u0000' + title);
  if (st.readLog) logRead(st, Read.OneWord, w, (st.oneWordCount.get(w) ?? 0) > 1 ? 1 : 0); // (all else it reads: namesKept.ts)
  let r = st.typoMemo.get(mk);
  if (r === undefined) st.typoMemo.set(mk, r = typoTargetOnce(st, w, title, bare));
  return r;
}

function typoTargetOnce(st: DocState, w: string, title: string | null, bare: boolean): string | null {
  const lex = st.lex;
  if ((st.oneWordCount.get(w) ?? 0) > 1) return null;
  if (lex.lastNames.has(w) || lex.firstNames.has(w) || lex.maleNames.has(w) || lex.femaleNames.has(w) || lex.common.has(w)) return null;
  const full = fuzzySurname(st.personFull, w, bare);
  if (!full) return null;
  const g = title === null ? null : tx(title).honorific;
  const first = full.split(/\s+/)[0].toLowerCase();
  const fg = lex.femaleNames.has(first) && !lex.maleNames.has(first) ? 'f' : lex.maleNames.has(first) && !lex.femaleNames.has(first) ? 'm' : null;
  if (g && fg && g !== fg) return null;
  const mine = title === null ? [] : tx(title).roles;
  const theirs = st.surnameTitles.get(nx(full).sur);
  if (mine.length && theirs && theirs.size && !mine.some((t) => theirs.has(t))) return null;
  return full;
}

/** A surname that is `w` and a last `s` (`quenbys` for `quenby`): in stripped text the possessive of a full name
 *  (`Marla Quenbys budget`), no misspelling of the bare surname the document writes. */
export const possessiveS = (sur: string, w: string): boolean => sur.length === w.length + 1 && sur.endsWith('s') && sur.startsWith(w);

/** The only full name whose surname is within edit distance 1 of `w` (2 when both have 8+ letters; same first
 *  letter, 6+ letters), not one `s` longer when `w` is the word as written (`bare`, `possessiveS`). Callers add the
 *  document checks (see `typoTarget`). */
export function fuzzySurname(personFull: Map<string, string>, w: string, bare = false): string | null {
  if (w.length < 6) return null;
  let best: string | null = null;
  for (const [sur, full] of personFull) {
    if (sur[0] !== w[0] || Math.abs(sur.length - w.length) > 2 || sur === w || nx(full).words < 2 || (bare && possessiveS(sur, w))) continue;
    const max = sur.length >= 8 && w.length >= 8 ? 2 : 1;
    if (editDistance(sur, w, max) <= max) { if (best) return null; best = full; }
  }
  return best;
}
