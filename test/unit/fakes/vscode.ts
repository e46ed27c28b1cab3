// A small, faithful-enough fake of the parts of the VS Code API the editor adapters use. Loaded in
// place of `vscode` by ./register (mocha --require). Registries record what was registered or called
// so tests can drive providers and commands and inspect decorations, tree views and status items.
/* eslint-disable @typescript-eslint/no-explicit-any */

// ---------------------------------------------------------------- basic types

export class Position {
  constructor(readonly line: number, readonly character: number) {
    if (line < 0 || character < 0) throw new Error(`Illegal position ${line}:${character}`);
  }
  compareTo(o: Position): number {
    return this.line - o.line || this.character - o.character;
  }
  isBefore(o: Position): boolean { return this.compareTo(o) < 0; }
  isBeforeOrEqual(o: Position): boolean { return this.compareTo(o) <= 0; }
  isAfter(o: Position): boolean { return this.compareTo(o) > 0; }
  isAfterOrEqual(o: Position): boolean { return this.compareTo(o) >= 0; }
  isEqual(o: Position): boolean { return this.compareTo(o) === 0; }
  translate(dl = 0, dc = 0): Position { return new Position(this.line + dl, this.character + dc); }
  with(line = this.line, character = this.character): Position { return new Position(line, character); }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    const p1 = typeof a === 'number' ? new Position(a, b as number) : a;
    const p2 = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
    [this.start, this.end] = p1.isBeforeOrEqual(p2) ? [p1, p2] : [p2, p1];
  }
  get isEmpty(): boolean { return this.start.isEqual(this.end); }
  get isSingleLine(): boolean { return this.start.line === this.end.line; }
  contains(x: Position | Range): boolean {
    if (x instanceof Range) return this.contains(x.start) && this.contains(x.end);
    return x.isAfterOrEqual(this.start) && x.isBeforeOrEqual(this.end);
  }
  isEqual(o: Range): boolean { return this.start.isEqual(o.start) && this.end.isEqual(o.end); }
  with(start = this.start, end = this.end): Range { return new Range(start, end); }
}

export class Selection extends Range {
  readonly anchor: Position;
  readonly active: Position;
  constructor(anchor: Position, active: Position) {
    super(anchor, active);
    this.anchor = anchor;
    this.active = active;
  }
  get isReversed(): boolean { return this.anchor.isAfter(this.active); }
}

export class Uri {
  private constructor(readonly scheme: string, readonly authority: string, readonly path: string, readonly query = '', readonly fragment = '') {}
  static parse(value: string): Uri {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (!m) throw new Error(`Bad URI ${value}`);
    return new Uri(m[1], m[2] ?? '', decodeURIComponent(m[3]), m[4] ?? '', m[5] ?? '');
  }
  static file(path: string): Uri { return new Uri('file', '', path.startsWith('/') ? path : `/${path}`); }
  get fsPath(): string { return this.path; }
  toString(): string {
    const q = this.query ? `?${this.query}` : '';
    const f = this.fragment ? `#${this.fragment}` : '';
    return `${this.scheme}://${this.authority}${encodeURI(this.path)}${q}${f}`;
  }
  with(change: { scheme?: string; path?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, this.authority, change.path ?? this.path, this.query, this.fragment);
  }
}

export class MarkdownString {
  isTrusted?: boolean | { enabledCommands: readonly string[] };
  supportHtml = false;
  constructor(public value = '', public supportThemeIcons = false) {}
  appendText(text: string): this {
    this.value += text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\n/g, '  \n');
    return this;
  }
  appendMarkdown(md: string): this {
    this.value += md;
    return this;
  }
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class ThemeIcon {
  constructor(readonly id: string, readonly color?: ThemeColor) {}
}

export enum SymbolKind {
  File = 0, Module = 1, Namespace = 2, Package = 3, Class = 4, Method = 5, Property = 6, Field = 7, Constructor = 8,
  Enum = 9, Interface = 10, Function = 11, Variable = 12, Constant = 13, String = 14, Number = 15, Boolean = 16,
  Array = 17, Object = 18, Key = 19, Null = 20, EnumMember = 21, Struct = 22, Event = 23, Operator = 24, TypeParameter = 25,
}

export class DocumentSymbol {
  children: DocumentSymbol[] = [];
  constructor(public name: string, public detail: string, public kind: SymbolKind, public range: Range, public selectionRange: Range) {
    // Same validation as VS Code's extHostTypes.
    if (!name || !name.trim()) throw new Error('name must not be falsy');
    if (!range.contains(selectionRange)) throw new Error('selectionRange must be contained in fullRange');
  }
}

export class Location {
  constructor(readonly uri: Uri, readonly range: Range) {}
}

export class Hover {
  readonly contents: MarkdownString[];
  constructor(contents: MarkdownString | MarkdownString[], readonly range?: Range) {
    this.contents = Array.isArray(contents) ? contents : [contents];
  }
}

export enum DocumentHighlightKind { Text = 0, Read = 1, Write = 2 }

export class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly Refactor = new CodeActionKind('refactor');
  static readonly RefactorRewrite = new CodeActionKind('refactor.rewrite');
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind { return new CodeActionKind(this.value ? `${this.value}.${part}` : part); }
  contains(other: CodeActionKind): boolean { return this.value === other.value || other.value.startsWith(`${this.value}.`) || !this.value; }
  intersects(other: CodeActionKind): boolean { return this.contains(other) || other.contains(this); }
}

export class CodeAction {
  command?: { command: string; title: string; arguments?: unknown[] };
  isPreferred?: boolean;
  constructor(public title: string, public kind?: CodeActionKind) {}
}

export enum CodeActionTriggerKind { Invoke = 1, Automatic = 2 }

export class FileSystemError extends Error {
  constructor(message: string, readonly code: string) { super(message); }
  static FileNotFound(uri?: unknown): FileSystemError { return new FileSystemError(`file not found: ${String(uri)}`, 'FileNotFound'); }
}

export enum FileType { Unknown = 0, File = 1, Directory = 2, SymbolicLink = 64 }
export class DocumentHighlight {
  constructor(readonly range: Range, readonly kind: DocumentHighlightKind = DocumentHighlightKind.Text) {}
}

export class InlayHintLabelPart {
  tooltip?: string | MarkdownString;
  location?: Location;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(public value: string) {}
}
export enum InlayHintKind { Type = 1, Parameter = 2 }
export class InlayHint {
  tooltip?: string | MarkdownString;
  paddingLeft?: boolean;
  paddingRight?: boolean;
  kind?: InlayHintKind;
  constructor(public position: Position, public label: string | InlayHintLabelPart[], kind?: InlayHintKind) {
    this.kind = kind;
  }
}

/** A webview panel that only records what it was given. */
export class FakeWebviewPanel {
  readonly webview = { html: '', options: {} as unknown };
  visible = true;
  disposed = false;
  private readonly disposeEmitter = new EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  constructor(readonly viewType: string, public title: string, readonly showOptions: unknown, readonly options: any) {}
  reveal(): void { this.visible = true; }
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.visible = false;
    this.disposeEmitter.fire();
  }
}

/** An in-memory Memento (workspaceState). */
export class FakeMemento {
  private readonly data = new Map<string, unknown>();
  keys(): readonly string[] { return [...this.data.keys()]; }
  get<T>(key: string, def?: T): T | undefined { return this.data.has(key) ? (this.data.get(key) as T) : def; }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.data.delete(key);
    else this.data.set(key, value);
  }
}

export enum TreeItemCollapsibleState { None = 0, Collapsed = 1, Expanded = 2 }
export class TreeItem {
  id?: string;
  description?: string | boolean;
  tooltip?: string | MarkdownString;
  iconPath?: ThemeIcon;
  contextValue?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(public label: string | { label: string; highlights?: [number, number][] }, public collapsibleState: TreeItemCollapsibleState = TreeItemCollapsibleState.None) {}
}

export enum OverviewRulerLane { Left = 1, Center = 2, Right = 4, Full = 7 }
export enum DecorationRangeBehavior { OpenOpen = 0, ClosedClosed = 1, OpenClosed = 2, ClosedOpen = 3 }
export enum StatusBarAlignment { Left = 1, Right = 2 }
export enum TextEditorRevealType { Default = 0, InCenter = 1, InCenterIfOutsideViewport = 2, AtTop = 3 }
export enum EndOfLine { LF = 1, CRLF = 2 }
export enum ViewColumn { Active = -1, Beside = -2, One = 1, Two = 2 }

export class Disposable {
  constructor(private readonly fn: () => void) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void { this.fn(); }
}

export class EventEmitter<T> {
  private listeners: ((e: T) => unknown)[] = [];
  readonly event = (listener: (e: T) => unknown): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => { this.listeners = this.listeners.filter((l) => l !== listener); });
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  get listenerCount(): number { return this.listeners.length; }
  dispose(): void { this.listeners = []; }
}

// ---------------------------------------------------------------- documents and editors

export class FakeTextDocument {
  private text: string;
  private lineStarts: number[] = [];
  /** Lengths of line contents, without the line break. */
  private lineLengths: number[] = [];
  version = 1;
  isClosed = false;
  readonly isDirty = false;
  readonly isUntitled = false;
  constructor(readonly uri: Uri, text: string, public languageId = 'seed') {
    this.text = text;
    this.index();
  }
  get fileName(): string { return this.uri.fsPath; }
  get eol(): EndOfLine { return this.text.includes('\r\n') ? EndOfLine.CRLF : EndOfLine.LF; }
  get lineCount(): number { return this.lineStarts.length; }
  private index(): void {
    this.lineStarts = [0];
    this.lineLengths = [];
    const t = this.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 13 || c === 10) {
        this.lineLengths.push(i - this.lineStarts[this.lineStarts.length - 1]);
        if (c === 13 && t.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
    this.lineLengths.push(t.length - this.lineStarts[this.lineStarts.length - 1]);
  }
  /** Replaces the whole text (as an edit) and bumps the version. */
  setText(text: string): void {
    this.text = text;
    this.version++;
    this.index();
  }
  getText(range?: Range): string {
    if (!range) return this.text;
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo, Math.min(o - this.lineStarts[lo], this.lineLengths[lo]));
  }
  offsetAt(p: Position): number {
    if (p.line >= this.lineStarts.length) return this.text.length;
    return this.lineStarts[p.line] + Math.min(p.character, this.lineLengths[p.line]);
  }
  lineAt(lineOrPos: number | Position): { lineNumber: number; text: string; range: Range } {
    const line = typeof lineOrPos === 'number' ? lineOrPos : lineOrPos.line;
    const start = this.lineStarts[line];
    const text = this.text.slice(start, start + this.lineLengths[line]);
    return { lineNumber: line, text, range: new Range(line, 0, line, text.length) };
  }
  validatePosition(p: Position): Position { return this.positionAt(this.offsetAt(p)); }
  validateRange(r: Range): Range { return new Range(this.validatePosition(r.start), this.validatePosition(r.end)); }
}

export interface DecorationTypeRecord {
  key: string;
  options: any;
  disposed: boolean;
  dispose(): void;
}

export class FakeTextEditor {
  selection: Selection = new Selection(new Position(0, 0), new Position(0, 0));
  visibleRanges: Range[];
  viewColumn = ViewColumn.One;
  /** Latest ranges per decoration type key, and every call in order. */
  readonly decorations = new Map<string, Range[]>();
  readonly decorationCalls: { key: string; ranges: Range[] }[] = [];
  readonly reveals: { range: Range; type?: TextEditorRevealType }[] = [];
  constructor(readonly document: FakeTextDocument) {
    this.visibleRanges = [new Range(0, 0, Math.min(40, document.lineCount - 1), 0)];
  }
  get selections(): Selection[] { return [this.selection]; }
  setDecorations(type: DecorationTypeRecord, ranges: Range[]): void {
    this.decorations.set(type.key, ranges);
    this.decorationCalls.push({ key: type.key, ranges });
  }
  revealRange(range: Range, type?: TextEditorRevealType): void {
    this.reveals.push({ range, type });
  }
}

export class FakeTreeView<T> {
  visible = false;
  message?: string;
  description?: string;
  title?: string;
  readonly reveals: { element: T; options: any }[] = [];
  constructor(readonly id: string, readonly options: any) {}
  async reveal(element: T, options?: any): Promise<void> {
    // Like VS Code: reveal resolves the element's ancestors through getParent.
    const provider = this.options.treeDataProvider;
    let e: T | undefined = element;
    for (let guard = 0; e !== undefined && guard < 100; guard++) e = provider.getParent ? await provider.getParent(e) : undefined;
    this.visible = true;
    this.reveals.push({ element, options });
  }
  dispose(): void {}
}

export class FakeStatusBarItem {
  text = '';
  tooltip?: string;
  name?: string;
  command?: string;
  accessibilityInformation?: { label: string; role?: string };
  visible = false;
  constructor(readonly id: string, readonly alignment: StatusBarAlignment, readonly priority?: number) {}
  show(): void { this.visible = true; }
  hide(): void { this.visible = false; }
  dispose(): void { this.visible = false; }
}

// ---------------------------------------------------------------- state and registries

export const state = {
  settings: new Map<string, unknown>(),
  contextKeys: new Map<string, unknown>(),
  executed: [] as { command: string; args: unknown[] }[],
  commands: new Map<string, (...args: any[]) => any>(),
  providers: [] as { kind: string; selector: unknown; provider: any }[],
  decorationTypes: [] as DecorationTypeRecord[],
  treeViews: [] as FakeTreeView<any>[],
  statusItems: [] as FakeStatusBarItem[],
  messages: [] as { level: string; message: string }[],
  /** Lines written to output channels. */
  output: [] as string[],
  /** Answer of the next showQuickPick: a function choosing among the items (undefined = cancelled). */
  quickPickAnswer: undefined as undefined | ((items: any[]) => any),
  quickPickItems: [] as any[],
  inputBoxAnswer: undefined as string | undefined,
  /** Answer of the next showInformationMessage that offers buttons (undefined = dismissed). */
  messageAnswer: undefined as undefined | ((items: string[]) => string | undefined),
  webviewPanels: [] as FakeWebviewPanel[],
  documents: [] as FakeTextDocument[],
  /** Files of workspace.fs, by URI string. */
  files: new Map<string, Uint8Array>(),
  /** File system watchers created (their glob and emitters). */
  watchers: [] as FakeWatcher[],
  /** Every message given to l10n.t (English, before substitution). */
  l10nMessages: new Set<string>(),
};

export class FakeWatcher {
  readonly create = new EventEmitter<Uri>();
  readonly change = new EventEmitter<Uri>();
  readonly delete = new EventEmitter<Uri>();
  readonly onDidCreate = this.create.event;
  readonly onDidChange = this.change.event;
  readonly onDidDelete = this.delete.event;
  constructor(readonly glob: string) {}
  dispose(): void { state.watchers = state.watchers.filter((w) => w !== this); }
}

/** Writes a file of workspace.fs and fires the watchers (as a change made outside the extension). */
export function writeFile(uri: Uri, text: string | null): void {
  const k = uri.toString();
  const existed = state.files.has(k);
  if (text === null) state.files.delete(k);
  else state.files.set(k, new TextEncoder().encode(text));
  for (const w of state.watchers) (text === null ? w.delete : existed ? w.change : w.create).fire(uri);
}

const fakeFs = {
  async stat(uri: Uri): Promise<{ type: FileType; size: number; ctime: number; mtime: number }> {
    const b = state.files.get(uri.toString());
    if (!b) throw FileSystemError.FileNotFound(uri);
    return { type: FileType.File, size: b.length, ctime: 0, mtime: 0 };
  },
  async readFile(uri: Uri): Promise<Uint8Array> {
    const b = state.files.get(uri.toString());
    if (!b) throw FileSystemError.FileNotFound(uri);
    return b;
  },
  async writeFile(uri: Uri, content: Uint8Array): Promise<void> { state.files.set(uri.toString(), content); },
  async delete(uri: Uri): Promise<void> {
    if (!state.files.delete(uri.toString())) throw FileSystemError.FileNotFound(uri);
  },
  async rename(from: Uri, to: Uri, options?: { overwrite?: boolean }): Promise<void> {
    const b = state.files.get(from.toString());
    if (!b) throw FileSystemError.FileNotFound(from);
    if (!options?.overwrite && state.files.has(to.toString())) throw new Error(`EEXIST: ${to.toString()}`);
    state.files.delete(from.toString());
    state.files.set(to.toString(), b);
  },
};

const emitters = {
  activeEditor: new EventEmitter<FakeTextEditor | undefined>(),
  visibleEditors: new EventEmitter<FakeTextEditor[]>(),
  visibleRanges: new EventEmitter<{ textEditor: FakeTextEditor; visibleRanges: Range[] }>(),
  selection: new EventEmitter<{ textEditor: FakeTextEditor; selections: Selection[] }>(),
  config: new EventEmitter<{ affectsConfiguration(section: string): boolean }>(),
  change: new EventEmitter<{ document: FakeTextDocument; contentChanges: unknown[]; reason: undefined }>(),
  open: new EventEmitter<FakeTextDocument>(),
  close: new EventEmitter<FakeTextDocument>(),
};

let decorationCounter = 0;
let activeEditor: FakeTextEditor | undefined;
let visibleEditors: FakeTextEditor[] = [];

export const window = {
  get activeTextEditor(): FakeTextEditor | undefined { return activeEditor; },
  get visibleTextEditors(): FakeTextEditor[] { return visibleEditors; },
  onDidChangeActiveTextEditor: emitters.activeEditor.event,
  onDidChangeVisibleTextEditors: emitters.visibleEditors.event,
  onDidChangeTextEditorVisibleRanges: emitters.visibleRanges.event,
  onDidChangeTextEditorSelection: emitters.selection.event,
  createTextEditorDecorationType(options: any): DecorationTypeRecord {
    const rec: DecorationTypeRecord = { key: `TextEditorDecorationType${++decorationCounter}`, options, disposed: false, dispose() { rec.disposed = true; } };
    state.decorationTypes.push(rec);
    return rec;
  },
  async showTextDocument(doc: FakeTextDocument): Promise<FakeTextEditor> {
    return showEditor(doc);
  },
  async showQuickPick(items: any[] | Promise<any[]>): Promise<any> {
    const list = await items;
    state.quickPickItems = list;
    const answer = state.quickPickAnswer;
    state.quickPickAnswer = undefined;
    return answer ? answer(list) : undefined;
  },
  async showInputBox(): Promise<string | undefined> {
    const a = state.inputBoxAnswer;
    state.inputBoxAnswer = undefined;
    return a;
  },
  createTreeView<T>(id: string, options: any): FakeTreeView<T> {
    const v = new FakeTreeView<T>(id, options);
    state.treeViews.push(v);
    return v;
  },
  createStatusBarItem(id: string, alignment: StatusBarAlignment, priority?: number): FakeStatusBarItem {
    const item = new FakeStatusBarItem(id, alignment, priority);
    state.statusItems.push(item);
    return item;
  },
  setStatusBarMessage(message: string): Disposable {
    state.messages.push({ level: 'status', message });
    return new Disposable(() => undefined);
  },
  async showInformationMessage(message: string, ...items: string[]): Promise<string | undefined> {
    state.messages.push({ level: 'info', message });
    const answer = state.messageAnswer;
    if (items.length && answer) {
      state.messageAnswer = undefined;
      return answer(items);
    }
    return undefined;
  },
  createWebviewPanel(viewType: string, title: string, showOptions: unknown, options: any): FakeWebviewPanel {
    const p = new FakeWebviewPanel(viewType, title, showOptions, options);
    state.webviewPanels.push(p);
    return p;
  },
  async showWarningMessage(message: string): Promise<undefined> {
    state.messages.push({ level: 'warning', message });
    return undefined;
  },
  async showErrorMessage(message: string): Promise<undefined> {
    state.messages.push({ level: 'error', message });
    return undefined;
  },
  /** An output channel whose lines go to state.output. */
  createOutputChannel(name: string): { name: string; appendLine(line: string): void; append(text: string): void; show(): void; dispose(): void } {
    return {
      name,
      appendLine: (line: string) => { state.output.push(line); },
      append: (text: string) => { state.output.push(text); },
      show: () => undefined,
      dispose: () => undefined,
    };
  },
};

function configuration(section?: string) {
  const full = (key: string) => (section ? `${section}.${key}` : key);
  return {
    get<T>(key: string, def?: T): T | undefined {
      const k = full(key);
      return state.settings.has(k) ? (state.settings.get(k) as T) : def;
    },
    has(key: string): boolean { return state.settings.has(full(key)); },
    async update(key: string, value: unknown): Promise<void> { setSetting(full(key), value); },
  };
}

export const workspace = {
  get textDocuments(): FakeTextDocument[] { return state.documents.filter((d) => !d.isClosed); },
  getConfiguration: (section?: string) => configuration(section),
  onDidChangeConfiguration: emitters.config.event,
  onDidChangeTextDocument: emitters.change.event,
  onDidOpenTextDocument: emitters.open.event,
  onDidCloseTextDocument: emitters.close.event,
  fs: fakeFs,
  createFileSystemWatcher(glob: string): FakeWatcher {
    const w = new FakeWatcher(glob);
    state.watchers.push(w);
    return w;
  },
  async openTextDocument(uri: Uri): Promise<FakeTextDocument> {
    const d = state.documents.find((x) => x.uri.toString() === uri.toString() && !x.isClosed);
    if (!d) throw new Error(`cannot open ${uri.toString()}`);
    return d;
  },
};

export const languages = {
  registerHoverProvider: (selector: unknown, provider: any) => register('hover', selector, provider),
  registerDocumentSymbolProvider: (selector: unknown, provider: any) => register('documentSymbol', selector, provider),
  registerDefinitionProvider: (selector: unknown, provider: any) => register('definition', selector, provider),
  registerReferenceProvider: (selector: unknown, provider: any) => register('reference', selector, provider),
  registerDocumentHighlightProvider: (selector: unknown, provider: any) => register('documentHighlight', selector, provider),
  registerInlayHintsProvider: (selector: unknown, provider: any) => register('inlayHints', selector, provider),
  registerCodeActionsProvider: (selector: unknown, provider: any) => register('codeActions', selector, provider),
  async setTextDocumentLanguage(doc: FakeTextDocument, languageId: string): Promise<FakeTextDocument> {
    // Like VS Code: the document is closed and re-opened under the new language; its editors stay.
    emitters.close.fire(doc);
    doc.languageId = languageId;
    emitters.open.fire(doc);
    return doc;
  },
};

function register(kind: string, selector: unknown, provider: any): Disposable {
  const rec = { kind, selector, provider };
  state.providers.push(rec);
  return new Disposable(() => { state.providers = state.providers.filter((p) => p !== rec); });
}

export const commands = {
  registerCommand(id: string, fn: (...args: any[]) => any): Disposable {
    if (state.commands.has(id)) throw new Error(`command '${id}' already exists`);
    state.commands.set(id, fn);
    return new Disposable(() => state.commands.delete(id));
  },
  async executeCommand(id: string, ...args: unknown[]): Promise<unknown> {
    state.executed.push({ command: id, args });
    if (id === 'setContext') {
      state.contextKeys.set(args[0] as string, args[1]);
      return undefined;
    }
    const fn = state.commands.get(id);
    if (fn) return fn(...args);
    const view = /^(.*)\.focus$/.exec(id);
    const tv = view && state.treeViews.find((v) => v.id === view[1]);
    if (tv) tv.visible = true;
    return undefined;
  },
};

export const env = { language: 'en', appName: 'Fake Code' };

/**
 * `vscode.l10n` as VS Code has it with no translation loaded: the English message with `{0}`, `{1}`… (or `{name}` of
 * a record) replaced by the arguments, in one pass. Every message asked for is recorded in state.l10nMessages.
 */
export const l10n = {
  bundle: undefined as Record<string, string | { message: string }> | undefined,
  uri: undefined,
  t(...params: any[]): string {
    const first = params[0];
    const message: string = typeof first === 'string' ? first : first.message;
    const args: unknown[] | Record<string, unknown> = typeof first === 'string'
      ? (params.length === 2 && params[1] && typeof params[1] === 'object' && !Array.isArray(params[1]) ? params[1] : params.slice(1))
      : first.args ?? [];
    state.l10nMessages.add(message);
    const entry = l10n.bundle?.[message];
    const template = entry === undefined ? message : typeof entry === 'string' ? entry : entry.message;
    return template.replace(/\{([^{}]+)\}/g, (m, key: string) => {
      const v = Array.isArray(args) ? args[Number(key)] : args[key];
      return v === undefined ? m : String(v);
    });
  },
};

// ---------------------------------------------------------------- helpers for tests

/** Clears every registry and editor; settings go back to defaults. */
export function reset(): void {
  state.settings.clear();
  state.l10nMessages.clear();
  state.contextKeys.clear();
  state.executed.length = 0;
  state.commands.clear();
  state.providers.length = 0;
  state.decorationTypes.length = 0;
  state.treeViews.length = 0;
  state.statusItems.length = 0;
  state.messages.length = 0;
  state.output.length = 0;
  state.quickPickAnswer = undefined;
  state.quickPickItems = [];
  state.inputBoxAnswer = undefined;
  state.messageAnswer = undefined;
  for (const p of state.webviewPanels.splice(0)) p.dispose();
  state.documents.length = 0;
  state.files.clear();
  state.watchers.length = 0;
  activeEditor = undefined;
  visibleEditors = [];
  for (const e of Object.values(emitters)) e.dispose();
}

let docCounter = 0;
/** Opens a document (fires onDidOpenTextDocument). */
export function openDocument(text: string, options: { path?: string; languageId?: string } = {}): FakeTextDocument {
  const doc = new FakeTextDocument(Uri.file(options.path ?? `/seeds/doc${++docCounter}.txt`), text, options.languageId ?? 'seed');
  state.documents.push(doc);
  emitters.open.fire(doc);
  return doc;
}

/** Shows a document in an editor and makes it active (fires the editor events). */
export function showEditor(doc: FakeTextDocument): FakeTextEditor {
  let ed = visibleEditors.find((e) => e.document === doc);
  if (!ed) {
    ed = new FakeTextEditor(doc);
    visibleEditors = [...visibleEditors, ed];
    emitters.visibleEditors.fire(visibleEditors);
  }
  if (activeEditor !== ed) {
    activeEditor = ed;
    emitters.activeEditor.fire(ed);
  }
  return ed;
}

/** Closes every editor of the document and the document itself. */
/** Fires onDidChangeTextEditorVisibleRanges for an editor whose visibleRanges a test has set. */
export function fireVisibleRanges(editor: FakeTextEditor): void {
  emitters.visibleRanges.fire({ textEditor: editor, visibleRanges: editor.visibleRanges });
}

export function closeDocument(doc: FakeTextDocument): void {
  const before = visibleEditors.length;
  visibleEditors = visibleEditors.filter((e) => e.document !== doc);
  if (activeEditor?.document === doc) {
    activeEditor = visibleEditors[visibleEditors.length - 1];
    emitters.activeEditor.fire(activeEditor);
  }
  if (visibleEditors.length !== before) emitters.visibleEditors.fire(visibleEditors);
  doc.isClosed = true;
  emitters.close.fire(doc);
}

/** Replaces the document's text as an edit (bumps the version, fires onDidChangeTextDocument). */
export function editDocument(doc: FakeTextDocument, text: string): void {
  doc.setText(text);
  emitters.change.fire({ document: doc, contentChanges: [{ text }], reason: undefined });
}

/** Replaces `length` characters at `offset` as an edit, firing the ranged change VS Code reports (contentChanges). */
export function editDocumentRange(doc: FakeTextDocument, offset: number, length: number, text: string): void {
  const before = doc.getText();
  const range = new Range(doc.positionAt(offset), doc.positionAt(offset + length));
  doc.setText(before.slice(0, offset) + text + before.slice(offset + length));
  emitters.change.fire({ document: doc, contentChanges: [{ range, rangeOffset: offset, rangeLength: length, text }], reason: undefined });
}

/** Changes a setting and fires onDidChangeConfiguration. */
export function setSetting(key: string, value: unknown): void {
  if (value === undefined) state.settings.delete(key);
  else state.settings.set(key, value);
  emitters.config.fire({ affectsConfiguration: (section: string) => key === section || key.startsWith(`${section}.`) });
}

/** The registered provider of a kind (`hover`, `documentSymbol`, `definition`, `reference`, `documentHighlight`). */
export function provider<T = any>(kind: string): T {
  const rec = state.providers.find((p) => p.kind === kind);
  if (!rec) throw new Error(`no ${kind} provider registered`);
  return rec.provider as T;
}

/** A Memento kept in memory, and in `<global storage folder>.state.json` when the context has a global storage folder
 *  (as VS Code keeps globalState out of that folder): a fresh process with the same folder (the bench) finds it. */
class PersistedMemento {
  private values: Record<string, unknown> | undefined;
  constructor(private readonly folder: () => string | undefined) {}
  private file(): string | undefined {
    const f = this.folder();
    return f ? `${f.replace(/[\\/]+$/, '')}.state.json` : undefined;
  }
  private load(): Record<string, unknown> {
    if (this.values) return this.values;
    const f = this.file();
    try {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      this.values = f ? JSON.parse((require('node:fs') as typeof import('node:fs')).readFileSync(f, 'utf8')) : {};
    } catch {
      this.values = {};
    }
    return this.values!;
  }
  keys(): readonly string[] { return Object.keys(this.load()); }
  get<T>(key: string, def?: T): T | undefined {
    const v = this.load();
    return key in v ? (v[key] as T) : def;
  }
  async update(key: string, value: unknown): Promise<void> {
    const v = this.load();
    if (value === undefined) delete v[key];
    else v[key] = value;
    const f = this.file();
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    if (f) try { (require('node:fs') as typeof import('node:fs')).writeFileSync(f, JSON.stringify(v)); } catch { /* memory only */ }
  }
}

/** A minimal ExtensionContext (a globalState, an in-memory workspaceState; set globalStorageUri for a global storage folder). */
export function extensionContext(): { subscriptions: { dispose(): unknown }[]; globalState: PersistedMemento; workspaceState: FakeMemento; dispose(): void } {
  const subscriptions: { dispose(): unknown }[] = [];
  const ctx: { subscriptions: { dispose(): unknown }[]; globalState: PersistedMemento; workspaceState: FakeMemento; globalStorageUri?: { fsPath?: string }; dispose(): void } = {
    subscriptions,
    workspaceState: new FakeMemento(),
    globalState: new PersistedMemento(() => ctx.globalStorageUri?.fsPath),
    dispose: () => { for (const s of subscriptions.splice(0)) s.dispose(); },
  };
  return ctx;
}

// ---------------------------------------------------------------- corpus (workspace files, watchers, progress)
// Added as one block so that the fake's objects above stay as they were.

export enum ProgressLocation { SourceControl = 1, Window = 10, Notification = 15 }

/** A file system watcher whose events tests fire: the corrections tests' FakeWatcher (create/change/delete,
 *  in state.watchers) under the corpus tests' names (created/changed/deleted, in corpusState.watchers). */
export class FakeFileSystemWatcher extends FakeWatcher {
  get created(): EventEmitter<Uri> { return this.create; }
  get changed(): EventEmitter<Uri> { return this.change; }
  get deleted(): EventEmitter<Uri> { return this.delete; }
  disposed = false;
  constructor(glob: unknown) { super(String(glob)); }
  override dispose(): void { this.disposed = true; super.dispose(); }
}

export const corpusState = {
  watchers: [] as FakeFileSystemWatcher[],
  /** Files of the fake workspace file system (URI string → bytes): the same map as state.files. */
  files: state.files,
  progress: [] as { options: any }[],
};

(Uri as unknown as { joinPath(base: Uri, ...parts: string[]): Uri }).joinPath = (base: Uri, ...parts: string[]) =>
  base.with({ path: [base.path.replace(/\/+$/, ''), ...parts].join('/') });

Object.assign(workspace, {
  createFileSystemWatcher(glob: unknown): FakeFileSystemWatcher {
    const w = new FakeFileSystemWatcher(glob);
    state.watchers.push(w);
    corpusState.watchers.push(w);
    return w;
  },
  async findFiles(): Promise<Uri[]> { return [...corpusState.files.keys()].map((k) => Uri.parse(k)); },
  fs: { ...fakeFs, async createDirectory() { /* folders are implicit */ } },
});

Object.assign(window, {
  async withProgress<R>(options: any, task: (progress: { report(v: unknown): void }, token: { isCancellationRequested: boolean; onCancellationRequested: unknown }) => Promise<R>): Promise<R> {
    corpusState.progress.push({ options });
    return task({ report: () => undefined }, { isCancellationRequested: false, onCancellationRequested: () => new Disposable(() => undefined) });
  },
});

/** Tree views get visibility events (FakeTreeView.setVisible fires them). */
const visibilityEmitters = new WeakMap<object, EventEmitter<{ visible: boolean }>>();
Object.defineProperty(FakeTreeView.prototype, 'onDidChangeVisibility', {
  get(this: object) {
    let e = visibilityEmitters.get(this);
    if (!e) visibilityEmitters.set(this, (e = new EventEmitter<{ visible: boolean }>()));
    return e.event;
  },
});
export function setTreeViewVisible(view: FakeTreeView<unknown>, visible: boolean): void {
  view.visible = visible;
  visibilityEmitters.get(view)?.fire({ visible });
}

/** Webview panels get what the Who said what panel uses: cspSource, asWebviewUri, messages both ways. */
const createPanel = window.createWebviewPanel;
Object.assign(window, {
  createWebviewPanel(viewType: string, title: string, showOptions: unknown, options: any): FakeWebviewPanel {
    const panel = createPanel(viewType, title, showOptions, options);
    const w = panel.webview as any;
    const e = new EventEmitter<unknown>();
    w.cspSource = 'https://fake.vscode-cdn.net';
    w.asWebviewUri = (u: Uri) => u.with({ scheme: 'https' });
    w.onDidReceiveMessage = e.event;
    w.receive = (m: unknown) => e.fire(m);
    w.posted = [] as unknown[];
    w.postMessage = async (m: unknown) => { w.posted.push(m); return true; };
    return panel;
  },
});
