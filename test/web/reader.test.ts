// What a reader of VS Code for the Web meets, checked in the web-worker extension host itself: the extension runs
// there with its analysis in a Web Worker, the sample's first analysis comes quickly, and the exports go through
// `workspace.fs` and the clipboard.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { WebAnalysisClient } from '../../src/web/client';
import { activate, closeAll, docFor, flattenSymbols, waitFor, workspaceUri } from './helpers';

/** Polls `probe` every 5 ms (waitFor polls every 100 ms: too coarse to time the first analysis) for up to 10 s. */
async function poll<T>(probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const end = Date.now() + 10_000;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) return assert.fail('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The sample, under another name (a first analysis: the worker has never seen this document). */
const FRESH = '/fresh-sample.txt';

suite('Seed Reader in VS Code for the Web', () => {
  teardown(async () => {
    await closeAll();
  });

  test('runs in the web-worker extension host of a web UI', async () => {
    const ext = await activate();
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    const scope = globalThis as unknown as { importScripts?: unknown; process?: { versions?: { node?: string } } };
    assert.strictEqual(typeof scope.importScripts, 'function', 'a web worker scope');
    assert.strictEqual(scope.process?.versions?.node, undefined, 'not Node');
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.UI);
    const pkg = ext.packageJSON as { browser?: string };
    assert.strictEqual(pkg.browser, './dist/web/extension.js');
  });

  // Issue 15's target is 300 ms (what a reader sees on an idle machine); a test machine shared by parallel jobs is far
  // slower, so the check fails only past 3 s (a worker that does not start, a request that waits for a timeout) and
  // prints the figure against the target.
  test('the first analysis of the sample arrives promptly after opening it (target 300 ms)', async () => {
    await activate();
    const sample = await vscode.workspace.fs.readFile(workspaceUri('/000_be6e4752cb109430.txt'));
    await vscode.workspace.fs.writeFile(workspaceUri(FRESH), sample);
    const uri = workspaceUri(FRESH);
    const t0 = Date.now();
    const opened = await vscode.workspace.openTextDocument(uri);
    const tOpen = Date.now() - t0;
    await vscode.window.showTextDocument(opened);
    const tShown = Date.now() - t0;
    const doc = await poll(() => {
      const d = docFor(uri);
      return d && d.languageId === 'seed' ? d : undefined;
    });
    const tSeed = Date.now() - t0;
    // The analysis is what the highlights are drawn from: the first symbols list its quotes.
    const quotes = await poll(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      const q = s ? flattenSymbols(s).filter((x) => /^[^:]+: “/.test(x.name)) : [];
      return q.length ? q : undefined;
    });
    const ms = Date.now() - t0;
    console.log(`    first analysis of the sample ${ms} ms after opening it, target 300 ms (${quotes.length} quotes; opened ${tOpen} ms, shown ${tShown} ms, seed language ${tSeed} ms)`);
    assert.ok(quotes.length >= 5, `quotes found: ${quotes.length}`);
    assert.ok(ms < 3000, `first analysis ${ms} ms after opening`);
  });

  test('a new Web Worker analyses the sample (its startup, step by step)', async () => {
    const ext = await activate();
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('/000_be6e4752cb109430.txt')));
    const client = new WebAnalysisClient(vscode.Uri.joinPath(ext.extensionUri, 'dist/web/worker.js').toString(true));
    try {
      const t0 = Date.now();
      const a = await client.analyze('web-startup', text);
      const total = Date.now() - t0;
      assert.ok(a.quotes.length >= 5 && a.actors.some((x) => x.name === 'Wesley Clark'), 'the analysis of the sample');
      const s = client.startup;
      assert.ok(s, 'a startup trace');
      const step = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined ? `${Math.round(to - from)} ms` : '?');
      console.log(`    a new worker: ${total} ms in all; spawn ${step(s.spawnAt, s.spawnedAt)}, load ${step(s.spawnedAt, s.loadedAt)}, ` +
        `to first request ${step(s.loadedAt, s.startedAt)}, analysis ${step(s.startedAt, s.analysedAt)} (lexicon ${Math.round(s.lexiconMs ?? 0)} ms, ${s.lexiconSource}), ` +
        `back ${step(s.analysedAt, s.receivedAt)}`);
      assert.strictEqual(s.lexiconSource, 'prebuilt', 'the web worker carries the prebuilt lexicon');
    } finally {
      client.dispose();
    }
  });

  test('Copy Annotations puts the JSON export on the clipboard', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('/000_be6e4752cb109430.txt'));
    await vscode.window.showTextDocument(doc);
    await waitFor('the sample in the seed language', () => docFor(doc.uri)?.languageId === 'seed');
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('seedReader.copyAnnotations', 'json');
    const text = await waitFor('the export on the clipboard', async () => (await vscode.env.clipboard.readText()) || undefined);
    const json = JSON.parse(text) as { schema: string; quotes: { speaker?: string }[]; actors: { name: string }[] };
    assert.strictEqual(json.schema, 'seed-reader/1');
    assert.ok(json.quotes.length >= 5);
    assert.ok(json.actors.some((a) => a.name === 'Wesley Clark'));
  });

  test('Export Annotations writes a CSV through workspace.fs', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('/000_be6e4752cb109430.txt'));
    await vscode.window.showTextDocument(doc);
    await waitFor('the sample in the seed language', () => docFor(doc.uri)?.languageId === 'seed');
    const target = workspaceUri('/exports/sample.seed.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('seedReader.exportAnnotations', 'csv', target);
    assert.strictEqual(written?.toString(), target.toString());
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(csv, /^\uFEFF?file,date,speaker,role,cue,kind,confidence,start,end,text/);
    assert.match(csv, /Wesley Clark/);
  });

  test('Export All Seeds finds the workspace seeds (findFiles) and writes one JSON Lines file (workspace.fs)', async () => {
    await activate();
    const target = workspaceUri('/exports/all.jsonl');
    await vscode.commands.executeCommand('seedReader.exportWorkspace', undefined, undefined, { mode: 'jsonl', target });
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)).split('\n').filter((l) => l.trim());
    const docs = lines.map((l) => JSON.parse(l) as { schema: string; source: { file: string } });
    assert.ok(docs.some((d) => d.source.file === '000_be6e4752cb109430.txt'), `exported: ${docs.map((d) => d.source.file).join(', ')}`);
    assert.ok(docs.every((d) => d.schema === 'seed-reader/1'));
    assert.ok(!docs.some((d) => d.source.file === 'notes.txt'), 'a plain .txt is not a seed');
  });

  test('Re-index Workspace Seeds indexes the workspace corpus (findFiles, workspace.fs, the web worker)', async () => {
    await activate();
    await vscode.commands.executeCommand('seedReader.corpus.reindex');
  });
});
