// The engine hands back objects of the previous analysis for what an edit did not touch (entities, quotes, claims):
// the same JSON as a fresh analysis, earlier analyses never changed afterwards, and a patch sees them at a glance.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/engine';

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'seeds', '000_be6e4752cb109430.txt'), 'utf8');
const HEADER = SAMPLE.split('\n').slice(0, 3);
const BODY = SAMPLE.split('\n').slice(3).filter((l) => l.trim());

function big(copies: number): string[] {
  const lines = [...HEADER];
  for (let c = 0; c < copies; c++) lines.push(...BODY);
  return lines;
}

describe('reuse of unchanged output objects', () => {
  it('keeps the quotes and claims before an edit as the same objects, and the output equals a fresh analysis', () => {
    const lines = big(6);
    const an = createAnalyzer({ rethrow: true });
    const a = an.analyze(lines.join('\n'));
    assert.ok(a.quotes.length > 20 && a.claims.length > 20, 'the sample has quotes and claims');
    const at = lines.length - 2;
    lines[at] += ' Mr. Clark said the talks would resume.';
    const text = lines.join('\n');
    const b = an.analyze(text);
    assert.equal(JSON.stringify(b), JSON.stringify(createAnalyzer({ rethrow: true }).analyze(text)));
    const editStart = text.indexOf(lines[at]);
    const qBefore = b.quotes.filter((q) => q.end < editStart);
    const cBefore = b.claims.filter((c) => c.end < editStart);
    assert.ok(qBefore.length > 10 && cBefore.length > 10);
    qBefore.forEach((q, i) => assert.equal(q, a.quotes[i], `quote ${q.id} reused`));
    cBefore.forEach((c, i) => assert.equal(c, a.claims[i], `claim ${c.id} reused`));
    // Something did change after the edit: a new object there.
    assert.ok(b.claims.some((c, i) => c !== a.claims[i]));
  });

  it('never changes an earlier analysis when a later one differs only in typewriter quotation marks', () => {
    const lines = big(2).map((l, i) => (i >= 3 && i % 3 === 0 ? `${l} "We will not back down," Mr. Clark said.` : l));
    const curly = lines.join('\n');
    const typed = curly.replace(/"/g, "''");
    assert.notEqual(typed, curly);
    for (const [first, second] of [[curly, typed], [typed, curly]]) {
      const an = createAnalyzer({ rethrow: true });
      const a = an.analyze(first);
      const before = JSON.stringify(a);
      const b = an.analyze(second);
      assert.equal(JSON.stringify(a), before, 'the earlier analysis is unchanged');
      assert.equal(JSON.stringify(b), JSON.stringify(createAnalyzer({ rethrow: true }).analyze(second)));
      assert.ok(b.quotes.length >= 10 && b.quotes.length === a.quotes.length, 'the same quotes, marked either way');
    }
  });
});
