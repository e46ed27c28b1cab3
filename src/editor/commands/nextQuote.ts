// `Seed Reader: Go to Next Quote` (alt+]).
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { goToQuote } from './quoteNavigation';
import { CMD } from '../ids';

export function registerNextQuote(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(vscode.commands.registerCommand(CMD.nextQuote, () => goToQuote(service, 1)));
}
