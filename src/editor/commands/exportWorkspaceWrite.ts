// Export All Seeds writes each seed's output as soon as that seed is analysed (src/editor/commands/exportWorkspace.ts
// reads, analyses and hands the seeds over one at a time): into a folder through the export plan, one piece per seed
// (planInput, the pieces `planExport` is made of: the same names and files), brat's annotation.conf last; or into one
// combined CSV / JSON Lines file, a part per seed written piece by piece (combinedPieces, as the CLI writes it), to a temporary
// file renamed over the target only when every seed is done. The export holds the current seed's analysis only.
//
// Protecting files, as when the whole plan was run at once:
// - no output is written over a seed: a file at an output's name is compared (by identity: symlinks, hard links) with
//   the seeds done so far and with the candidates not read yet (outside the output folder), which may be seeds;
// - an existing different file is asked about at the first one met: Overwrite or Skip applies to the rest of the
//   export, dismissing the question stops it (the files of the seeds before it stay written);
// - a refusal (an output that is a seed, or not a regular file) stops the export at that seed;
// - the combined file replaces the target only when every seed is done: on Cancel it is not written (the temporary
//   file is removed, a previous file at the target is kept), and the summary says so.
import * as vscode from 'vscode';
import { combinedPieces, outputNamer } from '../../export/batch';
import type { ExportFormat, ExportInput } from '../../export/common';
import { AtomicFile, fileIdentity } from '../../export/files';
import type { ExportOptions } from '../../export/index';
import { executePlan, type NotWritten, type PlanOutcome, planBratConf, planInput, type PlannedFile, type PlanPolicy } from '../../export/plan';
import { baseOf, childUri, describeError, existingAtUri, writePieces, writeText } from './exportWrite';

export interface ExportSummaryLists {
  done: string[];
  skipped: { file: string; reason: string }[];
  written: vscode.Uri[];
  notWritten: { file: string; reason: string }[];
  cancelled: boolean;
}

/**
 * What became of one seed handed to a sink: written (or its outputs listed as not written), not exportable (skipped), or
 * the export stops (`cancelled`: a refusal or the question dismissed, as before; else a write that failed).
 */
export type SeedOutcome = { ok: true } | { ok: false; skip: string } | { ok: false; stop: true; cancelled: boolean };

export interface SeedSink {
  /** Writes the output(s) of one analysed seed. */
  add(uri: vscode.Uri, input: ExportInput): Promise<SeedOutcome>;
  /** After the last seed, or when the export stops (`cancelled`: the progress's Cancel). */
  finish(cancelled: boolean): Promise<void>;
}

/**
 * The files an output must never be written over: the candidates not read yet (they may be seeds) and the seeds done,
 * by identity (file: URIs: device and inode, or the real path; others: the URI). A candidate read and skipped is
 * dropped, as it is not a seed of this export. Identities are taken once each (not once per output and seed).
 */
export class SeedIdentities {
  private readonly owner = new Map<string, number>();
  private readonly keys: (string | null)[] = [];

  /** `candidates` in the order they are read (indices as in `drop`); those `ignored` (in the output folder) are not seeds. */
  constructor(candidates: readonly vscode.Uri[], ignored: (uri: vscode.Uri) => boolean = () => false) {
    candidates.forEach((uri, i) => {
      const key = ignored(uri) ? null : identityKey(uri);
      this.keys.push(key);
      if (key !== null && !this.owner.has(key)) this.owner.set(key, i);
    });
  }

  /** Candidate number `i` is not a seed of this export (skipped). */
  drop(i: number): void {
    const key = this.keys[i];
    if (key !== null && this.owner.get(key) === i) this.owner.delete(key);
  }

  /** The candidate (a seed done, or one not read yet) that `uri` is, or -1. */
  indexOf(uri: vscode.Uri): number {
    const key = identityKey(uri);
    return key === null ? -1 : this.owner.get(key) ?? -1;
  }
}

function identityKey(uri: vscode.Uri): string | null {
  if (uri.scheme !== 'file') return `uri:${uri.toString()}`;
  const id = fileIdentity(uri.fsPath);
  if (!id) return null;
  if (id.ino !== 0) return `id:${id.dev}:${id.ino}`;
  return `real:${process.platform === 'win32' || process.platform === 'darwin' ? id.real.toLowerCase() : id.real}`;
}

/** Asks about existing different files: Overwrite, Skip (write only new files) or cancel; the caller keeps the answer. */
export type AskOverwrite = (files: PlannedFile[], folder: vscode.Uri) => Promise<'cancel' | 'overwrite' | 'skip'>;

/** The reason shown for an output that was not written. */
export function notWrittenReason(n: NotWritten): string {
  switch (n.why) {
    case 'skipped': return vscode.l10n.t('exists; kept (Skip)');
    case 'after': return vscode.l10n.t('its .txt was not written');
    case 'not-a-file': return vscode.l10n.t('exists and is not a regular file');
    case 'input': return vscode.l10n.t('is a seed file');
    default: return describeError(n.error);
  }
}

/** One export per seed into `folder`, each seed's files written as it comes; brat's annotation.conf at `finish`. */
export function folderSink(
  folder: vscode.Uri, format: ExportFormat, options: ExportOptions, seeds: SeedIdentities, ask: AskOverwrite, summary: ExportSummaryLists,
): SeedSink {
  const name = outputNamer(format);
  const types = new Set<string>();
  let k = 0;
  let annThere = false;
  let answer: 'overwrite' | 'skip' | undefined;
  let dismissed = false;
  let stopped = false;
  let refusals = 0;
  let firstRefused = '';
  const policy: PlanPolicy = {
    cancelOnRefusal: true,
    conflicts: async (files) => {
      if (!answer) {
        const a = await ask(files, folder);
        if (a === 'cancel') {
          dismissed = true;
          return 'cancel';
        }
        answer = a;
      }
      return new Set(answer === 'overwrite' ? files.map((f) => f.name) : []);
    },
  };
  const io = {
    existing: (f: PlannedFile, content: () => string) => existingAtUri(childUri(folder, f.name), f.pieces ? () => f.pieces!() : content, (u) => seeds.indexOf(u)),
    write: (f: PlannedFile, content: string) => writeText(childUri(folder, f.name), content),
    writePieces: (f: PlannedFile, pieces: Iterable<string>) => writePieces(childUri(folder, f.name), pieces),
  };
  const record = (outcome: PlanOutcome): void => {
    summary.written.push(...outcome.written.map((f) => childUri(folder, f.name)));
    if ([...outcome.written, ...outcome.kept].some((f) => f.role === 'export')) annThere = true;
    for (const n of outcome.notWritten) {
      summary.notWritten.push({ file: n.file.name, reason: notWrittenReason(n) });
      if (n.why === 'input') {
        refusals++;
        firstRefused ||= n.file.name;
      }
    }
  };
  return {
    async add(_uri, input) {
      const piece = planInput(format, input, k++, name(_uri.path), options);
      const outcome = await executePlan(piece.files, io, policy);
      record(outcome);
      if (outcome.cancelled) {
        // Stopped at this seed (a refusal, or the question dismissed): its other files are listed too.
        stopped = true;
        const listed = new Set([...outcome.written, ...outcome.kept, ...outcome.notWritten.map((n) => n.file)]);
        for (const f of piece.files) {
          if (!listed.has(f)) summary.notWritten.push({ file: f.name, reason: vscode.l10n.t('not written: the export stopped at this seed') });
        }
        return { ok: false, stop: true, cancelled: true };
      }
      for (const t of piece.types()) types.add(t);
      return { ok: true };
    },
    async finish() {
      // The types of the seeds done (all of them, or those before Cancel): their .ann files need it. Not after the
      // question about existing files was dismissed, nor after a stop when no .ann is there.
      if (format === 'brat' && k > 0 && !dismissed && (!stopped || annThere)) {
        record(await executePlan([planBratConf(() => types)], io, policy, { annThere }));
      }
      if (refusals > 0) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader: the export would replace {0} seed file(s) (e.g. {1}). Choose another folder.', refusals, firstRefused));
      }
    },
  };
}

/**
 * One combined CSV or JSON Lines file: each seed's part as it comes, to a temporary file beside the target (file:
 * URIs; other file systems have no append, so their parts are kept as text and written at the end), renamed over the
 * target when every seed is done. Never over a seed.
 */
export function combinedSink(target: vscode.Uri, format: ExportFormat, options: ExportOptions, summary: ExportSummaryLists): SeedSink {
  const onDisk = target.scheme === 'file';
  let file: AtomicFile | undefined;
  const parts: string[] = [];
  let first = true;
  let failed = false;
  const fail = (err: unknown): SeedOutcome => {
    failed = true;
    file?.abort();
    summary.notWritten.push({ file: baseOf(target), reason: describeError(err) });
    return { ok: false, stop: true, cancelled: false };
  };
  // A target that does not exist now is no seed read later (each of them exists when it is read).
  const targetKey = identityKey(target);
  return {
    async add(uri, input) {
      if (targetKey !== null && identityKey(uri) === targetKey) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader: {0} is one of the seed files; choose another name.', baseOf(target)));
        failed = true;
        file?.abort();
        return { ok: false, stop: true, cancelled: true };
      }
      // The seed's part a piece at a time (never held whole on disk): a part that cannot be built before any of it is
      // written skips its seed; once some of it is in the file, the combined file cannot be kept and the export stops.
      const pieces = combinedPieces(format, input, first, options);
      const held: string[] = [];
      let written = false;
      for (;;) {
        let next: IteratorResult<string>;
        try {
          next = pieces.next();
        } catch (err) {
          if (written) return fail(err);
          return { ok: false, skip: vscode.l10n.t('its export cannot be built: {0}', describeError(err)) };
        }
        if (next.done) break;
        if (!onDisk) {
          held.push(next.value);
          continue;
        }
        try {
          file ??= new AtomicFile(target.fsPath);
          file.write(next.value);
          written = true;
        } catch (err) {
          return fail(err);
        }
      }
      first = false;
      parts.push(...held);
      return { ok: true };
    },
    async finish(cancelled) {
      if (failed) return;
      if (cancelled) {
        file?.abort();
        if (!first) summary.notWritten.push({ file: baseOf(target), reason: vscode.l10n.t('cancelled: the combined file is written only when every seed is done') });
        return;
      }
      if (first) return; // no part: nothing to write (an existing file is kept)
      try {
        if (onDisk) file!.commit();
        else await writePieces(target, parts);
        summary.written.push(target);
      } catch (err) {
        fail(err);
      }
    },
  };
}
