// Registers every editor feature against the fake VS Code, with the service answering from a chosen source.
import * as vscode from 'vscode';
import * as fake from './vscode';
import { AnalysisService } from '../../../src/editor/analysisService';
import { registerDecorations, type HighlightController } from '../../../src/editor/decorations';
import { registerToggleHighlights } from '../../../src/editor/commands/toggleHighlights';
import { registerHover } from '../../../src/editor/hover';
import { registerSymbols } from '../../../src/editor/symbols';
import { registerDefinition } from '../../../src/editor/definition';
import { registerReferences } from '../../../src/editor/references';
import { registerDocumentHighlights } from '../../../src/editor/documentHighlights';
import { registerNextQuote } from '../../../src/editor/commands/nextQuote';
import { registerPreviousQuote } from '../../../src/editor/commands/previousQuote';
import { registerGoToActor } from '../../../src/editor/commands/goToActor';
import { registerRevealRange } from '../../../src/editor/commands/revealRange';
import { registerRefresh } from '../../../src/editor/commands/refresh';
import { registerActorsTree, type ActorsTreeProvider } from '../../../src/editor/actorsTree';
import { registerActorsViewCommands } from '../../../src/editor/commands/actorsView';
import { registerFocusActor } from '../../../src/editor/commands/focusActor';
import { registerStatusBar, type SeedStatusBar } from '../../../src/editor/statusBar';
import { registerInlayHints } from '../../../src/editor/inlayHints';
import { registerLegend } from '../../../src/editor/legend';
import { SAMPLE, sampleAnalyzer, type Source } from './sample';

export interface Booted {
  context: ReturnType<typeof fake.extensionContext>;
  service: AnalysisService;
  highlights: HighlightController;
  tree: ActorsTreeProvider;
  status: SeedStatusBar;
  calls: { count: number };
}

export function boot(source: Source): Booted {
  fake.reset();
  fake.setSetting('seedReader.analysisDelay', 0);
  const context = fake.extensionContext();
  const ctx = context as unknown as vscode.ExtensionContext;
  const inner = sampleAnalyzer(source);
  const calls = { count: 0 };
  const service = new AnalysisService({ analyzer: (text) => { calls.count++; return inner(text); } });
  context.subscriptions.push(service);
  const highlights = registerDecorations(ctx, service);
  registerToggleHighlights(ctx, highlights);
  registerHover(ctx, service);
  registerSymbols(ctx, service);
  registerDefinition(ctx, service);
  registerReferences(ctx, service);
  registerDocumentHighlights(ctx, service);
  registerNextQuote(ctx, service);
  registerPreviousQuote(ctx, service);
  registerGoToActor(ctx, service);
  registerRevealRange(ctx);
  registerRefresh(ctx, service);
  const tree = registerActorsTree(ctx, service);
  registerActorsViewCommands(ctx, tree);
  registerFocusActor(ctx, tree);
  const status = registerStatusBar(ctx, service, highlights);
  registerInlayHints(ctx, service);
  registerLegend(ctx);
  return { context, service, highlights, tree, status, calls };
}

/** Resolves on the next analysis the service publishes. */
export function nextAnalysis(service: AnalysisService): Promise<void> {
  return new Promise((resolve) => {
    const d = service.onDidChangeAnalysis(() => { d.dispose(); resolve(); });
  });
}

/** Lets pending promise callbacks and setImmediate work run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/** Boots the extension on the fake and opens the sample seed in an editor, once its first analysis is drawn. */
export async function openSample(source: Source): Promise<{ b: Booted; doc: fake.FakeTextDocument; ed: fake.FakeTextEditor }> {
  const b = boot(source);
  const doc = fake.openDocument(SAMPLE);
  const ready = nextAnalysis(b.service);
  const ed = fake.showEditor(doc);
  await ready;
  await settle();
  return { b, doc, ed };
}
