// Splitting a large analysis into parts (so that no single message takes long to deserialise on the client's thread),
// and the client's reassembly of them. Platform-neutral.
import type { Analysis } from '../engine/types';
import { LAYERS, PART_CELLS, cells, type AnalysisHead, type Layer, type Phase } from './protocol';

export interface Part {
  phase: Phase;
  field: Layer;
  items: unknown[];
}

/** Splits the layers of an analysis into parts of at most PART_CELLS cells (huge actors' mentions are split too). */
export function* partsOf(phase: Phase, analysis: Analysis): Generator<Part> {
  for (const field of LAYERS) {
    const items = analysis[field] as unknown[];
    let batch: unknown[] = [];
    let size = 0;
    for (const item of items) {
      const c = cells(item);
      const mentions = (item as { mentions?: unknown[] }).mentions;
      if (c > PART_CELLS && mentions && mentions.length > PART_CELLS) {
        if (batch.length) yield { phase, field, items: batch };
        batch = [];
        size = 0;
        // The item with its first mentions, then continuation records `{ more: [...] }` for the last item.
        yield { phase, field, items: [{ ...(item as object), mentions: mentions.slice(0, PART_CELLS) }] };
        for (let i = PART_CELLS; i < mentions.length; i += PART_CELLS) {
          yield { phase, field, items: [{ more: mentions.slice(i, i + PART_CELLS) }] };
        }
        continue;
      }
      if (size + c > PART_CELLS && batch.length) {
        yield { phase, field, items: batch };
        batch = [];
        size = 0;
      }
      batch.push(item);
      size += c;
    }
    if (batch.length) yield { phase, field, items: batch };
  }
}

/** The analysis without its layers (whatever else it has, fields added later included). */
export function head(a: Analysis): AnalysisHead {
  const { paragraphs: _p, entities: _e, actors: _a, quotes: _q, claims: _c, ...rest } = a;
  return rest;
}

export function emptyLayers(): Record<Layer, unknown[]> {
  return { paragraphs: [], entities: [], actors: [], quotes: [], claims: [] };
}

/** Adds a part's items to the layers being reassembled (a `{ more }` record continues the last item's mentions). */
export function addPart(target: Record<Layer, unknown[]>, field: Layer, items: readonly unknown[]): void {
  const layer = target[field];
  for (const item of items) {
    const more = (item as { more?: unknown[] } | null)?.more;
    if (more && layer.length) {
      const last = layer[layer.length - 1] as { mentions: unknown[] };
      for (const m of more) last.mentions.push(m);
    } else layer.push(item);
  }
}

/**
 * The analysis from its head and layers, with its keys in `order` (the engine's: the same JSON as the analysis the
 * worker made, fields added later included); keys not in `order` follow.
 */
export function assemble(headPart: Record<string, unknown>, layers: Record<Layer, unknown[]>, order: readonly string[]): Analysis {
  const out: Record<string, unknown> = {};
  const isLayer = (k: string): k is Layer => (LAYERS as readonly string[]).includes(k);
  for (const k of order) {
    if (isLayer(k)) out[k] = layers[k];
    else if (k in headPart) out[k] = headPart[k];
  }
  for (const k of Object.keys(headPart)) if (!(k in out)) out[k] = headPart[k];
  for (const l of LAYERS) if (!(l in out)) out[l] = layers[l];
  return out as unknown as Analysis;
}
