// Messages between the extension host (or any Node caller) and the analysis worker thread.
import type { Analysis } from './types';

export type WorkerRequest =
  | { type: 'analyze'; id: number; key: string; text: string }
  | { type: 'forget'; key: string };

/** Large arrays come back in parts, so that no single message takes long to deserialise on the caller's thread. */
export type WorkerResponse =
  | { type: 'part'; id: number; field: 'paragraphs' | 'entities' | 'actors' | 'quotes' | 'claims'; items: unknown[] }
  | { type: 'done'; id: number; analysis: Omit<Analysis, 'paragraphs' | 'entities' | 'actors' | 'quotes' | 'claims'>; ms: number }
  | { type: 'error'; id: number; message: string };

export const PART_SIZE = 2000;
export const LAYERS = ['paragraphs', 'entities', 'actors', 'quotes', 'claims'] as const;
