// The Actors & Claims view (`seedReader.actors`, in the activity bar; the reader may move it to the Explorer):
// actors of the active seed editor, and the places and organizations the text names, in the groups of model.ts (the
// Outline uses the same), expanding to their quotes and claims (for a place: the quotes that mention it).
// `buildActorTree()` is pure; `ActorsTreeProvider` follows the active editor and maps nodes to TreeItems.
import * as vscode from 'vscode';
import type { Actor, Analysis, Span } from '../engine/types';
import type { AnalysisService } from './analysisService';
import {
  GROUP_ORDER, actorClaims, actorGroup, actorMentions, actorQuotes, displayAliases, entityGroupId, entityGroups, excerpt,
  firstAppearance, indexOf, isSpeaker, quotesMentioning, type EntityGroup, type GroupId,
} from './model';
import { correctedWord, count, groupLabel, inQuotes, quoteKindLabel, quoted, typeLabel } from './text';
import { escapeMarkdown } from './hover';
import { CMD, CONTEXT, ITEM, VIEW, VSCODE_CMD, focusViewCommand } from './ids';
import { settingId } from './config';
import { isSeedDocument } from '../seedDetection';
import { isCorrected } from '../corrections/types';

export const ACTORS_VIEW = VIEW.actors;

export type ActorSort = 'appearance' | 'quotes';
export type { GroupId };

export interface TreeOptions {
  sort: ActorSort;
  /** Case-insensitive text; matches names, aliases and roles, else narrows an actor to matching quotes/claims. */
  filter: string;
  speakersOnly: boolean;
}

export interface GroupNode {
  type: 'group';
  id: string;
  group: GroupId;
  label: string;
  children: (ActorNode | EntityNode)[];
}

/** A place, or an organization the text names without making it an actor. */
export interface EntityNode {
  type: 'entity';
  id: string;
  entity: EntityGroup;
  parent: GroupNode;
  first: Span;
  quoteCount: number;
  mentionCount: number;
  /** The quotes that mention it. */
  children: ItemNode[];
}

export interface ActorNode {
  type: 'actor';
  id: string;
  actor: Actor;
  parent: GroupNode;
  first: Span;
  quoteCount: number;
  claimCount: number;
  mentionCount: number;
  children: ItemNode[];
  /** The reader's corrections made or changed the actor, or one of its quotes or claims. */
  corrected?: boolean;
}

export interface ItemNode {
  type: 'quote' | 'claim';
  id: string;
  parent: ActorNode | EntityNode;
  text: string;
  span: Span;
  cue: string | null;
  detail: string;
  /** Made or changed by the reader's corrections. */
  corrected?: boolean;
}

export interface InfoNode {
  type: 'info';
  id: string;
  label: string;
}

export type ActorTreeNode = GroupNode | ActorNode | EntityNode | ItemNode | InfoNode;

/** The group of an actor (the one grouping of model.ts). */
export function groupOf(analysis: Analysis, actor: Actor): GroupId {
  return actorGroup(analysis, actor);
}

/** The view's nodes for an analysis: groups of actors, each actor with its quotes and claims. Pure. */
export function buildActorTree(analysis: Analysis, options: TreeOptions): GroupNode[] {
  const needle = options.filter.trim().toLowerCase();
  const groups = new Map<GroupId, GroupNode>();
  for (const g of GROUP_ORDER) groups.set(g, { type: 'group', id: `group:${g}`, group: g, label: groupLabel(g), children: [] });
  for (const actor of analysis.actors) {
    const speaks = isSpeaker(analysis, actor);
    if (options.speakersOnly && !speaks) continue;
    const first = firstAppearance(analysis, actor);
    if (!first) continue;
    const group = groups.get(groupOf(analysis, actor))!;
    const quotes = actorQuotes(analysis, actor);
    const claims = actorClaims(analysis, actor);
    const node: ActorNode = {
      type: 'actor', id: `actor:${actor.id}`, actor, parent: group, first,
      quoteCount: quotes.length, claimCount: claims.length, mentionCount: actorMentions(analysis, actor.id).length, children: [],
      corrected: isCorrected(actor) || quotes.some(isCorrected) || claims.some(isCorrected),
    };
    let items: ItemNode[] = [
      ...quotes.map((q): ItemNode => ({
        type: 'quote', id: `quote:${q.id}`, parent: node, text: q.text, span: { start: q.start, end: q.end }, cue: q.cue,
        detail: [q.cue, quoteKindLabel(q.kind), isCorrected(q) ? correctedWord() : null].filter(Boolean).join(' · '), corrected: isCorrected(q),
      })),
      ...claims.map((c): ItemNode => ({
        type: 'claim', id: `claim:${c.id}`, parent: node, text: c.text, span: { start: c.start, end: c.end }, cue: c.cue,
        detail: [vscode.l10n.t('claim'), c.cue].filter(Boolean).join(' · '),
      })),
    ].sort((a, b) => a.span.start - b.span.start);
    if (needle) {
      const hay = [actor.name, ...actor.aliases, actor.role ?? ''].join('\n').toLowerCase();
      if (!hay.includes(needle)) {
        items = items.filter((i) => i.text.toLowerCase().includes(needle));
        if (!items.length) continue;
      }
    }
    node.children = items;
    group.children.push(node);
  }
  if (!options.speakersOnly) {
    for (const eg of entityGroups(analysis)) {
      const group = groups.get(entityGroupId(eg))!;
      const first = eg.entities[0];
      const quotes = quotesMentioning(analysis, eg.entities);
      const node: EntityNode = {
        type: 'entity', id: `entity:${eg.key}`, entity: eg, parent: group, first: { start: first.start, end: first.end },
        quoteCount: quotes.length, mentionCount: eg.entities.length, children: [],
      };
      // The filter finds a place or organization by its name only.
      if (needle && !eg.name.toLowerCase().includes(needle)) continue;
      node.children = quotes.map((q): ItemNode => {
        const who = q.speaker ? indexOf(analysis).actorsById.get(q.speaker)?.name : undefined;
        return {
          type: 'quote', id: `${node.id}:quote:${q.id}`, parent: node, text: q.text, span: { start: q.start, end: q.end }, cue: q.cue,
          detail: [who, q.cue, isCorrected(q) ? correctedWord() : null].filter(Boolean).join(' · '), corrected: isCorrected(q),
        };
      });
      group.children.push(node);
    }
  }
  const out: GroupNode[] = [];
  for (const g of GROUP_ORDER) {
    const node = groups.get(g)!;
    if (!node.children.length) continue;
    node.children.sort((a, b) =>
      options.sort === 'quotes'
        ? b.quoteCount - a.quoteCount || b.mentionCount - a.mentionCount || a.first.start - b.first.start
        : a.first.start - b.first.start,
    );
    out.push(node);
  }
  return out;
}

/** `2 quotes · 5 mentions — a former U.S. ambassador to Ukraine…` */
export function actorDescription(node: ActorNode): string {
  const counts = [
    node.quoteCount ? count(node.quoteCount, 'quote') : null,
    node.claimCount ? count(node.claimCount, 'claim') : null,
    count(node.mentionCount, 'mention'),
  ].filter(Boolean).join(' · ');
  const corrected = node.corrected || isCorrected(node.actor) ? ` · ${correctedWord()}` : '';
  return node.actor.role ? `${counts}${corrected} — ${excerpt(node.actor.role, 50)}` : `${counts}${corrected}`;
}

export class ActorsTreeProvider implements vscode.TreeDataProvider<ActorTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ActorTreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly views: vscode.TreeView<ActorTreeNode>[] = [];
  private document: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;
  private roots: ActorTreeNode[] = [];
  readonly options: TreeOptions = { sort: 'appearance', filter: '', speakersOnly: false };

  constructor(private readonly service: AnalysisService) {
    this.disposables.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((ed) => void this.follow(ed)),
      vscode.window.onDidChangeVisibleTextEditors(() => {
        if (this.document && !vscode.window.visibleTextEditors.some((e) => e.document === this.document)) void this.follow(vscode.window.activeTextEditor);
      }),
      // A .txt switched to `seed` by detection is re-opened under its new language while its editor stays.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (vscode.window.activeTextEditor?.document === doc) void this.follow(vscode.window.activeTextEditor);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.document) this.setDocument(undefined, undefined);
      }),
      service.onDidChangeAnalysis((e) => {
        if (e.document === this.document) this.setDocument(e.document, e.analysis);
      }),
    );
    this.setContexts();
  }

  /** Attaches a TreeView created for this provider (for reveal, messages and descriptions). */
  attach(view: vscode.TreeView<ActorTreeNode>): void {
    this.views.push(view);
    this.updateViews();
  }

  get currentDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Follows an editor: a seed editor becomes the subject; leaving all seed editors empties the view. */
  async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    void vscode.commands.executeCommand(VSCODE_CMD.setContext, CONTEXT.active, !!editor && isSeedDocument(editor.document));
    if (editor && isSeedDocument(editor.document)) {
      const doc = editor.document;
      const analysis = this.service.peek(doc);
      this.setDocument(doc, analysis);
      if (!analysis) {
        const computed = await this.service.get(doc);
        if (computed && this.document === doc) this.setDocument(doc, computed);
      }
      return;
    }
    // A non-seed editor (or none): keep the seed document while it is still on screen.
    if (this.document && vscode.window.visibleTextEditors.some((e) => e.document === this.document)) return;
    this.setDocument(undefined, undefined);
  }

  private setDocument(doc: vscode.TextDocument | undefined, analysis: Analysis | undefined): void {
    this.document = doc;
    this.analysis = analysis;
    this.rebuild();
  }

  private rebuild(): void {
    if (!this.document) this.roots = [];
    else if (!this.analysis) {
      const skipped = this.service.skippedSize(this.document);
      this.roots = [{
        type: 'info', id: 'info',
        label: skipped !== undefined ? vscode.l10n.t('File too large to analyse (see {0})', settingId('maxFileSizeMB')) : vscode.l10n.t('Analysing…'),
      }];
    } else {
      const groups = buildActorTree(this.analysis, this.options);
      if (groups.length) this.roots = groups;
      else if (this.options.filter || this.options.speakersOnly) this.roots = [{ type: 'info', id: 'info', label: vscode.l10n.t('No actors match the filter') }];
      else this.roots = [{ type: 'info', id: 'info', label: vscode.l10n.t('No actors found in this document') }];
    }
    this.updateViews();
    this.changed.fire();
  }

  private updateViews(): void {
    const name = this.document ? this.document.uri.path.split('/').pop() ?? '' : '';
    const msgs: string[] = [];
    if (this.options.filter) msgs.push(vscode.l10n.t('Filter: “{0}”', this.options.filter));
    if (this.options.speakersOnly) msgs.push(vscode.l10n.t('Speakers only'));
    for (const v of this.views) {
      v.description = name;
      v.message = this.document && msgs.length ? msgs.join(' · ') : undefined;
    }
  }

  private setContexts(): void {
    void vscode.commands.executeCommand(VSCODE_CMD.setContext, CONTEXT.actorsSort, this.options.sort);
    void vscode.commands.executeCommand(VSCODE_CMD.setContext, CONTEXT.actorsFiltered, this.options.filter.length > 0);
    void vscode.commands.executeCommand(VSCODE_CMD.setContext, CONTEXT.speakersOnly, this.options.speakersOnly);
  }

  setSort(sort: ActorSort): void {
    this.options.sort = sort;
    this.setContexts();
    this.rebuild();
  }

  setFilter(filter: string): void {
    this.options.filter = filter.trim();
    this.setContexts();
    this.rebuild();
  }

  setSpeakersOnly(on: boolean): void {
    this.options.speakersOnly = on;
    this.setContexts();
    this.rebuild();
  }

  getChildren(element?: ActorTreeNode): ActorTreeNode[] {
    if (!element) return this.roots;
    if (element.type === 'group' || element.type === 'actor' || element.type === 'entity') return element.children;
    return [];
  }

  getParent(element: ActorTreeNode): ActorTreeNode | undefined {
    if (element.type === 'actor' || element.type === 'entity' || element.type === 'quote' || element.type === 'claim') return element.parent;
    return undefined;
  }

  getTreeItem(element: ActorTreeNode): vscode.TreeItem {
    const uri = this.document?.uri.toString() ?? '';
    const reveal = (s: Span, title: string): vscode.Command => ({ command: CMD.revealRange, title, arguments: [uri, s.start, s.end] });
    const None = vscode.TreeItemCollapsibleState.None;
    switch (element.type) {
      case 'info': {
        const item = new vscode.TreeItem(element.label, None);
        item.id = element.id;
        item.iconPath = new vscode.ThemeIcon('info');
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(element.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = element.id;
        item.description = `${element.children.length}`;
        item.contextValue = ITEM.group;
        return item;
      }
      case 'actor': {
        const a = element.actor;
        const at = this.options.filter ? a.name.toLowerCase().indexOf(this.options.filter.toLowerCase()) : -1;
        const label: vscode.TreeItemLabel | string = at >= 0 ? { label: a.name, highlights: [[at, at + this.options.filter.length]] } : a.name;
        const item = new vscode.TreeItem(label, element.children.length ? vscode.TreeItemCollapsibleState.Collapsed : None);
        item.id = element.id;
        item.description = actorDescription(element);
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`**${escapeMarkdown(a.name)}**`);
        if (a.role) tip.appendMarkdown('  \n').appendText(a.role);
        const aliases = displayAliases(a);
        if (aliases.length) tip.appendMarkdown('  \n').appendText(vscode.l10n.t('Also written: {0}', aliases.join(' · ')));
        if (element.corrected) tip.appendMarkdown(`  \n*${vscode.l10n.t('Corrected by the reader')}*`);
        item.tooltip = tip;
        item.iconPath = element.corrected
          ? new vscode.ThemeIcon('edit', new vscode.ThemeColor('charts.orange'))
          : new vscode.ThemeIcon(a.type === 'organization' ? 'organization' : a.type === 'collective' ? 'account' : 'person');
        item.contextValue = ITEM.actor;
        item.command = reveal(element.first, vscode.l10n.t('Reveal first mention'));
        return item;
      }
      case 'entity': {
        const e = element.entity;
        const at = this.options.filter ? e.name.toLowerCase().indexOf(this.options.filter.toLowerCase()) : -1;
        const label: vscode.TreeItemLabel | string = at >= 0 ? { label: e.name, highlights: [[at, at + this.options.filter.length]] } : e.name;
        const item = new vscode.TreeItem(label, element.children.length ? vscode.TreeItemCollapsibleState.Collapsed : None);
        item.id = element.id;
        item.description = [count(element.mentionCount, 'mention'), element.quoteCount ? inQuotes(element.quoteCount) : null]
          .filter(Boolean).join(' · ');
        item.tooltip = `${e.name} — ${typeLabel(e.type)}`;
        item.iconPath = new vscode.ThemeIcon(e.type === 'place' ? 'location' : 'organization');
        item.contextValue = ITEM.entity;
        item.command = reveal(element.first, vscode.l10n.t('Reveal first mention'));
        return item;
      }
      case 'quote':
      case 'claim': {
        const label = element.type === 'quote' ? quoted(excerpt(element.text, 60)) : excerpt(element.text, 60);
        const item = new vscode.TreeItem(label, None);
        item.id = element.id;
        item.description = element.detail;
        item.tooltip = element.text;
        item.iconPath = element.corrected
          ? new vscode.ThemeIcon('edit', new vscode.ThemeColor('charts.orange'))
          : new vscode.ThemeIcon(element.type === 'quote' ? 'quote' : 'comment');
        item.contextValue = element.type === 'quote' ? ITEM.quote : ITEM.claim;
        item.command = reveal(element.span, element.type === 'quote' ? vscode.l10n.t('Reveal quote') : vscode.l10n.t('Reveal claim'));
        return item;
      }
    }
  }

  /** Finds the actor's node, widening the filter when it hides it. */
  findActorNode(actorId: string): ActorNode | undefined {
    const find = () => {
      for (const r of this.roots) if (r.type === 'group') for (const a of r.children) if (a.type === 'actor' && a.actor.id === actorId) return a;
      return undefined;
    };
    let node = find();
    if (!node && this.analysis?.actors.some((a) => a.id === actorId) && (this.options.filter || this.options.speakersOnly)) {
      this.options.filter = '';
      this.options.speakersOnly = false;
      this.setContexts();
      this.rebuild();
      node = find();
    }
    return node;
  }

  /** Reveals and selects an actor in the visible Actors & Claims view (opening the activity-bar one if none is). */
  async revealActor(actorId: string): Promise<boolean> {
    const active = vscode.window.activeTextEditor;
    if (active && isSeedDocument(active.document) && active.document !== this.document) await this.follow(active);
    if (this.document && !this.analysis) {
      const analysis = await this.service.get(this.document);
      if (analysis) this.setDocument(this.document, analysis);
    }
    const node = this.findActorNode(actorId);
    if (!node) return false;
    let view = this.views.find((v) => v.visible);
    if (!view) {
      await vscode.commands.executeCommand(focusViewCommand(VIEW.actors));
      view = this.views.find((v) => v.visible) ?? this.views[0];
    }
    if (!view) return false;
    await view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerActorsTree(context: vscode.ExtensionContext, service: AnalysisService): ActorsTreeProvider {
  const provider = new ActorsTreeProvider(service);
  const view = vscode.window.createTreeView(VIEW.actors, { treeDataProvider: provider, showCollapseAll: true });
  provider.attach(view);
  context.subscriptions.push(view);
  context.subscriptions.push(provider);
  void provider.follow(vscode.window.activeTextEditor);
  return provider;
}
