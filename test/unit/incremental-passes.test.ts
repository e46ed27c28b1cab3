// The document passes' caches kept across edits (passes/fold.ts: counts summed over paragraphs; state.ts candMemo:
// answers kept with a paragraph's candidates). After any edit the analysis must equal a fresh one. The edits run through
// one analyzer with nothing else in between (a fresh analysis of another text in between makes the sums start afresh,
// which would hide a stale one), and the fresh analyses are made afterwards. Invented text only.
import * as assert from 'node:assert/strict';
import { analyzeParagraph, createAnalyzer } from '../../src/engine';
import { nameContexts } from '../../src/engine/entities/typer';
import { docNameContexts, placedCounts } from '../../src/engine/passes/fold';
import type { Unit } from '../../src/engine/passes/state';
import { notSpeech } from '../../src/engine/passes/quoteAttrs';
import { fuzzEdits } from '../eval/identity';

const HEAD = ['Harbour board names a new chair', '2026-03-02', 'https://example.org/harbour'];
const BODY = [
  'Dana Whitcombe, the harbour board chair, said on Monday that the ferry to Marlow would run again in May.',
  'Whitcombe said the repairs had cost more than planned. She said the board would publish the bills.',
  'The board\'s treasurer, Ellery Tarn, said he had asked for an audit.',
  '"We owe the town an account of every pound," Tarn said.',
  'In Marlow, residents said they had waited two years. Marlow council leader Priya Osei said the delay hurt shops.',
  'Osei said she would meet Whitcombe next week.',
  'The chair said the first crossing would carry the mayor.',
  'Tarn and his wife run a chandlery near the quay.',
];

/** Runs `versions` through one analyzer in a row, then compares each result with a fresh analyzer's. */
function assertEditsExact(versions: string[][]): void {
  const an = createAnalyzer({ rethrow: true });
  const seen = versions.map((lines) => JSON.stringify(an.analyze(lines.join('\n'))));
  versions.forEach((lines, i) => {
    assert.equal(seen[i], JSON.stringify(createAnalyzer({ rethrow: true }).analyze(lines.join('\n'))), `version ${i}`);
  });
}

function withPara(body: string[], i: number, text: string): string[] {
  const b = body.slice();
  b[i] = text;
  return [...HEAD, ...b];
}

describe('document passes kept across edits', () => {
  it('renaming a speaker in another paragraph gives a fresh analysis\'s speakers, genders and roles', () => {
    const many = [...BODY, ...BODY, ...BODY];
    assertEditsExact([
      [...HEAD, ...many],
      withPara(many, 0, 'Dana Pell, the harbour board chair, said on Monday that the ferry to Marlow would run again in May.'),
      withPara(many, 0, 'Dana Pell, the harbour board chair, said on Monday that the ferry would run again in May.'),
      withPara(many, 2, 'The board\'s treasurer, Ellery Tarn, said she had asked for an audit.'),
      withPara(many, 4, 'In Marlow, residents said they had waited two years.'),
      [...HEAD, ...many.slice(1)],
      [...HEAD, ...many],
    ]);
  });

  it('a gender clue read across a paragraph break follows the next paragraph\'s edits', () => {
    // `Dr. Quentara Orr` ends a short paragraph; the next one opens with `and her husband`: the window after the name
    // runs into it, and the gender it gives decides who `she` is.
    const body = ['The stall belongs to Dr. Quentara Orr', 'and her husband, who keep the books.', 'Dr. Orr said the rent had doubled. "We cannot pay," she said.', ...BODY];
    assertEditsExact([
      [...HEAD, ...body],
      withPara(body, 1, 'and his wife, who keep the books.'),
      withPara(body, 1, 'A neighbour keeps the books.'),
      [...HEAD, ...body],
    ]);
  });

  it('a preposed role read back across a paragraph break follows the previous paragraph\'s edits', () => {
    // (`the mayor,` ends a paragraph before `Lou Brandt,`: the mayor who speaks later is Brandt, until the role changes.)
    const body = ['Reporters waited for the mayor,', 'Lou Brandt, who said the vote would wait.', '"The roads come first," the mayor said.', ...BODY];
    assertEditsExact([
      [...HEAD, ...body],
      withPara(body, 0, 'Reporters waited for the harbour master,'),
      withPara(body, 0, 'Reporters waited.'),
      [...HEAD, ...body],
    ]);
  });

  it('a speech cue read across a paragraph break follows the next paragraph\'s edits (speaksHere kept only inside)', () => {
    // (`Martin Osgood` ends a paragraph; the next one opens with `said`: he speaks, so the `he` after it is his. Once
    // that paragraph opens otherwise, the `he` is the sentence's subject, Peter Quarles.)
    const body = ['The ferry board met on Tuesday.', 'Peter Quarles met Martin Osgood', 'said the vote would wait. "We start at dawn," he said.', ...BODY];
    assertEditsExact([
      [...HEAD, ...body],
      withPara(body, 2, 'Nobody expected the vote to wait. "We start at dawn," he said.'),
      [...HEAD, ...body],
    ]);
  });

  it('a misspelt surname follows how often other paragraphs write it (one-word counts kept across edits)', () => {
    // (Written once, `Ms Buchtman` is taken for `Lydia Buchtmann`; written twice, it is a name of its own.)
    const body = ['Harbour engineer Lydia Buchtmann said the quay wall was sound.', 'Ms Buchtman said the survey took a month.', 'The board met on Friday.', ...BODY];
    assertEditsExact([
      [...HEAD, ...body],
      withPara(body, 2, 'Ms Buchtman said the board met on Friday.'),
      [...HEAD, ...body],
      withPara(body, 2, 'Ms Buchtman said the board met on Friday.'),
    ]);
  });

  it('two analyzers editing two documents in turn each keep their own sums', () => {
    const one = [...BODY, ...BODY];
    const two = [...BODY.slice(3), ...BODY.slice(0, 3), 'Zorvath said Marlow would wait.'];
    const a = createAnalyzer({ rethrow: true });
    const b = createAnalyzer({ rethrow: true });
    const versions = [[...HEAD, ...one], [...HEAD, ...two], withPara(one, 1, 'Marlow said so.'), withPara(two, 8, 'Marlow said so.'),
      withPara(one, 1, 'Zorvath said Marlow would wait.'), [...HEAD, ...two.slice(0, 8)]];
    const seen = versions.map((v, i) => JSON.stringify((i % 2 ? b : a).analyze(v.join('\n'))));
    versions.forEach((v, i) => assert.equal(seen[i], JSON.stringify(createAnalyzer({ rethrow: true }).analyze(v.join('\n'))), `version ${i}`));
  });

  it('a pronoun claim takes the rules\' pick without the ranker, and a quote after it is still graded by the ranker', () => {
    const text = [...HEAD, 'Mr. Bram Lutt runs the ferry office.', 'He said the timetable would change in June.',
      '"We will add a boat," he said.'].join('\n');
    const a = createAnalyzer({ rethrow: true }).analyze(text);
    const claim = a.claims.find((c) => c.text.startsWith('the timetable'));
    assert.equal(claim?.actor, 'actor-bram-lutt');
    const q = a.quotes.find((x) => x.text === 'We will add a boat');
    assert.equal(q?.speaker, 'actor-bram-lutt');
    assert.ok(q && q.confidence > 0 && q.confidence < 1);
  });

  it('an entity kept from the previous analysis has the edited text when its name is respelt in place', () => {
    // `Whitcombs` (a misspelling of the same length) keeps the canonical name, type, actor, id and offsets of
    // `Whitcombe`: only the text differs, so an output entity reused by its fields and index alone (not by the
    // paragraph candidate it came from, as output.ts does) would show the old spelling.
    const body = ['Dana Whitcombe, the harbour board chair, said on Monday that the ferry to Marlow would run again in May.',
      'Ms. Whitcombe said the repairs had cost more than planned.', ...BODY.slice(2)];
    assertEditsExact([
      [...HEAD, ...body],
      withPara(body, 1, 'Ms. Whitcombs said the repairs had cost more than planned.'),
      [...HEAD, ...body],
    ]);
    const an = createAnalyzer({ rethrow: true });
    an.analyze([...HEAD, ...body].join('\n'));
    const e = an.analyze(withPara(body, 1, 'Ms. Whitcombs said the repairs had cost more than planned.').join('\n')).entities.find((x) => x.text === 'Whitcombs');
    assert.equal(e?.canonical, 'Dana Whitcombe');
  });

  it('a quote text\'s kept facts are the text\'s alone: its place, the paragraph\'s cues and the comma still count', () => {
    // notSpeech keeps what it reads of the quote text, by the text; the headline test (first lines of
    // the paragraph, no cue in it, no comma closing the quote) is asked afresh on every call.
    const quiet = analyzeParagraph('Ferries to Marlow run again in May and the quay reopens.', false);
    const cued = analyzeParagraph('Tarn said the quay reopens in May.', false);
    assert.equal(quiet.attrs.length, 0);
    assert.ok(cued.attrs.length > 0);
    const inner = 'ferries run again in May';
    assert.equal(notSpeech(inner, 0, quiet), true); // a line without a cue, at the start: a headline
    assert.equal(notSpeech(inner, 5, quiet), false); // the same text further on: speech
    assert.equal(notSpeech(inner, 0, quiet, true), false); // closed by a comma
    assert.equal(notSpeech(inner, 0, cued), false); // a paragraph with a cue
    assert.equal(notSpeech('Harbour Board', 5, quiet), true); // another text, same paragraph: a title
    assert.equal(notSpeech('harbour board chairs say no', 5, quiet, false, true), false);
    assert.equal(notSpeech('', 5, quiet, false, true), true);
  });

  it('the name contexts summed across edits equal a fresh sum, and placed counts drop names at zero', () => {
    const data = BODY.map((t) => analyzeParagraph(t, false));
    const units = (ds: typeof data): Unit[] => ds.map((d, i) => ({ start: 0, end: 0, index: i, data: d }));
    const sorted = (m: Map<string, unknown>): string => JSON.stringify([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    const zorvath = analyzeParagraph('Zorvath said Marlow would wait.', false);
    // (One paragraph changed at a time: the sums are updated, not made afresh; `zorvath` leaves again.)
    const steps = [data, [...data.slice(0, 3), zorvath, ...data.slice(4)], [...data.slice(0, 3), zorvath, ...data.slice(3)], data, data.slice(1)];
    const carry = {};
    for (const ds of steps) assert.equal(sorted(docNameContexts(carry, units(ds))), sorted(nameContexts(units(ds))));
    // Placed counts: one pair per paragraph naming it; a name that leaves every paragraph leaves the map.
    const part = (u: Unit): (string | number)[] => (u.data === data[0] ? [0, 'marlow', 1, 'dana'] : [0, 'marlow']);
    let r = placedCounts(carry, units(data.slice(0, 3)), part);
    assert.equal(r.n.get('marlow'), 3);
    assert.equal(r.personal.get('dana'), 1);
    r = placedCounts(carry, units(data.slice(1, 3)), part);
    assert.equal(r.n.get('marlow'), 2);
    assert.equal(r.personal.has('dana'), false);
  });

  it('random paragraph edits of the bundled articles give what a fresh analysis gives', function () {
    this.timeout(60_000);
    // (Deletions, duplicates, swaps and a capitalised word moved between paragraphs, through one analyzer per article;
    // fixed seeds, so CI is reproducible. `node out/test/eval/identity.js fuzz DIR` runs the same on any folder.)
    for (const [dir, seed] of [['test/fixtures/gold/gum', 1], ['test/fixtures/gold/gum-stripped', 2]] as const) {
      const r = fuzzEdits(dir, 30, seed);
      assert.ok(r.steps >= 300, `${dir}: ${r.steps} edits`);
      assert.deepEqual(r.differ, [], dir);
    }
  });
});
