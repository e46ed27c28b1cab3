// Start-up round (issue 12, branch h-start21): data the first analysis of a worker reads without building it first —
// the GeoNames city lists searched in place (no set of 10,000 names), the typer's weights packed (no object of 4,500
// keys at load). Both must answer exactly as the structures they replace. Invented words only.
import * as assert from 'node:assert/strict';
import { CITIES_BIG, CITIES_SMALL } from '../../src/engine/data/cities';
import { inSortedList, isGeoCity } from '../../src/engine/gazetteer';
import { packTyperData, setTyperWeights, typerScores, type TyperData } from '../../src/engine/entities/typer';
import weights from '../../src/engine/data/typer.json';

describe('start-up data: a sorted word list searched in place', () => {
  const sorted = (words: string[]): string => [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('|');

  it('finds every word of a small list and nothing else', () => {
    const words = ['avonbridge', 'bel air', 'brackwater', 'cölln', 'dunmere', 'dunmere heights', 'eastvale', 'z'];
    const list = sorted(words);
    for (const w of words) assert.equal(inSortedList(list, w), true, w);
    for (const w of ['', 'a', 'avon', 'avonbridges', 'bel', 'bel air ', 'dunmere|eastvale', '|', 'zz', 'ölln', 'Dunmere', 'ÿ']) {
      assert.equal(inSortedList(list, w), false, w);
    }
    assert.equal(inSortedList('', 'x'), false);
    assert.equal(inSortedList('solo', 'solo'), true);
    assert.equal(inSortedList('solo', 'sol'), false);
  });

  it('keeps the city lists sorted, so that the search holds', () => {
    for (const list of [CITIES_BIG, CITIES_SMALL]) {
      const a = list.split('|');
      for (let i = 1; i < a.length; i++) assert.ok(a[i - 1] < a[i], `${a[i - 1]} / ${a[i]}`);
      assert.ok(!a.includes(''));
    }
  });

  it('answers as a set of the city lists would, for every city and its near misses', () => {
    const all = new Set((CITIES_BIG + '|' + CITIES_SMALL).split('|'));
    const probes = ['', 'qq', 'zzzz', 'the', 'a|b'];
    for (const w of all) probes.push(w, w + 's', w.slice(0, -1), w.slice(1), w.toUpperCase());
    for (const w of probes) assert.equal(isGeoCity(w), all.has(w), w);
  });
});

describe('start-up data: the typer weights packed', () => {
  afterEach(() => setTyperWeights(null));

  it('packs features and weights in their order, and leaves packed data as it is', () => {
    const d: TyperData = { mode: 'none', margin: 1, weights: { 'w=brackwater': [1.5, -2, 0.3], bias: [-4, -4, -4] } };
    const p = packTyperData(d);
    assert.equal(p.keys, 'w=brackwater\nbias');
    assert.deepEqual(p.values, [1.5, -2, 0.3, -4, -4, -4]);
    assert.equal(p.weights, undefined);
    assert.equal(packTyperData(p), p);
    assert.throws(() => packTyperData({ mode: 'none', margin: 0, weights: { 'a\nb': [0, 0, 0] } }));
  });

  it('scores the same from the packed bundled weights as from the same weights unpacked', () => {
    const bundled = weights as unknown as TyperData;
    const keys = (bundled.keys ?? '').split('\n');
    const values = bundled.values ?? [];
    const unpacked: Record<string, number[]> = {};
    keys.forEach((k, i) => (unpacked[k] = values.slice(3 * i, 3 * i + 3)));
    const lists = [['bias'], ['bias', 'w=zorvania', 'p1=to'], keys.slice(0, 40), keys.slice(-40), keys.filter((_, i) => i % 97 === 0), []];
    const packedScores = lists.map((f) => typerScores(f));
    setTyperWeights({ ...bundled, keys: undefined, values: undefined, weights: unpacked });
    assert.deepEqual(lists.map((f) => typerScores(f)), packedScores);
  });
});
