// A sentence that opens with an interjection and a comma (`Well, picture this.`, `Look, the ferry runs.`, `Oh, come on.`)
// in a document without quotation marks (issue 12, twenty-seventh round): a speaker's turn, not the reporter's
// narration, whatever its verbs (an imperative the lexicon tags as a noun, `picture`). Pure; reads two tokens.
import { K, type Tok } from '../tokens';

/** Interjections that open a spoken sentence before a comma. (Not `Now,` / `So,`, which open narration too.) */
const INTERJECTIONS = new Set(['Well', 'Look', 'Listen', 'Oh', 'Hey', 'Yes', 'Yeah', 'OK', 'Okay', 'Sure', 'Folks', 'Boy', 'Wow']);

/** Whether the sentence of tokens [t0, t1) opens with an interjection and a comma and goes on (`Well, picture this.`). */
export function interjectionOpening(toks: readonly Tok[], t0: number, t1: number): boolean {
  const t = toks[t0];
  return t0 + 2 < t1 && t.kind === K.Word && INTERJECTIONS.has(t.t) && toks[t0 + 1].t === ',';
}
