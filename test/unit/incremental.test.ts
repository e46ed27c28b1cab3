// Edits of a big seed: the analyzer reuses the paragraphs around an edit by position, and the worker sends a patch of
// the previous analysis instead of the whole one. Both must give exactly what a fresh analysis gives.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createAnalyzer, type Analysis } from '../../src/engine';
import { applyPatch, diffAnalysis, patchSize } from '../../src/worker/delta';

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'seeds', '000_be6e4752cb109430.txt'), 'utf8');
const HEADER = SAMPLE.split('\n').slice(0, 3);
const BODY = SAMPLE.split('\n').slice(3).filter((l) => l.trim());

/** A seed of `copies` shuffled copies of the sample's paragraphs (real text, several speakers, stripped quotes). */
function bigSeed(copies: number, seed: number): string[] {
  let s = seed >>> 0;
  const rnd = (): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const lines: string[] = [];
  for (let c = 0; c < copies; c++) {
    const ps = BODY.slice();
    for (let i = ps.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [ps[i], ps[j]] = [ps[j], ps[i]];
    }
    lines.push(...ps);
  }
  return [...HEADER, ...lines];
}

const FRAGMENTS = [' "We will not back down," she said.', ' Mr. Clark said.', ' He said', 'NATO', ' William Taylor, a former envoy, said it was over.',
  '"', '', ' Putins', '\r', ' according to officials', 'The ministry said on Tuesday that talks would resume.'];

type Edit = { line: number; kind: 'append' | 'cut' | 'insert' | 'delete' | 'header' | 'swap'; frag: number; at: number };
const editArb = fc.record({
  line: fc.nat(), kind: fc.constantFrom<Edit['kind']>('append', 'append', 'cut', 'insert', 'delete', 'header', 'swap'),
  frag: fc.nat(FRAGMENTS.length - 1), at: fc.nat(),
});

function applyEdit(lines: string[], e: Edit): string[] {
  const out = lines.slice();
  const i = e.kind === 'header' ? e.line % 3 : 3 + (e.line % Math.max(1, out.length - 3));
  const f = FRAGMENTS[e.frag];
  if (e.kind === 'append' || e.kind === 'header') out[i] = (out[i] ?? '') + f;
  else if (e.kind === 'cut') out[i] = (out[i] ?? '').slice(0, e.at % ((out[i] ?? '').length + 1));
  else if (e.kind === 'insert') out.splice(i, 0, f.trim() || 'A new paragraph.');
  else if (e.kind === 'swap') {
    // Same length, other text: nothing moves, so only the text itself tells the paragraph changed.
    const l = out[i] ?? '';
    const k = e.at % Math.max(1, l.length);
    out[i] = l.slice(0, k) + (l[k] === 'Q' ? 'Z' : 'Q') + l.slice(k + 1);
  }
  else if (out.length > 4) out.splice(i, 1);
  return out;
}

/** Where an edit left the text unchanged to its end (the worker's `at`). */
function unchangedFrom(a: string, b: string): number {
  let p = 0;
  const n = Math.min(a.length, b.length);
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < n - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return a.length - s;
}

describe('edits of a big seed', () => {
  it('an analyzer that saw the previous version gives exactly a fresh analysis (random edit sequences)', () => {
    const base = bigSeed(6, 1);
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), (edits) => {
      const an = createAnalyzer({ rethrow: true });
      let lines = base;
      an.analyze(lines.join('\n'));
      for (const e of edits) {
        lines = applyEdit(lines, e);
        const text = lines.join('\n');
        assert.deepStrictEqual(an.analyze(text), createAnalyzer({ rethrow: true }).analyze(text));
      }
    }), { numRuns: 25, seed: 7 });
  });

  it('a CRLF seed edited at a line break is split exactly as a fresh analysis splits it', () => {
    const text = bigSeed(2, 3).join('\r\n');
    const an = createAnalyzer({ rethrow: true });
    an.analyze(text);
    const at = text.indexOf('\r\n', 2000);
    for (const edited of [text.slice(0, at) + text.slice(at + 1), text.slice(0, at + 1) + 'x' + text.slice(at + 1), text.slice(0, at) + '\n' + text.slice(at)]) {
      assert.deepStrictEqual(an.analyze(edited), createAnalyzer({ rethrow: true }).analyze(edited));
    }
  });

  it('a patch rebuilds the new analysis exactly, down to the JSON (random edits)', () => {
    const base = bigSeed(6, 2);
    const prevText = base.join('\n');
    const prev = createAnalyzer().analyze(prevText);
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 2 }), (edits) => {
      const text = edits.reduce(applyEdit, base).join('\n');
      const next = createAnalyzer().analyze(text);
      const patch = diffAnalysis(prev, next, unchangedFrom(prevText, text));
      // Through the structured clone the worker's message takes.
      const rebuilt = applyPatch(prev, structuredClone(patch));
      assert.deepStrictEqual(rebuilt, next);
      assert.equal(JSON.stringify(rebuilt), JSON.stringify(next));
    }), { numRuns: 40, seed: 11 });
  });

  it('a one-paragraph edit of a big seed sends a few items, not the analysis', () => {
    const lines = bigSeed(20, 4);
    const prevText = lines.join('\n');
    const prev = createAnalyzer().analyze(prevText);
    const edited = lines.slice();
    // (No quotation marks: the first marked quote in a stripped seed changes how the whole seed is read.)
    edited[200] += ' This changes nothing, Mr. Clark said.';
    const text = edited.join('\n');
    const next = createAnalyzer().analyze(text);
    const patch = diffAnalysis(prev, next, unchangedFrom(prevText, text));
    const whole = next.paragraphs.length + next.entities.length + next.quotes.length + next.claims.length
      + next.actors.reduce((n, a) => n + 1 + a.mentions.length, 0);
    assert.ok(patch.entities.head > 0 && patch.entities.tail > 0, 'entities before and after the edit are kept');
    assert.ok(patchSize(patch) * 10 < whole, `patch ${patchSize(patch)} items of ${whole}`);
    assert.deepStrictEqual(applyPatch(prev, patch), next);
  });

  it('stays exact with a wrong edit position (only bigger)', () => {
    const lines = bigSeed(4, 5);
    const prevText = lines.join('\n');
    const prev = createAnalyzer().analyze(prevText);
    const edited = applyEdit(lines, { line: 30, kind: 'insert', frag: 4, at: 0 });
    const next = createAnalyzer().analyze(edited.join('\n'));
    for (const at of [0, 1, prevText.length, prevText.length + 50, Math.floor(prevText.length / 3)]) {
      assert.deepStrictEqual(applyPatch(prev, diffAnalysis(prev, next, at)), next, `at ${at}`);
    }
  });

  it('between any two texts: the patch rebuilds the second analysis, and the analyzer reuses nothing wrongly (random Unicode, CRLF, quotes, control characters)', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n', '\r\n', '\r', ' ', '"', '“', '”', ', he said.', 'Mr. Clark said', 'NATO', 'Putins', '\uFEFF', '\u0000', '😀', 'é'),
      fc.string({ maxLength: 12 }),
    );
    const textArb = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(fc.property(textArb, textArb, fc.nat(200), (a, b, cut) => {
      // Two related texts (one edited from the other) and two unrelated ones.
      const edited = a.slice(0, cut % (a.length + 1)) + b + a.slice(cut % (a.length + 1));
      for (const [x, y] of [[a, edited], [edited, a], [a, b]]) {
        const px = createAnalyzer().analyze(x);
        const py = createAnalyzer().analyze(y);
        const rebuilt = applyPatch(px, structuredClone(diffAnalysis(px, py, unchangedFrom(x, y))));
        assert.equal(JSON.stringify(rebuilt), JSON.stringify(py));
        // And an analyzer that saw x first gives for y what a fresh one gives.
        const seq = createAnalyzer({ rethrow: true });
        seq.analyze(x);
        assert.deepStrictEqual(seq.analyze(y), py);
      }
    }), { numRuns: 150, seed: 5 });
  });

  it('handles empty and header-only analyses both ways', () => {
    const an = (t: string): Analysis => createAnalyzer().analyze(t);
    const texts = ['', 'Headline only', SAMPLE, '\uFEFF' + SAMPLE.replace(/\n/g, '\r\n'), 'x'];
    for (const a of texts) {
      for (const b of texts) {
        const pa = an(a);
        const pb = an(b);
        assert.deepStrictEqual(applyPatch(pa, diffAnalysis(pa, pb, unchangedFrom(a, b))), pb);
      }
    }
  });
});
