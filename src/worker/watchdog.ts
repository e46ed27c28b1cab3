// The client's watchdog: no request keeps the only worker busy past its time budget (a runaway analysis of a hostile
// input is stopped by restarting the worker). Platform-neutral (timers only).

/**
 * Time budget (ms) of an analysis of `chars` characters: 10 s plus 2 ms per 1,000 characters (10 MB: ~31 s). The
 * engine does a 10 MB seed in well under a second, so only a runaway analysis (a hostile input) ever reaches it.
 */
export function defaultBudgetMs(chars: number): number {
  return 10_000 + chars / 500;
}

/**
 * Time budget (ms) of an analysis of `chars` characters while another document's request waits behind it: 2 s plus
 * 1 ms per 1,000 characters (1 MB: ~3 s, 10 MB: ~12 s), so that a runaway analysis holds up the others for seconds,
 * not for the whole budget.
 */
export function defaultContendedBudgetMs(chars: number): number {
  return 2_000 + chars / 1000;
}

/**
 * Budget (ms, from its start) of an analysis whose result is no longer wanted (superseded by a newer version of its
 * document, or the document closed): 1 s plus 0.5 ms per 1,000 characters (1 MB: ~1.5 s, 10 MB: ~6 s). Past it, the
 * worker is restarted rather than left busy, so that the requests behind it (the newer version, other documents) run.
 */
export function defaultCancelledBudgetMs(chars: number): number {
  return 1_000 + chars / 2000;
}

export interface WatchdogBudgets {
  /** Time budget (ms) of an analysis of so many characters; default defaultBudgetMs. */
  budgetMs?: (chars: number) => number;
  /** Time budget (ms) while another document's request waits; default defaultContendedBudgetMs. */
  contendedBudgetMs?: (chars: number) => number;
  /** Budget (ms from its start) of an analysis no longer wanted; default defaultCancelledBudgetMs. */
  cancelledBudgetMs?: (chars: number) => number;
}

/** An analysis stopped by the watchdog. */
export interface WorkerTimeout {
  key: string;
  /** How long it had run, ms. */
  ms: number;
  chars: number;
  /** True when its result was no longer wanted (superseded or closed): nobody waits for it. */
  cancelled: boolean;
}

const epoch = (): number => performance.timeOrigin + performance.now();

export class Watchdog<R> {
  restarts = 0;
  /** The request the worker is busy with (from its `start` until its first full part or its answer). */
  running: { request: R; key: string; chars: number; since: number; wanted: boolean } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly budgets: WatchdogBudgets,
    /** Whether someone still waits for the request's result. */
    private readonly wanted: (r: R) => boolean,
    /** Called when the running request is past its budget. */
    private readonly overrun: () => void,
    /** Whether a request for another document than `key` waits. */
    private readonly othersWaiting: (key: string) => boolean = () => false,
  ) {}

  /** The worker took up `request` (a text of `chars` characters). */
  start(request: R, key: string, chars: number): void {
    this.running = { request, key, chars, since: epoch(), wanted: this.wanted(request) };
    this.arm();
  }

  isRunning(request: R): boolean {
    return this.running?.request === request;
  }

  stop(): void {
    this.running = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The request's result is no longer wanted: the shorter budget applies if it is running. */
  cancelled(request: R): void {
    if (this.running?.request !== request) return;
    this.running.wanted = false;
    this.arm();
  }

  /** A request for `key` now waits: a running analysis of another document gets the contended budget. */
  contended(key: string): void {
    if (this.running && this.running.key !== key && this.running.wanted) this.arm();
  }

  /** (Re)arms the timer for the running request: its budget, or a shorter one when unwanted or holding up others. */
  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const r = this.running;
    if (!r) return;
    let budget = r.wanted ? (this.budgets.budgetMs ?? defaultBudgetMs)(r.chars) : (this.budgets.cancelledBudgetMs ?? defaultCancelledBudgetMs)(r.chars);
    if (r.wanted && this.othersWaiting(r.key)) budget = Math.min(budget, (this.budgets.contendedBudgetMs ?? defaultContendedBudgetMs)(r.chars));
    const wait = r.since + budget - epoch();
    if (wait <= 0) {
      this.overrun();
      return;
    }
    this.timer = setTimeout(() => this.overrun(), wait);
    (this.timer as { unref?: () => void }).unref?.();
  }
}
