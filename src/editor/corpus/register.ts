// Wires the workspace corpus into the editor: the index service (worker analyses, watcher, workspace storage), the
// Corpus view, Find Quotes by Speaker… and Who said what. Nothing is indexed on activation unless
// `seedReader.corpus.autoIndex` is on: the first look at the Corpus view or a corpus command starts it.
import * as path from 'node:path';
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { outputChannel } from '../log';
import { CorpusService, SEED_NAME, type CorpusHost } from './corpusService';
import { CorpusTreeProvider, articlesLabel, quotesLabel } from './corpusTree';
import { articleLabel, shorten } from './corpusModel';
import { WhoSaidWhatPanel } from './whoSaidWhatPanel';
import { correctFile, correctionsEnabled, isSidecarUri, readSidecar, seedUriOfSidecar, sidecarUriOf } from '../corrections/sidecarFiles';

/** The service's analysis key of a corpus file (corpusService: `corpus:<file>`). */
const KEY_PREFIX = 'corpus:';

export const CORPUS_VIEW = 'seedReader.corpus';
const STORE_FILE = 'corpus-index.json';
/** Folders never searched for seeds (on top of files.exclude). */
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/.vscode-test/**}';

let channel: vscode.OutputChannel | undefined;
export function log(line: string): void {
  try {
    channel ??= outputChannel();
    channel.appendLine(`[${new Date().toISOString()}] ${line}`);
  } catch {
    // no output channel
  }
}

/** The engine's identity: the extension version and the worker bundle's size and time (a rebuilt engine re-analyses). */
function engineVersion(context: vscode.ExtensionContext): string {
  const version = (context.extension?.packageJSON as { version?: string } | undefined)?.version ?? '0';
  try {
    const st = statSync(path.join(__dirname, 'worker.js'));
    return `${version}/${st.size}/${Math.floor(st.mtimeMs)}`;
  } catch {
    return version;
  }
}

export function vscodeCorpusHost(context: vscode.ExtensionContext, analysis: AnalysisService): CorpusHost {
  const storeUri = context.storageUri ? vscode.Uri.joinPath(context.storageUri, STORE_FILE) : undefined;
  return {
    async listFiles() {
      const uris = await vscode.workspace.findFiles('**/*.{seed,txt}', EXCLUDE);
      return uris.map((u) => u.toString());
    },
    async size(file) {
      return (await vscode.workspace.fs.stat(vscode.Uri.parse(file))).size;
    },
    async stat(file) {
      const st = await vscode.workspace.fs.stat(vscode.Uri.parse(file));
      return { size: st.size, mtime: st.mtime };
    },
    read: (file) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(file))),
    async head(file, bytes) {
      const uri = vscode.Uri.parse(file);
      // A local file: only its head is read (a large .txt that is not a seed is never read whole).
      if (uri.scheme === 'file') {
        try {
          const h = await open(uri.fsPath, 'r');
          try {
            const buf = new Uint8Array(bytes);
            const { bytesRead } = await h.read(buf, 0, bytes, 0);
            return buf.subarray(0, bytesRead);
          } finally {
            await h.close();
          }
        } catch {
          // not on this machine's disk after all: through VS Code's file system
        }
      }
      return vscode.workspace.fs.readFile(uri);
    },
    async analyze(text, key) {
      const a = await analysis.analyzeText(text, key);
      // The reader's corrections apply in the corpus as in every other view (issue 17).
      return key.startsWith(KEY_PREFIX) ? (await correctFile(vscode.Uri.parse(key.slice(KEY_PREFIX.length)), text, a)).analysis : a;
    },
    summarizeBatch: analysis.corpusBatches,
    async dependencies(file) {
      const seed = vscode.Uri.parse(file);
      const sidecar = sidecarUriOf(seed);
      if (!sidecar || !correctionsEnabled(seed)) return '';
      return (await readSidecar(sidecar)) ?? '';
    },
    async load() {
      if (!storeUri) return undefined;
      try {
        // Bytes: the store is decoded line by line, in slices (corpusStore.ts).
        return await vscode.workspace.fs.readFile(storeUri);
      } catch {
        return undefined;
      }
    },
    async save(data) {
      if (!storeUri || !context.storageUri) return;
      await vscode.workspace.fs.createDirectory(context.storageUri);
      await vscode.workspace.fs.writeFile(storeUri, data);
    },
    log,
    maxBytes() {
      const mb = Number(vscode.workspace.getConfiguration('seedReader').get<number>('maxFileSizeMB', 20));
      return Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : 0;
    },
    engineVersion: engineVersion(context),
  };
}

/** Starts indexing with progress in the window and the Corpus view (cancel from the view's title bar). */
export function startIndexing(service: CorpusService): Promise<void> {
  if (service.indexing) return Promise.resolve();
  void vscode.commands.executeCommand('setContext', 'seedReader.corpusIndexing', true);
  const run = vscode.window.withProgress(
    { location: { viewId: CORPUS_VIEW }, title: vscode.l10n.t('Indexing seeds') },
    () => vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Seed Reader: indexing seeds'), cancellable: true }, (progress, token) =>
      service.indexAll(token, (p) => progress.report({ message: `${p.done}/${p.total}` }))),
  );
  return Promise.resolve(run).finally(() => void vscode.commands.executeCommand('setContext', 'seedReader.corpusIndexing', false));
}

/** Indexes when nothing is indexed yet (the first look); otherwise the corpus is already there (watcher keeps it). */
export async function ensureIndexed(service: CorpusService): Promise<void> {
  await service.loadStore();
  if (!service.completedRuns && !service.indexing) {
    // The stored index shows at once; the run checks every file's hash in the background.
    const run = startIndexing(service);
    if (!service.index.size) await run;
  } else if (service.indexing && !service.index.size) await new Promise<void>((r) => { const d = service.onDidChange(() => { if (!service.indexing) { d.dispose(); r(); } }); });
}

/**
 * ensureIndexed for a command that waits for the corpus (Find Quotes by Speaker): when there is nothing to pick from
 * yet (the first indexing of a workspace), a notification says so, with Cancel; without it the pick would appear long
 * after the command, with only the status bar's spinner in between.
 */
export async function indexedWithNotice(service: CorpusService): Promise<void> {
  await service.loadStore();
  if (service.index.size || (service.completedRuns && !service.indexing)) return ensureIndexed(service);
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Seed Reader: indexing the workspace seeds…'), cancellable: true },
    async (_progress, token) => {
      const sub = token.onCancellationRequested(() => service.cancel());
      try {
        await ensureIndexed(service);
      } finally {
        sub.dispose();
      }
    },
  );
}

export function registerCorpus(context: vscode.ExtensionContext, analysis: AnalysisService): CorpusService {
  const service = new CorpusService(vscodeCorpusHost(context, analysis));
  const tree = new CorpusTreeProvider(service);
  const view = vscode.window.createTreeView(CORPUS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  tree.view = view;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void ensureIndexed(service);
  };
  context.subscriptions.push(
    { dispose: () => service.dispose() },
    tree,
    view,
    view.onDidChangeVisibility((e) => {
      if (e.visible) start();
    }),
  );
  if (view.visible) start();

  // Watcher: created and deleted seeds, and changes on disk.
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{seed,txt}');
  // A seed's corrections changed: its summary is made again (the key includes the sidecar).
  const sidecars = vscode.workspace.createFileSystemWatcher('**/*.corrections.json');
  const sidecarChanged = (uri: vscode.Uri) => {
    if (isSidecarUri(uri)) void service.update(seedUriOfSidecar(uri).toString());
  };
  context.subscriptions.push(sidecars, sidecars.onDidCreate(sidecarChanged), sidecars.onDidChange(sidecarChanged), sidecars.onDidDelete(sidecarChanged));
  const changed = (uri: vscode.Uri) => {
    if (/[\\/](node_modules|\.git)[\\/]/.test(uri.path)) return;
    void service.update(uri.toString());
  };
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(changed),
    watcher.onDidChange(changed),
    watcher.onDidDelete((uri) => service.remove(uri.toString())),
  );

  const reg = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('seedReader.corpus.reindex', () => {
    started = true;
    return startIndexing(service);
  });
  reg('seedReader.corpus.cancelIndexing', () => service.cancel());
  reg('seedReader.corpus.clearFilter', () => tree.setFilter(''));
  reg('seedReader.corpus.filter', async () => {
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter Corpus'),
      prompt: vscode.l10n.t('Show actors, articles and quotes whose name, role, headline or text contains this'),
      placeHolder: vscode.l10n.t('e.g. Blinken, minister, ceasefire'),
      value: tree.filter,
    });
    if (value !== undefined) tree.setFilter(value);
  });
  reg('seedReader.findQuotesBySpeaker', async () => {
    started = true;
    await indexedWithNotice(service);
    return findQuotesBySpeaker(service);
  });
  const panel = new WhoSaidWhatPanel(context.extensionUri, service);
  context.subscriptions.push(panel);
  reg('seedReader.showWhoSaidWhat', async () => {
    started = true;
    panel.show();
    await ensureIndexed(service);
  });

  if (vscode.workspace.getConfiguration('seedReader').get<boolean>('corpus.autoIndex', false)) start();
  return service;
}

/** Quick pick of corpus speakers, then of their quotes; the chosen quote opens at its place. */
export async function findQuotesBySpeaker(service: CorpusService): Promise<boolean> {
  const speakers = service.index.speakers();
  if (!speakers.length) {
    void vscode.window.showInformationMessage(service.indexing
      ? vscode.l10n.t('Seed Reader: the corpus is still being indexed.')
      : service.state.cancelled ? vscode.l10n.t('Seed Reader: indexing was cancelled before any quote was found; run the command again to index the workspace.')
        : vscode.l10n.t('Seed Reader: no quotes found in the workspace seeds.'));
    return false;
  }
  const actor = await vscode.window.showQuickPick(
    speakers.map((a) => ({
      label: a.name,
      description: `${quotesLabel(a.quotes)} · ${articlesLabel(a.articles)}`,
      detail: [a.roles.slice(0, 3).join('; '), a.aliases.length ? vscode.l10n.t('also {0}', a.aliases.slice(0, 4).join(', ')) : ''].filter(Boolean).join(' · ') || undefined,
      speakerId: a.speakerId,
    })),
    { title: vscode.l10n.t('Find Quotes by Speaker'), placeHolder: vscode.l10n.t('Speaker'), matchOnDescription: true, matchOnDetail: true },
  );
  if (!actor) return false;
  const quotes = service.index.quotesOf(actor.speakerId);
  const pick = await vscode.window.showQuickPick(
    quotes.map((q) => ({
      label: `“${shorten(q.text, 120)}”`,
      description: [q.role, q.outlet].filter(Boolean).join(' · '),
      detail: articleLabel(q),
      quote: q,
    })),
    { title: vscode.l10n.t('Quotes of {0}', actor.label), placeHolder: vscode.l10n.t('Quote (type to filter)'), matchOnDescription: true, matchOnDetail: true },
  );
  if (!pick) return false;
  await vscode.commands.executeCommand('seedReader.revealRange', pick.quote.file, pick.quote.start, pick.quote.end);
  return true;
}

export { SEED_NAME };
