// `seedReader.focusActor` (actor id): reveals and selects the actor in the Actors & Claims view.
import * as vscode from 'vscode';
import type { ActorsTreeProvider } from '../actorsTree';
import { CMD } from '../ids';

export function registerFocusActor(context: vscode.ExtensionContext, tree: ActorsTreeProvider): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CMD.focusActor, (actorId: unknown) =>
      typeof actorId === 'string' ? tree.revealActor(actorId) : false,
    ),
  );
}
