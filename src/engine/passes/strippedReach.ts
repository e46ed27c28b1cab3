// `Dover lost the ferry in May. We have nothing left, Marta Okonkwo said.`: the words before a person's inverted
// attribution run back to the start of the paragraph in news prose, whatever their tense, unless a sentence on the way
// attributes, names the speaker, opens on a scene-setting subject (`The board met ...`) or reports what another
// person said or did.
import type { Para } from './strippedSpeech';
import { K } from '../tokens';
import { otherPersonReports } from './strippedNarration';

/** Openers of a narrator's scene-setting sentence: a noun phrase or a third-person pronoun as its subject (`The
 *  board met for an hour.`, `She walked along the pier.`). */
const SCENE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'they']);

/** Sentence `si` opens with a scene-setting subject (SCENE_OPENERS). */
function sceneSubject(p: Para, si: number): boolean {
  const t = p.d.toks[p.d.sents[si].t0];
  return !!t && t.kind === K.Word && SCENE_OPENERS.has(t.lower);
}

/** At most this many sentences before the first one that sounds like speech join the quote. */
const MAX_REACH = 4;

/** The first sentence of the quote closed by a person's inverted attribution (speaker actor `key`, null for any other
 *  source), which now starts at sentence `s0`: the first sentence of the paragraph (or the one after the quote before)
 *  when every sentence between carries no attribution and does not name the speaker (`ok`), none opens on a
 *  scene-setting subject, and none reports what another person said or did (`Lind accused the board of lying.`). Otherwise `s0`. */
export function reachParagraphStart(p: Para, s0: number, key: string | null, ok: (si: number) => boolean): number {
  const first = p.lastSentUsed + 1;
  if (key === null || s0 <= first || s0 - first > MAX_REACH) return s0;
  for (let k = first; k < s0; k++) if (!ok(k) || sceneSubject(p, k) || otherPersonReports(p, k, key)) return s0;
  return first;
}
