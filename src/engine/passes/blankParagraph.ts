// A short paragraph that names no one (`FULL TEXT.`, a photo credit, a section mark) between a speaker pronoun and
// the paragraph of its antecedent (thirteenth round; split from speakers.ts for its size).
import type { DocState } from './state';

/** The longest paragraph passed over as blank between a pronoun and its antecedent. */
const BLANK_MAX = 24;

/** The paragraph before unit `ui` where a pronoun's antecedent is looked for: the previous body paragraph, or the one
 *  before it when the previous one is short and names no one (`FULL TEXT.`, a photo credit, a section mark); -1 when
 *  there is none. */
export function skipBlank(st: DocState, ui: number): number {
  const { units } = st;
  if (ui <= 0 || units[ui - 1].index < 0) return -1;
  const pu = units[ui - 1];
  if (ui > 1 && units[ui - 2].index >= 0 && !st.unitEnts[ui - 1].length && pu.end - pu.start <= BLANK_MAX && !pu.data.segs.length) return ui - 2;
  return ui - 1;
}

