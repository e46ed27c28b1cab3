// Look-ups the analysis tests share: find an actor, a quote or a speaker by what a reader sees.
import * as assert from 'node:assert/strict';
import type { Actor, Analysis, Quote } from '../../src/engine';

export function actorNames(a: Analysis): string {
  return a.actors.map((x) => `${x.name} (${x.type})`).join(', ');
}

export function actorByName(a: Analysis, name: string): Actor {
  const x = a.actors.find((y) => y.name === name);
  assert.ok(x, `actor ${name} not found among ${actorNames(a)}`);
  return x;
}

export function speakerName(a: Analysis, q: Quote): string | null {
  return q.speaker ? a.actors.find((x) => x.id === q.speaker)?.name ?? null : null;
}

export function quoteStarting(a: Analysis, prefix: string): Quote {
  const q = a.quotes.find((x) => x.text.startsWith(prefix));
  assert.ok(q, `no quote starting with ${JSON.stringify(prefix)}; quotes: ${a.quotes.map((x) => JSON.stringify(x.text.slice(0, 40))).join(', ')}`);
  return q;
}

/** The quote whose text starts with `prefix`, or undefined (for a quote that must not be found). */
export function quoteIfAny(a: Analysis, prefix: string): Quote | undefined {
  return a.quotes.find((x) => x.text.startsWith(prefix));
}
