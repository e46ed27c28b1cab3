// What the first highlights of an open seed need, registered first: seed detection and the highlights. The rest of the
// features (src/features.ts) can be registered after the first highlights are drawn (src/extension.ts).
import type * as vscode from 'vscode';
import { registerSeedDetection } from './seedDetection';
import type { AnalysisService } from './editor/analysisService';
import { registerDecorations, type HighlightController } from './editor/decorations';

/** Registers seed detection and the highlights on `service`; returns the highlights' controller. */
export function registerFirstDraw(context: vscode.ExtensionContext, service: AnalysisService): HighlightController {
  registerSeedDetection(context);
  return registerDecorations(context, service);
}
