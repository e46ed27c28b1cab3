// Editing a sidecar: pure functions for the editor (Quick Fix, commands) to build, add and remove
// corrections. Each returns a new CorrectionsFile; none mutates its argument.
import type { Actor, Entity, Quote, Span } from '../engine/types';
import { makeTarget, resolveTarget } from './anchor';
import { CORRECTIONS_SCHEMA, type Correction, type CorrectionsFile, type CorrectionTarget } from './types';

function targetKey(t: CorrectionTarget): string {
  return `${t.start}\u0000${t.exact}`;
}

/** Ops that say what a span is as a quote, or as an entity: a later one on the same text replaces an earlier one. */
const QUOTE_OPS = new Set(['speaker', 'notQuote', 'quote']);
const ENTITY_OPS = new Set(['entityType', 'notEntity']);

function family(op: string): Set<string> | null {
  return QUOTE_OPS.has(op) ? QUOTE_OPS : ENTITY_OPS.has(op) ? ENTITY_OPS : null;
}

/** True when `later` makes `earlier` pointless: same kind of statement about the same text. */
export function supersedes(later: Correction, earlier: Correction): boolean {
  const f = family(later.op);
  if (f && f.has(earlier.op) && 'target' in later && 'target' in earlier) return targetKey(later.target) === targetKey(earlier.target);
  return false;
}

/**
 * Adds `correction` at the end (corrections apply in order), dropping earlier ones it supersedes
 * (a new speaker for the same quote replaces the old correction rather than piling up).
 */
export function addCorrection(file: CorrectionsFile | null | undefined, correction: Correction): CorrectionsFile {
  const old = file?.corrections ?? [];
  // A new speaker for a quote the reader marked keeps it a quote of that kind.
  const given = correction;
  if (given.op === 'speaker') {
    const key = targetKey(given.target);
    const marked = old.find((c) => c.op === 'quote' && targetKey(c.target) === key);
    if (marked && marked.op === 'quote') {
      const merged: Correction = { op: 'quote', target: given.target, speaker: given.speaker };
      if (marked.kind) merged.kind = marked.kind;
      if (given.note ?? marked.note) merged.note = given.note ?? marked.note;
      correction = merged;
    }
  }
  const list = old.filter((c) => !supersedes(correction, c));
  return { schema: CORRECTIONS_SCHEMA, corrections: [...list, correction] };
}

/** Removes the correction at `index` (an undo of one correction). */
export function removeCorrection(file: CorrectionsFile, index: number): CorrectionsFile {
  return { schema: CORRECTIONS_SCHEMA, corrections: file.corrections.filter((_, i) => i !== index) };
}

/** Indices of the corrections whose target (or one of the split mentions) is found in `text` overlapping `span`. */
export function correctionsAt(file: CorrectionsFile, text: string, span: Span): number[] {
  const hits = (t: CorrectionTarget) => {
    const s = resolveTarget(text, t);
    return !!s && s.start < Math.max(span.end, span.start + 1) && span.start < s.end;
  };
  const out: number[] = [];
  file.corrections.forEach((c, i) => {
    if ('target' in c ? hits(c.target) : c.op === 'splitActor' ? c.mentions.some(hits) : false) out.push(i);
  });
  return out;
}

/** Indices of the corrections naming the actor (by its current name or an alias). */
export function correctionsOfActor(file: CorrectionsFile, actor: Pick<Actor, 'name' | 'aliases' | 'id'>): number[] {
  const names = new Set([actor.name, actor.id, ...actor.aliases].map((x) => x.toLowerCase()));
  const named = (x: string | null | undefined) => !!x && names.has(x.toLowerCase());
  const out: number[] = [];
  file.corrections.forEach((c, i) => {
    const hit = (c.op === 'speaker' && named(c.speaker)) || (c.op === 'quote' && named(c.speaker))
      || (c.op === 'mergeActors' && (c.actors.some(named) || named(c.name)))
      || ((c.op === 'splitActor' || c.op === 'renameActor') && (named(c.actor) || named(c.name)));
    if (hit) out.push(i);
  });
  return out;
}

// Builders: the correction for a thing of the analysis, anchored in `text` (with context).

export function correctSpeaker(text: string, quote: Span, speaker: string | null): Correction {
  return { op: 'speaker', target: makeTarget(text, quote), speaker };
}

export function markNotQuote(text: string, quote: Span): Correction {
  return { op: 'notQuote', target: makeTarget(text, quote) };
}

export function markQuote(text: string, selection: Span, speaker?: string | null, kind?: Quote['kind']): Correction {
  const c: Correction = { op: 'quote', target: makeTarget(text, selection) };
  if (speaker !== undefined) c.speaker = speaker;
  if (kind) c.kind = kind;
  return c;
}

export function correctEntityType(text: string, entity: Span, type: Entity['type']): Correction {
  return { op: 'entityType', target: makeTarget(text, entity), type: String(type).toLowerCase() };
}

export function markNotEntity(text: string, entity: Span): Correction {
  return { op: 'notEntity', target: makeTarget(text, entity) };
}

export function mergeActors(actors: string[], name?: string): Correction {
  return name ? { op: 'mergeActors', actors, name } : { op: 'mergeActors', actors };
}

export function splitActor(text: string, actor: string, mentions: Span[], name: string, type?: Actor['type']): Correction {
  const c: Correction = { op: 'splitActor', actor, mentions: mentions.map((m) => makeTarget(text, m)), name };
  if (type) c.type = type;
  return c;
}

export function renameActor(actor: string, name: string): Correction {
  return { op: 'renameActor', actor, name };
}
