// The Who said what panel: a thin provider around buildWhoSaidWhatHtml. The page keeps its filters and sort in its
// own state (vscode.setState) across hide/show; rows follow the corpus (posted again when it changes); a click on a
// quote asks the extension to open the article at the quote (only rows the extension sent can be opened).
import * as vscode from 'vscode';
import type { CorpusService } from './corpusService';
import { corpusMessage } from './corpusTree';
import { log } from './register';
import { buildWhoSaidWhatHtml, makeNonce, toRowsInSlices, type WswRow, type WswStrings } from './whoSaidWhatHtml';

export const WSW_VIEW_TYPE = 'seedReader.whoSaidWhat';

/** The page's words in the display language. */
export function wswStrings(): WswStrings {
  return {
    title: vscode.l10n.t('Who said what'),
    filters: vscode.l10n.t('Filter quotes'),
    speaker: vscode.l10n.t('Speaker'),
    filterBySpeaker: vscode.l10n.t('Filter by speaker'),
    from: vscode.l10n.t('From'),
    fromDate: vscode.l10n.t('From date'),
    to: vscode.l10n.t('To'),
    toDate: vscode.l10n.t('To date'),
    text: vscode.l10n.t('Text'),
    filterByText: vscode.l10n.t('Filter by text'),
    clear: vscode.l10n.t('Clear filters'),
    timeline: vscode.l10n.t('Quotes per actor per day'),
    quotes: vscode.l10n.t('Quotes'),
    role: vscode.l10n.t('Role'),
    date: vscode.l10n.t('Date'),
    outlet: vscode.l10n.t('Outlet'),
    article: vscode.l10n.t('Article'),
    quote: vscode.l10n.t('Quote'),
    confidence: vscode.l10n.t('Confidence'),
    openQuote: vscode.l10n.t('Open the article at this quote'),
    // The page fills in the numbers: each placeholder is given itself, so a translation may reorder them.
    shown: vscode.l10n.t('{0} of {1} quotes', '{0}', '{1}'),
    firstRows: vscode.l10n.t('Showing the first {0}; filter to see the others.', '{0}'),
    noTimeline: vscode.l10n.t('No dated quotes with a speaker to show.'),
    timelineLabel: vscode.l10n.t('Quotes per actor per day, {0} actors over {1} days', '{0}', '{1}'),
    barOne: vscode.l10n.t('{0} · {1}: 1 quote', '{0}', '{1}'),
    barMany: vscode.l10n.t('{0} · {1}: {2} quotes', '{0}', '{1}', '{2}'),
  };
}

export class WhoSaidWhatPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private targets: { file: string; start: number; end: number }[] = [];
  private sub: { dispose(): void } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private revision = -1;
  /** The rows posted last, and the index revision they were made from. */
  private made: { revision: number; rows: WswRow[] } | undefined;
  /** Rows being made (in slices), and whether the corpus changed meanwhile. */
  private building = false;
  private again = false;

  constructor(private readonly extensionUri: vscode.Uri, private readonly service: CorpusService) {}

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(WSW_VIEW_TYPE, vscode.l10n.t('Who said what'), vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [media],
    });
    this.panel = panel;
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.sub?.dispose();
      this.sub = undefined;
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      this.made = undefined;
    });
    panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m));
    this.sub = this.service.onDidChange(() => this.schedule());
    this.render();
  }

  /**
   * The page's HTML, without rows: they are made in slices (a large corpus has ~100,000 quotes: not in one block of the
   * extension host) and posted to it, and posted again when the page reloads after being hidden ('ready').
   */
  private render(): void {
    const panel = this.panel;
    if (!panel) return;
    const webview = panel.webview;
    webview.html = buildWhoSaidWhatHtml({
      nonce: makeNonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'whoSaidWhat.js')).toString(),
      rows: [],
      status: corpusMessage(this.service, '') ?? '',
      strings: wswStrings(),
      lang: vscode.env.language,
    });
    this.revision = -1;
    void this.update();
  }

  /** The page (re)loaded: the rows made last when they are current, else new ones. */
  private sendRows(): void {
    const panel = this.panel;
    if (!panel) return;
    if (this.made && this.made.revision === this.service.index.revision && !this.building) {
      void panel.webview.postMessage({ type: 'rows', rows: this.made.rows, status: corpusMessage(this.service, '') ?? '' });
    } else {
      this.revision = -1;
      void this.update();
    }
  }

  /** Rows again after a change (at most every 500 ms while indexing). */
  private schedule(): void {
    if (this.timer || !this.panel) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, this.service.indexing ? 500 : 50);
  }

  /** Rows again, made in slices (a large corpus has ~100,000 quotes: the extension host is not held up by them). */
  private async update(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const index = this.service.index;
    if (this.revision === index.revision) {
      void panel.webview.postMessage({ type: 'status', status: corpusMessage(this.service, '') ?? '' });
      return;
    }
    if (this.building) {
      this.again = true;
      return;
    }
    this.building = true;
    try {
      // The index's actors built in slices first (the records name each quote's corpus speaker).
      await this.service.settle();
      if (this.panel !== panel) return;
      const revision = index.revision;
      // The files as they are now; an article that changes meanwhile is in the next update.
      const files = index.files();
      const records = (function* () {
        for (const f of files) yield* index.records(f);
      })();
      const made = await toRowsInSlices(records, () => this.panel !== panel);
      if (!made || this.panel !== panel) return;
      this.targets = made.targets;
      this.revision = revision;
      this.made = { revision, rows: made.rows };
      void panel.webview.postMessage({ type: 'rows', rows: made.rows, status: corpusMessage(this.service, '') ?? '' });
    } finally {
      this.building = false;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    }
  }

  private onMessage(m: unknown): void {
    if (!m || typeof m !== 'object') return;
    const msg = m as { type?: unknown; i?: unknown };
    if (msg.type === 'open' && typeof msg.i === 'number') {
      const t = this.targets[msg.i];
      if (t) void vscode.commands.executeCommand('seedReader.revealRange', t.file, t.start, t.end);
      else log(`who said what: no quote ${msg.i} to open (the table is out of date)`);
    } else if (msg.type === 'ready') {
      // The page (re)loaded after being hidden (it restores its filters and sort from its state): its rows again.
      this.sendRows();
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.sub?.dispose();
    if (this.timer) clearTimeout(this.timer);
  }
}
