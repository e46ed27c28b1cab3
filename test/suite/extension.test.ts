// Activation, the contributed commands, and seed detection, against the real VS Code API.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, closeAll, docFor, openSeed, openUntitled, SAMPLE, sleep, waitFor } from './helpers';

suite('Seed Reader in the extension host: activation and detection', () => {
  teardown(async () => {
    await closeAll();
  });

  test('activates and registers every command that package.json contributes', async () => {
    const ext = await activate();
    assert.strictEqual(ext.isActive, true);
    const pkg = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8'));
    const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
    assert.ok(contributed.length >= 10, 'package.json lists the commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  test('a .txt file with a seed header opens in the seed language', async () => {
    const { doc } = await openSeed(SAMPLE);
    assert.strictEqual(doc.languageId, 'seed');
    assert.strictEqual(path.extname(doc.uri.fsPath), '.txt');
  });

  test('an untitled plain-text document with a seed header is switched to seed', async () => {
    const doc = await openUntitled('Council votes on budget\n20240315\nhttps://example.org/news/budget\nThe council met on Friday.\n', 'plaintext');
    const switched = await waitFor('untitled seed-looking document in the seed language', () => docFor(doc.uri)?.languageId === 'seed');
    assert.ok(switched);
  });

  test('plain text without a seed header stays plain text', async () => {
    const doc = await openUntitled('Shopping list\nmilk and bread\nJohn Smith said we need eggs, according to Mary.\n', 'plaintext');
    // Give detection every chance to (wrongly) act: the positive case above switches well within this time.
    await sleep(1500);
    assert.strictEqual(docFor(doc.uri)?.languageId, 'plaintext');
  });

  test('Toggle Highlights flips highlights without writing settings, and back', async () => {
    await openSeed();
    const before = vscode.workspace.getConfiguration('seedReader').inspect<boolean>('highlight.enabled');
    await vscode.commands.executeCommand('seedReader.toggleHighlights');
    await vscode.commands.executeCommand('seedReader.toggleHighlights');
    const after = vscode.workspace.getConfiguration('seedReader').inspect<boolean>('highlight.enabled');
    assert.deepStrictEqual(
      [after?.globalValue, after?.workspaceValue, after?.workspaceFolderValue],
      [before?.globalValue, before?.workspaceValue, before?.workspaceFolderValue],
      'toggling must not write settings',
    );
  });

  test('Go to Next Quote moves the cursor forward into a quote; Previous moves back', async () => {
    const { doc, editor } = await openSeed();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('seedReader.nextQuote');
    const next = await waitFor('the cursor to move to the first quote', () => {
      const s = vscode.window.activeTextEditor?.selection;
      return s && !s.active.isEqual(new vscode.Position(0, 0)) ? s : undefined;
    });
    assert.ok(next.start.line >= 3, `first quote is in the body (line ${next.start.line + 1})`);
    assert.ok(doc.lineAt(next.start.line).text.trim().length > 0);

    const last = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(last, last);
    await vscode.commands.executeCommand('seedReader.previousQuote');
    const prev = await waitFor('the cursor to move back to the last quote', () => {
      const s = vscode.window.activeTextEditor?.selection;
      return s && s.active.isBefore(last) ? s : undefined;
    });
    assert.ok(prev.start.line >= 3);
  });

  test('Re-analyse Document runs on a seed', async () => {
    await openSeed();
    await vscode.commands.executeCommand('seedReader.refresh');
  });
});
