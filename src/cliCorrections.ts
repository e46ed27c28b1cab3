// The CLI side of the reader's corrections: finds and reads the sidecar next to a seed file
// (`<seed file name>.corrections.json`) and applies it. The pure core is src/corrections/.
import * as fs from 'node:fs';
import type { Analysis } from './engine/types';
import { applySidecarText, formatResult, sidecarName } from './corrections';
import { readRegularFile, ReadRefused } from './export/files';

export const SIDECAR_SUFFIX = '.corrections.json';

/** Largest sidecar read (a sidecar is small: one line per correction). */
const MAX_SIDECAR_BYTES = 16 * 1024 * 1024;

export interface SidecarOutcome {
  analysis: Analysis;
  /** The sidecar's path when there is one. */
  sidecar: string | null;
  /** True when the sidecar could not be read or has invalid entries (reported; the valid ones applied). */
  failed: boolean;
  applied: number;
  orphaned: number;
}

/**
 * Applies the sidecar of `file` when there is one. Reports on `stderr`: invalid entries as errors
 * (`failed`), orphaned corrections as warnings. Never throws.
 */
export function applySidecar(file: string, text: string, analysis: Analysis, stderr: (s: string) => void): SidecarOutcome {
  const sidecar = sidecarName(file);
  const none: SidecarOutcome = { analysis, sidecar: null, failed: false, applied: 0, orphaned: 0 };
  try {
    fs.statSync(sidecar);
  } catch {
    return none;
  }
  let json: string;
  try {
    const bytes = readRegularFile(sidecar, MAX_SIDECAR_BYTES, '16 MB');
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    const reason = err instanceof ReadRefused ? err.message
      : err instanceof TypeError ? 'not valid UTF-8 text'
      : (err as NodeJS.ErrnoException)?.code === 'EACCES' ? 'permission denied' : err instanceof Error ? err.message : String(err);
    stderr(`seed-reader: ${sidecar}: cannot read the corrections: ${reason}; exported without them\n`);
    return { ...none, sidecar, failed: true };
  }
  const out = applySidecarText(analysis, text, json);
  for (const p of out.problems) {
    stderr(`seed-reader: ${sidecar}: ${p.message}${p.index === null ? '' : '; skipped (the other corrections still apply)'}\n`);
  }
  out.results.forEach((r, k) => {
    if (r.status === 'orphaned') stderr(`seed-reader: warning: ${sidecar}: ${formatResult(r, out.corrections[k])}\n`);
  });
  return { analysis: out.analysis, sidecar, failed: out.problems.length > 0, applied: out.applied, orphaned: out.orphaned };
}
