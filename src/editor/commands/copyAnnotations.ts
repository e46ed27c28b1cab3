// `Seed Reader: Copy Annotations as...`: quick pick of a format, then the export goes to the clipboard.
import * as vscode from 'vscode';
import { toBrat } from '../../export/brat';
import { EXPORT_FORMATS, type ExportFormat, FORMAT_INFO, isExportFormat } from '../../export/common';
import { exportText } from '../../export/index';
import type { AnalysisService } from '../analysisService';
import { analysisWithText, baseOf, pickFormat, targetDocument } from './exportAnnotations';

/** Copies the export of the active seed document; `format` skips the quick pick. Returns the copied text. */
export async function copyAnnotations(service: AnalysisService, format?: unknown): Promise<string | undefined> {
  const doc = targetDocument(format);
  if (!doc) {
    void vscode.window.showWarningMessage('Seed Reader: open a seed file to copy its annotations.');
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
    fmt = await pickFormat('Copy Annotations as');
  }
  if (!fmt) return undefined;
  const got = await analysisWithText(service, doc);
  if (!got) {
    void vscode.window.showWarningMessage('Seed Reader: this document has no analysis (it is not a seed file, or it is larger than `seedReader.maxFileSizeMB`).');
    return undefined;
  }
  const input = { analysis: got.analysis, text: got.text, fileName: doc.isUntitled ? 'untitled' : baseOf(doc.uri), fileUri: doc.isUntitled ? undefined : doc.uri.toString() };
  // No BOM on the clipboard: it would end up inside whatever the text is pasted into.
  const text = exportText(fmt, input, { bom: false });
  await vscode.env.clipboard.writeText(text);
  const note = fmt === 'brat' && toBrat(input).normalized ? ' Its offsets count the text with LF line breaks and no BOM.' : '';
  void vscode.window.showInformationMessage(`Seed Reader: copied the annotations as ${FORMAT_INFO[fmt].label} (${got.analysis.quotes.length} quotes, ${got.analysis.entities.length} entities).${note}`);
  return text;
}

export function registerCopyAnnotations(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('seedReader.copyAnnotations', (format?: unknown) => copyAnnotations(service, format)),
  );
}
