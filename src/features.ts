// Platform-neutral feature registration: every editor feature of Seed Reader, wired to an AnalysisService. The Node
// entry (src/extension.ts) and the web entry (src/web/extension.ts) each build the service their way (a worker thread,
// a Web Worker) and call this. Every feature works on both; what only Node has (the worker's V8 code cache, the CLI) is
// outside this list.
import type * as vscode from 'vscode';
import type { AnalysisService } from './editor/analysisService';
import type { HighlightController } from './editor/decorations';
import { registerFirstDraw } from './firstDraw';
import { registerToggleHighlights } from './editor/commands/toggleHighlights';
import { registerHover } from './editor/hover';
import { registerSymbols } from './editor/symbols';
import { registerDefinition } from './editor/definition';
import { registerReferences } from './editor/references';
import { registerDocumentHighlights } from './editor/documentHighlights';
import { registerNextQuote } from './editor/commands/nextQuote';
import { registerPreviousQuote } from './editor/commands/previousQuote';
import { registerGoToActor } from './editor/commands/goToActor';
import { registerRevealRange } from './editor/commands/revealRange';
import { registerRefresh } from './editor/commands/refresh';
import { registerActorsTree } from './editor/actorsTree';
import { registerActorsViewCommands } from './editor/commands/actorsView';
import { registerFocusActor } from './editor/commands/focusActor';
import { registerStatusBar } from './editor/statusBar';
import { registerExportAnnotations } from './editor/commands/exportAnnotations';
import { registerCopyAnnotations } from './editor/commands/copyAnnotations';
import { registerExportWorkspace } from './editor/commands/exportWorkspace';
import { registerInlayHints } from './editor/inlayHints';
import { registerLegend } from './editor/legend';
import { registerSeedOffer } from './editor/seedOffer';
import { registerCorrectionCommands } from './editor/corrections/commands';
import { registerCorrectionCodeActions } from './editor/corrections/codeActions';
import { registerCorpus } from './editor/corpus/register';

/** Registers every editor feature on `service`; each lives in its own file under src/editor/. */
export function registerFeatures(context: vscode.ExtensionContext, service: AnalysisService): void {
  registerOtherFeatures(context, service, registerFirstDraw(context, service));
}

/**
 * Registers every feature but those of the first highlights (src/firstDraw.ts, registered before with `highlights`).
 * The Node extension loads this file (and what only it imports) once the first highlights are drawn.
 */
export function registerOtherFeatures(context: vscode.ExtensionContext, service: AnalysisService, highlights: HighlightController): void {
  registerToggleHighlights(context, highlights);
  registerHover(context, service);
  registerSymbols(context, service);
  registerDefinition(context, service);
  registerReferences(context, service);
  registerDocumentHighlights(context, service);
  registerNextQuote(context, service);
  registerPreviousQuote(context, service);
  registerGoToActor(context, service);
  registerRevealRange(context);
  registerRefresh(context, service);
  const actorsTree = registerActorsTree(context, service);
  registerActorsViewCommands(context, actorsTree);
  registerFocusActor(context, actorsTree);
  registerStatusBar(context, service, highlights);
  registerExportAnnotations(context, service);
  registerCopyAnnotations(context, service);
  registerExportWorkspace(context, service);
  registerInlayHints(context, service);
  registerLegend(context);
  registerSeedOffer(context);
  registerCorrectionCommands(context, service);
  registerCorrectionCodeActions(context, service);
  registerCorpus(context, service);
}
