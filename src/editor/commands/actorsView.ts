// Title-bar commands of the Actors & Claims view: sort, filter and speakers-only.
import * as vscode from 'vscode';
import type { ActorsTreeProvider } from '../actorsTree';

export function registerActorsViewCommands(context: vscode.ExtensionContext, tree: ActorsTreeProvider): void {
  const reg = (id: string, fn: () => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('seedReader.actors.sortByAppearance', () => tree.setSort('appearance'));
  reg('seedReader.actors.sortByQuotes', () => tree.setSort('quotes'));
  reg('seedReader.actors.showSpeakersOnly', () => tree.setSpeakersOnly(true));
  reg('seedReader.actors.showAll', () => tree.setSpeakersOnly(false));
  reg('seedReader.actors.clearFilter', () => tree.setFilter(''));
  reg('seedReader.actors.filter', async () => {
    const value = await vscode.window.showInputBox({
      title: 'Filter Actors',
      prompt: 'Show actors whose name, alias or role contains this text (or quotes and claims that do)',
      placeHolder: 'e.g. Clark, ambassador, NATO',
      value: tree.options.filter,
    });
    if (value !== undefined) tree.setFilter(value);
  });
}
