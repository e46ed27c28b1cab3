// Applying the reader's corrections on top of an analysis. Pure, never throws, never mutates its
// input: objects that change are copied (copy on write), the others are shared. The result keeps the
// invariants of `Analysis` that the editor relies on: unique ids; entities and quotes sorted and
// disjoint; claims sorted; every speaker/actor/quote reference pointing at an existing object;
// `actor.quotes`/`actor.claims` exactly the ids of its quotes/claims in text order; mentions sorted.
import type { Actor, Analysis, Entity, Span } from '../engine/types';
import { describeTarget, resolveTarget } from './anchor';
import type {
  Correction, CorrectionResult, CorrectionTarget, EntityTypeCorrection, MergeActorsCorrection, NotEntityCorrection,
  NotQuoteCorrection, QuoteCorrection, RenameActorCorrection, SpeakerCorrection, SplitActorCorrection,
} from './types';
import { Draft, overlaps, sameSpan } from './draft';

export interface ApplyOutcome {
  /** The corrected analysis (the input itself when there is no correction or every one is orphaned). */
  analysis: Analysis;
  /** One result per correction, in order. */
  results: CorrectionResult[];
  applied: number;
  unchanged: number;
  orphaned: number;
}


type Step = Omit<CorrectionResult, 'index' | 'op'>;

const gone = (t: CorrectionTarget): Step => ({ status: 'orphaned', message: `the text ${describeTarget(t)} is no longer in the seed` });

function locate(d: Draft, t: CorrectionTarget): Span | null {
  const s = resolveTarget(d.text, t);
  return s && s.end <= d.base.length ? s : null;
}

/** The span without the white space at its ends; null when nothing is left. */
function trimmed(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

const blank = (what: string): Step => ({ status: 'orphaned', message: `only white space: not ${what}` });

function speakerName(d: Draft, id: string | null): string {
  const i = d.actorIndex(id);
  return i >= 0 ? d.actors[i].name : 'an unknown speaker';
}

function opSpeaker(d: Draft, c: SpeakerCorrection): Step {
  const span = locate(d, c.target);
  if (!span) return gone(c.target);
  let i = d.quoteAt(span);
  const speaker = c.speaker === null ? null : d.speaker(c.speaker);
  if (i < 0) {
    const s = trimmed(d.text, span);
    if (!s) return blank('a quote');
    i = d.addQuote(s, 'direct');
    d.setSpeaker(i, speaker);
    return { status: 'applied', message: `marked as a quote of ${speakerName(d, speaker?.id ?? null)}`, span };
  }
  const before = d.quotes[i].speaker;
  d.setSpeaker(i, speaker);
  const q = d.quotes[i];
  return before === q.speaker
    ? { status: 'unchanged', message: `already spoken by ${speakerName(d, q.speaker)}`, span: { start: q.start, end: q.end } }
    : { status: 'applied', message: `speaker is now ${speakerName(d, q.speaker)}`, span: { start: q.start, end: q.end } };
}

function opNotQuote(d: Draft, c: NotQuoteCorrection): Step {
  const span = locate(d, c.target);
  if (!span) return gone(c.target);
  const i = d.quoteAt(span);
  if (i < 0) return { status: 'unchanged', message: 'no quote there', span };
  const q = d.quotes[i];
  d.removeQuote(i);
  return { status: 'applied', message: 'quote removed', span: { start: q.start, end: q.end } };
}

function opQuote(d: Draft, c: QuoteCorrection): Step {
  const found = locate(d, c.target);
  if (!found) return gone(c.target);
  const span = trimmed(d.text, found);
  if (!span) return blank('a quote');
  let i = d.quotes.findIndex((q) => sameSpan(q, span));
  let changed = false;
  if (i < 0) {
    for (let k = d.quotes.length - 1; k >= 0; k--) if (overlaps(d.quotes[k], span)) d.removeQuote(k);
    i = d.addQuote(span, c.kind ?? 'direct');
    changed = true;
  } else if (c.kind && d.quotes[i].kind !== c.kind) {
    d.mark(d.quotes, i).kind = c.kind;
    changed = true;
  }
  if (c.speaker !== undefined) {
    const before = d.quotes[i].speaker;
    d.setSpeaker(i, c.speaker === null ? null : d.speaker(c.speaker));
    changed ||= before !== d.quotes[i].speaker;
  } else {
    d.mark(d.quotes, i);
  }
  return changed
    ? { status: 'applied', message: `marked as a quote of ${speakerName(d, d.quotes[i].speaker)}`, span }
    : { status: 'unchanged', message: 'already a quote', span };
}

function opEntityType(d: Draft, c: EntityTypeCorrection): Step {
  const found = locate(d, c.target);
  if (!found) return gone(c.target);
  const span = trimmed(d.text, found);
  if (!span) return blank('an entity');
  let i = d.entities.findIndex((e) => sameSpan(e, span));
  if (i >= 0 && d.entities[i].type === c.type) {
    d.mark(d.entities, i);
    return { status: 'unchanged', message: `already of type ${c.type}`, span };
  }
  if (i >= 0) {
    d.mark(d.entities, i).type = c.type;
  } else {
    for (let k = d.entities.length - 1; k >= 0; k--) if (overlaps(d.entities[k], span)) d.removeEntity(k);
    const exact = d.text.slice(span.start, span.end);
    d.entities.push(d.created<Entity>({ id: d.newId('er'), start: span.start, end: span.end, text: exact, type: c.type, canonical: exact.trim() }));
    i = d.entities.length - 1;
  }
  d.linkEntity(i);
  return { status: 'applied', message: `type is now ${c.type}`, span };
}

function opNotEntity(d: Draft, c: NotEntityCorrection): Step {
  const span = locate(d, c.target);
  if (!span) return gone(c.target);
  let changed = false;
  const exact = d.entities.findIndex((e) => sameSpan(e, span));
  if (exact >= 0) {
    d.removeEntity(exact);
    changed = true;
  } else {
    for (let k = d.entities.length - 1; k >= 0; k--) {
      if (overlaps(d.entities[k], span)) {
        d.removeEntity(k);
        changed = true;
      }
    }
  }
  for (const a of [...d.actors]) {
    for (const m of a.mentions) {
      if (overlaps(m, span)) {
        d.dropMention(a.id, m);
        changed = true;
      }
    }
  }
  // A quote attributed through that text keeps its speaker, no longer the span.
  for (let i = 0; i < d.quotes.length; i++) {
    const s = d.quotes[i].speakerSpan;
    if (changed && s && overlaps(s, span)) d.mut(d.quotes, i).speakerSpan = null;
  }
  return changed ? { status: 'applied', message: 'no longer an entity', span } : { status: 'unchanged', message: 'no entity there', span };
}

function opMerge(d: Draft, c: MergeActorsCorrection): Step {
  const found: Actor[] = [];
  const missing: string[] = [];
  for (const ref of c.actors) {
    const i = d.findActor(ref);
    if (i < 0) missing.push(ref);
    else if (!found.includes(d.actors[i])) found.push(d.actors[i]);
  }
  if (found.length === 0) return { status: 'orphaned', message: `no actor ${missing.map((x) => `"${x}"`).join(', ')} in the analysis` };
  if (found.length === 1) {
    // Already one actor (or the others are gone): the name still applies.
    const i = d.actors.indexOf(found[0]);
    const note = missing.length ? ` (not found: ${missing.map((x) => `"${x}"`).join(', ')})` : '';
    if (c.name && c.name.trim() !== found[0].name) {
      const step = opRename(d, { op: 'renameActor', actor: found[0].id, name: c.name });
      return { ...step, message: `${step.message}; nothing else to merge${note}` };
    }
    d.mark(d.actors, i);
    return { status: 'unchanged', message: `"${found[0].name}" is already one actor${note}` };
  }
  const wanted = c.name?.trim();
  const into = (wanted && (found.find((a) => a.name === wanted) ?? found.find((a) => a.name.toLowerCase() === wanted.toLowerCase()))) || found[0];
  const ti = d.actors.indexOf(into);
  const t = d.mark(d.actors, ti);
  const name = wanted || t.name;
  const others = found.filter((a) => a !== into);
  const aliases = [t.name, ...t.aliases];
  for (const o of others) aliases.push(o.name, ...o.aliases);
  t.name = name;
  t.aliases = [...new Set(aliases)].filter((x) => x !== name);
  t.role = t.role ?? others.find((o) => o.role)?.role ?? null;
  for (const o of others) t.mentions.push(...o.mentions);
  const ids = new Set(others.map((o) => o.id));
  d.actors = d.actors.filter((a) => !ids.has(a.id));
  d.touched.add(t.id);
  d.remap(ids, t);
  const note = missing.length ? ` (not found: ${missing.map((x) => `"${x}"`).join(', ')})` : '';
  return { status: 'applied', message: `merged ${found.map((a) => `"${a.name}"`).join(', ')} into "${name}"${note}` };
}

function opSplit(d: Draft, c: SplitActorCorrection): Step {
  const si = d.findActor(c.actor);
  if (si < 0) return { status: 'orphaned', message: `no actor "${c.actor}" in the analysis` };
  const src = d.actors[si];
  const spans: Span[] = [];
  let lost = 0;
  for (const t of c.mentions) {
    const s = locate(d, t);
    if (!s) {
      lost++;
      continue;
    }
    const isMention = src.mentions.some((m) => sameSpan(m, s))
      || d.entities.some((e) => e.actor === src.id && sameSpan(e, s))
      || d.quotes.some((q) => q.speaker === src.id && sameSpan(q.speakerSpan, s));
    if (isMention && !spans.some((x) => sameSpan(x, s))) spans.push(s);
  }
  if (spans.length === 0) {
    return { status: 'orphaned', message: lost === c.mentions.length ? `the mentions of "${src.name}" to split are no longer in the seed` : `none of the given mentions is a mention of "${src.name}"` };
  }
  let di = d.findActor(c.name, src.id);
  if (di < 0) di = d.newActor(c.name, c.type ?? src.type);
  const dest = d.mark(d.actors, di);
  const s = d.mark(d.actors, d.actorIndex(src.id));
  const moved = spans.map((x) => d.text.slice(x.start, x.end).trim());
  s.mentions = s.mentions.filter((m) => !spans.some((x) => sameSpan(x, m)));
  const remaining = new Set(s.mentions.map((m) => d.text.slice(m.start, m.end).trim()));
  s.aliases = s.aliases.filter((a) => !moved.includes(a) || remaining.has(a));
  for (const x of spans) d.addMention(d.actorIndex(dest.id), x);
  for (const m of moved) if (m && m !== dest.name && !dest.aliases.includes(m)) dest.aliases.push(m);
  d.touched.add(src.id);
  d.touched.add(dest.id);
  for (let i = 0; i < d.entities.length; i++) {
    if (d.entities[i].actor === src.id && spans.some((x) => sameSpan(x, d.entities[i]))) {
      const e = d.mark(d.entities, i);
      e.actor = dest.id;
      e.canonical = dest.name;
    }
  }
  for (let i = 0; i < d.quotes.length; i++) {
    const q = d.quotes[i];
    if (q.speaker === src.id && q.speakerSpan && spans.some((x) => sameSpan(x, q.speakerSpan!))) d.setSpeaker(i, d.actors[d.actorIndex(dest.id)]);
  }
  const note = lost ? ` (${lost} mention${lost === 1 ? '' : 's'} no longer in the seed)` : '';
  return { status: 'applied', message: `moved ${spans.length} mention${spans.length === 1 ? '' : 's'} of "${src.name}" to "${dest.name}"${note}` };
}

function opRename(d: Draft, c: RenameActorCorrection): Step {
  const i = d.findActor(c.actor);
  if (i < 0) return { status: 'orphaned', message: `no actor "${c.actor}" in the analysis` };
  const name = c.name.trim();
  const old = d.actors[i].name;
  if (old === name) {
    d.mark(d.actors, i);
    return { status: 'unchanged', message: `already called "${name}"` };
  }
  const a = d.mark(d.actors, i);
  a.name = name;
  a.aliases = [old, ...a.aliases].filter((x, k, all) => x !== name && all.indexOf(x) === k);
  for (let k = 0; k < d.entities.length; k++) if (d.entities[k].actor === a.id) d.mut(d.entities, k).canonical = name;
  d.touched.add(a.id);
  const twin = d.actors.some((x) => x.id !== a.id && x.name === name) ? ` (another actor is also called "${name}": mergeActors joins them)` : '';
  return { status: 'applied', message: `"${old}" renamed "${name}"${twin}` };
}

function step(d: Draft, c: Correction): Step {
  switch (c.op) {
    case 'speaker': return opSpeaker(d, c);
    case 'notQuote': return opNotQuote(d, c);
    case 'quote': return opQuote(d, c);
    case 'entityType': return opEntityType(d, c);
    case 'notEntity': return opNotEntity(d, c);
    case 'mergeActors': return opMerge(d, c);
    case 'splitActor': return opSplit(d, c);
    case 'renameActor': return opRename(d, c);
    default: return { status: 'orphaned', message: `unknown op ${JSON.stringify((c as { op?: unknown }).op)}` };
  }
}

/**
 * Applies `corrections` in order to `analysis` (computed from `text`). Never throws, never mutates its
 * arguments. A correction whose text is gone is orphaned (reported, applied nowhere). Give it the entries
 * `parseCorrections` accepted; anything else is reported, not applied.
 */
export function applyCorrections(analysis: Analysis, text: string, corrections: readonly Correction[]): ApplyOutcome {
  const results: CorrectionResult[] = [];
  const outcome = (a: Analysis): ApplyOutcome => ({
    analysis: a,
    results,
    applied: results.filter((r) => r.status === 'applied').length,
    unchanged: results.filter((r) => r.status === 'unchanged').length,
    orphaned: results.filter((r) => r.status === 'orphaned').length,
  });
  if (!corrections || corrections.length === 0) return outcome(analysis);
  let d: Draft;
  try {
    d = new Draft(analysis, typeof text === 'string' ? text : '');
  } catch (err) {
    corrections.forEach((c, index) => results.push({ index, op: c?.op, status: 'orphaned', message: `not applied: ${String(err)}` }));
    return outcome(analysis);
  }
  corrections.forEach((c, index) => {
    const op = (c && typeof c === 'object' ? c.op : undefined) as Correction['op'];
    try {
      results.push({ index, op, ...step(d, c) });
    } catch (err) {
      results.push({ index, op, status: 'orphaned', message: `not applied: ${err instanceof Error ? err.message : String(err)}` });
    }
  });
  // Nothing found to correct: the input itself (keeps object identity for the editor).
  if (results.every((r) => r.status === 'orphaned')) return outcome(analysis);
  try {
    return outcome(d.finish());
  } catch (err) {
    // Should never happen; the uncorrected analysis is still consistent.
    for (const r of results) if (r.status === 'applied') Object.assign(r, { status: 'orphaned', message: `not applied: ${String(err)}` });
    return outcome(analysis);
  }
}
