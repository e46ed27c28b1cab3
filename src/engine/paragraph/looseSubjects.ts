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
import { entStartingAt } from './subjectIndex';

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

/** Words that may stand between an inverted cue and the person it names besides capitalised words, titles, role
 *  nouns, nouns and adjectives (`said his best friend at Lehigh, Ann Lee`). */
const SLOT_PREPS = new Set(['of', 'at', 'for', "'s", '’s', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'another', 'one']);
const NOT_SLOT_TAG = /^(Preposition|Conjunction|QuestionWord|Pronoun|Gerund|PastTense|Adverb|Modal|Copula|Negative|Auxiliary|Date)$/;

/** `..., said another user, Ann Lee.`, `..., said Ohio delegate Ann Lee, angered ...`, `..., said Reyes's top aide Ann
 *  Lee.`: after an inverted cue whose subject the strict finder took as a noun phrase, a place or an organisation, a
 *  person's name that ends the clause, reached over role words and at most one comma right before it, is the subject.
 *  The entity index of that person, or -1. */
export function personInInvertedSlot(toks: Tok[], ents: ECand[], k: number, sn: Sentence): number {
  const lex = lexicon();
  for (let n = 0; k < sn.t1 && n < 14; n++) {
    const t = toks[k];
    const e = entStartingAt(ents, toks, k);
    if (e >= 0) {
      const c = ents[e];
      if (c.type === 'person') {
        const nx = toks[c.t1];
        const edge = !nx || c.t1 >= sn.t1 || (nx.kind === K.Punct && (nx.t === ',' || nx.t === '.' || nx.t === '(' || nx.t === ';' || isQuoteChar(nx.t)));
        return n > 0 && edge ? e : -1;
      }
      if (c.t1 <= k) return -1;
      k = c.t1;
      continue;
    }
    if (t.kind === K.Punct) {
      // One comma, right before the name (`another user, Ann Lee`).
      if (t.t !== ',' && t.t !== "'s" && t.t !== '’s') return -1;
      if (t.t === ',') {
        // (`Lee's introducer, actor Tam Orrick`: up to two role words between the comma and the name.)
        let j = k + 1;
        while (j < k + 3 && j < sn.t1 && toks[j].kind === K.Word && !toks[j].cap && (isTitleWord(toks[j].lower) || lex.roleNouns.has(toks[j].lower))) j++;
        const e2 = entStartingAt(ents, toks, j);
        if (e2 < 0 || ents[e2].type !== 'person') return -1;
        k = j;
        continue;
      }
      k++;
      continue;
    }
    // (An ordinal in a rank, `Coast Guard 2nd Lt.`, is a role word.)
    if (t.kind === K.Num && k + 1 < sn.t1 && /^(?:st|nd|rd|th)$/.test(toks[k + 1].lower)) {
      k += 2;
      continue;
    }
    if (t.kind !== K.Word) return -1;
    const l = t.lower;
    if (!t.cap && !SLOT_PREPS.has(l) && !isTitleWord(l) && !lex.roleNouns.has(l)) {
      const tag = lex.common.get(l);
      if (tag !== undefined && NOT_SLOT_TAG.test(tag)) return -1;
      if (SPEECH_CUES.has(l) || /(?:ing|ed)$/.test(l) && tag === undefined) return -1;
    }
    k++;
  }
  return -1;
}
