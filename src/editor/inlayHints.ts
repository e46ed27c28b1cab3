// `— Wesley Clark` after each quote: whose words these are, as an inlay hint whose name links to the attribution
// (`Mr. Clark said`). A guessed speaker reads `— probably Wesley Clark`; under `seedReader.speakerConfidenceThreshold`
// no speaker is shown. `seedReader.inlayHints.speakers: false` turns the hints off. `speakerHints()` is pure.
import * as vscode from 'vscode';
import type { Analysis, Span } from '../engine/types';
import type { AnalysisService } from './analysisService';
import { indexOf, speakerCertainty, validSpan } from './model';
import { speakerLabel } from './text';
import { CMD } from './ids';
import { affects, inlayHintsSpeakers, speakerConfidenceThreshold } from './config';
import { spanToRange } from './editorUtil';
import { SEED_LANGUAGE } from '../seedDetection';

export interface SpeakerHint {
  /** Offset the hint sits at: after the quote's closing quotation mark when there is one. */
  offset: number;
  /** `Wesley Clark` or `probably Wesley Clark`. */
  label: string;
  /** The speaker's name (`Wesley Clark`). */
  name: string;
  guessed: boolean;
  /** The attribution (`Mr. Clark`) the name links to, when the analysis has one. */
  attribution: Span | null;
  quote: Span;
}

const CLOSING = new Set(['"', '”', '’', "'", '»']);

/** The speaker hints of the quotes that overlap [lo, hi] (all when omitted). Pure. */
export function speakerHints(analysis: Analysis, text: string | ((offset: number) => string), threshold = 0, lo = 0, hi = Number.POSITIVE_INFINITY): SpeakerHint[] {
  const charAt = typeof text === 'string' ? (i: number) => text.charAt(i) : text;
  const out: SpeakerHint[] = [];
  for (const q of analysis.quotes) {
    if (q.end < lo || q.start > hi || !validSpan(q, analysis.length)) continue;
    const label = speakerLabel(analysis, q, threshold);
    if (!label) continue;
    let offset = q.end;
    // After the closing quotation mark(s), so that the hint does not sit inside the quote.
    for (let i = 0; i < 2 && offset < analysis.length && CLOSING.has(charAt(offset)); i++) offset++;
    out.push({
      offset,
      label,
      name: indexOf(analysis).actorsById.get(q.speaker!)?.name ?? label,
      guessed: speakerCertainty(analysis, q, threshold) === 'guessed',
      attribution: validSpan(q.speakerSpan, analysis.length) ? q.speakerSpan : null,
      quote: { start: q.start, end: q.end },
    });
  }
  return out;
}

export function speakerHintsEnabled(scope?: vscode.ConfigurationScope): boolean {
  return inlayHintsSpeakers(scope);
}

export class SpeakerInlayHintsProvider implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly service: AnalysisService) {
    this.disposables.push(
      service.onDidChangeAnalysis(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'inlayHints') || affects(e, 'speakerConfidenceThreshold')) this.changed.fire();
      }),
    );
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.InlayHint[]> {
    if (!speakerHintsEnabled(document)) return [];
    const analysis = await this.service.current(document);
    if (!analysis) return [];
    const threshold = speakerConfidenceThreshold(document);
    const uri = document.uri;
    const toRange = (s: Span) => spanToRange(document, s);
    const charAt = (i: number) => document.getText(toRange({ start: i, end: i + 1 }));
    return speakerHints(analysis, charAt, threshold, document.offsetAt(range.start), document.offsetAt(range.end)).map((h) => {
      const name = new vscode.InlayHintLabelPart(h.label);
      if (h.attribution) {
        const written = document.getText(toRange(h.attribution));
        name.location = new vscode.Location(uri, toRange(h.attribution));
        name.command = { title: vscode.l10n.t('Go to the attribution'), command: CMD.revealRange, arguments: [uri.toString(), h.attribution.start, h.attribution.end] };
        name.tooltip = h.guessed
          ? vscode.l10n.t('A guess (low confidence). Click: go to the attribution “{0}”', written)
          : vscode.l10n.t('Click: go to the attribution “{0}”', written);
      } else if (h.guessed) name.tooltip = vscode.l10n.t('A guess (low confidence)');
      const hint = new vscode.InlayHint(document.positionAt(h.offset), [new vscode.InlayHintLabelPart('— '), name]);
      hint.paddingLeft = true;
      hint.tooltip = h.guessed ? vscode.l10n.t('Probably said by {0} (a guess)', h.name) : vscode.l10n.t('Said by {0}', h.name);
      return hint;
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerInlayHints(context: vscode.ExtensionContext, service: AnalysisService): SpeakerInlayHintsProvider {
  const provider = new SpeakerInlayHintsProvider(service);
  context.subscriptions.push(provider, vscode.languages.registerInlayHintsProvider({ language: SEED_LANGUAGE }, provider));
  return provider;
}
