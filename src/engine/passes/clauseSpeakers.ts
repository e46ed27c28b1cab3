// Clauses of a quote's sentence, or the sentence before it, that name its speaker rather than the attribution the
// quote finders would give it (issue 12, twenty-fourth round): `Lee, citing "...," said the candidate could win`, and
// `Wren, a senator, tweeted a warning. "..."` (split from quotes.ts).
import type { Attr } from '../attribution';
import { type DocState, How, type QuoteBuild } from './state';
import { subjectOfSentence } from './speakers';
import { sentOf } from './util';
import { SPEECH_CUES } from '../lexicon';
import { plain } from '../plainPattern';

/** Finite verbs and auxiliaries that open a reported clause (`said the candidate could win`). */
const CLAUSE_VERB = plain(String.raw`^\s+(?:could|would|will|should|might|must|can|may|is|was|are|were|has|had|have|did|does|do)\b`, 'u');
/** `Lee, citing "...," said the candidate could win`: an inverted attribution after the quote whose subject a finite
 *  verb follows is a cue before a reported clause, not `, said X`: the quote's sentence's subject speaks it. */
export function reportsClause(text: string, base: number, at: Attr): boolean {
  return at.form === 'inverted' && CLAUSE_VERB.test(text.slice(base + at.subject.e, base + at.subject.e + 12));
}
/** The subject of the quote's sentence before it (`subjectOfSentence`) speaks it: whether one was found. */
export function subjectSpeaks(st: DocState, q: QuoteBuild, ui: number, open: number): boolean {
  subjectOfSentence(st, q, ui, open);
  if (q.actorKey) return true;
  q.how = How.None;
  q.speakerSpan = null;
  return false;
}

/** After a subject: maybe a parenthesis (`(R-Ore.)`) and an appositive in commas, maybe an adverb, then its verb. */
const VERB_AFTER_SUBJECT = plain(String.raw`^(?:\s*\([^()]{1,20}\))?(?:,\s+[^,;:"“”()]{2,120},\s+|\s+)(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?(\p{Ll}+)`, 'u');
/** A quote that opens its sentence after a sentence whose subject's verb is a speech cue (`Wren, a senator, tweeted a
 *  warning.`): that subject speaks it, less surely. Whether it was set. */
export function speechSentenceBefore(st: DocState, q: QuoteBuild, ui: number, open: number): boolean {
  const u = st.units[ui];
  const d = u.data;
  const si = sentOf(d, open);
  const sn = d.sents[si];
  if (si === 0 || !sn || open - sn.s >= 2) return false;
  const prev = d.sents[si - 1];
  const conf = q.confidence;
  subjectOfSentence(st, q, ui, d.toks[Math.max(prev.t0, prev.t1 - 1)].s);
  const span = q.speakerSpan;
  const m = span ? VERB_AFTER_SUBJECT.exec(st.text.slice(span.end, Math.min(u.start + prev.e, span.end + 160))) : null;
  if (q.actorKey && m && SPEECH_CUES.has(m[1])) {
    q.confidence = Math.min(q.confidence, 0.5);
    return true;
  }
  q.actorKey = null;
  q.speakerSpan = null;
  q.how = How.None;
  q.confidence = conf;
  return false;
}
