import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { boot } from './fakes/boot';
import { symbolTree, type SymbolNode } from '../../src/editor/symbols';
import { buildActorTree } from '../../src/editor/actorsTree';
import { SAMPLE, SOURCES, at, sampleAnalysis, toCrlf } from './fakes/sample';

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Line (0-based) of an offset in the sample. */
function lineAt(offset: number): number {
  return SAMPLE.slice(0, offset).split('\n').length - 1;
}

/** What VS Code's breadcrumbs show at `offset`: the chain of symbols whose range contains it (OutlineGroup's walk). */
function breadcrumbs(tree: SymbolNode[], offset: number): string[] {
  const out: string[] = [];
  let level = tree;
  for (;;) {
    const hit = level.find((n) => n.range.start <= offset && offset <= n.range.end);
    if (!hit) return out;
    out.push(hit.name);
    level = hit.children;
  }
}

/**
 * The lines sticky scroll would pin (VS Code's StickyModelFromCandidateOutlineProvider): a symbol whose selection starts
 * on one line and whose range ends on a later one is pinned while its lines scroll by; single-line symbols (and the
 * children of a single-line symbol) never are.
 */
function stickyCandidates(nodes: SymbolNode[]): SymbolNode[] {
  const out: SymbolNode[] = [];
  for (const n of nodes) {
    if (lineAt(n.selection.start) === lineAt(n.range.end)) continue;
    out.push(n, ...stickyCandidates(n.children));
  }
  return out;
}

describe('document symbols (outline)', () => {
  for (const source of SOURCES) {
    describe(`on the sample seed (${source})`, () => {
      it('the headline, then the groups of the Actors & Claims view, then every quote where it is written, named by its speaker', () => {
        const a = sampleAnalysis(source);
        const tree = symbolTree(a);
        assert.equal(tree[0].kind, 'headline');
        assert.equal(tree[0].name, 'Biden faces key test major opportunity ahead of Russia talks on Ukraine');
        assert.match(tree[0].detail, /2022-01-06/);
        // The same groups, in the same order, with the same members as the view.
        const view = buildActorTree(a, { sort: 'appearance', filter: '', speakersOnly: false });
        const groups = tree.filter((n) => n.kind === 'group');
        assert.deepEqual(groups.map((g) => g.name), view.map((g) => g.label));
        for (const g of view) {
          const outline = groups.find((x) => x.name === g.label)!;
          assert.deepEqual(
            outline.children.map((c) => c.name).sort(),
            g.children.map((c) => (c.type === 'actor' ? c.actor.name : c.entity.name)).sort(),
            g.label,
          );
        }
        const orgs = groups.find((g) => g.name === 'Organizations')!;
        assert.ok(!groups.find((g) => g.name === 'Speakers')!.children.some((c) => c.name === 'NATO'), 'NATO is no speaker');
        assert.ok(orgs.children.some((c) => c.name === 'NATO') || a.actors.every((x) => x.name !== 'NATO'));
        const places = groups.find((g) => g.name === 'Places')!;
        assert.ok(places.children.some((p) => p.name === 'Ukraine' && /\d+ mentions/.test(p.detail)));
        // Each quote once, at its place, named by its speaker.
        const quotes = tree.filter((n) => n.kind === 'quote');
        assert.equal(quotes.length, a.quotes.length);
        const blinkenQuotes = quotes.filter((q) => /Antony Blinken: “/.test(q.name));
        assert.ok(blinkenQuotes.length >= 2, quotes.map((q) => q.name).join(' | '));
        for (const q of quotes) assert.ok(a.quotes.some((x) => x.start === q.range.start && x.end === q.range.end && x.text === SAMPLE.slice(q.range.start, q.range.end)));
        const walk = (n: SymbolNode): void => {
          assert.ok(contains(n.range, n.selection), `${n.name}: selection inside range`);
          // Where the thing is written: an actor's or a place's range is one mention, a group's is on the headline.
          if (n.kind !== 'quote' && n.kind !== 'claim') assert.ok(lineAt(n.range.end) === lineAt(n.range.start), `${n.name} spans one line`);
          n.children.forEach(walk);
        };
        tree.forEach(walk);
      });

      it('breadcrumbs inside a quote name its speaker and the quote, never another actor', () => {
        const a = sampleAnalysis(source);
        const tree = symbolTree(a);
        const off = at(SAMPLE, 'Its important that we begin') + 15;
        const crumbs = breadcrumbs(tree, off);
        assert.equal(crumbs.length, 1, crumbs.join(' › '));
        assert.match(crumbs[0], /^Antony Blinken: “Its important/);
        // Every offset inside each quote: its own symbol, named by its own speaker.
        for (const q of a.quotes) {
          const own = tree.find((n) => n.kind === 'quote' && n.range.start === q.start && n.range.end === q.end)!;
          const speaker = a.actors.find((x) => x.id === q.speaker);
          if (speaker) assert.ok(own.name.includes(`${speaker.name}: “`), own.name);
          for (const o of [q.start, (q.start + q.end) >> 1, q.end - 1]) assert.deepEqual(breadcrumbs(tree, o), [own.name], `offset ${o}`);
        }
        // In the body outside quotes: nothing but the thing written there (a mention), never a group or an actor elsewhere.
        const plain = at(SAMPLE, 'meanwhile, have diverted');
        assert.deepEqual(breadcrumbs(tree, plain), []);
      });

      it('sticky scroll pins nothing while reading the sample (no symbol spans lines, quotes are one paragraph each)', () => {
        const tree = symbolTree(sampleAnalysis(source));
        assert.deepEqual(stickyCandidates(tree).map((n) => n.name), []);
      });

      it('a guessed speaker reads "probably …"; under the threshold no speaker is named', () => {
        const a = sampleAnalysis(source);
        const guessed = a.quotes.find((q) => q.speaker && q.confidence < 0.5);
        const tree = symbolTree(a);
        if (guessed) {
          const n = tree.find((x) => x.kind === 'quote' && x.range.start === guessed.start)!;
          assert.match(n.name, /^probably /);
        }
        const strict = symbolTree(a, { threshold: 1.01 }).filter((x) => x.kind === 'quote');
        assert.ok(strict.every((n) => n.name.startsWith('“') && /speaker unknown/.test(n.detail)));
      });

      it('the provider returns valid DocumentSymbols over CRLF text', async () => {
        boot(source);
        const crlf = toCrlf(SAMPLE).text;
        const doc = fake.openDocument(crlf);
        const p = fake.provider<vscode.DocumentSymbolProvider>('documentSymbol');
        const syms = (await p.provideDocumentSymbols(doc as unknown as vscode.TextDocument, {} as vscode.CancellationToken)) as unknown as fake.DocumentSymbol[];
        assert.equal(syms[0].kind, fake.SymbolKind.File);
        assert.equal(doc.getText(syms[0].selectionRange), 'Biden faces key test major opportunity ahead of Russia talks on Ukraine');
        const speakers = syms.find((s) => s.name === 'Speakers')!;
        assert.equal(speakers.kind, fake.SymbolKind.Namespace);
        const clark = speakers.children.find((s) => s.name === 'Wesley Clark')!;
        assert.equal(clark.kind, fake.SymbolKind.Class);
        assert.match(doc.getText(clark.range), /Clark/);
        const q = syms.find((c) => c.kind === fake.SymbolKind.String && c.name.startsWith('Wesley Clark: '))!;
        assert.ok(doc.getText(q.range).startsWith('He wants to shatter NATO'));
      });
    });
  }
});
