// Outline / breadcrumbs / Go to Symbol: headline, then Actors (with their quotes and claims), Places
// and Organizations. `symbolTree()` is pure; the provider maps it to DocumentSymbols.
import * as vscode from 'vscode';
import type { Analysis, Entity, Span } from '../analysis/types';
import type { AnalysisService } from './analysisService';
import { actorClaims, actorMentions, actorQuotes, entityKey, excerpt, firstAppearance, plural, validSpan } from './model';
import { SEED_LANGUAGE } from '../seedDetection';

export type SymbolNodeKind = 'headline' | 'group' | 'person' | 'organization' | 'collective' | 'quote' | 'claim' | 'place' | 'organizationEntity';

export interface SymbolNode {
  name: string;
  detail: string;
  kind: SymbolNodeKind;
  /** Full extent; always contains `selection`. */
  range: Span;
  selection: Span;
  children: SymbolNode[];
}

function cover(spans: Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

function entityGroup(analysis: Analysis, type: string, kind: SymbolNodeKind, name: string): SymbolNode | undefined {
  const groups = new Map<string, Entity[]>();
  for (const e of analysis.entities) {
    if (e.type !== type || e.actor || !validSpan(e, analysis.length)) continue;
    const k = entityKey(e);
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  if (!groups.size) return undefined;
  const children: SymbolNode[] = [...groups.values()].map((es) => ({
    name: es[0].canonical || es[0].text,
    detail: plural(es.length, 'mention'),
    kind,
    range: { start: es[0].start, end: es[0].end },
    selection: { start: es[0].start, end: es[0].end },
    children: [],
  }));
  const range = cover(children.map((c) => c.range));
  return { name, detail: `${children.length}`, kind: 'group', range, selection: { start: range.start, end: range.start }, children };
}

/** The outline of an analysis. Pure. */
export function symbolTree(analysis: Analysis): SymbolNode[] {
  const out: SymbolNode[] = [];
  const h = analysis.header;
  if (h.title && h.titleSpan && validSpan(h.titleSpan, analysis.length)) {
    const last = [h.urlSpan, h.dateSpan].find((s) => s && validSpan(s, analysis.length)) ?? h.titleSpan;
    out.push({
      name: h.title,
      detail: [h.date ?? h.rawDate, h.url ? safeHost(h.url) : null].filter(Boolean).join(' · '),
      kind: 'headline',
      range: { start: h.titleSpan.start, end: Math.max(h.titleSpan.end, last.end) },
      selection: h.titleSpan,
      children: [],
    });
  }
  const actors: SymbolNode[] = [];
  for (const actor of analysis.actors) {
    const first = firstAppearance(analysis, actor);
    if (!first || !validSpan(first, analysis.length)) continue;
    const quotes = actorQuotes(analysis, actor).filter((q) => validSpan(q, analysis.length));
    const claims = actorClaims(analysis, actor).filter((c) => validSpan(c, analysis.length));
    const children: SymbolNode[] = [
      ...quotes.map((q) => ({
        name: `“${excerpt(q.text, 48)}”`, detail: q.cue ?? q.kind, kind: 'quote' as const,
        range: { start: q.start, end: q.end }, selection: { start: q.start, end: q.end }, children: [],
      })),
      ...claims.map((c) => ({
        name: excerpt(c.text, 48), detail: c.cue ? `claim · ${c.cue}` : 'claim', kind: 'claim' as const,
        range: { start: c.start, end: c.end }, selection: { start: c.start, end: c.end }, children: [],
      })),
    ].sort((a, b) => a.range.start - b.range.start);
    const mentions = actorMentions(analysis, actor.id);
    const details = [actor.role ? excerpt(actor.role, 48) : null, quotes.length ? plural(quotes.length, 'quote') : null, plural(mentions.length, 'mention')];
    actors.push({
      name: actor.name,
      detail: details.filter(Boolean).join(' · '),
      kind: actor.type,
      range: cover([first, ...children.map((c) => c.range), ...mentions]),
      selection: first,
      children,
    });
  }
  if (actors.length) {
    actors.sort((a, b) => a.selection.start - b.selection.start);
    const range = cover(actors.map((a) => a.range));
    out.push({ name: 'Actors', detail: `${actors.length}`, kind: 'group', range, selection: { start: range.start, end: range.start }, children: actors });
  }
  const places = entityGroup(analysis, 'place', 'place', 'Places');
  if (places) out.push(places);
  const orgs = entityGroup(analysis, 'organization', 'organizationEntity', 'Organizations');
  if (orgs) out.push(orgs);
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
  const range = (s: Span) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
  return nodes.map((n) => {
    const sym = new vscode.DocumentSymbol(n.name.trim() || '(untitled)', n.detail, symbolKindOf(n.kind), range(n.range), range(n.selection));
    sym.children = toDocumentSymbols(document, n.children);
    return sym;
  });
}

export class SeedSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.service.current(document);
    if (!analysis) return [];
    return toDocumentSymbols(document, symbolTree(analysis));
  }
}

export function registerSymbols(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider({ language: SEED_LANGUAGE }, new SeedSymbolProvider(service), { label: 'Seed Reader' }),
  );
}
