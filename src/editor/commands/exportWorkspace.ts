// `Seed Reader: Export All Seeds in Workspace...`: every seed file of the workspace (or of the folder
// chosen in the explorer) into one folder (one export each), or one combined CSV / JSON Lines file.
// Each seed is read, analysed and written (exportWorkspaceWrite.ts) before the next is read: the export holds one
// analysis at a time, and Cancel (after the current seed) keeps what was written. Cancellable progress notification;
// yields between files; ends with a summary of done, skipped, written and not written files.
import * as vscode from 'vscode';
import { correctFile } from '../corrections/sidecarFiles';
import { looksLikeSeed } from '../../engine/header';
import { decodeSeedBytes } from '../../export/batch';
import { fileIdentity, readHead, readRegularFile, ReadRefused } from '../../export/files';
import { type ExportFormat, isExportFormat } from '../../export/common';
import type { PlannedFile } from '../../export/plan';
import type { AnalysisService } from '../analysisService';
import { log } from '../log';
import { pickFormat } from './exportAnnotations';
import { baseOf, childUri, describeError, offerOpen } from './exportWrite';
import { combinedSink, folderSink, SeedIdentities, type SeedSink } from './exportWorkspaceWrite';

export type WorkspaceExportMode = 'folder' | 'csv' | 'jsonl';

export interface WorkspaceExportOptions {
  mode?: WorkspaceExportMode;
  /** For mode `folder`. */
  format?: ExportFormat;
  /** Output folder (mode `folder`) or file (`csv`, `jsonl`); skips the dialogs. */
  target?: vscode.Uri;
}

export interface WorkspaceExportSummary {
  done: string[];
  skipped: { file: string; reason: string }[];
  written: vscode.Uri[];
  /** Outputs not written: existing files the user chose to keep, or writes that failed (with the reason). */
  notWritten: { file: string; reason: string }[];
  cancelled: boolean;
}

/** vscode.FileType values (numbers, so that this works without the enum). */
const FILE_TYPE_FILE = 1;
const FILE_TYPE_SYMLINK = 64;
/** Bytes read to recognise a seed by its 3-line header. */
const HEAD_BYTES = 8192;

const EXCLUDE = '**/{node_modules,.git,.vscode-test,out,dist}/**';

function isUri(x: unknown): x is vscode.Uri {
  return x instanceof vscode.Uri || (!!x && typeof x === 'object' && 'scheme' in x && 'path' in x);
}

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function chooseMode(): Promise<WorkspaceExportMode | undefined> {
  const items: (vscode.QuickPickItem & { mode: WorkspaceExportMode })[] = [
    { label: vscode.l10n.t('One file per seed'), description: vscode.l10n.t('into a folder'), detail: vscode.l10n.t('Choose a format; each seed gets its own export named after it.'), mode: 'folder' },
    { label: vscode.l10n.t('One combined CSV'), description: '.csv', detail: vscode.l10n.t('One row per quote of every seed (file column tells them apart).'), mode: 'csv' },
    { label: vscode.l10n.t('One combined JSON Lines'), description: '.jsonl', detail: vscode.l10n.t('One seed-reader/1 document per line, one line per seed.'), mode: 'jsonl' },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export All Seeds'), placeHolder: vscode.l10n.t('How should the seeds be exported?') }))?.mode;
}

/** Finds the seed candidates: `*.txt` and `*.seed` files, sorted by path. */
async function findCandidates(scope: vscode.Uri | undefined): Promise<vscode.Uri[]> {
  const include = scope ? new vscode.RelativePattern(scope, '**/*.{txt,seed}') : '**/*.{txt,seed}';
  const found = await vscode.workspace.findFiles(include, EXCLUDE);
  return [...found].sort((a, b) => a.path.localeCompare(b.path));
}

/** Where the exports go: a folder (mode `folder`) or one file; undefined when the dialog is cancelled. */
async function chooseTarget(mode: WorkspaceExportMode, scope: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const base = scope ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  if (mode === 'folder') {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
      openLabel: vscode.l10n.t('Export Here'), title: vscode.l10n.t('Folder for the exports'), defaultUri: base,
    });
    return picked?.[0];
  }
  const name = mode === 'csv' ? 'seeds.csv' : 'seeds.jsonl';
  return vscode.window.showSaveDialog({
    defaultUri: base ? childUri(base, name) : undefined,
    filters: mode === 'csv' ? { CSV: ['csv'] } : { [vscode.l10n.t('JSON Lines')]: ['jsonl'] },
    saveLabel: vscode.l10n.t('Export'),
    title: mode === 'csv' ? vscode.l10n.t('Export all seeds as one CSV') : vscode.l10n.t('Export all seeds as JSON Lines'),
  });
}

function insideFolder(uri: vscode.Uri, folder: vscode.Uri): boolean {
  return uri.toString().startsWith(folder.toString().replace(/\/?$/, '/'));
}

/** What reading the candidates needs: limits, the files already seen (by identity), the output folder. */
interface ReadContext {
  maxMB: number;
  seenReal: Set<string>;
  /** Seeds inside it are not exported (mode `folder`). */
  outFolder?: vscode.Uri;
}

/** Reads one candidate: its text when it is a seed to export, else why it is skipped. */
async function readCandidate(uri: vscode.Uri, ctx: ReadContext): Promise<{ text: string } | { skip: string }> {
  if (ctx.outFolder && insideFolder(uri, ctx.outFolder)) return { skip: vscode.l10n.t('inside the output folder') };
  const isFile = uri.scheme === 'file';
  const maxBytes = ctx.maxMB > 0 ? Math.floor(ctx.maxMB * 1024 * 1024) : 0;
  const tooLarge = vscode.l10n.t('larger than {0} MB (seedReader.maxFileSizeMB)', ctx.maxMB);
  const cannotRead = (err: unknown) => ({ skip: err instanceof ReadRefused ? err.message : vscode.l10n.t('cannot read: {0}', describeError(err)) });
  let head: Uint8Array;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & FILE_TYPE_SYMLINK) return { skip: vscode.l10n.t('a symbolic link (not followed)') };
    if (!(stat.type & FILE_TYPE_FILE)) return { skip: vscode.l10n.t('not a regular file') };
    if (maxBytes > 0 && stat.size > maxBytes) return { skip: tooLarge };
    if (isFile) {
      const id = fileIdentity(uri.fsPath);
      const key = id ? `${id.dev}:${id.ino}:${id.ino === 0 ? id.real : ''}` : undefined;
      if (key && ctx.seenReal.has(key)) return { skip: vscode.l10n.t('the same file as another seed (a link)') };
      if (key) ctx.seenReal.add(key);
      // Only the first KB to recognise the header; the rest is read only for seeds.
      head = readHead(uri.fsPath, HEAD_BYTES);
    } else {
      head = (await vscode.workspace.fs.readFile(uri)).subarray(0, HEAD_BYTES);
    }
  } catch (err) {
    return cannotRead(err);
  }
  // Detection on the first bytes only (a cut in the middle of a character is fine here); `.seed` files are seeds by name.
  const headText = decodeSeedBytes(head);
  if (!headText.ok && headText.reason !== 'not valid UTF-8 text') return { skip: headText.reason };
  const isSeedByName = /\.seed$/i.test(uri.path);
  if (!isSeedByName && !looksLikeSeed(headText.ok ? headText.text : new TextDecoder().decode(head))) {
    return { skip: vscode.l10n.t('not a seed (line 2 is not a YYYYMMDD date or line 3 not a URL)') };
  }
  let bytes: Uint8Array;
  try {
    bytes = isFile ? readRegularFile(uri.fsPath, maxBytes, `${ctx.maxMB} MB (seedReader.maxFileSizeMB)`) : await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    return cannotRead(err);
  }
  const decoded = decodeSeedBytes(bytes);
  return decoded.ok ? { text: decoded.text } : { skip: decoded.reason };
}

type Analyze = (text: string, key: string) => Promise<import('../../engine/types').Analysis>;

/**
 * `analysis`, or 'cancelled' as soon as Cancel is pressed (a long analysis is not waited for; its result is dropped).
 * The listener goes with the analysis: a race against one promise of the whole export would keep every result alive
 * (each race stays among that promise's reactions until it settles, holding its own result).
 */
function unlessCancelled<T>(analysis: Promise<T>, token: vscode.CancellationToken): Promise<T | 'cancelled'> {
  if (token.isCancellationRequested) return Promise.resolve('cancelled');
  return new Promise((resolve, reject) => {
    const listener = token.onCancellationRequested?.(() => resolve('cancelled'));
    analysis.then(
      (value) => { listener?.dispose(); resolve(value); },
      (err: unknown) => { listener?.dispose(); reject(err); },
    );
  });
}

/**
 * How the loop ended: every candidate handled, Cancel pressed, or the sink stopped the export (`stopped-cancelled`: a
 * refusal or the question about existing files dismissed; `stopped`: the combined file could not be written).
 */
type LoopEnd = 'done' | 'cancel' | 'stopped-cancelled' | 'stopped';

/**
 * Reads, analyses (with the reader's corrections) and hands to `sink` one candidate at a time, so that one analysis is
 * held at a time.
 */
async function exportSeeds(
  candidates: vscode.Uri[], ctx: ReadContext, analyzeText: Analyze, sink: SeedSink, seeds: SeedIdentities, summary: WorkspaceExportSummary,
  progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken,
): Promise<LoopEnd> {
  const step = candidates.length ? 100 / candidates.length : 100;
  for (const [i, uri] of candidates.entries()) {
    if (token.isCancellationRequested) return 'cancel';
    const name = relativeName(uri);
    progress.report({ message: name, increment: step });
    await yieldToHost();
    const read = await readCandidate(uri, ctx);
    if ('skip' in read) {
      seeds.drop(i);
      summary.skipped.push({ file: name, reason: read.skip });
      continue;
    }
    if (token.isCancellationRequested) return 'cancel';
    let analysis;
    try {
      const result = await unlessCancelled(analyzeText(read.text, `export:${uri.toString()}`), token);
      if (result === 'cancelled') return 'cancel';
      // The reader's corrections (the sidecar beside the file) apply to exports from the editor too.
      const corrected = await correctFile(uri, read.text, result);
      analysis = corrected.analysis;
      if (corrected.problem) log(corrected.problem);
    } catch (err) {
      seeds.drop(i);
      summary.skipped.push({ file: name, reason: vscode.l10n.t('analysis failed: {0}', describeError(err)) });
      continue;
    }
    // Written now, whatever Cancel says meanwhile: Cancel stops after the current seed.
    const outcome = await sink.add(uri, { analysis, text: read.text, fileName: baseOf(uri), fileUri: uri.toString() });
    if (outcome.ok) summary.done.push(name);
    else if ('skip' in outcome) {
      seeds.drop(i);
      summary.skipped.push({ file: name, reason: outcome.skip });
    } else {
      // Not done: its export was not (or not wholly) written; the sink lists what was not.
      return outcome.cancelled ? 'stopped-cancelled' : 'stopped';
    }
    await yieldToHost();
  }
  return 'done';
}

function relativeName(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath ? vscode.workspace.asRelativePath(uri) : baseOf(uri);
}

/**
 * Asks at the first existing different file(s) the export meets: Overwrite, or Skip (write only new files), for the
 * rest of the export; dismissed: the export stops (what was written before stays).
 */
async function askOverwrite(files: PlannedFile[], folder: vscode.Uri): Promise<'cancel' | 'overwrite' | 'skip'> {
  const shown = files.slice(0, 3).map((f) => f.name).join(', ') + (files.length > 3 ? ', …' : '');
  const overwrite = vscode.l10n.t('Overwrite');
  const skip = vscode.l10n.t('Skip');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} file(s) in {1} already exist and differ ({2}). Overwrite them and any others this export meets, or skip them all and write only new files?', files.length, baseOf(folder) || folder.path, shown),
    { modal: true }, overwrite, skip);
  if (answer === skip) return 'skip';
  return answer === overwrite ? 'overwrite' : 'cancel';
}

/** The closing message: what was exported, skipped and not written. */
function showSummary(summary: WorkspaceExportSummary, mode: WorkspaceExportMode, target: vscode.Uri, format: ExportFormat): void {
  const list = (xs: { file: string; reason: string }[]) => `${xs.slice(0, 3).map((s) => `${s.file} (${s.reason})`).join('; ')}${xs.length > 3 ? '; …' : ''}`;
  const skippedText = summary.skipped.length ? ' ' + vscode.l10n.t('Skipped {0}: {1}.', summary.skipped.length, list(summary.skipped)) : '';
  const failedText = summary.notWritten.length ? ' ' + vscode.l10n.t('Not written {0}: {1}.', summary.notWritten.length, list(summary.notWritten)) : '';
  if (summary.cancelled) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: export cancelled after {0} seed file(s); {1} file(s) written.', summary.done.length, summary.written.length) + skippedText + failedText);
  } else if (summary.notWritten.length > 0 && summary.written.length === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader: no export written.') + failedText + skippedText);
  } else if (summary.notWritten.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: exported {0} file(s) to {1}.', summary.written.length, baseOf(mode === 'folder' ? target : summary.written[0])) + failedText + skippedText);
  } else if (summary.done.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: no seed files found to export.') + skippedText);
  } else {
    const where = mode === 'folder' ? target : summary.written[0] ?? target;
    offerOpen(vscode.l10n.t('Seed Reader: exported {0} seed file(s) to {1}.', summary.done.length, baseOf(where) || where.path) + skippedText, where, mode === 'folder' ? 'folder' : format);
  }
}

export async function exportWorkspace(service: AnalysisService | undefined, scopeArg?: unknown, _selected?: unknown, options: WorkspaceExportOptions = {}): Promise<WorkspaceExportSummary | undefined> {
  // Files are read from disk: open editors may hold unsaved text, the export reflects what is saved. They are analysed
  // through the service's worker thread, so a large workspace does not block the extension host.
  const scope = isUri(scopeArg) ? scopeArg : undefined;
  const mode = options.mode ?? (await chooseMode());
  if (!mode) return undefined;
  let format: ExportFormat | undefined = mode === 'csv' ? 'csv' : mode === 'jsonl' ? 'json' : options.format;
  if (mode === 'folder' && !format) format = await pickFormat(vscode.l10n.t('Export All Seeds: format'));
  if (!format || !isExportFormat(format)) return undefined;
  const target = options.target ?? (await chooseTarget(mode, scope));
  if (!target) return undefined;

  const config = vscode.workspace.getConfiguration('seedReader');
  const ctx: ReadContext = { maxMB: config.get<number>('maxFileSizeMB', 20) ?? 20, seenReal: new Set(), outFolder: mode === 'folder' ? target : undefined };
  const exportOptions = { bom: config.get<boolean>('export.csvBom', true) ?? true, csvRaw: config.get<boolean>('export.csvRaw', false) ?? false };
  const summary: WorkspaceExportSummary = { done: [], skipped: [], written: [], notWritten: [], cancelled: false };
  const fmt = format;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Seed Reader: exporting seeds'), cancellable: true },
    async (progress, token) => {
      const candidates = await findCandidates(scope);
      // The engine runs only in the analysis worker, which the service holds.
      const analyzeText: Analyze = (text, key) => (service ? service.analyzeText(text, key, token) : Promise.reject(new Error('no analysis service')));
      const seeds = new SeedIdentities(candidates, (u) => !!ctx.outFolder && insideFolder(u, ctx.outFolder));
      const sink = mode === 'folder'
        ? folderSink(target, fmt, exportOptions, seeds, askOverwrite, summary)
        : combinedSink(target, fmt, exportOptions, summary);
      const end = token.isCancellationRequested ? 'cancel' : await exportSeeds(candidates, ctx, analyzeText, sink, seeds, summary, progress, token);
      await sink.finish(end === 'cancel');
      summary.cancelled = end === 'cancel' || end === 'stopped-cancelled';
    },
  );
  showSummary(summary, mode, target, fmt);
  return summary;
}

export function registerExportWorkspace(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('seedReader.exportWorkspace', (scope?: unknown, selected?: unknown, options?: WorkspaceExportOptions) =>
      exportWorkspace(service, scope, selected, options)),
  );
}
