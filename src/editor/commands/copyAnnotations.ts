// `Seed Reader: Copy Annotations as...`: quick pick of a format, then the export goes to the clipboard.
import * as vscode from 'vscode';
import { bratNormalizes } from '../../export/brat';
import { exportText } from '../../export/index';
import type { AnalysisService } from '../analysisService';
import { formatPickText, prepareExport } from './exportAnnotations';

/** Copies the export of the active seed document; `format` skips the quick pick. Returns the copied text. */
export async function copyAnnotations(service: AnalysisService, format?: unknown): Promise<string | undefined> {
  const prepared = await prepareExport(service, format, { verb: 'copy', pickTitle: vscode.l10n.t('Copy Annotations as') });
  if (!prepared) return undefined;
  const { fmt, input, analysis } = prepared;
  // No BOM on the clipboard: it would end up inside whatever the text is pasted into.
  const csvRaw = vscode.workspace.getConfiguration('seedReader').get<boolean>('export.csvRaw', false) ?? false;
  const text = exportText(fmt, input, { bom: false, csvRaw });
  await vscode.env.clipboard.writeText(text);
  const note = fmt === 'brat' && bratNormalizes(input.text) ? ' ' + vscode.l10n.t('Its offsets count the text with LF line breaks and no BOM.') : '';
  void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: copied the annotations as {0} ({1} quotes, {2} entities).', formatPickText(fmt).label, analysis.quotes.length, analysis.entities.length) + note);
  return text;
}

export function registerCopyAnnotations(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('seedReader.copyAnnotations', (format?: unknown) => copyAnnotations(service, format)),
  );
}
