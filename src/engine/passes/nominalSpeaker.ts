// A definite role noun as a speaker (`"...," the mayor said.`, `the retired judge added`): the one person the document
// has introduced with that role (`Mayor Ann Lee`, `Ann Lee, the city's mayor,`) before the quote. With none, or with two
// or more by then, the noun phrase stays an unnamed source: a guess between people would look as sure as a name.
import type { ActorBuild, DocState, QuoteBuild } from './state';
import { isTitleWord } from '../entities';
import { TITLE_LIKE_NOUNS } from '../lexicon';
import { upperBound } from './util';
import { preposedRoles } from './strippedRoles';
import { roleQualifiers } from './roleQualifiers';
import { plain } from '../plainPattern';

const NOT_WORD_CHARS = plain(String.raw`[^\p{L}-]`, 'gu');
const LOWER_HEAD = plain(String.raw`^\p{Ll}[\p{Ll}-]*$`, 'u');

/** Abbreviated titles as their role noun (`Sen. Ann Lee` is the senator). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  'sen.': 'senator', 'sens.': 'senator', 'gov.': 'governor', 'rep.': 'representative', 'reps.': 'representative',
  'gen.': 'general', 'lt.': 'lieutenant', 'sec.': 'secretary', 'supt.': 'superintendent', 'det.': 'detective',
  'sgt.': 'sergeant', 'capt.': 'captain', 'col.': 'colonel', 'prof.': 'professor', 'dr.': 'doctor', 'atty.': 'attorney',
};
/** A role's head words are those before its first preposition (`director of the agency`: director; `an aide to the
 *  director`: aide). */
const PREPOSITIONS = new Set(['of', 'for', 'at', 'to', 'in', 'with', 'on', 'from', 'who', 'which', 'and', 'since']);

/** Words that make the role noun after them another office (`vice president`, `deputy director`, `Lt. Gov.`): the
 *  pair is one role word, written with a hyphen (`vice-president`), so `the president` is not the vice president. */
export const OFFICE_MODIFIERS = new Set(['vice', 'deputy', 'assistant', 'lieutenant']);

/** The role words of a person's role text (lower case, abbreviations spelled out, each once). */
export function roleWords(role: string): string[] {
  const out = new Set<string>();
  for (const part of role.split(/;\s*/)) {
    let mod = '';
    for (const raw of part.slice(0, 200).split(/[\s,]+/)) {
      const w = raw.toLowerCase();
      if (!w) continue;
      if (PREPOSITIONS.has(w)) break;
      const word = ABBREVIATIONS[w] ?? w.replace(NOT_WORD_CHARS, '');
      if (word.length > 2) out.add(mod && !OFFICE_MODIFIERS.has(word) ? `${mod}-${word}` : word);
      mod = OFFICE_MODIFIERS.has(word) ? word : '';
    }
  }
  return [...out];
}

/** The person actors by the head words of their roles, in order of first mention, and each one's role words and role
 *  texts (built once per document; the qualifiers are read from the texts only when two holders tie). */
function roleIndex(st: DocState): RoleIndex {
  if (st.roleIndex) return st.roleIndex;
  const byWord = new Map<string, ActorBuild[]>();
  const words = new Map<string, Set<string>>();
  const roleTexts = new Map<string, string[]>();
  const preposed = preposedRoles(st);
  const people = [...st.actors.values()].filter((a) => a.type === 'person' && (a.role || preposed.has(a.key))).sort((a, b) => a.first - b.first);
  for (const a of people) {
    const roles = [a.role ?? '', ...(preposed.get(a.key) ?? [])];
    const ws = roleWords(roles.join('; '));
    words.set(a.key, new Set(ws));
    roleTexts.set(a.key, roles.join('; ').split(/;\s*/));
    for (const w of ws) {
      const list = byWord.get(w);
      if (list) list.push(a);
      else byWord.set(w, [a]);
    }
  }
  return st.roleIndex = { byWord, words, roleTexts, quals: new Map() };
}
type RoleIndex = NonNullable<DocState['roleIndex']>;

/** At most this many people with the same role word are told apart (the latest introduced before the quote). */
const MAX_HOLDERS = 8;

/** The people introduced with role noun `head` before offset `pos` whose roles share the most of the noun phrase's
 *  other words (`the Senate minority leader`: the leader whose role also says Senate and minority), the latest first;
 *  empty when nobody has that role. */
export function roleHolders(st: DocState, head: string, npWords: string[], pos: number): ActorBuild[] {
  const ix = roleIndex(st);
  const list = ix.byWord.get(head);
  if (!list) return [];
  let best: ActorBuild[] = [];
  let bestScore = -1;
  for (let k = upperBound(list, pos - 1, (x) => x.first) - 1, n = 0; k >= 0 && n < MAX_HOLDERS; k--, n++) {
    const ws = ix.words.get(list[k].key);
    let score = 0;
    for (const w of npWords) if (ws?.has(w)) score++;
    if (score > bestScore) { best = [list[k]]; bestScore = score; } else if (score === bestScore) best.push(list[k]);
  }
  return best.length > 1 ? qualifiedHolder(st, ix, best, head, npWords) : best;
}

/** Of two or more holders tied on role words, the one whose role qualifiers (roleQualifiers.ts: `Ohio Gov. Ada Rook`)
 *  share the most of the noun phrase's other words, when only one does (`the Ohio governor`); else all of them. */
function qualifiedHolder(st: DocState, ix: RoleIndex, holders: ActorBuild[], head: string, npWords: string[]): ActorBuild[] {
  let best: ActorBuild | null = null;
  let bestScore = 0;
  let ties = 0;
  for (const a of holders) {
    let qs = ix.quals.get(a.key);
    if (!qs) ix.quals.set(a.key, qs = roleQualifiers(st, a, ix.roleTexts.get(a.key) ?? []));
    let score = 0;
    for (const w of npWords) if (w !== head && qs?.has(w)) score++;
    if (score > bestScore) { best = a; bestScore = score; ties = 1; } else if (score === bestScore && score > 0) ties++;
  }
  return best && ties === 1 ? [best] : holders;
}

/** A role noun's speaker is less certain than a name's: on a quote's confidence. */
export const NOMINAL_FACTOR = 0.85;
/** An epithet read as the previous speaker (`the billionaire said` after his quotes) is a guess: shown as one. */
export const EPITHET_FACTOR = 0.5;

/** Heads that name an unnamed source, never an epithet of someone named (`the source`, `the spokesman`). */
const ANONYMOUS = new Set(['source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'adviser',
  'advisor', 'witness', 'resident', 'friend', 'person', 'man', 'woman', 'caller', 'reader', 'viewer', 'voter', 'attendee',
  'neighbor', 'neighbour', 'relative', 'colleague', 'employee', 'worker', 'student', 'member']);

/** For a noun phrase subject at paragraph offsets `subj.s`–`subj.e` (unit `ui`) that opens with `the` (`the mayor`,
 *  `the retired judge`; its span leaves the article out): the one person introduced with its last word as role, with
 *  NOMINAL_FACTOR; else the speaker of the quote before it in this paragraph or the one before, when a person: with
 *  NOMINAL_FACTOR when that person's roles have the word, with EPITHET_FACTOR for an epithet that is no title (`the
 *  tycoon`; a title such as `senator` must be among the roles); else null. */
export function definiteRoleHolder(st: DocState, ui: number, subj: { s: number; e: number }): { actor: ActorBuild; factor: number } | null {
  const u = st.units[ui];
  const s = u.start + subj.s;
  const e = u.start + subj.e;
  if (e - s > 80 || !/\bthe\s+$/i.test(st.text.slice(Math.max(0, s - 5), s))) return null;
  const words = st.text.slice(s, e).split(/\s+/);
  // (`the chairman of the board`: the head is the noun before the preposition.)
  const p = words.findIndex((w) => PREPOSITIONS.has(w.toLowerCase()));
  const hi = (p > 0 ? p : words.length) - 1;
  let head = words[hi].toLowerCase();
  if (!LOWER_HEAD.test(head)) return null;
  // (`the vice president`: the office is the pair, as in roleWords.)
  const mod = hi > 0 ? ABBREVIATIONS[words[hi - 1].toLowerCase()] ?? words[hi - 1].toLowerCase() : '';
  if (OFFICE_MODIFIERS.has(mod)) head = `${mod}-${head}`;
  const holders = roleHolders(st, head, words.map((w) => ABBREVIATIONS[w.toLowerCase()] ?? w.toLowerCase()), s);
  if (holders.length === 1) return { actor: holders[0], factor: NOMINAL_FACTOR };
  // (`the spokesman` is the spokesman introduced as such, never the previous speaker by default.)
  if (ANONYMOUS.has(head)) return null;
  const prev = previousSpeaker(st, ui, s);
  if (!prev) return null;
  // (Two people with the role: the one who spoke last, if either did.)
  if (holders.length) return holders.includes(prev) ? { actor: prev, factor: NOMINAL_FACTOR } : null;
  const roles = prev.role ? roleWords(prev.role) : [];
  if (roles.includes(head)) return { actor: prev, factor: NOMINAL_FACTOR };
  // (A title is held or not: `the judge` is not a previous speaker whose roles do not say so.)
  return isTitleWord(head) || TITLE_LIKE_NOUNS.has(head) || HELD_ROLES.has(head) ? null : { actor: prev, factor: EPITHET_FACTOR };
}
/** Roles a person holds or not, besides titles and TITLE_LIKE_NOUNS (`the host` is not the previous speaker if that
 *  speaker is known as something else). */
const HELD_ROLES = new Set(['host', 'moderator', 'judge']);

/** The person who spoke the latest quote before `pos` in unit `ui` or the paragraph before, or null. */
function previousSpeaker(st: DocState, ui: number, pos: number): ActorBuild | null {
  const units = st.units;
  const uIdx = units[ui].index;
  let best: QuoteBuild | null = null;
  const cur = st.curPara;
  for (let k = cur.length - 1; k >= 0 && k >= cur.length - 50; k--) if (cur[k].e <= pos && cur[k].actorKey && (!best || cur[k].e > best.e)) best = cur[k];
  if (!best) {
    const uq = st.unitQuotes[ui];
    for (let k = upperBound(uq, pos - 1, (x) => x.s) - 1, n = 0; k >= 0 && n < 50; k--, n++) if (uq[k].e <= pos && uq[k].actorKey) { best = uq[k]; break; }
  }
  if (!best) {
    // The last quote of an earlier paragraph, the paragraph just before only.
    const k = upperBound(st.quotes, uIdx - 1, (x) => units[x.unit].index) - 1;
    if (k >= 0 && uIdx - units[st.quotes[k].unit].index === 1 && st.quotes[k].actorKey) best = st.quotes[k];
  }
  const a = best?.actorKey ? st.actors.get(best.actorKey) : undefined;
  if (!best || !a || a.type !== 'person') return null;
  // (Another person named between that quote and this one may be the one meant: `X blasted Y. "...," the leader said.`)
  for (let k = ui; k >= best.unit; k--) {
    const ue = st.unitEnts[k];
    for (let j = upperBound(ue, pos - 1, (x) => x.s) - 1, n = 0; j >= 0 && ue[j].s >= best.e && n < MAX_BETWEEN; j--, n++) {
      const other = ue[j].actorKey ? st.actors.get(ue[j].actorKey as string) : undefined;
      if (other && other !== a && other.type === 'person') return null;
    }
  }
  return a;
}
/** Names read back between the previous quote and the epithet, at most (a long stretch of names: no guess). */
const MAX_BETWEEN = 40;

/** After a noun phrase speaker, the words that give its name (`a man calling himself Ivo Brant`, `the pilot known as
 *  Bo`, `a user going by the handle Skipper`, `the girl, who said her name was Nina,`), up to the name. */
const NAMED_AFTER = /^,?\s+(?:(?:who\s+is\s+)?known\s+as|calling\s+(?:himself|herself)|going\s+by\s+the\s+(?:handle|name)|(?:who|and)\s+(?:said|gave)\s+(?:his|her)\s+name\s+(?:was|as)|(?:who\s+[^,;:.!?"“”]{0,60}?\s+and\s+)(?:said|gave)\s+(?:his|her)\s+name\s+(?:was|as))\s+$/;
/** How far after the noun phrase the naming words may end. */
const NAMED_SPAN = 90;

/** The name a noun phrase speaker (paragraph span [s, e) of unit `ui`) is given right after it (see NAMED_AFTER): the
 *  actor key and document span of a person's name in the same sentence, or null. Reads at most NAMED_SPAN characters
 *  and looks at the names starting in them. */
export function namedNominal(st: DocState, ui: number, s: number, e: number): { key: string; start: number; end: number } | null {
  const u = st.units[ui];
  const ents = st.unitEnts[ui];
  for (let k = upperBound(ents, u.start + e - 1, (x) => x.s); k < ents.length && ents[k].s <= u.start + e + NAMED_SPAN; k++) {
    const d = ents[k];
    if (d.type !== 'person' || !d.actorKey) continue;
    if (!NAMED_AFTER.test(st.text.slice(u.start + e, d.s))) continue;
    return { key: d.actorKey, start: d.s, end: d.e };
  }
  return null;
}
