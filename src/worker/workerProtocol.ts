// Messages between the extension host (or any Node caller) and the analysis worker thread.
import type { Analysis } from '../engine/types';
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
  | { type: 'ready'; ms: number; startup?: WorkerStartup }
  /**
   * The worker took up request `id` (a text of `chars` characters): it is busy with it until the request's first full
   * part, `done` or `error`. The caller's watchdog times it from here (see AnalysisWorker).
   */
  | { type: 'start'; id: number; chars: number }
  /** The worker's boot code wrote V8's code cache of the bundle; `digest`: the file's SHA-256 (hex), to be recorded. */
  | { type: 'codeCache'; digest: string };

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

/** The worker's answer when a result is too large to send safely (see resultChars): nothing of it is sent. */
export const TOO_LARGE = 'analysis too large to display';

/**
 * The largest result (in resultChars) the worker sends for a text of `chars` characters: 32 M plus 8 per character of
 * the text. A real seed's analysis is about 1-3 characters per character of text (10 MB of news: ~30 M); a result
 * beyond this is a hostile input's blow-up, whose copy and deserialisation would stall or kill the caller.
 */
export function maxResultChars(chars: number): number {
  return 32 * 1024 * 1024 + 8 * chars;
}

/**
 * A rough size of an analysis's layers, in characters of what is cloned to the caller: every string's length plus a
 * fixed amount per object and span. Stops counting once past `limit`.
 */
export function resultChars(a: Analysis, limit = Infinity): number {
  let n = 40 * a.paragraphs.length;
  for (const e of a.entities) {
    n += 48 + e.id.length + e.text.length + e.type.length + e.canonical.length + (e.actor ? e.actor.length : 0);
    if (n > limit) return n;
  }
  for (const x of a.actors) {
    n += 64 + x.id.length + x.name.length + (x.role ? x.role.length : 0) + 24 * x.mentions.length;
    for (const s of x.aliases) n += 8 + s.length;
    for (const s of x.quotes) n += 8 + s.length;
    for (const s of x.claims) n += 8 + s.length;
    if (n > limit) return n;
  }
  for (const q of a.quotes) {
    n += 160 + q.id.length + q.text.length + (q.speaker ? q.speaker.length : 0) + (q.cue ? q.cue.length : 0) + q.attribution.length;
    if (n > limit) return n;
  }
  for (const c of a.claims) {
    n += 64 + c.id.length + c.actor.length + c.text.length + (c.quote ? c.quote.length : 0) + (c.cue ? c.cue.length : 0);
    if (n > limit) return n;
  }
  return n;
}

/** resultChars of what a patch carries (its new items; moved ones are the caller's already). */
export function patchChars(p: AnalysisPatch, limit = Infinity): number {
  const actors: Analysis['actors'] = [];
  let spans = 0;
  for (const x of p.actors) {
    if (typeof x !== 'object') continue;
    if ('id' in x) actors.push(x);
    else spans += x.mentions.mid.length;
  }
  const a = { length: 0, header: p.header, paragraphs: p.paragraphs.mid, entities: p.entities.mid, quotes: p.quotes.mid, claims: p.claims.mid, actors } as unknown as Analysis;
  return 24 * spans + resultChars(a, limit);
}

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
