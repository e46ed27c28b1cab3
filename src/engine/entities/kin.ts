// Kinship, partner, friend and workmate nouns before a name (`her husband Bill`, `my friend Megan`, `his brother Dean`).
import { K, type Tok } from '../tokens';
import { isFirstName } from '../lexicon';
import { isCommonWordFirstName, isTitleWord } from './words';

/** Kinship, partner and neighbour nouns, before a name (`husband Bill`, `daughter Lensey`, `neighbour Vessik`). */
const KIN_NOUNS = new Set(['husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter',
  'grandfather', 'grandmother', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'widow', 'widower', 'boyfriend', 'girlfriend',
  'half-brother', 'half-sister', 'sons', 'daughters', 'stepbrother', 'stepsister', 'grandma', 'grandpa', 'neighbor', 'neighbour', 'roommate', 'classmate', 'schoolmate',
  // (Thirty-second round: friends and workmates, `my friend Megan's birthday`, `his colleague Vessik`.)
  'friend', 'friends', 'colleague', 'mentor', 'teammate', 'bandmate', 'co-worker', 'coworker', 'housemate', 'flatmate', 'spouse']);
/** `her husband Bill`, `his daughter Lensey`, `their son Ralph Pike`: a kinship noun right before token `a` names a
 *  person next. Also in commas, an appositive (`Reyes's wife, Melka, spoke`): the run `a`..`b` between a kinship noun
 *  and a comma and a comma after it (twenty-eighth round: a first name no list knows was no person, and a `she` after
 *  it went to an earlier woman). */
export function afterKinNoun(toks: Tok[], a: number, b: number): boolean {
  const before = toks[a - 1];
  if (before?.t === ',' && toks[b]?.t === ',') return kinNoun(toks[a - 2]);
  return kinNoun(before) && before.e + 1 === toks[a].s;
}
/** `his brother Dean`, `her son Major`: one title word that is also a first name, tokens [a, b), alone after a kinship
 *  noun (or in commas after one), is the name, no title. */
export function kinTitleName(toks: Tok[], a: number, b: number): boolean {
  const l = toks[a].lower;
  return b - a === 1 && isTitleWord(l) && (isFirstName(l) || isCommonWordFirstName(l)) && afterKinNoun(toks, a, b);
}
function kinNoun(t: Tok | undefined): t is Tok {
  return !!t && t.kind === K.Word && !t.cap && KIN_NOUNS.has(t.lower);
}
