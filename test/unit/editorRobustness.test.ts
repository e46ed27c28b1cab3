import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../src/engine';
import { decorationSpans, DEFAULT_HIGHLIGHTS, LAYERS } from '../../src/editor/decorations';
import { hoverCard } from '../../src/editor/hover';
import { symbolTree, type SymbolNode } from '../../src/editor/symbols';
import { buildActorTree } from '../../src/editor/actorsTree';
import { definitionAt } from '../../src/editor/definition';
import { occurrencesAt } from '../../src/editor/model';
import { actorPickItems } from '../../src/editor/commands/goToActor';
import { quoteIndexFrom } from '../../src/editor/commands/quoteNavigation';
import { SAMPLE, toCrlf } from './fakes/sample';

function inside(s: { start: number; end: number }, len: number): boolean {
  return s.start >= 0 && s.end <= len && s.start <= s.end;
}

/** Every adapter's pure mapping over one text: nothing throws, every span lies in the text. */
function checkAll(text: string, a: Analysis, offsets: Iterable<number>): void {
  const spans = decorationSpans(a, { ...DEFAULT_HIGHLIGHTS, other: true });
  for (const l of LAYERS) for (const s of spans[l]) assert.ok(inside(s, text.length) && s.end > s.start, `${l} span in text`);
  const walk = (n: SymbolNode): void => {
    assert.ok(n.name.length > 0 || n.kind === 'headline');
    assert.ok(inside(n.range, text.length) && n.range.start <= n.selection.start && n.selection.end <= n.range.end, `symbol ${n.name}`);
    n.children.forEach(walk);
  };
  symbolTree(a).forEach(walk);
  for (const sort of ['appearance', 'quotes'] as const) {
    for (const g of buildActorTree(a, { sort, filter: '', speakersOnly: false })) {
      for (const n of g.children) for (const c of n.children) assert.equal(text.slice(c.span.start, c.span.end), c.text);
    }
  }
  for (const i of actorPickItems(a)) assert.ok(inside(i.target, text.length));
  for (const o of offsets) {
    const card = hoverCard(a, 'file:///x', o);
    if (card) assert.ok(card.span.start <= o && o <= card.span.end && inside(card.span, text.length));
    const d = definitionAt(a, text, o);
    if (d) assert.ok(inside(d, text.length));
    const occ = occurrencesAt(a, o);
    if (occ) for (const s of occ.spans) assert.ok(inside(s, text.length));
    const q = quoteIndexFrom(a.quotes, o, 1).index;
    assert.ok(q < a.quotes.length);
  }
}

describe('editor adapters never crash', () => {
  it('on every offset of the sample, LF and CRLF', () => {
    for (const text of [SAMPLE, toCrlf(SAMPLE).text]) {
      const a = analyze(text);
      checkAll(text, a, Array.from({ length: text.length + 1 }, (_, i) => i));
    }
  });

  it('on empty, header-only, header-less, BOM and odd files', () => {
    const cases = [
      '',
      '\n\n\n',
      'Headline only',
      'Title\n20220106\nhttps://example.com/x',
      '\uFEFFTitle\r\n20221301\r\nhttps://example.com/x\r\n“Curly quotes,” she said. He said: "yes".',
      'No header at all. Mr. Smith said it was fine. "We will see," said Jane Doe, a spokeswoman for Acme Corp.',
      SAMPLE.split('\n').slice(3).reverse().join('\n'),
    ];
    for (const text of cases) {
      const a = analyze(text);
      checkAll(text, a, Array.from({ length: text.length + 1 }, (_, i) => i));
    }
  });

  it('on random seed-like text (property)', () => {
    const words = ['Mr.', 'Clark', 'said', 'told', 'he', 'She', 'NATO', 'Ukraine', 'in', 'the', '"', '“', '”', ',', '.', 'according to', 'Gen.', 'Wesley', 'Putins', '\n', '\r\n', 'a former ambassador', 'Monday'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 80 }), fc.boolean(), (ws, header) => {
        const body = ws.join(' ');
        const text = header ? `Head line\n20220106\nhttps://example.com/a\n${body}` : body;
        const a = analyze(text);
        checkAll(text, a, [0, Math.floor(text.length / 2), text.length]);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
