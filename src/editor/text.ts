// The words the editor shows that do not belong to one feature: counts (`1 quote`, `3 quotes`), kinds of names,
// the groups of the Actors & Claims view and of the Outline, and how a speaker is named. Every string goes through
// `vscode.l10n.t` (English is the key; l10n/bundle.l10n.json lists them for translators).
import * as vscode from 'vscode';
import type { Analysis, Quote } from '../engine/types';
import { indexOf, speakerCertainty, type GroupId } from './model';

export type Countable = 'quote' | 'mention' | 'claim' | 'actor';

/** `1 quote`, `3 quotes` (each form a whole message, as translations need). */
export function count(n: number, what: Countable): string {
  const one = n === 1;
  switch (what) {
    case 'quote': return one ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', n);
    case 'mention': return one ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n);
    case 'claim': return one ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', n);
    case 'actor': return one ? vscode.l10n.t('1 actor') : vscode.l10n.t('{0} actors', n);
  }
}

/** `in 1 quote`, `in 3 quotes`: the quotes a place or organization is mentioned in. */
export function inQuotes(n: number): string {
  return n === 1 ? vscode.l10n.t('in 1 quote') : vscode.l10n.t('in {0} quotes', n);
}

/** `… and 3 more`. */
export function andMore(n: number): string {
  return vscode.l10n.t('… and {0} more', n);
}

/** The label of a kind of name or actor (`person`, `unnamed source`). */
export function typeLabel(type: string): string {
  switch (type) {
    case 'person': return vscode.l10n.t('person');
    case 'organization': return vscode.l10n.t('organization');
    case 'place': return vscode.l10n.t('place');
    case 'date': return vscode.l10n.t('date');
    case 'collective': return vscode.l10n.t('unnamed source');
    case 'money': return vscode.l10n.t('money');
    case 'percent': return vscode.l10n.t('percent');
    default: return type;
  }
}

/** The label of a group of the Actors & Claims view and of the Outline. */
export function groupLabel(group: GroupId): string {
  switch (group) {
    case 'speakers': return vscode.l10n.t('Speakers');
    case 'people': return vscode.l10n.t('People');
    case 'organizations': return vscode.l10n.t('Organizations');
    case 'places': return vscode.l10n.t('Places');
    case 'unnamed': return vscode.l10n.t('Unnamed sources');
  }
}

/** `Wesley Clark`, `probably Wesley Clark` (a guessed speaker), or undefined when no speaker may be shown. */
export function speakerLabel(analysis: Analysis, quote: Quote, threshold = 0): string | undefined {
  const certainty = speakerCertainty(analysis, quote, threshold);
  if (certainty !== 'certain' && certainty !== 'guessed') return undefined;
  const name = indexOf(analysis).actorsById.get(quote.speaker!)!.name;
  return certainty === 'guessed' ? vscode.l10n.t('probably {0}', name) : name;
}

/** Marks what the reader corrected, in short descriptions (`said · direct · corrected`). */
export function correctedWord(): string {
  return vscode.l10n.t('corrected');
}

/** The label of a quote's kind. */
export function quoteKindLabel(kind: string): string {
  switch (kind) {
    case 'direct': return vscode.l10n.t('direct');
    case 'indirect': return vscode.l10n.t('indirect');
    case 'partial': return vscode.l10n.t('partial');
    default: return kind;
  }
}

/** `“excerpt”`: a quote's words in typographic quotation marks. */
export function quoted(text: string): string {
  return vscode.l10n.t('“{0}”', text);
}
