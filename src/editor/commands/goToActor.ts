// `Seed Reader: Go to Actor...`: quick pick of the actors (role, quote count); choosing reveals the first mention.
// Speakers first: by number of quotes, then of mentions, then by appearance. Aliases as model.ts shows them.
import * as vscode from 'vscode';
import type { Analysis, Span } from '../../engine/types';
import type { AnalysisService } from '../analysisService';
import { actorMentions, actorQuotes, displayAliases, excerpt, firstAppearance } from '../model';
import { count } from '../text';
import { CMD } from '../ids';
import { activeSeedEditor, revealSpan } from '../editorUtil';

export interface ActorPickItem extends vscode.QuickPickItem {
  actorId: string;
  target: Span;
  quotes: number;
  mentions: number;
}

/** Quick-pick items: most quotes first, then most mentions, then order of appearance. Pure apart from the item shape. */
export function actorPickItems(analysis: Analysis): ActorPickItem[] {
  const items: ActorPickItem[] = [];
  for (const actor of analysis.actors) {
    const target = firstAppearance(analysis, actor);
    if (!target) continue;
    const quotes = actorQuotes(analysis, actor).length;
    const mentions = actorMentions(analysis, actor.id).length;
    const aliases = displayAliases(actor);
    const icon = actor.type === 'organization' ? '$(organization)' : actor.type === 'collective' ? '$(account)' : '$(person)';
    items.push({
      label: `${icon} ${actor.name}`,
      description: [count(quotes, 'quote'), count(mentions, 'mention')].join(' · '),
      detail: [actor.role ? excerpt(actor.role, 90) : null, aliases.length ? vscode.l10n.t('also: {0}', aliases.join(', ')) : null]
        .filter(Boolean).join(' — ') || undefined,
      actorId: actor.id,
      target,
      quotes,
      mentions,
    });
  }
  return items.sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.target.start - b.target.start);
}

export async function goToActor(service: AnalysisService): Promise<void> {
  const editor = activeSeedEditor();
  if (!editor) return;
  const analysis = await service.get(editor.document);
  if (!analysis) return;
  const items = actorPickItems(analysis);
  if (!items.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: no actors found in this document.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Go to Actor'),
    placeHolder: vscode.l10n.t('Type a name, alias or role'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked || service.peek(editor.document) !== analysis) return;
  revealSpan(editor, picked.target);
}

export function registerGoToActor(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(vscode.commands.registerCommand(CMD.goToActor, () => goToActor(service)));
}
