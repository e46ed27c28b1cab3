// Two sentence openings that make a name the topic a following `he` or `she` continues, though the name is not the
// grammatical subject after the opening: an opinion holder fronted with `To` or `For` (`To pollster Ann Lee, the plan is
// silly.`), the subject of a yes-no question (`Was Lee convinced?`, `Did Reyes agree?`) and the one person named as
// the example of a plural subject (`Some foes of the plan, like Ann Lee, a teacher at ..., also concede ...`), and the
// subject of a clause that a plural reports (`Aides say Ann Lee now chairs ...`).
import { roleLead } from './speakers';
import type { DocEnt, DocState } from './state';
import { sentOf } from './util';
import { plain } from '../plainPattern';

const VERB_AFTER = plain(String.raw`^\s+(?:also\s+|still\s+|now\s+)?\p{Ll}+(?:ed|s)\b`, 'u');

const HOLDER_LEAD = /^(?:(?:but|and|yet|still)\s+)?(?:to|for)\s+/i;
const EXAMPLE_LEAD = /^(?:(?:but|and|yet|still)\s+)?(?:some|many|several|other|most|a\s+few)\s+[^,"“”;:]{3,60},\s+(?:like|such\s+as|including)\s+$/i;
// (`In May, aides said Ann Lee ...`: a plural common noun reports a clause whose subject is the name.)
const REPORTED_LEAD = plain(String.raw`(?:^|[\s,])(?:the\s+|his\s+|her\s+|their\s+|some\s+|many\s+)?(\p{Ll}{3,}s)\s+(?:say|said|believe|believed|argue|argued|contend|contended|insist|insisted|note|noted)\s+(?:that\s+)?$`, 'u');
const QUESTION_LEAD = /^(?:(?:but|and|so)\s+)?(?:was|is|were|are|did|does|do|has|have|had|will|would|could|can|should)\s+$/i;

/** Whether the name ending at `e`, with `lead` the text of its sentence before it, is an opinion holder fronted with
 *  `To` or `For` and role words, a comma after it (`To pollster Ann Lee, the plan is silly.`, `For Ann Lee, Reyes is
 *  exposing ...`): the one whose view the sentence gives, so the topic a following `he` or `she` continues, in the
 *  same paragraph too (speakers.ts; `For` added in the thirty-first round). */
export function opinionHolder(text: string, lead: string, e: number): boolean {
  const h = lead.length <= 80 ? HOLDER_LEAD.exec(lead) : null;
  if (!h) return false;
  const rest = lead.slice(h[0].length);
  return (rest.length === 0 || roleLead(rest)) && text.charCodeAt(e) === 44; // `,`
}

/** Whether the mention `d` is such an opinion holder in its sentence. */
export function holderAt(st: DocState, d: DocEnt): boolean {
  const u = st.units[d.unit];
  const sn = u.data.sents[sentOf(u.data, d.s - u.start)];
  return !!sn && opinionHolder(st.text, st.text.slice(u.start + sn.s, d.ts), d.e);
}

/** Whether the name at `ts`–`e` (`ts` its title's start), with `lead` the text of its sentence before `ts`, is such a
 *  fronted holder (the name and a comma after `To` and role words) or a question's subject (the sentence ends in `?`
 *  within the next 200 characters). */
export function frontedHolder(text: string, lead: string, e: number): boolean {
  if (lead.length > 80) return false;
  if (HOLDER_LEAD.test(lead)) return opinionHolder(text, lead, e);
  if (EXAMPLE_LEAD.test(lead)) return text.charCodeAt(e) === 44;
  const r = REPORTED_LEAD.exec(lead);
  if (r && !/^(?:this|thus|was|has|is|does|always|perhaps|as|less|unless|his|hers|its|ours|yours|us)$/.test(r[1])) return VERB_AFTER.test(text.slice(e, e + 40));
  if (!QUESTION_LEAD.test(lead)) return false;
  const m = /[.?!]/.exec(text.slice(e, e + 200));
  return !!m && m[0] === '?';
}
