// Look-ups the analysis tests share: find an actor, a quote or a speaker by what a reader sees.
import * as assert from 'node:assert/strict';
import { type Actor, type Analysis, type Quote, createAnalyzer } from '../../src/engine';
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

/** The header the edit-path tests put before their paragraphs. */
export const EDIT_HEAD = ['Ferry guild votes on the winter timetable', '2026-02-14', 'https://example.org/ferry-guild'];

/** Runs `versions` through one analyzer in a row, compares each result with a fresh analyzer's, returns the results. */
export function editsExact(versions: string[][]): Analysis[] {
  const an = createAnalyzer({ rethrow: true });
  const seen = versions.map((lines) => an.analyze([...EDIT_HEAD, ...lines].join('\n')));
  versions.forEach((lines, i) => {
    const fresh = createAnalyzer({ rethrow: true }).analyze([...EDIT_HEAD, ...lines].join('\n'));
    assert.equal(JSON.stringify(seen[i]), JSON.stringify(fresh), `version ${i}`);
  });
  return seen;
}
