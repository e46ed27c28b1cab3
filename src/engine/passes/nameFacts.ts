// Facts about a name or a title chain as written, computed once per distinct string (split from passes/names.ts, which
// re-exports them): names repeat across paragraphs and across analyses.
import { isCoreTitle } from '../entities';
import { FEMALE_TITLES, MALE_TITLES } from '../lexicon';
import { lastWord } from './util';
import type { DocEnt } from './state';
import { ownString } from '../ownString';

/** Generational suffixes after a surname (`Joseph R. Biden Jr.`): the surname is the word before. */
const NAME_SUFFIX = /\s+(?:jr\.?|sr\.?|ii|iii|iv)$/i;
const surname = (s: string): string => {
  const m = NAME_SUFFIX.exec(s);
  return m && m.index > 0 ? lastWord(s.slice(0, m.index).replace(/,$/, '')) : lastWord(s);
};

/** Facts about a name, computed once per distinct string: names repeat across paragraphs and across analyses. */
export interface NameX {
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
export function nx(s: string): NameX {
  let x = nameMemo.get(s);
  if (x) return x;
  if (nameMemo.size >= 100_000) nameMemo.clear();
  s = ownString(s); // (kept across analyses: neither the key nor its facts may be slices of a document)
  const low = s.toLowerCase();
  x = { low, sur: surname(s), words: s.split(/\s+/).length, spaced: /\s/.test(s), pKey: 'p:' + low, oKey: 'o:' + low.replace(/^the\s+/, '') };
  nameMemo.set(s, x);
  return x;
}

/** Facts about a title chain as written (`retired Gen.`, `Ms`), computed once per distinct string. */
export interface TitleX {
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
export function tx(title: string): TitleX {
  let x = titleMemo.get(title);
  if (x) return x;
  if (titleMemo.size >= 10_000) titleMemo.clear();
  title = ownString(title);
  const t = title.toLowerCase().split(/\s+/);
  const honorific = t.some((w) => FEMALE_TITLES.has(w)) ? 'f' : t.some((w) => MALE_TITLES.has(w)) ? 'm' : null;
  const gender = t.some((w) => FEMALE_TITLES.has(w) || (isCoreTitle(w) && w.endsWith('woman'))) ? 'f'
    : t.some((w) => MALE_TITLES.has(w) || (isCoreTitle(w) && w.endsWith('man') && !w.endsWith('woman'))) ? 'm' : null;
  const isRole = t.filter((w) => !/^(mr|mrs|ms|miss|dr|sir|dame)\.?$/.test(w)).some((w) => isCoreTitle(w));
  x = { roles: roleTitles(title), honorific, gender, isRole };
  titleMemo.set(title, x);
  return x;
}

const HONORIFICS = /^(mr|mrs|ms|miss|dr|sir|dame|lady|lord|madame|monsieur|herr|frau|prof|professor|the|of)$/;
/** Role words of a title chain, dots dropped (`Gov.` → `gov`); honorifics are not roles. */
export function roleTitles(title: string | null): string[] {
  if (!title) return [];
  const out: string[] = [];
  for (const w of title.toLowerCase().split(/\s+/)) {
    const t = w.replace(/\./g, '');
    if (t && !HONORIFICS.test(t) && isCoreTitle(t)) out.push(t);
  }
  return out;
}

/** What an emptied pool record holds (never read: records are filled before use). */
const NO_NAME = { canonical: '', x: { low: '', sur: '', words: 0, spaced: false, pKey: 'p:', oKey: 'o:' } as NameX, title: null, actorKey: null };
/** How many records of the names pass's pool may still hold the last document's names. */
let poolFilled = 0;
/** After the names pass used the first `n` records of its pool: shortens the pool after a much bigger document, and
 *  empties the records past `n` that an earlier document filled, so that their names (slices of its text) do not keep
 *  that text alive. Each record is emptied once after use: no more work than filling it was. */
export function trimPool(pool: DocEnt[], n: number): void {
  if (pool.length > 4 * n + 20_000) pool.length = n;
  for (let i = n; i < poolFilled && i < pool.length; i++) Object.assign(pool[i], NO_NAME);
  poolFilled = n;
}
