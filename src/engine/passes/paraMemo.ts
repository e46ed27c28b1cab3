// Per paragraph analysis (ParaData), the answers the passes make from it alone, kept on it as properties. Read on
// every analysis for every paragraph of the document: a property read where a WeakMap lookup per paragraph and pass
// cost about four times as much (issue 12, the edit path's fifth round). Only what a paragraph's own analysis
// determines may be kept here: a neighbouring paragraph can change while this one stays.
import type { ParaData, Unit } from './state';
import type { Attr } from '../attribution';
import type { ECand } from '../entities';
import type { UnitNames } from './namesCollect';
import type { OwnSLists } from './titledOwnS';
import { firmEvidence } from '../entities/firmEvidence';
import { lowerDefinedAcronyms } from '../entities/definedAcronyms';
import { deityNames } from '../entities/deity';
import type { Claimant } from './nominalCue';

/** Answers made from one paragraph analysis alone, kept on it: read as a property on every analysis instead of a
 *  WeakMap lookup per paragraph per pass (a few per paragraph of the document on each edit). Every slot is there from
 *  the start (one object shape); undefined until asked. */
export interface ParaMemo {
  /** names.ts `unitNames`. */
  names: UnitNames | undefined;
  /** titledOwnS.ts `listsOf`. */
  ownS: OwnSLists | undefined;
  /** entities/firmEvidence.ts, over the paragraph's tokens. */
  firms: readonly string[] | undefined;
  /** entities/definedAcronyms.ts `lowerDefinedAcronyms`, over the paragraph's tokens. */
  terms: readonly string[] | undefined;
  /** entities/deity.ts `deityNames`, over the paragraph's tokens. */
  deity: readonly ECand[] | undefined;
  /** claims.ts `claimSpansOf`. */
  claims: Int32Array | undefined;
  /** actors.ts `appoAttrsOf`. */
  appo: Attr[] | undefined;
  /** nominalCue.ts `keptClaimant`: its answers by the paragraph offsets of the text they read. */
  cues: Map<string, Claimant | null> | undefined;
  /** sentenceSubject.ts `passiveBefore`: PASSIVE_NAMING's answers by the paragraph offsets of the text it reads. */
  passive: Map<string, boolean> | undefined;
}

/** The memo of a paragraph analysis (made at its first use). */
export function paraMemo(d: ParaData): ParaMemo {
  return d.memo ??= { names: undefined, ownS: undefined, firms: undefined, terms: undefined, deity: undefined, claims: undefined, appo: undefined, cues: undefined, passive: undefined };
}

/** The one-word names the paragraph writes where only a firm stands (entities/firmEvidence.ts), kept. */
export function firmsOf(u: Unit): readonly string[] {
  const m = paraMemo(u.data);
  return m.firms ??= firmEvidence(u.data.toks);
}

/** The document's acronyms defined by lower-case words (entities/definedAcronyms.ts), each paragraph's kept. */
export function documentTerms(units: readonly Unit[]): Set<string> {
  const set = new Set<string>();
  for (const u of units) {
    const m = paraMemo(u.data);
    for (const a of m.terms ??= lowerDefinedAcronyms(u.data.toks)) set.add(a);
  }
  return set;
}

/** The mentions of `God` in the paragraph (entities/deity.ts), kept. */
export function deityOf(u: Unit): readonly ECand[] {
  const m = paraMemo(u.data);
  return m.deity ??= deityNames(u.data.toks);
}
