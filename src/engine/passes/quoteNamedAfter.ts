// A quote that the next sentence names as someone's (`"..." That quote from harbour master Tom Arden appeared in the
// paper in 1980.`, `"..." Those words, from Mayor Ruth Vell, ...`): the person named speaks it (twenty-ninth round).
import { type DocState, How, personEntOf, type QuoteBuild } from './state';
import type { Seg } from '../attribution';
import { setSpeaker } from './speakers';
import { candStart, upperBound } from './util';

const NAMED_AFTER = /^\s*(?:that|this|the|those|these)\s+(?:quote|quotation|line|remark|remarks|words|comment|comments|statement)\s*,?\s+(?:from|by)\s+/i;
/** Characters at most between `from` / `by` and the name (a role: `from harbour master`). */
const ROLE_CHARS = 40;

/** If the sentence right after the quote `q` (segment `sg` of unit `ui`) opens by naming it as a person's (`That quote
 *  from NAME`), that person speaks it; whether it set the speaker. */
export function quoteNamedAfter(st: DocState, q: QuoteBuild, ui: number, sg: Seg): boolean {
  if (!sg.closed) return false;
  const u = st.units[ui];
  const after = st.text.slice(u.start + sg.closeEnd, Math.min(u.end, u.start + sg.closeEnd + 60));
  const m = NAMED_AFTER.exec(after);
  if (!m) return false;
  const from = sg.closeEnd + m[0].length;
  const ents = u.data.ents;
  for (let k = upperBound(ents, from - 1, candStart); k < ents.length; k++) {
    const c = ents[k];
    if (c.s - from > ROLE_CHARS || /[,.;:"\u201c\u201d]/u.test(st.text.slice(u.start + from, u.start + c.s))) return false;
    // (`from Harbour Port Commissioner Tom Arden`: a place or an organisation in the role is passed over.)
    if (c.type !== 'person') continue;
    const de = personEntOf(st, ui, k);
    if (!de) return false;
    setSpeaker(q, de, How.After, 0.8);
    return true;
  }
  return false;
}
