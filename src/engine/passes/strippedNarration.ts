// The reporter's narration after a speaker's last words in a document without quotation marks: a sentence that a
// continuation (`..., Reyes said. We will fight it.`) must not take as the speaker's. Pure; linear in the sentences.
import { K } from '../tokens';
import { MONTHS, SPEECH_CUES, WEEKDAYS } from '../lexicon';
import { type Para, pastTense, speechLike, voiceIn } from './strippedSpeech';
import { upperBound } from './util';
import type { DocEnt } from './state';

/** Sentence `si` of the paragraph opens with a person's name (`Dana Pike`, `Mr. Okafor`); with `key`, that person's. */
function opensWithPerson(p: Para, si: number, key?: string | null): boolean {
  const { st, d, u } = p;
  const t = d.toks[d.sents[si].t0];
  if (!t || t.kind !== K.Word || !t.cap) return false;
  const ue = st.unitEnts[p.ui];
  const j = upperBound(ue, u.start + t.s - 1, (x) => x.s);
  return j < ue.length && ue[j].s === u.start + t.s && ue[j].type === 'person' && (key === undefined || ue[j].actorKey === key);
}

/** Sentence `si` names the person `key` anywhere in it (`A grocer for 30 years, Ruiz lost ...`, `Ruiz's shop ...`);
 *  not a name after an article, which modifies a noun (`the Ruiz family`), nor an organisation's own name. */
function namesPerson(p: Para, si: number, key: string): boolean {
  return eachPerson(p, si, (x, _k, afterArticle) => (x.actorKey === key && !afterArticle ? true : undefined));
}

/** Walks the person mentions of sentence `si` in order, each with the index of its first token and whether an article
 *  stands right before it; `visit` ends the walk with its answer (true or false), or goes on (undefined). False at the
 *  end. */
function eachPerson(p: Para, si: number, visit: (x: DocEnt, k: number, afterArticle: boolean) => boolean | undefined): boolean {
  const { st, d, u } = p;
  const sn = d.sents[si];
  const ue = st.unitEnts[p.ui];
  const e = u.start + sn.e;
  let k = sn.t0;
  for (let j = upperBound(ue, u.start + sn.s - 1, (x) => x.s); j < ue.length && ue[j].s < e; j++) {
    const x = ue[j];
    if (x.type !== 'person') continue;
    while (k < sn.t1 && u.start + d.toks[k].s < x.s) k++;
    const before = k > sn.t0 ? d.toks[k - 1].lower : '';
    const r = visit(x, k, before === 'the' || before === 'a' || before === 'an');
    if (r !== undefined) return r;
  }
  return false;
}

/** Past-tense verbs with which the narrator reports what a `he` / `she` said or did next. */
const REPORTED = new Set(['said', 'told', 'declined', 'refused', 'added', 'went']);

/** Sentence `si` gives a source of its own: `according to` anywhere (`The implication, according to an aide, is ...`),
 *  or an opening `He` / `She` with a past-tense verb of reporting (`She went on to say`, `He declined to discuss it.`). */
function ownSource(p: Para, si: number): boolean {
  const { toks, sents } = p.d;
  const sn = sents[si];
  const he = toks[sn.t0]?.t === 'He' || toks[sn.t0]?.t === 'She';
  for (let k = sn.t0 + 1; k < sn.t1; k++) {
    const t = toks[k];
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to') return true;
    if (he && !t.cap && REPORTED.has(t.lower)) return true;
  }
  return false;
}

/** Sentence `si` holds a number (a digit) or names a month or a day of the week: the reporter's facts. */
function numberOrDate(p: Para, si: number): boolean {
  const { d } = p;
  const sn = d.sents[si];
  for (let k = sn.t0; k < sn.t1; k++) {
    const t = d.toks[k];
    if (/\d/.test(t.t) || (t.kind === K.Word && t.cap && (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)))) return true;
  }
  return false;
}

/** Sentence `si`, with no sign of the speaker's voice, reads as the reporter's narration: in the past tense with no
 *  verb of the present or modal, and either the reporter's facts (a number, a date) or a person's name as its subject
 *  (`Police arrested 12 people on Friday.`, `Okafor resigned from the board.`); a person's name with a number or a date
 *  in any tense (`Okafor owns shares worth $2 million.`); the speaker's own name as its subject (`key`, the speaker's
 *  actor); or a parenthetical sentence (`(He later withdrew.)`). */
export function narrationSentence(p: Para, si: number, key: string | null): boolean {
  const { st, d } = p;
  const sn = d.sents[si];
  if (voiceIn(p, si, sn.s, sn.e)) return false;
  if (d.toks[sn.t0]?.t === '(') return true;
  const person = opensWithPerson(p, si);
  const facts = numberOrDate(p, si);
  if (person && facts) return true;
  // (A speaker does not open a sentence with their own name: `..., Okafor said. Okafor is bringing the case.`)
  if (key && person && opensWithPerson(p, si, key)) return true;
  // (Nor names themselves further in with no sign of their voice: `A grocer for 30 years, Ruiz lost the shop.`)
  if (key && namesPerson(p, si, key)) return true;
  if (ownSource(p, si)) return true;
  return (person || facts) && pastTense(st, d, si) && !speechLike(st, d, si);
}

/** Infinitives of saying after which a narrator's sentence hands the floor to its subject (`was moved to say,`). */
const SAY_INFINITIVES = new Set(['say', 'add', 'reply', 'respond', 'declare', 'insist']);

/** Sentence `si` is the narrator's lead-in to another person's words: it opens with the name of a person other than
 *  the speaker `key` and has a first colon followed by a capitalised word (`Okafor pushed back: The pier stays.`)
 *  or, before it, an infinitive of saying before a comma or a colon (`Okafor was moved to say, ...`). A continuation of `key`'s words does not
 *  run over it, nor does one from the previous paragraph open with it. */
export function otherLeadIn(p: Para, si: number, key: string | null): boolean {
  if (!key || !opensWithPerson(p, si) || opensWithPerson(p, si, key)) return false;
  const { toks, sents } = p.d;
  const sn = sents[si];
  for (let k = sn.t0 + 1; k + 1 < sn.t1; k++) {
    const t = toks[k];
    if (t.t === ':') return toks[k + 1].kind === K.Word && toks[k + 1].cap;
    if (t.lower === 'to' && SAY_INFINITIVES.has(toks[k + 1].lower) && (toks[k + 2]?.t === ',' || toks[k + 2]?.t === ':')) return true;
  }
  return false;
}

/** Where a continuation over sentences [s1, e1) after an attribution ends: at the first sentence of the reporter's
 *  narration after which no sentence has the speaker's voice (`..., Reyes said. The council voted 5 to 2 in May.`);
 *  narration followed by more of the speaker's words (`Reyes won in 2019. Im proud of that.`) does not end it. */
export function narrationStop(p: Para, s1: number, e1: number, key: string | null): number {
  // (Before a narrator's lead-in to another person's words: `..., Reyes said. Okafor shot back: That is false.`)
  for (let k = s1; k < e1; k++) if (otherLeadIn(p, k, key)) e1 = k;
  // (The last sentence with a sign of the speaker's voice, looked for from the end: each sentence read once.)
  let k = e1 - 1;
  while (k >= s1 && !voiceIn(p, k, p.d.sents[k].s, p.d.sents[k].e)) k--;
  for (k = Math.max(s1, k + 1); k < e1; k++) if (narrationSentence(p, k, key)) return k;
  return e1;
}

/** Words between a person's name and the verb of a narrator's report about them (`Lee himself conceded`, `Lee then
 *  added`, `Lee was asked`, `Lee has long argued`). */
const BEFORE_REPORT_VERB = new Set(['himself', 'herself', 'also', 'then', 'later', 'again', 'now', 'once', 'still', 'long', 'was', 'has', 'had']);

/** A regular past tense the lexicon may lack (`touted`, `lambasted`); not `-eed` (`need`, `indeed`). */
const PAST_ED = /^[a-z]{2,}[^e]ed$/;

/** Sentence `si`, with no first- or second-person word before it, has a person other than `key` (not after an
 *  article) as the subject of a verb of speaking or of a verb in the past tense (`Dorn himself conceded in an
 *  interview it will be hard for us to win.`, `Dorn touted his record on the ferry bill.`, `... so calm that Mr. Dorn
 *  was moved to say, ...`): the narrator reports what that person said or did. Speech carried over from the
 *  previous paragraph (`..., Lee said.` at its end) does not run into it. Reads the sentence's names once. */
export function otherPersonReports(p: Para, si: number, key: string): boolean {
  const { st, d, u } = p;
  const sn = d.sents[si];
  return eachPerson(p, si, (x, k, afterArticle) => {
    if (!x.actorKey || x.actorKey === key) return undefined;
    // (`I told them Dorn resigned`: the speaker's words about another person.)
    if (voiceIn(p, si, sn.s, x.s - u.start)) return false;
    if (afterArticle) return undefined;
    // (The first word after the name, over at most two words of `BEFORE_REPORT_VERB`.)
    let v = k;
    while (v < sn.t1 && u.start + d.toks[v].s < x.e) v++;
    for (let n = 0; n < 2 && v < sn.t1 && BEFORE_REPORT_VERB.has(d.toks[v].t); n++) v++;
    const t = d.toks[v];
    return t && t.kind === K.Word && !t.cap && (SPEECH_CUES.has(t.lower) || st.lex.common.get(t.lower) === 'PastTense' || PAST_ED.test(t.lower)) ? true : undefined;
  });
}

