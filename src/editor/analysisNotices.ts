// What the analysis service tells the reader: the `Seed Reader` output channel, a file skipped for its size, an
// analysis that took too long or was too large, and worker crashes (every one told, at most one message per interval).
import * as vscode from 'vscode';
import { AnalysisTimeoutError, type AnalysisTooLargeError, type WorkerCrash, type WorkerTimeout } from '../worker/client';

/** The last segment of a URI's path (the file name), or the whole URI. */
export function nameOf(uri: vscode.Uri): string {
  const p = uri.path || '';
  const i = p.lastIndexOf('/');
  return (i >= 0 ? p.slice(i + 1) : p) || uri.toString();
}

export class AnalysisNotices implements vscode.Disposable {
  private output: vscode.OutputChannel | undefined;
  /** When the last crash message was shown, crashes since then not shown yet, and the timer that will show them. */
  private crashShownAt = -Infinity;
  private crashesUnshown: WorkerCrash[] = [];
  private crashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly crashInterval: number) {}

  /** A line in the `Seed Reader` output channel (created on first use). */
  log(line: string): void {
    try {
      this.output ??= vscode.window.createOutputChannel('Seed Reader');
      this.output.appendLine(`[${new Date().toISOString()}] ${line}`);
    } catch {
      // no output channel (an API without one): the messages still show
    }
  }

  tooLargeFile(document: vscode.TextDocument, size: number, maxMB: number): void {
    const name = nameOf(document.uri);
    const open = 'Open Setting';
    void Promise.resolve(
      vscode.window.showWarningMessage(
        `Seed Reader: ${name} is ${(size / 1024 / 1024).toFixed(1)} MB, more than seedReader.maxFileSizeMB (${maxMB} MB), so it is not analysed. Raise the setting (0 = no limit) to analyse it.`,
        open,
      ),
    ).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'seedReader.maxFileSizeMB');
    }, () => undefined);
  }

  /** A document whose analysis took too long or was too large: logged every time, said when `tell`. */
  stopped(document: vscode.TextDocument, err: AnalysisTimeoutError | AnalysisTooLargeError, tell: boolean): void {
    const key = document.uri.toString();
    const name = nameOf(document.uri);
    const slow = err instanceof AnalysisTimeoutError;
    this.log(slow
      ? `analysis of ${key} (${document.version}) took too long: stopped after ${(err.ms / 1000).toFixed(1)} s (the worker was restarted)`
      : `analysis of ${key} (${document.version}) too large to display: not sent to the editor`);
    if (!tell) return;
    const msg = slow
      ? `Seed Reader: the analysis of ${name} took too long and was stopped, so it has no highlights. Other documents are unaffected.`
      : `Seed Reader: the analysis of ${name} is too large to display (far more quotes and names than a news article has), so it has no highlights.`;
    void Promise.resolve(vscode.window.showWarningMessage(msg)).then(undefined, () => undefined);
  }

  timeout(t: WorkerTimeout): void {
    // A timed-out request that someone waited for is reported through its rejection (stopped); this one nobody wanted.
    if (t.cancelled) this.log(`an outdated analysis of ${t.key} (${t.chars} characters) was still running after ${(t.ms / 1000).toFixed(1)} s: the worker was restarted`);
  }

  crash(crash: WorkerCrash): void {
    this.log(`the analysis worker stopped: ${crash.message}${crash.outOfMemory ? ' (out of memory)' : ''}`);
    // Every crash is told, at most one message per crashInterval: crashes in between are summed up in the next one.
    this.crashesUnshown.push(crash);
    if (this.crashTimer) return;
    const wait = this.crashShownAt + this.crashInterval - performance.now();
    if (wait <= 0) this.showCrashes();
    else {
      this.crashTimer = setTimeout(() => this.showCrashes(), wait);
      (this.crashTimer as { unref?: () => void }).unref?.();
    }
  }

  private showCrashes(): void {
    this.crashTimer = undefined;
    const crashes = this.crashesUnshown;
    this.crashesUnshown = [];
    if (!crashes.length) return;
    this.crashShownAt = performance.now();
    const outOfMemory = crashes.some((c) => c.outOfMemory);
    const last = crashes[crashes.length - 1];
    const times = crashes.length > 1 ? ` ${crashes.length} times` : '';
    const open = 'Open Setting';
    const msg = outOfMemory
      ? `Seed Reader: the analysis ran out of memory and was stopped${times} (the editor is unaffected). Lower seedReader.maxFileSizeMB to skip files this large.`
      : `Seed Reader: the analysis worker stopped${times} (${last.message}); it restarts on the next analysis. Details in the Seed Reader output.`;
    void Promise.resolve(vscode.window.showErrorMessage(msg, ...(outOfMemory ? [open] : []))).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'seedReader.maxFileSizeMB');
    }, () => undefined);
  }

  dispose(): void {
    if (this.crashTimer) clearTimeout(this.crashTimer);
    this.crashTimer = undefined;
    this.output?.dispose();
  }
}
