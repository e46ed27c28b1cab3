// A transcript line inside quotation marks: the quote opens its paragraph and its text opens with a person's name and a
// colon (`"Ruth Vell: Seriously, about this. ..."`, the layout of a debate or interview transcript quoted line by
// line). The name labels the line: that person speaks it, whatever the paragraph before says (twenty-ninth round).
import { type DocState, How, personEntOf, type QuoteBuild } from './state';
import type { Seg } from '../attribution';
import { setSpeaker } from './speakers';
import { plain } from '../plainPattern';
import { candStart, upperBound } from './util';

const UPPER_START = plain(String.raw`^\p{Lu}`, 'u');

/** Letters at least after the label's colon: a line of talk, not a title with a subtitle (`"Harbor Days: A Memoir"`
 *  has a capitalised run after it and is no person anyway). */
const MIN_LINE = 12;

/** If the quote `q` (segment `sg` of unit `ui`, opening its paragraph, with no attribution) opens with a person's name
 *  followed by a colon, that person speaks it; whether it set the speaker. */
export function transcriptLabel(st: DocState, q: QuoteBuild, ui: number, sg: Seg): boolean {
  const u = st.units[ui];
  const ents = u.data.ents;
  for (let k = upperBound(ents, sg.s - 1, candStart); k < ents.length; k++) {
    const c = ents[k];
    if (c.ts !== sg.s || c.s !== sg.s) return false;
    if (u.start + c.e >= q.e || st.text.charCodeAt(u.start + c.e) !== 58 /* : */) return false;
    const rest = st.text.slice(u.start + c.e + 1, q.e).trim();
    if (rest.length < MIN_LINE || !UPPER_START.test(rest)) return false;
    const de = personEntOf(st, ui, k);
    if (!de) return false;
    setSpeaker(q, de, How.Before, 0.85);
    return true;
  }
  return false;
}
