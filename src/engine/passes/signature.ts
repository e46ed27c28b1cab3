// A quote signed by the paragraph after it (`- Ann Lee, Dover.`), read by the marked and the stripped passes.
import { type DocEnt, type DocState, How, type QuoteBuild } from './state';
import { setSpeaker, speakingEnt } from './speakers';
import { plain } from '../plainPattern';

const DASH_SIGNATURE = plain(String.raw`^\s*(?:--|[\u2014\u2013-])\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$`, 'u');
const NAME_WORDS_ONLY = plain(String.raw`^\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$`, 'u');

/** The longest signature paragraph (`- Ann Lee, Dover.`, `— Mayor Ann Lee, on the radio.`). */
const SIGNATURE_MAX = 120;

/** The person who signs unit `ui` from the paragraph after it: a short paragraph that opens with a dash and a person's
 *  name (titles may come between: `- Ann Lee, Dover.`, `— Mayor Ann Lee, on the radio.`), or null. */
export function dashSigner(st: DocState, ui: number): DocEnt | null {
  const nu = st.units[ui + 1];
  if (!nu || nu.end - nu.start > SIGNATURE_MAX || !nu.data.ents.length) return null;
  const m = DASH_SIGNATURE.exec(st.text.slice(nu.start, nu.start + nu.data.ents[0].s));
  if (!m) return null;
  const de = speakingEnt(st, ui + 1, 0);
  return de && de.type === 'person' && de.s === nu.start + nu.data.ents[0].s ? de : null;
}

/** A pull quote's signature: unit `ui` opens a quotation and leaves it open (its one quote starts the paragraph), and
 *  the paragraph after it is short: a person's name (titles may come first), an optional affiliation after a comma,
 *  and the closing mark (`"The pier will pay for itself.` / `Ann Lee, Harbour Trust."`). That person, or null. */
export function pullSigner(st: DocState, ui: number): DocEnt | null {
  const u = st.units[ui];
  const nu = st.units[ui + 1];
  if (!u || !nu || nu.end - nu.start > SIGNATURE_MAX || !nu.data.ents.length) return null;
  const segs = u.data.segs;
  if (segs.length !== 1 || segs[0].closed || !segs[0].atStart || segs[0].lead) return null;
  const sig = st.text.slice(nu.start, nu.end);
  if (!/^[^"\u201c\u201d]*["\u201d]\s*$/u.test(sig)) return null;
  if (!NAME_WORDS_ONLY.test(sig.slice(0, nu.data.ents[0].s))) return null;
  const de = speakingEnt(st, ui + 1, 0);
  if (!de || de.type !== 'person' || de.s !== nu.start + nu.data.ents[0].s) return null;
  // (Nothing but an affiliation after the name: `, a ROLE of ORG`, never a sentence of its own.)
  const rest = st.text.slice(de.e, nu.end);
  return /^(?:,[^.!?]*(?:\.[^\s"\u201d][^.!?]*)*)?[.]?["\u201d]\s*$/u.test(rest) ? de : null;
}

/** A paragraph that is one whole quote, then its signature (`dashSigner`, or a pull quote's `pullSigner`): that person
 *  signs the quote (`"The pier will pay for itself."` / `- Ann Lee, Dover.`). Whether it set the speaker. */
export function dashSigned(st: DocState, q: QuoteBuild, ui: number): boolean {
  const de = dashSigner(st, ui) ?? pullSigner(st, ui);
  if (de) setSpeaker(q, de, How.After, 0.85);
  return de !== null;
}
