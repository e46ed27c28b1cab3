// The reader's corrections in the editor (issue 17): where they are written. Every correction goes through
// `CorrectionsStore.add` (then `write`): the sidecar (`<seed>.corrections.json`) is rewritten whole (one correction per
// line), the service re-applies it at once (no re-analysis), and the change is pushed on an undo stack:
// `Seed Reader: Undo Last Correction` (also Ctrl+Z in the seed editor right after a correction, while the seed's text
// is unchanged) restores the sidecar as it was. The commands that make corrections are in commands.ts.
import * as vscode from 'vscode';
import type { Actor, Analysis, Span } from '../../engine/types';
import {
  CORRECTIONS_SCHEMA, addCorrection, formatProblem, parseCorrections, serializeCorrections, type Correction, type CorrectionsFile,
} from '../../corrections';
import type { AnalysisService } from '../analysisService';
import { isSeedDocument } from '../../seedDetection';
import { baseName, correctionsEnabled, readSidecar, sidecarUriOf } from './sidecarFiles';
import { CONTEXT, VSCODE_CMD } from '../ids';
import { settingId } from '../config';
import { spanToRange } from '../editorUtil';
import { logError } from '../log';
import { writeText } from '../commands/exportWrite';

/** Context key: the active seed editor's last change was a correction (Ctrl+Z undoes it). */
export const CAN_UNDO_KEY = CONTEXT.canUndoCorrection;

export interface Target { document: vscode.TextDocument; analysis: Analysis; text: string }

interface UndoEntry { seed: string; sidecar: vscode.Uri; before: string | null; after: string | null; version: number; label: string }

export function isSpan(x: unknown): x is Span {
  return !!x && typeof x === 'object' && Number.isInteger((x as Span).start) && Number.isInteger((x as Span).end);
}

/** A tree node of the Actors & Claims view (only the fields used here). */
export interface NodeArg { type?: string; actor?: Actor; span?: Span; first?: Span }

export function isNode(x: unknown): x is NodeArg {
  return !!x && typeof x === 'object' && typeof (x as NodeArg).type === 'string';
}

export class CorrectionsStore implements vscode.Disposable {
  private readonly undoStack: UndoEntry[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(protected readonly service: AnalysisService) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && vscode.window.activeTextEditor?.document === e.document) this.updateContext();
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The seed document an argument names (a URI or its string), else the active seed editor's. */
  document(arg: unknown): vscode.TextDocument | undefined {
    const uri = typeof arg === 'string' ? arg : arg instanceof vscode.Uri || (arg && typeof arg === 'object' && 'scheme' in arg && 'path' in arg) ? String(arg) : undefined;
    if (uri) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      return doc && isSeedDocument(doc) ? doc : undefined;
    }
    const ed = vscode.window.activeTextEditor;
    return ed && isSeedDocument(ed.document) ? ed.document : undefined;
  }

  /** The document, its (corrected) analysis and the exact text it is of. */
  async target(arg: unknown): Promise<Target | undefined> {
    const document = this.document(arg);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: open a seed file to correct its analysis.'));
      return undefined;
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = document.version;
      const analysis = await this.service.get(document);
      if (!analysis) return undefined;
      const text = document.getText();
      if (document.version === version && analysis.length === text.length) return { document, analysis, text };
    }
    return undefined;
  }

  /** An offset from an argument (a number, a tree node), else the cursor of the document's editor. */
  offset(t: Target, arg: unknown): number | undefined {
    if (typeof arg === 'number' && Number.isInteger(arg) && arg >= 0 && arg <= t.text.length) return arg;
    if (isNode(arg)) {
      if (arg.span && isSpan(arg.span)) return arg.span.start;
      if (arg.first && isSpan(arg.first)) return arg.first.start;
    }
    const ed = vscode.window.activeTextEditor;
    if (ed && ed.document === t.document) return t.document.offsetAt(ed.selection.active);
    return undefined;
  }

  /** The current sidecar, parsed; undefined (and told) when it cannot be rewritten safely. */
  private async current(document: vscode.TextDocument): Promise<{ sidecar: vscode.Uri; json: string | null; file: CorrectionsFile | null } | undefined> {
    const sidecar = sidecarUriOf(document.uri);
    if (!sidecar) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: save the seed to a file first: its corrections are kept in a file beside it.'));
      return undefined;
    }
    let json: string | null;
    try {
      json = await readSidecar(sidecar);
    } catch (err) {
      logError(`reading ${sidecar.toString()}`, err);
      void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader: cannot read the corrections in {0}: {1}', baseName(sidecar), err instanceof Error ? err.message : String(err)));
      return undefined;
    }
    if (json === null) return { sidecar, json, file: null };
    const parsed = parseCorrections(json);
    if (parsed.problems.length) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'Seed Reader: {0} has a problem ({1}); fix it (or remove the entry with Seed Reader: Show Corrections) before adding a correction, so that nothing in it is lost.',
          baseName(sidecar), formatProblem(parsed.problems[0]),
        ),
      );
      return undefined;
    }
    return { sidecar, json, file: { schema: CORRECTIONS_SCHEMA, corrections: parsed.corrections } };
  }

  /** Adds a correction to the document's sidecar. */
  async add(document: vscode.TextDocument, correction: Correction, label: string): Promise<boolean> {
    const cur = await this.current(document);
    if (!cur) return false;
    const next = serializeCorrections(addCorrection(cur.file, correction));
    const ok = await this.write(document, cur.sidecar, cur.json, next, label);
    if (ok && !correctionsEnabled(document.uri)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: saved in {0}, but corrections are off ({1}), so the editor does not show it.', baseName(cur.sidecar), settingId('corrections.enabled')));
    }
    return ok;
  }

  /** Removes the entry at `index` of the sidecar (valid or not). */
  async remove(document: vscode.TextDocument, index: number): Promise<boolean> {
    const sidecar = sidecarUriOf(document.uri);
    if (!sidecar) return false;
    let json: string | null;
    try {
      json = await readSidecar(sidecar);
    } catch {
      return false;
    }
    if (json === null) return false;
    let value: { corrections?: unknown[] };
    try {
      value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
    } catch {
      void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader: {0} is not valid JSON; edit it by hand.', baseName(sidecar)));
      return false;
    }
    if (!value || !Array.isArray(value.corrections) || index < 0 || index >= value.corrections.length) return false;
    value.corrections.splice(index, 1);
    const parsed = parseCorrections(JSON.stringify(value));
    const next = parsed.problems.length ? `${JSON.stringify(value, null, 2)}\n` : serializeCorrections(parsed);
    return this.write(document, sidecar, json, next, vscode.l10n.t('removed correction {0}', index));
  }

  /** Undoes the last correction of the document (or of the active seed editor). */
  async undo(arg?: unknown): Promise<boolean> {
    const doc = this.document(arg);
    const at = doc ? this.lastIndexFor(doc) : this.undoStack.length - 1;
    const entry = at >= 0 ? this.undoStack[at] : undefined;
    if (!entry) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: no correction to undo in this session. Seed Reader: Show Corrections lists them all, and removes one.'));
      return false;
    }
    let now: string | null | undefined;
    try {
      now = await readSidecar(entry.sidecar);
    } catch {
      now = undefined; // unreadable: not what the correction wrote
    }
    if (now !== entry.after) {
      this.undoStack.splice(at, 1);
      this.updateContext();
      void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: {0} changed since that correction; remove corrections with Seed Reader: Show Corrections.', baseName(entry.sidecar)));
      return false;
    }
    await this.writeRaw(entry.sidecar, entry.before);
    this.service.setSidecarText(entry.sidecar, entry.before);
    this.undoStack.splice(at, 1);
    this.updateContext();
    vscode.window.setStatusBarMessage(vscode.l10n.t('Seed Reader: undone: {0}', entry.label), 4000);
    return true;
  }

  private lastIndexFor(doc: vscode.TextDocument): number {
    for (let i = this.undoStack.length - 1; i >= 0; i--) if (this.undoStack[i].seed === doc.uri.toString()) return i;
    return -1;
  }

  private updateContext(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const i = doc ? this.lastIndexFor(doc) : -1;
    const can = !!doc && i >= 0 && this.undoStack[i].version === doc.version;
    void Promise.resolve(vscode.commands.executeCommand(VSCODE_CMD.setContext, CAN_UNDO_KEY, can)).then(undefined, () => undefined);
  }

  private async write(document: vscode.TextDocument, sidecar: vscode.Uri, before: string | null, after: string, label: string): Promise<boolean> {
    try {
      await this.writeRaw(sidecar, after);
    } catch (err) {
      logError(`writing ${sidecar.toString()}`, err);
      void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader: cannot write {0}: {1}', baseName(sidecar), err instanceof Error ? err.message : String(err)));
      return false;
    }
    this.service.setSidecarText(sidecar, after);
    this.undoStack.push({ seed: document.uri.toString(), sidecar, before, after, version: document.version, label });
    if (this.undoStack.length > 100) this.undoStack.shift();
    this.updateContext();
    vscode.window.setStatusBarMessage(vscode.l10n.t('Seed Reader: {0} (saved in {1}; Ctrl+Z or Seed Reader: Undo Last Correction undoes it)', label, baseName(sidecar)), 6000);
    return true;
  }

  /** Writes (null: deletes) the sidecar: through its open document when it is open (then saved), else the file. */
  private async writeRaw(sidecar: vscode.Uri, text: string | null): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === sidecar.toString() && !d.isClosed);
    if (open && vscode.WorkspaceEdit && vscode.workspace.applyEdit) {
      const edit = new vscode.WorkspaceEdit();
      const whole = spanToRange(open, { start: 0, end: open.getText().length });
      edit.replace(sidecar, whole, text ?? serializeCorrections({ corrections: [] }));
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('the edit was refused'));
      await open.save();
      return;
    }
    if (text === null) {
      try {
        await vscode.workspace.fs.delete(sidecar);
      } catch {
        // already gone
      }
      return;
    }
    // Atomic (a temporary file renamed over the sidecar): a crash or a full disk never leaves half a file.
    await writeText(sidecar, text);
  }
}
