// Parse + apply in one call, for the editor and the worker: the sidecar's text in, the corrected
// analysis and everything worth reporting out. Pure.
import type { Analysis } from '../engine/types';
import { applyCorrections } from './apply';
import { parseCorrections } from './parse';
import type { Correction, CorrectionProblem, CorrectionResult } from './types';

export interface SidecarApplied {
  analysis: Analysis;
  /** The valid entries, in file order. */
  corrections: Correction[];
  /** Problems of the file or of entries (those entries are skipped). */
  problems: CorrectionProblem[];
  /** One per valid entry; `index` is the entry's index in the file (what `removeCorrection` takes). */
  results: CorrectionResult[];
  applied: number;
  orphaned: number;
}

/** Applies the sidecar text `json` (null: no sidecar) to `analysis` of `text`. Never throws. */
export function applySidecarText(analysis: Analysis, text: string, json: string | null | undefined): SidecarApplied {
  if (json === null || json === undefined) return { analysis, corrections: [], problems: [], results: [], applied: 0, orphaned: 0 };
  const parsed = parseCorrections(json);
  const out = applyCorrections(analysis, text, parsed.corrections);
  return {
    analysis: out.analysis,
    corrections: parsed.corrections,
    problems: parsed.problems,
    results: out.results.map((r) => ({ ...r, index: parsed.indices[r.index] ?? r.index })),
    applied: out.applied,
    orphaned: out.orphaned,
  };
}
