// A `he` or `she` no person of its gender answers, whose sentence's subject (or the previous paragraph's) is a person
// the first-name lists alone gave the other gender while the text once gives them the pronoun's (`Sen. Lindsey Quill
// (R-Ore.) called out his rival ...` / `He continued, "..."`): that person, at a low confidence (issue 12,
// twenty-fourth round). A first name of both sexes that the lists give one of them should not leave such a pronoun
// without a speaker when the text says whose it is.
import type { DocEnt, DocState } from './state';
import { entStart, sentOf, upperBound } from './util';
import { skipBlank } from './blankParagraph';
import { subjectLead } from './speakers';
import { possessiveAfterVerb } from './actors';
import type { ActorBuild } from './state';
import { plain } from '../plainPattern';

/** How many mentions back each paragraph is read. */
const LOOKBACK = 40;
/** The ranker-style probability given to such a pick: a low confidence (pronounFactor). */
export const LISTED_P = 0.3;

/** The person the first-name lists alone gendered other than `pron` wants, whose latest mention before `pos` in unit
 *  `ui` (or in the paragraph before) leads its sentence, outside quotes and `skip`; or null. */
export function listedOtherGender(st: DocState, pron: string, ui: number, pos: number, skip: { s: number; e: number } | null,
  inside: (pos: number, ui: number) => boolean): { key: string; same: boolean; p: number } | null {
  if (pron !== 'he' && pron !== 'she') return null;
  const want = pron === 'he' ? 'm' : 'f';
  const prev = skipBlank(st, ui);
  for (const k of prev >= 0 ? [ui, prev] : [ui]) {
    const ue = st.unitEnts[k];
    for (let j = (k === ui ? upperBound(ue, pos - 1, entStart) : ue.length) - 1, n = 0; j >= 0 && n < LOOKBACK; j--, n++) {
      const d = ue[j];
      if (!d.actorKey || (k === ui && d.s >= pos) || (skip && d.s >= skip.s && d.s < skip.e) || inside(d.s, k)) continue;
      const a = st.actors.get(d.actorKey);
      if (!a || a.type !== 'person' || !a.listed || a.gender === want || !leads(st, d) || !textSays(st, a, want)) continue;
      return { key: d.actorKey, same: k === ui, p: LISTED_P };
    }
    // (`He continued, "..."` / `He added, "..."`: the paragraph before names no one; its quote that this rule gave to
    // the same pronoun's person goes on.)
    if (k !== ui) {
      const uq = st.unitQuotes[k];
      const q = uq.length ? uq[uq.length - 1] : undefined;
      const a = q && q.actorKey ? st.actors.get(q.actorKey) : undefined;
      if (q && a && a.listed && a.gender !== want && q.speakerSpan && st.text.slice(q.speakerSpan.start, q.speakerSpan.end).toLowerCase() === pron) {
        return { key: a.key, same: false, p: LISTED_P };
      }
    }
  }
  return null;
}

/** How many of a person's mentions are read for a possessive, and how many characters after each. */
const MENTIONS_READ = 12;
const AFTER = 100;
/** A parenthesis right after a name (`Quill (R-Ore.)`), passed over. */
const PAREN_AFTER = /^\s*\([^()]{1,20}\)/;
/** A particle between the verb and the possessive (`called out his rival`), passed over. */
const PARTICLE = plain(String.raw`^(\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,})\s+(?:out|up|off|down|back|over)(?=\s+(?:his|her)\s)`, 'u');
/** Whether one of the first mentions of `a` is followed by a verb and the possessive of gender `want` (`Quill praised
 *  his crews`, `Quill (R-Ore.) called out his rival`: actors.ts possessiveAfterVerb, past a parenthesis and a
 *  particle). */
function textSays(st: DocState, a: ActorBuild, want: 'm' | 'f'): boolean {
  for (let k = 0; k < a.mentions.length && k < MENTIONS_READ; k++) {
    const e = a.mentions[k].end;
    let after = st.text.slice(e, e + AFTER);
    const p = PAREN_AFTER.exec(after);
    if (p) after = after.slice(p[0].length);
    const m = PARTICLE.exec(after);
    if (m) after = m[1] + after.slice(m[0].length);
    if (possessiveAfterVerb(st, after) === want) return true;
  }
  return false;
}

/** Whether mention `d` is the subject its sentence opens with. */
function leads(st: DocState, d: DocEnt): boolean {
  const u = st.units[d.unit];
  const sn = u.data.sents[sentOf(u.data, d.s - u.start)];
  return !!sn && subjectLead(st.text.slice(u.start + sn.s, d.ts), d.ts < d.s);
}

/** `Ada Lenz (a name the lists give to men) left early. She said ...`: a `he` or `she` at `pos` leading its sentence in
 *  unit `ui`, with no person of its gender before it in the paragraph, right after a sentence that a person the
 *  first-name lists alone gendered the other way leads (outside quotes): that person, for the rules to give as a
 *  guess (twenty-eighth round; before, the pronoun went to a person of its gender paragraphs back, shown as sure). */
export function listedLeadBefore(st: DocState, ui: number, pos: number, want: 'm' | 'f', inside: (pos: number, ui: number) => boolean): string | null {
  const u = st.units[ui];
  const ps = sentOf(u.data, pos - u.start);
  const sn = u.data.sents[ps];
  if (ps < 1 || !sn || !subjectLead(st.text.slice(u.start + sn.s, pos))) return null;
  const ue = st.unitEnts[ui];
  for (let j = upperBound(ue, pos - 1, entStart) - 1, n = 0; j >= 0 && n < LOOKBACK; j--, n++) {
    const d = ue[j];
    const si = sentOf(u.data, d.s - u.start);
    if (si < ps - 1) break;
    if (si !== ps - 1 || !d.actorKey || inside(d.s, ui)) continue;
    const a = st.actors.get(d.actorKey);
    if (a && a.type === 'person' && a.listed && a.gender !== null && a.gender !== want && leads(st, d)) return d.actorKey;
  }
  return null;
}
