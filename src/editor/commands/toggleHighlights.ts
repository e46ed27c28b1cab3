// `Seed Reader: Toggle Highlights`: flips highlights for this window (context key seedReader.highlightsOn).
import * as vscode from 'vscode';
import type { HighlightController } from '../decorations';

export function registerToggleHighlights(context: vscode.ExtensionContext, highlights: HighlightController): void {
  context.subscriptions.push(vscode.commands.registerCommand('seedReader.toggleHighlights', () => highlights.toggle()));
}
