// The language features through VS Code's own command API, as the editor calls them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { FlatSymbol, flattenSymbols, hoverText, isDescendant, openSeed, positionOf, waitFor } from './helpers';

suite('Seed Reader in the extension host: language features on the sample seed', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    ({ doc } = await openSeed());
  });

  async function symbols(): Promise<FlatSymbol[]> {
    return waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
        'vscode.executeDocumentSymbolProvider',
        doc.uri,
      );
      return s && s.length ? flattenSymbols(s) : undefined;
    });
  }

  test('document symbols list the actors in the groups of Actors & Claims, and each quote where it is written, named by its speaker', async () => {
    const flat = await symbols();
    const speakers = flat.find((s) => s.depth === 0 && s.name === 'Speakers');
    assert.ok(speakers, `no Speakers group among: ${flat.filter((s) => s.depth === 0).map((s) => s.name).join(' | ')}`);
    const clark = flat.find((s) => s.name === 'Wesley Clark' && isDescendant(s, speakers));
    assert.ok(clark, `Wesley Clark is not under Speakers: ${flat.filter((s) => isDescendant(s, speakers)).map((s) => s.name).join(' | ')}`);
    assert.ok(flat.some((s) => /Blinken/.test(s.name)), 'a symbol names Blinken');
    const clarkQuotes = flat.filter((s) => s.depth === 0 && /^Wesley Clark: “(He wants to shatter NATO|I think he believes)/.test(s.name));
    assert.ok(clarkQuotes.length >= 1, `no quote symbol named by Wesley Clark: ${flat.filter((s) => s.depth === 0).map((s) => s.name).join(' | ')}`);
    for (const s of flat) {
      assert.ok(s.range.end.line < doc.lineCount, `symbol ${s.name} lies inside the document`);
      // Where it is written: only quotes and claims may span lines (none does in the sample).
      assert.strictEqual(s.range.start.line, s.range.end.line, `symbol ${s.name} spans lines ${s.range.start.line}-${s.range.end.line}`);
    }
  });

  test('hover on "Mr. Clark" names Wesley Clark, his role and his quotes', async () => {
    const pos = positionOf(doc, 'Mr. Clark', 5);
    const text = await waitFor('a hover on Mr. Clark', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      const t = hovers ? hoverText(hovers) : '';
      return /Wesley Clark/.test(t) ? t : undefined;
    });
    assert.match(text, /commander/i, 'the role (a former NATO supreme allied commander in Europe)');
    assert.match(text, /shatter NATO|I think he believes/, 'one of his quotes');
  });

  test('references on "Mr. Clark" find every mention of Wesley Clark', async () => {
    const pos = positionOf(doc, 'Mr. Clark', 5);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos);
    assert.ok(refs && refs.length >= 2, `expected at least 2 references, got ${refs?.length ?? 0}`);
    for (const r of refs) assert.match(doc.getText(r.range), /Clark/, `reference text: ${doc.getText(r.range)}`);
    const lines = new Set(refs.map((r) => r.range.start.line));
    assert.ok(lines.has(pos.line), 'includes the mention under the cursor');
    const full = positionOf(doc, 'Wesley Clark', 0);
    assert.ok(lines.has(full.line), 'includes the full-name mention');
  });

  test('definition on "Mr. Clark" goes to the fullest mention, Wesley Clark', async () => {
    const pos = positionOf(doc, 'Mr. Clark', 5);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos);
    assert.ok(defs && defs.length >= 1, 'a definition');
    const d = defs[0];
    const range = 'targetRange' in d ? (d.targetSelectionRange ?? d.targetRange) : d.range;
    assert.match(doc.getText(range), /Wesley Clark/);
  });

  test('the symbol for Blinken lies on a line that names him', async () => {
    const flat = await symbols();
    const b = flat.find((s) => /Blinken/.test(s.name));
    assert.ok(b);
    const lineText = doc.getText(new vscode.Range(b.range.start.line, 0, b.range.end.line, 100000));
    assert.match(lineText, /Blinken/);
  });
});
