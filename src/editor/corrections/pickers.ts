// The quick picks of the corrections: the list of a seed's corrections (`Seed Reader: Show Corrections`) and the
// choice of a speaker. `correctionItems()` is pure apart from the localised words.
import * as vscode from 'vscode';
import type { Actor, Analysis, Span } from '../../engine/types';
import { describeTarget, formatResult, isCorrected, parseCorrections, type Correction } from '../../corrections';
import { count, correctedWord, typeLabel } from '../text';

export interface CorrectionItem extends vscode.QuickPickItem { index: number; status: string; span?: Span }

/** The label of a correction's kind. */
function opLabel(op: string): string {
  switch (op) {
    case 'speaker': return vscode.l10n.t('speaker');
    case 'notQuote': return vscode.l10n.t('not a quote');
    case 'quote': return vscode.l10n.t('quote');
    case 'entityType': return vscode.l10n.t('entity type');
    case 'notEntity': return vscode.l10n.t('not a name');
    case 'mergeActors': return vscode.l10n.t('merge');
    case 'splitActor': return vscode.l10n.t('split');
    case 'renameActor': return vscode.l10n.t('rename');
    default: return op;
  }
}

/** The label of a correction's status. */
function statusLabel(status: string): string {
  switch (status) {
    case 'applied': return vscode.l10n.t('applied');
    case 'unchanged': return vscode.l10n.t('unchanged');
    case 'orphaned': return vscode.l10n.t('orphaned (its text is no longer in the seed)');
    case 'invalid': return vscode.l10n.t('invalid');
    case 'not applied': return vscode.l10n.t('not applied');
    default: return status;
  }
}

/** One quick-pick item per entry of the sidecar, with its status; orphans and invalid entries say so. */
export function correctionItems(json: string | null, results: readonly { index: number; status: string; message: string; span?: Span }[] | undefined): CorrectionItem[] {
  if (json === null) return [];
  const parsed = parseCorrections(json);
  const items: CorrectionItem[] = [];
  for (const p of parsed.problems) {
    if (p.index === null) items.push({ index: -1, status: 'invalid', label: `$(error) ${p.message}`, description: vscode.l10n.t('the whole file') });
  }
  const byIndex = new Map((results ?? []).map((r) => [r.index, r]));
  const problems = new Map(parsed.problems.filter((p) => p.index !== null).map((p) => [p.index as number, p]));
  const total = Math.max(-1, ...parsed.indices, ...problems.keys()) + 1;
  for (let i = 0; i < total; i++) {
    const problem = problems.get(i);
    if (problem) {
      items.push({ index: i, status: 'invalid', label: `$(error) ${vscode.l10n.t('entry {0}: invalid', i)}`, description: problem.message });
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
      label: `${icon} ${opLabel(c.op)}: ${describe(c)}`,
      description: statusLabel(status),
      detail: r ? (r.status === 'orphaned' ? formatResult(r as Parameters<typeof formatResult>[0], c) : r.message) : undefined,
    });
  }
  return items;
}

function describe(c: Correction): string {
  switch (c.op) {
    case 'speaker': return `${describeTarget(c.target)} → ${c.speaker ?? vscode.l10n.t('unknown speaker')}`;
    case 'quote': return `${describeTarget(c.target)}${c.speaker !== undefined ? ` → ${c.speaker ?? vscode.l10n.t('unknown speaker')}` : ''}`;
    case 'notQuote': case 'notEntity': return describeTarget(c.target);
    case 'entityType': return `${describeTarget(c.target)} → ${c.type}`;
    case 'mergeActors': return `${c.actors.join(' + ')}${c.name ? ` → ${c.name}` : ''}`;
    case 'splitActor': return vscode.l10n.t('{0} of {1} → {2}', count(c.mentions.length, 'mention'), c.actor, c.name);
    case 'renameActor': return `${c.actor} → ${c.name}`;
  }
}

/** Quick pick of a speaker: the document's actors, someone else (typed), or none. Undefined: cancelled. */
export async function pickSpeaker(analysis: Analysis, current: Actor | undefined, title: string, noneLabel: string): Promise<string | null | undefined> {
  type Item = vscode.QuickPickItem & { value: string | null | 'new' };
  const actors = [...analysis.actors].sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  const items: Item[] = [
    ...actors.map((a): Item => ({
      label: a.name,
      description: [
        typeLabel(a.type), a.quotes.length ? count(a.quotes.length, 'quote') : null, a.id === current?.id ? vscode.l10n.t('current speaker') : null,
        isCorrected(a) ? correctedWord() : null,
      ].filter(Boolean).join(' · '),
      detail: a.role ?? undefined,
      value: a.name,
    })),
    { label: `$(add) ${vscode.l10n.t('Someone else…')}`, description: vscode.l10n.t('type a name'), value: 'new', alwaysShow: true },
    { label: `$(question) ${noneLabel}`, value: null, alwaysShow: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Seed Reader: {0}', title), placeHolder: vscode.l10n.t('The speaker'), matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.value !== 'new') return picked.value;
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Seed Reader: {0}', title), prompt: vscode.l10n.t('The speaker\'s name'), validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed')),
  });
  return typed && typed.trim() ? typed.trim() : undefined;
}

