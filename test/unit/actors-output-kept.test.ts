// The actors pass walks the person and organisation mentions from lists made once per analysis, each person's actor
// found once and kept for the later steps, a form added only when it is not the actor's last one; the output pass
// reuses the previous analysis's entity i only when it came from the same candidate (passes/output.ts
// `outputEntities`). After any edit the analysis must equal a fresh one. Invented text only.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/engine';

const HEAD = ['Ferry guild votes on the winter timetable', '2026-02-14', 'https://example.org/ferry-guild'];

/** Runs `versions` through one analyzer in a row, then compares each result with a fresh analyzer's. */
function assertEditsExact(versions: string[][]): void {
  const an = createAnalyzer({ rethrow: true });
  const seen = versions.map((lines) => JSON.stringify(an.analyze([...HEAD, ...lines].join('\n'))));
  versions.forEach((lines, i) => {
    assert.equal(seen[i], JSON.stringify(createAnalyzer({ rethrow: true }).analyze([...HEAD, ...lines].join('\n'))), `version ${i}`);
  });
}

const FULL = 'Rosalind Pemberton, a ferry pilot, said the Quayside Guild would vote on Friday.';
const CAPS = 'PEMBERTON said the new timetable was ready.';
const SAME = 'Pemberton said the new timetable was ready.';
const ORG = 'The Quayside Guild said its members would meet at the harbour office.';
const OTHER = 'Tobias Harrow, who runs the night boat, said he was not consulted.';
const PLAIN = 'The crossing takes forty minutes in calm weather.';

describe('actors and output kept across edits', () => {
  it('a mention whose text changes in place, at the same offsets, gets an entity of its own text', () => {
    // (The surname in capitals links to the same full name: same offsets, same canonical name and actor, another text;
    // only the candidate it came from tells the entities apart.)
    const versions = [
      [FULL, PLAIN, CAPS, ORG, OTHER],
      [FULL, PLAIN, SAME, ORG, OTHER],
      [FULL, PLAIN, CAPS, ORG, OTHER],
      [FULL, PLAIN, SAME, ORG, OTHER],
      [FULL, PLAIN, CAPS, ORG, OTHER],
    ];
    assertEditsExact(versions);
    const an = createAnalyzer({ rethrow: true });
    const texts = versions.map((v) => an.analyze([...HEAD, ...v].join('\n')).entities.map((e) => e.text).join('|'));
    assert.ok(texts[0].includes('PEMBERTON') && !texts[1].includes('PEMBERTON') && texts[2].includes('PEMBERTON'), texts.join('\n'));
  });

  it('insertions and deletions before persons and organisations move every later entity and mention', () => {
    const body = [FULL, PLAIN, ORG, OTHER, SAME, PLAIN, ORG];
    assertEditsExact([
      body,
      [OTHER, ...body],
      [OTHER, ORG, ...body],
      [ORG, ...body],
      body.slice(1),
      [...body.slice(0, 3), FULL, ...body.slice(3)],
      body,
      [...body, 'Ms. Pemberton said the vote would be close.', 'Mr. Harrow said the guild had decided already.'],
      body,
    ]);
  });

  it('an actor written in several forms keeps them in order of first use, a repeat added once', () => {
    const lines = [
      'Ines Abernathy, the guild treasurer, said the fares would rise.',
      'Abernathy said the rise would be small.',
      'Ms. Abernathy said the winter boats cost more to run.',
      'Abernathy said the guild would publish the accounts.',
      'Ines Abernathy said she would answer questions at the meeting.',
    ];
    const r = createAnalyzer({ rethrow: true }).analyze([...HEAD, ...lines].join('\n'));
    const a = r.actors.find((x) => x.name === 'Ines Abernathy');
    assert.ok(a, JSON.stringify(r.actors.map((x) => x.name)));
    assert.deepEqual(a.aliases, ['Abernathy', 'Ms. Abernathy']);
    assertEditsExact([lines, [lines[2], ...lines], lines.slice(1), lines]);
  });
});
