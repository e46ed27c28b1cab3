// Firms named by two names joined by an ampersand (issue 12, sixteenth round): `Dunmore & Vell`, `Harlan & Quist
// Partners`, `Orrin & Co.`, `AT&T`. Two surnames joined by `and` may be two people, but `&` between capitalised names
// is the way a firm writes its name; without a head word the run was split (`Dunmore`, `Vell`) or read as one person.
import { K, type Tok } from '../tokens';
import { isFirstName, lexicon } from '../lexicon';
import type { ECand } from './cand';
import { gazType, isCitationAfter, joinKey } from './words';
import { ALL_UPPER } from '../wordShapes';

/** A name word next to the ampersand: capitalised, and no pronoun (`Sue & I`). */
const side = (t: Tok | undefined): boolean => !!t && t.kind === K.Word && t.cap && t.t !== 'I';

/**
 * Whether the `&` at token `i` of the run [a, b) joins a firm's name: capitalised words on both sides, not two
 * people (a first name after it: `Ann & Tom`, `Ann Lee & Tom Ode`), not two common words with no organisation head
 * after them (`Arts & Crafts`; `Faith & Hope Fund` is one), not authors cited with a year or a reference number
 * (`Vell & Quist 2014`, `Vell & Quist [3]`); written without spaces, three letters or more (`AT&T`; not `R&D`).
 */
export function firmAmpersand(toks: Tok[], i: number, a: number, b: number): boolean {
  const l = toks[i - 1];
  const r = toks[i + 1];
  if (!side(l) || !side(r) || i <= a || i + 1 >= b) return false;
  const lex = lexicon();
  const tight = l.e === toks[i].s && toks[i].e === r.s;
  if (tight) return l.t.length + r.t.length >= 3 && ALL_UPPER.test(l.t + r.t);
  if (l.t.length < 2 || r.t.length < 2) return false;
  if (isFirstName(r.lower) && !lex.lastNames.has(r.lower)) return false;
  if (isCitationAfter(toks, b) || toks[b]?.t === '[' || /^(?:1[5-9]|20)\d\d$/.test(toks[b]?.t ?? '')) return false;
  if (lex.common.has(l.lower) && lex.common.has(r.lower)) {
    let head = false;
    for (let k = i + 2; k < b && !head; k++) head = lex.orgHeads.has(toks[k].lower);
    if (!head) return false;
  }
  return true;
}

/** Makes the candidates emitted since `from` that span a firm's ampersand (token indices `amps`) organisations, unless
 *  the gazetteer knows the whole name as a place. */
export function markFirms(toks: Tok[], out: ECand[], from: number, amps: number[]): void {
  for (let k = from; k < out.length; k++) {
    const c = out[k];
    if (c.t0 < 0 || !amps.some((i) => c.t0 < i && i < c.t1) || gazType(joinKey(toks, c.t0, c.t1)) === 'place') continue;
    c.type = 'organization';
    c.weak = false;
    c.title = null;
    c.ts = c.s;
    c.possBase = null;
  }
}
