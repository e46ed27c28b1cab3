// Hover cards on actor mentions, quotes and other entities. The card text is built by the pure
// `hoverCard()`; the provider only converts offsets and wraps it in a trusted MarkdownString.
import * as vscode from 'vscode';
import type { Actor, Analysis, Entity, Quote, Span } from '../engine/types';
import type { AnalysisService } from './analysisService';
import {
  actorClaims, actorMentions, actorQuotes, displayAliases, excerpt, indexOf, isSpeaker, quotesMentioning, sameEntities, spanIndexAt,
  speakerCertainty, targetAt, type SpeakerCertainty,
} from './model';
import { andMore, count, inQuotes, quoteKindLabel, speakerLabel, typeLabel } from './text';
import { CMD } from './ids';
import { settingId, speakerConfidenceThreshold } from './config';
import { spanToRange } from './editorUtil';
import { SEED_LANGUAGE } from '../seedDetection';
import { isCorrected } from '../corrections/types';

/**
 * The only commands a hover card may run: reveal/focus, and the reader's corrections (each only opens a quick pick or
 * an input box on the document the link names; nothing is written without the reader choosing).
 */
export const HOVER_COMMANDS = [
  CMD.revealRange, CMD.focusActor, CMD.correctSpeaker, CMD.markNotQuote, CMD.correctEntityType, CMD.markNotEntity, CMD.renameActor,
  CMD.showCorrections,
] as const;
type HoverCommand = (typeof HOVER_COMMANDS)[number];

function linkTitle(command: HoverCommand): string {
  switch (command) {
    case CMD.revealRange: return vscode.l10n.t('Reveal in the text');
    case CMD.focusActor: return vscode.l10n.t('Show in Actors & Claims');
    case CMD.correctSpeaker: return vscode.l10n.t('Correct the speaker of this quote');
    case CMD.markNotQuote: return vscode.l10n.t('This is not a quote');
    case CMD.correctEntityType: return vscode.l10n.t('Correct the type of this name');
    case CMD.markNotEntity: return vscode.l10n.t('This is not a name');
    case CMD.renameActor: return vscode.l10n.t('Rename this actor');
    case CMD.showCorrections: return vscode.l10n.t('List the corrections of this seed');
  }
}

/** The marker of what the reader corrected. */
export function correctedMark(): string {
  return `$(edit) *${vscode.l10n.t('corrected by the reader')}*`;
}
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

/** `**Heading**` followed by a list, the way every part of a card is written. */
function section(title: string, items: string[]): string {
  return `**${title}**\n\n${items.join('\n')}`;
}

/** `**Mentions** Mr. Clark (l. 4) · retired Gen. Wesley Clark (l. 17)`, each a link to the mention. */
function mentionLinks(analysis: Analysis, uri: string, spans: readonly Span[], text: ((s: Span) => string) | undefined): string {
  const links = spans.slice(0, MAX_MENTIONS).map((m) => {
    const written = text ? escapeMarkdown(excerpt(text(m), 40)) : '';
    const line = lineOf(analysis, m.start);
    const label = written && line ? vscode.l10n.t('{0} (l. {1})', written, line)
      : written || (line ? vscode.l10n.t('l. {0}', line) : vscode.l10n.t('mention'));
    return revealLink(uri, m, label);
  });
  const more = spans.length > MAX_MENTIONS ? ` · ${andMore(spans.length - MAX_MENTIONS)}` : '';
  return `**${vscode.l10n.t('Mentions')}**: ${links.join(' · ')}${more}`;
}

/** The first MAX_ITEMS items as a Markdown list, with `… and N more`. */
function listItems<T>(all: readonly T[], item: (x: T) => string): string[] {
  const items = all.slice(0, MAX_ITEMS).map((x) => `- ${item(x)}`);
  if (all.length > MAX_ITEMS) items.push(`- ${andMore(all.length - MAX_ITEMS)}`);
  return items;
}

/** `- “excerpt” — Speaker` for the quotes that mention a thing. */
function quotesMentioningList(analysis: Analysis, uri: string, quotes: readonly Quote[], threshold: number): string | undefined {
  if (!quotes.length) return undefined;
  return section(vscode.l10n.t('Quoted in'), listItems(quotes, (q) => {
    const who = speakerLabel(analysis, q, threshold);
    return `${revealLink(uri, q, escapeMarkdown(excerpt(q.text, 70)))}${who ? ` — ${escapeMarkdown(who)}` : ''}`;
  }));
}

export interface HoverCard {
  markdown: string;
  span: Span;
}

/** Escapes text taken from the document so it renders literally in Markdown (the editor's one Markdown escaper). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');
}

export function commandLink(label: string, command: HoverCommand, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${linkTitle(command).replace(/"/g, "'")}")`;
}

function revealLink(uri: string, s: Span, label: string): string {
  return commandLink(label, CMD.revealRange, [uri, s.start, s.end]);
}

function correctedLine(uri: string): string {
  return `${correctedMark()} · ${commandLink(vscode.l10n.t('corrections'), CMD.showCorrections, [uri])}`;
}

/** `**Wesley Clark** — person · speaker`, role, aliases and counts. */
function actorHeading(analysis: Analysis, actor: Actor, mentions: number, quotes: number, claims: number): string {
  const lines: string[] = [];
  const kind = typeLabel(actor.type);
  lines.push(isSpeaker(analysis, actor)
    ? vscode.l10n.t('{0} — {1} · speaker', `**${escapeMarkdown(actor.name)}**`, kind)
    : `**${escapeMarkdown(actor.name)}** — ${kind}`);
  if (actor.role) lines.push(`*${escapeMarkdown(actor.role)}*`);
  const aliases = displayAliases(actor);
  if (aliases.length) lines.push(vscode.l10n.t('Also written: {0}', aliases.map(escapeMarkdown).join(' · ')));
  lines.push([count(mentions, 'mention'), count(quotes, 'quote'), claims ? count(claims, 'claim') : null].filter(Boolean).join(' · '));
  return lines.join('  \n');
}

function actorCard(analysis: Analysis, uri: string, actor: Actor, options: HoverOptions, at?: Span): string {
  const quotes = actorQuotes(analysis, actor);
  const claims = actorClaims(analysis, actor);
  const mentions = actorMentions(analysis, actor.id);
  const parts = [actorHeading(analysis, actor, mentions.length, quotes.length, claims.length)];
  if (mentions.length) parts.push(mentionLinks(analysis, uri, mentions, options.written));
  if (quotes.length) {
    parts.push(section(vscode.l10n.t('Quotes'), listItems(quotes, (q) => {
      const guess = speakerCertainty(analysis, q, options.threshold ?? 0) === 'guessed' ? ` *${vscode.l10n.t('(speaker guessed)')}*` : '';
      return `${revealLink(uri, q, escapeMarkdown(excerpt(q.text, 70)))}${q.cue ? ` — *${escapeMarkdown(q.cue)}*` : ''}${guess}`;
    })));
  }
  if (claims.length) parts.push(section(vscode.l10n.t('Claims'), listItems(claims, (c) => revealLink(uri, c, escapeMarkdown(excerpt(c.text, 70))))));
  const own = new Set(actor.quotes);
  const quotedIn = quotesMentioningList(analysis, uri, quotesMentioning(analysis, mentions).filter((q) => !own.has(q.id)), options.threshold ?? 0);
  if (quotedIn) parts.push(quotedIn);
  const links = [commandLink(`$(list-tree) ${vscode.l10n.t('Show in Actors & Claims')}`, CMD.focusActor, [actor.id])];
  if (at) {
    links.push(
      commandLink(`$(edit) ${vscode.l10n.t('Rename')}`, CMD.renameActor, [uri, at.start]),
      commandLink(vscode.l10n.t('Not a name'), CMD.markNotEntity, [uri, at.start]),
    );
  }
  parts.push(links.join(' · '));
  if (isCorrected(actor)) parts.push(correctedLine(uri));
  return parts.join('\n\n---\n\n');
}

/** `Speaker: **Wesley Clark** — *role*`, or why no speaker is named. */
function speakerLine(speaker: Actor | undefined, certainty: SpeakerCertainty): string {
  const role = speaker?.role ? ` — *${escapeMarkdown(speaker.role)}*` : '';
  if (speaker && certainty === 'certain') return vscode.l10n.t('Speaker: {0}', `**${escapeMarkdown(speaker.name)}**`) + role;
  if (speaker && certainty === 'guessed') {
    return vscode.l10n.t('Speaker: probably {0} {1}', `**${escapeMarkdown(speaker.name)}**`, `*${vscode.l10n.t('(a guess: low confidence)')}*`) + role;
  }
  if (speaker && certainty === 'hidden') {
    return vscode.l10n.t('Speaker: {0}', `*${vscode.l10n.t('not shown (confidence under {0})', `\`${settingId('speakerConfidenceThreshold')}\``)}*`);
  }
  return vscode.l10n.t('Speaker: {0}', `*${vscode.l10n.t('unknown')}*`);
}

function quoteCard(analysis: Analysis, uri: string, quote: Quote, options: HoverOptions): string {
  const speaker = quote.speaker ? indexOf(analysis).actorsById.get(quote.speaker) : undefined;
  const certainty = speakerCertainty(analysis, quote, options.threshold ?? 0);
  const confidence = Math.round(Math.max(0, Math.min(1, quote.confidence)) * 100);
  const lines: string[] = [];
  lines.push(vscode.l10n.t('{0} — {1} · confidence {2}%', `**${vscode.l10n.t('Quote')}**`, quoteKindLabel(quote.kind), confidence));
  lines.push(speakerLine(speaker, certainty));
  lines.push(vscode.l10n.t('Cue: {0}', quote.cue ? `*${escapeMarkdown(quote.cue)}*` : `*${vscode.l10n.t('none')}*`));
  if (quote.attribution) lines.push(vscode.l10n.t('Found by: {0}', escapeMarkdown(quote.attribution)));
  lines.push(quote.marked ? vscode.l10n.t('Quotation marks: present') : vscode.l10n.t('Quotation marks: absent (boundaries inferred)'));
  const parts = [lines.join('  \n')];
  const links: string[] = [];
  const shown = certainty === 'certain' || certainty === 'guessed';
  if (speaker && shown) links.push(commandLink(`$(list-tree) ${vscode.l10n.t('Show speaker in Actors & Claims')}`, CMD.focusActor, [speaker.id]));
  if (quote.speakerSpan && shown) links.push(revealLink(uri, quote.speakerSpan, `$(go-to-file) ${vscode.l10n.t('Go to attribution')}`));
  links.push(
    commandLink(`$(edit) ${vscode.l10n.t('Change speaker')}`, CMD.correctSpeaker, [uri, quote.start]),
    commandLink(vscode.l10n.t('Not a quote'), CMD.markNotQuote, [uri, quote.start]),
  );
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
  if (forms.length) lines.push(vscode.l10n.t('Also written: {0}', forms.map(escapeMarkdown).join(' · ')));
  lines.push([count(same.length, 'mention'), quotes.length ? inQuotes(quotes.length) : null].filter(Boolean).join(' · '));
  const parts = [lines.join('  \n'), mentionLinks(analysis, uri, same, options.written)];
  const quotedIn = quotesMentioningList(analysis, uri, quotes, options.threshold ?? 0);
  if (quotedIn) parts.push(quotedIn);
  parts.push([
    commandLink(`$(edit) ${vscode.l10n.t('Change type')}`, CMD.correctEntityType, [uri, entity.start]),
    commandLink(vscode.l10n.t('Not a name'), CMD.markNotEntity, [uri, entity.start]),
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
    const card = hoverCard(analysis, document.uri.toString(), document.offsetAt(position), {
      written: (s) => document.getText(spanToRange(document, s)),
      threshold: speakerConfidenceThreshold(document),
    });
    if (!card) return undefined;
    const md = new vscode.MarkdownString(card.markdown, true);
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    return new vscode.Hover(md, spanToRange(document, card.span));
  }
}

export function registerHover(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: SEED_LANGUAGE }, new SeedHoverProvider(service)));
}
