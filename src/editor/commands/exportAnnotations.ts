// `Seed Reader: Export Annotations...`: quick pick of a format, a save dialog (beside the file, named
// after it), then writes the export. brat also writes the `.txt` its offsets index and
// `annotation.conf`, asking before it replaces anything. Thin: the formats live in src/export/, the files it writes and
// the rules on what may be written over in the export plan (src/export/plan.ts).
import * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';
import { bratNormalizes } from '../../export/brat';
import { EXPORT_FORMATS, type ExportFormat, type ExportInput, FORMAT_INFO, isExportFormat, outputFileName } from '../../export/common';
import { type PlanOutcome, type PlannedFile, planExport } from '../../export/plan';
import type { AnalysisService } from '../analysisService';
import { isSeedDocument } from '../../seedDetection';
import { baseOf, describeError, offerOpen, sameResource, siblingUri, writePlan } from './exportWrite';

interface FormatPickItem extends vscode.QuickPickItem {
  format: ExportFormat;
}

/** A format's name and what it holds, as the format picker shows them (localised; FORMAT_INFO is the CLI's English). */
export function formatPickText(f: ExportFormat): { label: string; detail: string } {
  switch (f) {
    case 'json': return { label: vscode.l10n.t('JSON (seed-reader/1)'), detail: vscode.l10n.t('Canonical document: entities, actors, quotes, claims') };
    case 'markdown': return { label: vscode.l10n.t('Markdown report'), detail: vscode.l10n.t('Readable report: actors, quotes in order, claims by actor') };
    case 'csv': return { label: vscode.l10n.t('CSV'), detail: vscode.l10n.t('One row per quote (RFC 4180), for spreadsheets') };
    case 'brat': return { label: vscode.l10n.t('brat standoff'), detail: vscode.l10n.t('.ann beside a copy of the .txt, plus annotation.conf') };
    case 'w3c': return { label: vscode.l10n.t('W3C Web Annotation'), detail: vscode.l10n.t('JSON-LD AnnotationCollection with text selectors') };
    case 'html': return { label: vscode.l10n.t('HTML page'), detail: vscode.l10n.t('Self-contained page with highlights, legend and actor index') };
  }
}

/** Quick pick of the export formats, the configured default first. Undefined when cancelled. */
export async function pickFormat(title: string): Promise<ExportFormat | undefined> {
  const configured = vscode.workspace.getConfiguration('seedReader').get<string>('export.defaultFormat', 'json') ?? 'json';
  const def: ExportFormat = isExportFormat(configured) ? configured : 'json';
  const order = [def, ...EXPORT_FORMATS.filter((f) => f !== def)];
  const items: FormatPickItem[] = order.map((f) => ({
    ...formatPickText(f),
    description: f === def ? vscode.l10n.t('{0} · default', FORMAT_INFO[f].extension) : FORMAT_INFO[f].extension,
    format: f,
  }));
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Choose an export format'), matchOnDetail: true });
  return chosen?.format;
}

/** The seed document a command acts on: the one of a URI argument when it is open, else the active seed editor's. */
export function targetDocument(arg?: unknown): vscode.TextDocument | undefined {
  if (arg instanceof vscode.Uri || (arg && typeof arg === 'object' && 'scheme' in arg && 'path' in arg)) {
    const uri = String(arg);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (doc && isSeedDocument(doc)) return doc;
  }
  const ed = vscode.window.activeTextEditor;
  return ed && isSeedDocument(ed.document) ? ed.document : undefined;
}

/** The analysis and the exact text it was computed from (re-reads when the document changes meanwhile). */
export async function analysisWithText(service: AnalysisService, doc: vscode.TextDocument): Promise<{ analysis: Analysis; text: string } | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const version = doc.version;
    const analysis = await service.get(doc);
    if (!analysis) return undefined;
    if (doc.version !== version) continue;
    const text = doc.getText();
    if (analysis.length === text.length) return { analysis, text };
  }
  return undefined;
}

function defaultTarget(doc: vscode.TextDocument, format: ExportFormat, input: ExportInput): vscode.Uri | undefined {
  let name = outputFileName(doc.isUntitled ? 'untitled' : baseOf(doc.uri), format);
  // brat's `.txt` beside the `.ann` would be this very file: fine when identical, else use another name.
  if (format === 'brat' && !doc.isUntitled && sameResource(siblingUri(doc.uri, name.replace(/\.ann$/, '.txt')), doc.uri) && bratNormalizes(input.text)) {
    name = name.replace(/\.ann$/, '.brat.ann');
  }
  if (!doc.isUntitled) return siblingUri(doc.uri, name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? folder.with({ path: folder.path.replace(/\/?$/, '/') + name }) : undefined;
}

/** What both `Export Annotations...` and `Copy Annotations as...` start from: the active seed document, the chosen format
 *  (`format` skips the quick pick) and its analysis. Shows the user why when there is nothing to export. */
export async function prepareExport(
  service: AnalysisService,
  format: unknown,
  action: { verb: 'export' | 'copy'; pickTitle: string },
): Promise<{ doc: vscode.TextDocument; fmt: ExportFormat; input: ExportInput; analysis: Analysis } | undefined> {
  const doc = targetDocument(format);
  if (!doc) {
    void vscode.window.showWarningMessage(action.verb === 'copy'
      ? vscode.l10n.t('Seed Reader: open a seed file to copy its annotations.')
      : vscode.l10n.t('Seed Reader: open a seed file to export its annotations.'));
    return undefined;
  }
  let fmt: ExportFormat | undefined;
  if (typeof format === 'string') {
    if (!isExportFormat(format)) {
      void vscode.window.showErrorMessage(vscode.l10n.t("Seed Reader: unknown export format '{0}' (expected one of {1}).", format, EXPORT_FORMATS.join(', ')));
      return undefined;
    }
    fmt = format;
  } else {
    fmt = await pickFormat(action.pickTitle);
  }
  if (!fmt) return undefined;
  const got = await analysisWithText(service, doc);
  if (!got) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: this document has no analysis (it is not a seed file, or it is larger than `seedReader.maxFileSizeMB`).'));
    return undefined;
  }
  const input: ExportInput = { analysis: got.analysis, text: got.text, fileName: doc.isUntitled ? 'untitled' : baseOf(doc.uri), fileUri: doc.isUntitled ? undefined : doc.uri.toString() };
  return { doc, fmt, input, analysis: got.analysis };
}

/**
 * Exports the annotations of a seed document. `format` and `targetUri` skip the quick pick and the
 * save dialog (for tests and other callers). Returns the written main file, or undefined.
 */
export async function exportAnnotations(service: AnalysisService, format?: unknown, targetUri?: unknown): Promise<vscode.Uri | undefined> {
  const prepared = await prepareExport(service, format, { verb: 'export', pickTitle: vscode.l10n.t('Export Annotations') });
  if (!prepared) return undefined;
  const { doc, fmt, input } = prepared;
  let target = targetUri instanceof vscode.Uri || (targetUri && typeof targetUri === 'object' && 'path' in targetUri) ? (targetUri as vscode.Uri) : undefined;
  if (!target) {
    const ext = FORMAT_INFO[fmt].extension.replace(/^.*\./, '');
    target = await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(doc, fmt, input),
      filters: { [formatPickText(fmt).label]: [ext], [vscode.l10n.t('All files')]: ['*'] },
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export {0}', formatPickText(fmt).label),
    });
  }
  if (!target) return undefined;
  const config = vscode.workspace.getConfiguration('seedReader');
  const csvBom = config.get<boolean>('export.csvBom', true) ?? true;
  const csvRaw = config.get<boolean>('export.csvRaw', false) ?? false;
  const main = baseOf(target);
  // The main file and, for brat, the .txt and annotation.conf beside it: one plan, written in the target's folder.
  const plan = planExport(fmt, [{ name: baseOf(doc.uri), input }], { bom: csvBom, csvRaw }, [main]);
  const folder = target.with({ path: target.path.slice(0, target.path.lastIndexOf('/') + 1) });
  const outcome = await writePlan(folder, plan, [doc.uri], { cancelOnRefusal: true, conflicts: askCompanions });
  if (!reportProblem(outcome)) return undefined;
  const a = prepared.analysis;
  const stem = main.replace(/\.ann$/i, '');
  const message = fmt === 'brat'
    ? vscode.l10n.t('Seed Reader: exported {0} quotes, {1} actors and {2} entities to {3} (with {4}.txt and annotation.conf).', a.quotes.length, a.actors.length, a.entities.length, main, stem)
    : vscode.l10n.t('Seed Reader: exported {0} quotes, {1} actors and {2} entities to {3}.', a.quotes.length, a.actors.length, a.entities.length, main);
  offerOpen(message, target, fmt);
  return target;
}

/**
 * Existing different files beside the export: the main file was confirmed by the save dialog; brat's `.txt` and
 * `annotation.conf` are asked about (modal). 'cancel' when the reader cancels.
 */
async function askCompanions(files: PlannedFile[]): Promise<'cancel' | Set<string>> {
  const overwrite = new Set<string>();
  for (const f of files) {
    if (f.role === 'export') {
      overwrite.add(f.name);
    } else if (f.role === 'brat-txt') {
      const replace = vscode.l10n.t('Replace');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} already exists beside the .ann and differs from the text the annotations index. Replace it?', f.name), { modal: true }, replace);
      if (answer !== replace) return 'cancel';
      overwrite.add(f.name);
    } else {
      const replace = vscode.l10n.t('Replace');
      const keep = vscode.l10n.t('Keep Existing');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('annotation.conf already exists in this folder. Replace it with the Seed Reader types (entities, Quote, Speaker, Cue)?'), { modal: true }, replace, keep);
      if (answer === undefined) return 'cancel';
      if (answer === replace) overwrite.add(f.name);
    }
  }
  return overwrite;
}

/** Shows why a single export was not written; true when it was (an annotation.conf kept on request is fine). */
function reportProblem(outcome: PlanOutcome): boolean {
  for (const n of outcome.notWritten) {
    if (n.why === 'input') {
      void vscode.window.showErrorMessage(n.file.role === 'brat-txt'
        ? vscode.l10n.t('Seed Reader: brat needs {0} with LF line breaks and no BOM beside the .ann, which would replace this seed file. Export to another folder.', n.file.name)
        : vscode.l10n.t('Seed Reader: the export would replace the seed file itself. Choose another name.'));
      return false;
    }
    if (n.why === 'not-a-file' || n.why === 'failed' || n.why === 'unbuilt') {
      const reason = n.why === 'not-a-file' ? vscode.l10n.t('exists and is not a regular file') : describeError(n.error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader: could not write {0}: {1}', n.file.name, reason));
      return false;
    }
  }
  return !outcome.cancelled;
}

export function registerExportAnnotations(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('seedReader.exportAnnotations', (format?: unknown, targetUri?: unknown) => exportAnnotations(service, format, targetUri)),
  );
}
