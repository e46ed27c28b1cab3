// The confidence calibration (issue 12, eleventh round): `src/engine/passes/calibration.ts` and its fitting script
// `test/eval/calibration.ts`. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { How } from '../../src/engine/passes/state';
import { calibrate, calibration, curveAt, groupKeys, setCalibration, type CalibrationData, type CalibrationInput } from '../../src/engine/passes/calibration';
import { crossValidate, fit, pav, shown, type Rec } from '../eval/calibration';
import { PLACE_INSIDE, PLACE_NO_RIVAL, PLACE_RIVAL } from '../../src/engine/passes/calibrationPlace';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a calibration test\n20240311\nhttps://example.org/news/calibration\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const input = (o: Partial<CalibrationInput>): CalibrationInput => ({ marked: true, kind: 'direct', how: How.After, speaker: true, length: 80, place: 0, confidence: 0.9, ...o });
const KINDS = ['direct', 'partial', 'indirect'];
const HOWS = [How.None, How.After, How.Before, How.Elsewhere, How.Subject, How.PronounSame, How.PronounEarlier, How.ContinuationAfterAttribution, How.ContinuationFromPrevious, How.AfterFollowingQuote, How.ContinuationIntoNext];

describe('confidence calibration: the bundled curves', () => {
  it('every curve has increasing x, non-decreasing y within 0..1, and a one-command source', () => {
    const d = calibration();
    assert.match(d.source ?? '', /Regenerate: npm run compile-tests && node out\/test\/eval\/calibration\.js /);
    assert.ok(Object.keys(d.groups).length > 10);
    for (const [k, c] of Object.entries(d.groups)) {
      assert.equal(c.length % 2, 0, k);
      for (let i = 0; i < c.length; i += 2) {
        assert.ok(c[i + 1] >= 0 && c[i + 1] <= 1, k);
        if (i) { assert.ok(c[i] > c[i - 2], `${k}: x increases`); assert.ok(c[i + 1] >= c[i - 1], `${k}: y never falls`); }
      }
    }
  });

  it('is monotone in the rule\'s confidence within every group, bounded, and deterministic', () => {
    const { floor, ceiling } = calibration();
    assert.ok(floor >= 0.05 && ceiling <= 0.99);
    for (const marked of [true, false]) for (const speaker of [true, false]) for (const kind of KINDS) for (const how of HOWS) for (const length of [10, 80, 400]) {
      let prev = -1;
      for (let x = 0; x <= 100; x++) {
        const q = input({ marked, speaker, kind, how, length, confidence: x / 100 });
        const y = calibrate(q);
        assert.ok(y >= floor && y <= ceiling, `${JSON.stringify(q)} → ${y}`);
        assert.ok(y >= prev, `a surer rule is not less sure: ${JSON.stringify(q)} ${y} < ${prev}`);
        assert.equal(calibrate(q), y);
        prev = y;
      }
    }
  });

  it('never throws and reads a confidence that is not a number as the floor', () => {
    assert.equal(calibrate(input({ confidence: Number.NaN })), calibrate(input({ confidence: 0 })));
    assert.equal(calibrate(input({ confidence: Infinity })), calibrate(input({ confidence: 0 })));
    assert.equal(calibrate(input({ confidence: 7 })), calibrate(input({ confidence: 1 })));
    assert.equal(calibrate(input({ kind: 'unknown', how: 99 as How })), calibrate(input({ kind: 'other' })));
    assert.deepEqual(analyze('').quotes, []);
  });

  it('a marked quote attributed after it (`said NAME`) at the rules\' top confidence stays sure; a quote without speaker is never sure', () => {
    assert.ok(calibrate(input({ confidence: 0.95 })) >= 0.9);
    // (The rules give a quote without a speaker at most 0.3; the output caps it there again after the calibration.)
    for (const marked of [true, false]) for (const x of [0.05, 0.2, 0.3]) assert.ok(calibrate(input({ marked, speaker: false, how: How.None, confidence: x })) <= 0.3);
  });

  it('a stripped continuation the rules graded low stays a guess when another person is named before it, as train says', () => {
    // Since the thirty-first round's refit a continuation at 0.3 with no rival lands near 0.5 (train: about one in two
    // right for the reader); with a rival person between it and its attribution it stays well below. (A continuation
    // starts inside its paragraph, after the attribution's sentence: its place has PLACE_INSIDE, round 32.)
    for (const length of [20, 80, 300]) for (const x of [0.2, 0.3]) {
      assert.ok(calibrate(input({ marked: false, how: How.ContinuationAfterAttribution, length, place: PLACE_RIVAL + PLACE_INSIDE, confidence: x })) < 0.5);
      assert.ok(calibrate(input({ marked: false, how: How.ContinuationAfterAttribution, length, place: PLACE_NO_RIVAL + PLACE_INSIDE, confidence: x })) < 0.6);
    }
  });
});

describe('confidence calibration: the curves and the fallback', () => {
  const d: CalibrationData = { floor: 0.05, ceiling: 0.99, groups: { ms: [0.2, 0.1, 0.6, 0.5, 0.9, 0.9], 'ms/partial': [0.5, 0.3] } };

  it('interpolates linearly between points and is flat beyond the ends', () => {
    assert.equal(curveAt(d.groups.ms, 0), 0.1);
    assert.equal(curveAt(d.groups.ms, 0.2), 0.1);
    assert.ok(Math.abs(curveAt(d.groups.ms, 0.4) - 0.3) < 1e-12);
    assert.ok(Math.abs(curveAt(d.groups.ms, 0.75) - 0.7) < 1e-12);
    assert.equal(curveAt(d.groups.ms, 1), 0.9);
    assert.equal(curveAt([], 0.42), 0.42);
  });

  it('uses the narrowest group that has a curve, the rule\'s own number beyond its ends or when none has, within floor and ceiling', () => {
    assert.deepEqual(groupKeys(input({ kind: 'partial', how: How.Before, length: 20, place: 2 })), ['ms', 'ms/partial', `ms/partial/${How.Before as number}`, `ms/partial/${How.Before as number}/s`, `ms/partial/${How.Before as number}/s/2`]);
    assert.ok(Math.abs(calibrate(input({ confidence: 0.4 }), d) - 0.3) < 1e-12);
    assert.equal(calibrate(input({ kind: 'partial', confidence: 0.5 }), d), 0.3);
    assert.equal(calibrate(input({ kind: 'partial', confidence: 0.2 }), d), 0.2, 'below the curve: the rule\'s number, at most the first point');
    assert.equal(calibrate(input({ kind: 'partial', confidence: 0.4 }), d), 0.3);
    assert.equal(calibrate(input({ kind: 'partial', confidence: 0.9 }), d), 0.9, 'above the curve: the rule\'s number, at least the last point');
    assert.equal(calibrate(input({ marked: false, confidence: 0.42 }), d), 0.42);
    assert.equal(calibrate(input({ marked: false, confidence: 0.01 }), d), 0.05);
    assert.equal(calibrate(input({ marked: false, confidence: 1 }), d), 0.99);
  });
});

describe('confidence calibration: in the analysis', () => {
  const text = seed(
    'Marisol Tanvik, the harbour master of Pellory, met the ferry crews on Tuesday.',
    '"The new pier will open before the storms come back," Marisol Tanvik said. "Nobody wants another winter like the last one."',
    'The crews asked for more tugboats. "We cannot promise that," someone shouted from the back of the hall.',
  );

  it('changes no span and no speaker, only the confidence, and keeps a quote without a speaker a guess', () => {
    const after = analyze(text);
    setCalibration({ floor: 0, ceiling: 1, groups: {} });
    let before;
    try { before = analyze(text); } finally { setCalibration(null); }
    assert.deepEqual(after.quotes.map((q) => [q.start, q.end, q.speaker, q.kind, q.cue]), before.quotes.map((q) => [q.start, q.end, q.speaker, q.kind, q.cue]));
    const q = quoteStarting(after, 'The new pier');
    assert.equal(speakerName(after, q), 'Marisol Tanvik');
    assert.ok(q.confidence >= 0.9 && q.confidence <= 0.99, `said NAME stays sure: ${q.confidence}`);
    for (const x of after.quotes) {
      assert.ok(x.confidence >= 0.05 && x.confidence <= 0.99);
      if (!x.speaker) assert.ok(x.confidence <= 0.3);
    }
    assert.deepEqual(analyze(text).quotes.map((x) => x.confidence), after.quotes.map((x) => x.confidence));
  });

  it('leaves a quote without a speaker at its rule\'s grade, whatever the curves say', () => {
    const lone = seed('The harbour board met on Monday to talk about the ferry.', '"Nobody asked the islanders what they wanted from the new timetable."');
    const rules = (() => { setCalibration({ floor: 0, ceiling: 1, groups: {} }); try { return analyze(lone); } finally { setCalibration(null); } })();
    const q0 = rules.quotes.find((x) => !x.speaker);
    assert.ok(q0, 'the lone quote has no speaker');
    setCalibration({ floor: 0.05, ceiling: 0.99, groups: { mn: [0, 0.01, 1, 0.01], un: [0, 0.01, 1, 0.01] } });
    try {
      const q1 = analyze(lone).quotes.find((x) => x.start === q0.start);
      assert.ok(q0.confidence > 0.05, `a graded guess: ${q0.confidence}`);
      assert.equal(q1?.confidence, q0.confidence);
    } finally { setCalibration(null); }
  });

  it('without curves the rules\' own confidences come out as before (bounded by 0.05 and the speaker cap)', () => {
    setCalibration({ floor: 0, ceiling: 1, groups: {} });
    try {
      for (const x of analyze(text).quotes) assert.ok(x.confidence >= 0.05 && x.confidence <= (x.speaker ? 1 : 0.3));
    } finally { setCalibration(null); }
  });
});

describe('confidence calibration: the fitting script', () => {
  it('pool-adjacent-violators gives the weighted non-decreasing fit', () => {
    assert.deepEqual(pav([0.2, 0.6, 0.4, 0.8], [1, 1, 1, 1]), [0.2, 0.5, 0.5, 0.8]);
    assert.ok(pav([0.9, 0.1], [1, 3]).every((v) => Math.abs(v - 0.3) < 1e-12));
    assert.deepEqual(pav([], []), []);
  });

  // Synthetic records: 20 articles; in group `ms` a quote at rule confidence 0.5 is right 3 times in 4, at 0.8 once in
  // 2 (a violation the fit must pool), at 0.9 always.
  const recs: Rec[] = [];
  for (let a = 0; a < 20; a++) {
    const add = (x: number, y: boolean, o: Partial<CalibrationInput> = {}) => { const inp = input({ confidence: x, ...o }); recs.push({ doc: `doc${a}`, set: 'marked', input: inp, keys: groupKeys(inp), y, spk: y }); };
    add(0.5, a % 4 !== 0); add(0.8, a % 2 === 0); add(0.9, true);
    add(0.7, a % 5 === 0, { marked: false, how: How.Subject });
  }

  it('at depth 5 fits the places apart, under the length group as their parent', () => {
    const placed: Rec[] = [];
    for (let a = 0; a < 20; a++) {
      for (const place of [0, 2]) {
        const inp = input({ confidence: 0.6, place });
        placed.push({ doc: `doc${a}`, set: 'marked', input: inp, keys: groupKeys(inp), y: place === 0 || a % 2 === 0, spk: null });
      }
    }
    const d = fit(placed, 10, 5, 'reader');
    const k = groupKeys(input({ place: 0 }))[3];
    assert.ok(Math.abs(curveAt(d.groups[k], 0.6) - 0.75) < 1e-3, JSON.stringify(d.groups[k]));
    assert.ok(curveAt(d.groups[`${k}/0`], 0.6) > 0.9 && curveAt(d.groups[`${k}/2`], 0.6) < 0.6, JSON.stringify(d.groups));
    assert.ok(shown(placed[0], d) > shown(placed[1], d));
    assert.equal(fit(placed, 10, 4, 'reader').groups[`${k}/0`], undefined, 'depth 4: no place groups');
  });

  it('fits non-decreasing curves per group from the outcomes, deterministically', () => {
    const d = fit(recs, 10, 4, 'reader');
    assert.deepEqual(fit(recs, 10, 4, 'reader'), d);
    const ms = d.groups.ms;
    assert.ok(Math.abs(curveAt(ms, 0.5) - 0.625) < 1e-3 && Math.abs(curveAt(ms, 0.8) - 0.625) < 1e-3 && curveAt(ms, 0.9) === 1, JSON.stringify(ms));
    assert.ok(Math.abs(curveAt(d.groups.us, 0.7) - 0.2) < 1e-3);
    assert.ok(shown(recs[3], d) < 0.5, 'a group right one time in five comes out a guess');
    const cv = crossValidate(recs, 5, 10, 4, 'reader');
    assert.equal(cv.length, recs.length);
    assert.ok(cv.every((c) => c >= 0.05 && c <= 0.99));
  });
});
