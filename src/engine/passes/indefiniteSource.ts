// An unnamed source introduced by an indefinite description (`one voter said`, `a resident said`, `another voter`,
// `one of the guards`) is somebody new each time: two such sources with the same words are two people. A definite
// description (`the aide said`) refers back to the latest one introduced with its words before it (`an aide said ...
// the aide said`), else it is one actor per wording (`the mayor`, `the spokeswoman`), as before.
import type { DocState, ParaData, Unit } from './state';
import { plain } from '../plainPattern';
import { upperBound } from './util';

/** Words that open an indefinite description of one person. */
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);

/** An article right before the subject's span (the subject's own span may leave it out: `a resident` → `resident`).
 *  Reads at most four characters back, on the same line. */
const ARTICLE_BEFORE = plain(String.raw`(?:^|[^\p{L}\p{N}'’])(an?)[ \t]+$`, 'iu');

/** Per analysis: the indefinite sources by words without their opener, each list sorted by span end. */
const introduced = new WeakMap<DocState, Map<string, { end: number; key: string }[]>>();

/** A source subject's words as its actor shows them (a sentence connector before it dropped: `name`), lower-cased with
 *  single spaces (`norm`), and where those words start in the document (`start`); `s`, `e`: its span there. */
export function sourceName(text: string, s: number, e: number): { name: string; norm: string; start: number } {
  const name = text.slice(s, e).replace(/^(Still|Indeed|But|And|So|Yet),?\s+/, '');
  return { name, norm: name.toLowerCase().replace(/\s+/g, ' '), start: e - name.length };
}

/** The words of a description without its indefinite opener (`one commuter` → `commuter`; `one of the guards` stays). */
function head(norm: string): string {
  const m = /^(?:a|an|one|another) (?!of )(.+)$/.exec(norm);
  return m ? m[1] : norm;
}

/** True when the description is indefinite: it opens with `a`, `an`, `one`, `another`, or an article stands before it. */
export function isIndefinite(text: string, norm: string, start: number): boolean {
  return INDEFINITE.has(norm.split(' ', 1)[0]) || ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** Index of the first entry of `list` ending at or after `end` (offsets are integers). */
function firstEndingFrom(list: { end: number }[], end: number): number {
  return upperBound(list, end - 1, (x) => x.end);
}

/** Records an indefinite source (once per span end) and gives its key. */
function introduce(byWords: Map<string, { end: number; key: string }[]>, norm: string, end: number): string {
  const words = head(norm);
  let list = byWords.get(words);
  if (!list) byWords.set(words, (list = []));
  const i = firstEndingFrom(list, end);
  if (i < list.length && list[i].end === end) return list[i].key;
  // (The end of the span: two readings of the same subject, with or without its article, share it.)
  const key = `c:${norm}@${end}`;
  list.splice(i, 0, { end, key });
  return key;
}

/** The indefinite sources among the attributions' subjects of the whole document, read once per analysis (so that a
 *  definite description finds the one introduced before it whichever pass asks first). Only paragraphs with
 *  attributions are read, each one's indefinite subjects kept with its analysis (`indefiniteOf`). */
function scan(st: DocState): Map<string, { end: number; key: string }[]> {
  const byWords = new Map<string, { end: number; key: string }[]>();
  for (const ui of st.attrPos) {
    const u = st.units[ui];
    const found = indefiniteOf(st.text, u);
    for (let k = 0; k < found.length; k += 2) introduce(byWords, found[k] as string, u.start + (found[k + 1] as number));
  }
  introduced.set(st, byWords);
  return byWords;
}

/** Per paragraph analysis, its attributions' indefinite subjects: words (`norm`) and end (paragraph-relative), in
 *  order. All it reads is the paragraph's: the subject's words, and the four characters before them, where an article
 *  that counts ends on the same line (a paragraph starts after a line break). */
const indefinites = new WeakMap<ParaData, (string | number)[]>();
function indefiniteOf(text: string, u: Unit): (string | number)[] {
  let r = indefinites.get(u.data);
  if (r !== undefined) return r;
  r = [];
  for (const at of u.data.attrs) {
    const subj = at.subject;
    if (subj.kind !== 'collective' && subj.kind !== 'np') continue;
    const { norm, start } = sourceName(text, u.start + subj.s, u.start + subj.e);
    if (isIndefinite(text, norm, start)) r.push(norm, subj.e);
  }
  indefinites.set(u.data, r);
  return r;
}

/** The actor key of a collective source (normalised words `norm`, span `start`–`end` in the document): one key per
 *  occurrence when the description is indefinite; a definite one takes the key of the latest indefinite one with the
 *  same words before it, else one key per wording. */
export function unnamedSourceKey(st: DocState, norm: string, start: number, end: number): string {
  const byWords = introduced.get(st) ?? scan(st);
  if (isIndefinite(st.text, norm, start)) return introduce(byWords, norm, end);
  const list = byWords.get(head(norm));
  if (!list) return 'c:' + norm;
  // The latest indefinite one ending before this one starts.
  let i = firstEndingFrom(list, end);
  while (i > 0 && list[i - 1].end > start) i--;
  return i > 0 ? list[i - 1].key : 'c:' + norm;
}
