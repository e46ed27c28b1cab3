// Pass 4, claims: every quote with a speaker is a claim of its speaker; so is every attribution that carries no
// quote (`X said the plan would fail`), its content bounded (a sentence of many cues, a sentence without an end).
import type { Attr } from '../attribution';
import type { DocState, Unit } from './state';
import { insideQuote, newQuote, speakerFromSubject } from './speakers';
import { cutAtSpace, trimEnd, wordsAtLeast } from './util';
import { paraMemo } from './paraMemo';
import { PlainClaimBuild } from '../plainObjects';

/** More attributions than this in one sentence (real news has one or two) bound each claim by the next cue. */
const CROWDED_SENTENCE = 3;
/** Longest claim without a quote, in characters (a sentence without an end runs on for megabytes). */
const MAX_CLAIM = 4000;

/** The claims pass: fills claimBuilds (quote claims first, then the others; the output sorts them). */
export function claimsPass(st: DocState): void {
  for (const q of st.quotes) {
    // (plainObjects.ts: made by a constructor, so that V8 allocates it young.)
    if (q.actorKey) st.claimBuilds.push(new PlainClaimBuild(q.s, q.e, q.actorKey, q, q.cue, q.paragraph));
  }
  const usedAttrs = new Set<Attr>();
  for (let i = 0; i < st.quotes.length; i++) { const at = st.quotes[i].attr; if (at) usedAttrs.add(at); }
  st.speakerOnly = true; // (claims keep a speaker, never its confidence)
  // (No paragraph is being settled now: the speaker rules read each paragraph's quotes from unitQuotes, not what the
  // quotes pass left in curPara.)
  st.curPara = [];
  for (const ui of st.attrPos) unitClaims(st, ui, usedAttrs); // (a paragraph without attributions has no claim of its own)
  st.speakerOnly = false;
}

/** The content span of an attribution (paragraph-relative), or null when its form carries none. */
function claimSpan(u: Unit, at: Attr): [number, number] | null {
  if (at.form === 'preposed' || at.form === 'parenthetical') return [at.contentS, at.contentE];
  if (at.form === 'inverted') return [u.data.sents[at.sent].s, at.boundary];
  return null;
}

/** Per paragraph analysis, where each attribution's claim without a quote would run (paragraph-relative; two numbers
 *  per attribution, its start and its trimmed end; -1: its form carries none, or fewer than two words). What this reads
 *  is all inside the paragraph (the attribution, its sentence, its neighbours' cues, the text), so it is made once per
 *  cached analysis, not on every edit. */
function claimSpansOf(text: string, u: Unit): Int32Array {
  const memo = paraMemo(u.data);
  let r = memo.claims;
  if (r !== undefined) return r;
  const attrs = u.data.attrs;
  r = new Int32Array(2 * attrs.length).fill(-1);
  // Attributions of one sentence are consecutive (in cue order): `run0` is the first of the current one's sentence.
  let run0 = 0;
  let run1 = 0;
  for (let j = 0; j < attrs.length; j++) {
    const at = attrs[j];
    if (j >= run1) {
      run0 = j;
      run1 = j + 1;
      while (run1 < attrs.length && attrs[run1].sent === at.sent) run1++;
    }
    const span = claimSpan(u, at);
    if (!span) continue;
    let [s, e] = span;
    if (run1 - run0 > CROWDED_SENTENCE) {
      // A sentence with many cues (a run-on list of who said what): each claim stays between its neighbours' cues,
      // so the claims of the sentence together are no longer than a few times the sentence, not its square.
      if (j > run0) s = Math.max(s, attrs[j - 1].cueE);
      if (j + 1 < run1) e = Math.min(e, attrs[j + 1].clauseS, attrs[j + 1].cueS);
    }
    if (e - s > MAX_CLAIM) e = cutAtSpace(text, u.start + s, u.start + s + MAX_CLAIM) - u.start;
    if (e <= s || !wordsAtLeast(text, u.start + s, u.start + e, 2)) continue;
    r[2 * j] = s;
    r[2 * j + 1] = trimEnd(text, u.start + s, u.start + e) - u.start;
  }
  memo.claims = r;
  return r;
}

/** Claims from the attributions of one paragraph that carry no quote. */
function unitClaims(st: DocState, ui: number, usedAttrs: Set<Attr>): void {
  const u = st.units[ui];
  const attrs = u.data.attrs;
  if (!attrs.length) return;
  const spans = claimSpansOf(st.text, u);
  for (let j = 0; j < attrs.length; j++) {
    const s = spans[2 * j];
    if (s < 0) continue;
    const at = attrs[j];
    if (usedAttrs.has(at) || insideQuote(st, u.start + at.cueS, ui)) continue;
    const fake = newQuote(st, ui, 0, 0, false); // a scratch quote: speakerFromSubject reports into it
    speakerFromSubject(st, at.subject, ui, fake);
    if (!fake.actorKey) continue;
    const e = spans[2 * j + 1];
    if (e <= s) continue;
    st.claimBuilds.push(new PlainClaimBuild(u.start + s, u.start + e, fake.actorKey, null, at.cue, u.index));
  }
}
