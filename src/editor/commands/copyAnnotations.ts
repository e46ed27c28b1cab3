// `Seed Reader: Copy Annotations as...`: quick pick of a format, then the export goes to the clipboard.
import * as vscode from 'vscode';
import { bratNormalizes } from '../../export/brat';
import { exportPieces } from '../../export/index';
import type { AnalysisService } from '../analysisService';
import { formatPickText, prepareExport } from './exportAnnotations';

/**
 * The most characters Copy puts on the clipboard: 2^28, half the longest string V8 can make (about 2^29). The text is
 * joined from the export's pieces (`exportPieces`, exactly `exportText`), so that no format's whole intermediate form
 * (the JSON document tree, the W3C annotations, the page's marks) is held beside it; a text over this is refused while
 * its pieces are read, before it is joined, instead of the join failing (or the extension host running out of
 * memory) with hundreds of megabytes already made. Export Annotations writes any size in pieces.
 */
export const COPY_MAX_CHARS = 1 << 28;

/** The pieces joined, or null as soon as they come to more than `max` characters (the pieces read so far let go). */
export function joinedWithin(pieces: Iterable<string>, max: number): string | null {
  const parts: string[] = [];
  let n = 0;
  for (const p of pieces) {
    n += p.length;
    if (n > max) return null;
    parts.push(p);
  }
  return parts.join('');
}

/** Copies the export of the active seed document; `format` skips the quick pick. Returns the copied text. */
export async function copyAnnotations(service: AnalysisService, format?: unknown, maxChars = COPY_MAX_CHARS): Promise<string | undefined> {
  const prepared = await prepareExport(service, format, { verb: 'copy', pickTitle: vscode.l10n.t('Copy Annotations as') });
  if (!prepared) return undefined;
  const { fmt, input, analysis } = prepared;
  // No BOM on the clipboard: it would end up inside whatever the text is pasted into.
  const csvRaw = vscode.workspace.getConfiguration('seedReader').get<boolean>('export.csvRaw', false) ?? false;
  const text = joinedWithin(exportPieces(fmt, input, { bom: false, csvRaw }), maxChars);
  if (text === null) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader: the {0} export of this document is longer than {1} million characters, too long for the clipboard; use Export Annotations instead.', formatPickText(fmt).label, Math.floor(maxChars / 1e6)));
    return undefined;
  }
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
