// Title-bar commands of the Actors & Claims view: sort, filter and speakers-only.
import * as vscode from 'vscode';
import type { ActorsTreeProvider } from '../actorsTree';
import { CMD } from '../ids';

export function registerActorsViewCommands(context: vscode.ExtensionContext, tree: ActorsTreeProvider): void {
  const reg = (id: string, fn: () => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg(CMD.sortByAppearance, () => tree.setSort('appearance'));
  reg(CMD.sortByQuotes, () => tree.setSort('quotes'));
  reg(CMD.showSpeakersOnly, () => tree.setSpeakersOnly(true));
  reg(CMD.showAll, () => tree.setSpeakersOnly(false));
  reg(CMD.clearActorFilter, () => tree.setFilter(''));
  reg(CMD.filterActors, async () => {
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter Actors'),
      prompt: vscode.l10n.t('Show actors whose name, alias or role contains this text (or quotes and claims that do)'),
      placeHolder: vscode.l10n.t('e.g. Clark, ambassador, NATO'),
      value: tree.options.filter,
    });
    if (value !== undefined) tree.setFilter(value);
  });
}
