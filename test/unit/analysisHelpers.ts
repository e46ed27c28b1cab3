// Look-ups the analysis tests share: find an actor, a quote or a speaker by what a reader sees.
import * as assert from 'node:assert/strict';
import type { Actor, Analysis, Quote } from '../../src/engine';
import { setCalibration } from '../../src/engine/passes/calibration';

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

/** In a describe block whose tests grade a rule: the rules' own confidences, without the calibration the output
 *  applies last (passes/calibration.ts; its mapping is tested in analysis-calibration.test.ts). */
export function ruleConfidences(): void {
  before(() => { setCalibration({ floor: 0, ceiling: 1, groups: {} }); });
  after(() => { setCalibration(null); });
}
