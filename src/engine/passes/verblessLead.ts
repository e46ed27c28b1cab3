// A verbless lead-in before a colon and a quote (`Then, later that month on the radio: "..."`, `Again, in a May
// interview: "..."`): no cue and no subject, only when and where; the quote goes on with the speaker of the quote before
// it, in its paragraph or the one before (the layout of a list of a person's statements; twenty-ninth round).
import type { ParaData } from './state';
import { K } from '../tokens';
import { candStart, sentOf, upperBound } from './util';

/** Lower-case words a lead-in of time and place may hold: particles, prepositions, determiners, time and occasion
 *  nouns. Any other lower-case word may be a verb (`He added:`) or a subject (`The letter:`), and ends the rule. */
const LEAD_WORDS: ReadonlySet<string> = new Set([
  'then', 'later', 'earlier', 'again', 'also', 'and', 'but', 'so', 'or', 'still', 'yet', 'meanwhile', 'previously',
  'afterward', 'afterwards', 'before', 'after', 'once', 'ago', 'recently', 'too', 'similarly', 'likewise', 'additionally',
  'that', 'this', 'the', 'a', 'an', 'another', 'same', 'one', 'his', 'her', 'their', 'its', 'other', 'first', 'second',
  'next', 'last', 'following', 'in', 'on', 'at', 'during', 'from', 'of', 'to', 'for', 'with', 'over', 'by',
  'day', 'days', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'time', 'interview', 'debate', 'speech', 'statement', 'rally', 'appearance', 'hearing', 'show', 'program',
  'programme', 'broadcast', 'event', 'podcast', 'radio', 'television', 'tv', 'stage', 'trail', 'conference', 'news',
  'town', 'hall', 'video', 'tweet', 'post', 'remarks', 'addition', 'example', 'instance', 'words',
]);

/** At most this many tokens in the lead-in. */
const MAX_LEAD = 14;

/** Whether the sentence of the quote opening at paragraph offset `open` is, before it, only a lead-in of time and
 *  place ending in a colon right before the mark: no person named in it, every lower-case word a `LEAD_WORDS` one. */
export function verblessLead(d: ParaData, open: number): boolean {
  const sn = d.sents[sentOf(d, open)];
  if (!sn) return false;
  let k = sn.t0;
  let end = -1;
  for (; k < sn.t1 && d.toks[k].s < open; k++) {
    if (k - sn.t0 > MAX_LEAD + 1) return false; // (the colon must end a short lead-in right before the mark)
    if (d.toks[k].t === ':') end = k;
  }
  if (end < 0 || end !== k - 1 || end - sn.t0 > MAX_LEAD || end === sn.t0) return false;
  const from = d.toks[sn.t0].s;
  for (let x = Math.max(0, upperBound(d.ents, from - 1, candStart) - 1); x < d.ents.length && d.ents[x].s < d.toks[end].s; x++) {
    const c = d.ents[x];
    if (c.e > from && c.type === 'person') return false;
  }
  let words = 0;
  for (let j = sn.t0; j < end; j++) {
    const t = d.toks[j];
    if (t.kind !== K.Word) continue;
    words++;
    if (!t.cap && !LEAD_WORDS.has(t.lower)) return false;
    if (t.cap && t.initial && !LEAD_WORDS.has(t.lower)) return false;
  }
  return words > 0;
}
