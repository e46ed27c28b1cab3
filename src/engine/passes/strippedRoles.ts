// Roles written before a person's name, in commas (a preposed appositive): `his campaign manager, Ann Lee, said ...`,
// `The mayor, Dana Pike, spoke on Monday.` The actors pass reads the appositive after a name (`Ann Lee, his campaign
// manager,`); this one is read here for naming a role-noun speaker later (`..., the campaign manager said.`, with or
// without quotation marks: nominalSpeaker.ts indexes both).
import { type DocEnt, type DocState, memoCand } from './state';
import { isTitleWord } from '../entities';
import { SINGULAR_SOURCES, TITLE_LIKE_NOUNS, lexicon } from '../lexicon';
import { isSpace } from './util';
import { plain } from '../plainPattern';

/** A determiner, up to four lower-case words ending with the head, a comma: right before a name. */
const PREPOSED_ROLE = plain(String.raw`(?:^|[^\p{L}])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s+$`, 'u');
/** Characters read back from a name for its role (a role of four words fits). */
const WINDOW = 60;

/** A noun for a person, as the head of a role or a nominal speaker (`mayor`, `judge`, `spokesman`): a title, a role
 *  noun or a singular source, and no organisation's head (`the party`, `the newspaper`). */
export function isPersonNoun(low: string): boolean {
  const lex = lexicon();
  return !lex.orgHeads.has(low) && (lex.roleNouns.has(low) || isTitleWord(low) || TITLE_LIKE_NOUNS.has(low) || SINGULAR_SOURCES.has(low));
}

/** Per person actor, the preposed roles of its mentions (`campaign manager`, `mayor`), each once: only a role whose
 *  head is a noun for a person (a title, a role noun, a singular source; not `the party, Ann Lee,`), before a name
 *  that the next comma or the end of the sentence closes. One look back of WINDOW characters per mention: linear. */
export function preposedRoles(st: DocState): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const { text, docEnts } = st;
  // (The person mentions only, when the actors pass has listed them: a third of the document's entities.)
  const idx = st.personIdx;
  const n = idx ? idx.length : docEnts.length;
  for (let j = 0; j < n; j++) {
    const d = docEnts[idx ? idx[j] : j];
    if (d.type !== 'person' || !d.actorKey || d.s < 4) continue;
    const next = text.charCodeAt(d.e);
    if (next !== 44 && next !== 46) continue;
    // (The role ends with a comma and a space right before the name: most mentions have none, and skip the regex.)
    let k = d.s - 1;
    while (k > 0 && isSpace(text.charCodeAt(k))) k--;
    if (k === d.s - 1 || text.charCodeAt(k) !== 44) continue;
    const role = preposedRole(st, d);
    if (role === null) continue;
    const list = out.get(d.actorKey);
    if (!list) out.set(d.actorKey, [role]);
    else if (!list.includes(role) && list.length < 4) list.push(role);
  }
  return out;
}

/** The role before mention `d` (see preposedRoles), or null; kept with its candidate when the window is all inside its
 *  paragraph (state.ts candMemo). */
function preposedRole(st: DocState, d: DocEnt): string | null {
  const u = st.units[d.unit];
  return d.s - WINDOW >= u.start ? memoCand('preRole', u.data.ents[d.cand], readPreposedRole, st.text, d) : readPreposedRole(st.text, d);
}
function readPreposedRole(text: string, d: DocEnt): string | null {
  const m = PREPOSED_ROLE.exec(text.slice(Math.max(0, d.s - WINDOW), d.s));
  return m && isPersonNoun(m[1].slice(m[1].lastIndexOf(' ') + 1)) ? m[1] : null;
}
