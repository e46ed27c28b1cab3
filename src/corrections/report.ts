// One-line messages about a sidecar, shared by the CLI and the editor.
import { describeTarget } from './anchor';
import type { Correction, CorrectionProblem, CorrectionResult } from './types';

/** `entry 3 (speaker "He wants…" at 185): orphaned: the text … is no longer in the seed`. */
export function formatResult(r: CorrectionResult, correction?: Correction): string {
  const what = correction && 'target' in correction ? ` ${describeTarget(correction.target)}` : '';
  return `entry ${r.index} (${r.op}${what}): ${r.status === 'orphaned' ? 'orphaned, not applied' : r.status}: ${r.message}`;
}

export function formatProblem(p: CorrectionProblem): string {
  return p.message;
}
