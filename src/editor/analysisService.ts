// Keeps one Analysis per open seed document, cached per document version, recomputed
// (debounced) when the document changes. Every editor feature reads analyses from here.
import * as vscode from 'vscode';
import { analyze } from '../analysis';
import type { Analysis } from '../analysis/types';
import { isSeedDocument } from '../seedDetection';

export interface AnalysisChange {
  document: vscode.TextDocument;
  analysis: Analysis;
}

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; analysis: Analysis }>();
  private readonly emitter = new vscode.EventEmitter<AnalysisChange>();
  /** Fires when a document's analysis is (re)computed. */
  readonly onDidChangeAnalysis = this.emitter.event;

  /** The cached analysis of the document's current version, if there is one. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const hit = this.cache.get(document.uri.toString());
    return hit && hit.version === document.version ? hit.analysis : undefined;
  }

  /** The analysis of the document's current version; computed when not cached. Undefined for non-seed documents. */
  async get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isSeedDocument(document)) return undefined;
    const cached = this.peek(document);
    if (cached) return cached;
    const analysis = analyze(document.getText());
    this.cache.set(document.uri.toString(), { version: document.version, analysis });
    this.emitter.fire({ document, analysis });
    return analysis;
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
  }

  dispose(): void {
    this.cache.clear();
    this.emitter.dispose();
  }
}
