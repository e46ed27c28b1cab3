// The reader's corrections in the editor (issue 17): the commands that write the sidecar (`<seed>.corrections.json`),
// reached from the Quick Fix menu (codeActions.ts), hover links, the Actors & Claims context menu and the palette.
// Every correction goes through `CorrectionsEditor.write`: the sidecar is rewritten whole (one correction per line),
// the service re-applies it at once (no re-analysis), and the change is pushed on an undo stack:
// `Seed Reader: Undo Last Correction` (also Ctrl+Z in the seed editor right after a correction, while the seed's text
// is unchanged) restores the sidecar as it was.
import * as vscode from 'vscode';
import type { Actor, Analysis, Span } from '../../engine/types';
import {
  CORRECTIONS_SCHEMA, addCorrection, correctEntityType, correctSpeaker, describeTarget, formatProblem, formatResult,
  isCorrected, markNotEntity, markNotQuote, markQuote, mergeActors, parseCorrections, renameActor, serializeCorrections,
  splitActor, type Correction, type CorrectionsFile,
} from '../../corrections';
import type { AnalysisService } from '../analysisService';
import { actorMentions, excerpt, indexOf, quoteAt, spanIndexAt } from '../model';
import { isSeedDocument } from '../../seedDetection';
import { baseName, correctionsEnabled, readSidecar, sidecarUriOf } from './sidecarFiles';

export const CORRECTION_COMMANDS = {
  correctSpeaker: 'seedReader.correctSpeaker',
  markNotQuote: 'seedReader.markNotQuote',
  markQuote: 'seedReader.markQuote',
  correctEntityType: 'seedReader.correctEntityType',
  markNotEntity: 'seedReader.markNotEntity',
  mergeActors: 'seedReader.mergeActors',
  splitActor: 'seedReader.splitActor',
  renameActor: 'seedReader.renameActor',
  showCorrections: 'seedReader.showCorrections',
  undoCorrection: 'seedReader.undoCorrection',
} as const;

/** Context key: the active seed editor's last change was a correction (Ctrl+Z undoes it). */
export const CAN_UNDO_KEY = 'seedReader.canUndoCorrection';

export const ENTITY_TYPES = ['person', 'organization', 'place', 'group', 'date', 'money', 'percent'] as const;

interface Target { document: vscode.TextDocument; analysis: Analysis; text: string }

interface UndoEntry { seed: string; sidecar: vscode.Uri; before: string | null; after: string | null; version: number; label: string }

function isSpan(x: unknown): x is Span {
  return !!x && typeof x === 'object' && Number.isInteger((x as Span).start) && Number.isInteger((x as Span).end);
}

/** A tree node of the Actors & Claims view (only the fields used here). */
interface NodeArg { type?: string; actor?: Actor; span?: Span; first?: Span }

function isNode(x: unknown): x is NodeArg {
  return !!x && typeof x === 'object' && typeof (x as NodeArg).type === 'string';
}

export class CorrectionsEditor implements vscode.Disposable {
  private readonly undoStack: UndoEntry[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService) {
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
      void vscode.window.showInformationMessage('Seed Reader: open a seed file to correct its analysis.');
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
      void vscode.window.showWarningMessage('Seed Reader: save the seed to a file first: its corrections are kept in a file beside it.');
      return undefined;
    }
    let json: string | null;
    try {
      json = await readSidecar(sidecar);
    } catch (err) {
      void vscode.window.showErrorMessage(`Seed Reader: cannot read the corrections in ${baseName(sidecar)}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    if (json === null) return { sidecar, json, file: null };
    const parsed = parseCorrections(json);
    if (parsed.problems.length) {
      void vscode.window.showErrorMessage(
        `Seed Reader: ${baseName(sidecar)} has a problem (${formatProblem(parsed.problems[0])}); fix it (or remove the entry with Seed Reader: Show Corrections) before adding a correction, so that nothing in it is lost.`,
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
      void vscode.window.showInformationMessage(`Seed Reader: saved in ${baseName(cur.sidecar)}, but corrections are off (seedReader.corrections.enabled), so the editor does not show it.`);
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
      void vscode.window.showErrorMessage(`Seed Reader: ${baseName(sidecar)} is not valid JSON; edit it by hand.`);
      return false;
    }
    if (!value || !Array.isArray(value.corrections) || index < 0 || index >= value.corrections.length) return false;
    value.corrections.splice(index, 1);
    const parsed = parseCorrections(JSON.stringify(value));
    const next = parsed.problems.length ? `${JSON.stringify(value, null, 2)}\n` : serializeCorrections(parsed);
    return this.write(document, sidecar, json, next, `removed correction ${index}`);
  }

  /** Undoes the last correction of the document (or of the active seed editor). */
  async undo(arg?: unknown): Promise<boolean> {
    const doc = this.document(arg);
    const at = doc ? this.lastIndexFor(doc) : this.undoStack.length - 1;
    const entry = at >= 0 ? this.undoStack[at] : undefined;
    if (!entry) {
      void vscode.window.showInformationMessage('Seed Reader: no correction to undo in this session. Seed Reader: Show Corrections lists them all, and removes one.');
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
      void vscode.window.showWarningMessage(`Seed Reader: ${baseName(entry.sidecar)} changed since that correction; remove corrections with Seed Reader: Show Corrections.`);
      return false;
    }
    await this.writeRaw(entry.sidecar, entry.before);
    this.service.setSidecarText(entry.sidecar, entry.before);
    this.undoStack.splice(at, 1);
    this.updateContext();
    vscode.window.setStatusBarMessage(`Seed Reader: undone: ${entry.label}`, 4000);
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
    void Promise.resolve(vscode.commands.executeCommand('setContext', CAN_UNDO_KEY, can)).then(undefined, () => undefined);
  }

  private async write(document: vscode.TextDocument, sidecar: vscode.Uri, before: string | null, after: string, label: string): Promise<boolean> {
    try {
      await this.writeRaw(sidecar, after);
    } catch (err) {
      void vscode.window.showErrorMessage(`Seed Reader: cannot write ${baseName(sidecar)}: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
    this.service.setSidecarText(sidecar, after);
    this.undoStack.push({ seed: document.uri.toString(), sidecar, before, after, version: document.version, label });
    if (this.undoStack.length > 100) this.undoStack.shift();
    this.updateContext();
    vscode.window.setStatusBarMessage(`Seed Reader: ${label} (saved in ${baseName(sidecar)}; Ctrl+Z or Seed Reader: Undo Last Correction undoes it)`, 6000);
    return true;
  }

  /** Writes (null: deletes) the sidecar: through its open document when it is open (then saved), else the file. */
  private async writeRaw(sidecar: vscode.Uri, text: string | null): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === sidecar.toString() && !d.isClosed);
    if (open && vscode.WorkspaceEdit && vscode.workspace.applyEdit) {
      const edit = new vscode.WorkspaceEdit();
      const whole = new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length));
      edit.replace(sidecar, whole, text ?? serializeCorrections({ corrections: [] }));
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the edit was refused');
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
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(text));
  }

  // ------------------------------------------------------------ the commands

  async correctSpeaker(uriArg?: unknown, offsetArg?: unknown, speakerArg?: unknown): Promise<boolean> {
    const t = await this.target(isNode(uriArg) ? undefined : uriArg);
    if (!t) return false;
    const offset = this.offset(t, isNode(uriArg) ? uriArg : offsetArg);
    const quote = offset === undefined ? undefined : quoteAt(t.analysis, offset);
    if (!quote) {
      void vscode.window.showInformationMessage('Seed Reader: put the cursor in a quote to change its speaker.');
      return false;
    }
    const current = quote.speaker ? indexOf(t.analysis).actorsById.get(quote.speaker) : undefined;
    const speaker = speakerArg === null || typeof speakerArg === 'string'
      ? speakerArg
      : await pickSpeaker(t.analysis, current, `Who said “${excerpt(quote.text, 50)}”?`, 'Unknown speaker');
    if (speaker === undefined || (typeof speaker === 'string' && !speaker.trim())) return false;
    return this.add(t.document, correctSpeaker(t.text, quote, speaker), `speaker of “${excerpt(quote.text, 30)}”: ${speaker ?? 'unknown'}`);
  }

  async markNotQuote(uriArg?: unknown, offsetArg?: unknown): Promise<boolean> {
    const t = await this.target(isNode(uriArg) ? undefined : uriArg);
    if (!t) return false;
    const offset = this.offset(t, isNode(uriArg) ? uriArg : offsetArg);
    const quote = offset === undefined ? undefined : quoteAt(t.analysis, offset);
    if (!quote) {
      void vscode.window.showInformationMessage('Seed Reader: put the cursor in a highlighted quote to mark it as not a quote.');
      return false;
    }
    return this.add(t.document, markNotQuote(t.text, quote), `“${excerpt(quote.text, 30)}” is not a quote`);
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
      void vscode.window.showInformationMessage('Seed Reader: select the words that are a quote first.');
      return false;
    }
    const speaker = speakerArg === null || typeof speakerArg === 'string'
      ? speakerArg
      : await pickSpeaker(t.analysis, undefined, `Who said “${excerpt(t.text.slice(span.start, span.end), 50)}”?`, 'No speaker (unknown)');
    if (speaker === undefined) return false;
    return this.add(t.document, markQuote(t.text, span, speaker), `marked “${excerpt(t.text.slice(span.start, span.end), 30)}” as a quote`);
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
      void vscode.window.showInformationMessage('Seed Reader: put the cursor on a highlighted name to change its type.');
      return false;
    }
    let type = typeof typeArg === 'string' && typeArg.trim() ? typeArg.trim().toLowerCase() : undefined;
    if (!type) {
      const picked = await vscode.window.showQuickPick(
        ENTITY_TYPES.map((x) => ({ label: x, description: x === e.type ? 'current' : undefined })),
        { title: `Seed Reader: what is “${excerpt(e.text, 40)}”?`, placeHolder: 'The type of this name' },
      );
      type = picked?.label;
    }
    if (!type) return false;
    return this.add(t.document, correctEntityType(t.text, e.span, type), `“${excerpt(e.text, 30)}” is a ${type}`);
  }

  async markNotEntity(uriArg?: unknown, offsetArg?: unknown): Promise<boolean> {
    const t = await this.target(isNode(uriArg) ? undefined : uriArg);
    if (!t) return false;
    const offset = this.offset(t, isNode(uriArg) ? uriArg : offsetArg);
    const e = offset === undefined ? undefined : this.entityAt(t, offset);
    if (!e) {
      void vscode.window.showInformationMessage('Seed Reader: put the cursor on a highlighted name to mark it as not a name.');
      return false;
    }
    return this.add(t.document, markNotEntity(t.text, e.span), `“${excerpt(e.text, 30)}” is not a name`);
  }

  /** The actor an argument names (a tree node, an actor id or name), else the one mentioned at the cursor/offset. */
  private actorOf(t: Target, arg: unknown, offsetArg?: unknown): Actor | undefined {
    if (isNode(arg) && arg.actor) return t.analysis.actors.find((a) => a.id === arg.actor!.id || a.name === arg.actor!.name);
    if (typeof arg === 'string') {
      const lower = arg.toLowerCase();
      const hit = t.analysis.actors.find((a) => a.id === arg) ?? t.analysis.actors.find((a) => a.name.toLowerCase() === lower || a.aliases.some((x) => x.toLowerCase() === lower));
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
    if (!actor) void vscode.window.showInformationMessage('Seed Reader: put the cursor on a name of the actor (or use the Actors & Claims view).');
    return actor ? { t, actor } : undefined;
  }

  async renameActor(a?: unknown, b?: unknown, nameArg?: unknown): Promise<boolean> {
    const found = await this.actorTarget(a, b);
    if (!found) return false;
    const { t, actor } = found;
    const name = typeof nameArg === 'string' ? nameArg : await vscode.window.showInputBox({
      title: `Seed Reader: rename ${actor.name}`, prompt: 'The actor\'s name as the reader should see it (the old one stays an alias)', value: actor.name,
      validateInput: (v) => (v.trim() ? undefined : 'A name is needed'),
    });
    if (!name || !name.trim() || name.trim() === actor.name) return false;
    return this.add(t.document, renameActor(actor.name, name.trim()), `renamed ${actor.name} to ${name.trim()}`);
  }

  async mergeActors(a?: unknown, b?: unknown, othersArg?: unknown, nameArg?: unknown): Promise<boolean> {
    const found = await this.actorTarget(a, b);
    if (!found) return false;
    const { t, actor } = found;
    let others: string[] | undefined = Array.isArray(othersArg) && othersArg.every((x) => typeof x === 'string') ? othersArg as string[] : undefined;
    if (!others) {
      const picked = await vscode.window.showQuickPick(
        t.analysis.actors.filter((x) => x.id !== actor.id).map((x) => ({ label: x.name, description: x.type, detail: x.aliases.length ? `also: ${x.aliases.join(' · ')}` : undefined })),
        { title: `Seed Reader: merge ${actor.name} with…`, placeHolder: 'The actors that are the same as this one', canPickMany: true },
      );
      others = picked?.map((p) => p.label);
    }
    if (!others || !others.length) return false;
    let name = typeof nameArg === 'string' ? nameArg : undefined;
    if (!name) {
      const picked = await vscode.window.showQuickPick([actor.name, ...others].map((label) => ({ label })), { title: 'Seed Reader: the merged actor\'s name' });
      name = picked?.label;
    }
    if (!name) return false;
    return this.add(t.document, mergeActors([actor.name, ...others], name), `merged ${[actor.name, ...others].join(', ')} as ${name}`);
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
        label: t.text.slice(m.start, m.end), description: `line ${t.document.positionAt(m.start).line + 1}`,
        detail: excerpt(t.text.slice(Math.max(0, m.start - 40), Math.min(t.text.length, m.end + 40)), 90),
        picked: cursor !== undefined && m.start <= cursor && cursor <= m.end, span: m,
      }));
      const picked = await vscode.window.showQuickPick(items, { title: `Seed Reader: which mentions of ${actor.name} are someone else?`, canPickMany: true });
      spans = picked?.map((p) => p.span);
    }
    if (!spans || !spans.length) return false;
    const name = typeof nameArg === 'string' ? nameArg : await vscode.window.showInputBox({
      title: 'Seed Reader: who is it?', prompt: 'The name of the other actor (existing or new)', value: t.text.slice(spans[0].start, spans[0].end),
      validateInput: (v) => (v.trim() ? undefined : 'A name is needed'),
    });
    if (!name || !name.trim()) return false;
    return this.add(t.document, splitActor(t.text, actor.name, spans, name.trim()), `split ${spans.length} mention(s) of ${actor.name} into ${name.trim()}`);
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
      void vscode.window.showInformationMessage(`Seed Reader: no corrections for ${baseName(t.document.uri)} (${baseName(sidecar)} ${json === null ? 'does not exist' : 'is empty'}). Correct a quote or a name with its Quick Fix (Ctrl+.).`);
      return;
    }
    const enabled = correctionsEnabled(t.document.uri);
    const picked = await vscode.window.showQuickPick(items, {
      title: `Seed Reader: corrections of ${baseName(t.document.uri)}${enabled ? '' : ' (not applied: seedReader.corrections.enabled is off)'}`,
      placeHolder: 'Pick a correction to go to it or remove it',
      matchOnDescription: true, matchOnDetail: true,
    });
    if (!picked) return;
    const actions = [
      ...(picked.span ? [{ label: '$(go-to-file) Go to it', id: 'reveal' }] : []),
      { label: '$(trash) Remove this correction', id: 'remove' },
    ];
    const action = await vscode.window.showQuickPick(actions, { title: picked.label });
    if (action?.id === 'remove') await this.remove(t.document, picked.index);
    else if (action?.id === 'reveal' && picked.span) {
      await vscode.commands.executeCommand('seedReader.revealRange', t.document.uri.toString(), picked.span.start, picked.span.end);
    }
  }
}

export interface CorrectionItem extends vscode.QuickPickItem { index: number; status: string; span?: Span }

const OP_LABELS: Record<string, string> = {
  speaker: 'speaker', notQuote: 'not a quote', quote: 'quote', entityType: 'entity type', notEntity: 'not a name',
  mergeActors: 'merge', splitActor: 'split', renameActor: 'rename',
};

/** One quick-pick item per entry of the sidecar, with its status; orphans and invalid entries say so. */
export function correctionItems(json: string | null, results: readonly { index: number; status: string; message: string; span?: Span }[] | undefined): CorrectionItem[] {
  if (json === null) return [];
  const parsed = parseCorrections(json);
  const items: CorrectionItem[] = [];
  for (const p of parsed.problems) {
    if (p.index === null) items.push({ index: -1, status: 'invalid', label: `$(error) ${p.message}`, description: 'the whole file' });
  }
  const byIndex = new Map((results ?? []).map((r) => [r.index, r]));
  const problems = new Map(parsed.problems.filter((p) => p.index !== null).map((p) => [p.index as number, p]));
  const total = Math.max(-1, ...parsed.indices, ...problems.keys()) + 1;
  for (let i = 0; i < total; i++) {
    const problem = problems.get(i);
    if (problem) {
      items.push({ index: i, status: 'invalid', label: `$(error) entry ${i}: invalid`, description: problem.message });
      continue;
    }
    const k = parsed.indices.indexOf(i);
    if (k < 0) continue;
    const c = parsed.corrections[k];
    const r = byIndex.get(i);
    const status = r?.status ?? 'not applied';
    const icon = status === 'orphaned' ? '$(warning)' : status === 'applied' ? '$(check)' : '$(circle-outline)';
    items.push({
      index: i, status, span: r?.span,
      label: `${icon} ${OP_LABELS[c.op] ?? c.op}: ${describe(c)}`,
      description: status === 'orphaned' ? 'orphaned (its text is no longer in the seed)' : status,
      detail: r ? (r.status === 'orphaned' ? formatResult(r as Parameters<typeof formatResult>[0], c) : r.message) : undefined,
    });
  }
  return items;
}

function describe(c: Correction): string {
  switch (c.op) {
    case 'speaker': return `${describeTarget(c.target)} → ${c.speaker ?? 'unknown speaker'}`;
    case 'quote': return `${describeTarget(c.target)}${c.speaker !== undefined ? ` → ${c.speaker ?? 'unknown speaker'}` : ''}`;
    case 'notQuote': case 'notEntity': return describeTarget(c.target);
    case 'entityType': return `${describeTarget(c.target)} → ${c.type}`;
    case 'mergeActors': return `${c.actors.join(' + ')}${c.name ? ` → ${c.name}` : ''}`;
    case 'splitActor': return `${c.mentions.length} mention(s) of ${c.actor} → ${c.name}`;
    case 'renameActor': return `${c.actor} → ${c.name}`;
  }
}

/** Quick pick of a speaker: the document's actors, someone else (typed), or none. Undefined: cancelled. */
async function pickSpeaker(analysis: Analysis, current: Actor | undefined, title: string, noneLabel: string): Promise<string | null | undefined> {
  type Item = vscode.QuickPickItem & { value: string | null | 'new' };
  const actors = [...analysis.actors].sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  const items: Item[] = [
    ...actors.map((a): Item => ({
      label: a.name,
      description: [a.type === 'collective' ? 'unnamed source' : a.type, a.quotes.length ? `${a.quotes.length} quote(s)` : null, a.id === current?.id ? 'current speaker' : null, isCorrected(a) ? 'corrected' : null].filter(Boolean).join(' · '),
      detail: a.role ?? undefined,
      value: a.name,
    })),
    { label: '$(add) Someone else…', description: 'type a name', value: 'new', alwaysShow: true },
    { label: `$(question) ${noneLabel}`, value: null, alwaysShow: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Seed Reader: ${title}`, placeHolder: 'The speaker', matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.value !== 'new') return picked.value;
  const typed = await vscode.window.showInputBox({ title: `Seed Reader: ${title}`, prompt: 'The speaker\'s name', validateInput: (v) => (v.trim() ? undefined : 'A name is needed') });
  return typed && typed.trim() ? typed.trim() : undefined;
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
