// Public entry of the analysis engine. Pure: no `vscode` import.
import { parseHeader, splitParagraphs } from './header';
import type { Analysis } from './types';

export * from './types';
export { parseHeader, looksLikeSeed, splitParagraphs, parseSeedDate } from './header';

/** Analyses a whole seed text. Deterministic; never throws. (Placeholder: header and paragraphs only.) */
export function analyze(text: string): Analysis {
  const header = parseHeader(text);
  return {
    length: text.length,
    header,
    paragraphs: splitParagraphs(text, header.bodyStart),
    entities: [],
    actors: [],
    quotes: [],
    claims: [],
  };
}
