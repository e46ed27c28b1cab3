// A titled person's name that really ends in `s`, before a lower-case word (issue 12, twenty-third round). Invented text.
import * as assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../src/engine';

const HEAD = 'Harbor board weighs ferry plan\n20260303\nhttps://example.com/news/ferry\n';

function persons(text: string): { names: string[]; canon: string[] } {
  const a = analyze(text);
  return {
    names: a.actors.filter((x) => x.type === 'person').map((x) => x.name),
    canon: a.entities.filter((e) => e.type === 'person').map((e) => `${e.text}/${e.canonical}`),
  };
}

describe('a titled name ending in s before a lower-case word (twenty-third round)', () => {
  it('keeps the s when the name stands alone with it elsewhere', () => {
    const p = persons(HEAD + 'Sen. Dorvel Pickens wear a green scarf to every hearing on the ferry.\n'
      + 'Pickens said the vote would wait until spring.\n');
    assert.deepEqual(p.names, ['Dorvel Pickens'], p.canon.join(', '));
    assert.ok(p.canon.includes('Dorvel Pickens/Dorvel Pickens'), p.canon.join(', '));
  });

  it('keeps the s when the document names the person in full with it', () => {
    const p = persons(HEAD + 'Tobin Quarles said the board had waited too long.\n'
      + 'Mr. Quarles as a consultant was paid by the harbor for two years.\n');
    assert.deepEqual(p.names, ['Tobin Quarles'], p.canon.join(', '));
  });

  it('reads a possessive as before when the bare name is written', () => {
    // `Gov. Lina Varrow` is named without the `s`: `Gov. Lina Varrows plan` is her plan.
    const p = persons(HEAD + 'Gov. Lina Varrow spoke on Monday. Gov. Lina Varrows plan would cut the fares.\n'
      + 'Varrow said the fares were too high.\n');
    assert.deepEqual(p.names, ['Lina Varrow'], p.canon.join(', '));
  });

  it('reads a possessive as before without evidence for the s', () => {
    const p = persons(HEAD + 'Sen. Dorvel Pickens plan would cut the fares in half.\n');
    assert.ok(p.canon.includes('Dorvel Pickens/Dorvel Picken'), p.canon.join(', '));
  });

  it('takes no family plural for the name standing alone', () => {
    const p = persons(HEAD + 'President Tovan Quenbys plan would cut the fares in half.\n'
      + 'The Quenbys said they were pleased with the vote.\n');
    assert.ok(p.canon.includes('Tovan Quenbys/Tovan Quenby'), p.canon.join(', '));
  });

  it('gives the same result after edits as a fresh analysis', () => {
    const az = createAnalyzer();
    const a = HEAD + 'Sen. Dorvel Pickens wear a green scarf to every hearing on the ferry.\nThe hearing ran late.\n';
    const b = a + 'Pickens said the vote would wait until spring.\n';
    for (const t of [a, b, a, b]) assert.deepEqual(az.analyze(t), analyze(t));
  });
});
