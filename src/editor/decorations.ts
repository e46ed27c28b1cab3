// Highlights: speakers, quotes (+ cue words and overview-ruler marks) and entity kinds, drawn with the
// theme colours contributed in package.json. `Seed Reader: Toggle Highlights` flips them for the window.
import * as vscode from 'vscode';
import type { Analysis, Span } from '../engine/types';
import type { AnalysisService } from './analysisService';
import { GUESSED_SPEAKER_BELOW, actorMapOf, partitionPoint, validSpan } from './model';
import { DEFAULT_HIGHLIGHTS, affects, highlightSettings, type HighlightSettings } from './config';
import { CONTEXT, VSCODE_CMD } from './ids';
import { spanToRange } from './editorUtil';
import { isSeedDocument } from '../seedDetection';

export const LAYERS = ['quote', 'quoteBar', 'cue', 'speaker', 'guessedSpeaker', 'person', 'organization', 'place', 'date', 'other'] as const;
export type LayerId = (typeof LAYERS)[number];

export { DEFAULT_HIGHLIGHTS, type HighlightSettings };

/** The highlight settings for a document (its folder's settings win), `enabled` as set for the window. */
export function readHighlightSettings(scope?: vscode.ConfigurationScope): HighlightSettings {
  return highlightSettings(scope);
}

function entityLayer(type: string): LayerId {
  switch (type) {
    case 'person': return 'person';
    case 'organization': return 'organization';
    case 'place': return 'place';
    case 'date': return 'date';
    default: return 'other';
  }
}

const LAYER_SETTING: Record<LayerId, keyof HighlightSettings> = {
  quote: 'quotes', quoteBar: 'quotes', cue: 'quotes', speaker: 'speakers', guessedSpeaker: 'speakers', person: 'people', organization: 'organizations',
  place: 'places', date: 'dates', other: 'other',
};

function overlaps(sorted: readonly Span[], s: Span): boolean {
  // sorted by start: the last span starting before s.end, and a few before it.
  const hi = partitionPoint(sorted, (x) => x.start < s.end) - 1;
  for (let i = hi; i >= 0 && i >= hi - 4; i--) if (sorted[i].end > s.start) return true;
  return false;
}

/**
 * The spans of every highlight layer for an analysis under the given settings. Pure. Speaker mentions
 * win over the plain entity colour of the same text; disabled layers (or `enabled: false`) are empty.
 */
export function decorationSpans(analysis: Analysis, settings: HighlightSettings): Record<LayerId, Span[]> {
  return windowSpans(analysis, settings, 0, analysis.length);
}

/** Decoration options of each layer. Every layer sets a text style, so it renders inside `.view-lines`. */
export function layerOptions(layer: LayerId): vscode.DecorationRenderOptions {
  const c = (id: string) => new vscode.ThemeColor(id);
  const closed = vscode.DecorationRangeBehavior.ClosedClosed;
  switch (layer) {
    case 'quote':
      return {
        backgroundColor: c('seedReader.quoteBackground'),
        borderColor: c('seedReader.quoteBorder'),
        borderStyle: 'solid',
        borderWidth: '0 0 0 2px',
        fontStyle: 'italic',
        overviewRulerColor: c('seedReader.quoteOverviewRuler'),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        rangeBehavior: closed,
      };
    case 'quoteBar':
      // A bar on the left of each quote: a border on its first character (a border on the whole quote would be
      // drawn again on every piece the entity colours split it into). Italic like the quote, so it is drawn inline.
      return {
        fontStyle: 'italic',
        borderColor: c('seedReader.quoteBar'),
        borderStyle: 'solid',
        borderWidth: '0 0 0 3px',
        rangeBehavior: closed,
      };
    case 'guessedSpeaker':
      // A speaker found with low confidence (a guess): dashed underline, on top of the speaker colour.
      return { textDecoration: 'underline dashed', rangeBehavior: closed };
    case 'cue':
      return { color: c('seedReader.cueForeground'), fontWeight: '600', textDecoration: 'underline dotted', rangeBehavior: closed };
    case 'speaker':
      return { color: c('seedReader.speakerForeground'), backgroundColor: c('seedReader.speakerBackground'), fontWeight: 'bold', borderRadius: '2px', rangeBehavior: closed };
    case 'person':
      return { color: c('seedReader.personForeground'), rangeBehavior: closed };
    case 'organization':
      return { color: c('seedReader.organizationForeground'), rangeBehavior: closed };
    case 'place':
      return { color: c('seedReader.placeForeground'), rangeBehavior: closed };
    case 'date':
      return { color: c('seedReader.dateForeground'), rangeBehavior: closed };
    case 'other':
      return { color: c('seedReader.otherEntityForeground'), textDecoration: 'underline dotted', rangeBehavior: closed };
  }
}

/**
 * Above this many decorated spans, an editor is decorated only in a window of lines around what it shows, redrawn as it
 * scrolls: handing VS Code every range of a 10 MB seed at once blocks the extension host for most of a second.
 */
export const BIG_DECORATION_COUNT = 3000;
/** Lines decorated above and below the visible range of a big document. */
export const WINDOW_MARGIN_LINES = 300;
const SCROLL_REDRAW_DELAY = 30;

/** The spans of a layer (sorted by start) that overlap [lo, hi]. Binary search, then a short walk back for long spans. */
export function spansIn<T extends Span>(spans: readonly T[], lo: number, hi: number): T[] {
  const a = partitionPoint(spans, (x) => x.start < lo);
  // A span that starts before the window may still reach into it (a quote over several paragraphs).
  const out: T[] = [];
  for (let i = Math.max(0, a - 64); i < a; i++) if (spans[i].end >= lo) out.push(spans[i]);
  for (let i = a; i < spans.length && spans[i].start <= hi; i++) out.push(spans[i]);
  return out;
}

const speakingCache = new WeakMap<Analysis, Set<string>>();
/** Ids of the actors who speak, in one pass over the quotes and actors; cached per analysis. */
function speakingActors(analysis: Analysis): Set<string> {
  let set = speakingCache.get(analysis);
  if (!set) {
    set = new Set<string>();
    for (const q of analysis.quotes) if (q.speaker) set.add(q.speaker);
    for (const a of analysis.actors) if (a.quotes.length) set.add(a.id);
    speakingCache.set(analysis, set);
  }
  return set;
}

/**
 * The layer spans that overlap [lo, hi], computed from that part of the analysis only (its quotes and entities are
 * sorted by start): what a big document's highlight window needs, without a pass over the whole analysis. Speaker
 * mentions are the mentions of actors who speak (and the entities linked to them) and the spans attributions used.
 */
export function windowSpans(analysis: Analysis, settings: HighlightSettings, lo: number, hi: number): Record<LayerId, Span[]> {
  const out = Object.fromEntries(LAYERS.map((l) => [l, [] as Span[]])) as Record<LayerId, Span[]>;
  if (!settings.enabled) return out;
  const len = analysis.length;
  const on = (l: LayerId) => settings[LAYER_SETTING[l]];
  const inWindow = (x: Span) => x.end >= lo && x.start <= hi;
  // A quote's cue and attribution (`he said`) lie near it, but may be inside the window while the quote is not.
  const near = spansIn(analysis.quotes, Math.max(0, lo - 20_000), hi + 20_000);
  if (on('quote')) {
    for (const q of near) {
      if (validSpan(q, len) && inWindow(q)) {
        out.quote.push({ start: q.start, end: q.end });
        out.quoteBar.push({ start: q.start, end: q.start + 1 });
      }
      if (validSpan(q.cueSpan, len) && inWindow(q.cueSpan)) out.cue.push({ start: q.cueSpan.start, end: q.cueSpan.end });
    }
    // Sorted, each cue once (one `said` can introduce two quotes).
    out.cue = out.cue.sort((a, b) => a.start - b.start).filter((c, i, xs) => i === 0 || c.start !== xs[i - 1].start || c.end !== xs[i - 1].end);
  }
  const entities = spansIn(analysis.entities, lo, hi);
  const speakers: Span[] = [];
  if (on('speaker')) {
    const speaking = speakingActors(analysis);
    const seen = new Set<number>();
    const width = len + 1;
    const push = (x: Span) => {
      const k = x.start * width + x.end;
      if (!seen.has(k)) { seen.add(k); speakers.push({ start: x.start, end: x.end }); }
    };
    for (const id of speaking) {
      const actor = actorMapOf(analysis).get(id);
      if (actor) for (const m of spansIn(actor.mentions, lo, hi)) if (validSpan(m, len)) push(m);
    }
    for (const e of entities) if (e.actor && speaking.has(e.actor) && validSpan(e, len)) push(e);
    for (const q of near) {
      if (q.speaker && speaking.has(q.speaker) && validSpan(q.speakerSpan, len) && inWindow(q.speakerSpan)) push(q.speakerSpan);
    }
    speakers.sort((a, b) => a.start - b.start || a.end - b.end);
    out.speaker = speakers;
    // Attributions of guessed speakers (low confidence): the mention the guess rests on.
    for (const q of near) {
      if (q.speaker && q.confidence < GUESSED_SPEAKER_BELOW && validSpan(q.speakerSpan, len) && inWindow(q.speakerSpan)) {
        out.guessedSpeaker.push({ start: q.speakerSpan.start, end: q.speakerSpan.end });
      }
    }
    out.guessedSpeaker = out.guessedSpeaker
      .sort((a, b) => a.start - b.start)
      .filter((c, i, xs) => i === 0 || c.start !== xs[i - 1].start || c.end !== xs[i - 1].end);
  }
  for (const e of entities) {
    if (!validSpan(e, len)) continue;
    const layer = entityLayer(e.type);
    if (!on(layer)) continue;
    if (speakers.length && overlaps(speakers, e)) continue;
    out[layer].push({ start: e.start, end: e.end });
  }
  return out;
}

export class HighlightController implements vscode.Disposable {
  private readonly types = new Map<LayerId, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onOff = new vscode.EventEmitter<boolean>();
  /** Fires when highlights are turned on or off (toggle or setting). */
  readonly onDidChangeHighlightsOn = this.onOff.event;
  private lastOn: boolean | undefined;
  /** Window-only override set by the toggle command; undefined = follow the setting. */
  private override: boolean | undefined;
  private settings: HighlightSettings = readHighlightSettings();
  private readonly drawn = new WeakMap<vscode.TextEditor, Analysis>();
  /** The line window drawn in an editor of a big document. */
  private readonly windows = new WeakMap<vscode.TextEditor, { analysis: Analysis; first: number; last: number }>();
  private readonly scrollTimers = new WeakMap<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  /** Layer spans of the last analyses drawn, for the settings they were computed under (scrolling reuses them). */
  private spanCache = new WeakMap<Analysis, Record<LayerId, Span[]>>();

  constructor(private readonly service: AnalysisService) {
    for (const l of LAYERS) this.types.set(l, vscode.window.createTextEditorDecorationType(layerOptions(l)));
    this.disposables.push(
      service.onDidChangeAnalysis((e) => {
        for (const ed of vscode.window.visibleTextEditors) if (ed.document === e.document) this.apply(ed, e.analysis);
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => void this.updateAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)),
      // A .txt switched to `seed` by detection is re-opened under its new language while its editor stays.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        for (const ed of vscode.window.visibleTextEditors) if (ed.document === doc) void this.update(ed);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'highlight')) {
          this.settings = readHighlightSettings();
          this.spanCache = new WeakMap();
          if (affects(e, 'highlight.enabled')) this.override = undefined;
          void this.updateAll();
        }
      }),
    );
    void this.updateAll();
  }

  get highlightsOn(): boolean {
    return this.override ?? this.settings.enabled;
  }

  /** Flips highlights for this window (no settings are written). */
  toggle(): boolean {
    this.override = !this.highlightsOn;
    this.spanCache = new WeakMap();
    void this.updateAll();
    return this.highlightsOn;
  }

  /** The type used for a layer (exposed for tests and the e2e notes). */
  decorationType(layer: LayerId): vscode.TextEditorDecorationType {
    return this.types.get(layer)!;
  }

  async updateAll(): Promise<void> {
    void vscode.commands.executeCommand(VSCODE_CMD.setContext, CONTEXT.highlightsOn, this.highlightsOn);
    if (this.lastOn !== undefined && this.lastOn !== this.highlightsOn) this.onOff.fire(this.highlightsOn);
    this.lastOn = this.highlightsOn;
    await Promise.all(vscode.window.visibleTextEditors.map((ed) => this.update(ed)));
  }

  async update(editor: vscode.TextEditor): Promise<void> {
    if (!isSeedDocument(editor.document)) {
      // The document left the seed language (Change Language Mode): take its highlights away.
      if (this.drawn.delete(editor)) for (const l of LAYERS) editor.setDecorations(this.types.get(l)!, []);
      return;
    }
    const cached = this.service.peek(editor.document);
    if (cached) {
      this.apply(editor, cached);
      return;
    }
    // A fresh computation publishes onDidChangeAnalysis, which draws; draw here only if nothing did.
    const analysis = await this.service.get(editor.document);
    if (analysis && this.drawn.get(editor) !== analysis) this.apply(editor, analysis);
  }

  apply(editor: vscode.TextEditor, analysis: Analysis): void {
    const doc = editor.document;
    // Only draw the analysis of the document's current version (older offsets would be wrong).
    if (this.service.peek(doc) !== analysis) return;
    this.drawn.set(editor, analysis);
    // Entities plus quotes and their cues bound the number of spans, without computing them.
    const total = analysis.entities.length + 2 * analysis.quotes.length;
    if (total > BIG_DECORATION_COUNT && editor.visibleRanges.length) {
      this.drawWindow(editor, analysis);
      return;
    }
    this.windows.delete(editor);
    const spans = this.spansOf(analysis, doc);
    const toRange = (s: Span) => spanToRange(doc, s);
    for (const l of LAYERS) editor.setDecorations(this.types.get(l)!, spans[l].map(toRange));
  }

  /** The layer settings for a document (its folder's), on or off as the window is. */
  private settingsFor(doc: vscode.TextDocument): HighlightSettings {
    return { ...readHighlightSettings(doc), enabled: this.highlightsOn };
  }

  private spansOf(analysis: Analysis, doc: vscode.TextDocument): Record<LayerId, Span[]> {
    let spans = this.spanCache.get(analysis);
    if (!spans) {
      spans = decorationSpans(analysis, this.settingsFor(doc));
      for (const l of LAYERS) spans[l].sort((x, y) => x.start - y.start);
      this.spanCache.set(analysis, spans);
    }
    return spans;
  }

  /** Decorates the visible lines of a big document and a margin around them. */
  private drawWindow(editor: vscode.TextEditor, analysis: Analysis): void {
    const doc = editor.document;
    const lastLine = Math.max(0, doc.lineCount - 1);
    const first = Math.max(0, Math.min(...editor.visibleRanges.map((r) => r.start.line)) - WINDOW_MARGIN_LINES);
    const last = Math.min(lastLine, Math.max(...editor.visibleRanges.map((r) => r.end.line)) + WINDOW_MARGIN_LINES);
    const lo = doc.offsetAt(new vscode.Position(first, 0));
    const hi = doc.offsetAt(doc.lineAt(last).range.end);
    const toRange = (s: Span) => spanToRange(doc, s);
    const spans = windowSpans(analysis, this.settingsFor(doc), lo, hi);
    for (const l of LAYERS) editor.setDecorations(this.types.get(l)!, spans[l].map(toRange));
    this.windows.set(editor, { analysis, first, last });
  }

  /** Redraws a big document's window when the editor scrolls out of it (debounced). */
  private onScroll(editor: vscode.TextEditor): void {
    const w = this.windows.get(editor);
    if (!w || !editor.visibleRanges.length) return;
    const top = Math.min(...editor.visibleRanges.map((r) => r.start.line));
    const bottom = Math.max(...editor.visibleRanges.map((r) => r.end.line));
    const edge = Math.min(w.last, Math.max(0, editor.document.lineCount - 1));
    if (top >= w.first && bottom <= edge && (top - w.first > WINDOW_MARGIN_LINES / 3 || w.first === 0) && (edge - bottom > WINDOW_MARGIN_LINES / 3 || edge >= editor.document.lineCount - 1)) return;
    const old = this.scrollTimers.get(editor);
    if (old) clearTimeout(old);
    this.scrollTimers.set(editor, setTimeout(() => {
      this.scrollTimers.delete(editor);
      const now = this.windows.get(editor);
      if (!now || editor.document.isClosed || this.service.peek(editor.document) !== now.analysis) return;
      this.drawWindow(editor, now.analysis);
    }, SCROLL_REDRAW_DELAY));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.onOff.dispose();
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}

export function registerDecorations(context: vscode.ExtensionContext, service: AnalysisService): HighlightController {
  const controller = new HighlightController(service);
  context.subscriptions.push(controller);
  return controller;
}
