import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze as analyzeSafe, createAnalyzer, type Analysis } from '../../src/engine';
import { FIXED_FC_SEED } from './fakes/register';

// Internal errors are rethrown here: the public analyze() would hide them behind its header-only fallback.
const strict = createAnalyzer({ rethrow: true });
const analyze = (t: string): Analysis => strict.analyze(t);

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'seeds', '000_be6e4752cb109430.txt'), 'utf8');

/** The invariants every consumer relies on; throws with a precise message when one breaks. */
function check(text: string, a: Analysis): void {
  assert.equal(a.length, text.length);
  const ok = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start <= s.end;
  for (const p of a.paragraphs) assert.ok(ok(p), 'paragraph in bounds');
  let last = -1;
  for (const e of a.entities) {
    assert.ok(ok(e) && e.end > e.start, `entity bounds ${e.start}-${e.end}`);
    assert.equal(text.slice(e.start, e.end), e.text);
    assert.ok(e.start >= last, 'entities sorted, non-overlapping');
    last = e.end;
  }
  last = -1;
  for (const q of a.quotes) {
    assert.ok(ok(q) && q.end > q.start, `quote bounds ${q.start}-${q.end}`);
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(q.start >= last, 'quotes sorted, non-overlapping');
    last = q.end;
    if (q.cueSpan) assert.ok(ok(q.cueSpan));
    if (q.speakerSpan) assert.ok(ok(q.speakerSpan));
    assert.ok(q.confidence >= 0 && q.confidence <= 1);
  }
  last = -1;
  for (const c of a.claims) {
    assert.ok(ok(c));
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.ok(c.start >= last, 'claims sorted');
    last = c.start;
  }
  const ids = new Set(a.actors.map((x) => x.id));
  assert.equal(ids.size, a.actors.length, 'actor ids unique');
  for (const x of a.actors) for (const m of x.mentions) assert.ok(ok(m));
  for (const q of a.quotes) if (q.speaker) assert.ok(ids.has(q.speaker));
  for (const c of a.claims) assert.ok(ids.has(c.actor));
}

// Pieces of news text and of trouble, glued together at random.
const PIECES = [
  'Mr. Clark said', ', said William Taylor, a former U.S. ambassador to Ukraine', 'He wants to shatter NATO.', 'Hes thinking big,',
  ' he said.', '"', '“', '”', "'", '‘', '’', 'Putins', 'Brussels', 'Organization for Security and Cooperation in Europe',
  'analysts say', 'according to', '\n', '\r\n', '\r', ' ', '.', ',', ':', ';', '—', 'U.S.', 'Gen.', 'retired Gen. Wesley Clark',
  'Secretary of State Antony Blinken', '\u0000', '\uFEFF', '😀', 'e\u0301', '\u202E', '\uD800', '\uDC00', 'Ω', 'ß', 'İ',
  '$4.5 billion', '12 percent', 'Monday', 'President', 'the', 'of', 'and', 'Mr.', 'Mr', 'A.', 'I', "'s", '’s',
];
const newsy = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));
const withHeader = fc.tuple(fc.string({ maxLength: 40 }), newsy).map(([t, b]) => `${t}\n20220106\nhttps://example.org/x\n${b}`);

describe('analysis: fuzz', function () {
  this.timeout(60000);

  it('never throws and keeps every invariant on random strings (full unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => { check(t, analyze(t)); }), { numRuns: 1500, seed: 42 });
  });

  it('never throws on news-like fragments glued at random, with and without a header', () => {
    fc.assert(fc.property(fc.oneof(newsy, withHeader), (t) => { check(t, analyze(t)); }), { numRuns: 2500, seed: 7 });
  });

  it('is deterministic and cache-independent: a fresh analyzer gives identical output', () => {
    fc.assert(fc.property(fc.oneof(newsy, withHeader), (t) => {
      const a = JSON.stringify(analyze(t));
      const b = JSON.stringify(createAnalyzer({ rethrow: true }).analyze(t));
      assert.equal(a, b);
    }), { numRuns: 400, seed: 3 });
  });

  it('keeps invariants when random edits hit the sample (cached paragraphs reused)', () => {
    const an = createAnalyzer({ rethrow: true });
    fc.assert(fc.property(fc.nat(SAMPLE.length), fc.nat(40), fc.constantFrom(...PIECES), (at, del, ins) => {
      const t = SAMPLE.slice(0, at) + ins + SAMPLE.slice(Math.min(SAMPLE.length, at + del));
      const a = an.analyze(t);
      check(t, a);
      assert.equal(JSON.stringify(a), JSON.stringify(createAnalyzer({ rethrow: true }).analyze(t)));
    }), { numRuns: 150, seed: 11 });
  });

  it('the public analyze() gives the same as the strict analyzer (no hidden fallback)', () => {
    for (const t of [SAMPLE, '', '"', 'Mr. Smith said, "Hi."']) assert.equal(JSON.stringify(analyzeSafe(t)), JSON.stringify(analyze(t)));
  });

  it('handles adversarial shapes: empty, punctuation only, binary, unbalanced quotes, CRLF, emoji, combining marks', () => {
    const cases = [
      '', ' ', '\n', '\r\n\r\n', '...', '"""""', '“““', '”””', '""\n""\n"', '.,;:!?'.repeat(2000),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('latin1'),
      '\u0000\u0001\u0002\uFFFE\uFFFF', '😀'.repeat(3000), 'e\u0301'.repeat(3000), '"open quote never closed\n'.repeat(50),
      SAMPLE.replace(/\n/g, '\r\n'), SAMPLE.replace(/\n/g, '\r'), '\uFEFF' + SAMPLE, SAMPLE.replace(/[“”"]/g, ''),
      SAMPLE.toUpperCase(), SAMPLE.toLowerCase(), 'Mr. '.repeat(5000), 'said, '.repeat(5000), 'A'.repeat(100000),
      ('Mr. Smith said, "' + 'x '.repeat(100)).repeat(100),
    ];
    for (const t of cases) check(t, analyze(t));
  });

  it('analyses one huge line (1 MB) without catastrophic backtracking', () => {
    const line = SAMPLE.split('\n').slice(3).join(' ');
    let big = '';
    while (big.length < 1_000_000) big += line + ' ';
    const t = 'Huge\n20220106\nhttps://example.org/big\n' + big;
    const a = analyze(t);
    check(t, a);
    assert.ok(a.entities.length > 1000);
    assert.ok(a.quotes.length > 10);
  });

  it('analyses 10,000 paragraphs', () => {
    const paras = SAMPLE.split('\n').slice(3).filter(Boolean);
    const lines: string[] = [];
    for (let i = 0; i < 10000; i++) lines.push(paras[i % paras.length].replace('Mr.', i % 2 ? 'Mr.' : 'Ms.') + ` (${i})`);
    const t = 'Many\n20220106\nhttps://example.org/many\n' + lines.join('\n');
    const a = createAnalyzer({ rethrow: true }).analyze(t);
    check(t, a);
    assert.equal(a.paragraphs.length, 10000);
    assert.ok(a.quotes.length > 1000);
  });
});

describe('property tests are reproducible', () => {
  it('every fc.assert that names no seed runs with the fixed seed (unless FC_SEED is set)', function () {
    if (process.env.FC_SEED !== undefined) this.skip();
    assert.equal(fc.readConfigureGlobal().seed, FIXED_FC_SEED);
    // Same seed, same inputs: two runs of one property draw the same values.
    const draw = (): string[] => { const seen: string[] = []; fc.assert(fc.property(fc.string(), (t) => { seen.push(t); })); return seen; };
    assert.deepEqual(draw(), draw());
  });
});
