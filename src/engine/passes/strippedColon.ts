// The stripped pass's quotes after a colon that closes a clause of speaking (`Lee said flatly: I doubt it.`, `she
// offered this reply: We never ...`) wherever in the sentence the colon stands, also in an attribution sentence.
import { K } from '../tokens';
import { SPEECH_CUES } from '../lexicon';
import { How } from './state';
import { newQuote, subjectOfSentence } from './speakers';
import { wordsAtLeast } from './util';
import { type Para, speechLike, voiceIn } from './strippedSpeech';
import type { Overlaps } from './strippedIntro';

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
    while (endSent < d.sents.length && !p.attrSents.has(endSent) && speechLike(st, d, endSent)) endSent++;
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
