// How sure a quote found without quotation marks is when nothing in its words is the speaker's own (issue 12,
// twenty-ninth round). In a stripped document a direct quote and the narrator's paraphrase of the same speaker read
// alike (`The plan will fail in May, Reyes said.`); only the speaker's voice tells them apart: a first or second person
// (`I`, `we`, `you`), a stripped contraction (`dont`, `thats`), a question or an exclamation. On PolNeAR train the
// direct quotes with one of these are right for the reader far more often than those with none, which the calibration
// (grouped by rule, kind and length) cannot see; so a voiceless one is graded a step lower. Pure; linear in the quote.
import type { QuoteBuild } from './state';
import { firstPerson } from './strippedSpeech';
import { contraction } from './strippedPrecision';

/** What a direct quote without a sign of the speaker's voice loses of its rule's confidence. */
export const VOICELESS_STEP = 0.05;

/** Whether `body` has a sign of a speaker's voice: a first or second person, a stripped contraction, `?` or `!`. */
export function voiced(body: string): boolean {
  return /[?!]/.test(body) || firstPerson(body) || contraction(body);
}

/** Lowers the confidence of the paragraph's unmarked direct quotes that have no sign of the speaker's voice. */
export function gradeVoiceless(text: string, paraQuotes: readonly QuoteBuild[]): void {
  for (const q of paraQuotes) {
    if (q.marked || q.kind !== 'direct' || voiced(text.slice(q.s, q.e))) continue;
    q.confidence = Math.max(0.05, q.confidence - VOICELESS_STEP);
  }
}

/** `The pier closed in May, Ann Lee reports.`: what even a person (a reporter, or an outlet the entity finder takes for
 *  a person) `reported` in words with no sign of a speaker's voice is the narrator's paraphrase of the report, as what
 *  an organisation reported is (strippedPrecision.ts `reportParaphrase`; issue 12, round 32). A report in the
 *  speaker's voice may be a quote: `We found the leak, Lee reported.` */
export function voicelessReport(text: string, s: number, e: number, cue: string): boolean {
  return (cue === 'reported' || cue === 'reports') && !voiced(text.slice(s, e));
}
