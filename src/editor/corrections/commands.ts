// The reader's corrections in the editor (issue 17): the commands that make them, reached from the Quick Fix menu
// (codeActions.ts), hover links, the Actors & Claims context menu and the palette. Each finds its target (the cursor,
// a tree node or the arguments of a link), asks what is needed, and adds the correction through the store (store.ts).
import * as vscode from 'vscode';
import type { Actor, Span } from '../../engine/types';
import {
  correctEntityType, correctSpeaker, markNotEntity, markNotQuote, markQuote, mergeActors, renameActor, splitActor,
} from '../../corrections';
import type { AnalysisService } from '../analysisService';
import { actorMentions, excerpt, indexOf, quoteAt, spanIndexAt } from '../model';
import { baseName, correctionsEnabled, readSidecar, sidecarUriOf } from './sidecarFiles';
import { CorrectionsStore, isNode, isSpan, type Target } from './store';
import { correctionItems, pickSpeaker } from './pickers';
import { CMD } from '../ids';
import { settingId } from '../config';
import { count, typeLabel } from '../text';

export { CAN_UNDO_KEY } from './store';
export { correctionItems, type CorrectionItem } from './pickers';

/** The ids of the correction commands. */
export const CORRECTION_COMMANDS = {
  correctSpeaker: CMD.correctSpeaker,
  markNotQuote: CMD.markNotQuote,
  markQuote: CMD.markQuote,
  correctEntityType: CMD.correctEntityType,
  markNotEntity: CMD.markNotEntity,
  mergeActors: CMD.mergeActors,
  splitActor: CMD.splitActor,
  renameActor: CMD.renameActor,
  showCorrections: CMD.showCorrections,
  undoCorrection: CMD.undoCorrection,
} as const;

export const ENTITY_TYPES = ['person', 'organization', 'place', 'group', 'date', 'money', 'percent'] as const;

export class CorrectionsEditor extends CorrectionsStore {
  async correctSpeaker(uriArg?: unknown, offsetArg?: unknown, speakerArg?: unknown): Promise<boolean> {
    const t = await this.target(isNode(uriArg) ? undefined : uriArg);
    if (!t) return false;
    const offset = this.offset(t, isNode(uriArg) ? uriArg : offsetArg);
    const quote = offset === undefined ? undefined : quoteAt(t.analysis, offset);
    if (!quote) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: put the cursor in a quote to change its speaker.'));
      return false;
    }
    const current = quote.speaker ? indexOf(t.analysis).actorsById.get(quote.speaker) : undefined;
    const speaker = speakerArg === null || typeof speakerArg === 'string'
      ? speakerArg
      : await pickSpeaker(t.analysis, current, vscode.l10n.t('Who said “{0}”?', excerpt(quote.text, 50)), vscode.l10n.t('Unknown speaker'));
    if (speaker === undefined || (typeof speaker === 'string' && !speaker.trim())) return false;
    return this.add(t.document, correctSpeaker(t.text, quote, speaker), vscode.l10n.t('speaker of “{0}”: {1}', excerpt(quote.text, 30), speaker ?? vscode.l10n.t('unknown')));
  }

  async markNotQuote(uriArg?: unknown, offsetArg?: unknown): Promise<boolean> {
    const t = await this.target(isNode(uriArg) ? undefined : uriArg);
    if (!t) return false;
    const offset = this.offset(t, isNode(uriArg) ? uriArg : offsetArg);
    const quote = offset === undefined ? undefined : quoteAt(t.analysis, offset);
    if (!quote) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: put the cursor in a highlighted quote to mark it as not a quote.'));
      return false;
    }
    return this.add(t.document, markNotQuote(t.text, quote), vscode.l10n.t('“{0}” is not a quote', excerpt(quote.text, 30)));
  }

  async markQuote(uriArg?: unknown, startArg?: unknown, endArg?: unknown, speakerArg?: unknown): Promise<boolean> {
    const t = await this.target(uriArg);
    if (!t) return false;
    let span: Span | undefined;
    if (typeof startArg === 'number' && typeof endArg === 'number' && 0 <= startArg && startArg < endArg && endArg <= t.text.length) span = { start: startArg, end: endArg };
    else {
      const ed = vscode.window.activeTextEditor;
      if (ed && ed.document === t.document && !ed.selection.isEmpty) span = { start: t.document.offsetAt(ed.selection.start), end: t.document.offsetAt(ed.selection.end) };
    }
    if (!span || !t.text.slice(span.start, span.end).trim()) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: select the words that are a quote first.'));
      return false;
    }
    const speaker = speakerArg === null || typeof speakerArg === 'string'
      ? speakerArg
      : await pickSpeaker(t.analysis, undefined, vscode.l10n.t('Who said “{0}”?', excerpt(t.text.slice(span.start, span.end), 50)), vscode.l10n.t('No speaker (unknown)'));
    if (speaker === undefined) return false;
    return this.add(t.document, markQuote(t.text, span, speaker), vscode.l10n.t('marked “{0}” as a quote', excerpt(t.text.slice(span.start, span.end), 30)));
  }

  /** The entity (or actor mention) at the offset: its span and current type. */
  private entityAt(t: Target, offset: number): { span: Span; type: string; text: string } | undefined {
    const ei = spanIndexAt(t.analysis.entities, offset);
    if (ei >= 0) {
      const e = t.analysis.entities[ei];
      return { span: { start: e.start, end: e.end }, type: String(e.type), text: e.text };
    }
    const idx = indexOf(t.analysis);
    const mi = spanIndexAt(idx.mentions, offset);
    if (mi >= 0) {
      const m = idx.mentions[mi];
      const a = idx.actorsById.get(m.actor);
      return { span: { start: m.start, end: m.end }, type: a?.type === 'organization' ? 'organization' : 'person', text: t.text.slice(m.start, m.end) };
    }
    return undefined;
  }

  async correctEntityType(uriArg?: unknown, offsetArg?: unknown, typeArg?: unknown): Promise<boolean> {
    const t = await this.target(isNode(uriArg) ? undefined : uriArg);
    if (!t) return false;
    const offset = this.offset(t, isNode(uriArg) ? uriArg : offsetArg);
    const e = offset === undefined ? undefined : this.entityAt(t, offset);
    if (!e) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: put the cursor on a highlighted name to change its type.'));
      return false;
    }
    let type = typeof typeArg === 'string' && typeArg.trim() ? typeArg.trim().toLowerCase() : undefined;
    if (!type) {
      const picked = await vscode.window.showQuickPick(
        ENTITY_TYPES.map((x) => ({ label: typeLabel(x), description: x === e.type ? vscode.l10n.t('current') : undefined, type: x })),
        { title: vscode.l10n.t('Seed Reader: what is “{0}”?', excerpt(e.text, 40)), placeHolder: vscode.l10n.t('The type of this name') },
      );
      type = picked?.type;
    }
    if (!type) return false;
    return this.add(t.document, correctEntityType(t.text, e.span, type), vscode.l10n.t('“{0}” is a {1}', excerpt(e.text, 30), typeLabel(type)));
  }

  async markNotEntity(uriArg?: unknown, offsetArg?: unknown): Promise<boolean> {
    const t = await this.target(isNode(uriArg) ? undefined : uriArg);
    if (!t) return false;
    const offset = this.offset(t, isNode(uriArg) ? uriArg : offsetArg);
    const e = offset === undefined ? undefined : this.entityAt(t, offset);
    if (!e) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: put the cursor on a highlighted name to mark it as not a name.'));
      return false;
    }
    return this.add(t.document, markNotEntity(t.text, e.span), vscode.l10n.t('“{0}” is not a name', excerpt(e.text, 30)));
  }

  /** The actor an argument names (a tree node, an actor id or name), else the one mentioned at the cursor/offset. */
  private actorOf(t: Target, arg: unknown, offsetArg?: unknown): Actor | undefined {
    if (isNode(arg) && arg.actor) {
      const node = arg.actor;
      return indexOf(t.analysis).actorsById.get(node.id) ?? t.analysis.actors.find((a) => a.name === node.name);
    }
    if (typeof arg === 'string') {
      const lower = arg.toLowerCase();
      const hit = indexOf(t.analysis).actorsById.get(arg) ?? t.analysis.actors.find((a) => a.name.toLowerCase() === lower || a.aliases.some((x) => x.toLowerCase() === lower));
      if (hit) return hit;
    }
    const offset = this.offset(t, typeof arg === 'number' ? arg : offsetArg);
    if (offset === undefined) return undefined;
    const idx = indexOf(t.analysis);
    const mi = spanIndexAt(idx.mentions, offset);
    if (mi >= 0) return idx.actorsById.get(idx.mentions[mi].actor);
    const ei = spanIndexAt(t.analysis.entities, offset);
    const ea = ei >= 0 ? t.analysis.entities[ei].actor : undefined;
    if (ea) return idx.actorsById.get(ea);
    const q = quoteAt(t.analysis, offset);
    return q?.speaker ? idx.actorsById.get(q.speaker) : undefined;
  }

  /** Arguments: (tree node | actor id/name | uri, offset?, ...). */
  private async actorTarget(a: unknown, b: unknown): Promise<{ t: Target; actor: Actor } | undefined> {
    const uriGiven = typeof a === 'string' && /^[a-z][\w+.-]*:/i.test(a) && !isNode(a);
    const t = await this.target(uriGiven ? a : undefined);
    if (!t) return undefined;
    const actor = uriGiven ? this.actorOf(t, b) : this.actorOf(t, a);
    if (!actor) void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: put the cursor on a name of the actor (or use the Actors & Claims view).'));
    return actor ? { t, actor } : undefined;
  }

  async renameActor(a?: unknown, b?: unknown, nameArg?: unknown): Promise<boolean> {
    const found = await this.actorTarget(a, b);
    if (!found) return false;
    const { t, actor } = found;
    const name = typeof nameArg === 'string' ? nameArg : await vscode.window.showInputBox({
      title: vscode.l10n.t('Seed Reader: rename {0}', actor.name), prompt: vscode.l10n.t('The actor\'s name as the reader should see it (the old one stays an alias)'), value: actor.name,
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed')),
    });
    if (!name || !name.trim() || name.trim() === actor.name) return false;
    return this.add(t.document, renameActor(actor.name, name.trim()), vscode.l10n.t('renamed {0} to {1}', actor.name, name.trim()));
  }

  async mergeActors(a?: unknown, b?: unknown, othersArg?: unknown, nameArg?: unknown): Promise<boolean> {
    const found = await this.actorTarget(a, b);
    if (!found) return false;
    const { t, actor } = found;
    let others: string[] | undefined = Array.isArray(othersArg) && othersArg.every((x) => typeof x === 'string') ? othersArg as string[] : undefined;
    if (!others) {
      const picked = await vscode.window.showQuickPick(
        t.analysis.actors.filter((x) => x.id !== actor.id).map((x) => ({
          label: x.name, description: typeLabel(x.type), detail: x.aliases.length ? vscode.l10n.t('also: {0}', x.aliases.join(' · ')) : undefined,
        })),
        { title: vscode.l10n.t('Seed Reader: merge {0} with…', actor.name), placeHolder: vscode.l10n.t('The actors that are the same as this one'), canPickMany: true },
      );
      others = picked?.map((p) => p.label);
    }
    if (!others || !others.length) return false;
    let name = typeof nameArg === 'string' ? nameArg : undefined;
    if (!name) {
      const picked = await vscode.window.showQuickPick([actor.name, ...others].map((label) => ({ label })), { title: vscode.l10n.t('Seed Reader: the merged actor\'s name') });
      name = picked?.label;
    }
    if (!name) return false;
    return this.add(t.document, mergeActors([actor.name, ...others], name), vscode.l10n.t('merged {0} as {1}', [actor.name, ...others].join(', '), name));
  }

  async splitActor(a?: unknown, b?: unknown, mentionsArg?: unknown, nameArg?: unknown): Promise<boolean> {
    const found = await this.actorTarget(a, b);
    if (!found) return false;
    const { t, actor } = found;
    const mentions = actorMentions(t.analysis, actor.id);
    let spans: Span[] | undefined = Array.isArray(mentionsArg) && mentionsArg.every(isSpan) ? mentionsArg as Span[] : undefined;
    if (!spans) {
      const cursor = this.offset(t, typeof b === 'number' ? b : undefined);
      const items = mentions.map((m) => ({
        label: t.text.slice(m.start, m.end), description: vscode.l10n.t('line {0}', t.document.positionAt(m.start).line + 1),
        detail: excerpt(t.text.slice(Math.max(0, m.start - 40), Math.min(t.text.length, m.end + 40)), 90),
        picked: cursor !== undefined && m.start <= cursor && cursor <= m.end, span: m,
      }));
      const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Seed Reader: which mentions of {0} are someone else?', actor.name), canPickMany: true });
      spans = picked?.map((p) => p.span);
    }
    if (!spans || !spans.length) return false;
    const name = typeof nameArg === 'string' ? nameArg : await vscode.window.showInputBox({
      title: vscode.l10n.t('Seed Reader: who is it?'), prompt: vscode.l10n.t('The name of the other actor (existing or new)'), value: t.text.slice(spans[0].start, spans[0].end),
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed')),
    });
    if (!name || !name.trim()) return false;
    return this.add(t.document, splitActor(t.text, actor.name, spans, name.trim()), vscode.l10n.t('split {0} of {1} into {2}', count(spans.length, 'mention'), actor.name, name.trim()));
  }

  /** Lists the corrections of the seed (applied, unchanged, orphaned, invalid); picking one reveals it or removes it. */
  async showCorrections(uriArg?: unknown, removeArg?: unknown): Promise<void> {
    const t = await this.target(uriArg);
    if (!t) return;
    const applied = this.service.correctionsOf(t.document);
    const sidecar = sidecarUriOf(t.document.uri);
    if (!sidecar) return;
    let json: string | null = applied?.json ?? null;
    if (!applied) {
      try { json = await readSidecar(sidecar); } catch { json = null; }
    }
    if (typeof removeArg === 'number') {
      await this.remove(t.document, removeArg);
      return;
    }
    const items = correctionItems(json, applied?.outcome.results);
    if (!items.length) {
      void vscode.window.showInformationMessage(json === null
        ? vscode.l10n.t('Seed Reader: no corrections for {0} ({1} does not exist). Correct a quote or a name with its Quick Fix (Ctrl+.).', baseName(t.document.uri), baseName(sidecar))
        : vscode.l10n.t('Seed Reader: no corrections for {0} ({1} is empty). Correct a quote or a name with its Quick Fix (Ctrl+.).', baseName(t.document.uri), baseName(sidecar)));
      return;
    }
    const enabled = correctionsEnabled(t.document.uri);
    const picked = await vscode.window.showQuickPick(items, {
      title: enabled
        ? vscode.l10n.t('Seed Reader: corrections of {0}', baseName(t.document.uri))
        : vscode.l10n.t('Seed Reader: corrections of {0} (not applied: {1} is off)', baseName(t.document.uri), settingId('corrections.enabled')),
      placeHolder: vscode.l10n.t('Pick a correction to go to it or remove it'),
      matchOnDescription: true, matchOnDetail: true,
    });
    if (!picked) return;
    const actions = [
      ...(picked.span ? [{ label: `$(go-to-file) ${vscode.l10n.t('Go to it')}`, id: 'reveal' }] : []),
      { label: `$(trash) ${vscode.l10n.t('Remove this correction')}`, id: 'remove' },
    ];
    const action = await vscode.window.showQuickPick(actions, { title: picked.label });
    if (action?.id === 'remove') await this.remove(t.document, picked.index);
    else if (action?.id === 'reveal' && picked.span) {
      await vscode.commands.executeCommand(CMD.revealRange, t.document.uri.toString(), picked.span.start, picked.span.end);
    }
  }
}


export function registerCorrectionCommands(context: vscode.ExtensionContext, service: AnalysisService): CorrectionsEditor {
  const editor = new CorrectionsEditor(service);
  const C = CORRECTION_COMMANDS;
  context.subscriptions.push(
    editor,
    vscode.commands.registerCommand(C.correctSpeaker, (...a: unknown[]) => editor.correctSpeaker(...a)),
    vscode.commands.registerCommand(C.markNotQuote, (...a: unknown[]) => editor.markNotQuote(...a)),
    vscode.commands.registerCommand(C.markQuote, (...a: unknown[]) => editor.markQuote(...a)),
    vscode.commands.registerCommand(C.correctEntityType, (...a: unknown[]) => editor.correctEntityType(...a)),
    vscode.commands.registerCommand(C.markNotEntity, (...a: unknown[]) => editor.markNotEntity(...a)),
    vscode.commands.registerCommand(C.mergeActors, (...a: unknown[]) => editor.mergeActors(...a)),
    vscode.commands.registerCommand(C.splitActor, (...a: unknown[]) => editor.splitActor(...a)),
    vscode.commands.registerCommand(C.renameActor, (...a: unknown[]) => editor.renameActor(...a)),
    vscode.commands.registerCommand(C.showCorrections, (...a: unknown[]) => editor.showCorrections(...a)),
    vscode.commands.registerCommand(C.undoCorrection, (...a: unknown[]) => editor.undo(...a)),
  );
  return editor;
}
