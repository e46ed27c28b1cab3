// Hover cards on actor mentions, quotes and other entities. The card text is built by the pure
// `hoverCard()`; the provider only converts offsets and wraps it in a trusted MarkdownString.
import * as vscode from 'vscode';
import type { Actor, Analysis, Entity, Quote, Span } from '../analysis/types';
import type { AnalysisService } from './analysisService';
import { actorClaims, actorMentions, actorQuotes, excerpt, indexOf, isSpeaker, plural, sameEntities, targetAt, typeLabel } from './model';
import { SEED_LANGUAGE } from '../seedDetection';

/** The only commands a hover card may run. */
export const HOVER_COMMANDS = ['seedReader.revealRange', 'seedReader.focusActor'] as const;
const MAX_ITEMS = 3;

export interface HoverCard {
  markdown: string;
  span: Span;
}

/** Escapes text taken from the document so it renders literally in Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');
}

export function commandLink(label: string, command: (typeof HOVER_COMMANDS)[number], args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${command === 'seedReader.focusActor' ? 'Show in Actors & Claims' : 'Reveal in the text'}")`;
}

function revealLink(uri: string, s: Span, label: string): string {
  return commandLink(label, 'seedReader.revealRange', [uri, s.start, s.end]);
}

function actorCard(analysis: Analysis, uri: string, actor: Actor): string {
  const quotes = actorQuotes(analysis, actor);
  const claims = actorClaims(analysis, actor);
  const mentions = actorMentions(analysis, actor.id);
  const kind = actor.type === 'collective' ? 'unnamed source' : actor.type;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(actor.name)}** — ${kind}${isSpeaker(analysis, actor) ? ' · speaker' : ''}`);
  if (actor.role) lines.push(`*${escapeMarkdown(actor.role)}*`);
  if (actor.aliases.length) lines.push(`Also written: ${actor.aliases.map(escapeMarkdown).join(' · ')}`);
  lines.push([plural(mentions.length, 'mention'), plural(quotes.length, 'quote'), claims.length ? plural(claims.length, 'claim') : null].filter(Boolean).join(' · '));
  const parts = [lines.join('  \n')];
  if (quotes.length) {
    const items = quotes.slice(0, MAX_ITEMS).map((q) => `- ${revealLink(uri, q, escapeMarkdown(excerpt(q.text, 70)))}${q.cue ? ` — *${escapeMarkdown(q.cue)}*` : ''}`);
    if (quotes.length > MAX_ITEMS) items.push(`- … and ${quotes.length - MAX_ITEMS} more`);
    parts.push(`**Quotes**\n\n${items.join('\n')}`);
  }
  if (claims.length) {
    const items = claims.slice(0, MAX_ITEMS).map((c) => `- ${revealLink(uri, c, escapeMarkdown(excerpt(c.text, 70)))}`);
    if (claims.length > MAX_ITEMS) items.push(`- … and ${claims.length - MAX_ITEMS} more`);
    parts.push(`**Claims**\n\n${items.join('\n')}`);
  }
  parts.push(commandLink('$(list-tree) Show in Actors & Claims', 'seedReader.focusActor', [actor.id]));
  return parts.join('\n\n---\n\n');
}

function quoteCard(analysis: Analysis, uri: string, quote: Quote): string {
  const speaker = quote.speaker ? indexOf(analysis).actorsById.get(quote.speaker) : undefined;
  const lines: string[] = [];
  lines.push(`**Quote** — ${quote.kind} · confidence ${Math.round(Math.max(0, Math.min(1, quote.confidence)) * 100)}%`);
  if (speaker) {
    lines.push(`Speaker: **${escapeMarkdown(speaker.name)}**${speaker.role ? ` — *${escapeMarkdown(speaker.role)}*` : ''}`);
  } else {
    lines.push('Speaker: *unknown*');
  }
  lines.push(`Cue: ${quote.cue ? `*${escapeMarkdown(quote.cue)}*` : '*none*'}`);
  if (quote.attribution) lines.push(`Found by: ${escapeMarkdown(quote.attribution)}`);
  lines.push(quote.marked ? 'Quotation marks: present' : 'Quotation marks: absent (boundaries inferred)');
  const parts = [lines.join('  \n')];
  const links: string[] = [];
  if (speaker) links.push(commandLink('$(list-tree) Show speaker in Actors & Claims', 'seedReader.focusActor', [speaker.id]));
  if (quote.speakerSpan) links.push(revealLink(uri, quote.speakerSpan, '$(go-to-file) Go to attribution'));
  if (links.length) parts.push(links.join(' · '));
  return parts.join('\n\n---\n\n');
}

function entityCard(analysis: Analysis, entity: Entity): string {
  const same = sameEntities(analysis, entity);
  const canonical = entity.canonical || entity.text;
  const forms = [...new Set(same.map((e) => e.text))].filter((t) => t !== canonical);
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(canonical)}** — ${escapeMarkdown(typeLabel(entity.type))}`);
  if (forms.length) lines.push(`Also written: ${forms.map(escapeMarkdown).join(' · ')}`);
  lines.push(plural(same.length, 'mention'));
  return lines.join('  \n');
}

/** The hover card for `offset`, or undefined when nothing is there. Pure. */
export function hoverCard(analysis: Analysis, uri: string, offset: number): HoverCard | undefined {
  const t = targetAt(analysis, offset);
  if (!t) return undefined;
  switch (t.kind) {
    case 'actor': return { markdown: actorCard(analysis, uri, t.actor), span: t.span };
    case 'quote': return { markdown: quoteCard(analysis, uri, t.quote), span: t.span };
    case 'entity': return { markdown: entityCard(analysis, t.entity), span: t.span };
  }
}

export class SeedHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await this.service.current(document);
    if (!analysis) return undefined;
    const card = hoverCard(analysis, document.uri.toString(), document.offsetAt(position));
    if (!card) return undefined;
    const md = new vscode.MarkdownString(card.markdown, true);
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    return new vscode.Hover(md, new vscode.Range(document.positionAt(card.span.start), document.positionAt(card.span.end)));
  }
}

export function registerHover(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: SEED_LANGUAGE }, new SeedHoverProvider(service)));
}
