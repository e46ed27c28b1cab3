// Two quotes of one speaker that touch in a stripped paragraph are one quote (issue 12, twenty-ninth round, branch
// h-cont2). Without quotation marks the rules find a speaker's run of sentences piece by piece: the sentence with the
// cue, then the next one as a continuation or through a pronoun (`The pier will close, Ana Ruiz said. It is too old.`
// is two finds). With the marks the writer keeps such a run in one pair of quotation marks unless a cue stands
// between the pieces, so when nothing but a sentence end and spaces separates two finds of the same speaker, they are
// read as one. A second piece whose own attribution follows it (`B, he said.`) is left alone: a writer who attributes
// it again has started a new quote. A cue between the pieces (`A, he said. B`) keeps them apart: that is how marked
// text cuts two quotes. Pure; the paragraph's quotes are sorted by start (a handful).
import type { QuoteBuild } from './state';
import { How } from './state';

/** Only a sentence end and spaces (no line break) between two quotes. */
const TOUCHING = /^[.?!…]?[ \t]*$/;

/** Whether quote `b`, which starts after `a` ends, continues `a`: same known speaker, nothing but a sentence end and
 *  spaces between, and `b` not attributed by a cue of its own after it. */
export function continues(text: string, a: QuoteBuild, b: QuoteBuild): boolean {
  if (a.marked || b.marked || !a.actorKey || a.actorKey !== b.actorKey) return false;
  if (b.s < a.e || b.how === How.After || b.kind === 'indirect' || a.kind === 'indirect') return false;
  return TOUCHING.test(text.slice(a.e, b.s));
}

/** Joins touching quotes of one speaker in a stripped paragraph: the first takes the second's end and the second is
 *  dropped; the others keep their order. */
export function joinTouching(text: string, paraQuotes: QuoteBuild[]): void {
  if (paraQuotes.length < 2) return;
  const order = paraQuotes.slice().sort((x, y) => x.s - y.s);
  const joined = new Set<QuoteBuild>();
  let prev = order[0];
  for (let k = 1; k < order.length; k++) {
    const q = order[k];
    if (continues(text, prev, q)) { prev.e = q.e; joined.add(q); continue; }
    prev = q;
  }
  if (!joined.size) return;
  let kept = 0;
  for (const q of paraQuotes) if (!joined.has(q)) paraQuotes[kept++] = q;
  paraQuotes.length = kept;
}
