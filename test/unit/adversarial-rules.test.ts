// Adversarial shapes of the rules added after issue 11 (bench/adversarialRules.ts): each fix here bounds a look-around
// that grew with the square of a shape. The bounds are counts of operations (reads of a property, lookups in the
// lexicon, calls of a helper), deterministic on any machine; each fails with the look-around as it was.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/engine';
import { lexicon } from '../../src/engine/lexicon';
import type { ActorBuild, DocEnt, DocState } from '../../src/engine/passes/state';
import { surnameBearer } from '../../src/engine/passes/surnameBearer';
import { RULE_SHAPES } from '../../bench/adversarialRules';
import { outputTextSize } from '../../bench/adversarial';

const KB = 1024;
const shape = (name: string): (typeof RULE_SHAPES)[number] => RULE_SHAPES.find((s) => s.name === name)!;

/** A person actor whose `gender` and `first` reads are counted in `reads`. */
function countedPerson(reads: { n: number }, key: string, name: string, gender: 'm' | 'f', first: number): ActorBuild {
  const a = { key, name, type: 'person', forms: new Set<string>(), role: null, mentions: [], speaker: false } as unknown as ActorBuild;
  Object.defineProperty(a, 'gender', { get: () => { reads.n++; return gender; } });
  Object.defineProperty(a, 'first', { get: () => { reads.n++; return first; } });
  return a;
}

/** Lookups in the lexicon's common-word map while `f` runs. */
function lexiconReads(f: () => void): number {
  const common = lexicon().common;
  const own = Object.prototype.hasOwnProperty.call(common, 'get');
  const get = common.get;
  let n = 0;
  common.get = function (this: Map<string, string>, k: string) { n++; return get.call(this, k); };
  try {
    f();
  } finally {
    if (own) common.get = get;
    else delete (common as { get?: unknown }).get;
  }
  return n;
}

describe('adversarial shapes of the newer rules', function () {
  this.timeout(60_000);

  it('a surname of thousands of bearers: each pronoun reads a few of them, not all (surnameBearer)', () => {
    const N = 2000;
    const reads = { n: 0 };
    const text = 'Quenby ' + ' '.repeat(100);
    const actors = new Map<string, ActorBuild>();
    const add = (a: ActorBuild): void => { actors.set(a.key, a); };
    add(countedPerson(reads, 'p:marla', 'Marla Quenby', 'f', 10));
    for (let i = 0; i < N; i++) add(countedPerson(reads, `p:m${i}`, `Tobias Vorb${i} Quenby`, 'm', 20 + i));
    const st = { actors, text } as unknown as DocState;
    // A bare `Quenby` linked to the last man: read through `she`, it is the one woman of that surname named before him.
    const d = { actorKey: `p:m${N - 1}`, title: null, s: 0, e: 6 } as unknown as DocEnt;
    for (let k = 0; k < N; k++) assert.equal(surnameBearer(st, d, 'f'), 'p:marla');
    // (A scan of every bearer per pronoun read ~N² = 4,000,000 genders.)
    assert.ok(reads.n < 10 * N, `${reads.n} reads of gender and first for ${N} pronouns`);
    // Two women named before him: the text does not say which.
    add(countedPerson(reads, 'p:ada', 'Ada Quenby', 'f', 15));
    assert.equal(surnameBearer(st, d, 'f'), null);
    // A woman named after him does not count.
    const e = { actorKey: 'p:m0', title: null, s: 0, e: 6 } as unknown as DocEnt;
    assert.equal(surnameBearer(st, e, 'f'), null);
  });

  it('a paragraph of thousands of colons: the run of speech after each is read once (speechRunEnd)', () => {
    const s = shape('colons opening speech');
    const small = s.make(32 * KB);
    const big = s.make(64 * KB);
    const a = lexiconReads(() => createAnalyzer({ rethrow: true }).analyze(small));
    const b = lexiconReads(() => createAnalyzer({ rethrow: true }).analyze(big));
    // (Each colon re-read every sentence after it: ×3.9 for twice the input, 1,178,054 lookups at 32 KB.)
    assert.ok(b / a <= 2.5, `lexicon lookups ${a} → ${b} (×${(b / a).toFixed(2)}) for twice the input`);
    assert.ok(a < 30 * small.length / 8, `${a} lookups for ${small.length} characters`);
  });

  it('the same run, cut at an attribution: the quote after a colon stops where it did', () => {
    const text = 'Colon run\n20220106\nhttps://example.org/x\nOtto Brask had a warning for the board: The harvest will fail. ' +
      'The river is low. Brask said the rest in a letter. The mill was closed.\n';
    const a = createAnalyzer({ rethrow: true }).analyze(text);
    const q = a.quotes.find((x) => x.text.startsWith('The harvest'));
    if (q) assert.ok(!q.text.includes('letter') && !q.text.includes('mill'), q.text);
  });

  it('thousands of unnamed sources of one name: one id each, made in one look (output)', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const util = require('../../src/engine/passes/util') as { slug: (s: string) => string };
    const slug = util.slug;
    let calls = 0;
    util.slug = (x: string) => { calls++; return slug(x); };
    let actors = 0;
    let ids: string[] = [];
    try {
      const a = createAnalyzer({ rethrow: true }).analyze(shape('unnamed sources of one name').make(32 * KB));
      actors = a.actors.length;
      ids = a.actors.map((x) => x.id);
    } finally {
      util.slug = slug;
    }
    assert.ok(actors > 300, `${actors} actors`);
    assert.equal(new Set(ids).size, ids.length, 'ids are distinct');
    assert.ok(ids.includes('actor-friend') && ids.includes('actor-friend-2') && ids.includes(`actor-friend-${actors - 1}`), ids.slice(0, 4).join(' '));
    // (Counting up from 2 for every actor of the name made ~actors²/2 slugs.)
    assert.ok(calls <= actors, `${calls} slugs for ${actors} actors`);
  });

  it('an actor whose name looks like a numbered id of another keeps the ids distinct', () => {
    const text = 'Ids\n20220106\nhttps://example.org/x\n' + 'We go, a friend said. '.repeat(3) + '\nWe stay, said Friend 2.\n';
    const a = createAnalyzer({ rethrow: true }).analyze(text);
    const ids = a.actors.map((x) => x.id);
    assert.equal(new Set(ids).size, ids.length, ids.join(' '));
  });

  for (const s of RULE_SHAPES) {
    it(`${s.name}: output at most one item per word and bounded in size; an edit in the middle equals a fresh analysis`, () => {
      const text = s.make(64 * KB);
      const inc = createAnalyzer({ rethrow: true });
      const a = inc.analyze(text);
      const words = (text.match(/\S+/g) ?? []).length;
      const items = a.entities.length + a.quotes.length + a.claims.length + a.actors.length;
      assert.ok(items <= words, `${items} items for ${words} words`);
      // (As adversarial.test.ts asks of the issue-11 shapes: span texts ≤ 4× the input, the JSON ≤ 40×.)
      assert.ok(outputTextSize(a).total <= 4 * text.length && JSON.stringify(a).length <= 40 * text.length, 'output size');
      const mid = text.indexOf(' ', text.length >> 1);
      const edited = mid < 0 ? text + 'Ada Quill said the rain came.\n' : text.slice(0, mid) + ' Ada Quill said the rain came.' + text.slice(mid);
      assert.deepEqual(inc.analyze(edited), createAnalyzer({ rethrow: true }).analyze(edited));
    });
  }
});
