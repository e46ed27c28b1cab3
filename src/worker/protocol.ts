// The JSON-RPC protocol between the analysis client (the extension host, a web extension, the bench) and the analysis
// worker (a Node worker thread or a browser Web Worker), on vscode-jsonrpc; platform-neutral (no `node:*`, no `vscode`).
//
// Documents are synced the way a language server's are: `seed/didOpen` (a whole text, possibly in pieces),
// `seed/didChange` (the editor's contentChanges as offset/length/text), `seed/didClose`; `seed/analyze` asks for the
// analysis of a document at a version, with a real cancellation token and progress (`$/progress` on the request's
// token: `start` when the worker takes it up, the visible-window `preview`, then the `part`s of a large result, which
// the client acknowledges with `seed/ack`, so that no burst of messages stalls its thread). The result is the whole
// analysis, its head only (the layers came in parts), or a patch of an analysis the client holds (delta.ts).
import {
  NotificationType, ProgressType, RequestType, RequestType0,
} from 'vscode-jsonrpc/lib/common/api';
import type { Analysis } from '../engine/types';
import type { ArticleSummary } from '../corpus/summary';
import type { AnalysisPatch } from './delta';

export type Layer = 'paragraphs' | 'entities' | 'actors' | 'quotes' | 'claims';
export const LAYERS: readonly Layer[] = ['paragraphs', 'entities', 'actors', 'quotes', 'claims'];

/** The scalar part of an analysis (everything but the layer arrays). */
export type AnalysisHead = Omit<Analysis, Layer>;

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

/** The worker's answer when a result is too large to send safely (see resultChars): nothing of it is sent. */
export const TOO_LARGE = 'analysis too large to display';

// ---------- the messages ----------

/** One edit, in the coordinates of the text before it (UTF-16 offsets, as VS Code's `rangeOffset`/`rangeLength`). */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

/** A whole text, or its first piece when `more` pieces follow (`seed/didChange` appending at the end). */
export interface DidOpenParams {
  key: string;
  version: number;
  text: string;
}

/**
 * Changes turning version `from` of the document into `version` (applied in order, each in the coordinates of the text
 * left by the ones before, as VS Code's contentChanges of one event are not: the client orders them). A worker whose
 * copy is not at `from` drops its copy: the next `seed/analyze` for the document fails with OUT_OF_SYNC.
 */
export interface DidChangeParams {
  key: string;
  from: number;
  version: number;
  changes: TextChange[];
}

export interface AnalyzeParams {
  key: string;
  /** The version of the document to analyse (the worker's copy must be at it, else OUT_OF_SYNC). */
  version: number;
  /** Offsets of the visible range: the paragraphs around it are analysed and sent first (progress `preview`). */
  window?: { start: number; end: number };
  /** The version whose analysis the client holds: the worker may answer with a patch of it. */
  base?: number;
  /** The token of the request's progress (`start`, `preview`, `part`). */
  progress: string;
}

/** The analysis's top-level fields but the layers (`order`: every key of the analysis, in the engine's order). */
export interface AnalyzeResult {
  analysis: AnalysisHead & Partial<Pick<Analysis, Layer>>;
  order: string[];
  /** The layers as a patch of the analysis of version `base` (delta.ts). */
  patch?: AnalysisPatch;
  base?: number;
  ms: number;
  startup?: WorkerStartup;
}

export type AnalyzeProgress =
  /** The worker took the request up (a text of `chars` characters): the client's watchdog times it from here. */
  | { kind: 'start'; chars: number }
  | { kind: 'part'; phase: Phase; field: Layer; items: unknown[] }
  /** The window's preview is complete (its layers came in `preview` parts just before). */
  | { kind: 'preview'; analysis: AnalysisHead; ms: number };

export const DidOpen = new NotificationType<DidOpenParams>('seed/didOpen');
export const DidChange = new NotificationType<DidChangeParams>('seed/didChange');
export const DidClose = new NotificationType<{ key: string }>('seed/didClose');
export const Analyze = new RequestType<AnalyzeParams, AnalyzeResult, void>('seed/analyze');
export const AnalyzeProgressType = new ProgressType<AnalyzeProgress>();
/** The client has taken `count` parts of the request with progress token `progress`: the worker may send more. */
export const Ack = new NotificationType<{ progress: string; count: number }>('seed/ack');
/** Load the engine and warm it on a small text. */
export const Warm = new RequestType0<{ ms: number; startup?: WorkerStartup }, void>('seed/warm');
/** The worker wrote V8's code cache of its bundle (Node only); `digest`: the file's SHA-256 (hex), to be recorded. */
export const CodeCacheWritten = new NotificationType<{ digest: string }>('seed/codeCacheWritten');

/** One file of a corpus batch: its text and, when it has one, its corrections sidecar's text (applied before summarizing). */
export interface CorpusFile {
  key: string;
  text: string;
  corrections?: string;
}

/** One file's answer: its corpus summary (`summarize(key, ...)`), or why there is none. */
export type CorpusFileResult = { key: string; summary: ArticleSummary } | { key: string; error: string };

/**
 * The corpus summaries of a batch of files, analysed with a throwaway analyzer each (the worker keeps nothing of them),
 * one file per turn of the worker's event loop: the editor's requests and the cancellation run in between; a cancelled
 * request fails with CANCELLED_CODE. The results are in the order of the files.
 */
export const CorpusSummaries = new RequestType<{ files: CorpusFile[] }, { results: CorpusFileResult[] }, void>('seed/corpusSummaries');

/** Error codes of `seed/analyze`. */
/** The request was cancelled (the value LSP gives RequestCancelled). */
export const CANCELLED_CODE = -32800;
export const OUT_OF_SYNC = -32001;
export const TOO_LARGE_CODE = -32002;
/** A newer request for the same document replaced this one before it ran. */
export const SUPERSEDED_CODE = -32003;

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
