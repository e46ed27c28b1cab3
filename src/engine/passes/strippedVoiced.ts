// `Im sure we can finish the pier, Lind told Harbor Radio host Ana Pell last week.`: a preposed attribution right
// after a comma, whose words before the comma are in the speaker's voice and whose cue reports no clause of its own,
// closes those words as an inverted one does (the clause finder reads the addressee, `of` and a topic, or `him saying`
// as the cue's content).
import type { Attr } from '../attribution';
import { K, type Sentence, type Tok } from '../tokens';
import { upperBound } from './util';
import { type Para, voiceIn } from './strippedSpeech';
import { ING_ENDING } from '../wordShapes';

/** Pronoun subjects that may close a speaker's words (not `I`, `we`, `you`, `they`: the narrator or a group). */
const SPEAKER_PRONOUNS = new Set(['he', 'she']);
/** At most this many tokens between the subject's end and the cue (`Lind, 52, told`). */
const MAX_GAP = 6;
/** Cues that take an addressee (`told Harbor Radio`). */
const ADDRESSEE = new Set(['told', 'tells']);
/** Object pronouns before a participle (`recalled him saying`). */
const OBJECTS = new Set(['him', 'her', 'them', 'me', 'us']);
/** Words after an addressee that open a reported clause (`told Lind the plan ...`, `told Lind that ...`). */
const CLAUSE_OPENERS = new Set(['that', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'this', 'there', 'to', 'about']);
/** Determiners that open a role before the name (`another fraternity brother, Lee Marsh, recalled`). */
const ROLE_DETS = new Set(['a', 'an', 'another', 'the', 'one']);

const word = (t: Tok | undefined): t is Tok => !!t && t.kind === K.Word;
/** The attribution's subject is a named entity or `he` / `she`. */
const speakerSubject = (a: Attr): boolean => a.subject.kind === 'entity' || (a.subject.kind === 'pronoun' && SPEAKER_PRONOUNS.has(a.subject.name.toLowerCase()));

/** Whether what follows cue token `c` reports no clause: `told` and a capitalised addressee (role words and a second
 *  name may follow: `told Harbor Radio host Ana Pell`) not followed by a clause; `of` (`declared of the plan`); an
 *  object pronoun and a participle (`recalled him saying`). */
function noClauseAfter(toks: Tok[], c: number, sn: Sentence): boolean {
  const t = toks[c + 1];
  if (!word(t)) return false;
  if (t.lower === 'of') return true;
  if (OBJECTS.has(t.lower)) {
    const n = toks[c + 2];
    return word(n) && !n.cap && ING_ENDING.test(n.lower) && (c + 3 >= sn.t1 || toks[c + 3].kind === K.Punct);
  }
  if (!ADDRESSEE.has(toks[c].lower) || !t.cap) return false;
  let k = c + 1;
  while (k < sn.t1 && word(toks[k]) && toks[k].cap) k++;
  const r = k;
  while (k < sn.t1 && k < r + 3 && word(toks[k]) && !toks[k].cap && !CLAUSE_OPENERS.has(toks[k].lower)) k++;
  if (k > r && k < sn.t1 && word(toks[k]) && toks[k].cap) while (k < sn.t1 && word(toks[k]) && toks[k].cap) k++;
  else k = r;
  return k >= sn.t1 || !word(toks[k]) || !CLAUSE_OPENERS.has(toks[k].lower);
}

/** For preposed attribution `a` (a direct cue reporting no clause, a named or `he` / `she` subject right after a comma
 *  that follows at least three words of the sentence), the comma's paragraph offset when the words before it hold a
 *  first or second person or a stripped contraction; else -1. A role set off by commas before the name (`..., another
 *  fraternity brother, Lee Marsh, recalled ...`) is left out of the quote. */
export function voicedBeforePreposed(p: Para, a: Attr): number {
  if (a.form !== 'preposed' || a.intro || !a.direct) return -1;
  const subj = a.subject;
  if (!speakerSubject(a) || subj.s > a.cueS) return -1;
  const { d } = p;
  const sn = d.sents[a.sent];
  const toks = d.toks;
  const k = upperBound(toks, subj.s - 1, (x) => x.s);
  const c = upperBound(toks, a.cueS - 1, (x) => x.s);
  const e = upperBound(toks, subj.e - 1, (x) => x.s);
  if (k <= sn.t0 + 2 || k >= sn.t1 || c >= sn.t1 || toks[k].s !== subj.s || toks[k - 1].t !== ',' || c - e > MAX_GAP) return -1;
  if (toks[c].s !== a.cueS || !noClauseAfter(toks, c, sn)) return -1;
  let b = k - 1;
  // (`..., another fraternity brother, Lee Marsh, ...`: the role is the narrator's.)
  let j = b - 1;
  while (j > sn.t0 && j > b - 7 && word(toks[j]) && !toks[j].cap) j--;
  if (j > sn.t0 && toks[j].t === ',' && j + 2 < b && ROLE_DETS.has(toks[j + 1].lower)) b = j;
  let words = 0;
  for (let i = b - 1; i >= sn.t0 && words < 3; i--) if (toks[i].kind === K.Word) words++;
  if (words < 3) return -1;
  return voiceIn(p, a.sent, sn.s, toks[b].s) ? toks[b].s : -1;
}

/** `Youve broken every promise to the islands, Lind charged.`, `..., she wondered.`: an inverted attribution whose cue
 *  is a verb of speaking but no direct one (`charged`, `asserted`, `promises`, `wondered`), with a named or `he` /
 *  `she` subject, closes words before it that are in the speaker's voice. Not when the cue's own clause holds a first
 *  or second person (`Honestly, whatever I propose, she agrees with us.`: speech within speech). */
export function voicedIndirectCue(p: Para, a: Attr): boolean {
  if (a.form !== 'inverted' || a.direct || !a.closesSentence || a.boundary < 0) return false;
  if (!speakerSubject(a)) return false;
  const { d } = p;
  const sn = d.sents[a.sent];
  if (!voiceIn(p, a.sent, sn.s, a.boundary)) return false;
  // (The end of the cue's clause: the next punctuation after the cue, or the sentence's end.)
  let k = upperBound(d.toks, a.cueE - 1, (x) => x.s);
  while (k < sn.t1 && d.toks[k].kind !== K.Punct) k++;
  return !voiceIn(p, a.sent, a.cueE, k < sn.t1 ? d.toks[k].s : sn.e);
}
