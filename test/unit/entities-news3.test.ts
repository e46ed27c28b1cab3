// Entities, seventh round (issue 12): the learned typer for names the rules leave untyped or weak
// (`src/engine/entities/typer.ts`, weights in `src/engine/data/typer.json`). Every snippet was written for this test
// (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { findEntities } from '../../src/engine/entities';
import { sentences, tokenize } from '../../src/engine/tokens';
import {
  nameContexts, setTyperWeights, typerClass, typerFeatures, typerScores, TYPER_CLASSES, type TyperData,
} from '../../src/engine/entities/typer';
import weights from '../../src/engine/data/typer.json';
import { typeOf, entityList } from './entities-news.test';

const HEAD = 'Headline for a seventh entity test\n20240612\nhttps://example.org/news/entities7\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const bundled = weights as unknown as TyperData;

/** The typer's scores (person, organisation, place; none is 0) for the name `name` in a one-paragraph text. */
function scoresOf(text: string, name: string, rule: string | null = null): number[] {
  const toks = tokenize(text);
  const ents = findEntities(text, toks, sentences(text, toks), false);
  const c = ents.find((x) => x.canonical === name);
  assert.ok(c, `no candidate ${name} in ${ents.map((x) => x.canonical).join(', ')}`);
  const ctx = nameContexts([{ data: { toks, ents } }]);
  const feats = typerFeatures({ toks, c, rule, speaker: false, strong: null, surnameOf: false, doc: ctx.get(toks[c.t0].lower) });
  return typerScores(feats);
}
const bestType = (s: number[]): string => TYPER_CLASSES[s.indexOf(Math.max(...s))]!;

describe('entities, seventh round: the learned typer', () => {
  afterEach(() => setTyperWeights(null));

  it('loads its weights with an attribution, a mode and a margin', () => {
    assert.match(bundled.source ?? '', /GUM/);
    // Packed: the features joined by line breaks, their weights three by three.
    const n = (bundled.keys ?? '').split('\n').length;
    assert.ok(n > 1000);
    assert.equal(bundled.values?.length, 3 * n);
    assert.ok(bundled.mode.split(',').includes('organization'));
  });

  it('ranks an unknown name by its context: a place after travel, a person before a speech verb', () => {
    assert.equal(bestType(scoresOf('She flew to Zorvania last week.', 'Zorvania')), 'place');
    assert.equal(bestType(scoresOf('The hotel is in Zorvania, near the old harbour.', 'Zorvania')), 'place');
    assert.equal(bestType(scoresOf('Yesterday Tovrin told reporters that the plan had failed.', 'Tovrin', 'person')), 'person');
  });

  it('types the invented place in a whole seed', () => {
    assert.equal(typeOf(analyze(seed('She flew to Zorvania last week.')), 'Zorvania'), 'place');
  });

  it('drops a law taken for an organisation (a weak multi-word name the typer rejects)', () => {
    const text = seed('The Quiet Waters Act passed on Tuesday after a long debate.');
    assert.equal(typeOf(analyze(text), 'Quiet Waters Act'), undefined, entityList(analyze(text)));
    // The rules alone keep it: the typer made the difference.
    setTyperWeights({ ...bundled, mode: 'off' });
    assert.equal(typeOf(analyze(text), 'Quiet Waters Act'), 'organization');
  });

  it('keeps an organisation that speaks', () => {
    const a = analyze(seed('"We will appeal," the Quiet Waters Trust said on Tuesday.'));
    assert.equal(typeOf(a, 'Quiet Waters Trust'), 'organization', entityList(a));
  });

  it('types a name the rules leave untyped when its weights say so, and not otherwise', () => {
    const text = seed('They visited Zorvania during the summer.');
    assert.equal(typeOf(analyze(text), 'Zorvania'), undefined);
    // Weights written for the test: a place after `visited`.
    setTyperWeights({ mode: 'none', margin: 1, weights: { 'p1=visited': [0, 0, 5] } });
    assert.equal(typeOf(analyze(text), 'Zorvania'), 'place');
    setTyperWeights({ mode: 'none', margin: 1, weights: { 'p1=visited': [0, 0, 0.5] } });
    assert.equal(typeOf(analyze(text), 'Zorvania'), undefined);
  });

  it('is deterministic and never retypes what the rules type strongly', () => {
    const text = seed('Mayor Ilse Varga of Brenton said the Harbour Council would meet in Zorvania.');
    const a = entityList(analyze(text));
    assert.equal(entityList(analyze(text)), a);
    setTyperWeights({ mode: 'none,organization,place,person', margin: 0, weights: { bias: [-50, -50, -50] } });
    assert.equal(typeOf(analyze(text), 'Ilse Varga'), 'person');
  });

  it('returns the rules\' type for a speaking name whatever the scores', () => {
    const toks = tokenize('Acme said it would appeal.');
    const ents = findEntities('Acme said it would appeal.', toks, sentences('Acme said it would appeal.', toks), false);
    const c = ents.find((x) => x.canonical === 'Acme')!;
    const feats = typerFeatures({ toks, c, rule: 'organization', speaker: true, strong: null, surnameOf: false, doc: undefined });
    setTyperWeights({ mode: 'organization', margin: 0, weights: { bias: [-50, -50, -50] } });
    assert.equal(typerClass(feats, 'organization'), 'organization');
    assert.equal(typerClass(feats.filter((f) => f !== 'speaker' && f !== 'cue'), 'organization'), null);
  });
});
