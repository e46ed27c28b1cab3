// `Said Marta Okonkwo, who runs the harbor board, We will not pay.`, `But, said Okonkwo, we will not pay.`,
// `Continued Okonkwo: The fares are too high.`: in a document without quotation marks, a sentence that opens with a
// cue of saying and its named subject (the inverted order of a narrator's lead-in), then a comma or a colon, gives
// the rest of the sentence to that person. Pure; linear in the tokens (a bounded scan from each sentence start).
import { K } from '../tokens';
import { How } from './state';
import { newQuote, setSpeaker, speakingEnt } from './speakers';
import type { Para } from './strippedSpeech';
import { type Overlaps, freeSpan } from './strippedIntro';
import { upperBound } from './util';

/** Cues that open such a sentence before their subject. */
const FRONT_CUES = new Set(['said', 'added', 'continued', 'explained', 'asked', 'wrote', 'noted', 'recalled', 'replied', 'countered', 'concluded']);
/** Conjunctions that may come first (`But, said Lee, ...`, `And said Lee: ...`). */
const LEADS = new Set(['but', 'and', 'yet']);
/** Words that open an appositive after the name (`Said Lee, who ..., `, `Said Lee, a farmer, `). */
const APPOSITIVE = new Set(['who', 'a', 'an', 'the', 'whose']);
/** The most tokens in the appositive. */
const APPOSITIVE_MAX = 25;

/** Quotes of sentences opening with a cue and its named subject (see the file's head), into `p.quotes`. */
export function cueFirstQuotes(p: Para, overlaps: Overlaps): void {
  const { st, ui, u, d } = p;
  const toks = d.toks;
  for (const sn of d.sents) {
    let k = sn.t0;
    if (k + 2 < sn.t1 && LEADS.has(toks[k].lower)) k += toks[k + 1].t === ',' ? 2 : 1;
    if (k + 3 >= sn.t1 || toks[k].kind !== K.Word || !FRONT_CUES.has(toks[k].lower)) continue;
    // (`Said` capitalised opens the sentence; after `But,` the cue is lower-case.)
    if ((k === sn.t0) !== toks[k].cap) continue;
    const cue = toks[k];
    // The subject: a name starting right after the cue.
    const e = upperBound(d.ents, cue.e, (c) => c.s);
    const n = d.ents[e];
    if (!n || n.t0 !== k + 1) continue;
    const de = speakingEnt(st, ui, e);
    if (!de || st.actors.get(de.actorKey!)?.type !== 'person') continue;
    let c = n.t1;
    if (c >= sn.t1 || (toks[c].t !== ',' && toks[c].t !== ':')) continue;
    // (Over an appositive set off by commas: `Said Lee, who grew up here, ...`.)
    if (toks[c].t === ',' && c + 1 < sn.t1 && APPOSITIVE.has(toks[c + 1].lower)) {
      let j = c + 2;
      while (j < sn.t1 && j < c + APPOSITIVE_MAX && toks[j].t !== ',') j++;
      if (j >= sn.t1 || toks[j].t !== ',') continue;
      c = j;
    }
    const next = toks[c + 1];
    if (!next || c + 1 >= sn.t1 || next.kind !== K.Word) continue;
    const q = newQuote(st, ui, u.start + next.s, u.start + sn.e, false);
    if (!freeSpan(p, q, overlaps)) continue;
    setSpeaker(q, de, How.Before, 0.7);
    q.cue = cue.lower;
    q.cueSpan = { start: u.start + cue.s, end: u.start + cue.e };
    p.quotes.push(q);
    overlaps.add(q);
  }
}
