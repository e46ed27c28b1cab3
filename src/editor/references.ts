// Find All References: every mention of the actor (or entity) under the cursor.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { occurrencesAt } from './model';
import { SEED_LANGUAGE } from '../seedDetection';
import { spanToRange } from './editorUtil';

export class SeedReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const analysis = await this.service.current(document);
    if (!analysis) return [];
    const occ = occurrencesAt(analysis, document.offsetAt(position));
    if (!occ) return [];
    return occ.spans.map((s) => new vscode.Location(document.uri, spanToRange(document, s)));
  }
}

export function registerReferences(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(vscode.languages.registerReferenceProvider({ language: SEED_LANGUAGE }, new SeedReferenceProvider(service)));
}
