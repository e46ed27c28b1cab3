// Regression guard: scores analyze() on the gold set bundled in test/fixtures/gold (a copy of the owner's shared/gold) and asserts floors a little under
// what the engine reaches today (see docs/eval.md). A missing gold folder fails loudly: it is never skipped.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateAll, goldDir, sameSpeaker, type FolderScore } from '../eval/evaluate';

interface Floors {
  quoteF1: number; directRecall: number; speakerAcc: number; quoteSpeakerF1: number; entExactF1: number; entLenientF1: number;
}

const FLOORS: Record<string, Floors> = {
  seed: { quoteF1: 0.95, directRecall: 0.95, speakerAcc: 0.95, quoteSpeakerF1: 0.95, entExactF1: 0.93, entLenientF1: 0.93 },
  gum: { quoteF1: 0.94, directRecall: 0.95, speakerAcc: 0.88, quoteSpeakerF1: 0.85, entExactF1: 0.72, entLenientF1: 0.89 },
  'gum-stripped': { quoteF1: 0.72, directRecall: 0.83, speakerAcc: 0.92, quoteSpeakerF1: 0.72, entExactF1: 0.68, entLenientF1: 0.88 },
};

describe('analysis: evaluation against the gold set', function () {
  this.timeout(120000);
  let scores: FolderScore[] = [];

  before(function () {
    const dir = goldDir();
    if (!existsSync(dir)) {
      throw new Error(`Gold annotations missing at ${dir}: it ships with the repository in test/fixtures/gold (SEED_READER_GOLD names another copy). This test never skips.`);
    }
    for (const f of Object.keys(FLOORS)) {
      if (!existsSync(join(dir, f))) throw new Error(`Gold folder ${join(dir, f)} is missing.`);
    }
    scores = evaluateAll(dir);
  });

  for (const folder of Object.keys(FLOORS)) {
    it(`${folder}: stays above its floors`, () => {
      const s = scores.find((x) => x.folder === folder);
      assert.ok(s, `no score for ${folder}`);
      assert.ok(s.articles > 0 && s.counts.goldQuotes > 0 && s.counts.goldEntities > 0, 'the folder has annotated articles');
      const f = FLOORS[folder];
      for (const k of Object.keys(f) as Array<keyof Floors>) {
        assert.ok(s[k] >= f[k], `${folder} ${k} = ${s[k].toFixed(3)} fell below ${f[k]}`);
      }
    });
  }

  it('compares speakers by name: titles ignored, surname match, anonymous only equals anonymous', () => {
    assert.ok(sameSpeaker('Wesley Clark', 'Gen. Wesley Clark'));
    assert.ok(sameSpeaker('Wesley Clark', 'Clark'));
    assert.ok(sameSpeaker('Antony Blinken', 'Secretary of State Antony Blinken'));
    assert.ok(!sameSpeaker('Wesley Clark', 'William Taylor'));
    assert.ok(sameSpeaker(null, null));
    assert.ok(!sameSpeaker(null, 'Wesley Clark'));
    assert.ok(!sameSpeaker('Wesley Clark', null));
  });
});
