// A verbless phrase before an inverted attribution in a document without quotation marks (`Not a single reply, Reyes
// said.`): the speech it ends began in the sentence before. Pure; reads a bounded number of tokens.
import { K } from '../tokens';
import type { DocState, ParaData } from './state';
import { type Para, speechLike } from './strippedSpeech';

/** Tags of the lexicon that make a word a verb. */
const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Copula', 'Modal', 'Infinitive', 'Auxiliary', 'Verb', 'Imperative', 'Gerund', 'Participle', 'PerfectTense']);
/** Verbs the tags may miss in stripped text (contractions without their apostrophe). */
const VERB_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'its', 'thats', 'whats', 'theres', 'hes', 'shes', 'im', 'ive', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'cant', 'wont']);

/** Subject pronouns: a phrase with one is a clause. */
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who']);

/** The words of paragraph offsets [a, b) of sentence `si` are a short phrase with no verb (at most `max` words, at
 *  least one): a noun phrase or an exclamation that cannot be a whole quote by itself. */
export function verblessPhrase(st: DocState, d: ParaData, si: number, a: number, b: number, max = 6): boolean {
  const sn = d.sents[si];
  let words = 0;
  for (let k = sn.t0; k < sn.t1 && d.toks[k].s < b; k++) {
    const t = d.toks[k];
    if (t.s < a || t.kind !== K.Word) continue;
    if (++words > max) return false;
    // (A subject pronoun or a word in -ed makes a clause whatever the tags say: `We lost the season`, `They closed`.)
    if (VERB_WORDS.has(t.lower) || SUBJECTS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'))) return false;
    const tag = st.lex.common.get(t.lower);
    if (tag && VERB_TAGS.has(tag)) return false;
  }
  return words > 0;
}

/** `..., Okafor said. This is the price of it. The whole price. When you start a quarrel, it never ends.`: a short verbless
 *  phrase between two sentences of speech (sentence `k`, the next one before `e1` sounding like speech) is part of it. */
export function verblessInSpeech(p: Para, k: number, e1: number): boolean {
  const { st, d } = p;
  return k + 1 < e1 && verblessPhrase(st, d, k, d.sents[k].s, d.sents[k].e) && speechLike(st, d, k + 1);
}
