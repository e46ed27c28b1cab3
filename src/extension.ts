// Extension entry: wires thin editor adapters to the pure analysis engine. Activation does no NLP.
import * as vscode from 'vscode';
import { registerSeedDetection } from './seedDetection';

export function activate(context: vscode.ExtensionContext): void {
  registerSeedDetection(context);
}

export function deactivate(): void {
  // Nothing to clean up beyond context.subscriptions.
}
