// Pass 2, actors: persons from their mentions (forms, gender and role from titles), organisations that act (a
// speaker, or a name followed by a verb), gender from first names, roles from appositives. Collective actors
// (`analysts`, `unnamed sources`) are made later, when an attribution names one (`collectiveActor`).
import type { Span } from '../types';
import type { ECand } from '../entities';
import type { Attr, Subject } from '../attribution';
import { K } from '../tokens';
import { type ActorBuild, type DocEnt, type DocState, type ParaData, candMemo, ck, entAt, getActor, isSpeakerCand, memoCand } from './state';
import { tx } from './names';
import { entText, entWritten, lastWord } from './util';
import { paraMemo } from './paraMemo';
import { ownString } from '../ownString';
import { PlainSpan } from '../plainObjects';
import { PARTY_MEMBERS, SPEECH_CUES } from '../lexicon';
import { sourceName, unnamedSourceKey } from './indefiniteSource';
import { plain } from '../plainPattern';
import { ANY_UPPER, UPPER_FIRST } from '../wordShapes';
import { sentenceOpens } from './sentenceOpens';
import { CLOSED_APPOSITIVE, leadingAccording } from './accordingLead';

/** A first word with a second capital (`U.S.`, `Mexican-American`): no capital of a sentence's start alone. */
const FIRST_WORD_TWO_CAPITALS = plain(String.raw`^\p{Lu}[^\s\p{Lu}]*\p{Lu}`, 'u');

/** Quantifiers that can head a collective subject on their own (`Some have warned`) without naming anyone. */
const BARE_QUANTIFIERS = new Set(['some', 'many', 'others', 'most', 'few', 'several', 'some others', 'many others', 'a few']);
/** Longest appositive read as a role, as written (the role itself must be at most 200 characters). */
export const MAX_ROLE_SOURCE = 1000;

/** The span of mention `di` (docEnts index): the previous analysis's span of that index when it has not moved
 *  (`Carry.spans`: before the edit point every mention is where it was), else its candidate's own (a paragraph repeated
 *  in the document shares its candidates, so that memo holds only one copy's), else a new one. */
function mentionSpan(st: DocState, di: number, c: ECand, d: DocEnt): Span {
  const kept = st.carry.spans ??= [];
  const k = kept[di];
  if (k !== undefined && k.start === d.s && k.end === d.e) return k;
  const m = c.memoSpan;
  if (m !== undefined && m.start === d.s && m.end === d.e) return kept[di] = m;
  return kept[di] = c.memoSpan = new PlainSpan(d.s, d.e); // (plainObjects.ts: allocated young)
}

/** An organisation name followed by a verb (`NATO said`, `the ministry has`) acts. */
function orgActs(st: DocState, d: DocEnt): boolean {
  const u = st.units[d.unit];
  const c = u.data.ents[d.cand];
  // Reads only the candidate's own paragraph: once per cached candidate.
  return c.memoActs ??= orgActsHere(st, u.data, c);
}

export function orgActsHere(st: DocState, d: ParaData, c: ECand): boolean {
  const next = d.toks[c.t1];
  if (!next || next.kind !== K.Word) return false;
  // `Leaders of the European Union said`: the head before the preposition acts, not the organisation.
  let p = c.t0 - 1;
  if (p >= 0 && d.toks[p].lower === 'the') p--;
  if (p > 0 && /^(of|in|from)$/.test(d.toks[p].t) && d.toks[p - 1].kind === K.Word) return false;
  const tag = st.lex.common.get(next.lower);
  return tag === 'PastTense' || tag === 'PresentTense' || tag === 'Modal' || /^(has|have|had|is|was|will|would|could|should|must|says|said|did|does)$/.test(next.lower);
}

/** The docEnts indices of the person and of the organisation mentions, in order, and the surname|sex pairs of the
 *  persons with a plain honorific (`titled`): one walk over the document's entities, which the steps below read instead
 *  of walking every entity again. */
interface Kinds {
  persons: number[];
  orgs: number[];
  titled: Set<string>;
  /** The actor of each person mention (as `persons`), once `personActors` has made it. */
  actorOf: ActorBuild[];
}

function entityKinds(st: DocState): Kinds {
  const persons: number[] = [];
  const orgs: number[] = [];
  const titled = new Set<string>();
  for (let di = 0; di < st.docEnts.length; di++) {
    const d = st.docEnts[di];
    if (d.type === 'person') {
      persons.push(di);
      const g = d.title ? plainHonorific(d.title) : null;
      if (g) titled.add(lastWord(d.canonical) + '|' + g);
    } else if (d.type === 'organization') orgs.push(di);
  }
  st.personIdx = persons;
  return { persons, orgs, titled, actorOf: new Array<ActorBuild>(persons.length) };
}

/** Person actors from their mentions: forms, gender and role from titles. */
function personActors(st: DocState, kinds: Kinds): void {
  const { text } = st;
  // (Person actors by surname, for a titled mention of the other spouse: `Tom Hale ... Mrs. Hale`.)
  const bySurname = new Map<string, ActorBuild[]>();
  const { titled, persons } = kinds;
  for (let j = 0; j < persons.length; j++) {
    const di = persons[j];
    const d = st.docEnts[di];
    let key = d.x.pKey;
    let name = d.canonical;
    let a = st.actors.get(key);
    const other = (d.title ? otherSpouse(st, d, bySurname, titled) : null) ?? (a ? null : earlierBearer(st, d, bySurname));
    if (other) {
      ({ key, name } = other);
      a = st.actors.get(key);
    }
    if (!a) {
      a = getActor(st, key, name, 'person', d.s);
      const sur = lastWord(name);
      const list = bySurname.get(sur);
      if (list) { if (list.length < 8) list.push(a); } else bySurname.set(sur, [a]);
    }
    d.actorKey = key;
    kinds.actorOf[j] = a;
    const c = st.units[d.unit].data.ents[d.cand];
    a.mentions.push(mentionSpan(st, di, c, d));
    // The candidate belongs to its paragraph's cached analysis, so what it spans is the same text in every analysis.
    // (A form is added once: most mentions repeat the actor's last one, which needs no lookup in the set.)
    const written = entWritten(c, d, text);
    if (written !== a.lastForm) { a.forms.add(written); a.lastForm = written; }
    if (d.ts !== d.s) a.forms.add(entText(c, d, text));
    if (d.title) {
      const t = tx(d.title);
      if (!a.gender) a.gender = t.gender;
      if (!a.role && t.isRole) a.role = d.title;
    }
  }
}

/** The gender the first-name lists give a first name (lower case), or null (unlisted, or listed for either sex). */
function listedGender(st: DocState, f: string): 'm' | 'f' | null {
  const m = st.lex.maleNames.has(f);
  const w = st.lex.femaleNames.has(f);
  return m === w ? null : m ? 'm' : 'f';
}

/** The gender a full name's first name gives (`Tom Hale`: m), or null (one word, or a first name of either sex). */
function firstNameGender(st: DocState, name: string): 'm' | 'f' | null {
  const sp = name.indexOf(' ');
  return sp < 0 ? null : listedGender(st, name.slice(0, sp).toLowerCase());
}

/** A mention whose honorific says the other sex than the first name of the full name it was linked to (`Mrs. Hale`
 *  after `Tom Hale`) is another person of that surname, a spouse or a relative: the person of that surname and sex
 *  named before (`Ada Hale`), else a person of its own (`Mrs. Hale`); null when the mention fits its full name. */
function otherSpouse(st: DocState, d: DocEnt, bySurname: Map<string, ActorBuild[]>, titled: Set<string>): { key: string; name: string } | null {
  const g = plainHonorific(d.title as string);
  if (!g) return null;
  const fg = firstNameGender(st, d.canonical);
  if (!fg || fg === g) return null;
  const sur = lastWord(d.canonical);
  for (const a of bySurname.get(sur) ?? []) if (firstNameGender(st, a.name) === g) return { key: a.key, name: a.name };
  // (Alone, the honorific may be right and the first-name list wrong, `Lindsey Hale ... Mr. Hale`: a person of
  // its own only when the surname also has the other honorific, `Mr. Hale ... Mrs. Hale`.)
  if (!titled.has(sur + '|' + fg)) return null;
  return { key: d.x.pKey + '|' + g, name: st.text.slice(d.ts, d.e) };
}

/** A bare surname met before the full name it was linked to is first written (`Chris Lind ... Lind said ... Ana Marie
 *  Lind`: the fullest name of the surname comes later) names a person of that surname already named in full, the one
 *  mentioned last; null when there is none, or the mention is more than the surname. */
function earlierBearer(st: DocState, d: DocEnt, bySurname: Map<string, ActorBuild[]>): { key: string; name: string } | null {
  const sur = lastWord(d.canonical);
  const written = st.text.slice(d.s, d.e);
  if (!/\s/.test(d.canonical) || written.toLowerCase() !== sur) return null;
  // (`Mr. Lind`, `Ms. Lind`: only a bearer whose first name says that sex.)
  const g = d.title ? plainHonorific(d.title) : null;
  let best: ActorBuild | null = null;
  let at = -1;
  for (const a of bySurname.get(sur) ?? []) {
    const last = a.mentions.length ? a.mentions[a.mentions.length - 1].start : a.first;
    if (a.type === 'person' && /\s/.test(a.name) && (!g || firstNameGender(st, a.name) === g) && last > at) { best = a; at = last; }
  }
  return best ? { key: best.key, name: best.name } : null;
}

/** The sex of a plain honorific in a title (`Mrs.`, `Mr`, `Ms.`, `Miss`), or null. */
function plainHonorific(title: string): 'm' | 'f' | null {
  // (Asked for every titled person mention, twice, on every edit: kept per title as written, a few hundred at most.)
  let g = honorificMemo.get(title);
  if (g === undefined) {
    if (honorificMemo.size >= 10_000) honorificMemo.clear();
    const m = /(?:^|\s)(mrs|ms|miss|mr)\.?(?:\s|$)/i.exec(title);
    honorificMemo.set(ownString(title), g = !m ? null : m[1].toLowerCase() === 'mr' ? 'm' : 'f');
  }
  return g;
}
const honorificMemo = new Map<string, 'm' | 'f' | null>();

/** Acting organisations, then every mention of them (every mention of an acting organisation belongs to its actor). */
function organisationActors(st: DocState, kinds: Kinds): void {
  // (Each acting organisation's actor, made at its first mention in the second walk: null until then.)
  const actingOrgs = new Map<string, ActorBuild | null>();
  const { orgs } = kinds;
  for (let j = 0; j < orgs.length; j++) {
    const d = st.docEnts[orgs[j]];
    if (!isSpeakerCand(st, ck(st, d.unit, d.cand)) && !orgActs(st, d)) continue;
    const key = d.x.oKey;
    d.actorKey = key;
    actingOrgs.set(key, null);
  }
  for (let j = 0; j < orgs.length; j++) {
    const di = orgs[j];
    const d = st.docEnts[di];
    const key = d.x.oKey;
    let a = actingOrgs.get(key);
    if (a === undefined) continue;
    d.actorKey = key;
    if (a === null) actingOrgs.set(key, a = getActor(st, key, d.canonical, 'organization', d.s));
    const c = st.units[d.unit].data.ents[d.cand];
    a.mentions.push(mentionSpan(st, di, c, d));
    const form = entText(c, d, st.text);
    if (form !== a.lastForm) { a.forms.add(form); a.lastForm = form; }
  }
}

/** Short forms of first names that are also common words, so the first-name lists leave them out (`Bill Reyes`). */
const MALE_SHORT = new Set(['bill', 'bob', 'chuck', 'dick', 'rob', 'jack', 'randy', 'al', 'nick', 'ray', 'rod', 'herb', 'bud', 'marv']);
const FEMALE_SHORT = new Set(['sue', 'ginny', 'peg']);

/** Gender of persons without a gendered title, from an unambiguous first name (of a name of two words or more). The
 *  keys of the actors gendered so are returned: the text may still overrule the lists (see `genderFromText`). */
function genderFromFirstNames(st: DocState): Set<string> {
  const byName = new Set<string>();
  for (const a of st.actors.values()) {
    if (a.type === 'person' && !a.gender) {
      const w = a.name.split(/\s+/);
      const f = w[0].toLowerCase();
      const short = w.length > 1 ? (MALE_SHORT.has(f) ? 'm' : FEMALE_SHORT.has(f) ? 'f' : null) : null;
      a.gender = listedGender(st, f) ?? short;
      if (a.gender) byName.add(a.key);
    }
  }
  return byName;
}

/** What the text says of a person's gender right after a mention: `Lee said she ...`, `Lee, a lawyer, said she ...`,
 *  `Lee and her husband`, `Lee, whose wife ...`. */
const GENDER_AFTER = plain(String.raw`^(?:(?:,[^,;:"“”()]{3,80},)?\s+(\p{Ll}+)\s+(?:that\s+)?(he|she)\b|,?\s+(?:and|with|whose)\s+(his|her)\s+(?:wife|husband)\b|,\s+whose\s+(wife|husband)\b)`, 'u');
/** Gendered head words of a role (`the party chairwoman`, `a former congressman`, `the wife of ...`). */
const FEMALE_ROLE = plain(String.raw`\b(?:\p{L}*woman|wife|mother|daughter|sister|actress|widow|grandmother|girlfriend|niece|aunt)\b`, 'iu');
const MALE_ROLE = plain(String.raw`\b(?:\p{L}*(?<!wo)man|husband|father|son|brother|widower|grandfather|boyfriend|nephew|uncle)\b`, 'iu');

/** `Lee still coaches her brother`, `Lee praised his staff`: a verb right after the name (an adverb may come between),
 *  then `his` or `her` and a noun. `her` only after a verb that takes no second object (`Lee told her ...`, `gave her
 *  money`: `her` is the object there) and before a word that is no function word (`her to`, `her that`). */
const POSS_AFTER = plain(String.raw`^\s+(?:(?:also|still|then|now|often|again|\p{Ll}+ly)\s+)?(\p{Ll}{2,})\s+(his|her)\s+(\p{Ll}{2,})\b`, 'u');
const OBJECT_HER_VERBS = new Set(['told', 'tells', 'tell', 'gave', 'gives', 'give', 'sent', 'sends', 'showed', 'shows', 'asked', 'asks', 'offered', 'offers', 'bought', 'buys', 'handed', 'hands', 'promised', 'promises', 'paid', 'pays', 'brought', 'brings', 'wrote', 'writes', 'taught', 'teaches', 'called', 'calls', 'made', 'makes', 'let', 'lets', 'saw', 'sees', 'heard', 'hears', 'helped', 'helps', 'found', 'finds', 'got', 'gets', 'left', 'leaves', 'owed', 'owes', 'wished', 'wishes', 'granted', 'grants', 'lent', 'lends', 'named', 'names', 'kept', 'keeps', 'considered', 'considers', 'watched', 'watches', 'cost', 'costs', 'won', 'wins', 'earned', 'earns', 'saved', 'saves', 'denied', 'denies', 'allowed', 'allows', 'charged', 'charges', 'fined', 'cut', 'cuts', 'hit', 'hits']);
const VERB_TAG = /^(?:PastTense|PresentTense|Verb)$/;
const NOT_A_NOUN = /^(?:Determiner|Preposition|Conjunction|Pronoun|Possessive|Adverb|Modal|Copula|PastTense|PresentTense|Infinitive|Gerund)$/;
export function possessiveAfterVerb(st: DocState, after: string): 'm' | 'f' | null {
  const m = POSS_AFTER.exec(after);
  if (!m) return null;
  const verb = m[1];
  const vt = st.lex.common.get(verb);
  if (vt === undefined ? !/(?:ed|s)$/.test(verb) : !VERB_TAG.test(vt)) return null;
  if (SPEECH_CUES.has(verb) || /^(?:is|was|has|had|did|does)$/.test(verb)) return null;
  const nt = st.lex.common.get(m[3]);
  if (nt !== undefined && NOT_A_NOUN.test(nt)) return null;
  if (m[2] === 'her' && OBJECT_HER_VERBS.has(verb)) return null;
  return m[2] === 'his' ? 'm' : 'f';
}

/** Gender of persons the first names leave open, from the text: a pronoun right after a speech verb after a mention,
 *  a spouse, or a gendered role word in the first words of the role; only when every clue agrees. A gender taken from
 *  the first-name lists (`byName`) gives way when at least two clues of the text say the other and none agrees
 *  (`Reyes said he ...` twice, for a first name the lists give to women). */
function genderFromText(st: DocState, byName: Set<string>, kinds: Kinds): void {
  const votes = new Map<string, [number, number]>();
  const vote = (k: string, g: 'm' | 'f'): void => {
    let v = votes.get(k);
    if (!v) votes.set(k, v = [0, 0]);
    v[g === 'm' ? 0 : 1]++;
  };
  const { persons, actorOf } = kinds;
  for (let j = 0; j < persons.length; j++) {
    const di = persons[j];
    const d = st.docEnts[di];
    if (!d.actorKey) continue;
    const a = actorOf[j]; // (the actor of `d.actorKey`)
    if (a.gender && !byName.has(a.key)) continue;
    const m = genderAfter(st, d);
    if (!m) {
      // (`Reyes met Lee. Lee praised his crews.`: `his` may be another person's just named; only with none before.)
      let near = false;
      for (let k = di - 1; k >= 0 && k >= di - 8 && !near; k--) {
        const pd = st.docEnts[k];
        if (pd.unit !== d.unit || d.s - pd.e >= 300) break;
        near = pd.type === 'person' && pd.actorKey !== d.actorKey;
      }
      const g = byName.has(a.key) || near ? null : possessiveAfter(st, d);
      if (g) vote(d.actorKey, g);
      continue;
    }
    if (m[2] !== undefined) {
      if (SPEECH_CUES.has(m[1])) vote(d.actorKey, m[2] === 'she' ? 'f' : 'm');
    } else {
      const w = m[3] ?? m[4];
      vote(d.actorKey, w === 'his' || w === 'wife' ? 'm' : 'f');
    }
  }
  for (const a of st.actors.values()) {
    if (a.type !== 'person') continue;
    const [vm, vf] = votes.get(a.key) ?? [0, 0];
    if (a.gender) {
      if (!byName.has(a.key)) continue;
      if (a.gender === 'f' && vm >= 2 && vf === 0) a.gender = 'm';
      else if (a.gender === 'm' && vf >= 2 && vm === 0) a.gender = 'f';
      continue;
    }
    let v = (vm > 0 ? 1 : 0) | (vf > 0 ? 2 : 0);
    if (a.role) {
      const head = a.role.split(/\s+/).slice(0, 6).join(' ');
      if (FEMALE_ROLE.test(head)) v |= 2;
      if (MALE_ROLE.test(head)) v |= 1;
    }
    if (v === 1) a.gender = 'm';
    else if (v === 2) a.gender = 'f';
  }
}

/** GENDER_AFTER on the text after mention `d`, kept with its candidate when that text is all its paragraph's (`u.end`:
 *  the next paragraph may change while this one does not); `possessiveAfter` the same for possessiveAfterVerb. */
// (The text after the mention is sliced, and the pattern run, only when no answer is kept: most are.)
function genderAfter(st: DocState, d: DocEnt): RegExpExecArray | null {
  const c = keptCand(st, d);
  return c === null ? readGenderAfter(st, d) : memoCand('genderAfter', c, keptGenderAfter, st, d);
}
function possessiveAfter(st: DocState, d: DocEnt): 'm' | 'f' | null {
  const c = keptCand(st, d);
  return c === null ? readPossessiveAfter(st, d) : memoCand('possAfter', c, readPossessiveAfter, st, d);
}
const readGenderAfter = (st: DocState, d: DocEnt): RegExpExecArray | null => GENDER_AFTER.exec(st.text.slice(d.e, d.e + AFTER));
// (Kept on the candidate, which outlives this text: a match holds its input, so the input is an own copy.)
const keptGenderAfter = (st: DocState, d: DocEnt): RegExpExecArray | null => GENDER_AFTER.exec(ownString(st.text.slice(d.e, d.e + AFTER)));
const readPossessiveAfter = (st: DocState, d: DocEnt): 'm' | 'f' | null => possessiveAfterVerb(st, st.text.slice(d.e, d.e + AFTER));
/** Characters read after a mention for its gender. */
const AFTER = 130;
/** The candidate of `d` when the text read after it is all its paragraph's, else null. */
function keptCand(st: DocState, d: DocEnt): ECand | null {
  const u = st.units[d.unit];
  return d.e + AFTER > u.end ? null : u.data.ents[d.cand];
}

/** Per paragraph analysis, its attributions whose subject is an entity with an appositive (`William Taylor, a former
 *  envoy, said`), in order: the only ones `attributionRoles` reads. */
function appoAttrsOf(d: ParaData): Attr[] {
  const memo = paraMemo(d);
  let r = memo.appo;
  if (r === undefined) {
    r = [];
    for (const at of d.attrs) if (at.subject.kind === 'entity' && at.appo) r.push(at);
    memo.appo = r;
  }
  return r;
}

/** Roles from appositives in attributions (`William Taylor, a former envoy, said`). */
function attributionRoles(st: DocState): void {
  const { units, text, attrPos } = st;
  // (Only the body paragraphs with attributions: `attrPos`; a headline has none.)
  for (let j = 0; j < attrPos.length; j++) {
    const ui = attrPos[j];
    const u = units[ui];
    const list = appoAttrsOf(u.data);
    for (let j = 0; j < list.length; j++) {
      const at = list[j];
      if (at.subject.kind !== 'entity' || !at.appo) continue;
      const di = entAt(st, ck(st, ui, at.subject.ent));
      if (di === undefined) continue;
      const key = st.docEnts[di].actorKey;
      const a = key ? st.actors.get(key) : undefined;
      if (a && a.type === 'person') {
        let role = candMemo.appoRole.get(at); // (the appositive is inside the paragraph: kept with the attribution)
        if (role === undefined) candMemo.appoRole.set(at, role = at.appo[1] - at.appo[0] > MAX_ROLE_SOURCE ? null : cleanRole(text.slice(u.start + at.appo[0], u.start + at.appo[1])));
        // One appositive role per actor, each part once: repeated paragraphs never grow a role.
        if (role && (!a.role || !hasAppositiveRole(a.role))) a.role = addRole(a.role, role);
      }
    }
  }
}

/** Characters read after a mention for an appositive role. */
const APPO_AFTER = 200;
const APPOSITIVE = /^,\s+((?:a|an|the)\s[^,.;:"“”]{3,160}?)(?=,|\.(?:\s|$)|;|$)/;
/** The role an appositive after mention `d` gives (`Ann Lee, a retired judge, ...`), or null; kept with its candidate
 *  when the text read is all its paragraph's (the next paragraph may change while this one does not). */
function appositiveAfter(st: DocState, d: DocEnt): string | null {
  const u = st.units[d.unit];
  return d.e + APPO_AFTER > u.end ? readAppositive(st, d) : memoCand('appoAfter', u.data.ents[d.cand], readAppositive, st, d);
}
function readAppositive(st: DocState, d: DocEnt): string | null {
  const m = APPOSITIVE.exec(st.text.slice(d.e, d.e + APPO_AFTER));
  return m ? cleanRole(m[1]) : null;
}

/** Appositives after other mentions: `Name, a former ..., `. */
function appositiveRoles(st: DocState, kinds: Kinds): void {
  const { text } = st;
  const { persons, actorOf } = kinds;
  for (let j = 0; j < persons.length; j++) {
    const d = st.docEnts[persons[j]];
    if (!d.actorKey) continue;
    if (text.charCodeAt(d.e) !== 44) continue; // no comma after the name: no appositive
    // (`According to Ann Lee, the ferry ...`: the comma ends the adjunct; the main clause follows. Only an appositive
    // closed by a comma counts there: `According to Ann Lee, a pilot, the ferry ...`.)
    if (leadingAccording(text, d.s) && !CLOSED_APPOSITIVE.test(text.slice(d.e, d.e + APPO_AFTER))) continue;
    const a = actorOf[j];
    if (a.role && /\b(a|an|the)\s/i.test(a.role)) continue;
    const role = appositiveAfter(st, d);
    if (role) a.role = addRole(a.role, role);
  }
}

/** The actors pass: persons, acting organisations, genders and roles. */
export function actorsPass(st: DocState): void {
  const kinds = entityKinds(st);
  personActors(st, kinds);
  organisationActors(st, kinds);
  const byName = genderFromFirstNames(st);
  attributionRoles(st);
  appositiveRoles(st, kinds);
  genderFromText(st, byName, kinds);
  for (const k of byName) {
    const a = st.actors.get(k);
    if (a && a.gender === listedGender(st, a.name.split(/\s+/)[0].toLowerCase())) a.listed = true;
  }
  const spans = st.carry.spans;
  if (spans && spans.length > st.docEnts.length) spans.length = st.docEnts.length; // (bounded by the document)
}

/** The collective actor a subject names (`analysts`, `a police spokesman`; bare quantifiers: `unnamed sources`). */
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'most', 'several', 'other', 'others', 'two', 'three', 'both', 'all']);

export function collectiveActor(st: DocState, subj: Subject, base: number): ActorBuild {
  const w = sourceWords(st, subj, base);
  const start = base + subj.e - w.name.length;
  if (w.bare) {
    // `Some have warned`, `Others argue`: a bare quantifier names nobody; one actor for all such unnamed sources.
    const u = getActor(st, 'c:unnamed sources', 'unnamed sources', 'collective', base + subj.s);
    u.mentions.push({ start, end: base + subj.e });
    u.forms.add(w.name);
    return u;
  }
  const a = getActor(st, unnamedSourceKey(st, w.norm, start, base + subj.e), w.label, 'collective', base + subj.s);
  a.mentions.push({ start, end: base + subj.e });
  a.forms.add(w.name);
  return a;
}

/** A source subject's words (`sourceName`), whether they are a bare quantifier, and the actor's name they give. */
interface SourceWords { raw: string; name: string; norm: string; bare: boolean; label: string }
/** Kept per subject of a paragraph's attribution: made from its words alone (checked again: `raw`), so asked once per
 *  cached analysis instead of on every edit. */
const sourceWordsMemo = new WeakMap<Subject, SourceWords>();

function sourceWords(st: DocState, subj: Subject, base: number): SourceWords {
  const kept = sourceWordsMemo.get(subj);
  if (kept !== undefined && kept.raw.length === subj.e - subj.s && st.text.startsWith(kept.raw, base + subj.s)) return kept;
  const raw = ownString(st.text.slice(base + subj.s, base + subj.e)); // (kept with the subject: no slice of this text)
  const { name, norm } = sourceName(raw, 0, raw.length);
  // (A capital from the sentence start is dropped, `Officials` → `officials`, `Sources in Lisbon` → `sources in Lisbon`;
  // not a name's: `New Hampshire Republican`, `Republican leaders`, `Russian officials`.)
  const first = name.split(/\s/, 1)[0].toLowerCase();
  const second = /^\S+\s+(\S)/u.exec(name)?.[1];
  // (Nor an owner's: `Dorn's office`.)
  const lower = UPPER_FIRST.test(name) && sentenceOpens(st.text, base, base + subj.s) && !FIRST_WORD_TWO_CAPITALS.test(name) && !/^\S+['’]s\s/u.test(name) && (DETERMINERS.has(first) || (!(second && ANY_UPPER.test(second)) && !st.lex.demonyms.has(first) && !PARTY_MEMBERS.has(first) && first !== 'democratic' && first !== 'gop'));
  const w = { raw, name, norm, bare: BARE_QUANTIFIERS.has(norm), label: lower ? name.charAt(0).toLowerCase() + name.slice(1) : name };
  sourceWordsMemo.set(subj, w);
  return w;
}

/** A role as written, cleaned (an age, a relative clause or a quote is no role), or null. */
export function cleanRole(r: string): string | null {
  // An appositive running on for pages is no role; the regular expressions below never see more than this.
  if (r.length > MAX_ROLE_SOURCE) return null;
  // An age (`Elena Ruiz, 71, who ...`) is no role; what follows it may be.
  const t = r.replace(/\s+/g, ' ').trim().replace(/[,;:]$/, '').replace(/^\d{1,3}(?:,\s*|$)/, '');
  // A relative clause (`who cut short a trip`) or a quote is not a role.
  if (/^(who|which|whose|whom|that|where|when|while|in|at|on|speaking|said|says)\b/i.test(t) || /["“”]/.test(t)) return null;
  if (t.length < 3 || t.length > 200) return null;
  return t;
}

/** True when one of the `; `-separated parts of a role is an appositive (`a former ...`, `the head of ...`). */
function hasAppositiveRole(role: string): boolean {
  return role.split('; ').some((p) => /^(a|an|the)\s/i.test(p));
}

/** Appends a role part unless the role already has it (case-insensitive). */
export function addRole(role: string | null, part: string): string {
  if (!role) return part;
  const low = part.toLowerCase();
  return role.split('; ').some((p) => p.toLowerCase() === low) ? role : `${role}; ${part}`;
}
