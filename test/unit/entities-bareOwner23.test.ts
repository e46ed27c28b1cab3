// A one-word outlet or firm with a stripped possessive whose bare name the document writes (issue 12, twenty-second
// round). Invented text.
import * as assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../src/engine';

const HEAD = 'Headline for a bare owner test\n20250309\nhttps://example.org/news/bare-owner\n';

function ents(body: string): string[] {
  const a = analyze(HEAD + body + '\n');
  return a.entities.map((e) => `${e.text}/${e.type}/${e.canonical}`);
}

describe('a one-word name in s whose bare name the document writes (twenty-second round)', () => {
  it('names the possessive by its base when the document writes the base alone', () => {
    const body = 'The mayor spoke on Vantrel last week.\nLater a Vantrels poll found the pier unsafe.';
    const got = ents(body);
    assert.ok(got.includes('Vantrels/organization/Vantrel'), got.join(', '));
  });

  it('leaves a family title or a word that is also a stripped contraction alone (twenty-third round)', () => {
    for (const body of [
      'You never have to tell Nonna to hurry.\nThe sauce is in Nonnas blood now.',
      'The sermon warned of Hell and its fires.\nThe preacher said Hells gates were wide.',
    ]) {
      const got = ents(body);
      assert.ok(!got.some((e) => /^(Nonnas|Hells)\/organization/.test(e)), `${body}: ${got.join(', ')}`);
    }
  });

  it('leaves it alone without the bare name, or when the base is a common word or placed', () => {
    for (const body of [
      'Later a Vantrels poll found the pier unsafe.',
      'They met at Harbor and Pine.\nLater Harbors wall cracked in the storm.',
      'She grew up in Morvath and moved away.\nThe Morvaths harbour was busy.',
    ]) {
      const got = ents(body);
      assert.ok(!got.some((e) => /^(Vantrels|Harbors|Morvaths)\/organization/.test(e)), `${body}: ${got.join(', ')}`);
    }
  });

  it('follows an edit that adds or removes the bare name elsewhere', () => {
    const an = createAnalyzer();
    const withBare = HEAD + 'The mayor spoke on Vantrel last week.\nThe pier stayed shut.\nLater a Vantrels poll found the pier unsafe.\n';
    const without = HEAD + 'The mayor spoke on the radio last week.\nThe pier stayed shut.\nLater a Vantrels poll found the pier unsafe.\n';
    const names = (t: string): string[] => an.analyze(t).entities.map((e) => `${e.text}/${e.canonical}`);
    const fresh = (t: string): string[] => createAnalyzer().analyze(t).entities.map((e) => `${e.text}/${e.canonical}`);
    for (const t of [without, withBare, without, withBare]) assert.deepEqual(names(t), fresh(t));
    assert.ok(names(withBare).includes('Vantrels/Vantrel'));
  });
});
