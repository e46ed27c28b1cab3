// `In the last hour of the fair, Reyes agreed to pay the fine.`, `After the vote, Lee told a joke about the weather.`:
// in a document without quotation marks, a cue after a comma that takes a complement of its own (an infinitive, a
// told story) is the narrator's main verb, not an inverted attribution closing the text before the comma. Pure;
// linear in the tokens after the cue.
import type { Attr } from '../attribution';
import { K, type Tok } from '../tokens';
import type { DocState, ParaData } from './state';
import { upperBound } from './util';

/** Determiners and possessives that open a short object before an infinitive (`asked a judge to block it`). */
const OBJECT_DETS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'all']);
/** Object pronouns (`urged them to vote`). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
/** Nouns for a told narrative, the object of `told` / `tells` as the narrator's verb (`Lee told a joke`). */
const TOLD_NARRATIVES = new Set(['joke', 'jokes', 'story', 'stories', 'tale', 'tales', 'anecdote', 'anecdotes', 'parable', 'lie', 'lies']);

/** Verbs that take an infinitive (`agreed to pay`, `urged them to stay`): after them any lower-case word but a
 *  determiner or a pronoun is read as a bare verb (the lexicon tags many verbs as nouns: `pay`, `block`, `stay`). */
const INFINITIVE_TAKERS = new Set(['agreed', 'agrees', 'pledged', 'pledges', 'vowed', 'vows', 'promised', 'promises', 'urged', 'urges',
  'asked', 'asks', 'decided', 'decides', 'refused', 'refuses', 'declined', 'declines', 'wanted', 'wants', 'planned', 'plans', 'hoped',
  'hopes', 'threatened', 'threatens', 'offered', 'offers', 'sought', 'seeks', 'tried', 'tries', 'failed', 'fails', 'moved', 'moves']);
const NOT_VERBS = new Set([...OBJECT_DETS, ...OBJECT_PRONOUNS, 'be']);
/** Verbs of saying after `to`: the cue still reports the text before it (`..., Lee went on to say.`, `..., Lee was
 *  quick to add.`, `..., Lee continued to insist.`). */
const SAYING = new Set(['say', 'add', 'insist', 'argue', 'note', 'warn', 'explain', 'tell', 'claim', 'ask', 'maintain', 'stress', 'point',
  'declare', 'repeat', 'reply', 'respond', 'answer', 'assert', 'suggest', 'write', 'joke', 'quip', 'concede', 'admit', 'acknowledge']);

/** Token `t` is a lower-case word read as a bare verb (`oppose`, `ignore`; after `cue`, see INFINITIVE_TAKERS). */
function bareVerb(st: DocState, t: Tok | undefined, cue: string): boolean {
  if (!t || t.kind !== K.Word || t.cap || SAYING.has(t.lower)) return false;
  return st.lex.common.get(t.lower) === 'Infinitive' || (INFINITIVE_TAKERS.has(cue) && !NOT_VERBS.has(t.lower) && st.lex.common.get(t.lower) !== 'Plural');
}

/** Whether inverted attribution `a` (with its subject before its cue) is the narrator's clause with a complement:
 *  its cue is followed, over a short object at most (a name, a pronoun, or a determiner and up to three lower-case
 *  words), by `to` and a bare verb (`agreed to pay`, `asked the court to halt`, `urged them to stay`), or is
 *  `told` / `tells` with a story, a joke or a lie as its object. Then the text before the comma is no quote. */
export function cueTakesComplement(st: DocState, d: ParaData, a: Attr): boolean {
  if (a.form !== 'inverted' || a.subject.s >= a.cueS) return false;
  const sn = d.sents[a.sent];
  const toks = d.toks;
  const c = upperBound(toks, a.cueS - 1, (x) => x.s);
  if (c >= sn.t1 || toks[c].s !== a.cueS) return false;
  let k = c + 1;
  const w = (i: number): Tok | undefined => (i < sn.t1 && toks[i].kind === K.Word ? toks[i] : undefined);
  // (`told a joke`, `told the old story of ...`: a determiner and at most two modifiers before the narrative noun.)
  if (/^(told|tells)$/.test(toks[c].lower) && w(k) && /^(a|an|the|another|his|her|their)$/.test(w(k)!.lower)) {
    for (let j = k + 1; j <= k + 3 && w(j); j++) if (TOLD_NARRATIVES.has(w(j)!.lower)) return true;
  }
  if (w(k)?.cap) while (w(k)?.cap) k++;
  else if (w(k) && OBJECT_PRONOUNS.has(w(k)!.lower)) k++;
  else if (w(k) && OBJECT_DETS.has(w(k)!.lower)) {
    const k0 = ++k;
    while (k < k0 + 3 && w(k) && !w(k)!.cap && w(k)!.lower !== 'to') k++;
    if (k === k0) return false;
  }
  return w(k)?.lower === 'to' && bareVerb(st, w(k + 1), toks[c].lower);
}
