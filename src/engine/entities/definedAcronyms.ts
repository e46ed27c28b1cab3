// Acronyms a document defines by lower-case words (`ground drag index (GDI)`): a term there, and a term in every
// other mention of the document (`the GDI rose`), which alone would read as an unknown organisation's acronym.
import { FUNCTION_WORDS } from '../lexicon';
import { K, type Tok } from '../tokens';
import { expansionStart } from './acronym';
import { knownProper } from './words';
import { plain } from '../plainPattern';

const ACRONYM_SHAPE = plain(String.raw`^\p{Lu}{2,8}s?$`, 'u');

/** A sentence's first word may be capitalised by position: the paragraph's start or after `.`, `!`, `?`, `:`. */
const startsSentence = (toks: Tok[], k: number): boolean => k === 0 || /^[.!?:]$/.test(toks[k - 1].t);

/** Acronyms (plural `s` dropped) a paragraph defines in parentheses after lower-case words whose initials spell them
 *  (`light-emitting diode (LED)`; the first word may open the sentence). One pass over the paragraph's tokens; kept
 *  with the paragraph by passes/paraMemo.ts. */
export function lowerDefinedAcronyms(toks: Tok[]): string[] {
  const r: string[] = [];
  for (let a = 2; a + 1 < toks.length; a++) {
    const t = toks[a];
    if (t.kind !== K.Word || toks[a - 1].t !== '(' || !ACRONYM_SHAPE.test(t.t)) continue;
    const s = expansionStart(toks, a);
    if (s < 0 || a - 1 - s < 2) continue;
    let lower = true;
    for (let k = s; k < a - 1 && lower; k++) {
      const w = toks[k];
      if (w.cap && !(k === s && startsSentence(toks, k)) && !FUNCTION_WORDS.has(w.lower)) lower = false;
    }
    const acr = t.t.replace(/s$/, '');
    if (lower && !knownProper(acr.toLowerCase())) r.push(acr);
  }
  return r;
}

/** A one-token mention of such an acronym (`GDI`, `GDIs`): no name. */
export function isTermAcronym(terms: Set<string>, toks: Tok[], t0: number, t1: number): boolean {
  if (terms.size === 0 || t1 - t0 !== 1) return false;
  const w = toks[t0].t;
  return terms.has(w) || (w.endsWith('s') && terms.has(w.slice(0, -1)));
}
