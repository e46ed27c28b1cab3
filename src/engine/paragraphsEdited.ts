// The body paragraphs of a text after an edit, from the paragraphs of the text before it (header.ts `splitParagraphs`
// gives the same list; this one reads only the edited stretch). An edit of one paragraph of a big seed left every
// other line as it was: the paragraphs before the edit are the previous objects again (analyses are read-only), those
// after it the previous ones moved by the change in length, count and lines. Only the lines from the last line break
// before the edit to the first line break after it are split again.
import type { Paragraph } from './types';
import { pushParagraph, splitLines, splitParagraphs } from './header';
import { upperBound } from './passes/util';
import { PlainParagraph } from './plainObjects';

const paraStart = (p: Paragraph): number => p.start;

/** The previous text's split: its length, where its body began and its paragraphs (`splitParagraphs`). */
export interface PreviousSplit {
  length: number;
  bodyStart: number;
  paragraphs: readonly Paragraph[];
}

/**
 * `splitParagraphs(text, bodyStart)`, made from `old` (the split of the previous text) and what the two texts share:
 * their first `prefix` and last `suffix` characters (delta.ts `commonEnds`; prefix + suffix at most the shorter
 * length). Exactly the same list, by value.
 */
export function splitParagraphsEdited(text: string, bodyStart: number, old: PreviousSplit, prefix: number, suffix: number): Paragraph[] {
  const n = text.length;
  const delta = n - old.length;
  // A line break inside the common prefix (and in the body): a line starts after it in both texts, at the same place.
  const j = prefix > 0 && old.bodyStart === bodyStart ? text.lastIndexOf('\n', prefix - 1) : -1;
  if (j < bodyStart) return splitParagraphs(text, bodyStart);
  const q = j + 1;
  const ops = old.paragraphs;
  // The previous paragraphs wholly before q (a line never crosses a line start): the same objects.
  const k = upperBound(ops as Paragraph[], q - 1, paraStart);
  const out: Paragraph[] = ops.slice(0, k);
  // The number of the line starting at q: counted from the last kept paragraph's line (or the body's first line).
  let line: number;
  if (k > 0) line = ops[k - 1].line + breaks(text, ops[k - 1].start, q);
  else line = (bodyStart > 0 ? splitLines(text.slice(0, bodyStart)).length - 1 : 0) + breaks(text, bodyStart, q);
  const tail = n - suffix; // (from here on the text is the previous text's, moved by delta)
  let start = q;
  while (start <= n) {
    // A line start after a `\n` of the common suffix: from here on the lines are the previous text's.
    if (start - 1 >= tail && start > q && text.charCodeAt(start - 1) === 10) return moved(out, text, ops, start, line, delta);
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    const next = end + (end < n && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    pushParagraph(out, text, start, end, line);
    if (end >= n) break;
    start = next;
    line++;
  }
  return out;
}

/** `out`, then the previous paragraphs from the one at `start - delta` on, moved: offsets by `delta`, index to follow
 *  `out`, line by what the line at `start` (`line`) is now. */
function moved(out: Paragraph[], text: string, ops: readonly Paragraph[], start: number, line: number, delta: number): Paragraph[] {
  const f = upperBound(ops as Paragraph[], start - delta - 1, paraStart);
  if (f >= ops.length) return out;
  const dl = line + breaks(text, start, ops[f].start + delta) - ops[f].line;
  const di = out.length - f;
  for (let i = f; i < ops.length; i++) {
    const o = ops[i];
    out.push(delta === 0 && dl === 0 && di === 0 ? o : new PlainParagraph(o.start + delta, o.end + delta, o.index + di, o.line + dl));
  }
  return out;
}

/** Line breaks (`\n`, `\r\n` or a lone `\r`, each one) that start in [from, to). */
function breaks(text: string, from: number, to: number): number {
  let c = 0;
  for (let i = from; i < to; i++) {
    const x = text.charCodeAt(i);
    if (x === 10) c++;
    else if (x === 13 && text.charCodeAt(i + 1) !== 10) c++;
  }
  return c;
}
