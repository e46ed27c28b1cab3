// Where a name stands as someone's employer (issue 12, fifteenth round): `an analyst at X`, `chief economist at X`,
// `an attorney with X`, `executive director of X`, `a reporter for X`. A person works at or with an organisation, not at
// or with another person, so after a role noun and `at` / `with` the name is an organisation whatever its words
// (`Evercore`, `Morgan Stanley`, `National Nurses United`); after `of` / `for` (`a spokesman for Ann Lee`, `director of
// Operations`) only a name the rules left untyped or weak is taken for one.
import { K, type Tok } from '../tokens';
import { lexicon } from '../lexicon';
import type { Classified } from './classify';
import { gazType, joinKey } from './words';

/** Lower-case role nouns of people who work for an organisation (`analyst`, `economist`, `co-founder`). The lexicon's
 *  `roleNouns` holds these singulars too, but stays apart from this list: it also names people who work for no one
 *  (`people`, `girl`, `friend`, `soldier`, `mayor`), after whom `of` / `with` names a place or a person (`the people of
 *  X`, `the mayor of X`, `a girl with X`); read here, it made such places organisations (docs/eval.md, sixteenth round). */
const ROLES = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'editor', 'editors', 'reporter', 'reporters',
  'correspondent', 'columnist', 'writer', 'contributor', 'professor', 'professors', 'researcher', 'researchers', 'scientist', 'scientists',
  'fellow', 'fellows', 'scholar', 'scholars', 'director', 'directors', 'founder', 'co-founder', 'cofounder', 'president', 'vice-president',
  'chairman', 'chairwoman', 'chairperson', 'ceo', 'executive', 'executives', 'partner', 'partners', 'spokesman', 'spokeswoman', 'spokesperson',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'lobbyist', 'consultant', 'consultants', 'adviser', 'advisor', 'pollster', 'manager',
  'managers', 'employee', 'employees', 'staffer', 'staffers', 'engineer', 'engineers', 'trader', 'traders', 'investor', 'organizer',
  'coordinator', 'producer', 'anchor', 'officer', 'officers', 'official', 'officials', 'owner', 'head', 'dean']);

/** Media roles, whose `for` names the outlet (`a reporter for X`, `a columnist for X`). */
const MEDIA_ROLES = new Set(['reporter', 'reporters', 'correspondent', 'columnist', 'writer', 'contributor', 'editor', 'editors', 'producer', 'anchor']);

/**
 * How tokens [a, b) stand after a role noun: 'at' after `<role> at` / `<role> with` (optionally `the`), 'of' after
 * `<role> of` / `<role> for`, else null. The name must end the phrase: no lower-case noun after it that it modifies
 * (`head of Quillan retail stores`). Constant work per call.
 */
export function employerSlot(toks: Tok[], a: number, b: number): 'at' | 'of' | null {
  let p = a - 1;
  if (toks[p]?.lower === 'the') p--;
  const prep = toks[p];
  const role = toks[p - 1];
  if (!prep || !role || role.kind !== K.Word || role.cap || !ROLES.has(role.lower) || prep.sent !== toks[a].sent) return null;
  const next = toks[b];
  if (next && next.kind === K.Word && !next.cap && /^(?:Noun|Singular|Plural|Uncountable|Adjective)$/.test(lexicon().common.get(next.lower) ?? '')) return null;
  if (prep.lower === 'at' || prep.lower === 'with') return 'at';
  if (prep.lower === 'of' || (prep.lower === 'for' && MEDIA_ROLES.has(role.lower))) return 'of';
  return null;
}

/**
 * The type of the name in tokens [a, b) given the classifier's reading `cls`: an organisation in an employer's slot
 * (see `employerSlot`) when the classifier found nothing, an untyped or weak word, a surname-shaped common word, or
 * (after `at` / `with`) a person; a place or organisation the gazetteers know keeps its type (`a professor at Ohio
 * State`, `a reporter at the White House`). Else `cls` unchanged.
 */
export function employerClass(toks: Tok[], a: number, b: number, cls: Classified | null): Classified | null {
  if (cls && !cls.weak && cls.type !== 'unknown' && cls.type !== 'surname' && cls.type !== 'person') return cls;
  const slot = employerSlot(toks, a, b);
  if (!slot) return cls;
  if (gazType(joinKey(toks, a, b))) return cls;
  if (slot === 'of' && ((cls && cls.type === 'person' && !cls.weak) || fieldWords(toks, a, b))) return cls;
  if (!cls) {
    // (Nothing found: only after `at` / `with`, and not a demonym or a group alone: `an analyst at American`.)
    if (slot !== 'at' || (b - a === 1 && lexicon().demonyms.has(toks[a].lower))) return cls;
  }
  const canonical = cls?.canonical ?? toks.slice(a, b).map((t) => t.t).join(' ');
  return { type: 'organization', canonical, weak: false, possBase: cls?.possBase ?? null };
}

/** The last word of a field or a language (`Linguistics`, `Communications`, `Marketing`, `English`, `Public Affairs`). */
const FIELD_END = /(?:ics|tions?|sions?|ments?|ing|ogy|ish|ese|ance|ence|ness|ity|ities|affairs|sales|studies|relations|services|resources|research|history|law|arts?|sciences?)$/;

/** Words that may name a field or a language rather than an employer (`professor of Linguistics`, `director of
 *  Communications`, `professor of English`): every word a common word or a demonym, or a last word shaped like a field. */
function fieldWords(toks: Tok[], a: number, b: number): boolean {
  const lex = lexicon();
  if (FIELD_END.test(toks[b - 1].lower)) return true;
  for (let i = a; i < b; i++) if (!lex.common.has(toks[i].lower) && !lex.demonyms.has(toks[i].lower)) return false;
  return true;
}
