// `Seed Reader: Toggle Highlights`: flips highlights for this window (context key seedReader.highlightsOn).
// The editor title shows `Hide Highlights` ($(eye)) while they are on and `Show Highlights` ($(eye-closed)) while
// they are off, so the icon says which state the reader is in.
import * as vscode from 'vscode';
import type { HighlightController } from '../decorations';
import { CMD } from '../ids';

export function registerToggleHighlights(context: vscode.ExtensionContext, highlights: HighlightController): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CMD.toggleHighlights, () => highlights.toggle()),
    vscode.commands.registerCommand(CMD.hideHighlights, () => {
      if (highlights.highlightsOn) highlights.toggle();
      return highlights.highlightsOn;
    }),
    vscode.commands.registerCommand(CMD.showHighlights, () => {
      if (!highlights.highlightsOn) highlights.toggle();
      return highlights.highlightsOn;
    }),
  );
}
