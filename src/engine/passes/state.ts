// The document state the passes share: the paragraphs' cached analyses (units) and what each pass adds to them.
// Passes in order (document.ts runs them): names → actors → quotes (speakers resolved as each quote is found) →
// claims → output. Each pass reads the fields the ones before it filled and fills its own.
import type { EntityType, Span } from '../types';
import type { ECand } from '../entities';
import { type CandMemo, newCandMemo } from '../entities/cand';
import type { Attr, Seg } from '../attribution';
import type { Tok, Sentence } from '../tokens';
import { lexicon, type Lexicon } from '../lexicon';
import { objectList } from './util';
import type { NameX } from './nameFacts';
import type { ParaMemo } from './paraMemo';
import { type Carry, UnitLists } from './fold';
import { ownString } from '../ownString';
export { docNameContexts, oneWordCounts, placedCounts } from './fold';

export interface ParaData {
  toks: Tok[];
  sents: Sentence[];
  ents: ECand[];
  segs: Seg[];
  attrs: Attr[];
  /** What the passes read from this analysis alone, kept with it (`paraMemo`). */
  memo?: ParaMemo;
}


export interface Unit {
  start: number;
  end: number;
  /** Body paragraph index, or -1 for the headline. */
  index: number;
  data: ParaData;
}

/** An entity candidate confirmed by the names pass, in document coordinates. */
export interface DocEnt {
  unit: number;
  cand: number;
  s: number;
  e: number;
  ts: number;
  type: EntityType;
  canonical: string;
  /** Facts about `canonical` (names.ts `nx`). */
  x: NameX;
  title: string | null;
  actorKey: string | null;
}

export interface ActorBuild {
  key: string;
  name: string;
  type: 'person' | 'organization' | 'collective';
  /** Forms as written, each once, in order of first use. */
  forms: Set<string>;
  /** The form the actors pass added last (already in `forms`: a repeat needs no lookup). */
  lastForm: string | null;
  role: string | null;
  mentions: Span[];
  first: number;
  gender: 'm' | 'f' | null;
  /** The gender is the first-name lists' only (no title nor the text said it): see listedGender.ts. */
  listed?: boolean;
  speaker: boolean;
}

/** How a quote's speaker was found. The user-facing explanation is derived from it at the end (`howText`). */
export const enum How {
  None,
  After,
  Before,
  Elsewhere,
  Subject,
  PronounSame,
  PronounEarlier,
  ContinuationAfterAttribution,
  ContinuationFromPrevious,
  AfterFollowingQuote,
  ContinuationIntoNext,
}

const HOW_TEXT: readonly string[] = [
  'no attribution found',
  'attribution after the quote',
  'attribution before the quote',
  'attribution elsewhere in the paragraph',
  'subject of the sentence',
  'pronoun in the same paragraph',
  'pronoun from an earlier paragraph',
  'continuation after an attribution',
  'continuation from the previous paragraph',
  'attribution after a following quote',
  'continuation into the next paragraph',
];

/** The explanation shown to the reader (`Quote.attribution`) for a quote found `how`, with or without a speaker. */
export function howText(how: How, resolved: boolean): string {
  const t = HOW_TEXT[how];
  return resolved || how === How.None ? t : `${t} (speaker unresolved)`;
}

export interface QuoteBuild {
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
  how: How;
  /** Marked segment chain id (for quotes running over paragraph ends). */
  chainPrev: number;
  /** Position in the document's quote list. */
  index: number;
  /** The quotation-mark segment of a marked quote. */
  seg: Seg | null;
}

/** A claim before output; `quote` is the quote it comes from (the object itself: the output pass re-sorts the quotes). */
export interface ClaimBuild { s: number; e: number; actorKey: string; quote: QuoteBuild | null; cue: string | null; paragraph: number }

export interface DocState {
  text: string;
  units: Unit[];
  lex: Lexicon;
  /** First dense candidate number of each unit (candidates numbered across units; see `ck`). */
  candBase: Int32Array;
  // ---- names pass
  /** Dense candidates used as attribution subjects. */
  speakerFlags: Uint8Array;
  /** Per dense candidate key: whether its mention speaks in its own clause (speakers.ts `speaksHere`), asked once;
   *  0 not asked yet, 1 no, 2 yes. */
  speaksMemo: Uint8Array;
  /** The key of the person actor named first in the document (the pronoun ranker's feature), once asked; null: none. */
  firstPerson?: string | null;
  /** Set while a pass reads only who speaks (claims.ts): a speaker's confidence is then never read, so the pronoun
   *  ranker, which in `confidence` mode only grades the rules' pick, need not gather candidates. */
  speakerOnly?: boolean;
  /** Sums kept from the analyzer's previous analysis (fold.ts). */
  carry: Carry;
  /** While a paragraph's names-pass answers are made: the document lookups they read (namesKept.ts `logRead`). */
  readLog?: unknown[] | null;
  /** The docEnts indices of the person mentions, in order, once the actors pass has listed them (actors.ts
   *  `entityKinds`; no pass after the names pass changes a mention's type). */
  personIdx?: readonly number[];
  /** Person actors by the head words of their roles (nominalSpeaker.ts), once asked; `quals` filled only on a tie. */
  roleIndex?: { byWord: Map<string, ActorBuild[]>; words: Map<string, Set<string>>; roleTexts: Map<string, string[]>; quals: Map<string, Set<string>> };
  /** Surname → fullest person name. */
  personFull: Map<string, string>;
  /** First word → full name, for names written surname first (surnameFirst.ts), once asked. */
  personFirst?: Map<string, string>;
  strongType: Map<string, EntityType>;
  /** How often each one-word name is written (a spelling used twice is a name of its own, not a typo). */
  oneWordCount: Map<string, number>;
  /** Role titles (`gov`, `sen`; honorifics excluded) written before each surname's full-name mentions. */
  surnameTitles: Map<string, Set<string>>;
  typoMemo: Map<string, string | null>;
  docEnts: DocEnt[];
  /** Dense candidate → docEnts index, or -1. */
  entSlots: Int32Array;
  /** Per unit, its entities in order. */
  unitEnts: DocEnt[][];
  // ---- actors pass
  actors: Map<string, ActorBuild>;
  // ---- quotes and speakers
  /** Position of each body paragraph's unit in `units`. */
  bodyPos: number[];
  /** Positions of the body paragraphs with quotation marks (`segs`), and of those with attributions, in order. */
  segPos: number[];
  attrPos: number[];
  /** Some body paragraph has a closed quotation of two words or more: stripped-quote inference is off. */
  markedDoc: boolean;
  /** In paragraph order. */
  quotes: QuoteBuild[];
  /** Per unit, its settled quotes sorted by start (read-only but through `addUnitQuote`: empty units share one list). */
  unitQuotes: QuoteBuild[][];
  /** Quotes of the paragraph being resolved (not yet in unitQuotes). */
  curPara: QuoteBuild[];
  /** Per unit, made on first use: its organisations by the last word of their name, in order. */
  orgHeads: (Map<string, DocEnt[]> | undefined)[];
  // ---- claims
  claimBuilds: ClaimBuild[];
}

export function createState(text: string, units: Unit[], carry: Carry = {}): DocState {
  // Candidates are numbered densely across units (small integers: flat arrays instead of maps of doubles).
  const candBase = new Int32Array(units.length + 1);
  for (let i = 0; i < units.length; i++) candBase[i + 1] = candBase[i] + units[i].data.ents.length;
  const total = candBase[units.length];
  const bodyPos: number[] = [];
  for (let i = 0; i < units.length; i++) if (units[i].index >= 0) bodyPos.push(i);
  const withMarks = (carry.lists ??= new UnitLists()).update(units);
  return {
    text, units, lex: lexicon(), candBase, carry,
    speakerFlags: new Uint8Array(total), speaksMemo: new Uint8Array(total), personFull: new Map(), strongType: new Map(), oneWordCount: new Map(),
    surnameTitles: new Map(), typoMemo: new Map(), docEnts: [], entSlots: new Int32Array(total).fill(-1), unitEnts: [],
    actors: new Map(),
    bodyPos, segPos: withMarks.segs, attrPos: withMarks.attrs, markedDoc: false, quotes: [], unitQuotes: noQuotes(units.length), curPara: objectList<QuoteBuild>(), orgHeads: [],
    claimBuilds: [],
  };
}

/** The one empty quote list every unit starts with (speakers.ts `addUnitQuote` gives a unit its own list with its first
 *  quote; nothing else writes these lists). Most paragraphs hold no quote: one list per paragraph was made on every
 *  analysis for nothing. */
const NO_QUOTES: readonly QuoteBuild[] = objectList<QuoteBuild>();

function noQuotes(n: number): QuoteBuild[][] {
  const out: QuoteBuild[][] = [];
  for (let i = 0; i < n; i++) out.push(NO_QUOTES as QuoteBuild[]);
  return out;
}

/** Dense key of a candidate (unit index, candidate index), or -1 when out of range. */
export function ck(st: DocState, unit: number, cand: number): number {
  return cand >= 0 && cand < st.units[unit].data.ents.length ? st.candBase[unit] + cand : -1;
}

/** The docEnts index of a dense candidate key, or undefined. */
export function entAt(st: DocState, k: number): number | undefined {
  return k >= 0 && st.entSlots[k] >= 0 ? st.entSlots[k] : undefined;
}

/** The confirmed entity of a unit's candidate, or undefined. */
export function docEntOf(st: DocState, unit: number, cand: number): DocEnt | undefined {
  const i = entAt(st, ck(st, unit, cand));
  return i === undefined ? undefined : st.docEnts[i];
}

/** The confirmed entity of a unit's candidate when it is a person with an actor, or undefined. */
export function personEntOf(st: DocState, unit: number, cand: number): DocEnt | undefined {
  const de = docEntOf(st, unit, cand);
  return de && de.actorKey && de.type === 'person' ? de : undefined;
}

export function isSpeakerCand(st: DocState, k: number): boolean {
  return k >= 0 && st.speakerFlags[k] === 1;
}

export function getActor(st: DocState, key: string, name: string, type: ActorBuild['type'], first: number): ActorBuild {
  let a = st.actors.get(key);
  if (!a) {
    a = { key, name, type, forms: new Set(), lastForm: null, role: null, mentions: objectList<Span>(), first, gender: null, speaker: false };
    st.actors.set(key, a);
  }
  return a;
}

/** Answers that read one candidate and its paragraph's analysis only (never the document), kept with the candidate
 *  object (`ECand.memoC`, slots listed in entities/cand.ts `CandMemo`): a paragraph's candidates live as long as its
 *  cached analysis, so each is asked once, not on every edit. Only text inside the candidate's paragraph may be read:
 *  a neighbouring paragraph can change while this one stays. (A property of the candidate, where a WeakMap per answer
 *  cost a hash lookup per mention and answer on every edit.) `appoRole`, kept per attribution, stays a WeakMap. */
export const candMemo = {
  /** actors.ts: the cleaned role of an attribution's appositive (`William Taylor, a former envoy, said`), or null. */
  appoRole: new WeakMap<Attr, string | null>(),
};

/** The answer kept in slot `k` of `c`, made by `f(a, b, c)` the first time. `f` is a function of the module, not an
 *  arrow written at the call: a closure (and the context it captures) would be made on every call, on the edit path
 *  thousands of times per edit, even when the kept answer is returned. */
export function memoCand<K extends keyof CandMemo, A, B>(k: K, c: ECand, f: (a: A, b: B, c: ECand) => Exclude<CandMemo[K], undefined>, a: A, b: B): Exclude<CandMemo[K], undefined> {
  const m = c.memoC ??= newCandMemo();
  let r = m[k] as Exclude<CandMemo[K], undefined> | undefined;
  if (r === undefined) {
    r = f(a, b, c);
    // (Kept on the candidate, which outlives this document's text: a string answer is an own copy, never a slice.)
    m[k] = r = (typeof r === 'string' ? ownString(r) : r) as Exclude<CandMemo[K], undefined>;
  }
  return r;
}
