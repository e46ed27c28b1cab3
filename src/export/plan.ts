// One plan for writing the exports of 1..n inputs into a folder, used by `seed-reader export --out FOLDER`, Export
// Annotations and Export All Seeds: the files to write (names unique in the folder, brat's `.txt` and `annotation.conf`
// beside the `.ann`), and the rules on what may be written over. Pure: no fs, no vscode. Each front end says what is at
// a name now (`PlanIO.existing`), writes (`PlanIO.write`), and decides about existing different files (`PlanPolicy`).
//
// The rules:
// - an input (by real identity: symlinks, hard links) is never written over; when it already holds exactly the content
//   (brat's LF `.txt` beside an LF seed) it is kept as it is;
// - a file with exactly the content is left alone; an existing different file is a conflict, written only when the
//   policy says so (the CLI's --force, the editor's Overwrite);
// - brat: a `.ann` only beside its `.txt` (written or kept): a `.ann` indexing another text would be wrong;
//   `annotation.conf` (the types of every input) only when some `.ann` is there;
// - contents are built when needed (twice at most: compared, then written) so that a batch never holds them all; a
//   writer that takes pieces (PlanIO.writePieces, the CLI) gets them one at a time and never holds one whole content;
// - a plan is made of one piece per input (planInput) and brat's annotation.conf: the CLI executes the pieces one at a
//   time as it analyses each input (src/cli/folder.ts), the editor the whole plan at once.
import { bratAnnPieces, bratConf, bratText, toBrat, type BratOutput } from './brat';
import type { ExportFormat, ExportInput } from './common';
import { exportPieces, type ExportOptions, exportText } from './index';
import { uniqueOutputNames } from './batch';

export type PlannedRole = 'export' | 'brat-txt' | 'brat-conf';

export interface PlannedFile {
  /** Name in the output folder. */
  name: string;
  role: PlannedRole;
  /** Index of the input it is made from; -1 for annotation.conf (made from all). */
  input: number;
  /** Index in the plan of the file that must be there first (a `.ann`'s `.txt`). */
  after?: number;
  /** Builds the content; throws what the exporter throws (a RangeError beyond V8's string limit). */
  content(): string;
  /** The content in pieces (joined, exactly `content()`), for a writer that takes them one at a time (`PlanIO.writePieces`). */
  pieces?(): Iterable<string>;
}

/** The inputs of a plan: each with the name (or path) its output is named after. */
export interface PlanInput {
  name: string;
  input: ExportInput;
}

/**
 * The files of exporting `inputs` in `format` into one folder, in the order they are to be written. `mainNames` fixes the
 * names of the main files (a save dialog's choice); by default they are `uniqueOutputNames` of the inputs' names.
 */
export function planExport(format: ExportFormat, inputs: PlanInput[], options: ExportOptions = {}, mainNames?: string[]): PlannedFile[] {
  const names = mainNames ?? uniqueOutputNames(inputs.map((i) => i.name), format);
  const pieces = inputs.map(({ input }, k) => planInput(format, input, k, names[k], options));
  const plan = pieces.flatMap((p) => p.files);
  if (format === 'brat') {
    // Offsets of `after` within the whole plan.
    plan.forEach((f, i) => { if (f.after !== undefined) f.after = i - 1; });
    plan.push(planBratConf(() => {
      const types = new Set<string>();
      for (const p of pieces) for (const t of p.types()) types.add(t);
      return types;
    }));
  }
  return plan;
}

/** One input's files of a folder export, for writing input by input (src/cli/folder.ts); `planExport` is made of them. */
export interface InputPlan {
  /** Its export, or brat's `.txt` then `.ann` (`after` 0: the `.txt` of this piece). */
  files: PlannedFile[];
  /** brat: the annotation types of its `.ann` (none when it cannot be built); other formats: none. */
  types(): readonly string[];
}

/** The files of input number `k` named `name` (see `planExport`). */
export function planInput(format: ExportFormat, input: ExportInput, k: number, name: string, options: ExportOptions = {}): InputPlan {
  if (format !== 'brat') {
    return {
      files: [{ name, role: 'export', input: k, content: () => exportText(format, input, options), pieces: () => exportPieces(format, input, options) }],
      types: () => [],
    };
  }
  let built: BratOutput | undefined;
  const brat = (): BratOutput => (built ??= toBrat(input));
  // The types of the .ann once it has been written in pieces (then toBrat is never built).
  let annTypes: Set<string> | undefined;
  const stem = name.replace(/\.ann$/i, '');
  return {
    files: [
      { name: `${stem}.txt`, role: 'brat-txt', input: k, content: () => (built ? built.txt : bratText(input.text)) },
      {
        name, role: 'export', input: k, after: 0, content: () => brat().ann,
        pieces: function* () {
          const types = new Set<string>();
          yield* bratAnnPieces(input, undefined, types);
          annTypes = types;
        },
      },
    ],
    types: () => {
      if (annTypes) return [...annTypes];
      try {
        return brat().types;
      } catch {
        return []; // that input's .ann is not built either (reported there)
      }
    },
  };
}

/** brat's `annotation.conf`: the types of every input (`types` is called when the content is needed). */
export function planBratConf(types: () => Iterable<string>): PlannedFile {
  return { name: 'annotation.conf', role: 'brat-conf', input: -1, content: () => bratConf(types()) };
}


/** What is at a planned file's name now. */
export type Existing =
  | { kind: 'absent' }
  /** Holds exactly the content. */
  | { kind: 'same' }
  /** Holds something else. */
  | { kind: 'differs' }
  /** Is input number `index` (or a link to it); `same`: it holds exactly the content. */
  | { kind: 'input'; index: number; same: boolean }
  /** A folder, device or anything but a regular file. */
  | { kind: 'not-a-file' };

export interface PlanIO {
  /** What is at `file.name` now; `content` builds the content to compare with (only call it when something is there). */
  existing(file: PlannedFile, content: () => string): Existing | Promise<Existing>;
  write(file: PlannedFile, content: string): void | Promise<void>;
  /**
   * Writes a file whose content comes in pieces (files that have `pieces`), taking them one at a time so that the whole
   * content is never held; all or nothing (an atomic file). A piece that cannot be built throws `Unbuilt`.
   */
  writePieces?(file: PlannedFile, pieces: Iterable<string>): void | Promise<void>;
  /** Between files: false stops the export (cancelled). Also the place to yield to the event loop. */
  next?(): boolean | Promise<boolean>;
}

export interface PlanPolicy {
  /** Existing different files: the names to write over (the others are skipped), or 'cancel' to write nothing. */
  conflicts(files: PlannedFile[]): 'cancel' | ReadonlySet<string> | Promise<'cancel' | ReadonlySet<string>>;
  /** Files that must not be written (inputs, non-files) cancel the whole export before anything is written. */
  cancelOnRefusal?: boolean;
}

export type NotWrittenWhy =
  /** It is an input (or a link to one) that holds something else. */
  | 'input'
  | 'not-a-file'
  /** An existing different file the policy kept. */
  | 'skipped'
  /** Its content could not be built (`error`). */
  | 'unbuilt'
  /** The write failed (`error`). */
  | 'failed'
  /** The file it needs (a `.ann`'s `.txt`, annotation.conf's `.ann`s) is not there. */
  | 'after';

export interface NotWritten {
  file: PlannedFile;
  why: NotWrittenWhy;
  error?: unknown;
  /** For 'input': the input it is. */
  inputIndex?: number;
}

export interface PlanOutcome {
  written: PlannedFile[];
  /** Already there with exactly the content. */
  kept: PlannedFile[];
  notWritten: NotWritten[];
  /** The policy cancelled, a refusal did (cancelOnRefusal), or `next()` said stop. */
  cancelled: boolean;
}

/** For a plan that is part of a larger one (written input by input): what the earlier parts left. */
export interface PlanContext {
  /** Some brat `.ann` of an earlier part is there (written or kept): `annotation.conf` may be written. */
  annThere?: boolean;
}

type Decision = { write: true } | { write: false; kept: true } | { write: false; kept: false; why: NotWrittenWhy; error?: unknown; inputIndex?: number };

/** The rule for one file, from what is there: write, keep, or not (and why); conflicts are decided by the policy. */
export function decide(existing: Existing): Decision | 'conflict' {
  switch (existing.kind) {
    case 'absent': return { write: true };
    case 'same': return { write: false, kept: true };
    case 'differs': return 'conflict';
    case 'input': return existing.same ? { write: false, kept: true } : { write: false, kept: false, why: 'input', inputIndex: existing.index };
    case 'not-a-file': return { write: false, kept: false, why: 'not-a-file' };
  }
}

/** Looks at every file first (so that conflicts are decided once), then writes in order. Never throws for a file. */
export async function executePlan(plan: PlannedFile[], io: PlanIO, policy: PlanPolicy, context: PlanContext = {}): Promise<PlanOutcome> {
  const outcome: PlanOutcome = { written: [], kept: [], notWritten: [], cancelled: false };
  const decisions: (Decision | 'conflict')[] = [];
  for (const file of plan) {
    let d: Decision | 'conflict';
    try {
      d = decide(await io.existing(file, file.content));
    } catch (error) {
      d = { write: false, kept: false, why: 'unbuilt', error };
    }
    decisions.push(d);
  }
  if (policy.cancelOnRefusal && decisions.some((d) => d !== 'conflict' && !d.write && !d.kept && (d.why === 'input' || d.why === 'not-a-file'))) {
    return refused(plan, decisions, outcome);
  }
  const conflicts = plan.filter((_, i) => decisions[i] === 'conflict');
  if (conflicts.length > 0) {
    const answer = await policy.conflicts(conflicts);
    if (answer === 'cancel') return { ...outcome, cancelled: true };
    plan.forEach((f, i) => {
      if (decisions[i] === 'conflict') decisions[i] = answer.has(f.name) ? { write: true } : { write: false, kept: false, why: 'skipped' };
    });
  }
  const there = new Set<number>();
  for (let i = 0; i < plan.length; i++) {
    const file = plan[i];
    if (io.next && !(await io.next())) return { ...outcome, cancelled: true };
    const d = decisions[i] as Decision;
    const needs = file.role === 'brat-conf' ? context.annThere || plan.some((f, j) => f.role === 'export' && there.has(j)) : file.after === undefined || there.has(file.after);
    if (!needs) {
      outcome.notWritten.push({ file, why: 'after' });
      continue;
    }
    if (!d.write) {
      if (d.kept) {
        outcome.kept.push(file);
        there.add(i);
      } else outcome.notWritten.push({ file, why: d.why, error: d.error, inputIndex: d.inputIndex });
      continue;
    }
    const failure = await writeFile(file, io);
    if (failure) {
      outcome.notWritten.push({ file, ...failure });
      continue;
    }
    outcome.written.push(file);
    there.add(i);
  }
  return outcome;
}

/** A piece of a file's content could not be built (what the exporter threw is `error`). */
export class Unbuilt extends Error {
  constructor(readonly error: unknown) {
    super(error instanceof Error ? error.message : String(error));
  }
}

/** The pieces, with what building one throws wrapped in `Unbuilt` (told apart from the writer's own errors). */
export function* unbuiltTagged(pieces: Iterable<string>): Generator<string> {
  const it = pieces[Symbol.iterator]();
  for (;;) {
    let r: IteratorResult<string>;
    try {
      r = it.next();
    } catch (error) {
      throw new Unbuilt(error);
    }
    if (r.done) return;
    yield r.value;
  }
}

/** Builds and writes one file (in pieces when both the file and the writer can); why not, when it is not written. */
async function writeFile(file: PlannedFile, io: PlanIO): Promise<{ why: 'unbuilt' | 'failed'; error: unknown } | null> {
  if (file.pieces && io.writePieces) {
    try {
      await io.writePieces(file, unbuiltTagged(file.pieces()));
      return null;
    } catch (error) {
      return error instanceof Unbuilt ? { why: 'unbuilt', error: error.error } : { why: 'failed', error };
    }
  }
  let content: string;
  try {
    content = file.content();
  } catch (error) {
    return { why: 'unbuilt', error };
  }
  try {
    await io.write(file, content);
  } catch (error) {
    return { why: 'failed', error };
  }
  return null;
}

function refused(plan: PlannedFile[], decisions: (Decision | 'conflict')[], outcome: PlanOutcome): PlanOutcome {
  plan.forEach((file, i) => {
    const d = decisions[i];
    if (d !== 'conflict' && !d.write && !d.kept && (d.why === 'input' || d.why === 'not-a-file')) {
      outcome.notWritten.push({ file, why: d.why, inputIndex: d.inputIndex });
    }
  });
  return { ...outcome, cancelled: true };
}
