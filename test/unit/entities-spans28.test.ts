// Entities, twenty-seventh round (issue 12, branch h-ent28): span boundaries of names. A contraction opening a
// sentence is no part of the name after it; a sentence-opening function word does not stop a full name from owning
// the organisation after its possessive; two names joined by `and` stay two when the left ends in a firm's suffix
// with its dot, or the right is a name the lists know whole; after a lower-case title and `of`, the office's domain
// before a lone surname is part of the title (`former secretary of State Varrow`).
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article); the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const seed = (headline: string, ...paras: string[]): string => `${headline}\n20261202\nhttps://example.org/news/spans28\n${paras.join('\n')}\n`;
/** Entities as `type:text`, in order. */
const ents = (src: string): string[] => analyze(src).entities.map((e) => `${e.type}:${src.slice(e.start, e.end)}`);

describe('entities, twenty-seventh round: span boundaries', () => {
  it('leaves a contraction opening a sentence out of the name after it', () => {
    const src = seed('A plain headline about a ferry', 'Dorian Varrow waited at the pier.', "Don't Dorian, please. Can't Varrow see the ferry? We're Quint fans.");
    const got = ents(src);
    assert.ok(got.includes('person:Dorian'), got.join(', '));
    assert.ok(got.includes('person:Varrow'), got.join(', '));
    assert.ok(!got.some((x) => /Don't|Can't|We're/.test(x)), got.join(', '));
    // (Curly apostrophes and capitals too; a possessive `'s` stays a name's.)
    const curly = seed('A plain headline about a ferry', 'Dorian Varrow waited.', 'DIDN’T Varrow say so? Varrow’s ferry left.');
    assert.ok(!ents(curly).some((x) => /DIDN/.test(x)), ents(curly).join(', '));
    assert.ok(ents(curly).some((x) => x.startsWith('person:Varrow')), ents(curly).join(', '));
  });

  it('splits a full name from the organisation its possessive owns after a sentence-opening function word', () => {
    const src = seed('A plain headline about a race', 'When Dorian Varrow’s Senate bid ended, his staff left.', "As Rep. Elsa Quint's Senate office closed, aides packed.");
    const got = ents(src);
    assert.ok(got.includes('person:Dorian Varrow'), got.join(', '));
    assert.ok(got.includes('person:Elsa Quint'), got.join(', '));
    assert.ok(!got.some((x) => x.startsWith('organization:') && /Varrow|Quint/.test(x)), got.join(', '));
  });

  it('keeps two firms joined by `and` apart when the first ends in a suffix with its dot', () => {
    const got = ents(seed('A plain headline about a merger', 'The deal joins Quarvo Group Inc. and Teller LLC for a year.'));
    assert.ok(got.includes('organization:Quarvo Group Inc.'), got.join(', '));
    assert.ok(got.includes('organization:Teller LLC'), got.join(', '));
    // (One name with `and` inside stays whole: `Wren Fish and Wildlife Service`.)
    const one = ents(seed('A plain headline about a river', 'Officials of the Wren Fish and Wildlife Service came.'));
    assert.ok(one.includes('organization:Wren Fish and Wildlife Service'), one.join(', '));
  });

  it('keeps a known name after `and` apart from the unknown word before it', () => {
    const got = ents(seed('A plain headline about a poll', 'A poll by Quellmont and Fox News found a close race.'));
    assert.ok(got.includes('organization:Fox News'), got.join(', '));
    assert.ok(!got.some((x) => x.includes('Quellmont and')), got.join(', '));
    // (A whole known entry across the `and` stays one: `Bosnia and Herzegovina`.)
    const whole = ents(seed('A plain headline about a trip', 'She flew to Bosnia and Herzegovina in May.'));
    assert.ok(whole.includes('place:Bosnia and Herzegovina'), whole.join(', '));
  });

  it('leaves the office after a lower-case title and `of` out of a lone surname', () => {
    const src = seed('A plain headline about a treaty', 'Dorian Varrow signed it.', "The former secretary of State Varrow was for it. Aides read then-Secretary of State Varrow's notes.");
    const got = ents(src).filter((x) => x.includes('Varrow'));
    assert.deepEqual(got, ['person:Dorian Varrow', 'person:Varrow', 'person:Varrow'], got.join(', '));
    assert.ok(!got.some((x) => x.includes('State')), got.join(', '));
  });
});
