// `N actors · M quotes` in the status bar for seed files; clicking focuses the Actors & Claims view.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import type { AnalysisService } from './analysisService';
import { plural } from './model';
import { isSeedDocument } from '../seedDetection';

/** The status text of an analysis. Pure. */
export function statusText(analysis: Analysis): string {
  return `$(person) ${plural(analysis.actors.length, 'actor')} · ${plural(analysis.quotes.length, 'quote')}`;
}

export class SeedStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService) {
    this.item = vscode.window.createStatusBarItem('seedReader.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Seed Reader';
    this.item.command = 'seedReader.actors.focus';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (vscode.window.activeTextEditor?.document === doc) void this.update();
      }),
      service.onDidChangeAnalysis((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.show(e.analysis);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('seedReader.statusBar.enabled')) void this.update();
      }),
    );
    void this.update();
  }

  get statusItem(): vscode.StatusBarItem {
    return this.item;
  }

  private enabled(): boolean {
    return vscode.workspace.getConfiguration('seedReader').get<boolean>('statusBar.enabled', true);
  }

  async update(): Promise<void> {
    const ed = vscode.window.activeTextEditor;
    if (!ed || !isSeedDocument(ed.document) || !this.enabled()) {
      this.item.hide();
      return;
    }
    const doc = ed.document;
    const analysis = this.service.peek(doc) ?? (await this.service.get(doc));
    if (vscode.window.activeTextEditor?.document !== doc) return;
    if (analysis) this.show(analysis);
    else if (this.service.skippedSize(doc) !== undefined) {
      this.item.text = '$(warning) Seed Reader: not analysed';
      this.item.tooltip = 'The file is larger than seedReader.maxFileSizeMB; raise that setting to analyse it.';
      this.item.show();
    } else this.item.hide();
  }

  private show(analysis: Analysis): void {
    if (!this.enabled()) return;
    this.item.text = statusText(analysis);
    this.item.tooltip = 'Seed Reader: show Actors & Claims';
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerStatusBar(context: vscode.ExtensionContext, service: AnalysisService): SeedStatusBar {
  const bar = new SeedStatusBar(service);
  context.subscriptions.push(bar);
  return bar;
}
