// A headline in title case writes a person's stripped possessive inside one capitalised run: `Why Marla Quenbys Harbor
// Policy Could Backfire` made a person `Marla Quenbys Harbor Policy`, another actor than the body's `Marla Quenby`. When
// the document names that person in full, the run's person ends at the possessive and is the body's person
// (issue 12, twenty-third round).
import type { ECand } from '../entities';
import { K, type Tok } from '../tokens';
import { nx } from './nameFacts';

/** At most this many words of a name before the possessive (`Marla Quenbys`, `Tobias R. Quenbys`). */
const MAX_BEFORE = 3;
/** A line of at most this many tokens can be a headline. */
const MAX_LINE = 60;

/** Whether the paragraph is a line in title case: short, and no word of four letters or more opens in lower case. */
function titleCaseLine(toks: readonly Tok[]): boolean {
  if (toks.length > MAX_LINE) return false;
  let caps = 0;
  for (const t of toks) {
    if (t.kind !== K.Word || t.t.length < 4) continue;
    if (!t.cap) return false;
    caps++;
  }
  return caps >= 3;
}

/** For a capitalised run of two or more words in a title-case line (`c`), the person whose stripped possessive it
 *  holds before its last word: the token end of the possessive and the person's full name, or null. The word in `s`
 *  minus the `s` must be the surname of a full name the document writes (`personFull`, surname → fullest form, a
 *  whole-document map compared whole between analyses), the words before it that full name's words before its surname,
 *  and the word in `s` itself no surname of another full name of the document's (`Dorvel Sessions` is his own name). */
export function headlineOwner(toks: readonly Tok[], c: ECand, personFull: ReadonlyMap<string, string>): { t1: number; canonical: string } | null {
  if (c.t0 < 0 || c.t1 - c.t0 < 2) return null;
  for (let i = c.t0; i < c.t1 - 1 && i - c.t0 < MAX_BEFORE; i++) {
    const w = toks[i];
    if (w.kind !== K.Word || !w.cap || w.t.length < 4 || !/[a-z]s$/.test(w.t)) continue;
    const full = personFull.get(w.lower.slice(0, -1));
    const own = personFull.get(w.lower); // (`Marla Quenbys` elsewhere, read as her possessive: possessiveFull.ts)
    if (full === undefined || (own !== undefined && own.toLowerCase() !== full.toLowerCase() + 's')) continue;
    const fx = nx(full);
    const words = fx.low.split(/\s+/);
    const before = i - c.t0;
    if (!fx.spaced || words[words.length - 1] !== w.lower.slice(0, -1) || before > words.length - 1) continue;
    let same = true;
    for (let k = 0; k < before && same; k++) same = toks[c.t0 + k].lower === words[words.length - 1 - before + k];
    if (same && titleCaseLine(toks)) return { t1: i + 1, canonical: full };
  }
  return null;
}
