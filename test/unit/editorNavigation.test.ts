import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { openSample } from './fakes/boot';
import { quoteIndexFrom } from '../../src/editor/commands/quoteNavigation';
import { actorPickItems } from '../../src/editor/commands/goToActor';
import { definitionAt } from '../../src/editor/definition';
import { SAMPLE, SOURCES, at, sampleAnalysis } from './fakes/sample';

type Doc = vscode.TextDocument;
type Pos = vscode.Position;
const token = {} as vscode.CancellationToken;

describe('navigation', () => {
  it('quoteIndexFrom goes to the next/previous quote start and wraps around', () => {
    const qs = [{ start: 10, end: 20 }, { start: 30, end: 40 }, { start: 50, end: 60 }];
    assert.deepEqual(quoteIndexFrom(qs, 0, 1), { index: 0, wrapped: false });
    assert.deepEqual(quoteIndexFrom(qs, 10, 1), { index: 1, wrapped: false });
    assert.deepEqual(quoteIndexFrom(qs, 35, 1), { index: 2, wrapped: false });
    assert.deepEqual(quoteIndexFrom(qs, 50, 1), { index: 0, wrapped: true });
    assert.deepEqual(quoteIndexFrom(qs, 35, -1), { index: 1, wrapped: false });
    assert.deepEqual(quoteIndexFrom(qs, 30, -1), { index: 0, wrapped: false });
    assert.deepEqual(quoteIndexFrom(qs, 10, -1), { index: 2, wrapped: true });
    assert.deepEqual(quoteIndexFrom([], 10, -1), { index: -1, wrapped: false });
  });

  for (const source of SOURCES) {
    describe(`on the sample seed (${source})`, () => {
      const open = () => openSample(source);

      it('Go to Definition on `Mr. Clark` → `Wesley Clark` in `retired Gen. Wesley Clark`', async () => {
        const { doc } = await open();
        const p = fake.provider<vscode.DefinitionProvider>('definition');
        const loc = (await p.provideDefinition(doc as unknown as Doc, doc.positionAt(at(SAMPLE, 'Mr. Clark said') + 5) as Pos, token)) as unknown as fake.Location;
        assert.ok(loc);
        assert.equal(loc.uri, doc.uri);
        const text = doc.getText(loc.range);
        assert.match(text, /Wesley Clark$/);
        assert.ok(doc.offsetAt(loc.range.start) >= at(SAMPLE, 'retired Gen. Wesley Clark'));
        assert.equal(definitionAt(sampleAnalysis(source), SAMPLE, at(SAMPLE, 'https://')), undefined);
      });

      it('references and document highlights list every mention of the actor under the cursor', async () => {
        const { doc } = await open();
        const pos = doc.positionAt(at(SAMPLE, 'Mr. Taylor told') + 5) as Pos;
        const refs = (await fake.provider<vscode.ReferenceProvider>('reference').provideReferences(doc as unknown as Doc, pos, { includeDeclaration: true }, token)) as unknown as fake.Location[];
        const texts = refs.map((r) => doc.getText(r.range));
        assert.ok(texts.length >= 2);
        assert.ok(texts.every((t) => /Taylor/.test(t)), texts.join('|'));
        assert.ok(texts.some((t) => /William Taylor/.test(t)));
        const hl = fake.provider<vscode.DocumentHighlightProvider>('documentHighlight').provideDocumentHighlights(doc as unknown as Doc, pos, token) as unknown as fake.DocumentHighlight[];
        // Every mention (read), and the quotes this mention attributes (`Mr. Taylor told`): the attribution pair.
        assert.deepEqual(hl.filter((h) => h.kind === fake.DocumentHighlightKind.Read).map((h) => doc.getText(h.range)), texts);
        const off = doc.offsetAt(pos);
        const attributed = sampleAnalysis(source).quotes.filter((q) => q.speakerSpan && q.speakerSpan.start <= off && off <= q.speakerSpan.end);
        assert.ok(attributed.length >= 1);
        assert.deepEqual(hl.filter((h) => h.kind === fake.DocumentHighlightKind.Text).map((h) => doc.getText(h.range)), attributed.map((q) => q.text));
        const none = fake.provider<vscode.DocumentHighlightProvider>('documentHighlight').provideDocumentHighlights(doc as unknown as Doc, doc.positionAt(at(SAMPLE, '20220106')) as Pos, token) as unknown as unknown[];
        assert.deepEqual(none, []);
      });

      it('a quote and the mention that attributes it are highlighted together, from either side', async () => {
        const { doc } = await open();
        const a = sampleAnalysis(source);
        const q = a.quotes.find((x) => x.text.startsWith('The sequence is wrong'))!;
        assert.ok(q.speakerSpan);
        const hlAt = (offset: number) =>
          fake.provider<vscode.DocumentHighlightProvider>('documentHighlight').provideDocumentHighlights(doc as unknown as Doc, doc.positionAt(offset) as Pos, token) as unknown as fake.DocumentHighlight[];
        // In the quote, on a plain word (`sequence`): the quote and its attribution `John Herbst`.
        const inQuote = hlAt(at(SAMPLE, 'sequence is wrong') + 2).map((h) => doc.getText(h.range));
        assert.ok(inQuote.includes(q.text), 'the quote itself');
        assert.ok(inQuote.includes(SAMPLE.slice(q.speakerSpan.start, q.speakerSpan.end)), 'its attribution');
        // On the attribution: the quote joins the speaker's mentions.
        const onMention = hlAt(q.speakerSpan.start + 1).map((h) => doc.getText(h.range));
        assert.ok(onMention.includes(q.text));
        // Under the reader's threshold the pair is not linked.
        fake.setSetting('seedReader.speakerConfidenceThreshold', 1);
        assert.ok(!hlAt(at(SAMPLE, 'sequence is wrong') + 2).some((h) => doc.getText(h.range) === q.text));
        fake.setSetting('seedReader.speakerConfidenceThreshold', undefined);
      });

      it('next/previous quote select each quote in turn and wrap around', async () => {
        const { ed, doc } = await open();
        const quotes = sampleAnalysis(source).quotes;
        assert.ok(quotes.length >= 5);
        const seen: string[] = [];
        for (let i = 0; i < quotes.length; i++) {
          await fake.commands.executeCommand('seedReader.nextQuote');
          seen.push(doc.getText(ed.selection));
        }
        assert.deepEqual(seen, quotes.map((q) => q.text));
        assert.equal(ed.reveals.length, quotes.length);
        await fake.commands.executeCommand('seedReader.nextQuote');
        assert.equal(doc.getText(ed.selection), quotes[0].text, 'wrapped to the first quote');
        await fake.commands.executeCommand('seedReader.previousQuote');
        assert.equal(doc.getText(ed.selection), quotes[quotes.length - 1].text, 'wrapped back to the last');
        await fake.commands.executeCommand('seedReader.previousQuote');
        assert.equal(doc.getText(ed.selection), quotes[quotes.length - 2].text);
      });

      it('Go to Actor offers actors with role and quote count and reveals the chosen one', async () => {
        const { ed, doc } = await open();
        const items = actorPickItems(sampleAnalysis(source));
        const herbst = items.find((i) => i.label.endsWith('John Herbst'))!;
        assert.ok(herbst);
        assert.match(herbst.description!, /^1 quote · \d+ mentions?$/);
        assert.match(herbst.detail!, /ambassador/);
        fake.state.quickPickAnswer = (list) => list.find((i: { label: string }) => i.label.endsWith('Antony Blinken'));
        await fake.commands.executeCommand('seedReader.goToActor');
        assert.ok(fake.state.quickPickItems.length >= 5);
        assert.match(doc.getText(ed.selection), /Blinken/);
        assert.equal(doc.offsetAt(ed.selection.start), at(SAMPLE, 'Antony Blinken'), 'first mention');
        fake.state.quickPickAnswer = undefined;
        await fake.commands.executeCommand('seedReader.goToActor');
        assert.match(doc.getText(ed.selection), /Blinken/, 'cancelling keeps the selection');
      });

      it('revealRange opens the range from a uri string and offsets; refresh recomputes', async () => {
        const { b, ed, doc } = await open();
        const s = at(SAMPLE, 'The sequence is wrong');
        const ok = await fake.commands.executeCommand('seedReader.revealRange', doc.uri.toString(), s, s + 21);
        assert.equal(ok, true);
        assert.equal(doc.getText(ed.selection), 'The sequence is wrong');
        assert.equal(ed.reveals.at(-1)!.type, fake.TextEditorRevealType.InCenterIfOutsideViewport);
        assert.equal(await fake.commands.executeCommand('seedReader.revealRange', 'file:///nope.txt', 0, 1), false);
        assert.equal(await fake.commands.executeCommand('seedReader.revealRange', doc.uri.toString(), 'x', 1), false);
        const before = b.calls.count;
        await fake.commands.executeCommand('seedReader.refresh');
        assert.equal(b.calls.count, before + 1);
        assert.ok(b.service.peek(doc as unknown as Doc));
      });
    });
  }
});
