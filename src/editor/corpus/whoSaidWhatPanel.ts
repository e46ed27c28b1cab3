// The Who said what panel: a thin provider around buildWhoSaidWhatHtml. The page keeps its filters and sort in its
// own state (vscode.setState) across hide/show; rows follow the corpus (posted again when it changes); a click on a
// quote asks the extension to open the article at the quote (only rows the extension sent can be opened).
import * as vscode from 'vscode';
import type { CorpusService } from './corpusService';
import { corpusMessage } from './corpusTree';
import { log } from './register';
import { buildWhoSaidWhatHtml, makeNonce, toRows, toRowsInSlices } from './whoSaidWhatHtml';

export const WSW_VIEW_TYPE = 'seedReader.whoSaidWhat';

export class WhoSaidWhatPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private targets: { file: string; start: number; end: number }[] = [];
  private sub: { dispose(): void } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private revision = -1;
  /** Index revision of the rows in the HTML (the page reloads from it after being hidden). */
  private htmlRevision = -1;
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
    const panel = vscode.window.createWebviewPanel(WSW_VIEW_TYPE, 'Who said what', vscode.ViewColumn.Active, {
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
    });
    panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m));
    this.sub = this.service.onDidChange(() => this.schedule());
    this.render();
  }

  /** The page's HTML with the current rows (also after the page was hidden: it reloads and restores its state). */
  private render(): void {
    const panel = this.panel;
    if (!panel) return;
    const { rows, targets } = toRows(this.service.index.records());
    this.targets = targets;
    this.revision = this.service.index.revision;
    this.htmlRevision = this.revision;
    const webview = panel.webview;
    webview.html = buildWhoSaidWhatHtml({
      nonce: makeNonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'whoSaidWhat.js')).toString(),
      rows,
      status: corpusMessage(this.service, '') ?? '',
    });
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
      // The page (re)loaded after being hidden, from the HTML it was given: when the corpus changed since, a fresh page
      // (it restores its filters and sort from its state).
      if (this.htmlRevision !== this.service.index.revision) this.render();
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.sub?.dispose();
    if (this.timer) clearTimeout(this.timer);
  }
}
