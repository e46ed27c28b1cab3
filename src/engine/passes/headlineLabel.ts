// A headline that opens with a person's name and a colon (`Marta Okonkwo: 'We Will Not Go Back'`, the headline form of
// `X says`) names who speaks the article's opening quote when the first paragraph opens with a quote nothing
// attributes (twenty-ninth round).
import { type DocState, How, personEntOf, type QuoteBuild } from './state';
import { setSpeaker } from './speakers';

/** The opening quote's confidence: the headline is a paragraph away and no cue says it. */
const CONF = 0.6;

/** If unit `ui` is the first body paragraph after a headline that opens with a person's name and a colon, that person
 *  speaks `q` (the paragraph's first quote, opening it, unattributed); whether it set the speaker. */
export function headlineLabel(st: DocState, q: QuoteBuild, ui: number): boolean {
  const u = st.units[ui];
  const h = st.units[ui - 1];
  if (!h || h.index >= 0 || u.index !== 0) return false;
  const c = h.data.ents[0];
  const t0 = h.data.toks[0];
  if (!c || !t0 || c.ts !== t0.s || c.type !== 'person' || st.text.charCodeAt(h.start + c.e) !== 58 /* : */) return false;
  const de = personEntOf(st, ui - 1, 0);
  if (!de) return false;
  setSpeaker(q, de, How.ContinuationFromPrevious, CONF);
  return true;
}
