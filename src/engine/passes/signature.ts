// A quote signed by the paragraph after it (`- Ann Lee, Dover.`), read by the marked and the stripped passes.
import { type DocState, How, type QuoteBuild } from './state';
import { setSpeaker, speakingEnt } from './speakers';

/** The longest signature paragraph (`- Ann Lee, Dover.`, `— Mayor Ann Lee, on the radio.`). */
const SIGNATURE_MAX = 120;

/** A paragraph that is one whole quote, then a short paragraph that opens with a dash and a person's name (titles may
 *  come between): that person signs the quote (`"The pier will pay for itself."` / `- Ann Lee, Dover.`). Whether it
 *  set the speaker. */
export function dashSigned(st: DocState, q: QuoteBuild, ui: number): boolean {
  const nu = st.units[ui + 1];
  if (!nu || nu.end - nu.start > SIGNATURE_MAX || !nu.data.ents.length) return false;
  const m = /^\s*(?:--|[\u2014\u2013-])\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.exec(st.text.slice(nu.start, nu.start + nu.data.ents[0].s));
  if (!m) return false;
  const de = speakingEnt(st, ui + 1, 0);
  if (!de || de.type !== 'person' || de.s !== nu.start + nu.data.ents[0].s) return false;
  setSpeaker(q, de, How.After, 0.85);
  return true;
}
