// The entity candidate of one paragraph, shared by the entity finder's files and the document pass.
import type { Entity, Span } from '../types';
import type { Tok } from '../tokens';

/** `surname`: a capitalised common word alone (`Gates`, `Rice`), a person only where the document names someone in full with
 *  that surname (`Bill Gates`); the names pass decides, and the paragraph's clause finders never take it for a subject. */
export type CandType = 'person' | 'organization' | 'place' | 'group' | 'date' | 'money' | 'percent' | 'unknown' | 'surname';

export interface ECand {
  /** Name span, relative to the paragraph. */
  s: number;
  e: number;
  type: CandType;
  /** Normalised text (possessive stripped, spaces collapsed). */
  canonical: string;
  /** Start of the span including titles and pre-modifiers (`retired Gen. Wesley Clark`). */
  ts: number;
  /** Title words as written before the name, or null. */
  title: string | null;
  /** Unknown word that only counts if the document confirms it. */
  weak: boolean;
  /** Possessive candidate: the base it would link to. */
  possBase: string | null;
  /** Followed by a speech cue (`Herbst said`). */
  cueAfter: boolean;
  /** Token index range [t0, t1) of the name. */
  t0: number;
  t1: number;
  /** The classifier's club shape of the run (entities/clubs.ts), when it computed one. */
  club: 'strong' | 'weak' | null | undefined;
  /** The document pass's copies of the name as written (s..e) and with its titles (ts..e), made on first use: a
   *  candidate is cached with its paragraph's text, so these never change. Every candidate is made with these memo
   *  fields present (undefined), so that filling them in never changes the objects' shape (and V8's fast access). */
  memoText?: string;
  memoWritten?: string;
  /** Whether the word after the name makes an organisation act (`NATO said`, `the ministry has`), on first use. */
  memoActs?: boolean;
  /** The last output made for this candidate (entity, mention span), reused while it stays the same. */
  memoEnt?: Entity;
  memoSpan?: Span;
  /** The learned typer's scores from the paragraph alone: [weights version, person, organisation, place]. */
  memoTyper?: number[];
  /** The document passes' answers about this candidate that read its paragraph only (passes/state.ts `memoCand`). */
  memoC?: CandMemo;
}

/** The slots of `ECand.memoC`, each undefined until asked (all present from the start: one object shape). */
export interface CandMemo {
  /** names.ts: a known place written where a sports text names a team (`namesTeam`, before the sport test). */
  team: boolean | undefined;
  /** names.ts: a mention with no article before it and no noun after it that it modifies (`bareName`). */
  bare: boolean | undefined;
  /** actors.ts: the match of GENDER_AFTER, and possessiveAfterVerb, on the text after the mention (inside its paragraph). */
  genderAfter: RegExpExecArray | null | undefined;
  possAfter: 'm' | 'f' | null | undefined;
  /** strippedRoles.ts: the preposed role read back from the mention (`his campaign manager, Ann Lee`), or null. */
  preRole: string | null | undefined;
  /** speakers.ts: whether the mention speaks in its own clause (`speaksHereUncached`), when all it reads is inside the
   *  paragraph (`speaksKept`). */
  speaks: boolean | undefined;
  /** actors.ts: the cleaned role of an appositive after a person's mention (`appositiveAfter`), or null. */
  appoAfter: string | null | undefined;
  /** sentenceSubject.ts: a speech or naming verb follows the mention (`readNearCue`, for `nearSpeaker`), when all it reads is inside the
   *  paragraph. */
  nearCue: boolean | undefined;
}

export function newCandMemo(): CandMemo {
  return { team: undefined, bare: undefined, genderAfter: undefined, possAfter: undefined, preRole: undefined, speaks: undefined, appoAfter: undefined, nearCue: undefined };
}

/** A candidate with no title, no possessive and the memo fields present (one object shape, see ECand). */
export function makeCand(s: number, e: number, type: CandType, canonical: string, t0: number, t1: number): ECand {
  return {
    s, e, type, canonical, ts: s, title: null, weak: false, possBase: null, cueAfter: false, t0, t1, club: undefined,
    memoText: undefined, memoWritten: undefined, memoActs: undefined, memoEnt: undefined, memoSpan: undefined, memoTyper: undefined, memoC: undefined,
  };
}

/** A person named by tokens [a, b), with the title words from token `ts` (ts === a: none). */
export function titledPerson(text: string, toks: Tok[], a: number, b: number, ts: number, cueAfter: boolean): ECand {
  const s = toks[a].s;
  const e = toks[b - 1].e;
  const c = makeCand(s, e, 'person', text.slice(s, e), a, b);
  c.ts = toks[ts].s;
  c.title = ts < a ? text.slice(toks[ts].s, toks[a - 1].e) : null;
  c.cueAfter = cueAfter;
  return c;
}
