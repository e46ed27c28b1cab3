// The reader's corrections in the real extension host: Quick Fix actions through VS Code's code-action API, a
// correction written to the sidecar, the hover and inlay hints following it, and Undo Last Correction.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { SAMPLE, closeAll, hoverText, openSeed, positionOf, waitFor } from './helpers';

suite('Seed Reader in the extension host: corrections', () => {
  let dir: string;
  let seed: string;
  let sidecar: string;
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-corrections-'));
    seed = path.join(dir, path.basename(SAMPLE));
    sidecar = `${seed}.corrections.json`;
    fs.copyFileSync(SAMPLE, seed);
    ({ doc } = await openSeed(seed));
  });

  suiteTeardown(async () => {
    await closeAll();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const hints = async () => {
    const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
    return (h ?? []).map((x) => (typeof x.label === 'string' ? x.label : x.label.map((p) => p.value).join('')));
  };

  test('Quick Fix actions on a quote; a speaker correction shows in the hover and inline, and is undone', async () => {
    const pos = positionOf(doc, 'The sequence is wrong', 5);
    const actions = await waitFor('Seed Reader code actions', async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(pos, pos));
      const ours = (a ?? []).filter((x) => /^Seed Reader:/.test(x.title));
      return ours.length ? ours : undefined;
    });
    const fix = actions.find((a) => a.command?.command === 'seedReader.correctSpeaker');
    assert.ok(fix, `no Change the speaker action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind));
    assert.ok(actions.some((a) => a.command?.command === 'seedReader.markNotQuote'));
    await waitFor('"— John Herbst" inline', async () => ((await hints()).some((l) => /John Herbst/.test(l)) ? true : undefined));
    // The action's command with the speaker given (the quick pick is the UI's; the e2e run drives it).
    const ok = await vscode.commands.executeCommand('seedReader.correctSpeaker', ...(fix.command!.arguments ?? []), 'Wesley Clark');
    assert.strictEqual(ok, true);
    const written = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    assert.strictEqual(written.corrections[0].speaker, 'Wesley Clark');
    const card = await waitFor('the corrected hover', async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
      return /corrected by the reader/.test(t) ? t : undefined;
    });
    assert.match(card, /Speaker: \*\*Wesley Clark\*\*/);
    await waitFor('"— Wesley Clark" inline', async () => ((await hints()).some((l) => /Wesley Clark/.test(l)) ? true : undefined));
    assert.strictEqual(await vscode.commands.executeCommand('seedReader.undoCorrection'), true);
    assert.ok(!fs.existsSync(sidecar), 'the undo removes the sidecar it created');
    const back = await waitFor('the hover without the correction', async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
      return /John Herbst/.test(t) && !/corrected by the reader/.test(t) ? t : undefined;
    });
    assert.ok(back);
  });

  test('a sidecar written outside the editor applies, and a malformed entry is skipped while the rest applies', async () => {
    const text = doc.getText();
    const start = text.indexOf('The sequence is wrong');
    const q = text.slice(start, text.indexOf('”', start) > 0 ? text.indexOf('”', start) : start + 30);
    fs.writeFileSync(sidecar, JSON.stringify({
      schema: 'seed-reader-corrections/1',
      corrections: [{ op: 'speaker', target: 'broken' }, { op: 'speaker', target: { exact: q, start }, speaker: 'Ann Example' }],
    }));
    // Reaching the editor through the file watcher (inside a workspace folder) or on the next analysis.
    const pos = positionOf(doc, 'The sequence is wrong', 5);
    await vscode.commands.executeCommand('seedReader.refresh');
    const card = await waitFor('the hover with the sidecar applied', async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
      return /Ann Example/.test(t) ? t : undefined;
    });
    assert.match(card, /corrected by the reader/);
    fs.rmSync(sidecar, { force: true });
  });
});
