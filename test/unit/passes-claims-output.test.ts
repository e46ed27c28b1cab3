// The claims and output passes (src/engine/passes/claims.ts, output.ts), and the explanation text derived from the
// typed `How` kind. Every text here was written for these tests.
import * as assert from 'node:assert/strict';
import { How, howText } from '../../src/engine/passes/state';
import { outputPass } from '../../src/engine/passes/output';
import { actorName, spanText, stateAfter } from './passesHelpers';

describe('claims pass', () => {
  it('makes a claim of every quote with a speaker, and of every attribution that carries no quote', () => {
    const st = stateAfter('claims',
      '"The pier will open in June," Dana Velloway said.',
      'Robert Quarnby said on Friday that the ferries would come back in July.');
    const quoteClaim = st.claimBuilds.find((c) => c.quote !== null);
    assert.ok(quoteClaim, 'claim of the quote');
    assert.equal(actorName(st, quoteClaim.actorKey), 'Dana Velloway');
    const other = st.claimBuilds.find((c) => c.quote === null);
    assert.ok(other, 'claim of the attribution without a quote');
    assert.equal(actorName(st, other.actorKey), 'Robert Quarnby');
    assert.equal(spanText(st, other), 'the ferries would come back in July');
    assert.equal(other.cue, 'said');
  });

  it('makes no claim of an attribution inside a quotation', () => {
    const st = stateAfter('claims', '"Robert Quarnby said the ferries would come back, but he was wrong," Dana Velloway said.');
    assert.ok(!st.claimBuilds.some((c) => actorName(st, c.actorKey) === 'Robert Quarnby'));
  });
});

describe('output pass', () => {
  it('derives the reader\'s explanation from the kind, with or without a speaker', () => {
    assert.equal(howText(How.After, true), 'attribution after the quote');
    assert.equal(howText(How.After, false), 'attribution after the quote (speaker unresolved)');
    assert.equal(howText(How.None, false), 'no attribution found');
    assert.equal(howText(How.PronounEarlier, true), 'pronoun from an earlier paragraph');
    assert.equal(howText(How.ContinuationIntoNext, true), 'continuation into the next paragraph');
  });

  it('numbers actors by name (a second actor of the same slug gets -2), entities, quotes and claims in order', () => {
    const st = stateAfter('claims',
      '"The pier will open in June," Dana Velloway said.',
      'The Dana Velloway Trust said the town would pay for it.');
    const r = outputPass(st);
    assert.deepEqual(r.actors.map((a) => a.id), ['actor-dana-velloway', 'actor-dana-velloway-trust']);
    assert.deepEqual(r.entities.map((e) => e.id), r.entities.map((_, i) => `e${i}`));
    assert.deepEqual(r.quotes.map((q) => q.id), ['q0']);
    const q = r.quotes[0];
    assert.equal(q.attribution, 'attribution after the quote');
    assert.equal(q.speaker, 'actor-dana-velloway');
    assert.deepEqual(r.actors[0].quotes, ['q0']);
    assert.ok(r.claims.every((c, i) => c.id === `c${i}`));
    assert.equal(r.claims.find((c) => c.quote === 'q0')?.actor, 'actor-dana-velloway');
  });

  it('links each claim to its own quote when the stripped quotes were found out of start order', () => {
    // Without quotation marks the inverted quote (`..., said Y.`) is found before the preposed one (`X said, ...`)
    // that precedes it in the text; the output sorts the quotes by start, and each claim must still name its own.
    const st = stateAfter('claims',
      'Dana Velloway and Robert Quarnby met on Monday.',
      'Dana Velloway said, We will open the pier in June and nobody will stop us. The ferries are coming back, and I am sure of it, said Robert Quarnby.');
    assert.ok(st.quotes.length >= 2 && st.quotes[0].s > st.quotes[1].s, 'the test needs quotes out of start order');
    const r = outputPass(st);
    const quoteClaims = r.claims.filter((c) => c.quote);
    assert.equal(quoteClaims.length, 2);
    for (const c of quoteClaims) {
      const q = r.quotes.find((x) => x.id === c.quote)!;
      assert.deepEqual([q.start, q.end, q.speaker], [c.start, c.end, c.actor]);
    }
    const byActor = Object.fromEntries(r.actors.map((a) => [a.name, a.claims.map((id) => r.claims.find((c) => c.id === id)!.quote)]));
    assert.deepEqual(byActor['Dana Velloway'], [r.quotes.find((q) => q.text.startsWith('We will open'))!.id]);
    assert.deepEqual(byActor['Robert Quarnby'], [r.quotes.find((q) => q.text.startsWith('The ferries'))!.id]);
  });

  it('keeps the earlier of two overlapping quotes', () => {
    const st = stateAfter('quotes', '"The pier will open in June," Dana Velloway said.');
    const [q] = st.quotes;
    st.quotes.push({ ...q, s: q.s + 4, e: q.e + 10, index: 1 });
    const r = outputPass(st);
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].start, q.s);
  });
});
