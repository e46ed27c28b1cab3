// A town named with its state or country (issue 12, seventeenth round): `Tarrow, Ga.`, `Tarrow, Georgia,` or `Tarrow,
// Kenya.` is a place, whatever the town's word. Unknown to the lists, such a word was read by its other mentions (an
// unknown word before a past-tense verb, `Tarrow emerged as ...`, reads as a person), and that person then took the
// `Tarrow, Ga.` mention too. Written this way, the town is a strong place, and one sense per discourse carries it.
import { K, type Tok } from '../tokens';
import { isCountryOrState } from '../gazetteer';
import type { Classified } from './classify';
import { STATE_ABBREVIATIONS } from './words';

/** Whether tokens [a, b) stand before `, <state or country>`: an AP-style state abbreviation with its dot (`, Ga.`), or
 *  a state or country of the hand lists written in full and closed by punctuation or the paragraph's end (`, Ohio,`).
 *  Constant work: four tokens after the name are read. */
function beforeState(text: string, toks: Tok[], b: number): boolean {
  const comma = toks[b], st = toks[b + 1];
  if (!comma || comma.t !== ',' || !st || st.kind !== K.Word || !st.cap || st.sent !== comma.sent) return false;
  if (STATE_ABBREVIATIONS.has(st.lower) && st.t.length > 1 && text.charCodeAt(st.e) === 46 && st.t !== st.t.toUpperCase()) return true;
  let k = b + 1, low = st.lower;
  if (!isCountryOrState(low) && toks[b + 2]?.cap && isCountryOrState(low + ' ' + toks[b + 2].lower)) { k = b + 2; low += ' ' + toks[k].lower; }
  if (!isCountryOrState(low)) return false;
  const after = toks[k + 1];
  return !after || after.sent !== toks[k].sent || /^[,.;:)]$/.test(after.t);
}

/**
 * The reading of the name in tokens [a, b) given the classifier's `cls`: a place when the name, of one or two
 * capitalised words and no title, stands before a state or a country (see `beforeState`) and the rules read it as
 * nothing, an untyped or weak name, a surname or a one-word person. A name the lists know keeps its type (a two-word
 * person, `Ann Lee, Ohio,`, too). Else `cls` unchanged.
 */
export function cityStateClass(text: string, toks: Tok[], a: number, b: number, cls: Classified | null, titled: boolean): Classified | null {
  if (titled || b - a > 2 || (cls && !cls.weak && cls.type !== 'unknown' && cls.type !== 'surname' && !(cls.type === 'person' && b - a === 1))) return cls;
  if (cls?.possBase || !beforeState(text, toks, b)) return cls;
  for (let i = a; i < b; i++) if (!toks[i].cap || toks[i].kind !== K.Word || toks[i].t === toks[i].t.toUpperCase()) return cls;
  return { type: 'place', canonical: cls?.canonical ?? toks.slice(a, b).map((t) => t.t).join(' '), weak: false, possBase: null };
}
