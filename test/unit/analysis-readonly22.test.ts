// Analyses are read-only: a later analysis through the same analyzer never writes into the objects of an earlier one,
// also when the text has typewriter quotation marks (the texts restored from the original). Invented text.
import * as assert from 'node:assert/strict';
import { createAnalyzer, type Analysis } from '../../src/engine';

const HEAD = 'Ferry board meets\n20250214\nhttps://example.org/news/ferry\n';
const PARAS = [
  "``We will run the night ferry again by June,'' Mayor Ilse Varnholt said on Thursday.",
  "Captain Oren Taddei of the Brisk Harbor Line called the timetable ''a wish list'' and asked for more crews.",
  "The Lindqvist Marine Works in Port Selby will repair two hulls, Varnholt said.",
  "''Nobody in Port Selby trusts a timetable anymore,'' said Rhea Castellan, a dock worker.",
];

function seed(paras: string[]): string {
  return HEAD + paras.join('\n') + '\n';
}

/** Freezes the objects a caller could hold (entities, quotes, claims, actors): a write into one now throws. */
function freeze(a: Analysis): void {
  for (const list of [a.entities, a.quotes, a.claims, a.actors] as object[][]) {
    for (const o of list) Object.freeze(o);
    Object.freeze(list);
  }
}

const view = (a: Analysis): string => JSON.stringify([a.entities, a.quotes, a.claims, a.actors]);

describe('analyses stay read-only across edits (typewriter marks)', () => {
  it('leaves an earlier analysis unchanged and matches a fresh analysis after each edit', () => {
    const an = createAnalyzer({ rethrow: true });
    const versions = [
      seed(PARAS),
      seed([...PARAS, "Taddei said the Brisk Harbor Line would wait."]),
      seed([PARAS[0], PARAS[1] + " ``Crews first,'' he said.", PARAS[2], PARAS[3]]),
      // The same normalised text, typed with plain marks: kept objects must not carry the other original's text.
      seed([PARAS[0].replace('``', '" ').replace("''", '" '), PARAS[1], PARAS[2], PARAS[3]]),
      seed(PARAS),
    ];
    const earlier: { a: Analysis; snap: string }[] = [];
    for (const t of versions) {
      const a = an.analyze(t);
      const fresh = createAnalyzer({ rethrow: true }).analyze(t);
      assert.equal(view(a), view(fresh));
      for (const x of [...a.entities, ...a.quotes, ...a.claims]) assert.equal(x.text, t.slice(x.start, x.end));
      freeze(a);
      earlier.push({ a, snap: view(a) });
      for (const e of earlier) assert.equal(view(e.a), e.snap);
    }
    assert.ok(earlier[0].a.quotes.some((q) => q.text.startsWith('We will run the night ferry')));
    assert.ok(earlier[0].a.entities.length > 3);
  });
});
