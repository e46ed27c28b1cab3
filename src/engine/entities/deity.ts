// The name `God` as a person (issue 12, round 24, branch h-ents25). GUM and CoreNLP both type a capitalised `God`
// that refers (`God alone judges`, `they pray to God`) as a person, and leave out the formulas of
// exclamation (`oh my God`, `thank God`, `for God's sake`, `God bless you`). The name is found per paragraph and
// only added to the output's entities (passes/output.ts): it is no actor, so no pass reads it as a speaker or as the
// antecedent of `he` (the eighth and ninth rounds tried it as a candidate and lost PolNeAR speakers that way).
import { K, type Tok } from '../tokens';
import { makeCand, type ECand } from './cand';

/** Words before `God` that make a formula, not a mention (`oh my God`, `Oh God`, `thank God`, `by God`, `Good God`),
 *  and the determiners of the common noun (`the God of the sea`, `a God`, `no God`). */
const FORMULA_BEFORE: ReadonlySet<string> = new Set(['my', 'oh', 'o', 'thank', 'by', 'good', 'dear', 'swear', 'the', 'a', 'an', 'no']);
/** Words after `God` that make a formula (`God bless`, `God forbid`, `God willing`, `God knows what`, `God damn`). */
const FORMULA_AFTER: ReadonlySet<string> = new Set(['bless', 'forbid', 'willing', 'knows', 'damn', 'dammit', 'help']);
/** `for God's sake(s)`. */
const SAKE: ReadonlySet<string> = new Set(['sake', 'sakes']);

/** Punctuation after which a word opens a sentence or a quotation. */
const OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', '"', '“', '‘', "'", '(', '—', '–', ':', ';']);

const NONE: readonly ECand[] = [];

/** The mentions of `God` as a person in a paragraph, as candidates (paragraph offsets), in order; kept with the
 *  paragraph by passes/paraMemo.ts. */
export function deityNames(toks: Tok[]): readonly ECand[] {
  let out: ECand[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t !== 'God' || !refers(toks, i)) continue;
    (out ??= []).push(makeCand(toks[i].s, toks[i].e, 'person', 'God', i, i + 1));
  }
  return out ?? NONE;
}

/** Whether `God` at token i names its referent: not part of a formula, not an exclamation opening a sentence
 *  (`God, I don't know`), not the first word of a longer name (`God Almighty`). */
function refers(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  const n = toks[i + 1];
  if (p && p.kind === K.Word && FORMULA_BEFORE.has(p.lower)) return false;
  if (!n) return true;
  if (n.kind === K.Word && n.cap && n.s - toks[i].e <= 1) return false;
  if (n.kind === K.Word && FORMULA_AFTER.has(n.lower)) return false;
  if ((n.t === "'s" || n.t === '’s') && SAKE.has(toks[i + 2]?.lower ?? '')) return false;
  return !(n.t === ',' && (!p || OPENERS.has(p.t)));
}
