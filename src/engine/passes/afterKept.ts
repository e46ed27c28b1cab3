// Answers read from the text right after a mention (a fixed number of characters) are kept with the mention's
// candidate when that text is all its paragraph's (state.ts `memoCand`). A mention near its paragraph's end reads on
// into the line break and the next paragraph, which an edit may change while this paragraph stays: such an answer was
// made again on every analysis (a slice and a pattern per mention near a paragraph's end, on every edit). It is now
// kept too, with the characters it read past the paragraph's end (an own copy, never more than the window): when those
// are the same again, so is everything it read, and so is the answer.
import type { Across, CandMemo } from '../entities/cand';
import { newCandMemo } from '../entities/cand';
import { ownString } from '../ownString';
import type { DocEnt, DocState } from './state';

type AcrossSlot = 'genderAcross' | 'possAcross' | 'appoAcross';
type AnswerOf<K extends AcrossSlot> = NonNullable<CandMemo[K]> extends Map<string, Across<infer R>> ? R : never;

/** Answers kept per candidate and slot, by the text read past the paragraph's end (a paragraph written more than once
 *  in a document is followed by different paragraphs); past this many, a new one is made and not kept. */
const MAX_KEPT = 64;

/**
 * `read(st, d)`, which reads only `st.text` from `d.e` for `after` characters (and the lexicon), kept in slot `k` of
 * the mention's candidate by the part of that text past its paragraph's end. For a mention whose window runs past its
 * paragraph (`d.e + after > u.end`). A kept answer must not hold the document's text (an own copy when it does).
 */
export function keptAfter<K extends AcrossSlot>(st: DocState, d: DocEnt, k: K, read: (st: DocState, d: DocEnt) => AnswerOf<K>, after: number): AnswerOf<K> {
  const u = st.units[d.unit];
  const c = u.data.ents[d.cand];
  const text = st.text;
  const tail = text.slice(u.end, Math.min(d.e + after, text.length));
  const rel = d.e - u.start;
  const m = c.memoC ??= newCandMemo();
  let kept = m[k] as Map<string, Across<AnswerOf<K>>> | undefined;
  const x = kept?.get(tail);
  if (x !== undefined && x.rel === rel) return x.r;
  let r = read(st, d);
  if (kept === undefined) (m[k] as Map<string, Across<AnswerOf<K>>>) = kept = new Map();
  if (x === undefined && kept.size < MAX_KEPT) {
    // (Own copies, never slices of this text: the candidate outlives it.)
    if (typeof r === 'string') r = ownString(r) as AnswerOf<K>;
    kept.set(ownString(tail), { rel, r });
  }
  return r;
}
