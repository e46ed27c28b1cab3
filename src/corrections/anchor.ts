// Anchoring: a correction names its text (exact, near an offset, with optional context) so that it
// survives edits elsewhere in the article. Pure.
import type { CorrectionTarget } from './types';

export interface Found {
  start: number;
  end: number;
}

/** Context kept around a target by `makeTarget` (characters on each side). */
export const TARGET_CONTEXT = 32;

/** Most occurrences looked at for one target (an exact text repeated more often is resolved among the first ones). */
const MAX_CANDIDATES = 20000;

function commonSuffix(a: string, text: string, end: number): number {
  let n = 0;
  while (n < a.length && end - n - 1 >= 0 && a.charCodeAt(a.length - 1 - n) === text.charCodeAt(end - n - 1)) n++;
  return n;
}

function commonPrefix(a: string, text: string, start: number): number {
  let n = 0;
  while (n < a.length && start + n < text.length && a.charCodeAt(n) === text.charCodeAt(start + n)) n++;
  return n;
}

/**
 * Where `target` is in `text`: the occurrence of `target.exact` whose context matches `prefix`/`suffix`
 * best, and among those the nearest to `target.start`. Null when the exact text is not in `text`.
 * With context, an occurrence counts only when its whole prefix or its whole suffix is still there
 * (an edit may touch one side): a deleted `Biden` is orphaned rather than moved to another `Biden`.
 * Without context, the nearest occurrence is taken.
 */
export function resolveTarget(text: string, target: CorrectionTarget): Found | null {
  const exact = target.exact;
  if (typeof exact !== 'string' || exact.length === 0 || exact.length > text.length) return null;
  const want = Number.isFinite(target.start) ? target.start : 0;
  const prefix = typeof target.prefix === 'string' ? target.prefix : '';
  const suffix = typeof target.suffix === 'string' ? target.suffix : '';
  const hasContext = prefix.length > 0 || suffix.length > 0;
  // Fast path: unchanged text at the recorded offset, and its context (if any) intact.
  if (want >= 0 && text.startsWith(exact, want)) {
    const end = want + exact.length;
    if (!hasContext || (commonSuffix(prefix, text, want) === prefix.length && commonPrefix(suffix, text, end) === suffix.length)) {
      return { start: want, end };
    }
  }
  let best: Found | null = null;
  let bestContext = -1;
  let bestDistance = Infinity;
  let seen = 0;
  for (let i = text.indexOf(exact); i !== -1 && seen < MAX_CANDIDATES; i = text.indexOf(exact, i + 1), seen++) {
    const end = i + exact.length;
    let context = 0;
    if (hasContext) {
      const p = commonSuffix(prefix, text, i);
      const s = commonPrefix(suffix, text, end);
      if (!((prefix.length > 0 && p === prefix.length) || (suffix.length > 0 && s === suffix.length))) continue;
      context = p + s;
    }
    const distance = Math.abs(i - want);
    if (context > bestContext || (context === bestContext && distance < bestDistance)) {
      best = { start: i, end };
      bestContext = context;
      bestDistance = distance;
    }
  }
  return best;
}

/** The target for `text.slice(start, end)`, with `context` characters of prefix and suffix (0: none). */
export function makeTarget(text: string, span: { start: number; end: number }, context = TARGET_CONTEXT): CorrectionTarget {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const t: CorrectionTarget = { exact: text.slice(start, end), start };
  if (context > 0) {
    let p = Math.max(0, start - context);
    // Never split a surrogate pair or start the context inside a line break pair.
    if (p > 0 && isLow(text.charCodeAt(p))) p++;
    let s = Math.min(text.length, end + context);
    if (s < text.length && isLow(text.charCodeAt(s))) s--;
    const prefix = text.slice(p, start);
    const suffix = text.slice(end, s);
    if (prefix) t.prefix = prefix;
    if (suffix) t.suffix = suffix;
  }
  return t;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Short, one-line form of a target for messages: `"He wants to shatter…" at 185`. */
export function describeTarget(t: CorrectionTarget | undefined): string {
  if (!t || typeof t.exact !== 'string') return '(no target)';
  const flat = t.exact.replace(/\s+/g, ' ').trim();
  const shown = flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
  return `"${shown}" at ${t.start}`;
}
