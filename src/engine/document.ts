// Document-level resolution over cached paragraph analyses: confirms weak entity candidates,
// links possessives and surnames to full names, merges actors, pairs quotes across paragraphs,
// infers quotes whose marks were stripped, resolves speakers (names, pronouns, continuations),
// and derives claims. Cheap: linear in the number of candidates.
import type { Actor, Claim, Entity, Quote, Span, EntityType } from './types';
import type { ECand } from './entities';
import type { Attr, Seg, Subject } from './attribution';
import type { Tok, Sentence } from './tokens';
import { K } from './tokens';
import { lexicon, FEMALE_TITLES, MALE_TITLES } from './lexicon';
import { isCoreTitle } from './entities';

/** Participles that introduce a quote of the clause's subject (`..., adding, We will ...`). */
const PARTICIPLE_CUES = new Set(['saying', 'adding', 'writing', 'tweeting', 'noting', 'declaring', 'explaining', 'insisting', 'warning', 'arguing', 'asking', 'telling', 'joking', 'quipping']);
/** Words that open a quoted sentence after `adding,` (a pronoun, an article, a discourse word), not a name. */
const FIRST_WORDS = new Set(['i', 'we', 'you', 'it', 'its', 'this', 'that', 'there', 'they', 'he', 'she', 'the', 'a', 'an', 'our', 'my', 'if', 'no', 'yes',
  'all', 'what', 'why', 'how', 'when', 'well', 'look', 'and', 'but', 'so', 'now', 'nobody', 'everybody', 'everyone', 'people', 'thank', 'let', 'another', 'some']);
const SUBJECT_SCAN = 6;
/** A quote without a speaker: the speaker is a guess at best (below 0.5, shown as such). */
const NO_SPEAKER_CONFIDENCE = 0.3;
/** What may come before a sentence's subject: nothing, a conjunction, or a short adverbial and a comma (`On Monday, `). */
const SUBJECT_LEAD = /^(?:(?:But|And|Still|Yet|So|Then|Meanwhile|Instead|Now|Later|Also|Earlier)\s+|[^,"“”;:]{0,40},\s+)?$/;
/** Words before a name that make it no subject (`of Okafor`, `told Reyes`). */
const SUBJECT_BLOCKERS = new Set(['of', 'by', 'for', 'to', 'with', 'from', 'about', 'against', 'on', 'at', 'in', 'than', 'like', 'as', 'told', 'asked', 'and', 'or']);

export interface ParaData {
  toks: Tok[];
  sents: Sentence[];
  ents: ECand[];
  segs: Seg[];
  attrs: Attr[];
}

export interface Unit {
  start: number;
  end: number;
  /** Body paragraph index, or -1 for the headline. */
  index: number;
  data: ParaData;
}

interface DocEnt {
  unit: number;
  cand: number;
  s: number;
  e: number;
  ts: number;
  type: EntityType;
  canonical: string;
  title: string | null;
  actorKey: string | null;
}

interface ActorBuild {
  key: string;
  name: string;
  type: 'person' | 'organization' | 'collective';
  /** Forms as written, each once, in order of first use. */
  forms: Set<string>;
  role: string | null;
  mentions: Span[];
  first: number;
  gender: 'm' | 'f' | null;
  speaker: boolean;
}

interface QuoteBuild {
  s: number;
  e: number;
  unit: number;
  paragraph: number;
  marked: boolean;
  kind: 'direct' | 'indirect' | 'partial';
  attr: Attr | null;
  attrUnit: number;
  actorKey: string | null;
  speakerSpan: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  confidence: number;
  attribution: string;
  /** Marked segment chain id (for quotes running over paragraph ends). */
  chainPrev: number;
  /** Position in the document's quote list. */
  index: number;
  /** The quotation-mark segment of a marked quote. */
  seg: Seg | null;
}

const docEntPool: DocEnt[] = [];

export interface Resolved {
  entities: Entity[];
  actors: Actor[];
  quotes: Quote[];
  claims: Claim[];
}

const lastWord = (s: string): string => {
  // Same as s.split(/\s+/).pop().toLowerCase(), without the split.
  const e = s.length;
  let i = e - 1;
  while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
  if (i === e - 1 && e > 0) return '';
  return s.slice(i + 1, e).toLowerCase();
};

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Quantifiers that can head a collective subject on their own (`Some have warned`) without naming anyone. */
const BARE_QUANTIFIERS = new Set(['some', 'many', 'others', 'most', 'few', 'several', 'some others', 'many others', 'a few']);

const LANGUAGES = new Set(['english', 'french', 'spanish', 'arabic', 'russian', 'german', 'chinese', 'mandarin', 'cantonese',
  'portuguese', 'hindi', 'urdu', 'farsi', 'persian', 'pashto', 'dari', 'turkish', 'italian', 'japanese', 'korean', 'ukrainian',
  'polish', 'dutch', 'swedish', 'greek', 'hebrew', 'latin', 'swahili', 'bengali', 'punjabi', 'tamil', 'malay', 'indonesian']);


/** Generational suffixes after a surname (`Joseph R. Biden Jr.`): the surname is the word before. */
const NAME_SUFFIX = /\s+(?:jr\.?|sr\.?|ii|iii|iv)$/i;
const surname = (s: string): string => {
  const m = NAME_SUFFIX.exec(s);
  return m && m.index > 0 ? lastWord(s.slice(0, m.index).replace(/,$/, '')) : lastWord(s);
};

/** Facts about a name, computed once per distinct string: names repeat across paragraphs and across analyses. */
interface NameX {
  low: string;
  /** Last word, lower case. */
  sur: string;
  /** Number of words (as `split(/\s+/)`). */
  words: number;
  spaced: boolean;
  /** Actor keys of a person / an organisation of this name. */
  pKey: string;
  oKey: string;
  /** Initials of the capitalised words (`Korean Central News Agency` → `KCNA`), on first use. */
  ini?: string;
  /** Looks like an acronym (`KCNA`, `U.N.`): its dot-free form; '' when not. On first use. */
  acro?: string;
}
const nameMemo = new Map<string, NameX>();
function nx(s: string): NameX {
  let x = nameMemo.get(s);
  if (x) return x;
  if (nameMemo.size >= 100_000) nameMemo.clear();
  const low = s.toLowerCase();
  x = { low, sur: surname(s), words: s.split(/\s+/).length, spaced: /\s/.test(s), pKey: 'p:' + low, oKey: 'o:' + low.replace(/^the\s+/, '') };
  nameMemo.set(s, x);
  return x;
}

/** Facts about a title chain as written (`retired Gen.`, `Ms`), computed once per distinct string. */
interface TitleX {
  /** Role words (see `roleTitles`). */
  roles: string[];
  /** Gender from honorifics alone (`Ms` → f), as the typo check reads it. */
  honorific: 'm' | 'f' | null;
  /** Gender from honorifics and gendered role words (`congresswoman`), as actors read it. */
  gender: 'm' | 'f' | null;
  /** A core role title besides the honorifics (`Gen.`, `Sen.`): the title is the actor's role. */
  isRole: boolean;
}
const titleMemo = new Map<string, TitleX>();
function tx(title: string): TitleX {
  let x = titleMemo.get(title);
  if (x) return x;
  if (titleMemo.size >= 10_000) titleMemo.clear();
  const t = title.toLowerCase().split(/\s+/);
  const honorific = t.some((w) => FEMALE_TITLES.has(w)) ? 'f' : t.some((w) => MALE_TITLES.has(w)) ? 'm' : null;
  const gender = t.some((w) => FEMALE_TITLES.has(w) || (isCoreTitle(w) && w.endsWith('woman'))) ? 'f'
    : t.some((w) => MALE_TITLES.has(w) || (isCoreTitle(w) && w.endsWith('man') && !w.endsWith('woman'))) ? 'm' : null;
  const isRole = t.filter((w) => !/^(mr|mrs|ms|miss|dr|sir|dame)\.?$/.test(w)).some((w) => isCoreTitle(w));
  x = { roles: roleTitles(title), honorific, gender, isRole };
  titleMemo.set(title, x);
  return x;
}

/** `e12`, `q3`, `c0`: the ids of the n-th entity, quote or claim, made once (an edit re-numbers thousands). */
const seqIds: Record<string, string[]> = { e: [], q: [], c: [] };
function seqId(kind: 'e' | 'q' | 'c', n: number): string {
  const t = seqIds[kind];
  while (t.length <= n) t.push(kind + t.length);
  return t[n];
}

const slugMemo = new Map<string, string>();
function slug(s: string): string {
  let r = slugMemo.get(s);
  if (r === undefined) {
    if (slugMemo.size >= 10_000) slugMemo.clear();
    slugMemo.set(s, r = slugOnce(s));
  }
  return r;
}
function slugOnce(s: string): string {
  const x = s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return x.slice(0, 48) || 'x';
}

export function resolveDocument(text: string, units: Unit[]): Resolved {
  const lex = lexicon();
  // Candidates are numbered densely across units (small integers: flat arrays instead of maps of doubles).
  const candBase = new Int32Array(units.length + 1);
  for (let i = 0; i < units.length; i++) candBase[i + 1] = candBase[i] + units[i].data.ents.length;
  const totalCands = candBase[units.length];
  /** Dense key of a candidate (unit index, candidate index), or -1 when out of range. */
  const ck = (unit: number, cand: number): number =>
    cand >= 0 && cand < units[unit].data.ents.length ? candBase[unit] + cand : -1;
  // The big loops below are functions of their own, called once each: V8 compiles a huge function slowly (a whole
  // analysis of 1 MB ran unoptimised for ~25 edits while the pass compiled in the background) and discards all of it
  // when one object shape changes; small ones are optimised sooner and lose less.
  // ---- 1. Entities -------------------------------------------------------------------------
  const personFull = new Map<string, string>(); // surname → fullest name
  const strongType = new Map<string, EntityType>();
  const speakerFlags = new Uint8Array(totalCands);
  const speakerCands = { // ck(unit, cand) used as attribution subjects
    add(k: number): void { if (k >= 0) speakerFlags[k] = 1; },
    has(k: number): boolean { return k >= 0 && speakerFlags[k] === 1; },
  };
  /** How often each one-word name is written (a spelling used twice is a name of its own, not a typo). */
  const oneWordCount = new Map<string, number>();
  /** Role titles (`gov`, `sen`; honorifics excluded) written before each surname's full-name mentions. */
  const surnameTitles = new Map<string, Set<string>>();
  // Names, types and titles over the whole document (the maps the candidates are then resolved against).
  const collectNames = (): void => {
    for (let ui = 0; ui < units.length; ui++) {
      const u = units[ui];
      for (const a of u.data.attrs) if (a.subject.kind === 'entity') speakerCands.add(ck(ui, a.subject.ent));
      for (const c of u.data.ents) {
        const x = nx(c.canonical);
        if (c.t1 - c.t0 === 1) oneWordCount.set(x.low, (oneWordCount.get(x.low) ?? 0) + 1);
        if (c.weak || c.type === 'unknown') continue;
        if (c.type === 'person') {
          const sur = x.sur;
          const prev = personFull.get(sur);
          if (!prev || nx(prev).words < x.words) personFull.set(sur, c.canonical);
          if (c.title && x.spaced) {
            let set = surnameTitles.get(sur);
            if (!set) surnameTitles.set(sur, set = new Set());
            for (const t of tx(c.title).roles) set.add(t);
          }
        }
        if (!strongType.has(x.low)) strongType.set(x.low, c.type as EntityType);
      }
    }
  };
  collectNames();
  /** Full name for a misspelt titled surname (`Ms Bauchtman` for `Lydia Buchtmann`), or null. Strict, because a
   *  wrong merge gives one person another's words: the spelling must occur once, be no known name or word, agree
   *  in gender with the full name's first name, and share a role title with the full name when both have one. */
  const typoMemo = new Map<string, string | null>();
  const typoTarget = (w: string, title: string | null): string | null => {
    // Asked up to twice per candidate, and each answer scans the document's full names: answered once per spelling.
    const mk = title === null ? w : w + '\u0000' + title;
    let r = typoMemo.get(mk);
    if (r === undefined) typoMemo.set(mk, r = typoTargetOnce(w, title));
    return r;
  };
  const typoTargetOnce = (w: string, title: string | null): string | null => {
    if ((oneWordCount.get(w) ?? 0) > 1) return null;
    if (lex.lastNames.has(w) || lex.firstNames.has(w) || lex.maleNames.has(w) || lex.femaleNames.has(w) || lex.common.has(w)) return null;
    const full = fuzzySurname(personFull, w);
    if (!full) return null;
    const g = title === null ? null : tx(title).honorific;
    const first = full.split(/\s+/)[0].toLowerCase();
    const fg = lex.femaleNames.has(first) && !lex.maleNames.has(first) ? 'f' : lex.maleNames.has(first) && !lex.femaleNames.has(first) ? 'm' : null;
    if (g && fg && g !== fg) return null;
    const mine = title === null ? [] : tx(title).roles;
    const theirs = surnameTitles.get(nx(full).sur);
    if (mine.length && theirs && theirs.size && !mine.some((t) => theirs.has(t))) return null;
    return full;
  };
  // Surname-only persons with a title (`Mr. Biden`) also count as known.
  const docEnts: DocEnt[] = [];
  const entSlots = new Int32Array(totalCands).fill(-1);
  const entIndex = { // ck(unit, cand) → docEnts index
    get(k: number): number | undefined { return k >= 0 && entSlots[k] >= 0 ? entSlots[k] : undefined; },
    set(k: number, v: number): void { if (k >= 0) entSlots[k] = v; },
  };
  // Each candidate resolved against the document: an entity of a type, with its canonical name, or none.
  const resolveCandidates = (): void => {
    for (let ui = 0; ui < units.length; ui++) {
      const u = units[ui];
      const ents = u.data.ents;
      for (let ci = 0; ci < ents.length; ci++) {
        const c = ents[ci];
        let type: EntityType | null = c.type === 'unknown' ? null : (c.type as EntityType);
        let canonical = c.canonical;
        if (c.type === 'unknown' || c.weak) {
          const base = c.possBase;
          const low = nx(canonical).low;
          const baseLow = base ? nx(base).low : '';
          if (base && (personFull.has(baseLow) || strongType.has(baseLow))) {
            canonical = base;
            type = personFull.has(baseLow) ? 'person' : strongType.get(baseLow)!;
          } else if (personFull.has(low) && c.t1 - c.t0 === 1) {
            type = 'person';
          } else if (c.t1 - c.t0 === 1 && c.title && typoTarget(low, c.title)) {
            // `Ms Bauchtman` for `Lydia Buchtmann`: a misspelt surname with a title links to the full name.
            type = 'person';
            canonical = typoTarget(low, c.title)!;
          } else if (strongType.has(low)) {
            type = strongType.get(low)!;
          } else if ((c.cueAfter && !(c.t0 > 0 && /^(of|in|from)$/.test(u.data.toks[c.t0 - 1].t))) || speakerCands.has(ck(ui, ci))) {
            // (`Residents of Westbrook said`: the residents speak; the unknown word after `of` is no person.)
            type = c.type === 'unknown' ? 'person' : type;
          } else if (c.type === 'unknown' && !c.possBase && c.t0 > 0 && !u.data.toks[c.t0].initial && c.e - c.s >= 4
            && /^(in|near|from|outside|into|across|to)$/.test(u.data.toks[c.t0 - 1].lower) && !LANGUAGES.has(c.canonical.toLowerCase())) {
            // `in Bakhmut`, `near Yeoncheon`: an unknown capitalised word after a place preposition is a place.
            type = 'place';
          } else if (c.type === 'unknown') {
            type = null;
          } else if (c.type === 'place') {
            // A gazetteer city (weak only so that a person of that surname in the document wins): a place.
          } else if (c.type === 'person' && !c.title) {
            // A weak multi-word `person` (unknown words together) needs confirmation as a speaker.
            type = null;
          } else if (c.t1 - c.t0 === 1 && c.ts === c.s && !c.title) {
            type = null;
          }
        }
        if (!type) continue;
        if (type === 'person' && c.t1 - c.t0 === 1 && c.title) {
          const full = personFull.get(nx(canonical).sur);
          if (!(full !== undefined && nx(full).spaced)) {
            const f = typoTarget(nx(canonical).low, c.title);
            if (f) canonical = f;
          }
        }
        if (type === 'person') {
          let x = nx(canonical);
          // `Donald Trumps` (a full name's possessive, apostrophe stripped) is `Donald Trump` when the document has that name.
          if (x.words >= 2 && x.sur.length > 3 && x.sur.endsWith('s')) {
            const base = personFull.get(x.sur.slice(0, -1));
            if (base !== undefined && nx(base).low === x.low.slice(0, -1)) x = nx(canonical = base);
          }
          const full = personFull.get(x.sur);
          if (full && nx(full).low.endsWith(x.low)) canonical = full;
          else if (full && x.words === 1) canonical = full;
        }
        entIndex.set(ck(ui, ci), docEnts.length);
        // The working records are reused from call to call (they never leave this function): a 1 MB seed has ~13,000,
        // and allocating them afresh on every edit is most of what the garbage collector then has to copy.
        let d = docEntPool[docEnts.length];
        if (!d) docEntPool.push(d = { unit: ui, cand: ci, s: 0, e: 0, ts: 0, type, canonical, title: null, actorKey: null });
        d.unit = ui; d.cand = ci; d.s = u.start + c.s; d.e = u.start + c.e; d.ts = u.start + c.ts;
        d.type = type; d.canonical = canonical; d.title = c.title; d.actorKey = null;
        docEnts.push(d);
      }
    }
  };
  resolveCandidates();

  // Acronyms (`KCNA`) link to a full organisation name in the document whose initials they are.
  const byInitials = new Map<string, string>();
  for (const d of docEnts) {
    if (d.type !== 'organization') continue;
    const x = nx(d.canonical);
    if (!x.spaced) continue;
    const ini = x.ini ??= initials(d.canonical);
    if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, d.canonical);
  }
  for (const d of docEnts) {
    if (d.type !== 'organization') continue;
    const x = nx(d.canonical);
    const acro = x.acro ??= /^[\p{Lu}.]{2,8}$/u.test(d.canonical) ? d.canonical.replace(/\./g, '') : '';
    if (!acro) continue;
    const full = byInitials.get(acro);
    if (full) d.canonical = full;
  }
  if (docEntPool.length > 4 * docEnts.length + 20_000) docEntPool.length = docEnts.length; // after a much bigger document
  const unitEnts: DocEnt[][] = lists<DocEnt>(units.length);
  for (const d of docEnts) unitEnts[d.unit].push(d);
  // ---- 2. Actors ---------------------------------------------------------------------------
  const actors = new Map<string, ActorBuild>();
  const getActor = (key: string, name: string, type: ActorBuild['type'], first: number): ActorBuild => {
    let a = actors.get(key);
    if (!a) {
      a = { key, name, type, forms: new Set(), role: null, mentions: objectList<Span>(), first, gender: null, speaker: false };
      actors.set(key, a);
    }
    return a;
  };
  const orgActs = (d: DocEnt): boolean => {
    const u = units[d.unit];
    const c = u.data.ents[d.cand];
    // Reads only the candidate's own paragraph: once per cached candidate.
    return c.memoActs ??= orgActsHere(u.data, c);
  };
  const orgActsHere = (d: ParaData, c: ECand): boolean => {
    const u = { data: d };
    const nx = u.data.toks[c.t1];
    if (!nx || nx.kind !== K.Word) return false;
    // `Leaders of the European Union said`: the head before the preposition acts, not the organisation.
    let p = c.t0 - 1;
    if (p >= 0 && u.data.toks[p].lower === 'the') p--;
    if (p > 0 && /^(of|in|from)$/.test(u.data.toks[p].t) && u.data.toks[p - 1].kind === K.Word) return false;
    const tag = lex.common.get(nx.lower);
    return tag === 'PastTense' || tag === 'PresentTense' || tag === 'Modal' || /^(has|have|had|is|was|will|would|could|should|must|says|said|did|does)$/.test(nx.lower);
  };
  // Person actors from their mentions: forms, gender and role from titles.
  const personActors = (): void => {
    for (const d of docEnts) {
      if (d.type === 'person') {
        const key = nx(d.canonical).pKey;
        const a = getActor(key, d.canonical, 'person', d.s);
        d.actorKey = key;
        const c = units[d.unit].data.ents[d.cand];
        a.mentions.push(mentionSpan(c, d));
        // The candidate belongs to its paragraph's cached analysis, so what it spans is the same text in every analysis.
        a.forms.add(c.memoWritten ??= text.slice(d.ts, d.e));
        if (d.ts !== d.s) a.forms.add(c.memoText ??= text.slice(d.s, d.e));
        if (!a.gender && d.title) a.gender = tx(d.title).gender;
        if (!a.role && d.title && tx(d.title).isRole) a.role = d.title;
      }
    }
  };
  personActors();
  // Every mention of an acting organisation belongs to its actor.
  const actingOrgs = new Set<string>();
  // Acting organisations, then every mention of them.
  const organisationActors = (): void => {
    for (const d of docEnts) {
      if (d.type !== 'organization') continue;
      const isSpeaker = speakerCands.has(ck(d.unit, d.cand));
      if (!isSpeaker && !orgActs(d)) continue;
      const key = nx(d.canonical).oKey;
      d.actorKey = key;
      actingOrgs.add(key);
    }
    for (const d of docEnts) {
      if (d.type !== 'organization') continue;
      const key = nx(d.canonical).oKey;
      if (!actingOrgs.has(key)) continue;
      d.actorKey = key;
      const a = getActor(key, d.canonical.replace(/^the\s+/i, (m) => m), 'organization', d.s);
      a.mentions.push(mentionSpan(units[d.unit].data.ents[d.cand], d));
      a.forms.add(text.slice(d.s, d.e));
    }
  };
  organisationActors();
  for (const a of actors.values()) {
    if (a.type === 'person' && !a.gender) {
      const f = a.name.split(/\s+/)[0].toLowerCase();
      if (lex.femaleNames.has(f) && !lex.maleNames.has(f)) a.gender = 'f';
      else if (lex.maleNames.has(f) && !lex.femaleNames.has(f)) a.gender = 'm';
    }
  }
  // Roles from appositives in attributions.
  units.forEach((u, ui) => {
    for (const at of u.data.attrs) {
      if (at.subject.kind !== 'entity' || !at.appo) continue;
      const di = entIndex.get(ck(ui, at.subject.ent));
      if (di === undefined) continue;
      const key = docEnts[di].actorKey;
      const a = key ? actors.get(key) : undefined;
      if (a && a.type === 'person') {
        const role = at.appo[1] - at.appo[0] > MAX_ROLE_SOURCE ? null : cleanRole(text.slice(u.start + at.appo[0], u.start + at.appo[1]));
        // One appositive role per actor, each part once: repeated paragraphs never grow a role.
        if (role && (!a.role || !hasAppositiveRole(a.role))) a.role = addRole(a.role, role);
      }
    }
  });
  // Appositives after other mentions: `Name, a former ..., ` .
  // Appositives after other mentions: `Name, a former ..., `.
  const appositiveRoles = (): void => {
    for (const d of docEnts) {
      if (d.type !== 'person' || !d.actorKey) continue;
      if (text.charCodeAt(d.e) !== 44) continue; // no comma after the name: no appositive
      const a = actors.get(d.actorKey)!;
      if (a.role && /\b(a|an|the)\s/i.test(a.role)) continue;
      const m = /^,\s+((?:a|an|the)\s[^,.;:"“”]{3,160}?)(?=,|\.(?:\s|$)|;|$)/.exec(text.slice(d.e, d.e + 200));
      if (m) {
        const role = cleanRole(m[1]);
        if (role) a.role = addRole(a.role, role);
      }
    }
  };
  appositiveRoles();
  const collectiveActor = (subj: Subject, base: number): ActorBuild => {
    const name = text.slice(base + subj.s, base + subj.e).replace(/^(Still|Indeed|But|And|So|Yet),?\s+/, '');
    const norm = name.toLowerCase().replace(/\s+/g, ' ');
    if (BARE_QUANTIFIERS.has(norm)) {
      // `Some have warned`, `Others argue`: a bare quantifier names nobody; one actor for all such unnamed sources.
      const u = getActor('c:unnamed sources', 'unnamed sources', 'collective', base + subj.s);
      u.mentions.push({ start: base + subj.e - name.length, end: base + subj.e });
      u.forms.add(name);
      return u;
    }
    const a = getActor('c:' + norm, norm === name.toLowerCase() && /^\p{Lu}/u.test(name) && !/^\p{Lu}{2}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name, 'collective', base + subj.s);
    a.mentions.push({ start: base + subj.e - name.length, end: base + subj.e });
    a.forms.add(name);
    return a;
  };

  // ---- 3. Quotes ---------------------------------------------------------------------------
  const body = units.filter((u) => u.index >= 0);
  let markedDoc = false;
  marked: for (const u of body) {
    for (const s of u.data.segs) {
      if (s.closed && wordsAtLeast(text, u.start + s.s, u.start + s.e, 2)) {
        markedDoc = true;
        break marked;
      }
    }
  }
  const quotes: QuoteBuild[] = [];
  /** Position of each body paragraph's unit in `units`. */
  const bodyPos: number[] = [];
  for (let i = 0; i < units.length; i++) if (units[i].index >= 0) bodyPos.push(i);

  /** Per unit, made on first use: its organisations by the last word of their name, in order. */
  const orgHeads: (Map<string, DocEnt[]> | undefined)[] = [];
  const orgsByHead = (k: number): Map<string, DocEnt[]> => {
    let m = orgHeads[k];
    if (m === undefined) {
      m = new Map();
      for (const d of unitEnts[k]) {
        if (d.type !== 'organization') continue;
        const w = lastWord(d.canonical);
        const l = m.get(w);
        if (l) l.push(d);
        else m.set(w, [d]);
      }
      orgHeads[k] = m;
    }
    return m;
  };
  const speakerFromSubject = (subj: Subject, ui: number, q: QuoteBuild): void => {
    const u = units[ui];
    if (subj.kind === 'entity') {
      const di = entIndex.get(ck(ui, subj.ent));
      if (di !== undefined && docEnts[di].actorKey) {
        q.actorKey = docEnts[di].actorKey;
        q.speakerSpan = { start: u.start + subj.s, end: u.start + subj.e };
      } else if (di !== undefined && docEnts[di].type === 'place') {
        // `North Korea said`: a country acting as a speaker.
        const d = docEnts[di];
        const key = 'o:' + d.canonical.toLowerCase();
        const a = getActor(key, d.canonical, 'organization', d.s);
        a.mentions.push({ start: d.s, end: d.e });
        a.forms.add(text.slice(d.s, d.e));
        d.actorKey = key;
        q.actorKey = key;
        q.speakerSpan = { start: d.s, end: d.e };
      }
    } else if (subj.kind === 'np' && subj.head) {
      // `the ministry` → the latest organisation named `... Ministry` before it.
      const pos = u.start + subj.s;
      for (let k = ui; k >= 0 && k >= ui - 4; k--) {
        // The organisations of the unit whose last word is the head, in order: the last one before `pos`.
        const list = orgsByHead(k).get(subj.head);
        if (!list) continue;
        const m = upperBound(list, pos - 1, (x) => x.s) - 1;
        if (m >= 0) {
          const d = list[m];
          const key = 'o:' + d.canonical.toLowerCase().replace(/^the\s+/, '');
          const a = getActor(key, d.canonical, 'organization', d.s);
          // (An entity already of this actor is among its mentions: the scan is only for the others.)
          if (d.actorKey !== key && !a.mentions.some((x) => x.start === d.s)) { a.mentions.push({ start: d.s, end: d.e }); a.forms.add(text.slice(d.s, d.e)); }
          d.actorKey = key;
          q.actorKey = key;
          q.speakerSpan = { start: pos, end: u.start + subj.e };
          return;
        }
      }
    } else if (subj.kind === 'collective' || subj.kind === 'np') {
      const a = collectiveActor(subj, u.start);
      q.actorKey = a.key;
      q.speakerSpan = { start: u.start + subj.s, end: u.start + subj.e };
    } else {
      q.speakerSpan = { start: u.start + subj.s, end: u.start + subj.e };
      const r = resolvePronoun(subj.name, ui, u.start + subj.s, q.e > q.s ? q : null);
      if (r) {
        q.actorKey = r.key;
        q.attribution = r.same ? 'pronoun in the same paragraph' : 'pronoun from an earlier paragraph';
        q.confidence *= r.same ? 0.9 : 0.6;
      } else {
        q.confidence *= 0.5;
      }
    }
  };

  const unitQuotes: QuoteBuild[][] = lists<QuoteBuild>(units.length);
  /** Quotes of the paragraph being resolved (not yet in unitQuotes). */
  let curPara: QuoteBuild[] = [];
  const insideQuote = (pos: number, ui: number): boolean => {
    const u = units[ui];
    const segs = u.data.segs;
    const rel = pos - u.start;
    let k = upperBound(segs, rel, (x) => x.s) - 1;
    if (k >= 0 && rel < segs[k].e) return true;
    const uq = unitQuotes[ui];
    k = upperBound(uq, pos, (x) => x.s) - 1;
    // Quotes of one paragraph do not overlap, so the one starting last before pos is the only candidate.
    return k >= 0 && pos < uq[k].e;
  };
  const addUnitQuote = (ui: number, q: QuoteBuild): void => {
    const uq = unitQuotes[ui];
    const k = upperBound(uq, q.s, (x) => x.s);
    uq.splice(k, 0, q);
  };

  /** `skip`: the quote being attributed — a name inside it is no antecedent of its speaker pronoun (`Reyes is wrong,
   *  he said` without marks: `he` is not Reyes). */
  const resolvePronoun = (pron: string, ui: number, pos: number, skip: { s: number; e: number } | null = null): { key: string; same: boolean } | null => {
    const want: 'm' | 'f' | 'pl' | 'it' = pron === 'she' ? 'f' : pron === 'he' ? 'm' : pron === 'they' ? 'pl' : 'it';
    const ok = (a: ActorBuild | undefined): boolean => {
      if (!a) return false;
      if (want === 'm' || want === 'f') return a.type === 'person' && (a.gender === null || a.gender === want);
      if (want === 'pl') return a.type === 'collective' || a.type === 'organization';
      return a.type === 'organization';
    };
    // Same paragraph: the nearest compatible mention before the pronoun, outside quotes.
    let best: DocEnt | null = null;
    let bestSent = -1;
    const u0 = units[ui];
    const ue = unitEnts[ui];
    // Centering: the nearest sentence with a compatible mention wins; within it, the earliest mention.
    // (At most PRONOUN_LOOKBACK names back: a paragraph of thousands of names without a fitting one is read once,
    // not once per pronoun.)
    for (let k = upperBound(ue, pos - 1, (x) => x.s) - 1, n = 0; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
      const d = ue[k];
      if (d.s >= pos || !d.actorKey) continue;
      const si = sentOf(u0.data, d.s - u0.start);
      if (best && si < bestSent) break;
      if (!ok(actors.get(d.actorKey)) || insideQuote(d.s, ui) || (skip && d.s >= skip.s && d.s < skip.e)) continue;
      best = d;
      bestSent = si;
    }
    if (want === 'pl' || want === 'it') {
      // `it added`: the organisation already quoted in this paragraph first.
      // (The quotes of the paragraph being resolved before pos, then the paragraph's settled ones, latest first.)
      let n = 0;
      for (let k = curPara.length - 1; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
        const q = curPara[k];
        if (q.s < pos && q.actorKey && ok(actors.get(q.actorKey))) return { key: q.actorKey, same: true };
      }
      const uq = unitQuotes[ui];
      for (let k = uq.length - 1; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
        const q = uq[k];
        if (q.actorKey && ok(actors.get(q.actorKey))) return { key: q.actorKey, same: true };
      }
    }
    if (best) return { key: best.actorKey!, same: true };
    if (want === 'pl' || want === 'it') {
      for (let k = upperBound(ue, pos - 1, (x) => x.s) - 1, n = 0; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
        const d = ue[k];
        if (d.actorKey && ok(actors.get(d.actorKey))) return { key: d.actorKey, same: true };
      }
      return null;
    }
    // Earlier paragraphs (order may be shuffled). Recency first: the previous paragraph's latest sentence whose
    // subject is a compatible person (the name opens the sentence, maybe after a conjunction or a short adverbial
    // and a comma; outside quotes; not a possessor).
    if (ui > 0 && units[ui - 1].index >= 0) {
      const pu = units[ui - 1];
      const prev = unitEnts[ui - 1];
      for (let k = prev.length - 1, n = 0; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
        const d = prev[k];
        if (!d.actorKey || !ok(actors.get(d.actorKey)) || insideQuote(d.s, d.unit)) continue;
        const nx = text.charCodeAt(d.e);
        if (nx === 39 || nx === 0x2019) continue; // `Okafor's budget`
        const sn = pu.data.sents[sentOf(pu.data, d.s - pu.start)];
        if (!sn || d.ts - pu.start - sn.s > 48) continue;
        if (SUBJECT_LEAD.test(text.slice(pu.start + sn.s, d.ts))) return { key: d.actorKey, same: false };
      }
    }
    const uIdx = units[ui].index;
    // `quotes` is in paragraph order: start from the last quote of an earlier paragraph.
    for (let k = upperBound(quotes, uIdx - 1, (x) => units[x.unit].index) - 1, n = 0; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
      const q = quotes[k];
      const qi = units[q.unit].index;
      if (uIdx - qi > 3) break;
      if (qi >= uIdx || !q.actorKey) continue;
      if (ok(actors.get(q.actorKey))) return { key: q.actorKey, same: false };
    }
    if (ui > 0 && units[ui - 1].index >= 0) {
      const prev = unitEnts[ui - 1];
      for (let k = prev.length - 1, n = 0; k >= 0 && n < PRONOUN_LOOKBACK; k--, n++) {
        const d = prev[k];
        if (d.actorKey && ok(actors.get(d.actorKey)) && !insideQuote(d.s, d.unit)) return { key: d.actorKey, same: false };
      }
    }
    return null;
  };

  const newQuote = (ui: number, s: number, e: number, marked: boolean, seg: Seg | null = null): QuoteBuild => {
    const u = units[ui];
    return {
      s, e, unit: ui, paragraph: u.index, marked, kind: 'direct', attr: null, attrUnit: ui, actorKey: null, speakerSpan: null,
      cue: null, cueSpan: null, confidence: marked ? 0.95 : 0.75, attribution: 'no attribution found', chainPrev: -1, index: -1, seg,
    };
  };

  const applyAttr = (q: QuoteBuild, at: Attr, ui: number, how: string): void => {
    const u = units[ui];
    q.attr = at;
    q.attrUnit = ui;
    q.cue = at.cue;
    q.cueSpan = { start: u.start + at.cueS, end: u.start + at.cueE };
    q.attribution = how;
    speakerFromSubject(at.subject, ui, q);
  };

  const inheritSpeaker = (q: QuoteBuild, from: QuoteBuild, how: string, factor: number): void => {
    q.actorKey = from.actorKey;
    q.speakerSpan = from.speakerSpan;
    q.cue = from.cue;
    q.cueSpan = from.cueSpan;
    q.attribution = how;
    q.confidence = Math.min(q.confidence, from.confidence) * factor;
  };

  /** The first person or organisation named in the sentence before `open` (outside quotes, not a possessor nor the
   *  object of a preposition), or a sentence-initial `he`/`she`, speaks the quote opening at `open`. */
  const subjectOfSentence = (q: QuoteBuild, ui: number, open: number): void => {
    const u = units[ui];
    const d = u.data;
    const si = sentOf(d, open);
    const sn = d.sents[si];
    if (!sn || open - sn.s < 2) return;
    const toks = d.toks;
    const first = toks[sn.t0];
    if (first && (first.lower === 'he' || first.lower === 'she') && first.s < open) {
      const r = resolvePronoun(first.lower, ui, u.start + first.s);
      if (r) {
        q.actorKey = r.key;
        q.speakerSpan = { start: u.start + first.s, end: u.start + first.e };
        q.attribution = 'subject of the sentence';
        q.confidence = 0.45;
      }
      return;
    }
    const ents = d.ents;
    // (The subject is among the sentence's first few names: at most SUBJECT_SCAN looked at, so that a sentence of
    // thousands of quotes and names stays linear.)
    for (let k = upperBound(ents, sn.s - 1, (c) => c.s), n = 0; k < ents.length && ents[k].s < open && n < SUBJECT_SCAN; k++, n++) {
      const c = ents[k];
      if (c.t0 < sn.t0) continue;
      if (insideQuote(u.start + c.s, ui)) continue;
      const x = entIndex.get(ck(ui, k));
      if (x === undefined) continue;
      const de = docEnts[x];
      if (!de.actorKey || (de.type !== 'person' && de.type !== 'organization')) continue;
      const before = c.t0 > sn.t0 ? toks[c.t0 - 1].lower : '';
      const after = toks[c.t1] ? toks[c.t1].lower : '';
      if (SUBJECT_BLOCKERS.has(before) || after === "'s" || after === '’s' || after === "'" || after === '’') return;
      q.actorKey = de.actorKey;
      q.speakerSpan = { start: de.s, end: de.e };
      q.attribution = 'subject of the sentence';
      q.confidence = 0.55;
      return;
    }
  };

  let prevUnclosed: QuoteBuild | null = null;
  let prevLast: QuoteBuild | null = null;
  let pendingIntro: QuoteBuild | null = null;
  let openIntro: QuoteBuild | null = null;
  /** The previous paragraph ended with its cue (`X stated,`): the whole next paragraph is quoted. */
  let pendingWhole = false;
  let openWhole = false;
  let prevEndCue: { at: Attr; ui: number } | null = null;
  // Quotes, paragraph by paragraph, with what carries over from one paragraph to the next.
  const findQuotes = (): void => {
    for (const ui of bodyPos) {
      const u = units[ui];
      const d = u.data;
      const paraQuotes: QuoteBuild[] = [];
      curPara = paraQuotes;
      if (d.segs.length) {
        for (const sg of d.segs) {
          if (sg.lead && !prevUnclosed) continue;
          const q = newQuote(ui, u.start + sg.s, u.start + sg.e, true, sg);
          const facts = sg.memo ??= segFacts(text, u.start, d, sg);
          if (facts.partial) q.kind = 'partial';
          // Attribution right after the closing mark, or right before the opening mark.
          if (facts.after) applyAttr(q, facts.after, ui, 'attribution after the quote');
          else if (facts.before) applyAttr(q, facts.before, ui, 'attribution before the quote');
          if (!q.attr) {
            const prev = paraQuotes[paraQuotes.length - 1];
            if (prev && prev.actorKey) inheritSpeaker(q, prev, 'continuation after an attribution', 0.9);
            else if (sg.atStart && prevEndCue && !paraQuotes.length) {
              // `Rathbun stated:` ended the previous paragraph; this one opens with the quote.
              applyAttr(q, prevEndCue.at, prevEndCue.ui, 'attribution before the quote');
              q.confidence = 0.85;
            } else if (sg.atStart && prevUnclosed && prevUnclosed.actorKey) inheritSpeaker(q, prevUnclosed, 'continuation from the previous paragraph', 0.85);
            else if (sg.atStart && prevUnclosed) q.chainPrev = prevUnclosed.index;
            else {
              // `X said: "...` — a colon before the quote: the sentence's subject speaks.
              const colon = /:\s*$/.test(text.slice(Math.max(u.start, u.start + sg.open - 3), u.start + sg.open));
              if (colon) {
                const si = sentOf(d, sg.open);
                const sn = d.sents[si];
                // The first name of the sentence before the mark that is a person's or an organisation's (candidates are
                // in text order: from the sentence's first to the mark, not over the whole paragraph).
                let ci = -1;
                const ents = d.ents;
                for (let k = upperBound(ents, sn.s - 1, (c) => c.s); k < ents.length && ents[k].s < sg.open; k++) {
                  const c = ents[k];
                  if (c.t0 < sn.t0) continue;
                  const x = entIndex.get(ck(ui, k));
                  if (x !== undefined && !!docEnts[x].actorKey && (docEnts[x].type === 'person' || docEnts[x].type === 'organization')) { ci = k; break; }
                }
                if (ci >= 0) {
                  const di = entIndex.get(ck(ui, ci));
                  if (di !== undefined && docEnts[di].actorKey) {
                    q.actorKey = docEnts[di].actorKey;
                    q.speakerSpan = { start: docEnts[di].s, end: docEnts[di].e };
                    q.attribution = 'attribution before the quote';
                    q.confidence = 0.8;
                  }
                }
              }
            }
          }
          paraQuotes.push(q);
        }
        // A later attribution in the paragraph covers earlier unattributed quotes before it (`"A." "B," he said.`).
        for (let k = paraQuotes.length - 2; k >= 0; k--) {
          const q = paraQuotes[k];
          const nx = paraQuotes[k + 1];
          if (!q.actorKey && !q.attr && nx.actorKey && nx.attribution === 'attribution after the quote' && sentOfAbs(u, q.s) >= sentOfAbs(u, nx.s) - 1) {
            inheritSpeaker(q, nx, 'attribution after a following quote', 0.8);
          }
        }
        // A paragraph that opens with an unattributed quote continues the previous paragraph's last speaker (whether that
        // last quote was a whole sentence or a fragment).
        const first = paraQuotes[0];
        if (first && !first.actorKey && !first.attr && d.segs[0].atStart && prevLast && prevLast.actorKey && prevLast.unit !== ui) {
          const later = paraQuotes.slice(1).some((x) => x.attr);
          if (!later) {
            inheritSpeaker(first, prevLast, 'continuation from the previous paragraph', 0.75);
            for (const q of paraQuotes.slice(1)) if (!q.actorKey && !q.attr) inheritSpeaker(q, first, 'continuation after an attribution', 0.9);
          }
        }
        // Still unattributed: the nearest attribution in the same paragraph.
        for (const q of paraQuotes) {
          if (q.actorKey || q.attr) continue;
          const at = nearestAttr(d.attrs, q.s - u.start);
          if (at) {
            applyAttr(q, at, ui, 'attribution elsewhere in the paragraph');
            q.confidence *= 0.6;
          }
        }
        // Still unattributed, inside a sentence that began before it: the sentence's subject speaks
        // (`Okafor criticised the plan, calling it "..."`, `Reyes has described Okafor as "..."`, `He then joked, "..."`).
        for (const q of paraQuotes) {
          if (q.actorKey || q.attr || !q.seg) continue;
          subjectOfSentence(q, ui, q.seg.open);
        }
      } else if (!markedDoc) {
        openIntro = null;
        // Stripped marks: `..., Mr. Clark said at ...`, `..., said William Taylor, ...`, then continuations.
        let lastSentUsed = -1;
        const attrSents = new Set(d.attrs.filter((a) => a.direct || a.subject.kind !== 'pronoun').map((a) => a.sent));
        // `Sunak ... is forthcoming: The Home Secretary and I are working ...` — a first-person text after a colon
        // in a sentence that names a person before it.
        for (let si = 0; si < d.sents.length; si++) {
          const sn = d.sents[si];
          const rel = text.slice(u.start + sn.s, u.start + sn.e);
          const m = /:\s+(?=\p{Lu})/u.exec(rel);
          if (!m || attrSents.has(si)) continue;
          const cs = sn.s + m.index + m[0].length;
          if (!firstPerson(text.slice(u.start + cs, u.start + sn.e))) continue;
          const pe = unitEnts[ui].find((x) => x.s >= u.start + sn.s && x.e <= u.start + sn.s + m.index && x.type === 'person' && x.actorKey);
          if (!pe) continue;
          let endSent = si + 1;
          while (endSent < d.sents.length && !attrSents.has(endSent) && firstPerson(text.slice(u.start + d.sents[endSent].s, u.start + d.sents[endSent].e))) endSent++;
          const q = newQuote(ui, u.start + cs, u.start + d.sents[endSent - 1].e, false);
          q.actorKey = pe.actorKey;
          q.speakerSpan = { start: pe.s, end: pe.e };
          q.attribution = 'attribution before the quote';
          q.confidence = 0.55;
          paraQuotes.push(q);
          lastSentUsed = Math.max(lastSentUsed, endSent - 1);
        }
        // A quote introduced at the end of the previous paragraph continues over first-person sentences.
        const firstDirect = d.attrs.find((a) => a.direct && a.subject.kind !== 'collective' && a.subject.kind !== 'np' && (a.form === 'inverted' || a.form === 'preposed'));
        if (pendingIntro && d.sents.length && !(firstDirect && firstDirect.form === 'inverted')) {
          let k = 0;
          let lastFp = -1;
          while (k < d.sents.length && !attrSents.has(k)) {
            if (firstPerson(text.slice(u.start + d.sents[k].s, u.start + d.sents[k].e))) lastFp = k;
            k++;
          }
          if (lastFp < 0 && !pendingWhole) k = 0;
          if (k > 0) {
            const q = newQuote(ui, u.start + d.sents[0].s, u.start + d.sents[k - 1].e, false);
            if (!paraQuotes.some((p) => p.s < q.e && q.s < p.e)) {
              inheritSpeaker(q, pendingIntro, pendingWhole ? 'attribution before the quote' : 'continuation from the previous paragraph', 0.8);
              q.confidence = Math.min(q.confidence, pendingWhole ? 0.65 : 0.55);
              paraQuotes.push(q);
              lastSentUsed = k - 1;
            }
          }
        }
        for (const at of d.attrs) {
          // `Who pays for it? Reyes said.` — a bare attribution sentence after a question or an exclamation
          // closes the sentences before it like an inverted one.
          const bareAfterQ = at.form === 'bare' && at.direct && at.sent > 0 && /[?!]$/.test(text.slice(u.start + d.sents[at.sent - 1].s, u.start + d.sents[at.sent - 1].e));
          if ((at.form !== 'inverted' && !bareAfterQ) || !at.direct || at.cue === 'according to') continue;
          const atSent = bareAfterQ ? at.sent - 1 : at.sent;
          const atBoundary = bareAfterQ ? d.sents[at.sent - 1].e : at.boundary;
          // `..., Reuters reported.` is a paraphrase of a report, not a quote.
          if (/^(reported|reports|wrote|writes)$/.test(at.cue) && at.subject.kind !== 'pronoun') {
            const c = at.subject.kind === 'entity' ? d.ents[at.subject.ent] : null;
            if (!c || c.type !== 'person') continue;
          }
          // Plural unnamed sources (`officials said`) paraphrase; a single one (`said one senior official`) may quote.
          if (at.subject.kind === 'collective') continue;
          // Content: from the start of the sentence, back over earlier sentences without attributions
          // and without a mention of the speaker (a quote does not name its own speaker).
          const probe = newQuote(ui, u.start + d.sents[atSent].s, u.start + atBoundary, false);
          applyAttr(probe, at, ui, 'attribution after the quote');
          const spk = probe.actorKey ? actors.get(probe.actorKey) : undefined;
          const namesSpeaker = (si: number): boolean => {
            if (!spk) return false;
            const ue = unitEnts[ui];
            const lo = u.start + d.sents[si].s;
            const hi = u.start + d.sents[si].e;
            for (let k = upperBound(ue, lo - 1, (x) => x.s); k < ue.length && ue[k].s < hi; k++) if (ue[k].actorKey === spk.key) return true;
            return false;
          };
          let s0 = atSent;
          // Only sentences that sound like speech (first/second person, present tense, modals) join the quote;
          // a past-tense narrative sentence (`The accident occurred at ...`) stops it.
          // (Organisations' statements report events in the past tense, so for them tense is no clue.)
          const narrativeStops = !spk || spk.type === 'person';
          while (s0 - 1 > lastSentUsed && !attrSents.has(s0 - 1) && !namesSpeaker(s0 - 1) && (!narrativeStops || speechLike(d, s0 - 1))) s0--;
          const startTokSent = d.sents[s0];
          const startOff = startTokSent.s;
          const endOff = atBoundary;
          if (endOff - startOff < 12 || !wordsAtLeast(text, u.start + startOff, u.start + endOff, 3)) continue;
          const q = newQuote(ui, u.start + startOff, u.start + endOff, false);
          q.confidence = atSent - s0 > 0 ? 0.7 : 0.75;
          applyAttr(q, at, ui, 'attribution after the quote');
          if ((at.subject.kind === 'entity' || at.subject.kind === 'np' || at.subject.name === 'it' || at.subject.name === 'they') && !q.actorKey) continue;
          // An organisation or an unnamed source `said` without marks is often a paraphrase: less certain.
          if (q.actorKey && actors.get(q.actorKey)?.type !== 'person') q.confidence = Math.min(q.confidence, 0.6);
          if (at.sent === d.sents.length - 1 && q.actorKey && actors.get(q.actorKey)?.type === 'person') openIntro = q;
          paraQuotes.push(q);
          lastSentUsed = at.sent;
          // Continuation: the sentences after `X said.` up to the next attribution are the same speaker's.
          const s1 = at.sent + 1;
          let e1 = s1;
          while (e1 < d.sents.length && !attrSents.has(e1)) e1++;
          // (Before a later attribution, only sentences that sound like speech: `A, X said. We will. B, X added.`)
          let midOk = e1 < d.sents.length;
          for (let k = s1; midOk && k < e1; k++) if (!speechLike(d, k)) midOk = false;
          if (e1 > s1 && (e1 === d.sents.length || midOk) && q.actorKey) {
            const cs = d.sents[s1].s;
            const ce = d.sents[e1 - 1].e;
            if (wordsAtLeast(text, u.start + cs, u.start + ce, 4)) {
              const c = newQuote(ui, u.start + cs, u.start + ce, false);
              inheritSpeaker(c, q, 'continuation after an attribution', 0.8);
              c.confidence = Math.min(c.confidence, 0.6);
              paraQuotes.push(c);
              lastSentUsed = e1 - 1;
            }
          }
        }
        // `X said, We ...` / `X said: ...` / `X said All those ...`: the quote runs to the next attribution.
        const overlaps = quoteOverlaps(paraQuotes, d.attrs.length);
        for (const at of d.attrs) {
          if (at.form !== 'preposed' || !at.intro || !at.direct) continue;
          if (at.subject.kind === 'collective' || at.subject.kind === 'np') continue;
          let endSent = at.sent + 1;
          while (endSent < d.sents.length && !attrSents.has(endSent)) endSent++;
          const endOff = endSent < d.sents.length ? d.sents[endSent - 1].e : u.end - u.start;
          const q = newQuote(ui, u.start + at.contentS, u.start + endOff, false);
          if (at.contentS >= u.end - u.start) {
            // The cue ends the paragraph (`Rathbun stated,`): the next paragraph is the quote.
            applyAttr(q, at, ui, 'attribution before the quote');
            if (q.actorKey) { openIntro = q; openWhole = true; }
            continue;
          }
          if (q.e - q.s < 3 || overlaps.test(q)) continue;
          q.confidence = 0.75;
          applyAttr(q, at, ui, 'attribution before the quote');
          if (!q.actorKey && at.subject.kind === 'entity') continue;
          paraQuotes.push(q);
          overlaps.add(q);
          if (endSent >= d.sents.length && q.actorKey) openIntro = q;
        }
        // `..., writing: The bridge stays closed ...`, `..., adding, I would rather ...`: a participle cue, then a colon or a comma and a
        // capitalised word, introduces a quote (to the end of its sentence) of the sentence's subject.
        let nextAttr: Int32Array | null = null;
        for (let si = 0; si < d.sents.length; si++) {
          const sn = d.sents[si];
          for (let i = sn.t0 + 1; i + 2 < sn.t1; i++) {
            const t = d.toks[i];
            if (t.kind !== K.Word || !PARTICIPLE_CUES.has(t.lower)) continue;
            const p = d.toks[i + 1];
            const nx = d.toks[i + 2];
            if ((p.t !== ',' && p.t !== ':') || !nx.cap || nx.kind !== K.Word) continue;
            if (p.t === ',' && !FIRST_WORDS.has(nx.lower)) continue;
            // After a colon the quote goes on over the following sentences up to the next attribution.
            // (The next attribution sentence after si, computed once per paragraph from the end: linear.)
            if (!nextAttr) {
              nextAttr = new Int32Array(d.sents.length + 1);
              nextAttr[d.sents.length] = d.sents.length;
              for (let k = d.sents.length - 1; k >= 0; k--) nextAttr[k] = attrSents.has(k) ? k : nextAttr[k + 1];
            }
            const endSent = nextAttr[si + 1];
            const q = newQuote(ui, u.start + nx.s, u.start + (p.t === ':' ? d.sents[endSent - 1].e : sn.e), false);
            if (!wordsAtLeast(text, q.s, q.e, 3) || overlaps.test(q)) break;
            subjectOfSentence(q, ui, t.s);
            if (!q.actorKey) break;
            q.attribution = 'attribution before the quote';
            q.cue = t.lower;
            q.cueSpan = { start: u.start + t.s, end: u.start + t.e };
            paraQuotes.push(q);
            overlaps.add(q);
            break;
          }
        }
      }
      // Weakly attributed marked spans that are no speech are dropped (in one pass: a paragraph may have thousands).
      let kept = 0;
      for (let k = 0; k < paraQuotes.length; k++) {
        const q = paraQuotes[k];
        const shortOk = q.attribution === 'subject of the sentence' || q.attribution === 'attribution elsewhere in the paragraph';
        const weakAttr = q.attribution === 'attribution elsewhere in the paragraph' || q.attribution === 'no attribution found' || shortOk;
        if (q.marked && weakAttr) {
          if (/^\s*[\u2014\u2013-]\s/.test(text.slice(q.e, q.e + 6).replace(/^["”'’.,]+/, ''))) continue;
          const facts = q.seg!.memo!;
          // `"..., " the governor said.`: a quote closed by a comma and followed by words goes on with its sentence, so
          // it is no headline even without a recognised attribution.
          // A short fragment with a speaker from its sentence's subject (`She called for more "patience"`) or from an
          // attribution in its paragraph is kept; a title is not.
          if (shortOk) {
            if (notSpeech(text.slice(q.s, q.e), q.s - u.start, d, COMMA_CLOSE.test(text.slice(q.e, q.e + 4)), true)) continue;
          } else {
            facts.notSpeech ??= notSpeech(text.slice(q.s, q.e), q.s - u.start, d, COMMA_CLOSE.test(text.slice(q.e, q.e + 4)));
            if (facts.notSpeech) continue;
          }
        }
        paraQuotes[kept++] = q;
      }
      paraQuotes.length = kept;
      for (const q of paraQuotes) {
        q.e = trimEnd(text, q.s, q.e);
        if (q.e > q.s) { quotes.push(q); addUnitQuote(ui, q); q.index = quotes.length - 1; }
        if (q.actorKey) actors.get(q.actorKey)!.speaker = true;
      }
      const lastSeg = d.segs[d.segs.length - 1];
      const lastQ = paraQuotes[paraQuotes.length - 1];
      prevUnclosed = lastSeg && !lastSeg.closed && lastQ && lastQ.e >= u.start + lastSeg.s ? lastQ : null;
      prevLast = paraQuotes.length ? paraQuotes[paraQuotes.length - 1] : null;
      pendingIntro = openIntro;
      pendingWhole = openWhole;
      const lastAttr = d.attrs[d.attrs.length - 1];
      prevEndCue = lastAttr && lastAttr.form === 'preposed' && lastAttr.intro && lastAttr.contentS >= u.end - u.start ? { at: lastAttr, ui } : null;
      openIntro = null;
      openWhole = false;
    }
  };
  findQuotes();
  // Quote chains over paragraph ends whose attribution came in a later paragraph.
  for (let k = quotes.length - 1; k >= 0; k--) {
    const q = quotes[k];
    if (q.chainPrev >= 0) {
      const p = quotes[q.chainPrev];
      if (p && !p.actorKey && q.actorKey) inheritSpeaker(p, q, 'continuation into the next paragraph', 0.85);
    }
  }

  // ---- 4. Claims ---------------------------------------------------------------------------
  interface ClaimBuild { s: number; e: number; actorKey: string; quote: number; cue: string | null; paragraph: number }
  const claimBuilds: ClaimBuild[] = [];
  quotes.forEach((q, qi) => {
    if (q.actorKey) claimBuilds.push({ s: q.s, e: q.e, actorKey: q.actorKey, quote: qi, cue: q.cue, paragraph: q.paragraph });
  });
  const usedAttrs = new Set<Attr>();
  for (let i = 0; i < quotes.length; i++) { const at = quotes[i].attr; if (at) usedAttrs.add(at); }
  // Claims from attributions that carry no quote.
  const findClaims = (): void => {
    for (const ui of bodyPos) {
      const u = units[ui];
      const attrs = u.data.attrs;
      // Attributions of one sentence are consecutive (in cue order): `run0` is the first of the current one's sentence.
      let run0 = 0;
      let run1 = 0;
      for (let j = 0; j < attrs.length; j++) {
        const at = attrs[j];
        if (j >= run1) {
          run0 = j;
          run1 = j + 1;
          while (run1 < attrs.length && attrs[run1].sent === at.sent) run1++;
        }
        if (usedAttrs.has(at)) continue;
        let s = -1;
        let e = -1;
        if (at.form === 'preposed' || at.form === 'parenthetical') {
          s = at.contentS;
          e = at.contentE;
        } else if (at.form === 'inverted') {
          const sn = u.data.sents[at.sent];
          s = sn.s;
          e = at.boundary;
        } else continue;
        if (run1 - run0 > CROWDED_SENTENCE) {
          // A sentence with many cues (a run-on list of who said what): each claim stays between its neighbours' cues,
          // so the claims of the sentence together are no longer than a few times the sentence, not its square.
          if (j > run0) s = Math.max(s, attrs[j - 1].cueE);
          if (j + 1 < run1) e = Math.min(e, attrs[j + 1].clauseS, attrs[j + 1].cueS);
        }
        if (e - s > MAX_CLAIM) e = cutAtSpace(text, u.start + s, u.start + s + MAX_CLAIM) - u.start;
        if (e <= s || !wordsAtLeast(text, u.start + s, u.start + e, 2)) continue;
        if (insideQuote(u.start + at.cueS, ui)) continue;
        const fake = newQuote(ui, 0, 0, false); // a scratch quote: speakerFromSubject reports into it
        speakerFromSubject(at.subject, ui, fake);
        if (!fake.actorKey) continue;
        const absS = u.start + s;
        const absE = trimEnd(text, absS, u.start + e);
        if (absE <= absS) continue;
        claimBuilds.push({ s: absS, e: absE, actorKey: fake.actorKey, quote: -1, cue: at.cue, paragraph: u.index });
      }
    }
  };
  findClaims();

  // ---- 5. Ids and output -------------------------------------------------------------------
  const actorList = [...actors.values()].filter((a) => a.mentions.length > 0 || a.speaker);
  for (const a of actorList) {
    if (!sortedSpans(a.mentions)) a.mentions.sort((x, y) => x.start - y.start || x.end - y.end);
    a.first = a.mentions.length ? a.mentions[0].start : a.first;
  }
  actorList.sort((x, y) => x.first - y.first || (x.key < y.key ? -1 : 1));
  const ids = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const a of actorList) {
    let id = `actor-${slug(a.name)}`;
    let n = 2;
    while (usedIds.has(id)) id = `actor-${slug(a.name)}-${n++}`;
    usedIds.add(id);
    ids.set(a.key, id);
  }
  const entities: Entity[] = new Array(docEnts.length);
  // The entities, in order.
  const outputEntities = (): void => {
    for (let i = 0; i < docEnts.length; i++) {
      const d = docEnts[i];
      const c = units[d.unit].data.ents[d.cand];
      const id = seqId('e', i);
      const actor = d.actorKey ? ids.get(d.actorKey) : undefined;
      // The same entity as in the previous analysis (before an edit, nothing moves): that object again. Analyses are
      // read-only, so sharing is safe; it spares the garbage collector copies, and a patch (delta.ts) sees it unchanged
      // at a glance.
      const m = c.memoEnt;
      if (m !== undefined && m.start === d.s && m.end === d.e && m.id === id && m.type === d.type && m.canonical === d.canonical && m.actor === actor) {
        entities[i] = m;
        continue;
      }
      const ent: Entity = { id, start: d.s, end: d.e, text: c.memoText ??= text.slice(d.s, d.e), type: d.type, canonical: d.canonical };
      if (actor !== undefined) ent.actor = actor;
      entities[i] = c.memoEnt = ent;
    }
  };
  outputEntities();
  quotes.sort((x, y) => x.s - y.s);
  const finalQuotes: QuoteBuild[] = [];
  let lastEnd = -1;
  for (const q of quotes) {
    if (q.s < lastEnd) continue;
    finalQuotes.push(q);
    lastEnd = q.e;
  }
  const quoteIdx = new Map<QuoteBuild, string>();
  const outQuotes: Quote[] = [];
  finalQuotes.forEach((q, i) => {
    const id = seqId('q', i);
    quoteIdx.set(q, id);
    outQuotes.push({
      id, start: q.s, end: q.e, text: text.slice(q.s, q.e), speaker: q.actorKey ? ids.get(q.actorKey) ?? null : null,
      cue: q.cue, cueSpan: q.cueSpan, speakerSpan: q.speakerSpan, kind: q.kind,
      confidence: Math.round(Math.max(0.05, Math.min(q.actorKey ? 1 : NO_SPEAKER_CONFIDENCE, q.confidence)) * 100) / 100, marked: q.marked,
      attribution: q.actorKey ? q.attribution : q.attribution === 'no attribution found' ? q.attribution : `${q.attribution} (speaker unresolved)`,
      paragraph: q.paragraph,
    });
  });
  claimBuilds.sort((x, y) => x.s - y.s || x.e - y.e);
  const outClaims: Claim[] = [];
  for (const c of claimBuilds) {
    const actorId = ids.get(c.actorKey);
    if (!actorId) continue;
    const claim: Claim = { id: seqId('c', outClaims.length), start: c.s, end: c.e, actor: actorId, text: text.slice(c.s, c.e), cue: c.cue, paragraph: c.paragraph };
    if (c.quote >= 0) {
      const qid = quoteIdx.get(quotes[c.quote]);
      if (!qid) continue;
      claim.quote = qid;
    }
    outClaims.push(claim);
  }
  const quotesBySpeaker = new Map<string, string[]>();
  for (let i = 0; i < outQuotes.length; i++) {
    const q = outQuotes[i];
    if (!q.speaker) continue;
    const l = quotesBySpeaker.get(q.speaker);
    if (l) l.push(q.id);
    else quotesBySpeaker.set(q.speaker, [q.id]);
  }
  const claimsByActor = new Map<string, string[]>();
  for (let i = 0; i < outClaims.length; i++) {
    const c = outClaims[i];
    const l = claimsByActor.get(c.actor);
    if (l) l.push(c.id);
    else claimsByActor.set(c.actor, [c.id]);
  }
  const outActors: Actor[] = actorList.map((a) => {
    const id = ids.get(a.key)!;
    const aliases: string[] = [];
    for (const f of a.forms) if (f !== a.name) aliases.push(f);
    return {
      id, name: a.name, type: a.type, aliases, role: a.role, mentions: dedupeSpans(a.mentions),
      quotes: quotesBySpeaker.get(id) ?? [],
      claims: claimsByActor.get(id) ?? [],
    };
  });
  return { entities, actors: outActors, quotes: outQuotes, claims: outClaims };
}

/** What a quotation-mark segment says by itself: paragraph-local, so computed once per cached paragraph. */
function segFacts(text: string, base: number, d: ParaData, sg: Seg): NonNullable<Seg['memo']> {
  const inner = text.slice(base + sg.s, base + sg.e);
  const before = text.slice(Math.max(base, base + sg.open - 40), base + sg.open);
  const firstLetter = /\p{L}/u.exec(inner);
  const embedded = /[\p{L}\p{N}]\s*$/u.test(before) && !/\b(said|says|told|added|asked|wrote|warned|stated|declared)\s*$/i.test(before);
  const partial = !!(firstLetter && firstLetter[0] === firstLetter[0].toLowerCase() && firstLetter[0] !== firstLetter[0].toUpperCase()) || embedded;
  if (d.attrs.length > MANY_ATTRS) return { partial, ...segAttrsIndexed(d, sg) };
  const after = d.attrs.find((a) => (a.form === 'inverted' || a.form === 'bare') && a.boundary >= sg.e - 1 && a.boundary <= sg.closeEnd + 2);
  let before2: Attr | undefined;
  if (!after) {
    before2 = d.attrs.find((a) => (a.form === 'preposed' || a.form === 'parenthetical') && a.contentS >= sg.open - 3 && a.contentS <= sg.open + 1);
    if (!before2) before2 = d.attrs.find((a) => a.form === 'preposed' && a.cueE <= sg.open && a.contentS <= sg.open && a.contentE >= sg.e - 1 && a.sent === sentOf(d, sg.s));
  }
  return { partial, after, before: before2 };
}

/** Whether a span overlaps one of a paragraph's quotes: those found so far (`quotes`, fixed) and those added since
 *  (`add`, each only after `test` said it overlaps none, so they never overlap one another). A scan of the list while
 *  it is short; else a binary search in the fixed ones sorted by start (with the running maximum of their ends) and in
 *  the added ones (disjoint, so sorted by start they are sorted by end too). */
function quoteOverlaps(quotes: { s: number; e: number }[], attrs: number): { test(q: { s: number; e: number }): boolean; add(q: { s: number; e: number }): void } {
  if (quotes.length + attrs <= MANY_ATTRS) {
    return { test: (q) => quotes.some((p) => p.s < q.e && q.s < p.e), add: () => undefined };
  }
  const fixed = quotes.map((p) => [p.s, p.e] as [number, number]).sort((a, b) => a[0] - b[0]);
  const maxEnd = new Float64Array(fixed.length);
  for (let i = 0; i < fixed.length; i++) maxEnd[i] = Math.max(i ? maxEnd[i - 1] : -Infinity, fixed[i][1]);
  const added: { s: number; e: number }[] = [];
  /** Number of entries whose start is below v. */
  const below = <T>(xs: T[], v: number, key: (x: T) => number): number => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (key(xs[m]) < v) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  return {
    test(q) {
      const f = below(fixed, q.e, (x) => x[0]);
      if (f > 0 && maxEnd[f - 1] > q.s) return true;
      const k = below(added, q.e, (x) => x.s);
      return k > 0 && added[k - 1].e > q.s;
    },
    add(q) {
      added.splice(below(added, q.s, (x) => x.s), 0, q);
    },
  };
}

/** Above this many attributions in a paragraph, look-ups go through sorted indexes instead of scanning them all for
 *  every quote (a paragraph of thousands of cues and quotation marks would otherwise take their product). */
const MANY_ATTRS = 16;
/** Attributions of one sentence tried as the preposed one before a quote, at most (first ones first). */
const MAX_SENTENCE_ATTRS_SCANNED = 64;

interface AttrIndex {
  attrs: Attr[];
  /** Indexes of inverted / bare attributions, by boundary (then index). */
  byBoundary: Int32Array;
  /** Indexes of preposed / parenthetical attributions, by content start (then index). */
  byContent: Int32Array;
  /** Indexes of attributions that can name a speaker (not collective, not np), by cue start (then index). */
  byCue: Int32Array;
  /** Attributions sorted by sentence: the first index of each sentence's run is found by binary search. */
  bySent: boolean;
}
let attrIndex: AttrIndex | null = null;

function indexAttrs(attrs: Attr[]): AttrIndex {
  if (attrIndex && attrIndex.attrs === attrs) return attrIndex;
  const pick = (ok: (a: Attr) => boolean, key: (a: Attr) => number): Int32Array => {
    const xs: number[] = [];
    for (let i = 0; i < attrs.length; i++) if (ok(attrs[i])) xs.push(i);
    xs.sort((x, y) => key(attrs[x]) - key(attrs[y]) || x - y);
    return Int32Array.from(xs);
  };
  let bySent = true;
  for (let i = 1; i < attrs.length && bySent; i++) bySent = attrs[i - 1].sent <= attrs[i].sent;
  return attrIndex = {
    attrs,
    byBoundary: pick((a) => a.form === 'inverted' || a.form === 'bare', (a) => a.boundary),
    byContent: pick((a) => a.form === 'preposed' || a.form === 'parenthetical', (a) => a.contentS),
    byCue: pick((a) => a.subject.kind !== 'collective' && a.subject.kind !== 'np', (a) => a.cueS),
    bySent,
  };
}

/** First position in `idx` whose key is at least `v`. */
function lowerBoundIdx(idx: Int32Array, attrs: Attr[], v: number, key: (a: Attr) => number): number {
  let lo = 0;
  let hi = idx.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (key(attrs[idx[m]]) < v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** The earliest attribution (in paragraph order) whose key lies in [lo, hi], or undefined. */
function firstInRange(idx: Int32Array, attrs: Attr[], lo: number, hi: number, key: (a: Attr) => number): Attr | undefined {
  let best = -1;
  for (let k = lowerBoundIdx(idx, attrs, lo, key); k < idx.length && key(attrs[idx[k]]) <= hi; k++) {
    if (best < 0 || idx[k] < best) best = idx[k];
  }
  return best < 0 ? undefined : attrs[best];
}

const boundaryKey = (a: Attr): number => a.boundary;
const contentKey = (a: Attr): number => a.contentS;
const cueKey = (a: Attr): number => a.cueS;

/** `segFacts`' attributions through the index: the same answers, except that in a sentence with more than
 *  MAX_SENTENCE_ATTRS_SCANNED attributions only its first ones are tried as the preposed attribution of a quote. */
function segAttrsIndexed(d: ParaData, sg: Seg): { after: Attr | undefined; before: Attr | undefined } {
  const attrs = d.attrs;
  const ix = indexAttrs(attrs);
  const after = firstInRange(ix.byBoundary, attrs, sg.e - 1, sg.closeEnd + 2, boundaryKey);
  let before: Attr | undefined;
  if (!after) {
    before = firstInRange(ix.byContent, attrs, sg.open - 3, sg.open + 1, contentKey);
    if (!before) {
      const si = sentOf(d, sg.s);
      let k = 0;
      if (ix.bySent) {
        let lo = 0;
        let hi = attrs.length;
        while (lo < hi) {
          const m = (lo + hi) >> 1;
          if (attrs[m].sent < si) lo = m + 1;
          else hi = m;
        }
        k = lo;
      }
      for (let n = 0; k < attrs.length && n < MAX_SENTENCE_ATTRS_SCANNED; k++) {
        const a = attrs[k];
        if (a.sent !== si) { if (ix.bySent) break; continue; }
        n++;
        if (a.form === 'preposed' && a.cueE <= sg.open && a.contentS <= sg.open && a.contentE >= sg.e - 1) { before = a; break; }
      }
    }
  }
  return { after, before };
}

/** A marked span without a real attribution that is no speech: two words or fewer, a title (`"The Last Supper"`),
 *  or a headline-like line without attributions. */
const COMMA_CLOSE = /^(?:,\s*["”'’]|["”'’]\s*,)\s*\p{L}/u;

function notSpeech(inner: string, rel: number, d: ParaData, commaClose = false, shortOk = false): boolean {
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const titleLike = words.length <= 8 && words.every((w) => /^\p{Lu}/u.test(w) || /^(of|the|and|for|in|on|a|an|to|de|la)$/.test(w)) && !/[.!?]$/.test(inner);
  const headlineLine = rel <= 1 && !/[.!?]$/.test(inner) && !d.attrs.length && !commaClose;
  if (shortOk) return words.length === 0 || (titleLike && words.some((w) => /^\p{Lu}/u.test(w)) && !/^\p{Ll}/u.test(inner)) || headlineLine;
  return words.length <= 2 || titleLike || headlineLine;
}

/** The only full name whose surname is within edit distance 1 of `w` (2 when both have 8+ letters; same first
 *  letter, 6+ letters). Callers add the document checks (see `typoTarget`). */
function fuzzySurname(personFull: Map<string, string>, w: string): string | null {
  if (w.length < 6) return null;
  let best: string | null = null;
  for (const [sur, full] of personFull) {
    if (sur[0] !== w[0] || Math.abs(sur.length - w.length) > 2 || sur === w || nx(full).words < 2) continue;
    const max = sur.length >= 8 && w.length >= 8 ? 2 : 1;
    if (editDistance(sur, w, max) <= max) { if (best) return null; best = full; }
  }
  return best;
}

const HONORIFICS = /^(mr|mrs|ms|miss|dr|sir|dame|lady|lord|madame|monsieur|herr|frau|prof|professor|the|of)$/;
/** Role words of a title chain, dots dropped (`Gov.` → `gov`); honorifics are not roles. */
function roleTitles(title: string | null): string[] {
  if (!title) return [];
  const out: string[] = [];
  for (const w of title.toLowerCase().split(/\s+/)) {
    const t = w.replace(/\./g, '');
    if (t && !HONORIFICS.test(t) && isCoreTitle(t)) out.push(t);
  }
  return out;
}

function editDistance(a: string, b: string, max: number): number {
  const prev = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    let rowMin = prev[0];
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
      rowMin = Math.min(rowMin, prev[j]);
    }
    if (rowMin > max) return max + 1;
  }
  return prev[b.length];
}

function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/**
 * `n` empty lists, made by push (not `Array.prototype.map`), each already of the kind that holds objects. The document
 * pass is one big function: when an array of another hidden class reaches its optimised code, V8 throws the code away
 * and, with background compilation (as in VS Code), runs the next analyses unoptimised until it has recompiled it.
 */
function objectList<T>(): T[] {
  const a: unknown[] = [null];
  a.length = 0;
  return a as T[];
}

function lists<T>(n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push(objectList<T>());
  return out;
}

/** The span of a mention: the previous analysis's object when it has not moved (see the entities in the output). */
function mentionSpan(c: ECand, d: DocEnt): Span {
  const m = c.memoSpan;
  if (m !== undefined && m.start === d.s && m.end === d.e) return m;
  return c.memoSpan = { start: d.s, end: d.e };
}

function sortedSpans(spans: Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const p = spans[i - 1];
    const s = spans[i];
    if (p.start > s.start || (p.start === s.start && p.end > s.end)) return false;
  }
  return true;
}

function dedupeSpans(spans: Span[]): Span[] {
  let dup = false;
  for (let i = 1; i < spans.length && !dup; i++) dup = spans[i].start === spans[i - 1].start && spans[i].end === spans[i - 1].end;
  if (!dup) return spans; // the common case: no copy
  const out: Span[] = [];
  for (const s of spans) {
    const p = out[out.length - 1];
    if (p && p.start === s.start && p.end === s.end) continue;
    out.push(s);
  }
  return out;
}

/** Names, or quotes, a pronoun looks back over for its speaker at most (a news paragraph has a few dozen). */
const PRONOUN_LOOKBACK = 200;
/** More attributions than this in one sentence (real news has one or two) bound each claim by the next cue. */
const CROWDED_SENTENCE = 3;
/** Longest claim without a quote, in characters (a sentence without an end runs on for megabytes). */
const MAX_CLAIM = 4000;

/** The last word boundary in text[s, e] (a whitespace character's offset), or e when there is none after s. */
function cutAtSpace(text: string, s: number, e: number): number {
  for (let i = e; i > s; i--) if (isSpace(text.charCodeAt(i))) return i;
  return e;
}

/** Longest appositive read as a role, as written (the role itself must be at most 200 characters). */
const MAX_ROLE_SOURCE = 1000;

function cleanRole(r: string): string | null {
  // An appositive running on for pages is no role; the regular expressions below never see more than this.
  if (r.length > MAX_ROLE_SOURCE) return null;
  // An age (`Elena Ruiz, 71, who ...`) is no role; what follows it may be.
  const t = r.replace(/\s+/g, ' ').trim().replace(/[,;:]$/, '').replace(/^\d{1,3}(?:,\s*|$)/, '');
  // A relative clause (`who cut short a trip`) or a quote is not a role.
  if (/^(who|which|whose|whom|that|where|when|while|in|at|on|speaking|said|says)\b/i.test(t) || /["“”]/.test(t)) return null;
  if (t.length < 3 || t.length > 200) return null;
  return t;
}

const SPEECH_WORDS = new Set(['i', 'we', 'our', 'us', 'my', 'me', 'you', 'your', 'ive', 'im', 'weve', 'youre', 'youve', 'id',
  'is', 'are', 'am', 'isnt', 'arent', 'will', 'wont', 'would', 'wouldnt', 'should', 'shouldnt', 'can', 'cant', 'cannot',
  'could', 'couldnt', 'must', 'may', 'might', 'do', 'dont', 'does', 'doesnt', 'have', 'has', 'hes', 'shes', 'its', 'theres',
  'thats', 'theyre', 'whats', 'lets', 'need', 'needs', 'want', 'wants', 'think', 'thinks', 'believe', 'know', 'knows']);
/** A sentence that could be speech rather than past-tense narration. */
function speechLike(d: ParaData, si: number): boolean {
  const sn = d.sents[si];
  const lex = lexicon();
  for (let i = sn.t0; i < sn.t1; i++) {
    const t = d.toks[i];
    if (t.kind !== K.Word) continue;
    if (SPEECH_WORDS.has(t.lower)) return true;
    const tag = lex.common.get(t.lower);
    if (tag === 'PresentTense' || tag === 'Modal' || tag === 'Imperative') return true;
  }
  return false;
}

const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|we|We|our|Our|us|my|My|me|ive|Ive|im|Im|weve|Weve|myself|ourselves|you|You|your|Your|youll|youre|youve)(?=[^\p{L}]|$)/u;
function firstPerson(s: string): boolean {
  return FIRST_PERSON.test(s);
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Number of runs of letters/digits (as s.match(/[\p{L}\p{N}]+/gu).length), without allocating. */
/** True when one of the `; `-separated parts of a role is an appositive (`a former ...`, `the head of ...`). */
function hasAppositiveRole(role: string): boolean {
  return role.split('; ').some((p) => /^(a|an|the)\s/i.test(p));
}

/** Appends a role part unless the role already has it (case-insensitive). */
function addRole(role: string | null, part: string): string {
  if (!role) return part;
  const low = part.toLowerCase();
  return role.split('; ').some((p) => p.toLowerCase() === low) ? role : `${role}; ${part}`;
}

/** True when text[s, e) has at least `min` runs of letters/digits (as `match(/[\p{L}\p{N}]+/gu).length >= min`),
 *  without slicing and stopping as soon as it knows. */
function wordsAtLeast(text: string, s: number, e: number, min: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < e && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      w = WORD_CHAR.test(text.slice(i, i + 2));
      if (w && !inWord && ++n >= min) return true;
      inWord = w;
      i++;
      continue;
    } else w = WORD_CHAR.test(text[i]);
    if (w && !inWord && ++n >= min) return true;
    inWord = w;
  }
  return n >= min;
}

const TRIM_END = /[\s,;:\u2014\u2013-]/;
function trimEnd(text: string, s: number, e: number): number {
  while (e > s) {
    const c = text.charCodeAt(e - 1);
    // Letters, digits and closing punctuation (the usual last character) end it without a regular expression.
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 34 || c === 33 || c === 63) break;
    if (!TRIM_END.test(text[e - 1])) break;
    e--;
  }
  return e;
}

/** First index whose key is greater than `v` (arr sorted by key). */
function upperBound<T>(arr: T[], v: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (key(arr[m]) <= v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

function sentOf(d: ParaData, relPos: number): number {
  let lo = 0;
  let hi = d.sents.length - 1;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (relPos < d.sents[m].e) hi = m;
    else lo = m + 1;
  }
  return lo;
}

function sentOfAbs(u: Unit, abs: number): number {
  return sentOf(u.data, abs - u.start);
}

function nearestAttr(attrs: Attr[], rel: number): Attr | null {
  if (attrs.length > MANY_ATTRS) {
    // Through the index: the nearest cue on the left (the first of equal ones) or on the right; the left one on a tie.
    const ix = indexAttrs(attrs).byCue;
    if (!ix.length) return null;
    const r = lowerBoundIdx(ix, attrs, rel + 1, cueKey); // first cue after rel
    let l = r - 1;
    while (l > 0 && attrs[ix[l - 1]].cueS === attrs[ix[l]].cueS) l--;
    if (l < 0) return attrs[ix[r]];
    if (r >= ix.length) return attrs[ix[l]];
    const dl = rel - attrs[ix[l]].cueS;
    const dr = attrs[ix[r]].cueS - rel;
    // (Equal distances: the earlier in paragraph order, as the scan below picks.)
    if (dl === dr) return ix[l] < ix[r] ? attrs[ix[l]] : attrs[ix[r]];
    return dl < dr ? attrs[ix[l]] : attrs[ix[r]];
  }
  let best: Attr | null = null;
  let bd = Infinity;
  for (const a of attrs) {
    if (a.subject.kind === 'collective' || a.subject.kind === 'np') continue;
    const d = Math.abs(a.cueS - rel);
    if (d < bd) { bd = d; best = a; }
  }
  return best;
}
