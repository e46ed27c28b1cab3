// `A, Reyes said, asked about the delay.`: a parenthetical attribution whose rest is an adjunct about the speaker,
// not more of the speech.
import type { Attr } from '../attribution';
import { K } from '../tokens';
import type { ParaData } from './state';
import { upperBound } from './util';
import { plain } from '../plainPattern';

/** Words that open a participle or adverbial adjunct after `said,` (`asked about ...`, `instead seeking ...`,
 *  `referring to ...`, `according to ...`, any `-ing` participle). */
const ADJUNCT_OPENERS = plain(String.raw`^(?:\p{Ll}{2,}ing|asked|pressed|instead|according|citing|referring|prior)$`, 'u');
/** Adverbs that may come before such an opener (`..., Lee said, also pointing to ...`, `..., Lee said, just prior to
 *  the vote.`). */
const LEAD_ADVERBS = new Set(['also', 'just', 'then', 'later', 'again', 'still', 'shortly', 'even']);
/** Objects after a finite `asked` (`..., Lee recalled, asked her what ...`: the verb of the sentence, not an adjunct). */
const OBJECTS = new Set(['her', 'him', 'them', 'me', 'us', 'the', 'a', 'an', 'my', 'his', 'their', 'our']);

/** `Its been nine years, Reyes said, asked about the delay.`, `..., Lee said, instead seeking to ...`: the rest after
 *  the cue of parenthetical attribution `a` opens with a participle or an adverbial adjunct (not a `-thing` noun): it
 *  describes the speaker, so the attribution closes the text before it as an inverted one does. */
export function adjunctRest(d: ParaData, a: Attr): boolean {
  if (a.contentS < 0) return false;
  let k = upperBound(d.toks, a.contentS - 1, (x) => x.s);
  if (d.toks[k]?.kind === K.Word && LEAD_ADVERBS.has(d.toks[k].t)) k++;
  const t = d.toks[k];
  if (!t || t.kind !== K.Word || t.cap || !ADJUNCT_OPENERS.test(t.lower) || /thing$/.test(t.lower)) return false;
  const n = d.toks[k + 1];
  return !(/^(?:asked|pressed)$/.test(t.lower) && n && n.kind === K.Word && OBJECTS.has(n.lower));
}
