// The caller thread's responsiveness while some work runs: the longest gap of its event loop, seen by a 1 ms interval.
import { performance } from 'node:perf_hooks';

/** Longest gap of the caller's event loop (a 1 ms interval probe) while `work` runs, and the work's duration. */
export async function probe<T>(work: () => Promise<T>): Promise<{ longest: number; total: number; value: T }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  await new Promise((r) => setTimeout(r, 5));
  last = performance.now();
  const t0 = performance.now();
  const value = await work();
  const end = performance.now();
  worst = Math.max(worst, end - last);
  clearInterval(timer);
  return { longest: worst, total: end - t0, value };
}
