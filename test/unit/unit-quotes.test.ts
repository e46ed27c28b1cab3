// Every paragraph's quote list starts as one shared empty list (passes/state.ts `noQuotes`); `addUnitQuote` gives a
// paragraph its own list with its first quote, so the shared one stays empty for every other paragraph and analysis.
import * as assert from 'node:assert/strict';
import { analyzeParagraph } from '../../src/engine';
import { createState } from '../../src/engine/passes/state';
import { addUnitQuote, newQuote } from '../../src/engine/passes/speakers';
import { PlainUnit } from '../../src/engine/plainObjects';

function state(lines: string[]) {
  let at = 0;
  const units = lines.map((t, i) => {
    const u = new PlainUnit(at, at + t.length, i, analyzeParagraph(t, false));
    at += t.length + 1;
    return u;
  });
  return createState(lines.join('\n'), units);
}

describe('quote lists per paragraph', () => {
  it('a quote added to one paragraph leaves the others empty, in this state and the next', () => {
    const lines = ['Marta Okonkwo spoke first.', '"The bridge will open in May," she said.', 'Senator Ruth Vell did not speak.'];
    const st = state(lines);
    assert.equal(st.unitQuotes.length, 3);
    addUnitQuote(st, 1, newQuote(st, 1, 28, 57, true));
    addUnitQuote(st, 1, newQuote(st, 1, 27, 28, true));
    assert.deepEqual(st.unitQuotes.map((q) => q.length), [0, 2, 0]);
    assert.deepEqual(st.unitQuotes[1].map((q) => q.s), [27, 28]);
    const next = state(lines);
    assert.deepEqual(next.unitQuotes.map((q) => q.length), [0, 0, 0]);
  });
});
