// Shared by `seedReader.nextQuote` / `seedReader.previousQuote`: find the next/previous quote from the cursor.
import * as vscode from 'vscode';
import type { Span } from '../../engine/types';
import type { AnalysisService } from '../analysisService';
import { activeSeedEditor, revealSpan } from '../editorUtil';
import { partitionPoint } from '../model';

/**
 * Index of the quote to go to from `offset` (the selection start): the first quote starting after it
 * (next) or the last starting before it (previous), wrapping around. -1 when there are no quotes. Pure.
 */
export function quoteIndexFrom(quotes: readonly Span[], offset: number, direction: 1 | -1): { index: number; wrapped: boolean } {
  if (!quotes.length) return { index: -1, wrapped: false };
  if (direction === 1) {
    const i = partitionPoint(quotes, (q) => q.start <= offset);
    return i < quotes.length ? { index: i, wrapped: false } : { index: 0, wrapped: true };
  }
  const i = partitionPoint(quotes, (q) => q.start < offset) - 1;
  return i >= 0 ? { index: i, wrapped: false } : { index: quotes.length - 1, wrapped: true };
}

export async function goToQuote(service: AnalysisService, direction: 1 | -1): Promise<void> {
  const editor = activeSeedEditor();
  if (!editor) return;
  const analysis = await service.get(editor.document);
  if (!analysis || analysis !== service.peek(editor.document)) return;
  const { index, wrapped } = quoteIndexFrom(analysis.quotes, editor.document.offsetAt(editor.selection.start), direction);
  if (index < 0) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Seed Reader: no quotes in this document'), 3000);
    return;
  }
  revealSpan(editor, analysis.quotes[index]);
  const n = analysis.quotes.length;
  vscode.window.setStatusBarMessage(
    wrapped ? vscode.l10n.t('Seed Reader: Quote {0} of {1} (wrapped around)', index + 1, n) : vscode.l10n.t('Seed Reader: Quote {0} of {1}', index + 1, n),
    3000,
  );
}
