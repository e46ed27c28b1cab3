// Highlights every mention of the actor (or entity) under the cursor, as VS Code does for a symbol.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { occurrencesAt } from './model';
import { SEED_LANGUAGE } from '../seedDetection';

export class SeedDocumentHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly service: AnalysisService) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    // Runs on every cursor move: use only the cached analysis, never compute here.
    const analysis = this.service.peek(document);
    if (!analysis) return [];
    const occ = occurrencesAt(analysis, document.offsetAt(position));
    if (!occ) return [];
    return occ.spans.map(
      (s) => new vscode.DocumentHighlight(new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)), vscode.DocumentHighlightKind.Read),
    );
  }
}

export function registerDocumentHighlights(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentHighlightProvider({ language: SEED_LANGUAGE }, new SeedDocumentHighlightProvider(service)),
  );
}
