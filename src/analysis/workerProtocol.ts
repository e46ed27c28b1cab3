// Messages between the extension host (or any Node caller) and the analysis worker thread.
import type { Analysis } from './types';
import type { AnalysisPatch } from './delta';

export type Layer = 'paragraphs' | 'entities' | 'actors' | 'quotes' | 'claims';
export const LAYERS: readonly Layer[] = ['paragraphs', 'entities', 'actors', 'quotes', 'claims'];

/** The scalar part of an analysis (everything but the layer arrays). */
export type AnalysisHead = Omit<Analysis, Layer>;

export type WorkerRequest =
  /** Analyse `text` (the document `key`); with `window`, first send a preview of the paragraphs around it. */
  | {
    type: 'analyze'; id: number; key: string; text: string; window?: { start: number; end: number }; chunks?: number;
    /** The request id of the caller's current analysis of this document: the worker may answer with a patch of it. */
    base?: number;
    /** `text` is only what changed: the whole text is the base's first `prefix` and last `suffix` characters around it. */
    edit?: { prefix: number; suffix: number };
  }
  /** The rest of a long text, sent in pieces so that no single copy blocks the caller (`chunks` of them follow). */
  | { type: 'chunk'; id: number; text: string }
  /** Drop a queued or streaming request (its results are no longer wanted). */
  | { type: 'cancel'; id: number }
  /** The caller has taken `count` parts of this request: the worker may send more. */
  | { type: 'ack'; id: number; count: number }
  /** Drop the paragraph cache of a closed document. */
  | { type: 'forget'; key: string }
  /** Load the engine and warm it on a small text; answered by `ready`. */
  | { type: 'warm' };

/**
 * Results come back in small parts (flow-controlled by acks), so that no single message takes long to deserialise on
 * the caller's thread and the caller's event loop turns between parts. `phase` says whether a part belongs to the
 * visible-window preview or to the full analysis.
 */
export type WorkerResponse =
  | { type: 'part'; id: number; phase: Phase; field: Layer; items: unknown[] }
  | { type: 'preview'; id: number; analysis: AnalysisHead; ms: number }
  /** A small analysis (at most PART_CELLS cells in all) comes whole in `done`, without parts: its layers are set then. */
  | {
    type: 'done'; id: number; analysis: AnalysisHead & Partial<Pick<Analysis, Layer>>; ms: number; startup?: WorkerStartup;
    /** The layers as a patch of the caller's analysis `base` (see delta.ts), instead of whole or in parts. */
    patch?: AnalysisPatch; base?: number;
  }
  | { type: 'error'; id: number; message: string }
  | { type: 'ready'; ms: number; startup?: WorkerStartup };

/**
 * Where the worker's first result spent its time (sent once, with the first `done` or `ready`). Times are epoch
 * milliseconds (`performance.timeOrigin + performance.now()`, one clock for every thread of the process), so the caller
 * can line them up with its own marks; `undefined` when not measured.
 */
export interface WorkerStartup {
  /** The worker thread began running its boot code (before loading the bundle). */
  bootAt?: number;
  /** The bundle (engine included) finished loading. */
  loadedAt: number;
  /** The first request (analyze or warm) was taken up. */
  startedAt: number;
  /** Time spent loading the engine's lexicon (inside the first analysis), and whether it came prebuilt. */
  lexiconMs?: number;
  lexiconSource?: 'prebuilt' | 'built';
  /** The first analysis (lexicon load included) finished. */
  analysedAt: number;
  /** Whether the bundle was compiled from V8's code cache (see CodeCacheState in workerClient.ts). */
  codeCache?: string;
}

export type Phase = 'preview' | 'full';

/** The worker's answer to an edit (`edit`) whose base it no longer has: the caller sends the whole text again. */
export const BASE_MISSING = 'base text missing';

/** Upper bound of the estimated size (in "cells": an item counts 1 + its nested spans) of one part. */
export const PART_CELLS = 1500;
/** Parts in flight before the worker waits for an ack (the caller acks after yielding to its event loop). */
export const PART_CREDIT = 4;
/** Texts longer than this (characters) are posted in pieces of this size, one per turn of the caller's event loop. */
export const TEXT_CHUNK = 1 << 20;

/** The rough size of a whole analysis's layers, in cells; stops counting once past `limit`. */
export function totalCells(analysis: Analysis, limit = Infinity): number {
  let n = 0;
  for (const field of LAYERS) {
    for (const item of analysis[field] as unknown[]) {
      n += cells(item);
      if (n > limit) return n;
    }
  }
  return n;
}

/** A rough size of one layer item: 1 + nested spans (actor mentions, quote/claim ids). */
export function cells(item: unknown): number {
  const o = item as { mentions?: unknown[]; quotes?: unknown[]; claims?: unknown[]; aliases?: unknown[] };
  return 1 + (o.mentions?.length ?? 0) + (Array.isArray(o.quotes) ? o.quotes.length : 0) + (Array.isArray(o.claims) ? o.claims.length : 0) + (o.aliases?.length ?? 0);
}
