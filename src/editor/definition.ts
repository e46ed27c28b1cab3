// Go to Definition on any alias of an actor → the actor's fullest mention (`Wesley Clark` for `Mr. Clark`);
// on another entity → its first mention.
import * as vscode from 'vscode';
import type { Analysis, Span } from '../engine/types';
import type { AnalysisService } from './analysisService';
import { fullestMention, sameEntities, targetAt } from './model';
import { SEED_LANGUAGE } from '../seedDetection';
import { spanToRange } from './editorUtil';

/** The definition span for `offset`, or undefined. Pure. */
export function definitionAt(analysis: Analysis, text: string, offset: number): Span | undefined {
  const t = targetAt(analysis, offset);
  if (!t) return undefined;
  if (t.kind === 'actor') return fullestMention(analysis, text, t.actor);
  if (t.kind === 'entity') {
    const first = sameEntities(analysis, t.entity)[0];
    return first ? { start: first.start, end: first.end } : undefined;
  }
  return undefined;
}

export class SeedDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const analysis = await this.service.current(document);
    if (!analysis) return undefined;
    const s = definitionAt(analysis, document.getText(), document.offsetAt(position));
    if (!s) return undefined;
    return new vscode.Location(document.uri, spanToRange(document, s));
  }
}

export function registerDefinition(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(vscode.languages.registerDefinitionProvider({ language: SEED_LANGUAGE }, new SeedDefinitionProvider(service)));
}
