// Pass 5, output: actor ids from their names, entities, quotes (overlaps dropped, the explanation of how the speaker
// was found derived from its kind), claims and actors in the public model. Objects unchanged since the previous
// analysis are reused (analyses are read-only; see delta.ts).
import type { Actor, Claim, Entity, Quote } from '../types';
import type { ECand } from '../entities';
import { type DocEnt, type DocState, type QuoteBuild, howText } from './state';
import { deityOf } from './paraMemo';
import { dedupeSpans, entText, seqId, seqIdList, slug, sortedSpans } from './util';
import { calibratedConfidence } from './calibration';
import { ownString } from '../ownString';
// (Entities, quotes and claims are made by the constructors of plainObjects.ts: plain objects that V8 allocates young.)
import { PlainActor, PlainClaim, PlainEntity, PlainQuote } from '../plainObjects';

/** A quote without a speaker: the speaker is a guess at best (below 0.5, shown as such). */
const NO_SPEAKER_CONFIDENCE = 0.3;

export interface Resolved {
  entities: Entity[];
  actors: Actor[];
  quotes: Quote[];
  claims: Claim[];
}

/** The output pass. */
export function outputPass(st: DocState): Resolved {
  const actorList = [...st.actors.values()].filter((a) => a.mentions.length > 0 || a.speaker);
  for (const a of actorList) {
    if (!sortedSpans(a.mentions)) a.mentions.sort((x, y) => x.start - y.start || x.end - y.end);
    a.first = a.mentions.length ? a.mentions[0].start : a.first;
  }
  actorList.sort((x, y) => x.first - y.first || (x.key < y.key ? -1 : 1));
  const ids = new Map<string, string>();
  const usedIds = new Set<string>();
  // (Per name, the number to try next: ids are only ever added, so the ones before it stay taken. Thousands of actors
  // of one name, `a friend` after `a friend`, then cost one look each.)
  const nextN = new Map<string, number>();
  for (const a of actorList) {
    const base = `actor-${slug(a.name)}`;
    let id = base;
    if (usedIds.has(id)) {
      let n = nextN.get(base) ?? 2;
      while (usedIds.has(id = `${base}-${n}`)) n++;
      nextN.set(base, n + 1);
    }
    usedIds.add(id);
    ids.set(a.key, id);
  }
  const entities = outputEntities(st, ids);
  const { outQuotes, quoteIdx } = outputQuotes(st, ids);
  const outClaims = outputClaims(st, ids, quoteIdx);
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
    return new PlainActor(id, a.name, a.type, aliases, a.role, dedupeSpans(a.mentions), quotesBySpeaker.get(id) ?? [], claimsByActor.get(id) ?? []);
  });
  return { entities, actors: outActors, quotes: outQuotes, claims: outClaims };
}

/** The entities, in order. */
function outputEntities(st: DocState, ids: Map<string, string>): Entity[] {
  const { units, text } = st;
  const { list: docEnts, cands: fromDeity } = withDeity(st);
  const n = docEnts.length;
  const entities: Entity[] = new Array(n);
  // The previous analysis's entities by index, with the candidate each came from (`Carry.entities`): before the edit
  // point nothing moves, so entity i is the same object again. (The candidate's own memo, `memoEnt`, misses when a
  // paragraph's text is repeated in the document: its copies share their candidates.)
  const prev = st.carry.entities;
  const cands: ECand[] = new Array(n);
  const idList = seqIdList('e', n);
  const prevCands = prev?.cands;
  const prevEnts = prev?.ents;
  for (let i = 0; i < n; i++) {
    const d = docEnts[i];
    const c = cands[i] = d.cand >= 0 ? units[d.unit].data.ents[d.cand] : fromDeity![i]!;
    const actor = d.actorKey ? ids.get(d.actorKey) : undefined;
    const id = idList[i];
    // The same entity as in the previous analysis (before an edit, nothing moves): that object again. Analyses are
    // read-only, so sharing is safe; it spares the garbage collector copies, and a patch (delta.ts) sees it unchanged
    // at a glance. (The same candidate at the same offset: the same text.)
    const p = prevCands !== undefined && prevCands[i] === c ? prevEnts![i] : c.memoEnt;
    if (p !== undefined && p.start === d.s && p.end === d.e && p.id === id && p.type === d.type && p.canonical === d.canonical && p.actor === actor) {
      entities[i] = p;
      continue;
    }
    // (Kept on the candidate, which outlives this text: never a slice of it. The memo is a copy already.)
    const t = entText(c, d, text);
    const ent: Entity = new PlainEntity(id, d.s, d.e, t === c.memoText ? t : ownString(t), d.type, d.canonical);
    if (actor !== undefined) ent.actor = actor;
    entities[i] = c.memoEnt = ent;
  }
  st.carry.entities = { ents: entities, cands };
  return entities;
}

/** The document's entities with the mentions of `God` (entities/deity.ts) merged in, in order: a mention overlapping
 *  an entity of its paragraph is left out. Such a mention has `cand` -1 and its candidate in `cands` (same index).
 *  The entities alone when the document has none (one look per paragraph, memoised on its tokens). */
function withDeity(st: DocState): { list: readonly OutEnt[]; cands: (ECand | undefined)[] | null } {
  const { units, unitEnts, docEnts } = st;
  let any = false;
  for (let ui = 0; ui < units.length && !any; ui++) any = deityOf(units[ui]).length > 0;
  if (!any) return { list: docEnts, cands: null };
  const list: OutEnt[] = [];
  const cands: (ECand | undefined)[] = [];
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui];
    const ue = unitEnts[ui];
    const gods = deityOf(u);
    let k = 0;
    for (const d of ue) {
      for (; k < gods.length && u.start + gods[k].e <= d.s; k++) {
        const g = gods[k];
        if (list.length && list[list.length - 1].e > u.start + g.s) continue;
        list.push(deityEnt(ui, u.start, g)); cands.push(g);
      }
      // (A mention inside this entity is skipped.)
      while (k < gods.length && u.start + gods[k].s < d.e) k++;
      list.push(d); cands.push(undefined);
    }
    for (; k < gods.length; k++) {
      const g = gods[k];
      if (list.length && list[list.length - 1].e > u.start + g.s) continue;
      list.push(deityEnt(ui, u.start, g)); cands.push(g);
    }
  }
  return { list, cands };
}

/** What the output reads of an entity. */
type OutEnt = Pick<DocEnt, 'unit' | 'cand' | 's' | 'e' | 'type' | 'canonical' | 'actorKey'>;

function deityEnt(unit: number, start: number, g: ECand): OutEnt {
  return { unit, cand: -1, s: start + g.s, e: start + g.e, type: 'person', canonical: g.canonical, actorKey: null };
}

/** The quotes sorted by start, each one overlapping an earlier one dropped. */
function outputQuotes(st: DocState, ids: Map<string, string>): { outQuotes: Quote[]; quoteIdx: Map<QuoteBuild, string> } {
  const { quotes, text } = st;
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
    outQuotes.push(new PlainQuote(
      id, q.s, q.e, text.slice(q.s, q.e), q.actorKey ? ids.get(q.actorKey) ?? null : null,
      q.cue, q.cueSpan, q.speakerSpan, q.kind,
      calibratedConfidence(st, q, q.actorKey ? 1 : NO_SPEAKER_CONFIDENCE), q.marked,
      howText(q.how, !!q.actorKey),
      q.paragraph,
    ));
  });
  return { outQuotes, quoteIdx };
}

/** The claims sorted by span; a claim of a dropped quote (or of an actor without an id) is dropped too. */
function outputClaims(st: DocState, ids: Map<string, string>, quoteIdx: Map<QuoteBuild, string>): Claim[] {
  const { claimBuilds, text } = st;
  claimBuilds.sort((x, y) => x.s - y.s || x.e - y.e);
  const outClaims: Claim[] = [];
  for (const c of claimBuilds) {
    const actorId = ids.get(c.actorKey);
    if (!actorId) continue;
    const claim: Claim = new PlainClaim(seqId('c', outClaims.length), c.s, c.e, actorId, text.slice(c.s, c.e), c.cue, c.paragraph);
    if (c.quote) {
      const qid = quoteIdx.get(c.quote);
      if (!qid) continue;
      claim.quote = qid;
    }
    outClaims.push(claim);
  }
  return outClaims;
}
