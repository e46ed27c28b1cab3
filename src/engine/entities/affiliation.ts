// A legislator's party and state after the name (issue 12, twelfth round): `Sen. Ada Lorne (D-Conn.)`, `Rep. Ada Lorne,
// R-Tex., said`, `Sen. Ada Lorne (Ky.)`. The tag is no person; news sets leave it unannotated, so no entity is made.
import { isCountryOrState } from '../gazetteer';
import { lexicon } from '../lexicon';
import type { Tok } from '../tokens';
import { STATE_ABBREVIATIONS } from './words';
import { plain } from '../plainPattern';

const PARTY_STATE = plain(String.raw`^[DRI]-(\p{Lu}[\p{L}]+)$`, 'u');

/** Whether the one-token run [a, b) is a party-and-state tag right after a capitalised name (no place's head:
 *  `Lake County (Ind.)` is a place in a state), in parentheses or between commas: 'party' for `D-Conn` (with its
 *  dot) or `R-Texas`, 'state' for a state abbreviation alone in parentheses (`(Ky.)`), else null. */
export function partyStateTag(toks: Tok[], a: number, b: number): 'party' | 'state' | null {
  if (b - a !== 1 || a < 2) return null;
  const open = toks[a - 1].t;
  if ((open !== '(' && open !== ',') || !toks[a - 2].cap || lexicon().placeHeads.has(toks[a - 2].lower)) return null;
  const t = toks[a];
  const m = PARTY_STATE.exec(t.t);
  const dot = toks[a + 1]?.t === '.';
  const close = toks[a + (dot ? 2 : 1)]?.t;
  if (!(open === '(' ? close === ')' : close === ',' || close === '.' || close === undefined)) return null;
  if (m) {
    const st = m[1].toLowerCase();
    return (dot && STATE_ABBREVIATIONS.has(st)) || isCountryOrState(st) ? 'party' : null;
  }
  return open === '(' && dot && STATE_ABBREVIATIONS.has(t.lower) ? 'state' : null;
}
