// The reader's corrections: the sidecar format (`<seed file name>.corrections.json`, schema
// schema/seed-reader-corrections-1.schema.json) and the results of applying one to an Analysis.
// Pure data. No `node:*`, no `vscode`: this folder also runs in a web worker.

export const CORRECTIONS_SCHEMA = 'seed-reader-corrections/1';

/**
 * Where a correction applies: the exact text, found again nearest to `start` (UTF-16 offset into the
 * whole file text, as everywhere). `prefix`/`suffix` (the text just before/after, as in a W3C
 * TextQuoteSelector) break ties between equal texts. When the exact text is no longer in the seed the
 * correction is orphaned: reported, never applied elsewhere.
 */
export interface CorrectionTarget {
  exact: string;
  start: number;
  prefix?: string;
  suffix?: string;
}

/** An actor is named by its canonical name (the name after earlier corrections), an alias, or its id. */
export type ActorRef = string;

/** Every correction may carry a `note` for humans (kept when the file is rewritten, otherwise ignored). */
export interface CorrectionBase { note?: string }

/** The quote at `target` is spoken by `speaker` (an actor's name, or a new name); null: unknown speaker. */
export interface SpeakerCorrection extends CorrectionBase { op: 'speaker'; target: CorrectionTarget; speaker: ActorRef | null }
/** The quote at `target` is not a quote. */
export interface NotQuoteCorrection extends CorrectionBase { op: 'notQuote'; target: CorrectionTarget }
/** `target` is a quote (replacing any quote it overlaps), spoken by `speaker` when given. */
export interface QuoteCorrection extends CorrectionBase { op: 'quote'; target: CorrectionTarget; speaker?: ActorRef | null; kind?: 'direct' | 'indirect' | 'partial' }
/** The entity at `target` has type `type` (an entity is created there when there is none). */
export interface EntityTypeCorrection extends CorrectionBase { op: 'entityType'; target: CorrectionTarget; type: string }
/** `target` is not an entity (nor a mention of an actor). */
export interface NotEntityCorrection extends CorrectionBase { op: 'notEntity'; target: CorrectionTarget }
/** The actors are one: merged into the first, or into the one called `name`; `name` becomes the canonical name. */
export interface MergeActorsCorrection extends CorrectionBase { op: 'mergeActors'; actors: ActorRef[]; name?: string }
/** The mentions of `actor` at `mentions` belong to another actor, `name` (existing or new). */
export interface SplitActorCorrection extends CorrectionBase { op: 'splitActor'; actor: ActorRef; mentions: CorrectionTarget[]; name: string; type?: 'person' | 'organization' | 'collective' }
/** The actor's canonical name is `name` (the old one is kept as an alias). */
export interface RenameActorCorrection extends CorrectionBase { op: 'renameActor'; actor: ActorRef; name: string }

export type Correction =
  | SpeakerCorrection
  | NotQuoteCorrection
  | QuoteCorrection
  | EntityTypeCorrection
  | NotEntityCorrection
  | MergeActorsCorrection
  | SplitActorCorrection
  | RenameActorCorrection;

export type CorrectionOp = Correction['op'];

export const CORRECTION_OPS: readonly CorrectionOp[] = ['speaker', 'notQuote', 'quote', 'entityType', 'notEntity', 'mergeActors', 'splitActor', 'renameActor'];

export interface CorrectionsFile {
  schema: typeof CORRECTIONS_SCHEMA;
  corrections: Correction[];
}

/** A problem with the sidecar itself: unreadable JSON, or an entry that is not a valid correction. */
export interface CorrectionProblem {
  /** Index of the entry in `corrections`, or null for the file as a whole. */
  index: number | null;
  message: string;
}

/** What became of one correction when applied. */
export type CorrectionStatus =
  /** Applied: the analysis changed. */
  | 'applied'
  /** Nothing to do: the analysis already says so (e.g. `notQuote` where the engine finds no quote). */
  | 'unchanged'
  /** The target text (or actor) is gone: not applied anywhere. */
  | 'orphaned';

export interface CorrectionResult {
  /** Index in the list given to `applyCorrections`. */
  index: number;
  op: CorrectionOp;
  status: CorrectionStatus;
  /** Why it is orphaned or unchanged; what it did when applied. */
  message: string;
  /** Where the target was found (applied/unchanged target ops). */
  span?: { start: number; end: number };
}

/**
 * Marker on analysis objects (quotes, entities, actors, claims) that a correction created or changed.
 * Exports show it (`"corrected": true` in seed-reader/1 JSON).
 */
export interface ReaderMark {
  corrected?: true;
}

/** True when a correction created or changed this quote, entity, actor or claim. */
export function isCorrected(x: object | null | undefined): boolean {
  return !!x && (x as ReaderMark).corrected === true;
}
