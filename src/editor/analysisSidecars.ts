// The reader's corrections as the analysis service applies them: each sidecar's text (read once, then kept up to date
// from its editor, the file watcher and Seed Reader's own writes), applied to a document's analysis, and its problems
// told once per change of its text.
import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import { applySidecarText, formatResult, type SidecarApplied } from '../corrections';
import { SidecarReadError, baseName, correctionsEnabled, readSidecar, sidecarUriOf } from './corrections/sidecarFiles';

/** The reader's corrections applied to a document's analysis (see `AnalysisService.correctionsOf`). */
export interface AppliedCorrections {
  sidecar: vscode.Uri;
  /** The sidecar's text (null: there is no sidecar). */
  json: string | null;
  /** Why the sidecar could not be read, if it could not. */
  readError?: string;
  outcome: SidecarApplied;
  /** The document version the outcome is for. */
  version: number;
}

type Loaded = { json: string | null; error?: string };

export class SidecarTexts implements vscode.Disposable {
  /** Sidecar texts by sidecar URI (null: no sidecar), and loads in progress. */
  private readonly texts = new Map<string, Loaded>();
  private readonly loads = new Map<string, Promise<void>>();
  /** Per sidecar: bumped by every change, so that an older read never overwrites a newer text. */
  private readonly gen = new Map<string, number>();
  /** Per sidecar: the text (or read error) whose problems were last told, so each change is told once. */
  private readonly told = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly log: (line: string) => void) {}

  /** Forgets the sidecar's text: it is read again on the next load. */
  drop(sidecar: string): void {
    this.gen.set(sidecar, (this.gen.get(sidecar) ?? 0) + 1);
    this.texts.delete(sidecar);
    this.loads.delete(sidecar);
  }

  /** Sets the sidecar's text (Seed Reader wrote it; null: deleted); true when it changed. */
  set(sidecar: vscode.Uri, json: string | null): boolean {
    const k = sidecar.toString();
    const before = this.texts.get(k);
    this.gen.set(k, (this.gen.get(k) ?? 0) + 1); // a read in flight is older than this
    this.loads.delete(k);
    this.texts.set(k, { json });
    return !before || before.json !== json || !!before.error;
  }

  /** Reads the sidecar again; true when its text (or read error) changed, or `force`. */
  async reread(sidecar: vscode.Uri, force = false): Promise<boolean> {
    const k = sidecar.toString();
    const gen = (this.gen.get(k) ?? 0) + 1;
    this.gen.set(k, gen);
    this.loads.delete(k);
    // The old text stays in use until the new one is read (an analysis published meanwhile is still corrected).
    let after: Loaded;
    try {
      after = { json: await readSidecar(sidecar) };
    } catch (err) {
      after = { json: null, error: err instanceof SidecarReadError ? err.message : String(err) };
    }
    if (this.gen.get(k) !== gen) return false; // a newer change is on its way
    const before = this.texts.get(k);
    this.texts.set(k, after);
    return force || !before || before.json !== after.json || before.error !== after.error;
  }

  /** Calls `changed` a moment after the last of a burst of edits of the sidecar's editor. */
  debounce(sidecar: vscode.Uri, changed: () => void): void {
    const k = sidecar.toString();
    clearTimeout(this.timers.get(k));
    this.timers.set(k, setTimeout(() => {
      this.timers.delete(k);
      changed();
    }, 150));
  }

  /** Loads the sidecar of a seed document (when corrections apply to it). */
  async load(document: vscode.TextDocument): Promise<void> {
    const uri = sidecarUriOf(document.uri);
    if (uri && correctionsEnabled(document.uri)) await this.loadUri(uri);
  }

  private loadUri(uri: vscode.Uri): Promise<void> {
    const k = uri.toString();
    if (this.texts.has(k)) return Promise.resolve();
    let load = this.loads.get(k);
    if (!load) {
      load = readSidecar(uri).then(
        (json) => { if (this.loads.get(k) === load && !this.texts.has(k)) this.texts.set(k, { json }); },
        (err) => {
          if (this.loads.get(k) !== load || this.texts.has(k)) return;
          this.texts.set(k, { json: null, error: err instanceof SidecarReadError ? err.message : String(err) });
        },
      ).finally(() => { if (this.loads.get(k) === load) this.loads.delete(k); });
      this.loads.set(k, load);
    }
    return load;
  }

  /**
   * The analysis with the document's sidecar applied (the sidecar's text must be loaded; else `raw` as it is), and
   * what was applied (undefined: no corrections apply; null: not known yet).
   */
  correct(document: vscode.TextDocument, raw: Analysis, text: string, version: number, full: boolean): { analysis: Analysis; applied: AppliedCorrections | undefined | null } {
    const sidecar = sidecarUriOf(document.uri);
    if (!sidecar || !correctionsEnabled(document.uri)) return { analysis: raw, applied: undefined };
    const loaded = this.texts.get(sidecar.toString());
    if (!loaded) return { analysis: raw, applied: null };
    let outcome: SidecarApplied;
    try {
      outcome = applySidecarText(raw, text, loaded.json);
    } catch (err) {
      // The core never throws; should it, the engine's analysis still shows.
      this.log(`applying ${sidecar.toString()} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return { analysis: raw, applied: null };
    }
    if (!full) return { analysis: outcome.analysis, applied: null };
    this.tellProblems(sidecar, loaded, outcome);
    return { analysis: outcome.analysis, applied: { sidecar, json: loaded.json, readError: loaded.error, outcome, version } };
  }

  /** Problems of a sidecar: logged, and told once per change of its text (not while it is being typed unsaved). */
  private tellProblems(sidecar: vscode.Uri, loaded: Loaded, outcome: SidecarApplied): void {
    const k = sidecar.toString();
    const stamp = loaded.error !== undefined ? `error:${loaded.error}` : `json:${loaded.json ?? ''}`;
    if (this.told.get(k) === stamp) return;
    this.told.set(k, stamp);
    const name = baseName(sidecar);
    if (loaded.error !== undefined) {
      this.log(`${k}: cannot read the corrections: ${loaded.error}`);
      void Promise.resolve(vscode.window.showWarningMessage(`Seed Reader: cannot read the corrections in ${name}: ${loaded.error}. The analysis shows without them.`)).then(undefined, () => undefined);
      return;
    }
    for (const p of outcome.problems) this.log(`${k}: ${p.message}${p.index === null ? '' : '; skipped (the other corrections still apply)'}`);
    outcome.results.forEach((r, i) => {
      if (r.status === 'orphaned') this.log(`${k}: ${formatResult(r, outcome.corrections[i])}`);
    });
    if (!outcome.problems.length) return;
    const dirty = vscode.workspace.textDocuments?.some((d) => d.uri.toString() === k && d.isDirty);
    if (dirty) return; // being edited: told when saved
    const first = outcome.problems[0];
    const more = outcome.problems.length > 1 ? ` (and ${outcome.problems.length - 1} more: see the Seed Reader output)` : '';
    const rest = first.index === null ? '' : ' That entry is skipped; the other corrections still apply.';
    void Promise.resolve(vscode.window.showWarningMessage(`Seed Reader: ${name}: ${first.message}.${rest}${more}`)).then(undefined, () => undefined);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
