// How an analysis fails, as the analysis client reports it. Platform-neutral.
import { TOO_LARGE } from './protocol';

/** Rejection reason when a newer request for the same document replaced this one, or it was cancelled. */
export class SupersededError extends Error {
  constructor() {
    super('superseded');
    this.name = 'SupersededError';
  }
}

/** Rejection reason when an analysis ran past its time budget: the worker was restarted to stop it. */
export class AnalysisTimeoutError extends Error {
  constructor(readonly ms: number) {
    super('analysis took too long');
    this.name = 'AnalysisTimeoutError';
  }
}

/** Rejection reason when the result was too large to send safely (the worker sent nothing of it). */
export class AnalysisTooLargeError extends Error {
  constructor() {
    super(TOO_LARGE);
    this.name = 'AnalysisTooLargeError';
  }
}

export interface WorkerCrash {
  message: string;
  /** True when the worker ran out of memory. */
  outOfMemory: boolean;
}
