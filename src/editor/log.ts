// The one `Seed Reader` output channel of the extension, shared by every part that logs (the analysis service, the
// corpus, the commands). Created on first use; each user gets a handle whose `dispose()` releases only its own share,
// so one part closing its handle does not close the channel under the others.
import * as vscode from 'vscode';

let shared: vscode.OutputChannel | undefined;
let users = 0;

/** A handle on the shared `Seed Reader` output channel (created on first use). */
export function outputChannel(): vscode.OutputChannel {
  shared ??= vscode.window.createOutputChannel(vscode.l10n.t('Seed Reader'));
  const ch = shared;
  users++;
  let released = false;
  return {
    get name() { return ch.name; },
    append: (value: string) => ch.append(value),
    appendLine: (value: string) => ch.appendLine(value),
    replace: (value: string) => ch.replace(value),
    clear: () => ch.clear(),
    show: (...args: unknown[]) => (ch.show as (...a: unknown[]) => void)(...args),
    hide: () => ch.hide(),
    dispose: () => {
      if (released) return;
      released = true;
      if (--users > 0 || shared !== ch) return;
      shared = undefined;
      ch.dispose();
    },
  };
}

let own: vscode.OutputChannel | undefined;

/** Writes a timestamped line to the `Seed Reader` output channel; never throws (an API without channels: nothing). */
export function log(line: string): void {
  try {
    own ??= outputChannel();
    own.appendLine(`[${new Date().toISOString()}] ${line}`);
  } catch {
    // no output channel
  }
}

/** Logs an error with its stack (instead of `console.error`, which a reader never sees). */
export function logError(what: string, err: unknown): void {
  log(`${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
}
