// The stripped pass's quotes after a colon that closes a clause of speaking (`Lee said flatly: I doubt it.`, `she
// offered this reply: We never ...`) wherever in the sentence the colon stands, also in an attribution sentence; a
// first-person text after a colon in a sentence naming a person; speech after a colon that closes a clause of speaking.
import { K } from '../tokens';
import { SPEECH_CUES } from '../lexicon';
import { How } from './state';
import { newQuote, subjectOfSentence } from './speakers';
import { upperBound, wordsAtLeast } from './util';
import { type Para, firstPerson, pastTenseToks, speechLikeToks, speechRunEnd, voiceIn } from './strippedSpeech';
import { speakerLabel } from './strippedPrecision';
import type { Overlaps } from './strippedIntro';
import { plain } from '../plainPattern';

const COLON_BEFORE_CAPITAL = plain(String.raw`:\s+(?=\p{Lu})`, 'u');

/** Nouns of an utterance that, in the clause before a colon, announce what follows (`this reply:`, `his old lines:`). */
const UTTERANCE_NOUNS = new Set(['statement', 'message', 'remarks', 'reply', 'retort', 'response', 'answer', 'lines', 'tweet',
  'post', 'comment', 'comments', 'warning', 'plea', 'bite']);
/** Verbs of belief or perception among the speech cues: what follows them is a thought or a report, not words. */
const NOT_WORDS = new Set(['thought', 'thinks', 'believes', 'believed', 'wonders', 'wondered', 'states', 'described', 'describes', 'cited',
  'pointed', 'noted', 'noting', 'reported', 'reports', 'found', 'showed', 'shows']);
/** Words before a colon that head a list or an example. */
const LIST_HEADS = new Set(['including', 'following', 'follows', 'example', 'instance', 'namely']);
/** First- and second-person words before the colon: the clause is itself someone's speech (`I say to you: ...`). */
const SPEAKER_WORDS = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'you', 'your', 'lets', 'im', 'ive', 'weve']);

/** `Asked about the fares, he said flatly: We cannot lower them.`, `Lee had a short reply for them: You are wrong.`: a
 *  colon, then a capitalised word, after a clause of the narrator's with a verb of speaking or a noun of an utterance
 *  (no first or second person before the colon), introduces the words of that clause's subject when the text after it
 *  has the speaker's voice (a first or second person, a stripped contraction). The quote runs to the end of the
 *  sentence and on over the next sentences that sound like speech, up to an attribution. Only where no other quote
 *  is; at most one per sentence. */
export function colonQuotes(p: Para, overlaps: Overlaps): void {
  const { st, ui, u, d } = p;
  const toks = d.toks;
  // (Each sentence is run over once: the next colon looked at is after the sentences the last one ran over.)
  let next = 0;
  for (let si = 0; si < d.sents.length; si++) {
    if (si < next) continue;
    const sn = d.sents[si];
    // (The first colon of the sentence followed by a capitalised word, with a cue or an utterance noun before it.)
    let cue = false;
    let colon = -1;
    for (let k = sn.t0; k + 1 < sn.t1; k++) {
      const t = toks[k];
      if (t.t === ':') {
        if (toks[k + 1].kind === K.Word && toks[k + 1].cap) colon = k;
        break;
      }
      if (t.kind !== K.Word) continue;
      if (SPEAKER_WORDS.has(t.lower) && (t.cap ? t.t === 'I' || k === sn.t0 : true)) break;
      if (!t.cap && ((SPEECH_CUES.has(t.lower) && !NOT_WORDS.has(t.lower)) || UTTERANCE_NOUNS.has(t.lower))) cue = true;
    }
    // (`..., including:`, `the following:` head a list or an example, not words spoken.)
    if (colon < 0 || !cue || LIST_HEADS.has(toks[colon - 1]?.lower ?? '')) continue;
    const cs = toks[colon + 1].s;
    if (!voiceIn(p, si, cs, sn.e) || !wordsAtLeast(st.text, u.start + cs, u.start + sn.e, 3)) continue;
    let endSent = si + 1;
    endSent = speechRunEnd(p, endSent);
    next = endSent;
    const q = newQuote(st, ui, u.start + cs, u.start + d.sents[endSent - 1].e, false);
    if (overlaps.test(q)) continue;
    subjectOfSentence(st, q, ui, toks[colon].s);
    if (!q.actorKey) continue;
    q.how = How.Before;
    q.confidence = Math.min(q.confidence, 0.5);
    p.quotes.push(q);
    overlaps.add(q);
  }
}

/** The text of sentence `si` of the paragraph. */
export const sentText = (p: Para, si: number): string => p.st.text.slice(p.u.start + p.d.sents[si].s, p.u.start + p.d.sents[si].e);

/** `Sunak ... is forthcoming: The Home Secretary and I are working ...` — a first-person text after a colon in a
 *  sentence that names a person before it. */
export function firstPersonAfterColon(p: Para): void {
  const { st, u, d } = p;
  for (let si = 0; si < d.sents.length; si++) {
    const sn = d.sents[si];
    const rel = st.text.slice(u.start + sn.s, u.start + sn.e);
    const m = COLON_BEFORE_CAPITAL.exec(rel);
    if (!m || p.attrSents.has(si) || si <= p.lastSentUsed || speakerLabel(p, si, m.index)) continue;
    const cs = sn.s + m.index + m[0].length;
    const pe = firstPerson(st.text.slice(u.start + cs, u.start + sn.e))
      ? st.unitEnts[p.ui].find((x) => x.s >= u.start + sn.s && x.e <= u.start + sn.s + m.index && x.type === 'person' && x.actorKey)
      : undefined;
    if (!pe) {
      speechAfterColon(p, si, sn.s + m.index, cs);
      continue;
    }
    let endSent = si + 1;
    while (endSent < d.sents.length && !p.attrSents.has(endSent) && firstPerson(sentText(p, endSent))) endSent++;
    const q = newQuote(st, p.ui, u.start + cs, u.start + d.sents[endSent - 1].e, false);
    q.actorKey = pe.actorKey;
    q.speakerSpan = { start: pe.s, end: pe.e };
    q.how = How.Before;
    q.confidence = 0.55;
    p.quotes.push(q);
    p.lastSentUsed = Math.max(p.lastSentUsed, endSent - 1);
  }
}

/** `Reyes put it this way: This plan will not pass.`, `Lee had this to say about the plan: Families would pay more.`: a
 *  colon after a clause whose subject is a person introduces what that person said, when the text after it sounds
 *  like speech (present tense, a modal, a first or second person); it runs on over the next sentences that sound like
 *  speech, up to an attribution. Nothing but the colon marks it: a low confidence. */
function speechAfterColon(p: Para, si: number, colon: number, cs: number): void {
  const { st, u, d } = p;
  const sn = d.sents[si];
  const t0 = upperBound(d.toks, cs - 1, (x) => x.s);
  const t1 = Math.min(t0 + 30, sn.t1);
  if (!wordsAtLeast(st.text, u.start + cs, u.start + sn.e, 3) || !speechLikeToks(st, d, t0, t1)) return;
  // (Only after a verb or a noun of speaking: a colon in narration more often explains, lists or heads a text,
  // `The campaign has an edge: ...`, `Lee: Well, ...`.)
  let cue = false;
  for (let k = sn.t0 + 1; k < t0 && !cue; k++) {
    const t = d.toks[k];
    cue = t.kind === K.Word && !t.cap && (SPEECH_CUES.has(t.lower) || COLON_SPEECH.has(t.lower) || ANSWER_WORDS.has(t.lower)) && !BELIEF.has(t.lower);
  }
  if (!cue) return;
  // (The narrator's past tense after a colon, `Lee had one message: The ferry would stay ...`, reports; only
  // the speaker's voice outweighs it.)
  if (pastTenseToks(st, d, t0, t1) && !voiceIn(p, si, cs, sn.e)) return;
  const q = newQuote(st, p.ui, u.start + cs, u.start + sn.e, false);
  // (The quotes so far are this pass's, in reading order and before sentence `si`: the last one is enough.)
  const last = p.quotes[p.quotes.length - 1];
  if (last && last.s < q.e && q.s < last.e) return;
  subjectOfSentence(st, q, p.ui, colon);
  if (!q.actorKey || st.actors.get(q.actorKey)?.type !== 'person') return;
  // (Each sentence is passed over once: the next colon looked at is after the quote.)
  let endSent = si + 1;
  endSent = speechRunEnd(p, endSent);
  q.e = u.start + d.sents[endSent - 1].e;
  q.how = How.Before;
  q.confidence = Math.min(q.confidence, 0.45);
  p.quotes.push(q);
  p.lastSentUsed = Math.max(p.lastSentUsed, endSent - 1);
}

/** Nouns of an utterance and `put` (`as Lee put it:`) that introduce speech before a colon. */
const COLON_SPEECH = new Set(['put', 'statement', 'message', 'words', 'remarks', 'tweet', 'interview', 'speech', 'say', 'told', 'saying']);
/** Words of an answer before a colon that the other introducers do not take (`Lee resisted:`, `a snappy retort:`, `his
 *  response was:`, `his familiar lines:`); verbs of speaking such as `retorted:` or `fired back:` are theirs. */
const ANSWER_WORDS = new Set(['resisted', 'retort', 'reply', 'response', 'answer', 'lines', 'bite', 'lectured']);

/** Verbs of belief among the speech cues: what follows them is a thought, not words. */
const BELIEF = new Set(['states', 'believes', 'believed', 'thinks', 'thought', 'wonders', 'wondered', 'described', 'describes', 'cited', 'pointed']);
