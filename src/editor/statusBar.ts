// `N actors · M quotes` in the status bar for seed files (`· highlights off` while they are off); clicking focuses the
// Actors & Claims view; the tooltip is the legend in words, with a link to the legend.
import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import type { AnalysisService } from './analysisService';
import { plural } from './model';
import { isSeedDocument } from '../seedDetection';
import { legendMarkdown } from './legend';

/** The status text of an analysis. Pure. */
export function statusText(analysis: Analysis, highlightsOn = true): string {
  const counts = `${plural(analysis.actors.length, 'actor')} · ${plural(analysis.quotes.length, 'quote')}`;
  return highlightsOn ? `$(person) ${counts}` : `$(eye-closed) ${counts} · highlights off`;
}

/** The tooltip of the status item: what the click does, the legend in words and a link to the legend. */
export function statusTooltip(highlightsOn: boolean): vscode.MarkdownString {
  const md = new vscode.MarkdownString(
    `**Seed Reader** — click to show Actors & Claims. Highlights are ${highlightsOn ? 'on' : '**off**'} `
      + `([toggle](command:seedReader.toggleHighlights)).\n\n${legendMarkdown()}\n\n[$(symbol-color) Show the legend in colour](command:seedReader.showLegend)`,
    true,
  );
  md.isTrusted = { enabledCommands: ['seedReader.showLegend', 'seedReader.toggleHighlights'] };
  return md;
}

/** What the status item needs from the highlights: whether they are on, and when that changes. */
export interface HighlightsState {
  readonly highlightsOn: boolean;
  readonly onDidChangeHighlightsOn: vscode.Event<boolean>;
}

export class SeedStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService, private readonly highlights?: HighlightsState) {
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
    if (highlights) this.disposables.push(highlights.onDidChangeHighlightsOn(() => void this.update()));
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
    const on = this.highlights?.highlightsOn ?? true;
    this.item.text = statusText(analysis, on);
    this.item.tooltip = statusTooltip(on);
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerStatusBar(context: vscode.ExtensionContext, service: AnalysisService, highlights?: HighlightsState): SeedStatusBar {
  const bar = new SeedStatusBar(service, highlights);
  context.subscriptions.push(bar);
  return bar;
}
