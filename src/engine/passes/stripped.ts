// The quotes of a paragraph in a document without quotation marks (a stripped seed): inferred from attribution
// clauses (`..., Mr. Clark said at ...`, `..., said William Taylor, ...`, `X said, We ...`), participle cues
// (`..., adding, I would ...`), a first-person text after a colon, and continuations over the sentences after an
// attribution and into the next paragraph.
import type { Attr } from '../attribution';
import { K } from '../tokens';
import { type DocState, How, type ParaData, type QuoteBuild } from './state';
import { applyAttr, inheritSpeaker, newQuote, subjectOfSentence } from './speakers';
import { quoteOverlaps } from './quoteAttrs';
import type { Carry } from './quotes';
import { upperBound, wordsAtLeast } from './util';
import { indefiniteAfterCue, indefiniteInverted } from './strippedIndefinite';
import { FIRST_PERSON_ALL, cueClosesClause, firstPerson, invertedAfterComma, invertedAppositive, invertedSubjectAfter, nominalCue, type Para, pastTense, pastTenseToks, speechAboutSpeech, speechLike, speechLikeToks, voiceIn } from './strippedSpeech';
import { nominalHolder } from './strippedNominal';
import { narrationStop, otherLeadIn, otherPersonReports } from './strippedNarration';
import { verblessInSpeech, verblessPhrase } from './strippedVerbless';
import { firstPersonReported, introducedQuotes, participleQuotes, preposedQuote, putItQuotes } from './strippedIntro';
import { introducedRunOn } from './strippedRun';
import { ledeParaphrase, reportParaphrase } from './strippedPrecision';
import { voicelessReport } from './strippedVoiceless';
import { colonQuotes, firstPersonAfterColon, sentText } from './strippedColon';
import { phrasalInverted } from './strippedPhrasal';
import { conjoinedRest } from './strippedConjoined';
import { adjunctRest } from './strippedAdjunct';
import { voicedBeforePreposed, voicedIndirectCue } from './strippedVoiced';
import { signedParagraph } from './strippedSigned';
import { nominalIntroduced } from './strippedNominalIntro';
import { pronounIntroduced } from './strippedPronounIntro';
import { cueFirstQuotes } from './strippedCueFirst';
import { cueTakesComplement } from './strippedComplement';
import { appositiveInverted, invertedRoleSubject } from './strippedSlot';
import { frontedPhraseOnly, subjectBeforeAside, verblessSubject } from './strippedFronted';
import { frontedAdverbial, question, reportedAfterPronoun, shortPronounLead, shortRetort, wordless } from './strippedShort';
import { ANY_LETTER } from '../wordShapes';
import { reachParagraphStart } from './strippedReach';
import { parentheticalLead } from './strippedParenLead';
import { exclaimedQuotes } from './strippedExclaimed';
import { attributionAlone, modalCue, pushRest, voicedRest } from './strippedFrames';

export { firstPerson, speechLike };

/** The stripped quotes of one paragraph, each with its speaker, into `paraQuotes`. */
export function strippedParagraph(st: DocState, ui: number, carry: Carry, paraQuotes: QuoteBuild[]): void {
  const u = st.units[ui];
  const d = u.data;
  carry.openIntro = null;
  const p: Para = {
    st, ui, u, d, carry, quotes: paraQuotes, lastSentUsed: -1,
    attrSents: new Set(), attrs: d.attrs, voice: new Map(),
  };
  const attrs = d.attrs.map((a) => {
    // `A, Reyes said, B.` in the speaker's voice: read as inverted for A; B (its content) is added after it.
    if (a.form === 'parenthetical') {
      const b = commaBefore(d, a.sent, a.clauseS);
      if (b < 0 || !a.direct) return a;
      if (voiceIn(p, a.sent, d.sents[a.sent].s, b)) return { ...a, form: 'inverted' as const, boundary: b };
      // (`Its been nine years, Reyes said, asked about the delay.`: the rest describes the speaker; A alone is the quote.)
      return adjunctRest(d, a) ? { ...a, form: 'inverted' as const, boundary: b, closesSentence: true, contentS: -1, contentE: -1 } : a;
    }
    // (`Youve broken every promise, Lind charged.`: a speech verb that is no direct cue, after the speaker's voice.)
    if (voicedIndirectCue(p, a)) return { ...a, direct: true };
    // (`..., said Dovers harbor master, Ann Lee.`: role words, a possessive or an organisation before the name.)
    const inv = invertedSubjectAfter(d, a) ?? invertedAppositive(d, a) ?? invertedRoleSubject(d, a);
    if (inv) return inv;
    let b = invertedAfterComma(d, a);
    // (`Im sure of it, Lind told Harbor Radio host Ana Pell.`: the speaker's voice before the comma.)
    if (b < 0) b = voicedBeforePreposed(p, a);
    return b < 0 ? a : { ...a, form: 'inverted' as const, boundary: b, closesSentence: true, contentS: -1, contentE: -1 };
  });
  p.attrs = attrs;
  // (`..., Lee shot back.`: phrasal cues the clause finder reads only after a quotation mark.)
  attrs.push(...phrasalInverted(d));
  // (`..., Ann Lee, 30, of Dover, who was polled, said.`: a long appositive the clause finder does not read.)
  attrs.push(...appositiveInverted(p));
  const fp = new Map<number, [number, number]>();
  for (const a of attrs) if ((a.direct || a.subject.kind !== 'pronoun') && !reportedInSpeech(st.text, u.start, d, a, fp)) p.attrSents.add(a.sent);
  firstPersonAfterColon(p);
  introContinuation(p);
  afterColonParagraph(p);
  for (const at of attrs) invertedQuote(p, at);
  for (const at of attrs) if (at.form === 'parenthetical' && at.direct) parentheticalRest(p, at);
  nominalInverted(p);
  const overlaps = quoteOverlaps(paraQuotes, d.attrs.length);
  for (const at of d.attrs) preposedQuote(p, at, overlaps);
  participleQuotes(p, overlaps);
  introducedQuotes(p, overlaps);
  nominalIntroduced(p, overlaps);
  pronounIntroduced(p, overlaps);
  cueFirstQuotes(p, overlaps);
  exclaimedQuotes(p, overlaps);
  putItQuotes(p, overlaps);
  colonQuotes(p, overlaps);
  for (const at of attrs) firstPersonReported(p, at, overlaps);
  introducedRunOn(p);
  signedParagraph(p);
  // (`If you look at it, Lee said, I do not ...`: the words before a parenthetical attribution join its quote.)
  parentheticalLead(p);
}

/** `Ive said many times that I would not say what Reyes said.`, `They told me we would never win.`: a cue inside a
 *  sentence in the first person reports speech within speech; it does not end a quote that runs over it, as the
 *  narrator's attributions do. (Not the inverted forms: `I disagree, Reyes said.` closes a quote.) */
function reportedInSpeech(text: string, base: number, d: ParaData, a: Attr, fp: Map<number, [number, number]>): boolean {
  if (a.form === 'inverted' || a.form === 'bare') return false;
  // (`Nobody else will say it.`: a cue after a modal is speech within speech, see strippedFrames.ts.)
  if (modalCue(d, a)) return true;
  // The first and the last first-person word of the sentence, found once per sentence (it may hold thousands of cues).
  let f = fp.get(a.sent);
  if (!f) {
    const sn = d.sents[a.sent];
    const re = FIRST_PERSON_ALL;
    re.lastIndex = 0;
    const s = text.slice(base + sn.s, base + sn.e);
    f = [-1, -1];
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const at = sn.s + m.index + (m[0].length > 0 && !ANY_LETTER.test(m[0][0]) ? 1 : 0);
      if (f[0] < 0) f[0] = at;
      f[1] = at;
      if (m[0].length === 0) re.lastIndex++;
    }
    fp.set(a.sent, f);
  }
  if (f[0] >= 0 && f[0] < a.cueE) return true;
  return a.subject.kind === 'pronoun' && (a.subject.name === 'they' || a.subject.name === 'you') && (f[1] >= a.cueE || a.sent > 0);
}

/** A quote introduced at the end of the previous paragraph continues over first-person sentences (or, after a cue
 *  that ended the paragraph, over the sentences up to the next attribution). */
function introContinuation(p: Para): void {
  const { st, u, d, carry } = p;
  const intro = carry.pendingIntro;
  // (The paragraph's first attribution of the narrator's, `..., Lee said.` or a bare `Lee asked.` after the first
  // sentence, attributes the sentences before it: no continuation. Cues inside the speech, `if I asked them`, do not.)
  const firstDirect = p.attrs.find((a) => a.direct && a.subject.kind !== 'collective' && a.subject.kind !== 'np' && p.attrSents.has(a.sent) &&
    (a.form === 'inverted' || a.form === 'preposed' || (a.form === 'bare' && a.sent > 0 && a.subject.kind === 'entity')));
  if (!intro || !d.sents.length || (firstDirect && firstDirect.form !== 'preposed')) return;
  // (A paragraph that ends with a colon is the narrator's lead-in to what follows it, a list or an embedded post.)
  if (/:\s*$/.test(sentText(p, d.sents.length - 1)) || otherLeadIn(p, 0, intro.actorKey)) return;
  let k = 0;
  let lastFp = -1;
  // (Nor into the narrator's report of another person before any of the speaker's words, `Dorn himself conceded it
  // will be hard for us.`: only where the previous paragraph ended with a quote, not after a cue that ended it.)
  let voiced = carry.pendingWhole || !intro.actorKey;
  while (k < d.sents.length && !p.attrSents.has(k) && (voiced || !otherPersonReports(p, k, intro.actorKey!))) {
    voiced ||= voiceIn(p, k, d.sents[k].s, d.sents[k].e);
    if (firstPerson(sentText(p, k))) lastFp = k;
    k++;
  }
  if (lastFp < 0 && !carry.pendingWhole) k = 0;
  if (k <= 0) return;
  const q = newQuote(st, p.ui, u.start + d.sents[0].s, u.start + d.sents[k - 1].e, false);
  if (p.quotes.some((x) => x.s < q.e && q.s < x.e)) return;
  inheritSpeaker(q, intro, carry.pendingWhole ? How.Before : How.ContinuationFromPrevious, 0.8);
  q.confidence = Math.min(q.confidence, carry.pendingWhole ? 0.65 : 0.55);
  p.quotes.push(q);
  p.lastSentUsed = k - 1;
}

/** `Reyes called them on it:`, `The senator released a statement:` ended the previous paragraph (with no quote at its
 *  end): this paragraph, up to its first attribution, is what was said, by the subject of that sentence; only when
 *  that subject is a known speaker and the paragraph opens like speech (not a timestamp, a list, a narrative report).
 *  Reported with a low confidence: nothing but the colon marks it. */
function afterColonParagraph(p: Para): void {
  const { st, u, d, carry } = p;
  if (carry.prevColon < 0 || carry.pendingIntro || p.quotes.length || !d.sents.length) return;
  let k = 0;
  while (k < d.sents.length && !p.attrSents.has(k)) k++;
  if (k === 0 || !wordsAtLeast(st.text, u.start + d.sents[0].s, u.start + d.sents[k - 1].e, 3)) return;
  // (Only a paragraph that opens like speech: a timestamp, a list or a narrative sentence after `as follows:` is not.)
  if (!speechLike(st, d, 0)) return;
  const q = newQuote(st, p.ui, u.start + d.sents[0].s, u.start + d.sents[k - 1].e, false);
  const pu = st.units[carry.prevColon];
  subjectOfSentence(st, q, carry.prevColon, st.text.lastIndexOf(':', pu.end) - pu.start);
  if (!q.actorKey) return;
  q.how = How.Before;
  q.confidence = Math.min(q.confidence, 0.5);
  p.quotes.push(q);
  p.lastSentUsed = k - 1;
}

/** `..., Mr. Clark said.` (or `Who pays for it? Reyes said.`): the quote runs back from the attribution over the
 *  sentences that sound like speech, then on over the sentences after it up to the next attribution. */
function invertedQuote(p: Para, at: Attr): void {
  const { st, ui, u, d, carry } = p;
  const { text } = st;
  // `Who pays for it? Reyes said.` — a bare attribution sentence after a question, an exclamation or a trailing
  // ellipsis (`I will think it over… Reyes said.`), or one that is the attribution alone (`... missing. Lee said.`),
  // closes the sentences before it like an inverted one.
  const bareAfterQ = at.form === 'bare' && at.direct && at.sent > 0 && (/(?:[?!]|…|\.\.\.)$/.test(text.slice(u.start + d.sents[at.sent - 1].s, u.start + d.sents[at.sent - 1].e)) || attributionAlone(d, at));
  if ((at.form !== 'inverted' && !bareAfterQ) || !at.direct || at.cue === 'according to') return;
  const atSent = bareAfterQ ? at.sent - 1 : at.sent;
  const atBoundary = bareAfterQ ? d.sents[at.sent - 1].e : at.boundary;
  // `..., Reuters reported.` is a paraphrase of a report, not a quote. (But `..., the group wrote.`, `..., one user
  // wrote.`, `..., the agency wrote.`: what a source wrote, closed by a comma and the cue, is its text, whoever the
  // writer; the tests below for a noun phrase still apply.)
  if (reportParaphrase(p, at)) return;
  // Plural unnamed sources (`officials said`) paraphrase; a single one (`said one senior official`) may quote.
  if (at.subject.kind === 'collective' || ledeParaphrase(p, at)) return;
  if (reportedAfterPronoun(d, at)) return;
  // (`After the vote, Lee agreed to pay the fine.`: the cue is the narrator's verb with a complement of its own.)
  if (!bareAfterQ && cueTakesComplement(st, d, at)) return;
  if (at.contentS < 0 && !bareAfterQ && at.subject.s < at.cueS && subordinateOnly(d, atSent, atBoundary) && !cueClosesClause(d, at)) return;
  // Content: from the start of the sentence, back over earlier sentences without attributions
  // and without a mention of the speaker (a quote does not name its own speaker).
  const probe = newQuote(st, ui, u.start + d.sents[atSent].s, u.start + atBoundary, false);
  applyAttr(st, probe, at, ui, How.After);
  const spk = probe.actorKey ? st.actors.get(probe.actorKey) : undefined;
  const namesSpeaker = (si: number): boolean => {
    if (!spk) return false;
    const ue = st.unitEnts[ui];
    const lo = u.start + d.sents[si].s;
    const hi = u.start + d.sents[si].e;
    // (A sentence in the first person singular may name its own speaker: tested once per sentence, see firstSingular.)
    for (let k = upperBound(ue, lo - 1, (x) => x.s); k < ue.length && ue[k].s < hi; k++) if (ue[k].actorKey === spk.key) return !firstSingular(p, si);
    return false;
  };
  let s0 = atSent;
  // Only sentences that sound like speech (first/second person, present tense, modals) join the quote;
  // a past-tense narrative sentence (`The accident occurred at ...`) stops it.
  // (Organisations' statements report events in the past tense, so for them tense is no clue.)
  // (An unnamed document or organisation, `the statement said`, is read as a source with no known actor.)
  const narrativeStops = !spk || spk.type === 'person' || !!at.subject.unnamed || (!!at.subject.head && spk.type === 'collective');
  while (s0 - 1 > p.lastSentUsed && !p.attrSents.has(s0 - 1) && !namesSpeaker(s0 - 1) && (!narrativeStops || speechLike(st, d, s0 - 1) || wordless(d, s0 - 1) || question(d, s0 - 1))) s0--;
  // Sentences with no verb in the past tense (`Underestimation of Cruz.`, `It starts with the governor.`) join it too
  // when, with the others, they run back to the start of the paragraph (or to the quote before).
  if (narrativeStops) {
    let k = s0;
    while (k - 1 > p.lastSentUsed && !p.attrSents.has(k - 1) && !namesSpeaker(k - 1) && !pastTense(st, d, k - 1)) k--;
    if (k === p.lastSentUsed + 1) s0 = k;
  }
  // (A verbless phrase, `Not a single reply, Reyes said.`, is the end of the speech, not all of it: the sentence
  // before joins whatever its tense.)
  if (s0 === atSent && s0 - 1 > p.lastSentUsed && !p.attrSents.has(s0 - 1) && !namesSpeaker(s0 - 1) && verblessPhrase(st, d, atSent, d.sents[atSent].s, atBoundary)) s0--;
  // (`She knew. Shes hiding it, Lee said.`: a short sentence opening with a pronoun joins too.)
  if (s0 - 1 > p.lastSentUsed && !p.attrSents.has(s0 - 1) && !namesSpeaker(s0 - 1) && shortPronounLead(p, s0 - 1)) s0--;
  const personKey = spk?.type === 'person' && (at.subject.kind === 'entity' || at.subject.kind === 'pronoun') ? spk.key : null;
  s0 = reachParagraphStart(p, s0, personKey, (k) => !p.attrSents.has(k) && !namesSpeaker(k));
  while (s0 < atSent && wordless(d, s0)) s0++;
  const startOff = d.sents[s0].s;
  const endOff = atBoundary;
  if (s0 === atSent && frontedAdverbial(p, s0, atBoundary)) return;
  if (voicelessReport(text, u.start + startOff, u.start + endOff, at.cue)) return;
  // (`The council will fold by May, they said.`: a plural pronoun source with no voice of its own in the words
  // paraphrases, as `officials said` does.)
  if (at.subject.kind === 'pronoun' && at.subject.name === 'they' && !voicedSpan(p, s0, atSent, endOff)) return;
  // (`While the council argued, Vell said ...`: a fronted phrase is no quote, but what follows the cue still may be.)
  const fronted = s0 === atSent && frontedPhraseOnly(p, at, s0, atBoundary);
  if (s0 === atSent && (subjectBeforeAside(p, at, s0, atBoundary) || verblessSubject(p, at, s0, atBoundary))) return;
  if (fronted || (!shortRetort(p, at, s0, atBoundary, spk) && (endOff - startOff < 8 || !wordsAtLeast(text, u.start + startOff, u.start + endOff, 3)))) {
    // `It's fine, Trump said. And much tougher than that is fine.`: too short a quote to stand by itself, but what
    // follows the attribution is still the speaker's.
    if (probe.actorKey && at.subject.kind !== 'np' && spk?.type === 'person') {
      restOfSentence(p, at, probe);
      afterAttribution(p, at.sent, probe);
    }
    return;
  }
  const q = newQuote(st, ui, u.start + startOff, u.start + endOff, false);
  q.confidence = atSent - s0 > 0 ? 0.7 : 0.75;
  applyAttr(st, q, at, ui, How.After);
  // A nominal subject that names no known actor (`the group said`, `a friend wrote`): the quote stands, speaker unknown.
  // (Only when it sounds like speech: `The mill closed in 1998, the report said.` is narration.)
  // (`the statement said`, `the company said` with no company named: an unnamed source shown as such, no known actor.)
  const anon = !q.actorKey || !!at.subject.unnamed || (!!at.subject.head && st.actors.get(q.actorKey)?.type === 'collective');
  const indefinite = indefiniteInverted(d, at);
  const unnamed = (at.subject.kind === 'np' || at.subject.name === 'it') && anon && (indefinite || speechLikeToks(st, d, d.sents[s0].t0, upperBound(d.toks, atBoundary - 1, (x) => x.s)));
  if ((at.subject.kind === 'entity' || ((at.subject.kind === 'np' || at.subject.name === 'it') && !unnamed) || at.subject.name === 'they') && anon) return;
  // An organisation or an unnamed source `said` without marks is often a paraphrase: less certain.
  if (q.actorKey && st.actors.get(q.actorKey)?.type !== 'person') {
    // (`The mill closed in 1998 and the workers moved away, a spokesman said.`: an unnamed source in the narrator's past
    // tense with no sign of speech is reported speech. A named organisation's statement may well report events:
    // `..., said KCNA.`)
    const t0 = d.sents[s0].t0;
    const t1 = upperBound(d.toks, atBoundary - 1, (x) => x.s);
    if (at.subject.kind === 'np' && !indefinite && pastTenseToks(st, d, t0, t1) && !speechLikeToks(st, d, t0, t1)) return;
    q.confidence = Math.min(q.confidence, 0.6);
  }
  // (A retort of a few words, `Shes a fake, Lee said.`, opens no speech in the next paragraph.)
  if (at.sent === d.sents.length - 1 && endOff - startOff >= 12 && q.actorKey && st.actors.get(q.actorKey)?.type === 'person') carry.openIntro = q;
  p.quotes.push(q);
  p.lastSentUsed = at.sent;
  restOfSentence(p, at, q);
  conjoinedRest(p, at, q);
  afterAttribution(p, at.sent, q);
}

/** `The plan for the river, Reyes said, is what we need.`: the text before a parenthetical attribution is no speech
 *  (no first person, no contraction), the rest of the sentence is: the rest alone is the quote. */
function parentheticalRest(p: Para, at: Attr): void {
  const { st, u } = p;
  if (at.subject.kind === 'collective' || at.subject.kind === 'np' || at.sent <= p.lastSentUsed) return;
  if (at.contentE <= at.contentS || !voiceIn(p, at.sent, at.contentS, at.contentE)) return;
  if (!wordsAtLeast(st.text, u.start + at.contentS, u.start + at.contentE, 3)) return;
  const c = newQuote(st, p.ui, u.start + at.contentS, u.start + at.contentE, false);
  if (overlapsRecent(p, c)) return;
  applyAttr(st, c, at, p.ui, How.Before);
  if (!c.actorKey) return;
  c.confidence = Math.min(c.confidence, 0.6);
  p.quotes.push(c);
  p.lastSentUsed = at.sent;
  if (st.actors.get(c.actorKey)?.type === 'person') afterAttribution(p, at.sent, c);
}

/** Whether sentences `s0`..`s1` (the last up to paragraph offset `end`) hold a first or second person or a stripped
 *  contraction. */
function voicedSpan(p: Para, s0: number, s1: number, end: number): boolean {
  for (let k = s0; k <= s1; k++) if (voiceIn(p, k, p.d.sents[k].s, k === s1 ? end : p.d.sents[k].e)) return true;
  return false;
}

/** Whether quote `c` overlaps one of the last quotes of the paragraph (a few: the pass adds them in reading order). */
function overlapsRecent(p: Para, c: QuoteBuild): boolean {
  for (let k = p.quotes.length - 1; k >= 0 && k >= p.quotes.length - 4; k--) if (p.quotes[k].s < c.e && c.s < p.quotes[k].e) return true;
  return false;
}

/** Words that open a subordinate clause or an adverbial phrase (`While the talks went on`, `After the vote`). */
const SUBORDINATORS = new Set(['while', 'after', 'before', 'following', 'when', 'as', 'although', 'though', 'because', 'since', 'unless',
  'until', 'once', 'despite', 'amid', 'during', 'whether', 'if', 'in', 'on', 'at', 'with', 'without', 'by', 'from', 'given', 'whereas']);

/** Words that modify a subordinator of time (`not long after`, `shortly before`, `just as`, `hours after`). */
const SUBORDINATOR_MODIFIERS = new Set(['not', 'long', 'shortly', 'soon', 'just', 'even', 'only', 'right', 'moments', 'minutes', 'hours',
  'days', 'weeks', 'months', 'years', 'well']);

/** `While the talks went on, Reyes told reporters the deal was dead.`: the text of sentence `si` before the attribution
 *  (up to paragraph offset `b`) is a single subordinate clause or adverbial phrase (no comma in it). When the cue after
 *  it does not end its clause either, the cue is the narrator's main verb, not an attribution of what came before.
 *  (`On a good day we feed three hundred families, Reyes said.` stays a quote: the cue ends the clause.) */
function subordinateOnly(d: ParaData, si: number, b: number): boolean {
  const sn = d.sents[si];
  // (Over a degree or time modifier of the subordinator: `Not long after`, `Shortly before`, `Even as`, `Hours after`.)
  let f = sn.t0;
  while (f < sn.t0 + 2 && f < sn.t1 && d.toks[f].kind === K.Word && SUBORDINATOR_MODIFIERS.has(d.toks[f].lower)) f++;
  const first = d.toks[f];
  if (!first || first.kind !== K.Word || !SUBORDINATORS.has(first.lower)) return false;
  for (let k = f + 1; k < sn.t1 && d.toks[k].s < b; k++) if (d.toks[k].t === ',' || d.toks[k].t === ';' || d.toks[k].t === ':') return false;
  return true;
}

/** The paragraph offset of the comma right before paragraph offset `pos` in sentence `si`, or -1. */
function commaBefore(d: ParaData, si: number, pos: number): number {
  const k = upperBound(d.toks, pos - 1, (x) => x.s);
  return k - 1 > d.sents[si].t0 + 2 && d.toks[k - 1].t === ',' ? d.toks[k - 1].s : -1;
}

/** `I`, `Im`, `Ive`: the speaker's own first person singular (a sentence with it may name the speaker, `I know a clerk
 *  who is no friend of Lee Reyes.`, and still be Reyes's words). */
const FIRST_SINGULAR = new Set(['I', 'Im', 'Ive']);
/** Whether sentence `si` holds `I` / `Im` / `Ive` (each sentence read once per paragraph: it may hold thousands of cues). */
function firstSingular(p: Para, si: number): boolean {
  p.firstSingular ??= new Map();
  let v = p.firstSingular.get(si);
  if (v === undefined) {
    const sn = p.d.sents[si];
    v = false;
    for (let k = sn.t0; k < sn.t1 && !v; k++) v = FIRST_SINGULAR.has(p.d.toks[k].t);
    p.firstSingular.set(si, v);
  }
  return v;
}

/** `The benefit of living here, Reyes said, is the quiet.`: after a parenthetical attribution, the rest of its
 *  sentence is the same speaker's too. */
function restOfSentence(p: Para, at: Attr, q: QuoteBuild): void {
  // (`I have a plan, Lee said, because our town needs one.`: an attribution that does not close its sentence.)
  if (at.contentS < 0) { voicedRest(p, at, q, overlapsRecent); return; }
  if (at.contentE <= at.contentS || (!q.actorKey && !q.speakerSpan)) return;
  const { st, u } = p;
  if (!wordsAtLeast(st.text, u.start + at.contentS, u.start + at.contentE, 3) || adjunctRest(p.d, at)) return;
  // (Only a rest that sounds like speech: `Lee said, a hint of anger in her voice.` describes the speaker.)
  // (Its first 30 words: a sentence may hold thousands of cues.)
  const t0 = upperBound(p.d.toks, at.contentS - 1, (x) => x.s);
  if (!speechLikeToks(st, p.d, t0, Math.min(t0 + 30, upperBound(p.d.toks, at.contentE - 1, (x) => x.s)))) return;
  pushRest(p, u.start + at.contentS, u.start + at.contentE, at, q, overlapsRecent);
}

/** Adverbs between a subject and its verb in narration (`She then turned`, `Reyes later wrote`). */
const NARRATION_ADVERBS = new Set(['then', 'also', 'later', 'again', 'still', 'soon', 'quickly', 'once', 'twice', 'never', 'often']);

/** `She then contrasted her record with his.`, `Reyes later sent the letter.`: sentence `si` opens with the speaker as
 *  its subject (their name or `he`/`she`) and a verb in the past tense, with no first or second person and no
 *  contraction: the narrator tells what the speaker did next; a speaker does not tell their own acts in the third
 *  person. */
function narratesSpeaker(p: Para, si: number, key: string): boolean {
  const { st, d, u } = p;
  const sn = d.sents[si];
  let k = sn.t0;
  const t = d.toks[k];
  if (!t || t.kind !== K.Word) return false;
  // (`He` / `She` of the speaker's gender only with an adverb of sequence, `She then ...`: a bare `He did nothing.` is
  // as often the speaker's words about another man.)
  const g = st.actors.get(key)?.gender;
  const pron = (t.t === 'He' && g === 'm') || (t.t === 'She' && g === 'f');
  if (pron) k++;
  else {
    const ue = st.unitEnts[p.ui];
    const j = upperBound(ue, u.start + t.s - 1, (x) => x.s);
    if (j >= ue.length || ue[j].s !== u.start + t.s || ue[j].actorKey !== key) return false;
    while (k < sn.t1 && d.toks[k].s < ue[j].e - u.start) k++;
  }
  const k0 = k;
  while (k < sn.t1 && k < sn.t0 + 8 && d.toks[k].kind === K.Word && NARRATION_ADVERBS.has(d.toks[k].t)) k++;
  if (pron && k === k0) return false;
  const v = d.toks[k];
  if (!v || v.kind !== K.Word || v.cap || (v.lower !== 'was' && st.lex.common.get(v.lower) !== 'PastTense')) return false;
  return !voiceIn(p, si, sn.s, sn.e);
}

/** Sentence `si` opens right after `v.` / `vs.` that the splitter took for a sentence end (`Okafor v. Lind`). */
function splitAtVersus(d: Para['d'], si: number): boolean {
  const t0 = si < d.sents.length ? d.sents[si].t0 : 0;
  return t0 >= 2 && d.toks[t0 - 1].t === '.' && (d.toks[t0 - 2].t === 'v' || d.toks[t0 - 2].t === 'vs');
}

/** Third-person singular pronouns whose speech goes on after `..., she said.` even when no antecedent is found. */
const UNRESOLVED_GOES_ON = new Set(['he', 'she']);

/** Continuation: the sentences after `X said.` (sentence `atSent`) up to the next attribution are the same speaker's
 *  (an unknown one after `the governor said.`). */
function afterAttribution(p: Para, atSent: number, q: QuoteBuild): void {
  const { st, u, d } = p;
  // (A sentence cut at `v.`, `..., Lee said, citing Okafor v. Lind.`, goes on in the next: its tail is no speech.)
  const s1 = atSent + (splitAtVersus(d, atSent + 1) ? 2 : 1);
  let e1 = s1;
  while (e1 < d.sents.length && (!p.attrSents.has(e1) || speechAboutSpeech(p, e1))) e1++;
  // (Before a later attribution, only the sentences that sound like speech, up to the first that does not:
  // `A, X said. We will. His aide, Y, struck a similar tune. B, Y said.`)
  if (e1 < d.sents.length) {
    let k = s1;
    while (k < e1 && (speechLike(st, d, k) || verblessInSpeech(p, k, e1))) k++;
    e1 = k;
  }
  // (Narration about the speaker ends the speech: `..., Reyes said. She then turned to the budget.`)
  if (q.actorKey) {
    let k = s1;
    while (k < e1 && !narratesSpeaker(p, k, q.actorKey)) k++;
    e1 = k;
  }
  // (The reporter's narration after the speaker's last words ends it too, and no quote runs back over it:
  // `..., Reyes said. The council voted 5 to 2 in May.`)
  const n1 = narrationStop(p, s1, e1, q.actorKey);
  if (n1 < e1) p.lastSentUsed = Math.max(p.lastSentUsed, n1);
  e1 = n1;
  // (A noun phrase that names no actor, `the company said`, leaves no speaker span: its speech goes on all the same; so
  // does a `he` / `she` the resolver leaves open, `..., she said. What matters is ...`: speaker unknown.)
  const subj = q.attr?.subject;
  const openPronoun = subj?.kind === 'pronoun' && UNRESOLVED_GOES_ON.has(subj.name.toLowerCase());
  if (!(e1 > s1 && (q.actorKey || openPronoun || ((q.speakerSpan || subj?.kind === 'np') && (subj?.kind !== 'pronoun' || subj.name === 'it'))))) return;
  const cs = d.sents[s1].s;
  const ce = d.sents[e1 - 1].e;
  // (A short sentence is the speaker's too: `..., Reyes wrote. That is unacceptable.`, `Very sad.`; not one word.)
  if (!wordsAtLeast(st.text, u.start + cs, u.start + ce, 2)) return;
  const c = newQuote(st, p.ui, u.start + cs, u.start + ce, false);
  inheritSpeaker(c, q, How.ContinuationAfterAttribution, 0.8);
  c.confidence = Math.min(c.confidence, 0.6);
  p.quotes.push(c);
  p.lastSentUsed = e1 - 1;
}

/** `..., the governor said.` / `..., said a friend.`: an attribution to a noun phrase that names no actor (a title, a
 *  role, a document) which the clause finder leaves out. When the text before it sounds like speech, it is kept as a
 *  quote with its cue and the noun phrase as the speaker mention, but no speaker (so the confidence of a quote
 *  without a speaker). */
function nominalInverted(p: Para): void {
  const { st, ui, u, d } = p;
  let withAttr: Set<number> | null = null;
  for (let si = p.lastSentUsed + 1; si < d.sents.length; si++) {
    const sn = d.sents[si];
    const m = nominalCue(d.toks, sn);
    if (!m || !(speechLikeToks(st, d, sn.t0, m.comma) || indefiniteAfterCue(d.toks, m.cue, m.np0))) continue;
    withAttr ??= new Set(d.attrs.map((a) => a.sent));
    if (withAttr.has(si)) continue;
    let s0 = si;
    while (s0 - 1 > p.lastSentUsed && !withAttr.has(s0 - 1) && speechLike(st, d, s0 - 1)) s0--;
    const cs = u.start + d.sents[s0].s;
    const ce = u.start + d.toks[m.comma].s;
    if (ce - cs < 12 || !wordsAtLeast(st.text, cs, ce, 3)) continue;
    const q = newQuote(st, ui, cs, ce, false);
    if (p.quotes.some((x) => x.s < q.e && q.s < x.e)) continue;
    q.how = How.After;
    q.cue = d.toks[m.cue].lower;
    q.cueSpan = { start: u.start + d.toks[m.cue].s, end: u.start + d.toks[m.cue].e };
    q.speakerSpan = { start: u.start + d.toks[m.np0].s, end: u.start + d.toks[m.np1 - 1].e };
    q.confidence = 0.5;
    nominalHolder(p, q, m.np0, m.np1);
    p.quotes.push(q);
    p.lastSentUsed = si;
    afterAttribution(p, si, q);
  }
}
