// Answers about the text after a mention near its paragraph's end (passes/afterKept.ts) read on into the next
// paragraph: they are kept with what they read there, so an edit of the next paragraph must make them again. Each case
// runs versions through one analyzer and compares every result with a fresh analyzer's. Invented text only.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/engine';

const HEAD = ['Ferry guild votes on the winter timetable', '20260214', 'https://example.org/ferry-guild'];

function editsExact(versions: string[][]): string[] {
  const an = createAnalyzer({ rethrow: true });
  return versions.map((lines, i) => {
    const text = [...HEAD, ...lines].join('\n');
    const seen = JSON.stringify(an.analyze(text));
    assert.equal(seen, JSON.stringify(createAnalyzer({ rethrow: true }).analyze(text)), `version ${i}`);
    return seen;
  });
}

const ending = 'The guild chose a new pilot on Monday, Quill Dorran';
const quotes = ['"We sail at noon," she said.', '"We sail at noon," he said.'];

describe('answers read past a paragraph end follow an edit of the next paragraph', () => {
  it('a gender read after a name that closes its paragraph, the next paragraph edited back and forth', () => {
    const nexts = ['said she would take the morning run.', 'said he would take the morning run.', 'and the vote was close.'];
    const versions = [0, 1, 2, 0, 2, 1, 0].map((k) => ['Bram Tolliver chaired the meeting.', ending, nexts[k], ...quotes]);
    const seen = editsExact(versions);
    assert.notEqual(seen[0], seen[2]);
    assert.equal(seen[0], seen[3]);
  });

  it('a paragraph written many times, each time before another paragraph, and edited', () => {
    const lines: string[] = ['Bram Tolliver chaired the meeting.'];
    for (let i = 0; i < 80; i++) lines.push(ending, i % 3 === 0 ? `said she would take run ${i}.` : i % 3 === 1 ? `said he would take run ${i}.` : `and vote ${i} was close.`);
    lines.push(...quotes);
    const edited = lines.slice();
    edited[10] = 'and the vote was close.';
    const moved = lines.slice(0, 5).concat(lines.slice(7));
    editsExact([lines, edited, lines, moved, edited]);
  });
});
