// Property tests of the corrections core: random corrections on random (consistent) analyses, and on
// the real analysis of the sample seed, never throw and always give a consistent Analysis.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/engine';
import type { Actor, Analysis, Claim, Entity, Quote } from '../../src/engine/types';
import { applyCorrections, type Correction, type CorrectionTarget, makeTarget, parseCorrections, serializeCorrections } from '../../src/corrections';
import { toSeedJson } from '../../src/export/json';
import { checkSeedJson, SAMPLE } from './exportFixtures';
import { checkInvariants } from './correctionsHelpers';

const WORDS = ['Biden', 'Mr. Clark', 'said', 'NATO', '"', '“', '”', 'he', '.', ',', '\n', '\r\n', '😀', 'Kyiv', 'the', 'talks'];
const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 80 }).map((w) => w.join(' '));
const NAMES = ['Biden', 'Joseph R. Biden Jr.', 'Wesley Clark', 'NATO', 'analysts', 'Jane Doe'];
const TYPES = ['person', 'organization', 'place', 'date', 'group'];

function boundaries(text: string): number[] {
  const out = [0];
  let i = 0;
  for (const ch of text) {
    i += ch.length;
    out.push(i);
  }
  return out;
}

/** A consistent random analysis on `text`: actors with mentions, linked entities, quotes with claims. */
function randomAnalysis(text: string, picks: number[], nActors: number): Analysis {
  const real = analyze(text);
  const b = boundaries(text);
  const cuts = [...new Set(picks.map((p) => b[p % b.length]))].sort((x, y) => x - y);
  const actors: Actor[] = NAMES.slice(0, nActors).map((name, i) => ({
    id: `a${i}`, name, type: i % 3 === 2 ? 'collective' : i % 2 ? 'organization' : 'person', aliases: i % 2 ? [] : [`Mr. ${name}`], role: null,
    mentions: [], quotes: [], claims: [],
  }));
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  const claims: Claim[] = [];
  for (let k = 0; k + 1 < cuts.length; k += 2) {
    const start = cuts[k];
    const end = cuts[k + 1];
    const r = picks[k] ?? k;
    if ((k / 2) % 2 === 0) {
      const type = TYPES[r % TYPES.length];
      const actor = (type === 'person' || type === 'organization') && actors.length ? actors[r % actors.length] : undefined;
      entities.push({ id: `e${k}`, start, end, text: text.slice(start, end), type, canonical: actor?.name ?? text.slice(start, end), ...(actor ? { actor: actor.id } : {}) });
      if (actor) actor.mentions.push({ start, end });
    } else {
      const speaker = actors.length && r % 3 ? actors[r % actors.length] : null;
      const q: Quote = { id: `q${k}`, start, end, text: text.slice(start, end), speaker: speaker?.id ?? null, cue: 'said', cueSpan: null,
        speakerSpan: speaker?.mentions.at(-1) ?? null, kind: 'direct', confidence: 0.5, marked: false, attribution: 'x', paragraph: 0 };
      quotes.push(q);
      if (speaker) claims.push({ id: `c${k}`, actor: speaker.id, text: q.text, start, end, quote: q.id, cue: 'said', paragraph: 0 });
    }
  }
  for (const a of actors) {
    a.quotes = quotes.filter((q) => q.speaker === a.id).map((q) => q.id);
    a.claims = claims.filter((c) => c.actor === a.id).map((c) => c.id);
  }
  return { ...real, entities, actors, quotes, claims };
}

/** A target: a random span of the text (with or without context, sometimes shifted), or text that is not there. */
function targetArb(text: string): fc.Arbitrary<CorrectionTarget> {
  const b = boundaries(text);
  return fc.oneof(
    fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.integer({ min: -20, max: 20 })).map(([x, y, ctx, shift]) => {
      let s = b[x % b.length];
      let e = b[y % b.length];
      if (s > e) [s, e] = [e, s];
      if (s === e) e = b[Math.min(b.length - 1, b.indexOf(s) + 1)];
      const t = makeTarget(text, { start: s, end: e }, ctx ? 8 : 0);
      return { ...t, exact: t.exact || 'x', start: Math.max(0, t.start + shift) };
    }),
    fc.record({ exact: fc.string({ minLength: 1, maxLength: 8 }), start: fc.nat(200) }),
  );
}

function correctionArb(text: string): fc.Arbitrary<Correction> {
  const target = targetArb(text);
  const name = fc.oneof(fc.constantFrom(...NAMES, 'Mr. Biden', 'a0', 'Nobody'), fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim().length > 0 && s.trim() === s));
  return fc.oneof(
    fc.record({ op: fc.constant('speaker' as const), target, speaker: fc.option(name, { nil: null }) }),
    fc.record({ op: fc.constant('notQuote' as const), target }),
    fc.record({ op: fc.constant('quote' as const), target, speaker: fc.option(name, { nil: null }) }),
    fc.record({ op: fc.constant('entityType' as const), target, type: fc.constantFrom(...TYPES) }),
    fc.record({ op: fc.constant('notEntity' as const), target }),
    fc.record({ op: fc.constant('mergeActors' as const), actors: fc.array(name, { minLength: 2, maxLength: 3 }), name: fc.option(name, { nil: undefined }) })
      .map((c) => (c.name === undefined ? { op: c.op, actors: c.actors } : c)),
    fc.record({ op: fc.constant('splitActor' as const), actor: name, mentions: fc.array(target, { minLength: 1, maxLength: 3 }), name }),
    fc.record({ op: fc.constant('renameActor' as const), actor: name, name }),
  );
}

describe('corrections: properties', () => {
  it('random corrections on random analyses: never throw, keep the invariants, valid seed-reader/1', () => {
    const arb = textArb.chain((text) => fc.tuple(
      fc.constant(text),
      fc.array(fc.nat(), { maxLength: 16 }),
      fc.nat(NAMES.length),
      fc.array(correctionArb(text), { maxLength: 8 }),
    ));
    fc.assert(fc.property(arb, ([text, picks, nActors, corrections]) => {
      const a = randomAnalysis(text, picks, nActors);
      checkInvariants(a, text);
      const frozen = JSON.stringify(a);
      const out = applyCorrections(a, text, corrections);
      assert.equal(JSON.stringify(a), frozen, 'the input analysis is not changed');
      assert.equal(out.results.length, corrections.length);
      checkInvariants(out.analysis, text);
      checkSeedJson(toSeedJson({ analysis: out.analysis, text, fileName: 'r.txt' }), text);
      // The sidecar round trip gives the same corrections.
      assert.deepEqual(parseCorrections(serializeCorrections({ corrections })).corrections, JSON.parse(JSON.stringify(corrections)));
    }), { numRuns: 400 });
  });

  it('corrections whose text and actors are all gone change nothing: every one orphaned, the same analysis', () => {
    const gone = fc.record({ exact: fc.string({ minLength: 1, maxLength: 6 }).map((s) => `§${s}`), start: fc.nat(100) });
    const nobody = fc.string({ minLength: 1, maxLength: 5 }).map((s) => `Nobody ${s.trim() || 'x'}`);
    const corr: fc.Arbitrary<Correction> = fc.oneof(
      fc.record({ op: fc.constant('speaker' as const), target: gone, speaker: nobody }),
      fc.record({ op: fc.constant('notQuote' as const), target: gone }),
      fc.record({ op: fc.constant('quote' as const), target: gone }),
      fc.record({ op: fc.constant('entityType' as const), target: gone, type: fc.constantFrom(...TYPES) }),
      fc.record({ op: fc.constant('notEntity' as const), target: gone }),
      fc.record({ op: fc.constant('mergeActors' as const), actors: fc.array(nobody, { minLength: 2, maxLength: 3 }) }),
      fc.record({ op: fc.constant('splitActor' as const), actor: nobody, mentions: fc.array(gone, { minLength: 1, maxLength: 2 }), name: nobody }),
      fc.record({ op: fc.constant('renameActor' as const), actor: nobody, name: nobody }),
    );
    fc.assert(fc.property(textArb, fc.array(fc.nat(), { maxLength: 16 }), fc.array(corr, { minLength: 1, maxLength: 6 }), (text, picks, corrections) => {
      const a = randomAnalysis(text.replace(/§/g, ''), picks, 4);
      const out = applyCorrections(a, text.replace(/§/g, ''), corrections);
      assert.ok(out.results.every((r) => r.status === 'orphaned'));
      assert.equal(out.analysis, a);
    }), { numRuns: 200 });
  });

  it('random corrections on the real analysis of the sample seed keep the invariants', () => {
    const base = analyze(SAMPLE);
    const spans = [...base.quotes, ...base.entities, ...base.actors.flatMap((x) => x.mentions)];
    const names = base.actors.map((x) => x.name);
    const target = fc.nat(spans.length - 1).map((i) => makeTarget(SAMPLE, spans[i]));
    const name = fc.oneof(fc.constantFrom(...names), fc.constant('New Person'));
    const corr: fc.Arbitrary<Correction> = fc.oneof(
      fc.record({ op: fc.constant('speaker' as const), target, speaker: fc.option(name, { nil: null }) }),
      fc.record({ op: fc.constant('notQuote' as const), target }),
      fc.record({ op: fc.constant('quote' as const), target, speaker: name }),
      fc.record({ op: fc.constant('entityType' as const), target, type: fc.constantFrom(...TYPES) }),
      fc.record({ op: fc.constant('notEntity' as const), target }),
      fc.record({ op: fc.constant('mergeActors' as const), actors: fc.array(name, { minLength: 2, maxLength: 3 }) }),
      fc.record({ op: fc.constant('splitActor' as const), actor: name, mentions: fc.array(target, { minLength: 1, maxLength: 3 }), name }),
      fc.record({ op: fc.constant('renameActor' as const), actor: name, name: fc.constantFrom('Renamed One', 'NATO', 'Biden') }),
    );
    fc.assert(fc.property(fc.array(corr, { maxLength: 12 }), (corrections) => {
      const out = applyCorrections(base, SAMPLE, corrections);
      checkInvariants(out.analysis, SAMPLE);
      checkSeedJson(toSeedJson({ analysis: out.analysis, text: SAMPLE, fileName: 'sample.txt' }), SAMPLE);
      for (const r of out.results) assert.notEqual(r.status === 'orphaned' && /not applied:/.test(r.message), true, r.message);
    }), { numRuns: 150 });
  });
});
