// `Seed Reader: Export All Seeds in Workspace...`: every seed file of the workspace (or of the folder
// chosen in the explorer) into one folder (one export each), or one combined CSV / JSON Lines file.
// Cancellable progress notification; yields between files; ends with a summary of done and skipped files.
import * as vscode from 'vscode';
import { looksLikeSeed } from '../../analysis/header';
import { combine, decodeSeedBytes, uniqueOutputNames } from '../../export/batch';
import { bratConf, toBrat } from '../../export/brat';
import { type ExportFormat, type ExportInput, isExportFormat } from '../../export/common';
import { exportText } from '../../export/index';
import type { AnalysisService } from '../analysisService';
import { baseOf, offerOpen, pickFormat, readIfExists, writeText } from './exportAnnotations';

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
  cancelled: boolean;
}

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
  const summary: WorkspaceExportSummary = { done: [], skipped: [], written: [], cancelled: false };
  const finalTarget = target;
  const fmt = format;

  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Seed Reader: exporting seeds', cancellable: true },
    async (progress, token) => {
      const candidates = await findCandidates(scope);
      if (token.isCancellationRequested) { summary.cancelled = true; return; }
      const analyzeText = service
        ? (text: string, key: string) => service.analyzeText(text, key)
        : async (text: string) => (await import('../../analysis')).analyze(text);
      const inputs: { uri: vscode.Uri; input: ExportInput }[] = [];
      const step = candidates.length ? 100 / candidates.length : 100;
      for (const uri of candidates) {
        if (token.isCancellationRequested) { summary.cancelled = true; return; }
        const name = vscode.workspace.asRelativePath ? vscode.workspace.asRelativePath(uri) : baseOf(uri);
        progress.report({ message: name, increment: step });
        await yieldToHost();
        if (mode === 'folder' && uri.toString().startsWith(finalTarget.toString().replace(/\/?$/, '/'))) {
          summary.skipped.push({ file: name, reason: 'inside the output folder' });
          continue;
        }
        let bytes: Uint8Array;
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          if (maxMB > 0 && stat.size > maxMB * 1024 * 1024) {
            summary.skipped.push({ file: name, reason: `larger than ${maxMB} MB (seedReader.maxFileSizeMB)` });
            continue;
          }
          bytes = await vscode.workspace.fs.readFile(uri);
        } catch (err) {
          summary.skipped.push({ file: name, reason: `cannot read: ${err instanceof Error ? err.message : String(err)}` });
          continue;
        }
        // Detection on the first bytes only; `.seed` files are seeds by name.
        const head = decodeSeedBytes(bytes.subarray(0, 4096));
        if (!head.ok && !/invalid|UTF-8/i.test(head.reason)) {
          summary.skipped.push({ file: name, reason: head.reason });
          continue;
        }
        const isSeedByName = /\.seed$/i.test(uri.path);
        if (!isSeedByName && !(head.ok ? looksLikeSeed(head.text) : looksLikeSeed(new TextDecoder().decode(bytes.subarray(0, 4096))))) {
          summary.skipped.push({ file: name, reason: 'not a seed (line 2 is not a YYYYMMDD date or line 3 not a URL)' });
          continue;
        }
        const decoded = decodeSeedBytes(bytes);
        if (!decoded.ok) {
          summary.skipped.push({ file: name, reason: decoded.reason });
          continue;
        }
        const analysis = await analyzeText(decoded.text, `export:${uri.toString()}`);
        inputs.push({ uri, input: { analysis, text: decoded.text, fileName: baseOf(uri), fileUri: uri.toString() } });
        summary.done.push(name);
        await yieldToHost();
      }
      if (token.isCancellationRequested) { summary.cancelled = true; return; }
      if (inputs.length === 0) return;

      if (mode !== 'folder') {
        const content = combine(fmt, inputs.map((i) => i.input), { bom: csvBom })!;
        await writeText(finalTarget, content);
        summary.written.push(finalTarget);
        return;
      }
      // One export per seed. Ask once before replacing existing files.
      const names = uniqueOutputNames(inputs.map((i) => i.uri.path), fmt);
      const planned: { uri: vscode.Uri; content: string }[] = [];
      const types = new Set<string>();
      inputs.forEach(({ input }, k) => {
        if (fmt === 'brat') {
          const b = toBrat(input);
          planned.push({ uri: childUri(finalTarget, names[k]), content: b.ann });
          planned.push({ uri: childUri(finalTarget, names[k].replace(/\.ann$/, '.txt')), content: b.txt });
          for (const t of b.types) types.add(t);
        } else {
          planned.push({ uri: childUri(finalTarget, names[k]), content: exportText(fmt, input, { bom: csvBom }) });
        }
      });
      if (fmt === 'brat') planned.push({ uri: childUri(finalTarget, 'annotation.conf'), content: bratConf(types) });
      const sources = new Set(inputs.map((i) => i.uri.toString()));
      const clash = planned.filter((p) => sources.has(p.uri.toString()));
      if (clash.length) {
        void vscode.window.showErrorMessage(`Seed Reader: the export would replace ${clash.length} seed file(s) (e.g. ${baseOf(clash[0].uri)}). Choose another folder.`);
        summary.cancelled = true;
        return;
      }
      let existing = 0;
      for (const p of planned) {
        const old = await readIfExists(p.uri);
        if (old !== undefined && old !== p.content) existing++;
      }
      if (existing > 0) {
        const answer = await vscode.window.showWarningMessage(`${existing} file(s) in ${baseOf(finalTarget) || finalTarget.path} already exist and differ. Replace them?`, { modal: true }, 'Replace');
        if (answer !== 'Replace') { summary.cancelled = true; return; }
      }
      for (const p of planned) {
        if (token.isCancellationRequested) { summary.cancelled = true; return; }
        await writeText(p.uri, p.content);
        summary.written.push(p.uri);
      }
    },
  );

  const skippedText = summary.skipped.length
    ? ` Skipped ${summary.skipped.length}: ${summary.skipped.slice(0, 3).map((s) => `${s.file} (${s.reason})`).join('; ')}${summary.skipped.length > 3 ? '; …' : ''}.`
    : '';
  if (summary.cancelled) {
    void vscode.window.showWarningMessage(`Seed Reader: export cancelled after ${summary.written.length} file(s) written.${skippedText}`);
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

