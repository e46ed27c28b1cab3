// Speaker rules (src/engine/passes/speakers.ts) on their own: pronouns, subjects of sentences, attribution subjects.
// Every text here was written for these tests.
import * as assert from 'node:assert/strict';
import { insideQuote, newQuote, resolvePronoun, speakerFromSubject, subjectOfSentence } from '../../src/engine/passes/speakers';
import { How, type DocState } from '../../src/engine/passes/state';
import { actorName, spanText, stateAfter } from './passesHelpers';

/** Unit index of body paragraph `p` (the headline is unit 0). */
const unitOf = (st: DocState, p: number): number => st.units.findIndex((u) => u.index === p);
/** Absolute offset of the first `needle` in body paragraph `p`. */
const at = (st: DocState, p: number, needle: string): number => {
  const u = st.units[unitOf(st, p)];
  const i = st.text.slice(u.start, u.end).indexOf(needle);
  assert.ok(i >= 0, `${needle} in paragraph ${p}`);
  return u.start + i;
};

describe('speakers: pronouns', () => {
  it('resolves she and he to the nearest person of that gender before them in the paragraph', () => {
    const st = stateAfter('actors', 'Ms. Dana Velloway met Mr. Robert Quarnby at the pier. She said the pier was safe and he agreed.');
    const she = resolvePronoun(st, 'she', unitOf(st, 0), at(st, 0, 'She said'));
    assert.deepEqual(she && [actorName(st, she.key), she.same], ['Dana Velloway', true]);
    const he = resolvePronoun(st, 'he', unitOf(st, 0), at(st, 0, 'he agreed'));
    assert.deepEqual(he && [actorName(st, he.key), he.same], ['Robert Quarnby', true]);
  });

  it('looks back to the subject of the previous paragraph when the paragraph has no antecedent', () => {
    const st = stateAfter('actors', 'Ms. Dana Velloway opened the pier on Friday.', 'She said the pier was safe.');
    const r = resolvePronoun(st, 'she', unitOf(st, 1), at(st, 1, 'She'));
    assert.deepEqual(r && [actorName(st, r.key), r.same], ['Dana Velloway', false]);
  });

  it('resolves it to an organisation, never to a person', () => {
    const st = stateAfter('actors', 'The Northern Rail Authority met Ms. Dana Velloway on Friday. It said trains would run.');
    const r = resolvePronoun(st, 'it', unitOf(st, 0), at(st, 0, 'It said'));
    assert.equal(r && actorName(st, r.key), 'Northern Rail Authority');
  });

  it('finds nothing for a pronoun without a compatible antecedent', () => {
    const st = stateAfter('actors', 'Mr. Robert Quarnby opened the pier. She said it was safe.');
    assert.equal(resolvePronoun(st, 'she', unitOf(st, 0), at(st, 0, 'She')), null);
  });
});

describe('speakers: attribution subjects and sentence subjects', () => {
  it('speakerFromSubject takes a named subject, and for a pronoun records how it was resolved', () => {
    const st = stateAfter('actors', 'Ms. Dana Velloway opened the pier. The pier is safe, she said.');
    const ui = unitOf(st, 0);
    const attr = st.units[ui].data.attrs.find((a) => a.subject.kind === 'pronoun');
    assert.ok(attr, 'pronoun attribution found');
    const q = newQuote(st, ui, at(st, 0, 'The pier is safe'), at(st, 0, ', she'), false);
    speakerFromSubject(st, attr.subject, ui, q);
    assert.equal(actorName(st, q.actorKey), 'Dana Velloway');
    assert.equal(q.how, How.PronounSame);
    assert.equal(spanText(st, q.speakerSpan!), 'she');
    assert.equal(q.confidence, 0.75 * 0.9);
  });

  it('speakerFromSubject maps `the authority` to the organisation of that name before it', () => {
    const st = stateAfter('actors', 'The Northern Rail Authority published its timetable.', 'The plan will work, the authority said.');
    const ui = unitOf(st, 1);
    const attr = st.units[ui].data.attrs.find((a) => a.subject.kind === 'np');
    assert.ok(attr && attr.subject.head === 'authority', 'definite organisation noun');
    const q = newQuote(st, ui, at(st, 1, 'The plan'), at(st, 1, ', the'), false);
    speakerFromSubject(st, attr.subject, ui, q);
    assert.equal(actorName(st, q.actorKey), 'Northern Rail Authority');
    assert.equal(spanText(st, q.speakerSpan!), 'the authority');
  });

  it('subjectOfSentence gives a quote inside a sentence to the name that opens it, not to an object', () => {
    const st = stateAfter('actors', 'Dana Velloway criticised Robert Quarnby, calling the plan "a slow disaster" on Friday.');
    const ui = unitOf(st, 0);
    const open = at(st, 0, '"a slow') - st.units[ui].start;
    const q = newQuote(st, ui, at(st, 0, 'a slow'), at(st, 0, '" on'), true);
    subjectOfSentence(st, q, ui, open);
    assert.equal(actorName(st, q.actorKey), 'Dana Velloway');
    assert.equal(q.how, How.Subject);
    assert.equal(q.confidence, 0.55);
  });

  it('insideQuote tells offsets inside quotation marks from those outside', () => {
    const st = stateAfter('actors', 'Dana Velloway said "the pier is safe" on Friday.');
    const ui = unitOf(st, 0);
    assert.equal(insideQuote(st, at(st, 0, 'pier is'), ui), true);
    assert.equal(insideQuote(st, at(st, 0, 'Friday'), ui), false);
  });
});
