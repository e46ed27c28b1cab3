// Subjects of an inverted attribution that the strict subject finder (subjects.ts) leaves out, tried only when it
// found none for a direct cue right after a quote:
// - a role chain between the cue and the name that holds a place or an `and` (`..., said former Ohio Gov. Ann Lee.`,
//   `..., said former Ohio Gov. and party Chairman Ann Lee.`);
// - a long appositive between the name and the cue (`"...," Ann Lee, 30, of Dover, Del., who was polled, said.`,
//   `"...," Ann Lee, the pollster who founded a website wrote on Monday.`).
// Paragraph-local, linear: each look-up scans a bounded number of tokens.
import type { ECand } from '../entities';
import { isTitleWord } from '../entities';
import type { Subject } from '../attribution';
import { SPEECH_CUES, lexicon } from '../lexicon';
import { K, type Tok, type Sentence, isQuoteChar } from '../tokens';
import { entStartingAt } from './subjects';

/** Role words and chain glue that may stand between an inverted cue and the name. */
const GLUE = new Set(['former', 'and', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'longtime', 'veteran']);
/** Tokens scanned at most, past the cue or back from it. */
const CHAIN_SPAN = 10;
const APPO_SPAN = 40;

/** `..., said former Ohio Gov. and party Chairman Ann Lee.`: from token k after the cue, over role words (titles, role
 *  nouns, capitalised words, places and organisations, glue) to a person's name that ends the clause. */
export function chainSubjectAfter(toks: Tok[], ents: ECand[], k: number, sn: Sentence): Subject | null {
  const lex = lexicon();
  for (let n = 0; k < sn.t1 && n < CHAIN_SPAN; n++) {
    const e = entStartingAt(ents, toks, k);
    if (e >= 0) {
      const c = ents[e];
      if (c.type === 'person') {
        if (n === 0) return null; // the strict finder's case
        const nx = toks[c.t1];
        const edge = !nx || c.t1 >= sn.t1 || (nx.kind === K.Punct && (nx.t === ',' || nx.t === '.' || nx.t === '(' || nx.t === ';' || isQuoteChar(nx.t)));
        return edge ? { kind: 'entity', s: c.s, e: c.e, ent: e, name: '' } : null;
      }
      if (c.t1 <= k) return null;
      k = c.t1;
      continue;
    }
    const t = toks[k];
    if (t.kind !== K.Word) return null;
    if (!t.cap && !GLUE.has(t.lower) && !isTitleWord(t.lower) && !lex.roleNouns.has(t.lower)) return null;
    k++;
  }
  return null;
}

/** `"...," Ann Lee, 30, of Dover, who was polled, said`: the cue at token i closes a clause that opens, right after a
 *  quote's closing mark and a comma, with a person's name and a comma; nothing between is another name of a person,
 *  another cue or a quotation mark. The subject and the comma boundary before the name, or null. */
export function appositiveSubjectBefore(toks: Tok[], ents: ECand[], i: number, sn: Sentence): { subj: Subject; appo: [number, number]; b: number; start: number } | null {
  let k = i - 1;
  for (let n = 0; k > sn.t0 && n < APPO_SPAN; k--, n++) {
    const t = toks[k];
    if (t.kind === K.Punct && (isQuoteChar(t.t) || t.t === ';' || t.t === ':')) break;
    if (t.kind === K.Word && !t.cap && SPEECH_CUES.has(t.lower)) return null;
  }
  // k: the closing mark (`,"` or `",` before the name).
  const q = toks[k];
  if (!q || !isQuoteChar(q.t)) return null;
  let s0 = k + 1;
  let b = -1;
  if (toks[s0] && toks[s0].t === ',') { b = toks[s0].s; s0++; } else if (k > sn.t0 && toks[k - 1].t === ',') b = toks[k - 1].s;
  if (b < 0) return null;
  const e = entStartingAt(ents, toks, s0);
  if (e < 0 || ents[e].type !== 'person') return null;
  const c = ents[e];
  if (c.t1 >= i || toks[c.t1].t !== ',') return null;
  for (let x = e + 1; x < ents.length && ents[x].s < toks[i].s; x++) if (ents[x].s >= c.e && ents[x].type === 'person') return null;
  return { subj: { kind: 'entity', s: c.s, e: c.e, ent: e, name: '' }, appo: [toks[c.t1 + 1].s, toks[i - 1].e], b, start: toks[s0].s };
}
