// `Seed Reader: Export Annotations...`: quick pick of a format, a save dialog (beside the file, named
// after it), then writes the export. brat also writes the `.txt` its offsets index and
// `annotation.conf`, asking before it replaces anything. Thin: the formats live in src/export/.
import * as nodeFs from 'node:fs';
import * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';
import { bratConf, toBrat } from '../../export/brat';
import { EXPORT_FORMATS, type ExportFormat, type ExportInput, FORMAT_INFO, isExportFormat, outputFileName } from '../../export/common';
import { fileIdentity, sameFile } from '../../export/files';
import { exportText } from '../../export/index';
import type { AnalysisService } from '../analysisService';
import { isSeedDocument } from '../../seedDetection';

interface FormatPickItem extends vscode.QuickPickItem {
  format: ExportFormat;
}

/** Quick pick of the export formats, the configured default first. Undefined when cancelled. */
export async function pickFormat(title: string): Promise<ExportFormat | undefined> {
  const configured = vscode.workspace.getConfiguration('seedReader').get<string>('export.defaultFormat', 'json') ?? 'json';
  const def: ExportFormat = isExportFormat(configured) ? configured : 'json';
  const order = [def, ...EXPORT_FORMATS.filter((f) => f !== def)];
  const items: FormatPickItem[] = order.map((f) => ({
    label: FORMAT_INFO[f].label,
    description: f === def ? `${FORMAT_INFO[f].extension} · default` : FORMAT_INFO[f].extension,
    detail: FORMAT_INFO[f].description,
    format: f,
  }));
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: 'Choose an export format', matchOnDetail: true });
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

export function baseOf(uri: vscode.Uri): string {
  const p = uri.path;
  return p.slice(p.lastIndexOf('/') + 1);
}

export function siblingUri(uri: vscode.Uri, name: string): vscode.Uri {
  const p = uri.path;
  return uri.with({ path: p.slice(0, p.lastIndexOf('/') + 1) + name });
}

export async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** True when both URIs name the same file: for file: URIs by real path and device/inode (symlinks, hard links). */
export function sameResource(a: vscode.Uri, b: vscode.Uri): boolean {
  if (a.toString() === b.toString()) return true;
  if (a.scheme !== 'file' || b.scheme !== 'file') return false;
  return sameFile(fileIdentity(a.fsPath), fileIdentity(b.fsPath));
}

/** The URI a write really lands on: for a file: URI that is a symlink, its target (so the link survives). */
function realTarget(uri: vscode.Uri): vscode.Uri {
  if (uri.scheme !== 'file') return uri;
  try {
    const real = nodeFs.realpathSync(uri.fsPath);
    return real === uri.fsPath ? uri : vscode.Uri.file(real);
  } catch {
    return uri;
  }
}

/**
 * Writes atomically: the content goes to a temporary file beside the target, which is then renamed over
 * it, so a failed write (full disk) leaves the previous content and no temporary file. Works for any
 * file system provider with rename.
 */
export async function writeText(uri: vscode.Uri, content: string): Promise<void> {
  const wfs = vscode.workspace.fs;
  const bytes = new TextEncoder().encode(content);
  if (typeof wfs.rename !== 'function') {
    await wfs.writeFile(uri, bytes);
    return;
  }
  const dest = realTarget(uri);
  const tmp = siblingUri(dest, `.${baseOf(dest)}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    await wfs.writeFile(tmp, bytes);
    await wfs.rename(tmp, dest, { overwrite: true });
  } catch (err) {
    try {
      await wfs.delete(tmp);
    } catch {
      // never created
    }
    throw err;
  }
}

/** A short reason for a failed read, build or write (the V8 string limit and a full disk in words). */
export function describeError(err: unknown): string {
  if (err instanceof RangeError && /string length/i.test(err.message)) return "the export is too large to build in memory (beyond JavaScript's string size limit)";
  const code = (err as { code?: string })?.code;
  if (code === 'ENOSPC' || /ENOSPC|no space/i.test(String((err as Error)?.message))) return 'no space left on the device';
  return err instanceof Error ? err.message : String(err);
}

/** Offers `Open` and `Reveal in Explorer` for a written file (does not wait for the answer). */
export function offerOpen(message: string, uri: vscode.Uri, format: ExportFormat | 'folder'): void {
  void Promise.resolve(vscode.window.showInformationMessage(message, 'Open', 'Reveal in Explorer')).then(async (choice) => {
    if (choice === 'Open') {
      if (format === 'html') await vscode.env.openExternal(uri);
      else if (format === 'folder') await vscode.commands.executeCommand('revealFileInOS', uri);
      else await vscode.window.showTextDocument(uri);
    } else if (choice === 'Reveal in Explorer') {
      const inWorkspace = vscode.workspace.getWorkspaceFolder?.(uri);
      await vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', uri);
    }
  });
}

function defaultTarget(doc: vscode.TextDocument, format: ExportFormat, input: ExportInput): vscode.Uri | undefined {
  let name = outputFileName(doc.isUntitled ? 'untitled' : baseOf(doc.uri), format);
  // brat's `.txt` beside the `.ann` would be this very file: fine when identical, else use another name.
  if (format === 'brat' && !doc.isUntitled && sameResource(siblingUri(doc.uri, name.replace(/\.ann$/, '.txt')), doc.uri) && toBrat(input).normalized) {
    name = name.replace(/\.ann$/, '.brat.ann');
  }
  if (!doc.isUntitled) return siblingUri(doc.uri, name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? folder.with({ path: folder.path.replace(/\/?$/, '/') + name }) : undefined;
}

/** Writes the `.txt` and `annotation.conf` brat needs beside the `.ann`; asks before replacing a different file. False when cancelled. */
async function writeBratCompanions(annUri: vscode.Uri, doc: vscode.TextDocument, ann: { txt: string; types: string[] }, writing: (u: vscode.Uri) => void): Promise<boolean> {
  const stem = baseOf(annUri).replace(/\.ann$/i, '');
  const txtUri = siblingUri(annUri, `${stem}.txt`);
  const confUri = siblingUri(annUri, 'annotation.conf');
  const existingTxt = await readIfExists(txtUri);
  if (existingTxt !== undefined && existingTxt !== ann.txt) {
    if (sameResource(txtUri, doc.uri)) {
      void vscode.window.showErrorMessage(`Seed Reader: brat needs ${stem}.txt with LF line breaks and no BOM beside the .ann, which would replace this seed file. Export to another folder.`);
      return false;
    }
    const answer = await vscode.window.showWarningMessage(
      `${stem}.txt already exists beside the .ann and differs from the text the annotations index. Replace it?`, { modal: true }, 'Replace');
    if (answer !== 'Replace') return false;
  }
  const existingConf = await readIfExists(confUri);
  const conf = bratConf(ann.types);
  let writeConf = existingConf === undefined;
  if (existingConf !== undefined && existingConf !== conf) {
    const answer = await vscode.window.showWarningMessage(
      'annotation.conf already exists in this folder. Replace it with the Seed Reader types (entities, Quote, Speaker, Cue)?', { modal: true }, 'Replace', 'Keep Existing');
    if (answer === undefined) return false;
    writeConf = answer === 'Replace';
  }
  writing(txtUri);
  if (existingTxt !== ann.txt) await writeText(txtUri, ann.txt);
  writing(confUri);
  if (writeConf) await writeText(confUri, conf);
  return true;
}

/** What both `Export Annotations...` and `Copy Annotations as...` start from: the active seed document, the chosen format
 *  (`format` skips the quick pick) and its analysis. Shows the user why when there is nothing to export. */
export async function prepareExport(
  service: AnalysisService,
  format: unknown,
  action: { verb: string; pickTitle: string },
): Promise<{ doc: vscode.TextDocument; fmt: ExportFormat; input: ExportInput; analysis: Analysis } | undefined> {
  const doc = targetDocument(format);
  if (!doc) {
    void vscode.window.showWarningMessage(`Seed Reader: open a seed file to ${action.verb} its annotations.`);
    return undefined;
  }
  let fmt: ExportFormat | undefined;
  if (typeof format === 'string') {
    if (!isExportFormat(format)) {
      void vscode.window.showErrorMessage(`Seed Reader: unknown export format '${format}' (expected one of ${EXPORT_FORMATS.join(', ')}).`);
      return undefined;
    }
    fmt = format;
  } else {
    fmt = await pickFormat(action.pickTitle);
  }
  if (!fmt) return undefined;
  const got = await analysisWithText(service, doc);
  if (!got) {
    void vscode.window.showWarningMessage('Seed Reader: this document has no analysis (it is not a seed file, or it is larger than `seedReader.maxFileSizeMB`).');
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
  const prepared = await prepareExport(service, format, { verb: 'export', pickTitle: 'Export Annotations' });
  if (!prepared) return undefined;
  const { doc, fmt, input } = prepared;
  let target = targetUri instanceof vscode.Uri || (targetUri && typeof targetUri === 'object' && 'path' in targetUri) ? (targetUri as vscode.Uri) : undefined;
  if (!target) {
    const ext = FORMAT_INFO[fmt].extension.replace(/^.*\./, '');
    target = await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(doc, fmt, input),
      filters: { [FORMAT_INFO[fmt].label]: [ext], 'All files': ['*'] },
      saveLabel: 'Export',
      title: `Export ${FORMAT_INFO[fmt].label}`,
    });
  }
  if (!target) return undefined;
  if (sameResource(target, doc.uri)) {
    void vscode.window.showErrorMessage('Seed Reader: the export would replace the seed file itself. Choose another name.');
    return undefined;
  }
  const config = vscode.workspace.getConfiguration('seedReader');
  const csvBom = config.get<boolean>('export.csvBom', true) ?? true;
  const csvRaw = config.get<boolean>('export.csvRaw', false) ?? false;
  let writing = target;
  try {
    if (fmt === 'brat') {
      const b = toBrat(input);
      if (!(await writeBratCompanions(target, doc, b, (u) => { writing = u; }))) return undefined;
      writing = target;
      await writeText(target, b.ann);
    } else {
      await writeText(target, exportText(fmt, input, { bom: csvBom, csvRaw }));
    }
  } catch (err) {
    void vscode.window.showErrorMessage(`Seed Reader: could not write ${baseOf(writing)}: ${describeError(err)}`);
    return undefined;
  }
  const a = prepared.analysis;
  const extra = fmt === 'brat' ? ` (with ${baseOf(target).replace(/\.ann$/i, '')}.txt and annotation.conf)` : '';
  offerOpen(`Seed Reader: exported ${a.quotes.length} quotes, ${a.actors.length} actors and ${a.entities.length} entities to ${baseOf(target)}${extra}.`, target, fmt);
  return target;
}

export function registerExportAnnotations(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('seedReader.exportAnnotations', (format?: unknown, targetUri?: unknown) => exportAnnotations(service, format, targetUri)),
  );
}
