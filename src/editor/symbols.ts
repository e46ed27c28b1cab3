// Outline / breadcrumbs / sticky scroll / Go to Symbol. Every symbol's range is where that thing is written, so that
// the breadcrumbs name what the cursor is in and sticky scroll pins nothing that is not around the cursor:
//  - the headline (line 1);
//  - the groups of the Actors & Claims view (Speakers, People, Organizations, Places, Unnamed sources, the same
//    grouping, from model.ts), each anchored on the headline (they claim no text of the article), listing actors and
//    named things at their first mention;
//  - every quote and claim at its own place in the text, named by its speaker (`Wesley Clark: “He wants…”`).
// VS Code walks a symbol's children only when the symbol's range contains the cursor, so a quote is a top-level symbol,
// never the child of an actor whose mention is elsewhere. `symbolTree()` is pure; the provider maps it to DocumentSymbols.
import * as vscode from 'vscode';
import type { Analysis, Span } from '../engine/types';
import type { AnalysisService } from './analysisService';
import {
  GROUP_ORDER, actorGroup, actorMentions, actorQuotes, entityGroupId, entityGroups, excerpt, firstAppearance, indexOf,
  quotesMentioning, validSpan, type GroupId,
} from './model';
import { SEED_LANGUAGE } from '../seedDetection';
import { count, groupLabel, inQuotes, quoteKindLabel, quoted, speakerLabel } from './text';
import { speakerConfidenceThreshold } from './config';
import { spanToRange } from './editorUtil';

export type SymbolNodeKind = 'headline' | 'group' | 'person' | 'organization' | 'collective' | 'quote' | 'claim' | 'place' | 'organizationEntity';

export interface SymbolNode {
  name: string;
  detail: string;
  kind: SymbolNodeKind;
  /** Where the thing is written; always contains `selection` (and the ranges of the children that are in the text). */
  range: Span;
  selection: Span;
  children: SymbolNode[];
}

export interface SymbolOptions {
  /** `seedReader.speakerConfidenceThreshold`: quotes under it name no speaker. */
  threshold?: number;
}

/** The outline of an analysis. Pure. */
export function symbolTree(analysis: Analysis, options: SymbolOptions = {}): SymbolNode[] {
  const out: SymbolNode[] = [];
  const len = analysis.length;
  const h = analysis.header;
  // The groups are anchored on the headline (or the start of the text): one line, never pinned, never around the cursor.
  let anchor: Span = { start: 0, end: 0 };
  if (h.title && h.titleSpan && validSpan(h.titleSpan, len)) {
    anchor = h.titleSpan;
    out.push({
      name: h.title,
      detail: [h.date ?? h.rawDate, h.url ? safeHost(h.url) : null].filter(Boolean).join(' · '),
      kind: 'headline',
      range: h.titleSpan,
      selection: h.titleSpan,
      children: [],
    });
  }
  const groups = new Map<GroupId, SymbolNode[]>(GROUP_ORDER.map((g) => [g, []]));
  for (const actor of analysis.actors) {
    const first = firstAppearance(analysis, actor);
    if (!first || !validSpan(first, len)) continue;
    const quotes = actorQuotes(analysis, actor).length;
    const mentions = actorMentions(analysis, actor.id).length;
    const details = [quotes ? count(quotes, 'quote') : null, count(mentions, 'mention'), actor.role ? excerpt(actor.role, 48) : null];
    groups.get(actorGroup(analysis, actor))!.push({
      name: actor.name, detail: details.filter(Boolean).join(' · '), kind: actor.type, range: first, selection: first, children: [],
    });
  }
  for (const g of entityGroups(analysis)) {
    const first = g.entities[0];
    const quotes = quotesMentioning(analysis, g.entities).length;
    groups.get(entityGroupId(g))!.push({
      name: g.name,
      detail: [count(g.entities.length, 'mention'), quotes ? inQuotes(quotes) : null].filter(Boolean).join(' · '),
      kind: g.type === 'place' ? 'place' : 'organizationEntity',
      range: { start: first.start, end: first.end },
      selection: { start: first.start, end: first.end },
      children: [],
    });
  }
  // Staggered zero-width anchors after the headline's first character keep the headline first and the groups in the
  // view's order when the Outline sorts by position.
  let i = 0;
  for (const id of GROUP_ORDER) {
    const members = groups.get(id)!.sort((a, b) => a.selection.start - b.selection.start);
    if (!members.length) continue;
    const at = Math.min(anchor.start + 1 + i++, anchor.end);
    out.push({
      name: groupLabel(id), detail: `${members.length}`, kind: 'group',
      range: { start: at, end: at }, selection: { start: at, end: at }, children: members,
    });
  }
  const idx = indexOf(analysis);
  const items: SymbolNode[] = [];
  for (const q of analysis.quotes) {
    if (!validSpan(q, len)) continue;
    const who = speakerLabel(analysis, q, options.threshold ?? 0);
    const text = quoted(excerpt(q.text, 48));
    items.push({
      name: who ? vscode.l10n.t('{0}: {1}', who, text) : text,
      detail: [who ? null : vscode.l10n.t('speaker unknown'), q.cue, quoteKindLabel(q.kind)].filter(Boolean).join(' · '),
      kind: 'quote', range: { start: q.start, end: q.end }, selection: { start: q.start, end: q.end }, children: [],
    });
  }
  const quoteSpans = new Set(analysis.quotes.map((q) => `${q.start}:${q.end}`));
  for (const c of analysis.claims) {
    if (!validSpan(c, len) || c.quote || quoteSpans.has(`${c.start}:${c.end}`)) continue;
    const actor = idx.actorsById.get(c.actor);
    const text = excerpt(c.text, 48);
    items.push({
      name: actor ? vscode.l10n.t('{0}: {1}', actor.name, text) : text, detail: c.cue ? vscode.l10n.t('claim · {0}', c.cue) : vscode.l10n.t('claim'), kind: 'claim',
      range: { start: c.start, end: c.end }, selection: { start: c.start, end: c.end }, children: [],
    });
  }
  items.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  out.push(...items);
  return out;
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export function symbolKindOf(kind: SymbolNodeKind): vscode.SymbolKind {
  switch (kind) {
    case 'headline': return vscode.SymbolKind.File;
    case 'group': return vscode.SymbolKind.Namespace;
    case 'person': return vscode.SymbolKind.Class;
    case 'organization': return vscode.SymbolKind.Struct;
    case 'collective': return vscode.SymbolKind.Interface;
    case 'quote': return vscode.SymbolKind.String;
    case 'claim': return vscode.SymbolKind.Event;
    case 'place': return vscode.SymbolKind.Field;
    case 'organizationEntity': return vscode.SymbolKind.Struct;
  }
}

export function toDocumentSymbols(document: vscode.TextDocument, nodes: SymbolNode[]): vscode.DocumentSymbol[] {
  const range = (s: Span) => spanToRange(document, s);
  return nodes.map((n) => {
    const sym = new vscode.DocumentSymbol(n.name.trim() || vscode.l10n.t('(untitled)'), n.detail, symbolKindOf(n.kind), range(n.range), range(n.selection));
    sym.children = toDocumentSymbols(document, n.children);
    return sym;
  });
}

export class SeedSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.service.current(document);
    if (!analysis) return [];
    const threshold = speakerConfidenceThreshold(document);
    return toDocumentSymbols(document, symbolTree(analysis, { threshold }));
  }
}

export function registerSymbols(context: vscode.ExtensionContext, service: AnalysisService): void {
  const provider = new SeedSymbolProvider(service);
  const register = () => vscode.languages.registerDocumentSymbolProvider({ language: SEED_LANGUAGE }, provider, { label: vscode.l10n.t('Seed Reader') });
  let registration = register();
  let timer: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    { dispose: () => { clearTimeout(timer); registration.dispose(); } },
    // VS Code asks for symbols again only when the text changes; a correction changes them without an edit. Registering
    // the provider again makes the Outline and breadcrumbs ask again (there is no other way to say "symbols changed").
    service.onDidReapplyCorrections?.(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        registration.dispose();
        registration = register();
      }, 50);
    }) ?? { dispose: () => undefined },
  );
}
