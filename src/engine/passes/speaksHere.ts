// Whether a mention speaks in its own clause (`Lee said`, `..., said Lee`): asked of every mention a pronoun looks back
// over, kept per document and, when it reads nothing outside the mention's paragraph, with the paragraph's candidate.
import { type DocEnt, type DocState, ck, memoCand } from './state';
import { SPEECH_CUES } from '../lexicon';
import { plain } from '../plainPattern';
import { ownsCueNoun } from './cuedPossessive';
import { isSpace } from './util';

const WORD_BEFORE = plain(String.raw`(\p{Ll}+)\s+$`, 'u');
const WORD_AFTER = plain(String.raw`^\s+(?:also\s+|later\s+|then\s+)?(\p{Ll}+)`, 'u');
const WORD_AFTER_APPOSITIVE = plain(String.raw`^,[^,;:"“”()]{3,80},\s+(?:also\s+|later\s+|then\s+)?(\p{Ll}+)`, 'u');
const COMMA_WORD_BEFORE = plain(String.raw`,["”'’]*\s+(\p{Ll}+)\s+$`, 'u');

/** A word before a name that puts it in a subordinate clause, a coordination or a prepositional phrase (`when Lee
 *  asked`, `Reyes and Lee argued`, `in Lee claiming`). */
const SUBORDINATE_BEFORE = /(?:^|[\s(])(?:when|while|after|before|because|since|until|unless|if|though|although|whereas|once|and|or|of|by|for|to|with|from|about|against|on|at|in|than|like|into|over|under)\s+(?:the\s+)?$/i;
/** Whether the mention `d` speaks in its own clause: a speech cue follows it (not inside a subordinate clause or after a
 *  preposition) or precedes it (`..., said Ann Lee`). */
// (Each mention is asked once per document: a pronoun looks back over up to PRONOUN_LOOKBACK mentions, and a
// paragraph of many pronouns would otherwise ask the same mentions again and again.)
export function speaksHere(st: DocState, d: DocEnt): boolean {
  // (`Brills remarks`: the name owns the cue, cuedPossessive.ts; asked before the memo, the name being the document's.)
  if (ownsCueNoun(st.text, d.s, d.e, d.canonical)) return false;
  const k = ck(st, d.unit, d.cand);
  if (k < 0) return speaksHereUncached(st.text, d);
  if (st.speaksMemo[k] === 0) st.speaksMemo[k] = speaksKept(st, d) ? 2 : 1;
  return st.speaksMemo[k] === 2;
}
/** Characters read before the mention's start (`cuePrecedes`) and after its end (`cueFollows`' appositive). */
const SPEAKS_BACK = 24;
const SPEAKS_AHEAD = 120;
/** `speaksHereUncached`, kept with the candidate across analyses when all it reads is inside the mention's paragraph
 *  (a mention near the paragraph's start or end reads the neighbour, which may change while this one stays). */
function speaksKept(st: DocState, d: DocEnt): boolean {
  const u = st.units[d.unit];
  if (d.ts - SPEAKS_BACK < u.start || d.e + SPEAKS_AHEAD > u.end) return speaksHereUncached(st.text, d);
  return memoCand('speaks', u.data.ents[d.cand], speaksHereUncached, st.text, d);
}
function speaksHereUncached(text: string, d: DocEnt): boolean {
  // (`..., said Lee, a lawyer.`; not `..., said Lee was wrong`: a verb after the name makes it a reported clause's subject.)
  // (`Lee said Reyes added ...`: a name right after a speech verb opens the reported clause.)
  // (The word before the name is read only once a cue follows: an end-anchored pattern tried at every offset.)
  return (cueFollows(text, d.e) && !SUBORDINATE_BEFORE.test(text.slice(Math.max(0, d.ts - 12), d.ts)) && !cueBefore(text, d.ts)) ||
    (cuePrecedes(text, d.ts) && /^(?:\s*[,.;:)(]|\s*$)/.test(text.slice(d.e, d.e + 2)));
}
/** Whether the word right before the name starting at `ts` is a speech cue (`Lee said Reyes added ...`). */
function cueBefore(text: string, ts: number): boolean {
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, ts - 16), ts));
  return !!w && SPEECH_CUES.has(w[1]);
}

/** Whether a speech cue follows the name ending at `e` (`Reyes said`, `Reyes also argued`): the name speaks, wherever
 *  it sits in its sentence. */
export function cueFollows(text: string, e: number): boolean {
  // (WORD_AFTER opens with a space, WORD_AFTER_APPOSITIVE with a comma: the text is sliced for the one that can match.)
  const next = text.charCodeAt(e);
  if (isSpace(next)) {
    const m = WORD_AFTER.exec(text.slice(e, e + 32));
    return m !== null && SPEECH_CUES.has(m[1]);
  }
  if (next !== 44) return false;
  // `Ann Lee, the party chairwoman, said`: an appositive between the name and the cue.
  const a = WORD_AFTER_APPOSITIVE.exec(text.slice(e, e + 120));
  return a !== null && SPEECH_CUES.has(a[1]);
}

/** Whether an inverted speech cue comes right before the name starting at `s` (`..., said Ann Lee`). */
export function cuePrecedes(text: string, s: number): boolean {
  const m = COMMA_WORD_BEFORE.exec(text.slice(Math.max(0, s - 24), s));
  return m !== null && SPEECH_CUES.has(m[1]);
}

