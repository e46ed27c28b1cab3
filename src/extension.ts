// Extension entry: wires thin editor adapters to the pure analysis engine. Activation does no NLP.
import * as vscode from 'vscode';
import { registerSeedDetection } from './seedDetection';
import { AnalysisService } from './editor/analysisService';

export function activate(context: vscode.ExtensionContext): void {
  const service = new AnalysisService();
  context.subscriptions.push(service);
  registerSeedDetection(context);
  // Each feature lives in its own file under src/editor/ and registers itself here:
  //   registerX(context, service);
}

export function deactivate(): void {
  // Nothing to clean up beyond context.subscriptions.
}
