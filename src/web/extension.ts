// Extension entry for VS Code for the Web (vscode.dev, github.dev; the `browser` entry of package.json, bundled to
// dist/web/extension.js): the same features as the Node entry (src/features.ts), with the analysis in a Web Worker
// started from the extension's own URI (dist/web/worker.js, the same worker code and protocol as the Node worker
// thread). What needs a local file system or Node is absent here: the worker's V8 code cache and the command-line tool.
import * as vscode from 'vscode';
import { AnalysisService } from '../editor/analysisService';
import { WebAnalysisClient } from './client';
import { registerFeatures } from '../features';

/** The analysis worker's bundle, relative to the extension's root. */
export const WEB_WORKER = 'dist/web/worker.js';

export function activate(context: vscode.ExtensionContext): void {
  // First, so that the worker boots while the rest registers (it starts when a seed is open).
  const client = new WebAnalysisClient(vscode.Uri.joinPath(context.extensionUri, WEB_WORKER).toString(true));
  const service = new AnalysisService({ client });
  context.subscriptions.push(service);
  registerFeatures(context, service);
}

export function deactivate(): void {
  // Nothing to clean up beyond context.subscriptions.
}
