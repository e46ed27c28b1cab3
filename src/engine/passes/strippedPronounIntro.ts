// `When the vote was over she stood up and said, We will not pay.`, `On the radio, he ended the hour by saying, Its
// time to go home.`: in a document without quotation marks, a cue of saying, a comma and a capitalised word that is
// no name introduce a quote (see `introducedQuotes`); when the sentence's subject is not found at its start (an
// opening clause with no comma, a fronted phrase the subject finder does not pass over), the nearest `he` / `she`
// before the cue, with no name between them, is the cue's subject and speaks the rest of the sentence. Pure; linear
// in the tokens (a bounded look back from each cue).
import { STRIPPED_CONTRACTIONS } from '../lexicon';
import { K } from '../tokens';
import { How, type ParaData } from './state';
import { newQuote, resolvePronoun } from './speakers';
import { subjectPronounConfidence } from './pronounRanker';
import type { Para } from './strippedSpeech';
import { type Overlaps, freeSpan } from './strippedIntro';
import { upperBound } from './util';

/** Cues of saying that introduce the words after their comma (`said, We ...`, `by saying, I ...`). */
const CUES = new Set(['said', 'says', 'saying', 'adding', 'added', 'asked', 'asking', 'wrote', 'writing', 'replied', 'declared', 'declaring']);
/** How far back from the cue the subject pronoun is looked for, in tokens. */
const LOOK_BACK = 30;
/** Words between the pronoun and the cue that open another clause, whose subject the pronoun is not (`he said that
 *  when she ...`, `the man who ...`). */
const CLAUSE_BREAKS = new Set(['that', 'who', 'whom', 'which', 'whose', 'if', 'whether', ';', ':']);

/** Whether a candidate name starts at or covers paragraph offset `pos`, or lies in [lo, hi). */
function nameIn(d: ParaData, lo: number, hi: number): boolean {
  const k = upperBound(d.ents, lo - 1, (c) => c.s);
  if (k > 0 && d.ents[k - 1].e > lo) return true;
  return k < d.ents.length && d.ents[k].s < hi;
}

/** Quotes of a pronoun subject introduced by a cue and a comma (see the file's head), into `p.quotes`. */
export function pronounIntroduced(p: Para, overlaps: Overlaps): void {
  const { st, ui, u, d } = p;
  const toks = d.toks;
  for (const sn of d.sents) {
    for (let i = sn.t0 + 2; i + 3 < sn.t1; i++) {
      const t = toks[i];
      if (t.kind !== K.Word || t.cap || !CUES.has(t.lower) || toks[i + 1].t !== ',') continue;
      const next = toks[i + 2];
      // (A capitalised word that is no name: `said, We ...`, `saying, Seriously, ...`; `said, Ann Lee ...` may be a list.)
      if (next.kind !== K.Word || !next.cap || (nameIn(d, next.s, next.e) && !STRIPPED_CONTRACTIONS.has(next.lower))) break;
      let pro = -1;
      for (let k = i - 1; k >= sn.t0 && k >= i - LOOK_BACK; k--) {
        if (CLAUSE_BREAKS.has(toks[k].lower)) break;
        if (toks[k].lower === 'he' || toks[k].lower === 'she') { pro = k; break; }
      }
      if (pro < 0 || nameIn(d, toks[pro].e, t.s)) break;
      const q = newQuote(st, ui, u.start + next.s, u.start + sn.e, false);
      if (!freeSpan(p, q, overlaps)) break;
      const r = resolvePronoun(st, toks[pro].lower, ui, u.start + toks[pro].s);
      if (!r) break;
      q.actorKey = r.key;
      q.speakerSpan = { start: u.start + toks[pro].s, end: u.start + toks[pro].e };
      q.how = How.Subject;
      q.cue = t.lower;
      q.cueSpan = { start: u.start + t.s, end: u.start + t.e };
      q.confidence = Math.min(subjectPronounConfidence(r.p), 0.55);
      p.quotes.push(q);
      overlaps.add(q);
      break;
    }
  }
}
