// Highlights every mention of the actor (or entity) under the cursor, as VS Code does for a symbol; and links a quote
// to the mention that attributes it: with the cursor in a quote, or on `Mr. Clark` of `Mr. Clark said`, the quote and
// that mention are highlighted together.
import * as vscode from 'vscode';
import type { Span } from '../engine/types';
import type { AnalysisService } from './analysisService';
import { attributionPairAt, occurrencesAt, speakerCertainty } from './model';
import { speakerConfidenceThreshold } from './config';
import { spanToRange } from './editorUtil';
import { SEED_LANGUAGE } from '../seedDetection';

export class SeedDocumentHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly service: AnalysisService) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    // Runs on every cursor move: use only the cached analysis, never compute here.
    const analysis = this.service.peek(document);
    if (!analysis) return [];
    const offset = document.offsetAt(position);
    const range = (s: Span) => spanToRange(document, s);
    const out: vscode.DocumentHighlight[] = [];
    const occ = occurrencesAt(analysis, offset);
    if (occ) for (const s of occ.spans) out.push(new vscode.DocumentHighlight(range(s), vscode.DocumentHighlightKind.Read));
    // Inside a mention of some other entity within the quote, the entity wins; the pair shows elsewhere in the quote.
    if (!occ || occ.target.kind === 'actor') {
      const threshold = speakerConfidenceThreshold(document);
      const pair = attributionPairAt(analysis, offset);
      const quotes = pair?.quotes.filter((q) => ['certain', 'guessed'].includes(speakerCertainty(analysis, q, threshold))) ?? [];
      // On a mention, only the quotes it attributes join its highlights (not when the cursor is on another actor).
      const onAttribution = pair && pair.attribution.start <= offset && offset <= pair.attribution.end;
      if (pair && quotes.length && (!occ || onAttribution)) {
        for (const q of quotes) out.push(new vscode.DocumentHighlight(range(q), vscode.DocumentHighlightKind.Text));
        if (!out.some((h) => h.range.isEqual(range(pair.attribution)))) {
          out.push(new vscode.DocumentHighlight(range(pair.attribution), vscode.DocumentHighlightKind.Write));
        }
      }
    }
    return out;
  }
}

export function registerDocumentHighlights(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentHighlightProvider({ language: SEED_LANGUAGE }, new SeedDocumentHighlightProvider(service)),
  );
}
