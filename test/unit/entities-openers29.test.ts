// Entities, twenty-ninth round (issue 12, branch h-ent): a sentence-opening gerund or an adverb made from a known
// adjective (`Having said that, ...`, `Simply saying ...`, `Relatedly, ...`) names no person, also before a speech cue;
// a name shaped like such an adverb that a name list knows stays a name (`Kelly said`).
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article); the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { adjectiveAdverb } from '../../src/engine/entities/adjectiveAdverb';

const seed = (headline: string, ...paras: string[]): string => `${headline}\n20261202\nhttps://example.org/news/openers29\n${paras.join('\n')}\n`;
/** Entities as `type:text`, in order. */
const ents = (src: string): string[] => analyze(src).entities.map((e) => `${e.type}:${src.slice(e.start, e.end)}`);

describe('entities, twenty-ninth round: sentence-opening gerunds and adverbs', () => {
  it('reads an adverb from an adjective the lexicon knows, and no name', () => {
    assert.ok(adjectiveAdverb('simply'));
    assert.ok(adjectiveAdverb('happily'));
    assert.ok(!adjectiveAdverb('kelly'));
    assert.ok(!adjectiveAdverb('beverly'));
    assert.ok(!adjectiveAdverb('family'));
  });

  it('keeps an opening gerund before a speech verb out of the persons', () => {
    const got = ents(seed('A plain headline about a court', 'Having announced the verdict, Judge Dorian Varrow left the room.',
      'We are not done yet, said Marta Quint, the clerk. Having said that, the day was long.'));
    assert.ok(!got.some((x) => /Having/.test(x)), got.join(', '));
    assert.ok(got.includes('person:Marta Quint'), got.join(', '));
  });

  it('keeps an opening adverb out of the persons, alone or before a name', () => {
    const got = ents(seed('A plain headline about a vote', 'Simply saying that you will stay home is a mistake too.',
      'Relatedly, Marta Quint argues that the count was late.', 'Kelly said the ferry left at noon.'));
    assert.ok(!got.some((x) => /Simply|Relatedly/.test(x)), got.join(', '));
    assert.ok(got.includes('person:Marta Quint'), got.join(', '));
    assert.ok(got.includes('person:Kelly'), got.join(', '));
  });
});
