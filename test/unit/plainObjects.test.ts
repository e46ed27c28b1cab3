// The constructors of src/engine/plainObjects.ts make objects that cannot be told from the object literals they
// replace: prototype Object.prototype, no constructor of their own, exactly the listed own properties in order, and
// deep-equal to the literal. And an analysis's output objects are such plain objects. Invented text only.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/engine';
import {
  ACTOR_FIELDS, CLAIM_BUILD_FIELDS, CLAIM_FIELDS, ENTITY_FIELDS, PARAGRAPH_FIELDS, PlainActor, PlainClaim, PlainClaimBuild, PlainEntity, PlainParagraph,
  PlainQuote, PlainQuoteBuild, PlainSpan, PlainUnit, QUOTE_BUILD_FIELDS, QUOTE_FIELDS, SPAN_FIELDS, UNIT_FIELDS,
} from '../../src/engine/plainObjects';
import { How } from '../../src/engine/passes/state';

/** `made` is a plain object with exactly `fields`, in that order, deep-equal to the literal `literal`. */
function samePlain(made: object, literal: object, fields: readonly string[]): void {
  assert.equal(Object.getPrototypeOf(made), Object.prototype);
  assert.equal((made as { constructor: unknown }).constructor, Object);
  assert.deepEqual(Object.keys(made), [...fields]);
  assert.deepEqual(Object.keys(literal), [...fields]);
  assert.deepStrictEqual(made, literal);
  assert.equal(JSON.stringify(made), JSON.stringify(literal));
  assert.deepStrictEqual(structuredClone(made), literal);
}

describe('plain objects made by constructor (plainObjects.ts)', () => {
  it('each constructor gives the literal it replaces', () => {
    samePlain(new PlainParagraph(4, 9, 0, 3), { start: 4, end: 9, index: 0, line: 3 }, PARAGRAPH_FIELDS);
    samePlain(new PlainEntity('e0', 4, 9, 'Quint', 'person', 'Elsa Quint'), { id: 'e0', start: 4, end: 9, text: 'Quint', type: 'person', canonical: 'Elsa Quint' }, ENTITY_FIELDS);
    const span = new PlainSpan(1, 2);
    samePlain(span, { start: 1, end: 2 }, SPAN_FIELDS);
    samePlain(new PlainQuote('q0', 10, 20, 'We will sail.', 'actor-elsa-quint', 'said', span, null, 'direct', 0.9, true, 'attribution after the quote', 1),
      { id: 'q0', start: 10, end: 20, text: 'We will sail.', speaker: 'actor-elsa-quint', cue: 'said', cueSpan: { start: 1, end: 2 }, speakerSpan: null, kind: 'direct',
        confidence: 0.9, marked: true, attribution: 'attribution after the quote', paragraph: 1 }, QUOTE_FIELDS);
    samePlain(new PlainClaim('c0', 10, 20, 'actor-elsa-quint', 'We will sail.', 'said', 1),
      { id: 'c0', start: 10, end: 20, actor: 'actor-elsa-quint', text: 'We will sail.', cue: 'said', paragraph: 1 }, CLAIM_FIELDS);
    samePlain(new PlainActor('actor-elsa-quint', 'Elsa Quint', 'person', ['Quint'], 'mayor', [span], ['q0'], ['c0']),
      { id: 'actor-elsa-quint', name: 'Elsa Quint', type: 'person', aliases: ['Quint'], role: 'mayor', mentions: [{ start: 1, end: 2 }], quotes: ['q0'], claims: ['c0'] }, ACTOR_FIELDS);
    const data = { toks: [], sents: [], ents: [], segs: [], attrs: [], memo: undefined };
    samePlain(new PlainUnit(0, 5, -1, data), { start: 0, end: 5, index: -1, data }, UNIT_FIELDS);
    samePlain(new PlainClaimBuild(3, 8, 'p:quint', null, null, 2), { s: 3, e: 8, actorKey: 'p:quint', quote: null, cue: null, paragraph: 2 }, CLAIM_BUILD_FIELDS);
    samePlain(new PlainQuoteBuild(3, 8, 2, 1, true, 2, 0.95, How.None, null),
      { s: 3, e: 8, unit: 2, paragraph: 1, marked: true, kind: 'direct', attr: null, attrUnit: 2, actorKey: null, speakerSpan: null, cue: null, cueSpan: null,
        confidence: 0.95, how: How.None, chainPrev: -1, index: -1, seg: null }, QUOTE_BUILD_FIELDS);
  });

  it('an optional field added afterwards comes last, as on the literal', () => {
    const e = new PlainEntity('e1', 0, 5, 'Quint', 'person', 'Elsa Quint');
    e.actor = 'actor-elsa-quint';
    samePlain(e, { id: 'e1', start: 0, end: 5, text: 'Quint', type: 'person', canonical: 'Elsa Quint', actor: 'actor-elsa-quint' }, [...ENTITY_FIELDS, 'actor']);
  });

  it("an analysis's paragraphs, entities, quotes, claims, actors and spans are plain objects", () => {
    const text = ['Ferry guild votes on the winter timetable', '2026-02-14', 'https://example.org/ferry-guild',
      '"We will sail on time," Mayor Elsa Quint said on Tuesday.', 'Dorian Varrow of the Wren Ferry Company said the boats were ready.'].join('\n');
    const a = createAnalyzer({ rethrow: true }).analyze(text);
    assert.ok(a.entities.length && a.quotes.length && a.claims.length && a.actors.length);
    const all: object[] = [...a.paragraphs, ...a.entities, ...a.quotes, ...a.claims, ...a.actors, ...a.actors.flatMap((x) => x.mentions)];
    for (const q of a.quotes) for (const s of [q.cueSpan, q.speakerSpan]) if (s) all.push(s);
    for (const o of all) {
      assert.equal(Object.getPrototypeOf(o), Object.prototype);
      assert.equal(Object.getOwnPropertyNames(o).includes('constructor'), false);
    }
    assert.deepStrictEqual(JSON.parse(JSON.stringify(a)), a);
  });
});
