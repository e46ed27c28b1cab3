// Where a quote's attribution stands, the calibration's fifth group level (`src/engine/passes/calibrationPlace.ts`,
// issue 12). Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { How, type DocEnt, type DocState, type QuoteBuild } from '../../src/engine/passes/state';
import { setCalibrationTrace, type CalibrationRecord } from '../../src/engine/passes/calibration';
import { quotePlace, PLACE_ADJACENT, PLACE_FAR, PLACE_INSIDE, PLACE_NO_RIVAL, PLACE_PARAGRAPH, PLACE_RIVAL, PLACE_SAME_SENTENCE } from '../../src/engine/passes/calibrationPlace';

const HEAD = 'Headline for a placement test\n20240311\nhttps://example.org/news/placement\n';

/** The calibration's records of an analysis of `paras` (the trace the fitting script reads), by quote text start. */
function traced(...paras: string[]): { text: string; recs: CalibrationRecord[] } {
  const text = HEAD + paras.join('\n') + '\n';
  const recs: CalibrationRecord[] = [];
  setCalibrationTrace((r) => { recs.push(r); });
  try { analyze(text); } finally { setCalibrationTrace(null); }
  return { text, recs };
}
const at = (t: { text: string; recs: CalibrationRecord[] }, start: string): CalibrationRecord => {
  const r = t.recs.find((x) => t.text.startsWith(start, x.s));
  assert.ok(r, `a quote starting ${start}`);
  return r;
};

describe('calibration place: marked quotes, in the analysis', () => {
  it('tells the cue in the quote\'s sentence, the next sentence, further on and an earlier paragraph apart', () => {
    const t = traced(
      '"The new pier will open before the storms come back," Marisol Tanvik said. "Nobody wants another winter like the last one.',
      '"The ferries will run twice a day from the spring on."',
    );
    const own = at(t, 'The new pier');
    assert.equal(own.how, How.After);
    assert.equal(own.place, PLACE_SAME_SENTENCE);
    const next = at(t, 'Nobody wants');
    assert.equal(next.how, How.ContinuationAfterAttribution);
    assert.equal(next.place, PLACE_ADJACENT);
    const carried = at(t, 'The ferries');
    assert.equal(carried.how, How.ContinuationFromPrevious);
    assert.equal(carried.place, PLACE_FAR);
  });

  it('a quote with no attribution is far', () => {
    const t = traced('Marisol Tanvik spoke at the harbour on Tuesday. The wind was cold, and the boats rocked at their moorings while she spoke. "The new pier will open before the storms come back."');
    const r = at(t, 'The new pier');
    if (!r.speaker) assert.equal(r.place, PLACE_FAR);
  });
});

// A hand-made document state: one paragraph, its sentences and its person names, and quotes over it.
const PARA = 'Lena Vorst met the crews. She spoke. The pier opens soon. Ivo Marr listened. The boats wait.';
function sentsOf(text: string): { s: number; e: number; t0: number; t1: number }[] {
  const out: { s: number; e: number; t0: number; t1: number }[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '.') continue;
    out.push({ s, e: i + 1, t0: 0, t1: 0 });
    s = i + 2;
  }
  return out;
}
function ent(name: string, key: string): DocEnt {
  const s = PARA.indexOf(name);
  return { unit: 0, cand: 0, s, e: s + name.length, ts: s, type: 'person', canonical: name, x: undefined as never, title: null, actorKey: key };
}
const st = {
  text: PARA,
  units: [{ start: 0, end: PARA.length, index: 0, data: { toks: [], sents: sentsOf(PARA), ents: [], segs: [], attrs: [] } }],
  unitEnts: [[ent('Lena Vorst', 'lena'), ent('Ivo Marr', 'ivo')]],
} as unknown as DocState;
const span = (w: string) => { const s = PARA.indexOf(w); return { start: s, end: s + w.length }; };
function quote(text: string, marked: boolean, o: Partial<QuoteBuild>): QuoteBuild {
  const s = PARA.indexOf(text);
  return { s, e: s + text.length, unit: 0, paragraph: 0, marked, kind: 'direct', attr: null, attrUnit: 0, actorKey: 'lena', speakerSpan: span('Lena Vorst'), cue: null, cueSpan: null, confidence: 0.8, how: How.Elsewhere, chainPrev: -1, index: 0, seg: null, ...o } as QuoteBuild;
}

describe('calibration place: the measures on a hand-made paragraph', () => {
  it('marked: sentences between the quote and its cue (or its speaker\'s mention without one)', () => {
    assert.equal(quotePlace(st, quote('The pier opens soon.', true, { cueSpan: span('spoke') })), PLACE_ADJACENT);
    assert.equal(quotePlace(st, quote('The pier opens soon.', true, { cueSpan: null })), PLACE_PARAGRAPH);
    assert.equal(quotePlace(st, quote('She spoke.', true, { cueSpan: span('spoke') })), PLACE_SAME_SENTENCE);
    assert.equal(quotePlace(st, quote('The boats wait.', true, { cueSpan: span('listened') })), PLACE_ADJACENT);
    assert.equal(quotePlace(st, quote('The pier opens soon.', true, { cueSpan: null, speakerSpan: null })), PLACE_FAR);
    assert.equal(quotePlace(st, quote('The pier opens soon.', true, { cueSpan: { start: PARA.length + 5, end: PARA.length + 9 } })), PLACE_FAR);
  });

  it('stripped: another person named between the quote and its speaker\'s mention is a rival', () => {
    assert.equal(quotePlace(st, quote('The pier opens soon.', false, {})), PLACE_NO_RIVAL + PLACE_INSIDE);
    assert.equal(quotePlace(st, quote('The boats wait.', false, {})), PLACE_RIVAL + PLACE_INSIDE, 'Ivo Marr stands between');
    assert.equal(quotePlace(st, quote('The boats wait.', false, { actorKey: 'ivo', speakerSpan: span('Ivo Marr') })), PLACE_NO_RIVAL + PLACE_INSIDE);
    assert.equal(quotePlace(st, quote('She spoke.', false, { actorKey: 'ivo', speakerSpan: span('Ivo Marr') })), PLACE_NO_RIVAL + PLACE_INSIDE, 'a quote before its attribution');
    assert.equal(quotePlace(st, quote('She spoke.', false, { speakerSpan: null, cueSpan: null })), PLACE_NO_RIVAL + PLACE_INSIDE);
    assert.equal(quotePlace(st, quote('Lena Vorst met the crews.', false, {})), PLACE_NO_RIVAL, 'the speaker inside the quote: no stretch');
  });

  it('stripped: the same person under another mention is no rival; a quote after a far attribution is', () => {
    const twice = { ...st, unitEnts: [[ent('Lena Vorst', 'lena'), { ...ent('Ivo Marr', 'lena') }]] } as unknown as DocState;
    assert.equal(quotePlace(twice, quote('The boats wait.', false, {})), PLACE_NO_RIVAL + PLACE_INSIDE);
    const many = { ...st, unitEnts: [Array.from({ length: 40 }, () => ent('Lena Vorst', 'lena')).map((d, i) => ({ ...d, s: 30 + i, e: 31 + i }))] } as unknown as DocState;
    assert.equal(quotePlace(many, quote('The boats wait.', false, { speakerSpan: { start: 0, end: 10 } })), PLACE_RIVAL + PLACE_INSIDE, 'too many names to look at');
  });
});
