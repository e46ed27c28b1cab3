// `Seed Reader: Re-analyse Document`: drops the cached analysis of the active seed document and recomputes it.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { activeSeedEditor } from '../editorUtil';

export function registerRefresh(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('seedReader.refresh', async () => {
      const editor = activeSeedEditor();
      if (editor) await service.refresh(editor.document);
    }),
  );
}
