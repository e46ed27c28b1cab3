// The seeded error sampler (test/eval/sampleErrors.ts), on an errors file invented for these tests (no PolNeAR text).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  allocate, checkErrorsPath, checkSetName, formatSample, parseErrors, sampleErrors, seededRandom,
} from '../eval/sampleErrors';

/** An errors file shaped like the eval's: two sets, a summary table, articles and error bullets. */
function invented(): string {
  const lines = ['# Errors: polnear train', '', '## Summary by category', '', '| category | n |', '|---|---|', '| SPEAKER wrong via pronoun | 6 |', ''];
  for (let a = 0; a < 3; a++) {
    lines.push(`## paper_2020-01-0${a + 1}_story-${a}`, '');
    for (let i = 0; i < 2; i++) lines.push(`- **SPEAKER wrong via pronoun** gold "Ada Quill" (name), predicted "Bo Fenn" (person; mention "he"; conf 0.6${i}): Story ${a}, error ${i} ⟦It rained on the fair.⟧`);
    lines.push(`- **SPEAKER none via no attribution found** gold "Cy Orme" (name), predicted null (-; mention null; conf 0.30): Story ${a} ⟦We will see.⟧`);
    lines.push(`- **MISS fragment** gold speaker "Cy Orme" (name, source "Orme"): Story ${a} ⟦odd⟧`, '');
  }
  lines.push('# Errors: polnear train stripped', '', '## paper_2020-01-01_story-0', '');
  for (let i = 0; i < 4; i++) lines.push(`- **SPURIOUS direct unmarked** conf 0.7${i}, attribution after the quote: Stripped ${i} ⟦The mill shut early⟧, he said.`);
  lines.push('- **MISS direct** gold speaker "Ada Quill" (name, source "Quill"): ⟦Nobody told us a thing.⟧', '');
  return lines.join('\n');
}

describe('eval: seeded error sampler', () => {
  it('parses every bullet with its set, article and category, and skips the summary table', () => {
    const items = parseErrors(invented());
    assert.equal(items.length, 3 * 4 + 5);
    assert.equal(items.filter((i) => i.set === 'polnear train').length, 12);
    assert.equal(items.filter((i) => i.set === 'polnear train stripped').length, 5);
    assert.deepEqual([...new Set(items.map((i) => i.category))].sort(), [
      'MISS direct', 'MISS fragment', 'SPEAKER none via no attribution found', 'SPEAKER wrong via pronoun', 'SPURIOUS direct unmarked',
    ]);
    assert.equal(items[0].article, 'paper_2020-01-01_story-0');
    assert.ok(items.every((i) => i.line.startsWith('- **')));
  });

  it('spreads the sample over categories in proportion, remainders by the largest fraction', () => {
    const a = allocate(new Map([['big', 121], ['mid', 73], ['small', 5], ['one', 1]]), 60);
    assert.equal(a.reduce((s, r) => s + r.take, 0), 60);
    const take = Object.fromEntries(a.map((r) => [r.category, r.take]));
    // exact shares 36.3, 21.9, 1.5, 0.3: floors 36 + 21 + 1 + 0 = 58, the two largest fractions (0.9, 0.5) get one more
    assert.deepEqual(take, { big: 36, mid: 22, small: 2, one: 0 });
    assert.deepEqual(allocate(new Map([['a', 2], ['b', 1]]), 10).map((r) => r.take), [2, 1], 'never more than a category holds');
    assert.deepEqual(allocate(new Map(), 5), []);
  });

  it('draws the same sample for the same seed and another for another seed', () => {
    const items = parseErrors(invented());
    const one = sampleErrors(items, 'polnear train', /^SPEAKER/, 4, 12).sample.map((s) => s.index);
    const again = sampleErrors(items, 'polnear train', /^SPEAKER/, 4, 12).sample.map((s) => s.index);
    assert.deepEqual(one, again);
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => sampleErrors(items, 'polnear train', /^SPEAKER/, 4, s).sample.map((x) => x.index).join(','));
    assert.ok(new Set(seeds).size > 1, 'different seeds give different draws');
    const r = seededRandom(99);
    const xs = Array.from({ length: 1000 }, () => r());
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.ok(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5) < 0.05, 'roughly uniform');
  });

  it('keeps to the set and the category pattern, numbers the sample in file order, and allocates by category', () => {
    const items = parseErrors(invented());
    const { sample, allocation } = sampleErrors(items, 'polnear train', /^SPEAKER/, 6, 3);
    assert.equal(sample.length, 6);
    assert.ok(sample.every((s) => s.set === 'polnear train' && s.category.startsWith('SPEAKER')));
    assert.deepEqual(allocation.map((a) => [a.category, a.size, a.take]), [
      ['SPEAKER wrong via pronoun', 6, 4], ['SPEAKER none via no attribution found', 3, 2],
    ]);
    assert.deepEqual(sample.map((s) => s.rank), [1, 2, 3, 4, 5, 6]);
    for (let i = 1; i < sample.length; i++) assert.ok(sample[i].index > sample[i - 1].index);
    const stripped = sampleErrors(items, 'polnear train stripped', /^SPURIOUS direct/, 2, 3).sample;
    assert.equal(stripped.length, 2);
    assert.ok(stripped.every((s) => s.category === 'SPURIOUS direct unmarked'));
    const text = formatSample('polnear train', '^SPEAKER', 3, sample, allocation);
    assert.match(text, /\| SPEAKER wrong via pronoun \| 6 \| 4 \|/);
    assert.equal((text.match(/^### \d+\. /gm) ?? []).length, 6);
  });

  it('refuses dev and test errors files and set names', () => {
    assert.throws(() => checkErrorsPath('/tmp/x/seed-eval-errors-dev.md'), /dev or test/);
    assert.throws(() => checkErrorsPath('/tmp/x/seed-eval-errors-test.md'), /dev or test/);
    assert.throws(() => checkErrorsPath('/tmp/gold/dev-stripped/errors.md'), /dev or test/);
    assert.throws(() => checkErrorsPath('/data/test/errors.md'), /dev or test/);
    assert.doesNotThrow(() => checkErrorsPath('/tmp/h/seed-eval-errors-train.md'));
    assert.doesNotThrow(() => checkErrorsPath('/tmp/devices/latest-errors.md'), 'a word that merely starts with dev is fine');
    assert.throws(() => checkSetName('polnear dev stripped'), /only train/);
    assert.throws(() => sampleErrors(parseErrors(invented().replace(/polnear train/g, 'polnear dev')), 'polnear dev', /./, 3, 1), /only train/);
  });

  it('runs as a command: writes the sample file, and exits non-zero on a dev file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sample-errors-'));
    try {
      const file = join(dir, 'seed-eval-errors-train.md');
      writeFileSync(file, invented());
      const out = join(dir, 'sample.md');
      const script = join(__dirname, '..', 'eval', 'sampleErrors.js');
      execFileSync(process.execPath, [script, file, '--set', 'polnear train stripped', '--category', '^(SPURIOUS|MISS) direct', '--n', '3', '--seed', '5', '--out', out]);
      const text = readFileSync(out, 'utf8');
      assert.match(text, /seed 5, 3 items/);
      assert.equal((text.match(/^### /gm) ?? []).length, 3);
      const devFile = join(dir, 'seed-eval-errors-dev.md');
      writeFileSync(devFile, invented());
      assert.throws(() => execFileSync(process.execPath, [script, devFile, '--set', 'polnear train', '--category', '.', '--n', '1'], { stdio: 'pipe' }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
