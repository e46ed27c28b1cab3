// The Corpus view (`seedReader.corpus`): a thin TreeDataProvider over CorpusModel.
import * as vscode from 'vscode';
import { ACTOR_PAGE, articleLabel, CorpusModel, shorten, type CorpusNode } from './corpusModel';
import type { CorpusService, SkipReason } from './corpusService';

/** The command arguments that open a quote (or an article) at its offsets. */
export function revealArgs(file: string, start: number, end: number): [string, number, number] {
  return [file, start, end];
}

/** The reader's words for an empty group (the model names the case; the words are localised here). */
function infoLabel(kind: 'noMatch' | 'noQuotes' | 'noArticles' | undefined): string | undefined {
  switch (kind) {
    case 'noMatch': return vscode.l10n.t('Nothing matches the filter');
    case 'noQuotes': return vscode.l10n.t('No quotes in the corpus');
    case 'noArticles': return vscode.l10n.t('No articles');
    default: return undefined;
  }
}

/** `N quotes` / `N articles` in the reader's language (the singular as its own string, for languages that need it). */
export function quotesLabel(n: number): string {
  return n === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', n);
}
export function articlesLabel(n: number): string {
  return n === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', n);
}

export function treeItemOf(node: CorpusNode): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  switch (node.type) {
    case 'group': {
      const label = node.group === 'actors' ? vscode.l10n.t('Actors by quotes') : vscode.l10n.t('Articles by date');
      const item = new vscode.TreeItem(label, node.group === 'actors' ? C.Expanded : C.Collapsed);
      item.id = node.id;
      item.description = node.description;
      item.contextValue = 'corpusGroup';
      return item;
    }
    case 'actor': {
      const a = node.actor;
      const item = new vscode.TreeItem(a.name, C.Collapsed);
      item.id = node.id;
      item.description = `${quotesLabel(node.quotes)} · ${articlesLabel(node.articles)}`;
      item.tooltip = [a.name, a.roles.length ? `Roles: ${a.roles.join('; ')}` : '', a.aliases.length ? `Also: ${a.aliases.join(', ')}` : '', a.speakerId].filter(Boolean).join('\n');
      item.iconPath = new vscode.ThemeIcon(a.type === 'person' ? 'person' : a.type === 'organization' ? 'organization' : 'account');
      item.contextValue = 'corpusActor';
      return item;
    }
    case 'article': {
      const art = node.article;
      const item = new vscode.TreeItem(articleLabel(art), node.quotes ? C.Collapsed : C.None);
      item.id = node.id;
      item.description = [art.outlet, quotesLabel(node.quotes)].filter(Boolean).join(' · ');
      item.tooltip = [articleLabel(art), art.url ?? '', art.file].filter(Boolean).join('\n');
      item.iconPath = new vscode.ThemeIcon('file-text');
      item.contextValue = 'corpusArticle';
      item.resourceUri = undefined;
      return item;
    }
    case 'quote': {
      const q = node.quote;
      const label = node.showSpeaker ? `${q.speaker ?? vscode.l10n.t('Unattributed')}: “${shorten(q.text, 70)}”` : `“${shorten(q.text, 90)}”`;
      const item = new vscode.TreeItem(label, C.None);
      item.id = node.id;
      item.description = [q.role, q.cue].filter(Boolean).join(' · ');
      item.tooltip = `${q.speaker ?? 'Unattributed'}${q.role ? ` (${q.role})` : ''}\n${articleLabel(q)}\n\n“${q.text}”`;
      item.iconPath = new vscode.ThemeIcon('quote');
      item.contextValue = 'corpusQuote';
      item.command = { command: 'seedReader.revealRange', title: vscode.l10n.t('Open Quote'), arguments: revealArgs(q.file, q.start, q.end) };
      return item;
    }
    case 'info': {
      const item = new vscode.TreeItem(node.loading ? vscode.l10n.t('Loading the stored corpus index…') : infoLabel(node.kind) ?? node.label, C.None);
      item.id = node.id;
      return item;
    }
    case 'more': {
      // Expanded, the next page of actors (and another "Show more…" after it when some are left).
      const item = new vscode.TreeItem(vscode.l10n.t('Show more…'), C.Collapsed);
      item.id = node.id;
      item.description = vscode.l10n.t('{0} more actors', node.more);
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      return item;
    }
  }
}

/** `N <reason>` for the view's message, in the reader's language (the log keeps the reasons as written). */
export function skipLabel(reason: SkipReason, count: number): string {
  switch (reason) {
    case 'too large': return vscode.l10n.t('{0} too large', count);
    case 'not a seed': return vscode.l10n.t('{0} not a seed', count);
    case 'unreadable': return vscode.l10n.t('{0} unreadable', count);
    case 'analysis failed': return vscode.l10n.t('{0} analysis failed', count);
  }
}

/** The view's message: indexing progress, counts, skipped files, the filter. */
export function corpusMessage(service: CorpusService, filter: string): string | undefined {
  const parts: string[] = [];
  const s = service.state;
  if (s.indexing) parts.push(s.total ? vscode.l10n.t('Indexing {0}/{1} files…', s.done, s.total) : vscode.l10n.t('Looking for seeds…'));
  else if (s.cancelled) parts.push(vscode.l10n.t('Indexing cancelled ({0}/{1})', s.done, s.total));
  if (service.preview) parts.push(vscode.l10n.t('Loading the stored index…'));
  const n = service.preview?.articles ?? service.index.size;
  if (n || !s.indexing) parts.push(articlesLabel(n));
  const skipped = service.skipCounts();
  if (skipped.size) parts.push(vscode.l10n.t('skipped: {0}', [...skipped].map(([r, c]) => skipLabel(r, c)).join(', ')));
  if (filter) parts.push(vscode.l10n.t('Filter: “{0}”', filter));
  if (!s.indexing && !n && s.ready) parts.push(vscode.l10n.t('no seed found in the workspace'));
  return parts.length ? parts.join(' · ') : undefined;
}

export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<CorpusNode | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  filter = '';
  view: vscode.TreeView<CorpusNode> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly sub: { dispose(): void };

  constructor(private readonly service: CorpusService) {
    this.sub = service.onDidChange(() => this.schedule());
  }

  private model(): CorpusModel {
    return new CorpusModel(this.service.index, this.filter, ACTOR_PAGE, this.service.preview);
  }

  /** Redraws at most every 200 ms while indexing. */
  private schedule(): void {
    if (this.timer && !this.service.indexing) {
      // Indexing ended: the final state shows now.
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      // The index is built in slices first: the redraw then only makes one page of items.
      void this.service.settle().then(() => {
        this.timer = undefined;
        this.refresh();
      });
    }, this.service.indexing ? 200 : 0);
  }

  refresh(): void {
    this.emitter.fire();
    if (this.view) this.view.message = corpusMessage(this.service, this.filter);
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    void vscode.commands.executeCommand('setContext', 'seedReader.corpusFiltered', this.filter.length > 0);
    this.refresh();
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    return treeItemOf(node);
  }

  getChildren(node?: CorpusNode): CorpusNode[] {
    return this.model().children(node);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.sub.dispose();
    this.emitter.dispose();
  }
}
