// Quick Fix (lightbulb, Ctrl+.) on a quote or a name of a seed: the reader's corrections, each running one of the
// commands of commands.ts on the thing under the cursor (or the selection). No diagnostics: the actions are offered
// wherever there is something to correct.
import * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';
import type { AnalysisService } from '../analysisService';
import { excerpt, indexOf, quoteAt, spanIndexAt } from '../model';
import { SEED_LANGUAGE } from '../../seedDetection';
import { CMD as C } from '../ids';

export interface CorrectionAction { title: string; command: string; args: unknown[]; kind: 'quickfix' | 'refactor.rewrite' }

/** The corrections offered for a range of a seed (pure, on the analysis and the text). */
export function correctionActions(analysis: Analysis, text: string, uri: string, start: number, end: number): CorrectionAction[] {
  const out: CorrectionAction[] = [];
  const idx = indexOf(analysis);
  const mi = spanIndexAt(idx.mentions, start);
  const actor = mi >= 0 ? idx.actorsById.get(idx.mentions[mi].actor) : undefined;
  const ei = spanIndexAt(analysis.entities, start);
  const entity = ei >= 0 ? analysis.entities[ei] : undefined;
  const quote = quoteAt(analysis, start);
  const nameSpan = entity ?? (mi >= 0 ? idx.mentions[mi] : undefined);
  if (quote) {
    const who = quote.speaker ? idx.actorsById.get(quote.speaker)?.name : undefined;
    const title = who ? vscode.l10n.t('Change the speaker of this quote (now {0})…', who) : vscode.l10n.t('Change the speaker of this quote…');
    out.push({ title, command: C.correctSpeaker, args: [uri, quote.start], kind: 'quickfix' });
    out.push({ title: vscode.l10n.t('Not a quote'), command: C.markNotQuote, args: [uri, quote.start], kind: 'quickfix' });
  }
  if (nameSpan) {
    const written = excerpt(text.slice(nameSpan.start, nameSpan.end), 40);
    out.push({ title: vscode.l10n.t('Change the type of “{0}”…', written), command: C.correctEntityType, args: [uri, nameSpan.start], kind: 'quickfix' });
    out.push({ title: vscode.l10n.t('“{0}” is not a name', written), command: C.markNotEntity, args: [uri, nameSpan.start], kind: 'quickfix' });
  }
  if (actor) {
    out.push({ title: vscode.l10n.t('Rename {0}…', actor.name), command: C.renameActor, args: [uri, start], kind: 'refactor.rewrite' });
    out.push({ title: vscode.l10n.t('Merge {0} with another actor…', actor.name), command: C.mergeActors, args: [uri, start], kind: 'refactor.rewrite' });
    if (actor.mentions.length > 1) out.push({ title: vscode.l10n.t('This is not {0} (split the mentions)…', actor.name), command: C.splitActor, args: [uri, start], kind: 'refactor.rewrite' });
  }
  if (end > start && text.slice(start, end).trim() && !(quote && quote.start <= start && end <= quote.end)) {
    out.push({ title: vscode.l10n.t('Mark the selection as a quote…'), command: C.markQuote, args: [uri, start, end], kind: 'quickfix' });
  }
  return out;
}

export class CorrectionCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite];

  constructor(private readonly service: AnalysisService) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context?: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const analysis = await this.service.current(document);
    if (!analysis) return [];
    const text = document.getText();
    if (analysis.length !== text.length) return [];
    const actions = correctionActions(analysis, text, document.uri.toString(), document.offsetAt(range.start), document.offsetAt(range.end));
    const only = context?.only;
    return actions
      .map((a) => {
        const kind = a.kind === 'quickfix' ? vscode.CodeActionKind.QuickFix : vscode.CodeActionKind.RefactorRewrite;
        const action = new vscode.CodeAction(vscode.l10n.t('Seed Reader: {0}', a.title), kind);
        action.command = { command: a.command, title: a.title, arguments: a.args };
        return action;
      })
      .filter((a) => !only || !a.kind || only.intersects(a.kind));
  }
}

export function registerCorrectionCodeActions(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: SEED_LANGUAGE }, new CorrectionCodeActionProvider(service), {
      providedCodeActionKinds: CorrectionCodeActionProvider.providedCodeActionKinds,
    }),
  );
}
