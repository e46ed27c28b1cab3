// The client's side of `seed/corpusSummaries` (protocol.ts): one batch of corpus files, with the caller's cancellation
// and a time budget (the watchdog's defaultBudgetMs of all the batch's text) past which the caller restarts the worker.
// Platform-neutral.
import { CancellationTokenSource, ResponseError, type MessageConnection } from 'vscode-jsonrpc/lib/common/api';
import { AnalysisTimeoutError } from './errors';
import { CANCELLED_CODE, CorpusSummaries, type CorpusFile, type CorpusFileResult } from './protocol';
import { defaultBudgetMs } from './watchdog';

/** A cancellation token as VS Code's and vscode-jsonrpc's. */
export interface CancelLike {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

const epoch = (): number => performance.timeOrigin + performance.now();

/**
 * Sends one batch; resolves with the results in the files' order. Rejects with Error('cancelled') when `token` fires,
 * and with AnalysisTimeoutError past the budget (after calling `overrun`, which restarts the worker).
 */
export function requestSummaries(c: MessageConnection, files: CorpusFile[], token: CancelLike | undefined, overrun: () => void): Promise<CorpusFileResult[]> {
  const cts = new CancellationTokenSource();
  const sub = token?.onCancellationRequested(() => cts.cancel());
  if (token?.isCancellationRequested) cts.cancel();
  const t0 = epoch();
  const chars = files.reduce((n, f) => n + (typeof f?.text === 'string' ? f.text.length : 0), 0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      overrun();
      reject(new AnalysisTimeoutError(epoch() - t0));
    }, defaultBudgetMs(chars));
    (timer as { unref?: () => void }).unref?.();
  });
  const asked = c.sendRequest(CorpusSummaries, { files }, cts.token).then((r) => r.results, (e: unknown) => {
    throw e instanceof ResponseError && e.code === CANCELLED_CODE ? new Error('cancelled') : e;
  });
  return Promise.race([asked, late]).finally(() => {
    clearTimeout(timer);
    sub?.dispose();
  });
}
