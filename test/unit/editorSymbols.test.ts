import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { boot } from './fakes/boot';
import { symbolTree, type SymbolNode } from '../../src/editor/symbols';
import { SAMPLE, SOURCES, sampleAnalysis, toCrlf } from './fakes/sample';

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

describe('document symbols (outline)', () => {
  for (const source of SOURCES) {
    describe(`on the sample seed (${source})`, () => {
      it('puts the headline first, then Actors with their quotes, Places and Organizations', () => {
        const a = sampleAnalysis(source);
        const tree = symbolTree(a);
        assert.equal(tree[0].kind, 'headline');
        assert.equal(tree[0].name, 'Biden faces key test major opportunity ahead of Russia talks on Ukraine');
        assert.match(tree[0].detail, /2022-01-06/);
        assert.deepEqual(tree.map((n) => n.name).slice(1), ['Actors', 'Places', 'Organizations']);
        const actors = tree.find((n) => n.name === 'Actors')!;
        const blinken = actors.children.find((n) => n.name === 'Antony Blinken');
        assert.ok(blinken, 'Blinken is in the outline');
        const quotes = blinken.children.filter((c) => c.kind === 'quote');
        const actor = a.actors.find((x) => x.name === 'Antony Blinken')!;
        assert.equal(quotes.length, actor.quotes.length);
        assert.ok(quotes.length >= 2);
        for (const q of quotes) {
          const text = SAMPLE.slice(q.range.start, q.range.end);
          assert.ok(a.quotes.some((x) => x.text === text));
          assert.ok(q.name.startsWith('“') && text.replace(/\s+/g, ' ').startsWith(q.name.slice(1).replace(/…?”$/, '')), q.name);
        }
        assert.match(SAMPLE.slice(blinken.selection.start, blinken.selection.end), /Blinken/);
        const places = tree.find((n) => n.name === 'Places')!;
        assert.ok(places.children.some((p) => p.name === 'Ukraine' && /\d+ mentions/.test(p.detail)));
        const walk = (n: SymbolNode): void => {
          assert.ok(contains(n.range, n.selection), `${n.name}: selection inside range`);
          n.children.forEach(walk);
        };
        tree.forEach(walk);
      });

      it('the provider returns valid DocumentSymbols over CRLF text', async () => {
        boot(source);
        const crlf = toCrlf(SAMPLE).text;
        const doc = fake.openDocument(crlf);
        const p = fake.provider<vscode.DocumentSymbolProvider>('documentSymbol');
        const syms = (await p.provideDocumentSymbols(doc as unknown as vscode.TextDocument, {} as vscode.CancellationToken)) as unknown as fake.DocumentSymbol[];
        assert.equal(syms[0].kind, fake.SymbolKind.File);
        assert.equal(doc.getText(syms[0].selectionRange), 'Biden faces key test major opportunity ahead of Russia talks on Ukraine');
        const actors = syms.find((s) => s.name === 'Actors')!;
        assert.equal(actors.kind, fake.SymbolKind.Namespace);
        const clark = actors.children.find((s) => s.name === 'Wesley Clark')!;
        assert.equal(clark.kind, fake.SymbolKind.Class);
        const q = clark.children.find((c) => c.kind === fake.SymbolKind.String)!;
        assert.ok(doc.getText(q.range).startsWith('He wants to shatter NATO'));
      });
    });
  }
});
