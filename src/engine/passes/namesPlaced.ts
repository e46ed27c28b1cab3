// The names pass's reading of one-word names the document places (`in Marion`, `from Marion to Salem`): a city there
// rather than a one-word person of that name (split from passes/names.ts, which calls these).
import type { ECand } from '../entities';
import { cityKind } from '../gazetteer';
import { documentClubs } from '../entities/clubs';
import { placedAt } from '../entities/placed';
import type { Tok } from '../tokens';
import { type DocState, type Unit, ck, isSpeakerCand, placedCounts } from './state';
import { Read, logRead } from './namesKept';

/** A city after `in` / `near` / … (`in Marion`) whose name the document gives no person in full (only `Marion` alone,
 *  a first name at a clause's start): the place, not that one-word person. */
export function placedCity(st: DocState, u: Unit, c: ECand, low: string, placed: Placed): boolean {
  const at = c.type === 'place' && !c.possBase && !possessiveAfter(u.data.toks, c.t1) ? placedAt(u.data.toks, c.t0, c.t1) : 0;
  const full = st.personFull.get(low);
  // (A route's end, or placed twice, or once if a GeoNames city no one-word mention of which has a title, a cue or speaks.)
  return at > 0 && (full !== undefined || st.strongType.get(low) === 'person') && !(full !== undefined && /\s/.test(full))
    && (at === 2 || placedN(st, placed, low) >= (placedPersonal(st, placed, low) || cityKind(low) === 0 ? 2 : 1));
}

/** How often the document places `low`, and whether a mention reads as a person's: recorded (namesKept.ts). */
function placedN(st: DocState, placed: Placed, low: string): number {
  const n = placed.n.get(low) ?? 0;
  logRead(st, Read.PlacedN, low, n);
  return n;
}
function placedPersonal(st: DocState, placed: Placed, low: string): boolean {
  const r = placed.personal.has(low);
  logRead(st, Read.PlacedPersonal, low, r ? 1 : 0);
  return r;
}

/** `in Nora's garden`: a possessive after the name (it names the owner, not the place). */
const possessiveAfter = (toks: Tok[], i: number): boolean => toks[i]?.t === "'s" || toks[i]?.t === '’s';
/** One-word names the document places (`in Marion`, `from Marion to Salem`: entities/placed.ts), how often, and the
 *  one-word names with a mention that reads as a person's (a title, a speech cue after it, a speaker). */
export interface Placed { n: ReadonlyMap<string, number>; personal: ReadonlyMap<string, number>; clubs: Map<string, string> }
export function placedNames(st: DocState): Placed {
  const { n, personal } = placedCounts(st.carry, st.units, (u, ui) => { // (once per cached paragraph, counted across edits: fold.ts)
    const toks = u.data.toks, r: (number | string)[] = [];
    u.data.ents.forEach((c, ci) => {
      if (c.t0 < 0 || c.t1 - c.t0 !== 1) return;
      const low = toks[c.t0].lower;
      if (c.t0 > 0 && !c.possBase && placedAt(toks, c.t0, c.t1) && !possessiveAfter(toks, c.t1)) r.push(0, low);
      else if (c.title || c.cueAfter || isSpeakerCand(st, ck(st, ui, ci))) r.push(1, low); // (the paragraph's own speakers)
    });
    return r;
  });
  return { n, personal, clubs: documentClubs(st.units) };
}
/** A one-word person that is a GeoNames city the document also places (`in Marion` … `Marion now joins`), with no title,
 *  no speech and no person of that name in full: the city (one sense per discourse). */
export function cityAsFirstName(st: DocState, ui: number, ci: number, c: ECand, low: string, placed: Placed): boolean {
  if (c.t1 - c.t0 !== 1 || c.title || c.cueAfter || c.possBase || placedN(st, placed, low) === 0 || cityKind(low) === 0) return false;
  const full = st.personFull.get(low);
  if (full !== undefined && /\s/.test(full)) return false;
  return !isSpeakerCand(st, ck(st, ui, ci));
}
