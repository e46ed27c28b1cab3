// Pass 1, names, first step: what each paragraph adds to the document's name maps (kept per cached paragraph), and
// the maps folded over the document: surnames to the fullest person name, strong types, role titles of surnames.
import type { EntityType } from '../types';
import { firmPersonsDropped, firmShortName } from '../entities/firmShort';
import { firmsOf, paraMemo } from './paraMemo';
import { possessiveAsked, possessiveFullNames, possessiveWords, standsAlone } from './possessiveFull';
import { type DocState, type Unit, oneWordCounts } from './state';
import { particleSurname } from './util';
import { type NameX, nx, tx } from './nameFacts';
import { titledOwnS } from './titledOwnS';

/** What one paragraph adds to the document's name maps (see `collectNames`), made once per cached paragraph: its
 *  candidates are the same objects in every analysis, so an edit folds these short lists instead of every candidate.
 *  Flat arrays (key, value, key, value, ...): folding them allocates nothing. */
export interface UnitNames {
  /** The name facts of each candidate's canonical name (parallel to the candidates). */
  xs: NameX[];
  /** Candidates used as attribution subjects. */
  speakers: number[];
  /** One-word names (lower case), each with how often the paragraph writes it. */
  oneWord: (string | number)[];
  /** Names with their strong type, the paragraph's first per name. */
  strong: (string | EntityType)[];
  /** Surnames, each with the paragraph's first fullest person name and its number of words. */
  persons: (string | number)[];
  /** Surnames, each with the role titles written before a full-name mention (once per mention). */
  titles: (string | string[])[];
  /** One-word names as written, no possessive read into them (lower case; possessiveFull.ts). */
  bare: string[];
  /** One-word names in `s` that stand alone, owning no word after them (lower case; possessiveFull.ts). */
  standing: string[];
  /** Surnames, each with the first word of a full person name that has it (every such mention; possessiveFull.ts). */
  firsts: string[];
  /** One-word names written after a title (`Mr. Quenby`, lower case; possessiveFull.ts). */
  titled: string[];
}

export function unitNames(u: Unit): UnitNames {
  const ents = u.data.ents;
  const memo = paraMemo(u.data);
  let r = memo.names;
  if (r) return r;
  r = { xs: [], speakers: [], oneWord: [], strong: [], persons: [], titles: [], bare: [], standing: [], firsts: [], titled: [] };
  for (const a of u.data.attrs) {
    if (a.subject.kind === 'entity' && a.subject.ent >= 0 && a.subject.ent < ents.length) r.speakers.push(a.subject.ent);
  }
  const oneWord = new Map<string, number>();
  const strong = new Map<string, EntityType>();
  const persons = new Map<string, { words: number; canonical: string }>();
  for (const c of ents) {
    const x = nx(c.canonical);
    r.xs.push(x);
    if (c.t1 - c.t0 === 1 && c.type !== 'surname') oneWord.set(x.low, (oneWord.get(x.low) ?? 0) + 1);
    if (c.t1 - c.t0 === 1 && c.possBase === null && u.data.toks[c.t0].lower === x.low) { r.bare.push(x.low); if (c.title) r.titled.push(x.low); }
    if (c.t1 - c.t0 === 1 && u.data.toks[c.t0].lower.endsWith('s') && standsAlone(u.data.toks, c.t0)) r.standing.push(u.data.toks[c.t0].lower);
    if (c.weak || c.type === 'unknown') continue;
    if (c.type === 'person') {
      const prev = persons.get(x.sur);
      if (!prev || prev.words < x.words) persons.set(x.sur, { words: x.words, canonical: c.canonical });
      const bare = x.spaced ? particleSurname(x.sur) : ''; if (bare && !persons.has(bare)) persons.set(bare, { words: x.words, canonical: c.canonical }); // `Assad` after `Bashar al-Assad`
      if (c.title && x.spaced) r.titles.push(x.sur, tx(c.title).roles);
      if (x.spaced) r.firsts.push(x.sur, x.low.slice(0, x.low.indexOf(' ')));
    }
    if (!strong.has(x.low)) strong.set(x.low, c.type as EntityType);
    // (`Quillmore` after `Quillmore Partners`: entities/firmShort.ts.)
    const short = c.type === 'organization' && c.t0 >= 0 ? firmShortName(u.data.toks, c.t0, c.t1) : null;
    if (short && !strong.has(short)) strong.set(short, 'organization');
  }
  for (const [low, n] of oneWord) r.oneWord.push(low, n);
  for (const [low, t] of strong) r.strong.push(low, t);
  for (const [sur, p] of persons) r.persons.push(sur, p.canonical, p.words);
  memo.names = r;
  return r;
}

/** Names, types and titles over the whole document (the maps the candidates are then resolved against). */
export function collectNames(st: DocState): void {
  const { units, personFull, strongType, surnameTitles } = st;
  st.oneWordCount = oneWordCounts(st.carry, units, (u) => unitNames(u).oneWord); // (summed across edits: fold.ts)
  for (let ui = 0; ui < units.length; ui++) {
    const r = unitNames(units[ui]);
    const base = st.candBase[ui];
    for (let i = 0; i < r.speakers.length; i++) st.speakerFlags[base + r.speakers[i]] = 1;
    // The document's first fullest name of each surname: the paragraph's first fullest, if fuller than the earlier ones.
    const ps = r.persons;
    for (let i = 0; i < ps.length; i += 3) {
      const prev = personFull.get(ps[i] as string);
      if (prev === undefined || nx(prev).words < (ps[i + 2] as number)) personFull.set(ps[i] as string, ps[i + 1] as string);
    }
    const ts = r.titles;
    for (let i = 0; i < ts.length; i += 2) {
      let set = surnameTitles.get(ts[i] as string);
      if (!set) surnameTitles.set(ts[i] as string, set = new Set());
      for (const t of ts[i + 1] as string[]) set.add(t);
    }
    const sg = r.strong;
    for (let i = 0; i < sg.length; i += 2) if (!strongType.has(sg[i] as string)) strongType.set(sg[i] as string, sg[i + 1] as EntityType);
  }
  // `shares of Quarnex`, `Quarnex, the drug maker,`: a one-word name written where only a firm stands is the document's
  // organisation, unless a person of that surname is named in full (entities/firmEvidence.ts).
  for (const u of units) for (const w of firmsOf(u)) if (!/\s/.test(personFull.get(w) ?? '')) strongType.set(w, 'organization');
  firmPersonsDropped(personFull, strongType); // `Quillmore earned` after `Quillmore Partners`: no person Quillmore (entities/firmShort.ts)
  // `Marla Quenbys speech` and `Quenby`: Marla Quenby (possessiveFull.ts; only the words it asks about, and only when it has work).
  const asked = possessiveAsked(personFull); if (asked) possessiveFullNames(personFull, possessiveWords(units.map(unitNames), asked), strongType);
  titledOwnS(units, personFull, (u) => unitNames(u).bare); // `Sen. Dorvel Pickens wear`, `Pickens said` (titledOwnS.ts)
}
