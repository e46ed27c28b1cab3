// The subject of a quote's sentence after a conjunction or an introductory phrase, for a marked quote that nothing else
// attributed (`But he wanted to know, "..."`, `At the time, she released a statement saying, "..."`, `In a speech that
// year, a tribute to X, Mr. Reyes decried the "..."`): the first `he`/`she`, or person's name followed by a verb, that
// opens the sentence after a conjunction or opens a clause after one of the sentence's first commas before the quote.
// The pronoun is resolved as any speaker pronoun; the confidence is that of a sentence's subject. Bounded scans.
import { type DocState, How, type QuoteBuild } from './state';
import { resolvePronoun, setSpeaker, speakingEnt } from './speakers';
import { K } from '../tokens';
import { sentOf, upperBound } from './util';
import { subjectPronounConfidence } from './pronounRanker';

const CONJ = new Set(['and', 'but', 'so', 'yet', 'still', 'then', 'now']);
/** Words after a name that show it is no clause subject (`Reyes and ...`, `Reyes of ...`, `Reyes's`). */
const NOT_VERB = new Set(['and', 'or', 'of', 'who', 'whose', 'which', 'that', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as']);
/** Commas of the sentence looked at, at most, and tokens scanned before the quote. */
const MAX_COMMAS = 3;
const MAX_TOKENS = 60;

/** Tries the subject after a conjunction or an introductory phrase, then the main clause's subject after an opening
 *  phrase that holds the quote; true when it set a speaker. */
export function introSubject(st: DocState, q: QuoteBuild, ui: number, open: number): boolean {
  if (introSubjectBefore(st, q, ui, open)) return true;
  return !q.actorKey && !q.speakerSpan && !!q.seg && openerMainSubject(st, q, ui, open, q.seg.closeEnd);
}

/** Words that may stand in their own commas between an opening phrase and the main clause (`..., though, Lee ...`). */
const ASIDES = new Set(['though', 'however', 'too', 'then', 'also', 'still']);
/** Tokens read after the quote for the comma that closes the opening phrase, at most. */
const OPENER_TAIL = 40;

/** `Having praised the "steady hands" of the crews, Lee turned to ...`, `After all the "careful planning" at the pier,
 *  though, Lee ...`: a sentence opened by a participle or a preposition whose phrase holds the quote (closing at paragraph offset
 *  `close`); the comma that closes the phrase after the quote is followed (maybe past an aside in commas) by a
 *  person's name and a lower-case word: the main clause's subject speaks. Only for a quote nothing else attributed. */
function openerMainSubject(st: DocState, q: QuoteBuild, ui: number, open: number, close: number): boolean {
  const d = st.units[ui].data;
  const sn = d.sents[sentOf(d, open)];
  if (!sn) return false;
  const toks = d.toks;
  const f = toks[sn.t0];
  if (!f || f.kind !== K.Word || !f.cap || f.s >= open || f.lower === 'according' || f.lower === 'as' || f.lower === 'like') return false;
  const tag = st.lex.common.get(f.lower);
  if (tag !== 'Gerund' && tag !== 'Preposition') return false;
  // (No clause break between the phrase's first word and the quote: the quote is inside the phrase.)
  for (let k = sn.t0 + 1; k < sn.t1 && toks[k].s < open; k++) if (toks[k].t === ',' || toks[k].t === ';' || toks[k].t === ':') return false;
  let k = upperBound(toks, close - 1, (t) => t.s);
  for (let n = 0; k < sn.t1 && n < OPENER_TAIL; k++, n++) {
    const t = toks[k].t;
    if (t === ';' || t === ':' || t === '"' || t === '“' || t === '”' || t === "'" || t === '‘' || t === '’') return false;
    if (t === ',') break;
  }
  if (k >= sn.t1 || toks[k].t !== ',') return false;
  k++;
  if (toks[k] && ASIDES.has(toks[k].lower) && toks[k + 1] && toks[k + 1].t === ',') k += 2;
  if (k >= sn.t1 || !toks[k].cap) return false;
  return subjectAt(st, q, ui, k, Infinity) === true;
}

function introSubjectBefore(st: DocState, q: QuoteBuild, ui: number, open: number): boolean {
  const u = st.units[ui];
  const d = u.data;
  const sn = d.sents[sentOf(d, open)];
  if (!sn || open - sn.s < 2) return false;
  const toks = d.toks;
  let k = sn.t0;
  if (toks[k] && toks[k].kind === K.Word && CONJ.has(toks[k].lower)) k++;
  let commas = 0;
  for (let n = 0; k < sn.t1 && toks[k].s < open && n < MAX_TOKENS; n++) {
    const at = subjectAt(st, q, ui, k, open);
    if (at !== null) return at;
    // On to the clause after the next comma (no quotation mark, colon or semicolon on the way).
    while (k < sn.t1 && toks[k].s < open && toks[k].t !== ',' && n < MAX_TOKENS) {
      const t = toks[k].t;
      if (t === ':' || t === ';' || t === '"' || t === '“' || t === '”' || t === "'" || t === '‘' || t === '’') return false;
      k++;
      n++;
    }
    if (k >= sn.t1 || toks[k].s >= open || ++commas > MAX_COMMAS) return false;
    k++;
  }
  return false;
}

/** `he`/`she` or a person's name at token k followed by a lower-case word (a verb), before the quote: its speaker set
 *  (true), no subject here (null), or a subject that speaks nothing (false: a pronoun without antecedent). */
function subjectAt(st: DocState, q: QuoteBuild, ui: number, k: number, open: number): boolean | null {
  const u = st.units[ui];
  const d = u.data;
  const toks = d.toks;
  const t = toks[k];
  if (t.kind !== K.Word) return null;
  if (t.lower === 'he' || t.lower === 'she') {
    const nx = toks[k + 1];
    if (!nx || nx.kind !== K.Word || nx.cap || nx.s >= open) return null;
    const r = resolvePronoun(st, t.lower, ui, u.start + t.s);
    if (!r) return false;
    q.actorKey = r.key;
    q.speakerSpan = { start: u.start + t.s, end: u.start + t.e };
    q.how = How.Subject;
    q.confidence = subjectPronounConfidence(r.p);
    return true;
  }
  if (!t.cap) return null;
  const ents = d.ents;
  const c0 = upperBound(ents, t.s - 1, (c) => c.s);
  for (let x = Math.max(0, c0 - 1); x < ents.length && x <= c0 + 1; x++) {
    const c = ents[x];
    if (c.ts !== t.s && c.s !== t.s) continue;
    const nx = toks[c.t1];
    if (!nx || nx.kind !== K.Word || nx.cap || NOT_VERB.has(nx.lower) || nx.s >= open) return null;
    const de = speakingEnt(st, ui, x);
    if (!de || de.type !== 'person') return null;
    setSpeaker(q, de, How.Subject, 0.5);
    return true;
  }
  return null;
}
