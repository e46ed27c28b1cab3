// Invariants of an Analysis that the editor (src/editor/model.ts) and the exports rely on, checked
// after corrections are applied.
import * as assert from 'node:assert/strict';
import type { Analysis, Span } from '../../src/engine/types';

function inText(s: Span, n: number, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= n, `${what}: bad span ${s.start}-${s.end} (length ${n})`);
}

export function checkInvariants(a: Analysis, text: string): void {
  const n = a.length;
  const ids = new Set<string>();
  const unique = (id: string) => {
    assert.ok(typeof id === 'string' && id.length > 0, 'empty id');
    assert.ok(!ids.has(id), `duplicate id ${id}`);
    ids.add(id);
  };
  const actorIds = new Set(a.actors.map((x) => x.id));
  const quoteIds = new Set(a.quotes.map((x) => x.id));
  const claimIds = new Set(a.claims.map((x) => x.id));
  a.entities.forEach((e, i) => {
    unique(e.id);
    inText(e, n, `entity ${e.id}`);
    assert.equal(e.text, text.slice(e.start, e.end), `entity ${e.id} text`);
    if (i > 0) assert.ok(a.entities[i - 1].end <= e.start, `entities ${a.entities[i - 1].id} and ${e.id} overlap or are unsorted`);
    if (e.actor !== undefined) assert.ok(actorIds.has(e.actor), `entity ${e.id} → unknown actor ${e.actor}`);
  });
  a.quotes.forEach((q, i) => {
    unique(q.id);
    inText(q, n, `quote ${q.id}`);
    assert.equal(q.text, text.slice(q.start, q.end), `quote ${q.id} text`);
    if (i > 0) assert.ok(a.quotes[i - 1].end <= q.start, `quotes ${a.quotes[i - 1].id} and ${q.id} overlap or are unsorted`);
    if (q.speaker !== null) assert.ok(actorIds.has(q.speaker), `quote ${q.id} → unknown speaker ${q.speaker}`);
    assert.ok(q.confidence >= 0 && q.confidence <= 1);
  });
  a.claims.forEach((c, i) => {
    unique(c.id);
    inText(c, n, `claim ${c.id}`);
    if (i > 0) assert.ok(a.claims[i - 1].start <= c.start, 'claims unsorted');
    assert.ok(actorIds.has(c.actor), `claim ${c.id} → unknown actor ${c.actor}`);
    if (c.quote !== undefined) assert.ok(quoteIds.has(c.quote), `claim ${c.id} → unknown quote ${c.quote}`);
  });
  for (const x of a.actors) {
    unique(x.id);
    assert.ok(x.name.trim().length > 0, `actor ${x.id} without a name`);
    x.mentions.forEach((m, i) => {
      inText(m, n, `mention of ${x.id}`);
      if (i > 0) assert.ok(x.mentions[i - 1].start <= m.start, `mentions of ${x.id} unsorted`);
    });
    const quotes = a.quotes.filter((q) => q.speaker === x.id).map((q) => q.id);
    assert.deepEqual(x.quotes, quotes, `actor ${x.id}: quotes list`);
    const claims = a.claims.filter((c) => c.actor === x.id).map((c) => c.id);
    assert.deepEqual(x.claims, claims, `actor ${x.id}: claims list`);
    for (const id of x.quotes) assert.ok(quoteIds.has(id));
    for (const id of x.claims) assert.ok(claimIds.has(id));
  }
}
