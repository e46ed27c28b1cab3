// Checking the edits a caller hands the analysis client (VS Code's contentChanges): only changes that do make the new
// text go to the worker. Platform-neutral.
import type { TextChange } from './protocol';

/** Whether `changes`, applied in order to `from`, make `to` (the caller's changes are checked, never trusted). */
export function applies(from: string, changes: readonly TextChange[], to: string): boolean {
  if (changes.length === 1) {
    // The usual case (typing): compared in place, without building the new text.
    const c = changes[0];
    const end = c.offset + c.length;
    if (c.offset < 0 || c.length < 0 || end > from.length) return false;
    if (to.length !== from.length - c.length + c.text.length || !to.startsWith(c.text, c.offset)) return false;
    return sameRange(from, 0, to, 0, c.offset) && sameRange(from, end, to, c.offset + c.text.length, from.length - end);
  }
  let text = from;
  for (const c of changes) {
    if (c.offset < 0 || c.length < 0 || c.offset + c.length > text.length) return false;
    text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
  }
  return text.length === to.length && text === to;
}

/** `a.slice(i, i + n) === b.slice(j, j + n)`, in blocks (slices of a flat string are views: nothing is copied). */
function sameRange(a: string, i: number, b: string, j: number, n: number): boolean {
  const B = 1 << 16;
  for (let k = 0; k < n; k += B) {
    const m = Math.min(B, n - k);
    if (a.slice(i + k, i + k + m) !== b.slice(j + k, j + k + m)) return false;
  }
  return true;
}
