// `N actors · M quotes` in the status bar for seed files (`· highlights off` while they are off); clicking focuses the
// Actors & Claims view; the tooltip is the legend in words, with a link to the legend.
import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import type { AnalysisService } from './analysisService';
import { count } from './text';
import { CMD, UI, VIEW, VSCODE_CMD, focusViewCommand } from './ids';
import { affects, settingId, statusBarEnabled } from './config';
import { isSeedDocument } from '../seedDetection';
import { legendMarkdown } from './legend';

/** The status text of an analysis. Pure. */
export function statusText(analysis: Analysis, highlightsOn = true): string {
  const counts = `${count(analysis.actors.length, 'actor')} · ${count(analysis.quotes.length, 'quote')}`;
  return highlightsOn ? `$(person) ${counts}` : `$(eye-closed) ${counts} · ${vscode.l10n.t('highlights off')}`;
}

/**
 * What a screen reader says for the status item: the counts in words, and what a click does. Without it VS Code reads
 * the icon's name and the tooltip's Markdown source (`person 17 actors · 10 quotes, **Seed Reader** — click…`). Pure.
 */
export function statusAccessibleLabel(analysis: Analysis, highlightsOn = true): string {
  const counts = `${count(analysis.actors.length, 'actor')}, ${count(analysis.quotes.length, 'quote')}`;
  return highlightsOn
    ? vscode.l10n.t('Seed Reader: {0}. Click to show Actors & Claims.', counts)
    : vscode.l10n.t('Seed Reader: {0}, highlights off. Click to show Actors & Claims.', counts);
}

/** The tooltip of the status item: what the click does, the legend in words and a link to the legend. */
export function statusTooltip(highlightsOn: boolean): vscode.MarkdownString {
  const head = highlightsOn
    ? vscode.l10n.t('{0} — click to show Actors & Claims. Highlights are on ([toggle]({1})).', '**Seed Reader**', `command:${CMD.toggleHighlights}`)
    : vscode.l10n.t('{0} — click to show Actors & Claims. Highlights are **off** ([toggle]({1})).', '**Seed Reader**', `command:${CMD.toggleHighlights}`);
  const md = new vscode.MarkdownString(
    `${head}\n\n${legendMarkdown()}\n\n[$(symbol-color) ${vscode.l10n.t('Show the legend in colour')}](command:${CMD.showLegend})`,
    true,
  );
  md.isTrusted = { enabledCommands: [CMD.showLegend, CMD.toggleHighlights] };
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
    this.item = vscode.window.createStatusBarItem(UI.statusItem, vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Seed Reader');
    this.item.command = focusViewCommand(VIEW.actors);
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
        if (affects(e, 'statusBar.enabled')) void this.update();
      }),
    );
    if (highlights) this.disposables.push(highlights.onDidChangeHighlightsOn(() => void this.update()));
    void this.update();
  }

  get statusItem(): vscode.StatusBarItem {
    return this.item;
  }

  private enabled(): boolean {
    return statusBarEnabled(vscode.window.activeTextEditor?.document);
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
      this.item.text = `$(warning) ${vscode.l10n.t('Seed Reader: not analysed')}`;
      this.item.tooltip = vscode.l10n.t('The file is larger than {0}; click to open that setting.', settingId('maxFileSizeMB'));
      this.item.command = { title: vscode.l10n.t('Open Setting'), command: VSCODE_CMD.openSettings, arguments: [settingId('maxFileSizeMB')] };
      this.item.accessibilityInformation = { label: `${vscode.l10n.t('Seed Reader: not analysed')}. ${this.item.tooltip}`, role: 'button' };
      this.item.show();
    } else this.item.hide();
  }

  /** While a large analysis of `doc` runs: a spinner (the visible part is already highlighted). */
  private showProgress(doc: vscode.TextDocument): boolean {
    const size = this.service.analysing(doc);
    if (size === undefined || !this.enabled()) return false;
    this.item.text = `$(sync~spin) ${vscode.l10n.t('Seed Reader: analysing… {0} MB', (size / 1024 / 1024).toFixed(1))}`;
    this.item.tooltip = vscode.l10n.t('Seed Reader is analysing the whole document in the background; the visible part is highlighted first.');
    this.item.command = focusViewCommand(VIEW.actors);
    this.item.accessibilityInformation = { label: `${vscode.l10n.t('Seed Reader: analysing… {0} MB', (size / 1024 / 1024).toFixed(1))}. ${this.item.tooltip}`, role: 'button' };
    this.item.show();
    return true;
  }

  private show(analysis: Analysis): void {
    if (!this.enabled()) return;
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && this.service.peek(doc) === analysis && this.service.isPreview(doc) && this.showProgress(doc)) return;
    this.item.command = focusViewCommand(VIEW.actors);
    const on = this.highlights?.highlightsOn ?? true;
    this.item.text = statusText(analysis, on);
    this.item.tooltip = statusTooltip(on);
    this.item.accessibilityInformation = { label: statusAccessibleLabel(analysis, on), role: 'button' };
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
