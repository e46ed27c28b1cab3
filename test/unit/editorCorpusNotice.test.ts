// Find Quotes by Speaker on a workspace not indexed yet: a notification with Cancel says the seeds are being indexed
// (not only the status bar's spinner while the pick is long in coming); once indexed, no notification.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { PLANTED } from './corpusFixtures';
import * as vscode from './fakes/vscode';

const enc = new TextEncoder();

describe('editor corpus: Find Quotes by Speaker waits for the first index in the open', () => {
  const stub = { analyzeText: async (text: string) => analyze(text) } as any;
  let ctx: ReturnType<typeof vscode.extensionContext>;
  beforeEach(() => {
    vscode.reset();
    vscode.corpusState.files.clear();
    vscode.corpusState.watchers.length = 0;
    vscode.corpusState.progress.length = 0;
    for (const p of PLANTED.slice(0, 3)) vscode.corpusState.files.set(`file:///ws/${p.name}`, enc.encode(p.text));
    ctx = vscode.extensionContext();
    (ctx as any).extensionUri = vscode.Uri.file('/ext');
    (ctx as any).storageUri = vscode.Uri.file('/storage');
  });
  afterEach(() => ctx.dispose());

  it('the first time: a cancellable notification, then the pick of every speaker; the second time: the pick at once', async () => {
    const { registerCorpus } = require('../../src/editor/corpus/register') as typeof import('../../src/editor/corpus/register');
    const service = registerCorpus(ctx as any, stub);
    const picks: { label: string }[][] = [];
    const original = vscode.window.showQuickPick;
    vscode.window.showQuickPick = async (items: any) => {
      picks.push(await items);
      return undefined;
    };
    try {
      await vscode.commands.executeCommand('seedReader.findQuotesBySpeaker');
      const notices = vscode.corpusState.progress.filter((p) => p.options.location === vscode.ProgressLocation.Notification);
      assert.equal(notices.length, 1);
      assert.equal(notices[0].options.cancellable, true);
      assert.match(notices[0].options.title, /indexing the workspace seeds/);
      assert.equal(picks.length, 1, 'the pick came once the index was made');
      assert.ok(picks[0].some((i) => i.label === 'Antony Blinken'));
      assert.equal(service.index.size, 3);
      await vscode.commands.executeCommand('seedReader.findQuotesBySpeaker');
      assert.equal(vscode.corpusState.progress.filter((p) => p.options.location === vscode.ProgressLocation.Notification).length, 1, 'no second notification');
      assert.equal(picks.length, 2);
    } finally {
      vscode.window.showQuickPick = original;
    }
  });

  it('cancelled before any quote: the message says the indexing was cancelled, not that the seeds have no quotes', async () => {
    const { registerCorpus, findQuotesBySpeaker } = require('../../src/editor/corpus/register') as typeof import('../../src/editor/corpus/register');
    const service = registerCorpus(ctx as any, stub);
    Object.assign(service.state, { indexing: false, cancelled: true });
    assert.equal(await findQuotesBySpeaker(service), false);
    assert.match(vscode.state.messages.at(-1)?.message ?? '', /indexing was cancelled/);
    Object.assign(service.state, { cancelled: false });
    assert.equal(await findQuotesBySpeaker(service), false);
    assert.match(vscode.state.messages.at(-1)?.message ?? '', /no quotes found/);
  });
});
