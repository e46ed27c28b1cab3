// A .txt that is shaped like a seed (a headline, a YYYYMMDD date on line 2, text after it) but whose line 3 is not an
// http(s) URL (a dataset id, an empty line) is not switched to the seed language by detection. Instead the reader is
// asked once per file: "Open as Seed article", "Always for this folder" (remembered in workspaceState: later files of
// that folder open as seeds) or "Not now". `Seed Reader: Open as Seed Article` switches the active editor by hand.
import * as vscode from 'vscode';
import { looksLikeSeed, parseSeedDate } from '../engine/header';
import { SEED_LANGUAGE } from '../seedDetection';
import { CMD, STATE } from './ids';
import { detectSeedFiles } from './config';

/** The buttons of the offer, in the reader's language. */
export const OPEN_AS_SEED = (): string => vscode.l10n.t('Open as Seed article');
export const ALWAYS_FOR_FOLDER = (): string => vscode.l10n.t('Always for this folder');
export const NOT_NOW = (): string => vscode.l10n.t('Not now');
const ASKED_KEY = STATE.seedOfferAsked;
const FOLDERS_KEY = STATE.seedOfferFolders;

/**
 * True for a text shaped like a seed whose header is not a full seed header: line 1 a headline, line 2 a YYYYMMDD
 * date, line 3 anything but an http(s) URL (a full header is detection's job), and some text after line 3. Reads only
 * the first four lines, each capped. Pure.
 */
export function seedShapedWithoutUrl(head: string): boolean {
  const text = head.slice(0, 8192).replace(/^\uFEFF/, '');
  if (looksLikeSeed(text)) return false;
  const lines = text.split(/\r\n|\r|\n/, 5).map((l) => l.slice(0, 2048).trim());
  if (lines.length < 4) return false;
  const [title, date, , ...rest] = lines;
  if (!title || title.length < 8 || /^\d+$/.test(title)) return false;
  if (!parseSeedDate(date)) return false;
  return rest.some((l) => l.length >= 20);
}

function folderOf(uri: vscode.Uri): string {
  const s = uri.toString();
  return s.slice(0, s.lastIndexOf('/') + 1);
}

export class SeedOffer implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Documents asked about in this window (an answer is also kept in workspaceState). */
  private readonly pending = new Set<string>();

  constructor(private readonly state: vscode.Memento) {
    // Only documents the reader looks at (an editor shows them): a document opened in the background (an export of
    // the workspace, another extension) is never offered.
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((eds) => { for (const ed of eds) void this.consider(ed.document); }),
      vscode.commands.registerCommand(CMD.openAsSeed, (uri?: vscode.Uri) => this.openAsSeed(uri)),
    );
    for (const ed of vscode.window.visibleTextEditors) void this.consider(ed.document);
  }

  private alwaysFolders(): string[] {
    return this.state.get<string[]>(FOLDERS_KEY, []);
  }

  /** Offers (or, in an "always" folder, applies) the seed language to a seed-shaped plain-text document. */
  async consider(doc: vscode.TextDocument): Promise<string | undefined> {
    if (doc.languageId !== 'plaintext' || doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-settings') return undefined;
    if (!detectSeedFiles(doc)) return undefined;
    const head = doc.getText(new vscode.Range(0, 0, Math.min(4, doc.lineCount - 1), 2048));
    if (!seedShapedWithoutUrl(head)) return undefined;
    const key = doc.uri.toString();
    if (this.alwaysFolders().includes(folderOf(doc.uri))) {
      await vscode.languages.setTextDocumentLanguage(doc, SEED_LANGUAGE);
      return OPEN_AS_SEED();
    }
    const asked = this.state.get<string[]>(ASKED_KEY, []);
    if (asked.includes(key) || this.pending.has(key)) return undefined;
    this.pending.add(key);
    const name = doc.uri.path.split('/').pop() || vscode.l10n.t('This file');
    const [open, always, notNow] = [OPEN_AS_SEED(), ALWAYS_FOR_FOLDER(), NOT_NOW()];
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} looks like a seed article (a date on line 2), but its line 3 is not a URL. Open it as a Seed article?', name),
      open, always, notNow,
    );
    this.pending.delete(key);
    // Asked once: whatever the answer (even closing the notification), this file is not offered again.
    await this.state.update(ASKED_KEY, [...this.state.get<string[]>(ASKED_KEY, []).filter((k) => k !== key), key].slice(-500));
    if (answer === always) await this.state.update(FOLDERS_KEY, [...new Set([...this.alwaysFolders(), folderOf(doc.uri)])]);
    if ((answer === open || answer === always) && !doc.isClosed) {
      await vscode.languages.setTextDocumentLanguage(doc, SEED_LANGUAGE);
    }
    return answer;
  }

  /** `Seed Reader: Open as Seed Article`: the active (or given) document in the seed language. */
  async openAsSeed(uri?: vscode.Uri): Promise<boolean> {
    const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
    if (!doc) return false;
    if (doc.languageId !== SEED_LANGUAGE) await vscode.languages.setTextDocumentLanguage(doc, SEED_LANGUAGE);
    return true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerSeedOffer(context: vscode.ExtensionContext): SeedOffer {
  const offer = new SeedOffer(context.workspaceState);
  context.subscriptions.push(offer);
  return offer;
}
