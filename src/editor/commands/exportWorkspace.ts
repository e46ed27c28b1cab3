// `Seed Reader: Export All Seeds in Workspace...`: every seed file of the workspace (or of the folder
// chosen in the explorer) into one folder (one export each), or one combined CSV / JSON Lines file.
// Cancellable progress notification; yields between files; ends with a summary of done and skipped files.
import * as vscode from 'vscode';
import { correctFile } from '../corrections/sidecarFiles';
import { looksLikeSeed } from '../../engine/header';
import { combine, decodeSeedBytes, uniqueOutputNames } from '../../export/batch';
import { fileIdentity, readHead, readRegularFile, ReadRefused } from '../../export/files';
import { bratConf, toBrat } from '../../export/brat';
import { type ExportFormat, type ExportInput, isExportFormat } from '../../export/common';
import { exportText } from '../../export/index';
import type { AnalysisService } from '../analysisService';
import { baseOf, describeError, offerOpen, pickFormat, readIfExists, sameResource, writeText } from './exportAnnotations';

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

function childUri(folder: vscode.Uri, name: string): vscode.Uri {
  return folder.with({ path: folder.path.replace(/\/?$/, '/') + name });
}

async function chooseMode(): Promise<WorkspaceExportMode | undefined> {
  const items: (vscode.QuickPickItem & { mode: WorkspaceExportMode })[] = [
    { label: 'One file per seed', description: 'into a folder', detail: 'Choose a format; each seed gets its own export named after it.', mode: 'folder' },
    { label: 'One combined CSV', description: '.csv', detail: 'One row per quote of every seed (file column tells them apart).', mode: 'csv' },
    { label: 'One combined JSON Lines', description: '.jsonl', detail: 'One seed-reader/1 document per line, one line per seed.', mode: 'jsonl' },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Export All Seeds', placeHolder: 'How should the seeds be exported?' }))?.mode;
}

/** Finds the seed candidates: `*.txt` and `*.seed` files, sorted by path. */
async function findCandidates(scope: vscode.Uri | undefined): Promise<vscode.Uri[]> {
  const include = scope ? new vscode.RelativePattern(scope, '**/*.{txt,seed}') : '**/*.{txt,seed}';
  const found = await vscode.workspace.findFiles(include, EXCLUDE);
  return [...found].sort((a, b) => a.path.localeCompare(b.path));
}

export async function exportWorkspace(service: AnalysisService | undefined, scopeArg?: unknown, _selected?: unknown, options: WorkspaceExportOptions = {}): Promise<WorkspaceExportSummary | undefined> {
  // Files are read from disk: open editors may hold unsaved text, the export reflects what is saved. They are analysed
  // through the service's worker thread, so a large workspace does not block the extension host.
  const scope = isUri(scopeArg) ? scopeArg : undefined;
  const mode = options.mode ?? (await chooseMode());
  if (!mode) return undefined;
  let format: ExportFormat | undefined = mode === 'csv' ? 'csv' : mode === 'jsonl' ? 'json' : options.format;
  if (mode === 'folder' && !format) format = await pickFormat('Export All Seeds: format');
  if (!format || !isExportFormat(format)) return undefined;

  let target = options.target;
  if (!target) {
    const base = scope ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    if (mode === 'folder') {
      const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export Here', title: 'Folder for the exports', defaultUri: base });
      target = picked?.[0];
    } else {
      const name = mode === 'csv' ? 'seeds.csv' : 'seeds.jsonl';
      target = await vscode.window.showSaveDialog({
        defaultUri: base ? childUri(base, name) : undefined,
        filters: mode === 'csv' ? { CSV: ['csv'] } : { 'JSON Lines': ['jsonl'] },
        saveLabel: 'Export', title: `Export all seeds as ${mode === 'csv' ? 'one CSV' : 'JSON Lines'}`,
      });
    }
  }
  if (!target) return undefined;

  const config = vscode.workspace.getConfiguration('seedReader');
  const maxMB = config.get<number>('maxFileSizeMB', 20) ?? 20;
  const csvBom = config.get<boolean>('export.csvBom', true) ?? true;
  const csvRaw = config.get<boolean>('export.csvRaw', false) ?? false;
  const summary: WorkspaceExportSummary = { done: [], skipped: [], written: [], notWritten: [], cancelled: false };
  const finalTarget = target;
  const fmt = format;

  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Seed Reader: exporting seeds', cancellable: true },
    async (progress, token) => {
      const candidates = await findCandidates(scope);
      if (token.isCancellationRequested) { summary.cancelled = true; return; }
      // The engine runs only in the analysis worker, which the service holds.
      const analyzeText = (text: string, key: string) => (service ? service.analyzeText(text, key, token) : Promise.reject(new Error('no analysis service')));
      const inputs: { uri: vscode.Uri; input: ExportInput }[] = [];
      const step = candidates.length ? 100 / candidates.length : 100;
      const seenReal = new Set<string>();
      const maxBytes = maxMB > 0 ? Math.floor(maxMB * 1024 * 1024) : 0;
      // Resolves when Cancel is pressed: a long analysis is not waited for (its result is dropped).
      const cancelled = new Promise<'cancelled'>((resolve) => {
        if (token.isCancellationRequested) resolve('cancelled');
        token.onCancellationRequested?.(() => resolve('cancelled'));
      });
      for (const uri of candidates) {
        if (token.isCancellationRequested) { summary.cancelled = true; return; }
        const name = vscode.workspace.asRelativePath ? vscode.workspace.asRelativePath(uri) : baseOf(uri);
        progress.report({ message: name, increment: step });
        await yieldToHost();
        if (mode === 'folder' && uri.toString().startsWith(finalTarget.toString().replace(/\/?$/, '/'))) {
          summary.skipped.push({ file: name, reason: 'inside the output folder' });
          continue;
        }
        const isFile = uri.scheme === 'file';
        let head: Uint8Array;
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.type & FILE_TYPE_SYMLINK) {
            summary.skipped.push({ file: name, reason: 'a symbolic link (not followed)' });
            continue;
          }
          if (!(stat.type & FILE_TYPE_FILE)) {
            summary.skipped.push({ file: name, reason: 'not a regular file' });
            continue;
          }
          if (maxMB > 0 && stat.size > maxBytes) {
            summary.skipped.push({ file: name, reason: `larger than ${maxMB} MB (seedReader.maxFileSizeMB)` });
            continue;
          }
          if (isFile) {
            const id = fileIdentity(uri.fsPath);
            if (id && seenReal.has(`${id.dev}:${id.ino}:${id.ino === 0 ? id.real : ''}`)) {
              summary.skipped.push({ file: name, reason: 'the same file as another seed (a link)' });
              continue;
            }
            if (id) seenReal.add(`${id.dev}:${id.ino}:${id.ino === 0 ? id.real : ''}`);
            // Only the first KB to recognise the header; the rest is read only for seeds.
            head = readHead(uri.fsPath, HEAD_BYTES);
          } else {
            head = (await vscode.workspace.fs.readFile(uri)).subarray(0, HEAD_BYTES);
          }
        } catch (err) {
          summary.skipped.push({ file: name, reason: err instanceof ReadRefused ? err.message : `cannot read: ${describeError(err)}` });
          continue;
        }
        // Detection on the first bytes only; `.seed` files are seeds by name.
        const headText = decodeSeedBytes(head);
        if (!headText.ok && headText.reason !== 'not valid UTF-8 text') { // a cut in the middle of a character is fine here
          summary.skipped.push({ file: name, reason: headText.reason });
          continue;
        }
        const isSeedByName = /\.seed$/i.test(uri.path);
        if (!isSeedByName && !(headText.ok ? looksLikeSeed(headText.text) : looksLikeSeed(new TextDecoder().decode(head)))) {
          summary.skipped.push({ file: name, reason: 'not a seed (line 2 is not a YYYYMMDD date or line 3 not a URL)' });
          continue;
        }
        let bytes: Uint8Array;
        try {
          bytes = isFile ? readRegularFile(uri.fsPath, maxBytes, `${maxMB} MB (seedReader.maxFileSizeMB)`) : await vscode.workspace.fs.readFile(uri);
        } catch (err) {
          summary.skipped.push({ file: name, reason: err instanceof ReadRefused ? err.message : `cannot read: ${describeError(err)}` });
          continue;
        }
        const decoded = decodeSeedBytes(bytes);
        if (!decoded.ok) {
          summary.skipped.push({ file: name, reason: decoded.reason });
          continue;
        }
        if (token.isCancellationRequested) { summary.cancelled = true; return; }
        let analysis;
        try {
          const result = await Promise.race([analyzeText(decoded.text, `export:${uri.toString()}`), cancelled]);
          if (result === 'cancelled') { summary.cancelled = true; return; }
          // The reader's corrections (the sidecar beside the file) apply to exports from the editor too.
          const corrected = await correctFile(uri, decoded.text, result);
          analysis = corrected.analysis;
          if (corrected.problem) console.warn(`[seed-reader] ${corrected.problem}`);
        } catch (err) {
          summary.skipped.push({ file: name, reason: `analysis failed: ${describeError(err)}` });
          continue;
        }
        inputs.push({ uri, input: { analysis, text: decoded.text, fileName: baseOf(uri), fileUri: uri.toString() } });
        summary.done.push(name);
        await yieldToHost();
      }
      if (token.isCancellationRequested) { summary.cancelled = true; return; }
      if (inputs.length === 0) return;

      if (mode !== 'folder') {
        if (inputs.some((i) => sameResource(i.uri, finalTarget))) {
          void vscode.window.showErrorMessage(`Seed Reader: ${baseOf(finalTarget)} is one of the seed files; choose another name.`);
          summary.cancelled = true;
          return;
        }
        let content: string;
        try {
          content = combine(fmt, inputs.map((i) => i.input), { bom: csvBom, csvRaw })!;
          await writeText(finalTarget, content);
          summary.written.push(finalTarget);
        } catch (err) {
          summary.notWritten.push({ file: baseOf(finalTarget), reason: describeError(err) });
        }
        return;
      }
      // One export per seed. Existing files this export did not create are only replaced when the user says so.
      const names = uniqueOutputNames(inputs.map((i) => i.uri.path), fmt);
      const planned: { uri: vscode.Uri; content: () => string; source: string; keep?: boolean }[] = [];
      const types = new Set<string>();
      inputs.forEach(({ input, uri }, k) => {
        const source = vscode.workspace.asRelativePath ? vscode.workspace.asRelativePath(uri) : baseOf(uri);
        if (fmt === 'brat') {
          let b: ReturnType<typeof toBrat> | undefined;
          const brat = () => (b ??= toBrat(input));
          planned.push({ uri: childUri(finalTarget, names[k].replace(/\.ann$/, '.txt')), content: () => brat().txt, source });
          planned.push({ uri: childUri(finalTarget, names[k]), content: () => brat().ann, source });
          try { for (const t of brat().types) types.add(t); } catch { /* reported when written */ }
        } else {
          planned.push({ uri: childUri(finalTarget, names[k]), content: () => exportText(fmt, input, { bom: csvBom, csvRaw }), source });
        }
      });
      if (fmt === 'brat') planned.push({ uri: childUri(finalTarget, 'annotation.conf'), content: () => bratConf(types), source: 'annotation.conf' });
      // Never write over a seed (compared by real identity: symlinks, hard links); the same content is left alone.
      const sourceUris = inputs.map((i) => i.uri);
      const clash: vscode.Uri[] = [];
      for (const p of planned) {
        const src = sourceUris.find((u) => sameResource(u, p.uri));
        if (!src) continue;
        const old = await readIfExists(p.uri);
        let same = false;
        try { same = old === p.content(); } catch { /* reported when written */ }
        if (same) p.keep = true; // brat's .txt that is the (LF) seed itself: nothing to write
        else clash.push(p.uri);
      }
      if (clash.length) {
        void vscode.window.showErrorMessage(`Seed Reader: the export would replace ${clash.length} seed file(s) (e.g. ${baseOf(clash[0])}). Choose another folder.`);
        summary.cancelled = true;
        return;
      }
      const existing: typeof planned = [];
      for (const p of planned) {
        if (p.keep) continue;
        const old = await readIfExists(p.uri);
        let differs = false;
        try { differs = old !== undefined && old !== p.content(); } catch { /* reported when written */ }
        if (differs) existing.push(p);
      }
      const keepExisting = new Set<vscode.Uri>();
      if (existing.length > 0) {
        const shown = existing.slice(0, 3).map((p) => baseOf(p.uri)).join(', ') + (existing.length > 3 ? ', …' : '');
        const answer = await vscode.window.showWarningMessage(
          `${existing.length} file(s) in ${baseOf(finalTarget) || finalTarget.path} already exist and differ (${shown}). Overwrite them, or skip them and write only the new files?`,
          { modal: true }, 'Overwrite', 'Skip');
        if (answer === 'Skip') for (const p of existing) keepExisting.add(p.uri);
        else if (answer !== 'Overwrite') { summary.cancelled = true; return; }
      }
      const failedSources = new Set<string>();
      for (const p of planned) {
        if (token.isCancellationRequested) { summary.cancelled = true; return; }
        if (p.keep) continue;
        if (keepExisting.has(p.uri)) {
          summary.notWritten.push({ file: baseOf(p.uri), reason: 'exists; kept (Skip)' });
          continue;
        }
        // brat: no .ann when its .txt could not be written.
        if (failedSources.has(p.source) && fmt === 'brat') {
          summary.notWritten.push({ file: baseOf(p.uri), reason: 'its .txt was not written' });
          continue;
        }
        try {
          await writeText(p.uri, p.content());
          summary.written.push(p.uri);
        } catch (err) {
          failedSources.add(p.source);
          summary.notWritten.push({ file: baseOf(p.uri), reason: describeError(err) });
        }
      }
    },
  );

  const skippedText = summary.skipped.length
    ? ` Skipped ${summary.skipped.length}: ${summary.skipped.slice(0, 3).map((s) => `${s.file} (${s.reason})`).join('; ')}${summary.skipped.length > 3 ? '; …' : ''}.`
    : '';
  const failedText = summary.notWritten.length
    ? ` Not written ${summary.notWritten.length}: ${summary.notWritten.slice(0, 3).map((s) => `${s.file} (${s.reason})`).join('; ')}${summary.notWritten.length > 3 ? '; …' : ''}.`
    : '';
  if (summary.cancelled) {
    void vscode.window.showWarningMessage(`Seed Reader: export cancelled after ${summary.written.length} file(s) written.${skippedText}${failedText}`);
  } else if (summary.notWritten.length > 0 && summary.written.length === 0) {
    void vscode.window.showErrorMessage(`Seed Reader: no export written.${failedText}${skippedText}`);
  } else if (summary.notWritten.length > 0) {
    void vscode.window.showWarningMessage(`Seed Reader: exported ${summary.written.length} file(s) to ${baseOf(mode === 'folder' ? finalTarget : summary.written[0])}.${failedText}${skippedText}`);
  } else if (summary.done.length === 0) {
    void vscode.window.showWarningMessage(`Seed Reader: no seed files found to export.${skippedText}`);
  } else {
    const where = mode === 'folder' ? finalTarget : summary.written[0] ?? finalTarget;
    offerOpen(`Seed Reader: exported ${summary.done.length} seed file(s) to ${baseOf(where) || where.path}.${skippedText}`, where, mode === 'folder' ? 'folder' : fmt);
  }
  return summary;
}

export function registerExportWorkspace(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('seedReader.exportWorkspace', (scope?: unknown, selected?: unknown, options?: WorkspaceExportOptions) =>
      exportWorkspace(service, scope, selected, options)),
  );
}

