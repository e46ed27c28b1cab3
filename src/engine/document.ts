// Document-level resolution over cached paragraph analyses, as explicit passes over one document state
// (passes/state.ts): names (confirm weak entity candidates, link possessives, surnames, typos and acronyms to full
// names) → actors (persons, acting organisations, genders, roles) → quotes with their speakers (marked quotes, quote
// chains across paragraphs, stripped quotes inferred; names, pronouns, continuations) → claims → output (ids, the
// public model). Cheap: linear in the number of candidates.
import { createState, type ParaData, type Unit } from './passes/state';
import type { Carry } from './passes/fold';
import { namesPass } from './passes/names';
import { actorsPass } from './passes/actors';
import { quotesPass } from './passes/quotes';
import { claimsPass } from './passes/claims';
import { outputPass, type Resolved } from './passes/output';

export type { Carry, ParaData, Unit, Resolved };

/** `carry`: what the caller's previous analysis left to reuse (index.ts; none: everything afresh). */
export function resolveDocument(text: string, units: Unit[], carry?: Carry): Resolved {
  const st = createState(text, units, carry);
  namesPass(st);
  actorsPass(st);
  quotesPass(st);
  claimsPass(st);
  return outputPass(st);
}
