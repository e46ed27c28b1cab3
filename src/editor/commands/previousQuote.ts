// `Seed Reader: Go to Previous Quote` (alt+[).
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { goToQuote } from './quoteNavigation';
import { CMD } from '../ids';

export function registerPreviousQuote(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(vscode.commands.registerCommand(CMD.previousQuote, () => goToQuote(service, -1)));
}
