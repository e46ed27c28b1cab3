// A stripped paragraph signed by the paragraph after it: `We will keep the ferry running.` / `- Tom Okafor.`
import { newQuote, setSpeaker } from './speakers';
import { dashSigner } from './signature';
import { How } from './state';
import { type Para, voiceIn } from './strippedSpeech';

/** `I never said the pier was safe. It wasnt.` then a paragraph `- Dana Lind.` (or `-Mayor Dana Lind, on the radio.`):
 *  the dash and the name sign the paragraph before them, an epigraph's or a fact check's layout. Without quotation
 *  marks only a paragraph with no quote and no attribution of its own that sounds like speech (a first or second
 *  person or a stripped contraction in one of its sentences) and does not open with a dash is read as signed: a byline
 *  (`- Ann Lee.`) follows the narrator's paragraph, a dashed list's next item follows an item. */
export function signedParagraph(p: Para): void {
  const { st, ui, u, d } = p;
  if (p.quotes.length || p.attrs.length || !d.sents.length || !st.units[ui + 1]) return;
  // (A paragraph that opens with a dash is an item of a dashed list, and so is the short one after it.)
  if (/^\s*(?:--|[\u2014\u2013-])/u.test(st.text.slice(u.start + d.sents[0].s, u.start + d.sents[0].s + 3))) return;
  // (The signature first: a short paragraph after it, cheap to test; the speech check reads every sentence.)
  const de = dashSigner(st, ui);
  if (!de) return;
  let voiced = false;
  for (let si = 0; si < d.sents.length && !voiced; si++) voiced = voiceIn(p, si, d.sents[si].s, d.sents[si].e);
  if (!voiced) return;
  const q = newQuote(st, ui, u.start + d.sents[0].s, u.start + d.sents[d.sents.length - 1].e, false);
  setSpeaker(q, de, How.After, 0.85);
  q.confidence = Math.min(q.confidence, 0.6);
  p.quotes.push(q);
  p.lastSentUsed = d.sents.length - 1;
}
