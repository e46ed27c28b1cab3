// Three readings of an attribution's frame in a document without quotation marks: a cue after a modal (`She will tell
// you what the others will not.`) is speech within speech, no report of the narrator's of what was said; a sentence that is
// the attribution alone (`... the ledgers that went astray. Morrow said.`) closes the sentence before it as an inverted
// attribution does (`..., Morrow said.` with the comma lost to a full stop); and the rest of a sentence after an inverted
// attribution that does not close it (`..., Lee said, because our town ...`) is the speaker's when in their voice.
// Each a bounded look at a few tokens.
import type { Attr } from '../attribution';
import { K } from '../tokens';
import { How, type ParaData, type QuoteBuild } from './state';
import { applyAttr, newQuote } from './speakers';
import { type Para, VOICE_WORDS } from './strippedSpeech';
import { upperBound, wordsAtLeast } from './util';
import { plain } from '../plainPattern';

/** Modals (and their stripped negations) that put a verb of saying in the future or the hypothetical. */
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall', 'wont', 'wouldnt', 'cant', 'cannot',
  'couldnt', 'shouldnt', 'mustnt']);
/** Words that may stand between the modal and the cue (`would never say`, `will also tell`). */
const BETWEEN = new Set(['not', 'never', 'ever', 'also', 'only', 'just', 'probably', 'likely', 'always']);

/** `He will tell you what the rest will not.`, `Nobody would tell you that.`: the cue of `a` follows a modal (over
 *  at most two words of `BETWEEN`): what someone will, would or could say is not what the narrator reports was said. */
export function modalCue(d: ParaData, a: Attr): boolean {
  let k = upperBound(d.toks, a.cueS - 1, (x) => x.s) - 1;
  for (let n = 0; n < 2 && k >= 0 && d.toks[k].kind === K.Word && BETWEEN.has(d.toks[k].lower); n++) k--;
  return k >= 0 && d.toks[k].kind === K.Word && MODALS.has(d.toks[k].lower);
}

/** The most tokens of a sentence that is an attribution alone (`Former Gov. Ann Lee said.`). */
const ALONE_MAX = 8;

/** `I hope they turn up. Morrow said.`: bare attribution `a` is its whole sentence (its subject opens it, its cue ends
 *  it before the full stop, a few tokens in all). */
export function attributionAlone(d: ParaData, a: Attr): boolean {
  const sn = d.sents[a.sent];
  const n = sn.t1 - sn.t0;
  return n >= 3 && n <= ALONE_MAX && d.toks[sn.t1 - 1].t === '.' && d.toks[sn.t1 - 2].e === a.cueE && a.clauseS <= d.toks[sn.t0].s;
}

/** The most tokens between an inverted attribution's cue (or its subject after it) and the comma that ends it. */
const REST_GAP = 16;
/** Words that open an appositive or a relative clause about the speaker (`said Ann Lee, the port's director, ...`). */
const REST_APPOSITIVE = new Set(['the', 'a', 'an', 'who', 'whose', 'which', 'his', 'her', 'their']);
/** A participle or an adverbial that opens an adjunct about the speaker (`..., Lee said, asked about ...`). */
const REST_ADJUNCT = plain(String.raw`^(?:\p{Ll}{2,}ing|asked|pressed|according|citing|referring)$`, 'u');

/** `We drew up a scheme, Mr. Lee said, since our town needs one.`, `..., said Ann Lee, the port's director, and
 *  weve been working on it.`: after inverted attribution `a` (of quote `q`) that does not close its sentence, the rest
 *  of the sentence after the comma that ends the attribution (over an appositive) is the same speaker's words when it
 *  holds a first- or second-person word (`I` not before a full stop: `U.N.I.`) and none stands between the cue
 *  and that comma. Not an adjunct about the speaker (`..., Lee said, asked about it.`). `overlaps` tells whether a quote
 *  of the paragraph already covers the span. */
export function voicedRest(p: Para, a: Attr, q: QuoteBuild, overlaps: (p: Para, c: QuoteBuild) => boolean): void {
  if (!q.actorKey && !q.speakerSpan) return;
  const { st, u, d } = p;
  const toks = d.toks;
  const sn = d.sents[a.sent];
  const k0 = upperBound(toks, Math.max(a.cueE, a.subject.e) - 1, (x) => x.s);
  let k = k0;
  const toComma = (): void => { while (k < sn.t1 && k < k0 + REST_GAP && toks[k].t !== ',') k++; };
  toComma();
  if (k + 1 < sn.t1 && toks[k].t === ',' && REST_APPOSITIVE.has(toks[k + 1].lower)) { k++; toComma(); }
  if (k + 1 >= sn.t1 || toks[k].t !== ',') return;
  const first = toks[k + 1];
  if (first.kind !== K.Word || REST_APPOSITIVE.has(first.lower) || REST_ADJUNCT.test(first.t)) return;
  if (personWord(toks, k0, k) || !personWord(toks, k + 1, sn.t1) || !wordsAtLeast(st.text, u.start + first.s, u.start + sn.e, 3)) return;
  pushRest(p, u.start + first.s, u.start + sn.e, a, q, overlaps);
}

/** The rest of an inverted attribution's sentence [s, e) as a quote of `q`'s speaker through `a` (graded at most 0.7),
 *  unless it overlaps a quote already made. */
export function pushRest(p: Para, s: number, e: number, a: Attr, q: QuoteBuild, overlaps: (p: Para, c: QuoteBuild) => boolean): void {
  const c = newQuote(p.st, p.ui, s, e, false);
  if (overlaps(p, c)) return;
  applyAttr(p.st, c, a, p.ui, How.Before);
  c.actorKey = q.actorKey;
  c.speakerSpan = q.speakerSpan;
  c.confidence = Math.min(q.confidence, 0.7);
  p.quotes.push(c);
}

/** Whether tokens [t0, t1) hold a first- or second-person word (`I` not before a full stop). */
function personWord(toks: ParaData['toks'], t0: number, t1: number): boolean {
  for (let i = t0; i < t1; i++) if (VOICE_WORDS.has(toks[i].t) && (toks[i].t !== 'I' || toks[i + 1]?.t !== '.')) return true;
  return false;
}
