// Issue 11: analysis size must grow linearly with the input. Adversarial shapes (bench/adversarial.ts), generated here,
// must give an output whose texts sum to a small multiple of the input, growing in step with it. Sizes, not times:
// deterministic on any machine. (The growth in time is measured by `npm run bench`, docs/bench.md.)
import * as assert from 'node:assert/strict';
import { createAnalyzer, type Analysis } from '../../src/engine';
import { SHAPES, outputTextSize } from '../../bench/adversarial';

const KB = 1024;
/** Span texts (entities, canonical names, quotes, claims, actor names, roles, aliases) over the input length. */
const MAX_TEXT_RATIO = 4;
/** Claim texts alone over the input length. */
const MAX_CLAIM_RATIO = 2;
/** The whole analysis as JSON over the input length (ids, offsets and field names included). */
const MAX_JSON_RATIO = 40;

function analyzeStrict(text: string): Analysis {
  return createAnalyzer({ rethrow: true }).analyze(text);
}

function sizes(text: string, a: Analysis): { text: number; claims: number; json: number } {
  const o = outputTextSize(a);
  return { text: o.total / text.length, claims: o.claims / text.length, json: JSON.stringify(a).length / text.length };
}

describe('adversarial inputs: output grows linearly (issue 11)', function () {
  this.timeout(60_000);

  for (const shape of SHAPES) {
    it(`${shape.name}: output texts ≤ ${MAX_TEXT_RATIO}× the input, claims ≤ ${MAX_CLAIM_RATIO}×, JSON ≤ ${MAX_JSON_RATIO}×`, () => {
      const text = shape.make(48 * KB);
      const a = analyzeStrict(text);
      const r = sizes(text, a);
      assert.ok(r.text <= MAX_TEXT_RATIO, `span texts ${r.text.toFixed(1)}× the input`);
      assert.ok(r.claims <= MAX_CLAIM_RATIO, `claims ${r.claims.toFixed(1)}× the input`);
      assert.ok(r.json <= MAX_JSON_RATIO, `JSON ${r.json.toFixed(1)}× the input`);
    });

    it(`${shape.name}: twice the input, at most about twice the output`, () => {
      const small = shape.make(24 * KB);
      const big = shape.make(48 * KB);
      const a = outputTextSize(analyzeStrict(small));
      const b = outputTextSize(analyzeStrict(big));
      const grow = (x: number, y: number): number => (y + 1) / (x + 1);
      const inGrow = big.length / small.length;
      assert.ok(grow(a.total, b.total) <= 1.25 * inGrow, `span texts grew ${grow(a.total, b.total).toFixed(2)}× for ${inGrow.toFixed(2)}× input`);
      assert.ok(grow(a.claims, b.claims) <= 1.25 * inGrow, `claims grew ${grow(a.claims, b.claims).toFixed(2)}× for ${inGrow.toFixed(2)}× input`);
    });
  }

  it('every shape at 256 KB analyses in well under the time a quadratic pass takes (loose guard: 5 s each)', function () {
    // Sizes above are exact; this guard only catches a pass that is quadratic again (`“He said that ` × 18,000 took
    // ~6 s with a rescan per cue, 0.1 s without). The machine may be shared: the bound is ~20× what it needs.
    this.timeout(180_000);
    const slow: string[] = [];
    for (const shape of SHAPES) {
      const text = shape.make(256 * KB);
      const t0 = Date.now();
      analyzeStrict(text);
      const ms = Date.now() - t0;
      if (ms > 5000) slow.push(`${shape.name}: ${ms} ms`);
    }
    assert.deepEqual(slow, []);
  });

  it('the issue\'s said-chain (a cue every few words, no full stop): claims bounded, one per cue at most', () => {
    const unit = '"We will win," said John Smith, who said Mary Jones said ';
    const text = 'Said chain\n20220106\nhttps://example.org/x\n' + unit.repeat(1000) + '\n';
    const a = analyzeStrict(text);
    const r = sizes(text, a);
    assert.ok(r.claims <= 1, `claims ${r.claims.toFixed(2)}× the input`);
    assert.ok(a.claims.length <= 3 * 1000, `${a.claims.length} claims for 3,000 cues`);
    // Still read: the marked quotes and their speaker.
    assert.ok(a.quotes.length >= 900, `${a.quotes.length} quotes`);
    assert.ok(a.quotes.every((q) => q.text.length < 100), 'each quote is one quotation');
  });

  it('a claim of a sentence without end is capped', () => {
    const text = 'Long claim\n20220106\nhttps://example.org/x\nJohn Smith said that ' + 'the water rises and '.repeat(2000) + 'nobody knows.\n';
    const a = analyzeStrict(text);
    assert.ok(a.claims.length >= 1, 'the claim is still found');
    for (const c of a.claims) assert.ok(c.text.length <= 4000, `claim of ${c.text.length} characters`);
  });

  it('an appositive running over the whole line is no role', () => {
    const text = SHAPES.find((s) => s.name === 'long appositive')!.make(32 * KB);
    const a = analyzeStrict(text);
    for (const x of a.actors) assert.ok(x.role === null || x.role.length <= 200, `role of ${x.role?.length} characters`);
  });

  it('a 512 KB line without newlines: output bounded like the same text in paragraphs', () => {
    const shape = SHAPES.find((s) => s.name === 'news in one line')!;
    const text = shape.make(512 * KB);
    const a = analyzeStrict(text);
    const r = sizes(text, a);
    assert.ok(r.text <= MAX_TEXT_RATIO && r.claims <= MAX_CLAIM_RATIO && r.json <= MAX_JSON_RATIO, JSON.stringify(r));
    // The same sentences one per line find as many quotes.
    const lines = text.replace(/\.(["”]?) (?=["“A-Z])/g, '.$1\n');
    const b = analyzeStrict(lines);
    assert.ok(a.quotes.length >= 0.9 * b.quotes.length, `${a.quotes.length} quotes in one line, ${b.quotes.length} in lines`);
  });

  it('edits of an adversarial seed: the incremental analysis equals a fresh one', () => {
    for (const shape of SHAPES) {
      const text = shape.make(16 * KB);
      const inc = createAnalyzer({ rethrow: true });
      inc.analyze(text);
      const edited = text.replace(/\n$/, '\n"It is done," said Mary Jones.\n');
      assert.deepEqual(inc.analyze(edited), analyzeStrict(edited), shape.name);
      const cut = text.slice(0, text.length >> 1) + '\n' + text.slice(text.length >> 1);
      assert.deepEqual(inc.analyze(cut), analyzeStrict(cut), shape.name + ' (split)');
    }
  });
});
