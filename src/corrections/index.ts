// The reader's corrections (issue 17): sidecar format, anchoring, validation, editing and applying.
// Pure: no `node:*`, no `vscode` (also runs in the analysis web worker). File I/O is the caller's.
export * from './types';
export { resolveTarget, makeTarget, describeTarget, TARGET_CONTEXT } from './anchor';
export type { Found } from './anchor';
export { parseCorrections, validateCorrections, serializeCorrections, emptyCorrections, sidecarName } from './parse';
export type { ParsedCorrections } from './parse';
export { applyCorrections } from './apply';
export type { ApplyOutcome } from './apply';
export {
  addCorrection, removeCorrection, supersedes, correctionsAt, correctionsOfActor,
  correctSpeaker, markNotQuote, markQuote, correctEntityType, markNotEntity, mergeActors, splitActor, renameActor,
} from './edit';
export { formatResult, formatProblem } from './report';
export { applySidecarText } from './sidecar';
export type { SidecarApplied } from './sidecar';
