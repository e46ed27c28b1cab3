// Issue 13 in the real VS Code API: breadcrumbs' symbol at a quote, speaker inlay hints, the attribution pair's
// highlights, the legend, the highlights toggle and the offer to open a seed-shaped .txt.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAll, openSeed, positionOf, sleep, waitFor } from './helpers';

suite('Seed Reader in the extension host: what the reader sees', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    ({ doc } = await openSeed());
  });

  suiteTeardown(async () => {
    await closeAll();
  });

  /** The chain of symbols whose range contains `pos`, as the breadcrumbs walk it. */
  async function enclosing(pos: vscode.Position): Promise<string[]> {
    const roots = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    });
    const out: string[] = [];
    let level: vscode.DocumentSymbol[] = roots;
    for (;;) {
      const hit = level.find((s) => s.range.contains(pos));
      if (!hit) return out;
      out.push(hit.name);
      level = hit.children;
    }
  }

  test('inside a quote the enclosing symbol is the quote, named by its speaker; no other actor encloses it', async () => {
    const chain = await enclosing(positionOf(doc, 'Its important that we begin', 15));
    assert.deepStrictEqual(chain.length, 1, chain.join(' › '));
    assert.match(chain[0], /^Antony Blinken: “Its important/);
    const herbst = await enclosing(positionOf(doc, 'The sequence is wrong', 6));
    assert.deepStrictEqual(herbst.length, 1, herbst.join(' › '));
    assert.match(herbst[0], /^John Herbst: “The sequence is wrong/);
  });

  test('an inlay hint `— Speaker` follows a quote, its name linked to the attribution', async () => {
    const full = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = await waitFor('speaker inlay hints', async () => {
      const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, full);
      return h && h.length ? h : undefined;
    });
    const label = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    const herbst = hints.find((h) => label(h) === '— John Herbst');
    assert.ok(herbst, `hints: ${hints.map(label).join(' | ')}`);
    const quoteEnd = doc.offsetAt(positionOf(doc, 'along Ukraines borders', 'along Ukraines borders'.length));
    assert.ok(Math.abs(doc.offsetAt(herbst.position) - quoteEnd) <= 2, 'right after the quote');
    const part = (herbst.label as vscode.InlayHintLabelPart[])[1];
    assert.ok(part.location, 'the name has a location');
    // (The click command does not survive vscode.executeInlayHintProvider's conversion; the unit tests check it.)
    assert.strictEqual(doc.getText(part.location!.range), 'John Herbst');
    // The setting turns them off.
    const cfg = vscode.workspace.getConfiguration('seedReader');
    await cfg.update('inlayHints.speakers', false, vscode.ConfigurationTarget.Global);
    try {
      const none = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, full);
      assert.strictEqual((none ?? []).length, 0);
    } finally {
      await cfg.update('inlayHints.speakers', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('with the cursor in a quote, the quote and the mention that attributes it are highlighted together', async () => {
    const hl = await waitFor('document highlights in Herbst\'s quote', async () => {
      const h = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, 'sequence is wrong', 3));
      return h && h.length ? h : undefined;
    });
    const texts = hl.map((h) => doc.getText(h.range));
    assert.ok(texts.some((t) => t.startsWith('The sequence is wrong')), texts.join(' | '));
    assert.ok(texts.includes('John Herbst'), texts.join(' | '));
  });

  test('Show Legend opens the legend; the toggle commands flip highlights', async () => {
    await vscode.commands.executeCommand('seedReader.showLegend');
    const tab = await waitFor('the legend tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Seed Reader Legend'));
    assert.ok(tab.input instanceof vscode.TabInputWebview);
    await vscode.window.tabGroups.close(tab);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(await vscode.commands.executeCommand('seedReader.hideHighlights'), false);
    assert.strictEqual(await vscode.commands.executeCommand('seedReader.showHighlights'), true);
  });

  test('a seed-shaped .txt whose line 3 is not a URL stays plain text until the reader says so', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-offer-')), 'dataset.txt');
    fs.writeFileSync(file, 'Harbour authority approves new ferry timetable\n20240402\ndataset:harbour/0042\nThe harbour authority approved a new ferry timetable on Tuesday, director Maria Lopez said.\n');
    const d = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(d);
    await sleep(1000);
    assert.strictEqual(d.languageId, 'plaintext', 'not switched without asking');
    await vscode.commands.executeCommand('seedReader.openAsSeed');
    await waitFor('the seed language', () => vscode.window.activeTextEditor?.document.languageId === 'seed' || undefined);
  });
});
