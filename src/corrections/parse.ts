// Reading and writing the sidecar: validation entry by entry (a bad entry is reported with its index
// and dropped; the others still apply) and a stable, diff-friendly serialisation. Pure.
import {
  CORRECTION_OPS, CORRECTIONS_SCHEMA, type Correction, type CorrectionOp, type CorrectionProblem, type CorrectionsFile, type CorrectionTarget,
  type MergeActorsCorrection, type QuoteCorrection, type SplitActorCorrection,
} from './types';

export interface ParsedCorrections {
  /** The valid entries, in file order. `indices[k]` is the index in the file of `corrections[k]`. */
  corrections: Correction[];
  indices: number[];
  /** Problems: the file as a whole (index null) or one entry (dropped). */
  problems: CorrectionProblem[];
}

const ACTOR_TYPES = ['person', 'organization', 'collective'];
const QUOTE_KINDS = ['direct', 'indirect', 'partial'];

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

class EntryError extends Error {}

function nonEmptyString(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new EntryError(`${what} must be a string`);
  const t = v.trim();
  if (!t) throw new EntryError(`${what} must not be empty`);
  return t;
}

function target(v: unknown, what = '"target"'): CorrectionTarget {
  if (!isObject(v)) throw new EntryError(`${what} must be an object { "exact": "...", "start": N }`);
  if (typeof v.exact !== 'string' || v.exact.length === 0) throw new EntryError(`${what}.exact must be a non-empty string (the text as written)`);
  if (typeof v.start !== 'number' || !Number.isInteger(v.start) || v.start < 0) throw new EntryError(`${what}.start must be an integer offset >= 0`);
  const t: CorrectionTarget = { exact: v.exact, start: v.start };
  for (const k of ['prefix', 'suffix'] as const) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== 'string') throw new EntryError(`${what}.${k} must be a string`);
    if (v[k]) t[k] = v[k] as string;
  }
  return t;
}

function speakerRef(v: unknown): string | null {
  if (v === null) return null;
  return nonEmptyString(v, '"speaker"');
}

/** Validates one entry (keeping its `note`); throws EntryError with what is wrong. */
function entry(v: unknown): Correction {
  const c = op(v);
  if (isObject(v) && v.note !== undefined) {
    if (typeof v.note !== 'string') throw new EntryError('"note" must be a string');
    c.note = v.note;
  }
  return c;
}

function op(v: unknown): Correction {
  if (!isObject(v)) throw new EntryError('not an object');
  const op = v.op;
  if (typeof op !== 'string') throw new EntryError('missing "op"');
  if (!(CORRECTION_OPS as readonly string[]).includes(op)) throw new EntryError(`unknown op "${op}" (expected one of ${CORRECTION_OPS.join(', ')})`);
  switch (op as CorrectionOp) {
    case 'speaker': {
      const t = target(v.target);
      if (!('speaker' in v)) throw new EntryError('missing "speaker" (an actor name, or null for an unknown speaker)');
      return { op: 'speaker', target: t, speaker: speakerRef(v.speaker) };
    }
    case 'notQuote':
      return { op: 'notQuote', target: target(v.target) };
    case 'quote': {
      const c: QuoteCorrection = { op: 'quote', target: target(v.target) };
      if (v.speaker !== undefined) c.speaker = speakerRef(v.speaker);
      if (v.kind !== undefined) {
        if (typeof v.kind !== 'string' || !QUOTE_KINDS.includes(v.kind)) throw new EntryError(`"kind" must be one of ${QUOTE_KINDS.join(', ')}`);
        c.kind = v.kind as 'direct';
      }
      return c;
    }
    case 'entityType': {
      const type = nonEmptyString(v.type, '"type"').toLowerCase();
      return { op: 'entityType', target: target(v.target), type };
    }
    case 'notEntity':
      return { op: 'notEntity', target: target(v.target) };
    case 'mergeActors': {
      if (!Array.isArray(v.actors)) throw new EntryError('"actors" must be an array of actor names');
      const actors = v.actors.map((a, i) => nonEmptyString(a, `"actors"[${i}]`));
      if (actors.length < 2) throw new EntryError('"actors" needs at least two actor names');
      const c: MergeActorsCorrection = { op: 'mergeActors', actors };
      if (v.name !== undefined) c.name = nonEmptyString(v.name, '"name"');
      return c;
    }
    case 'splitActor': {
      const actor = nonEmptyString(v.actor, '"actor"');
      if (!Array.isArray(v.mentions) || v.mentions.length === 0) throw new EntryError('"mentions" must be a non-empty array of targets');
      const mentions = v.mentions.map((m, i) => target(m, `"mentions"[${i}]`));
      const c: SplitActorCorrection = { op: 'splitActor', actor, mentions, name: nonEmptyString(v.name, '"name"') };
      if (v.type !== undefined) {
        if (typeof v.type !== 'string' || !ACTOR_TYPES.includes(v.type)) throw new EntryError(`"type" must be one of ${ACTOR_TYPES.join(', ')}`);
        c.type = v.type as 'person';
      }
      return c;
    }
    case 'renameActor':
      return { op: 'renameActor', actor: nonEmptyString(v.actor, '"actor"'), name: nonEmptyString(v.name, '"name"') };
  }
}

/** Validates a parsed sidecar value. Never throws. */
export function validateCorrections(value: unknown): ParsedCorrections {
  const out: ParsedCorrections = { corrections: [], indices: [], problems: [] };
  if (!isObject(value)) {
    out.problems.push({ index: null, message: 'not a corrections file: expected an object { "schema": "seed-reader-corrections/1", "corrections": [...] }' });
    return out;
  }
  if (value.schema !== CORRECTIONS_SCHEMA) {
    if (value.schema === undefined) {
      out.problems.push({ index: null, message: `missing "schema": "${CORRECTIONS_SCHEMA}" (the entries are read as that version)` });
    } else {
      out.problems.push({ index: null, message: `unsupported schema ${JSON.stringify(value.schema)} (this version reads "${CORRECTIONS_SCHEMA}"); no correction applied` });
      return out;
    }
  }
  if (!Array.isArray(value.corrections)) {
    out.problems.push({ index: null, message: '"corrections" must be an array' });
    return out;
  }
  value.corrections.forEach((v, i) => {
    try {
      out.corrections.push(entry(v));
      out.indices.push(i);
    } catch (err) {
      const op = isObject(v) && typeof v.op === 'string' ? ` (${v.op})` : '';
      out.problems.push({ index: i, message: `entry ${i}${op}: ${err instanceof Error ? err.message : String(err)}` });
    }
  });
  return out;
}

/** Parses the sidecar's text. Never throws: invalid JSON is one problem for the whole file. */
export function parseCorrections(json: string): ParsedCorrections {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (err) {
    return { corrections: [], indices: [], problems: [{ index: null, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  return validateCorrections(value);
}

/** Key order in the file: the op, what it points at, then what it says. */
const KEY_ORDER = ['op', 'target', 'actor', 'actors', 'mentions', 'speaker', 'kind', 'type', 'name', 'note'];
const TARGET_ORDER = ['exact', 'start', 'prefix', 'suffix'];

function inline(v: unknown, order?: string[]): string {
  if (Array.isArray(v)) return v.length ? `[${v.map((x) => inline(x, TARGET_ORDER)).join(', ')}]` : '[]';
  if (isObject(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined);
    if (order) keys.sort((a, b) => rank(order, a) - rank(order, b));
    const body = keys.map((k) => `${JSON.stringify(k)}: ${inline(v[k], k === 'target' ? TARGET_ORDER : undefined)}`).join(', ');
    return body ? `{ ${body} }` : '{}';
  }
  return JSON.stringify(v) ?? 'null';
}

function rank(order: string[], k: string): number {
  const i = order.indexOf(k);
  return i < 0 ? order.length : i;
}

/** The text of a sidecar: pretty JSON with one correction per line, so that a diff shows one line per change. */
export function serializeCorrections(file: { corrections: readonly Correction[] }): string {
  const lines = file.corrections.map((c) => `    ${inline(c, KEY_ORDER)}`);
  return `{\n  "schema": ${JSON.stringify(CORRECTIONS_SCHEMA)},\n  "corrections": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** An empty sidecar. */
export function emptyCorrections(): CorrectionsFile {
  return { schema: CORRECTIONS_SCHEMA, corrections: [] };
}

/** `000_x.txt` → `000_x.txt.corrections.json`: the sidecar's name for a seed file name (or path). */
export function sidecarName(seedFileName: string): string {
  return `${seedFileName}.corrections.json`;
}
