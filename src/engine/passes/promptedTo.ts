// `The harbour survey prompted the Ferry Users League to state, "..."`, `Reyes urged Tom Arden to say: "..."`: a marked
// quote that nothing else attributed, right after `to`, a verb of speaking in its base form and a comma or a colon,
// in a sentence where a verb that moves someone to speak (`prompted`, `urged`, `asked`, `invited`) has a person or an
// organisation as its object: the object speaks, not the sentence's subject. Bounded scans of the quote's sentence.
import { K, isQuoteChar } from '../tokens';
import { verbForms } from '../lexicon';
import { type DocState, How, type QuoteBuild } from './state';
import { setSpeaker, speakingEnt } from './speakers';
import { sentOf, upperBound } from './util';

/** Verbs of speaking in the base form after `to` (`to state,`, `to say:`). */
const SAY_BASES: ReadonlySet<string> = new Set(verbForms('say:b state:b ask:b declare:b write:b add:b proclaim:b exclaim:b remark:b reply:b'));
/** Verbs that move their object to speak (`prompted X to`, `urged X to`). */
const MOVING_VERBS: ReadonlySet<string> = new Set(verbForms('prompt:d urge:d ask:d invite:d press:d encourage:d force:d inspire:d ' +
  'challenge:d led:b'));
/** Tokens scanned back from `to` for the moving verb, at most. */
const BACK_MAX = 30;
/** Confidence of the object as the speaker. */
const CONFIDENCE = 0.6;

/** Sets the object of the moving verb as the speaker of quote `q` (opening at paragraph offset `open` of unit `ui`);
 *  true when it did. */
export function promptedToSpeak(st: DocState, q: QuoteBuild, ui: number, open: number): boolean {
  const d = st.units[ui].data;
  const sn = d.sents[sentOf(d, open)];
  if (!sn) return false;
  const toks = d.toks;
  let k = upperBound(toks, open - 1, (t) => t.s) - 1;
  if (k >= sn.t0 && isQuoteChar(toks[k].t) && toks[k].s >= open) k--;
  if (k - 2 < sn.t0 || (toks[k].t !== ',' && toks[k].t !== ':')) return false;
  if (!SAY_BASES.has(toks[k - 1].lower) || toks[k - 2].lower !== 'to') return false;
  const ents = d.ents;
  for (let m = k - 3, n = 0; m > sn.t0 && n < BACK_MAX; m--, n++) {
    const t = toks[m];
    if (t.t === ';' || t.t === ':' || isQuoteChar(t.t)) return false;
    if (t.kind !== K.Word || t.cap || !MOVING_VERBS.has(t.lower)) continue;
    // (The object right after the verb, maybe after `the`: a name that is a person or an organisation.)
    const o = toks[m + 1]?.lower === 'the' ? m + 2 : m + 1;
    const x0 = upperBound(ents, toks[m].s, (c) => c.s);
    const x = x0 < ents.length && (ents[x0].t0 === o || ents[x0].t0 === m + 1) ? x0 : -1;
    // (`prompted Lee's harbour trust to state`: the owner is no object.)
    if (x < 0 || ents[x].possBase !== null || /^['’]s\b/.test(st.text.slice(st.units[ui].start + ents[x].e, st.units[ui].start + ents[x].e + 3))) return false;
    const de = speakingEnt(st, ui, x);
    if (!de) return false;
    setSpeaker(q, de, How.Before, CONFIDENCE);
    return true;
  }
  return false;
}
