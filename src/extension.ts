// Extension entry: wires thin editor adapters to the pure analysis engine. Activation does no NLP.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnalysisWorker } from './worker/node/client';
import { registerSeedDetection } from './seedDetection';
import { AnalysisService } from './editor/analysisService';
import { registerDecorations } from './editor/decorations';
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

/** globalState key of the SHA-256 of the worker's code cache as this install wrote it (see trustedCodeCache). */
const CODE_CACHE_DIGEST = 'seedReader.workerCodeCacheDigest';

export function activate(context: vscode.ExtensionContext): void {
  // First: starts the analysis worker (when a seed is open) before anything else, so that it boots while the rest
  // registers; its code cache lives in the global storage, used only when it has the digest recorded in globalState
  // when it was written (no globalState: no code cache).
  // The engine runs only there: dist/worker.js beside this file.
  const state = context.globalState as vscode.Memento | undefined;
  const client = new AnalysisWorker(path.join(__dirname, 'worker.js'), undefined, state ? context.globalStorageUri?.fsPath : undefined, state && {
    codeCacheDigest: state.get<string>(CODE_CACHE_DIGEST),
    onCodeCacheWritten: (digest) => void Promise.resolve(state.update(CODE_CACHE_DIGEST, digest)).then(undefined, () => undefined),
  });
  const service = new AnalysisService({ client });
  context.subscriptions.push(service);
  registerSeedDetection(context);
  // Each feature lives in its own file under src/editor/ and registers itself here:
  const highlights = registerDecorations(context, service);
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

export function deactivate(): void {
  // Nothing to clean up beyond context.subscriptions.
}
