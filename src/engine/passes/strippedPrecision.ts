// Stripped predictions that are no quote (issue 12, sixteenth round): guards at the entry of the stripped rules.
//
// The lead sentence of a news report: the first sentence of the first body paragraph is the narrator's summary of the
// story, and an inverted attribution at its end (`The bridge will close in May, the mayor said Monday.`) reports what
// was said in the narrator's words; a report rarely opens on a quotation. Without the quotation marks only the words
// can tell a quote there: a first or second person, a stripped contraction, a question or an exclamation mark (or a
// cue that asks: `Who pays for the pier, Lee asked.`).
import type { Attr } from '../attribution';
import type { QuoteBuild } from './state';
import { STRIPPED_CONTRACTIONS } from '../lexicon';
import { type Para, firstPerson } from './strippedSpeech';
import { plain } from '../plainPattern';

const LETTER_RUNS = plain(String.raw`\p{L}+`, 'gu');

/** True when `at` closes the report's lead sentence and the words before it have no sign of speech. */
export function ledeParaphrase(p: Para, at: Attr): boolean {
  if (p.u.index !== 0 || at.sent !== 0 || at.form !== 'inverted' || /^ask/.test(at.cue)) return false;
  const { st, u, d } = p;
  const before = st.text.slice(u.start + d.sents[0].s, u.start + at.boundary);
  return !firstPerson(before) && !/[?!]/.test(before) && !contraction(before);
}

/** Stripped contractions that are also common words (`its`, `were`, `well`, `ill`, ...): not a sign of speech but at
 *  the start (`Its a sad day`). */
const AMBIGUOUS = new Set(['its', 'were', 'well', 'wed', 'ill', 'id', 'hell', 'shed', 'shell', 'lets', 'hed']);
/** A stripped contraction (`dont`, `thats`, `Its a ...`): the narrator of a report does not contract. */
export function contraction(s: string): boolean {
  const words = s.match(LETTER_RUNS) ?? [];
  return words.some((w, i) => {
    const l = w.toLowerCase();
    return STRIPPED_CONTRACTIONS.has(l) && (i === 0 || !AMBIGUOUS.has(l));
  });
}

/** `LEE: We ...`, `Ann Lee: ...`, `<heading> - Ann Lee: ...`: a speaker's label before a colon (the words before it,
 *  after a heading's dash, are capitalised names only, joined by `and`) is a transcript's or an excerpt's layout, not a
 *  clause that introduces speech; the news text does not mark such turns as quotes. */
export function speakerLabel(p: Para, si: number, colon: number): boolean {
  const { st, u, d } = p;
  const head = st.text.slice(u.start + d.sents[si].s, u.start + d.sents[si].s + colon);
  const dash = Math.max(head.lastIndexOf(' - '), head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  return LABEL.test(head.slice(dash + 1).replace(/^\s*[-–—]?\s*/u, '').trimEnd());
}
/** One to six capitalised words (initials, hyphens, apostrophes), `and` between them. */
const LABEL = plain(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5}$`, 'u');

/** The confidence of a clause right after a cue with no comma or colon: a guess (the reader sees `probably`). */
export const BARE_CLAUSE_CONFIDENCE = 0.4;

/** `Lee said the ferry would run until May.`: a clause straight after the cue, with no comma or colon between them, in
 *  the third person and with no question or exclamation mark, is as often the narrator's reported speech as a quote
 *  whose marks were lost (`Lee said We will run ...` keeps its first person). */
export function bareReportedClause(text: string, base: number, at: Attr, q: QuoteBuild): boolean {
  if (/[,:;]/.test(text.slice(base + at.cueE, q.s))) return false;
  const body = text.slice(q.s, q.e);
  return !firstPerson(body) && !/[?!]/.test(body);
}

/** `..., Reuters reported.`, `As the Ledger reported, the pier ...`: what a source that is no person `reported` is the
 *  narrator's paraphrase of a report, not a quote. (A person's report may quote: `Lee reported, We found ...`.) */
export function reportParaphrase(p: Para, at: Attr): boolean {
  if (!/^(reported|reports)$/.test(at.cue) || at.subject.kind === 'pronoun') return false;
  const c = at.subject.kind === 'entity' ? p.d.ents[at.subject.ent] : null;
  return !c || c.type !== 'person';
}
