// `Seed Reader: Re-analyse Document`: drops the cached analysis of the active seed document and recomputes it.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { activeSeedEditor } from '../editorUtil';
import { CMD } from '../ids';

export function registerRefresh(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CMD.refresh, async () => {
      const editor = activeSeedEditor();
      if (editor) await service.refresh(editor.document);
    }),
  );
}
