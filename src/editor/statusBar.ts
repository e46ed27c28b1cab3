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
      service.onDidChangeProgress((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) void this.update();
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
    if (this.showProgress(doc)) return;
    const analysis = this.service.peek(doc) ?? (await this.service.get(doc));
    if (vscode.window.activeTextEditor?.document !== doc) return;
    if (analysis) this.show(analysis);
    else if (this.service.skippedSize(doc) !== undefined) {
      this.item.text = '$(warning) Seed Reader: not analysed';
      this.item.tooltip = 'The file is larger than seedReader.maxFileSizeMB; click to open that setting.';
      this.item.command = { title: 'Open Setting', command: 'workbench.action.openSettings', arguments: ['seedReader.maxFileSizeMB'] };
      this.item.show();
    } else this.item.hide();
  }

  /** While a large analysis of `doc` runs: a spinner (the visible part is already highlighted). */
  private showProgress(doc: vscode.TextDocument): boolean {
    const size = this.service.analysing(doc);
    if (size === undefined || !this.enabled()) return false;
    this.item.text = `$(sync~spin) Seed Reader: analysing… ${(size / 1024 / 1024).toFixed(1)} MB`;
    this.item.tooltip = 'Seed Reader is analysing the whole document in the background; the visible part is highlighted first.';
    this.item.command = 'seedReader.actors.focus';
    this.item.show();
    return true;
  }

  private show(analysis: Analysis): void {
    if (!this.enabled()) return;
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && this.service.peek(doc) === analysis && this.service.isPreview(doc) && this.showProgress(doc)) return;
    this.item.command = 'seedReader.actors.focus';
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
