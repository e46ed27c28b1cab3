// The CLI's analyses with a memory bound. A large input is analysed in a worker thread with a V8 heap limit
// (`resourceLimits`), as the editor's analyses are (src/worker/node/spawn.ts): an analysis that needs more memory than
// the limit stops that thread, not the process, and the input gets one error line while the others are still
// processed. Small inputs, whose analysis cannot come near the limit, are analysed in the process as before (no thread
// to start: the CLI's start time and per-file speed on ordinary seeds are unchanged).
//
// The thread runs the CLI's own bundle (dist/cli.js; src/cli.ts serves analyses when it is loaded in a worker thread)
// and sends the analysis back as a structured clone: the same plain data the process would have computed.
import { getHeapStatistics } from 'node:v8';
// node:worker_threads is loaded only when a thread is needed (loading it takes 10-25 ms of the CLI's start).
import type { Worker } from 'node:worker_threads';
import { analyze, type Analysis } from '../engine';
import { UsageError } from './common';

/**
 * Default --max-memory: V8's heap limit for this process (Node sets it from the machine's memory; 4 GB on a machine
 * with 16 GB or more). An input the process could analyse before is analysed as before; one that would have ended the
 * process with "JavaScript heap out of memory" is now reported and skipped.
 */
export function defaultMaxMemoryMB(): number {
  return Math.max(256, processHeapMB());
}

function processHeapMB(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024));
}

/** Parses a --max-memory value (MB; null: the default). */
export function parseMaxMemory(raw: string | null): number {
  if (raw === null) return defaultMaxMemoryMB();
  const mb = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(mb) || mb < 16) throw new UsageError(`--max-memory needs a whole number of MB, at least 16, not '${raw}'`);
  return mb;
}

/**
 * Inputs up to this many characters are analysed in the process: one character per KB of the limit (and of the
 * process's own heap limit), 4 M characters with 4 GB. The engine's analysis needs at most about 260 bytes of memory
 * per character (peak RSS on the adversarial shapes of bench/, docs/bench.md, "CLI on hostile inputs"): such an input
 * stays under a quarter of the limit. A larger input is analysed in the thread, whose start and the copy of its
 * analysis back cost about a quarter more CPU (8 MB of ordinary text: 3.4 → 4.3 s).
 */
export function inProcessChars(maxMemoryMB: number): number {
  return Math.min(maxMemoryMB, processHeapMB()) * 1024;
}

/** Where the analysis thread's code is (the CLI's entry file) and its limits; tests lower them. */
export interface AnalysisThreadOptions {
  /** The file the worker thread runs: the CLI's entry (dist/cli.js, or out/src/cli.js under the tests). */
  file: string;
  /** Inputs up to this many characters are analysed in the process (default inProcessChars of the limit). */
  inProcessChars?: number;
}

/** workerData of the analysis thread. */
export const THREAD_MARK = 'seed-reader-cli-analysis';
/** The argument the thread is given (its process.argv): the CLI's entry looks for it before loading worker_threads. */
export const THREAD_ARG = '--seed-reader-analysis-thread';

interface Request { id: number; text: string }
type Reply = { id: number; analysis: Analysis } | { id: number; error: string };

/**
 * In the analysis thread: answers each request with the text's analysis and returns true (src/cli.ts calls it first);
 * elsewhere returns false.
 */
export async function serveAnalysisThread(): Promise<boolean> {
  if (!process.argv.includes(THREAD_ARG)) return false;
  const { parentPort, workerData } = await import('node:worker_threads');
  if (!parentPort || (workerData as { mark?: unknown } | null)?.mark !== THREAD_MARK) return false;
  const port = parentPort;
  port.on('message', ({ id, text }: Request) => {
    let reply: Reply;
    try {
      reply = { id, analysis: analyze(text) };
    } catch (err) {
      reply = { id, error: `analysis failed: ${err instanceof Error ? err.message : String(err)}` };
    }
    port.postMessage(reply);
  });
  return true;
}

export type Bounded = { analysis: Analysis } | { error: string };

/**
 * Analyses texts: small ones with `local` in the process, large ones in a worker thread whose heap is limited to
 * `maxMemoryMB`. A thread is started for each large input and ends with it (its memory is released before the next
 * input is read). `close()` stops one still running. Without thread options every text is analysed in the process.
 */
export class BoundedAnalyzer {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly inProcess: number;

  constructor(
    private readonly local: (text: string) => Analysis,
    private readonly maxMemoryMB: number,
    private readonly thread: AnalysisThreadOptions | undefined,
  ) {
    this.inProcess = thread?.inProcessChars ?? inProcessChars(maxMemoryMB);
  }

  /** Whether `text` would be analysed in the worker thread. */
  inThread(text: string): boolean {
    return this.thread !== undefined && text.length > this.inProcess;
  }

  /** The analysis, or why there is none (errors of the process's own analysis are thrown, as before). */
  async analyze(text: string): Promise<Bounded> {
    if (!this.inThread(text)) return { analysis: this.local(text) };
    const w = this.worker ?? await this.start();
    const id = this.nextId++;
    return new Promise<Bounded>((resolve) => {
      const done = (r: Bounded): void => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        w.unref();
        // The thread ends with its input: its heap (the analysis's working set, collected or not) goes back to the
        // system before the next input is read. A new thread costs tens of ms; a large input's analysis seconds.
        this.drop(w);
        void w.terminate();
        resolve(r);
      };
      const onMessage = (m: Reply): void => {
        if (m.id !== id) return;
        done('analysis' in m ? { analysis: m.analysis } : { error: m.error });
      };
      const onError = (err: Error & { code?: string }): void => {
        this.drop(w);
        done({ error: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.outOfMemory() : `analysis failed: ${err.message}` });
      };
      const onExit = (code: number): void => {
        this.drop(w);
        done({ error: `analysis failed: the analysis thread stopped (exit code ${code})` });
      };
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.ref();
      w.postMessage({ id, text } satisfies Request);
    });
  }

  private outOfMemory(): string {
    return `the analysis needs more than ${this.maxMemoryMB} MB of memory (--max-memory); not analysed`;
  }

  private async start(): Promise<Worker> {
    const { Worker } = await import('node:worker_threads');
    const w = new Worker(this.thread!.file, {
      argv: [THREAD_ARG],
      workerData: { mark: THREAD_MARK },
      resourceLimits: { maxOldGenerationSizeMb: this.maxMemoryMB },
      stdout: false,
      stderr: false,
    });
    // A thread that failed while idle is simply replaced at the next large input.
    w.on('error', () => this.drop(w));
    w.on('exit', () => this.drop(w));
    w.unref();
    this.worker = w;
    return w;
  }

  private drop(w: Worker): void {
    if (this.worker === w) this.worker = null;
  }

  /** Stops the thread (if one runs). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
