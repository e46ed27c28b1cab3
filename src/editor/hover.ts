// Hover cards on actor mentions, quotes and other entities. The card text is built by the pure
// `hoverCard()`; the provider only converts offsets and wraps it in a trusted MarkdownString.
import * as vscode from 'vscode';
import type { Actor, Analysis, Entity, Quote, Span } from '../engine/types';
import type { AnalysisService } from './analysisService';
import {
  actorClaims, actorMentions, actorQuotes, displayAliases, excerpt, indexOf, isSpeaker, plural, quotesMentioning, sameEntities, spanIndexAt,
  speakerCertainty, speakerLabel, targetAt, typeLabel,
} from './model';
import { SEED_LANGUAGE } from '../seedDetection';
import { isCorrected } from '../corrections/types';

/**
 * The only commands a hover card may run: reveal/focus, and the reader's corrections (each only opens a quick pick or
 * an input box on the document the link names; nothing is written without the reader choosing).
 */
export const HOVER_COMMANDS = [
  'seedReader.revealRange', 'seedReader.focusActor',
  'seedReader.correctSpeaker', 'seedReader.markNotQuote', 'seedReader.correctEntityType', 'seedReader.markNotEntity',
  'seedReader.renameActor', 'seedReader.showCorrections',
] as const;
const LINK_TITLES: Record<(typeof HOVER_COMMANDS)[number], string> = {
  'seedReader.revealRange': 'Reveal in the text',
  'seedReader.focusActor': 'Show in Actors & Claims',
  'seedReader.correctSpeaker': 'Correct the speaker of this quote',
  'seedReader.markNotQuote': 'This is not a quote',
  'seedReader.correctEntityType': 'Correct the type of this name',
  'seedReader.markNotEntity': 'This is not a name',
  'seedReader.renameActor': 'Rename this actor',
  'seedReader.showCorrections': 'List the corrections of this seed',
};
/** The marker of what the reader corrected. */
export const CORRECTED_MARK = '$(edit) *corrected by the reader*';
const MAX_ITEMS = 3;
const MAX_MENTIONS = 8;

export interface HoverOptions {
  /** The text of a span as written in the document (each mention is shown as written). */
  written?: (s: Span) => string;
  /** `seedReader.speakerConfidenceThreshold`: quotes under it name no speaker. */
  threshold?: number;
}

/** 1-based line of an offset, from the analysis (header lines 1-3, then each paragraph's line). */
export function lineOf(analysis: Analysis, offset: number): number | undefined {
  const i = spanIndexAt(analysis.paragraphs, offset);
  if (i >= 0) return analysis.paragraphs[i].line + 1;
  const h = analysis.header;
  const spans: [Span | null, number][] = [[h.titleSpan, 1], [h.dateSpan, 2], [h.urlSpan, 3]];
  for (const [s, line] of spans) if (s && s.start <= offset && offset <= s.end) return line;
  return undefined;
}

/** `**Mentions** Mr. Clark (l. 4) · retired Gen. Wesley Clark (l. 17)`, each a link to the mention. */
function mentionLinks(analysis: Analysis, uri: string, spans: readonly Span[], text: ((s: Span) => string) | undefined): string {
  const links = spans.slice(0, MAX_MENTIONS).map((m) => {
    const written = text ? excerpt(text(m), 40) : '';
    const line = lineOf(analysis, m.start);
    const label = [written ? escapeMarkdown(written) : null, line ? `l. ${line}` : null].filter(Boolean);
    return revealLink(uri, m, label.length === 2 ? `${label[0]} (${label[1]})` : label[0] ?? 'mention');
  });
  const more = spans.length > MAX_MENTIONS ? ` · … and ${spans.length - MAX_MENTIONS} more` : '';
  return `**Mentions**: ${links.join(' · ')}${more}`;
}

/** `- “excerpt” — Speaker` for the quotes that mention a thing. */
function quotesMentioningList(analysis: Analysis, uri: string, quotes: readonly Quote[], threshold: number, title = 'Quoted in'): string | undefined {
  if (!quotes.length) return undefined;
  const items = quotes.slice(0, MAX_ITEMS).map((q) => {
    const who = speakerLabel(analysis, q, threshold);
    return `- ${revealLink(uri, q, escapeMarkdown(excerpt(q.text, 70)))}${who ? ` — ${escapeMarkdown(who)}` : ''}`;
  });
  if (quotes.length > MAX_ITEMS) items.push(`- … and ${quotes.length - MAX_ITEMS} more`);
  return `**${title}**\n\n${items.join('\n')}`;
}

export interface HoverCard {
  markdown: string;
  span: Span;
}

/** Escapes text taken from the document so it renders literally in Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');
}

export function commandLink(label: string, command: (typeof HOVER_COMMANDS)[number], args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${LINK_TITLES[command]}")`;
}

function revealLink(uri: string, s: Span, label: string): string {
  return commandLink(label, 'seedReader.revealRange', [uri, s.start, s.end]);
}

function correctedLine(uri: string): string {
  return `${CORRECTED_MARK} · ${commandLink('corrections', 'seedReader.showCorrections', [uri])}`;
}

function actorCard(analysis: Analysis, uri: string, actor: Actor, options: HoverOptions, at?: Span): string {
  const quotes = actorQuotes(analysis, actor);
  const claims = actorClaims(analysis, actor);
  const mentions = actorMentions(analysis, actor.id);
  const kind = actor.type === 'collective' ? 'unnamed source' : actor.type;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(actor.name)}** — ${kind}${isSpeaker(analysis, actor) ? ' · speaker' : ''}`);
  if (actor.role) lines.push(`*${escapeMarkdown(actor.role)}*`);
  const aliases = displayAliases(actor);
  if (aliases.length) lines.push(`Also written: ${aliases.map(escapeMarkdown).join(' · ')}`);
  lines.push([plural(mentions.length, 'mention'), plural(quotes.length, 'quote'), claims.length ? plural(claims.length, 'claim') : null].filter(Boolean).join(' · '));
  const parts = [lines.join('  \n')];
  if (mentions.length) parts.push(mentionLinks(analysis, uri, mentions, options.written));
  if (quotes.length) {
    const items = quotes.slice(0, MAX_ITEMS).map((q) => {
      const guess = speakerCertainty(analysis, q, options.threshold ?? 0) === 'guessed' ? ' *(speaker guessed)*' : '';
      return `- ${revealLink(uri, q, escapeMarkdown(excerpt(q.text, 70)))}${q.cue ? ` — *${escapeMarkdown(q.cue)}*` : ''}${guess}`;
    });
    if (quotes.length > MAX_ITEMS) items.push(`- … and ${quotes.length - MAX_ITEMS} more`);
    parts.push(`**Quotes**\n\n${items.join('\n')}`);
  }
  if (claims.length) {
    const items = claims.slice(0, MAX_ITEMS).map((c) => `- ${revealLink(uri, c, escapeMarkdown(excerpt(c.text, 70)))}`);
    if (claims.length > MAX_ITEMS) items.push(`- … and ${claims.length - MAX_ITEMS} more`);
    parts.push(`**Claims**\n\n${items.join('\n')}`);
  }
  const own = new Set(actor.quotes);
  const quoted = quotesMentioningList(analysis, uri, quotesMentioning(analysis, mentions).filter((q) => !own.has(q.id)), options.threshold ?? 0);
  if (quoted) parts.push(quoted);
  const links = [commandLink('$(list-tree) Show in Actors & Claims', 'seedReader.focusActor', [actor.id])];
  if (at) links.push(commandLink('$(edit) Rename', 'seedReader.renameActor', [uri, at.start]), commandLink('Not a name', 'seedReader.markNotEntity', [uri, at.start]));
  parts.push(links.join(' · '));
  if (isCorrected(actor)) parts.push(correctedLine(uri));
  return parts.join('\n\n---\n\n');
}

function quoteCard(analysis: Analysis, uri: string, quote: Quote, options: HoverOptions): string {
  const speaker = quote.speaker ? indexOf(analysis).actorsById.get(quote.speaker) : undefined;
  const certainty = speakerCertainty(analysis, quote, options.threshold ?? 0);
  const lines: string[] = [];
  lines.push(`**Quote** — ${quote.kind} · confidence ${Math.round(Math.max(0, Math.min(1, quote.confidence)) * 100)}%`);
  if (speaker && certainty === 'certain') {
    lines.push(`Speaker: **${escapeMarkdown(speaker.name)}**${speaker.role ? ` — *${escapeMarkdown(speaker.role)}*` : ''}`);
  } else if (speaker && certainty === 'guessed') {
    lines.push(`Speaker: probably **${escapeMarkdown(speaker.name)}** *(a guess: low confidence)*${speaker.role ? ` — *${escapeMarkdown(speaker.role)}*` : ''}`);
  } else if (speaker && certainty === 'hidden') {
    lines.push('Speaker: *not shown (confidence under `seedReader.speakerConfidenceThreshold`)*');
  } else {
    lines.push('Speaker: *unknown*');
  }
  lines.push(`Cue: ${quote.cue ? `*${escapeMarkdown(quote.cue)}*` : '*none*'}`);
  if (quote.attribution) lines.push(`Found by: ${escapeMarkdown(quote.attribution)}`);
  lines.push(quote.marked ? 'Quotation marks: present' : 'Quotation marks: absent (boundaries inferred)');
  const parts = [lines.join('  \n')];
  const links: string[] = [];
  const shown = certainty === 'certain' || certainty === 'guessed';
  if (speaker && shown) links.push(commandLink('$(list-tree) Show speaker in Actors & Claims', 'seedReader.focusActor', [speaker.id]));
  if (quote.speakerSpan && shown) links.push(revealLink(uri, quote.speakerSpan, '$(go-to-file) Go to attribution'));
  links.push(commandLink('$(edit) Change speaker', 'seedReader.correctSpeaker', [uri, quote.start]), commandLink('Not a quote', 'seedReader.markNotQuote', [uri, quote.start]));
  parts.push(links.join(' · '));
  if (isCorrected(quote)) parts.push(correctedLine(uri));
  return parts.join('\n\n---\n\n');
}

function entityCard(analysis: Analysis, uri: string, entity: Entity, options: HoverOptions): string {
  const same = sameEntities(analysis, entity);
  const canonical = entity.canonical || entity.text;
  const forms = [...new Set(same.map((e) => e.text))].filter((t) => t !== canonical);
  const quotes = quotesMentioning(analysis, same);
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(canonical)}** — ${escapeMarkdown(typeLabel(entity.type))}`);
  if (forms.length) lines.push(`Also written: ${forms.map(escapeMarkdown).join(' · ')}`);
  lines.push([plural(same.length, 'mention'), quotes.length ? `in ${plural(quotes.length, 'quote')}` : null].filter(Boolean).join(' · '));
  const parts = [lines.join('  \n'), mentionLinks(analysis, uri, same, options.written)];
  const quoted = quotesMentioningList(analysis, uri, quotes, options.threshold ?? 0);
  if (quoted) parts.push(quoted);
  parts.push([
    commandLink('$(edit) Change type', 'seedReader.correctEntityType', [uri, entity.start]),
    commandLink('Not a name', 'seedReader.markNotEntity', [uri, entity.start]),
  ].join(' · '));
  if (isCorrected(entity)) parts.push(correctedLine(uri));
  return parts.join('\n\n---\n\n');
}

/** The hover card for `offset`, or undefined when nothing is there. Pure. */
export function hoverCard(analysis: Analysis, uri: string, offset: number, options: HoverOptions = {}): HoverCard | undefined {
  const t = targetAt(analysis, offset);
  if (!t) return undefined;
  switch (t.kind) {
    case 'actor': return { markdown: actorCard(analysis, uri, t.actor, options, t.span), span: t.span };
    case 'quote': return { markdown: quoteCard(analysis, uri, t.quote, options), span: t.span };
    case 'entity': return { markdown: entityCard(analysis, uri, t.entity, options), span: t.span };
  }
}

export class SeedHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await this.service.current(document);
    if (!analysis) return undefined;
    const threshold = vscode.workspace.getConfiguration('seedReader', document).get<number>('speakerConfidenceThreshold', 0);
    const card = hoverCard(analysis, document.uri.toString(), document.offsetAt(position), {
      written: (s) => document.getText(new vscode.Range(document.positionAt(s.start), document.positionAt(s.end))),
      threshold,
    });
    if (!card) return undefined;
    const md = new vscode.MarkdownString(card.markdown, true);
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    return new vscode.Hover(md, new vscode.Range(document.positionAt(card.span.start), document.positionAt(card.span.end)));
  }
}

export function registerHover(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: SEED_LANGUAGE }, new SeedHoverProvider(service)));
}
