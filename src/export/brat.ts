// brat standoff: a `.ann` for a `.txt`, plus `annotation.conf` declaring the types.
//
// brat (Python) reads the `.txt` and counts offsets in Unicode code points. Python 3 also turns
// CRLF into LF when it reads text, so the `.txt` written beside the `.ann` is the seed text with
// line breaks normalised to LF and without a BOM, and every offset counts code points of that
// text. Spans that cross a line break become discontinuous fragments (`0 5;6 10`), because the
// line-oriented `.ann` cannot hold a newline and brat cannot show a span across lines.
import type { Span } from '../engine/types';
import { isCorrected } from '../corrections/types';
import { actorMap, actorName, CodePointIndex, type ExportInput, firstNotBefore, validSpan } from './common';

export interface BratOutput {
  /** The text brat must read: LF line breaks, no BOM. */
  txt: string;
  ann: string;
  /** Entity types used by this document (brat names), for `annotation.conf`. */
  types: string[];
  /** True when `txt` differs from the input text (CRLF, CR or BOM removed). */
  normalized: boolean;
}

/** The fixed types; entity kinds beyond these are added as found. */
export const BRAT_BASE_TYPES = ['Person', 'Organization', 'Place', 'Date', 'Money', 'Percent', 'Group', 'Quote', 'Speaker', 'Cue'];

/** `organization` → `Organization`, `work_of_art` → `Work_of_art`; only characters brat accepts in a type. */
export function bratType(kind: string): string {
  const clean = kind.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'Other';
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/** Maps offsets of the original text to the normalised (LF, no BOM) text, in UTF-16 units. */
function normalizer(text: string): { txt: string; map: (o: number) => number } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Positions (in the original) of removed units: the BOM and the \r of every \r\n.
  const removed: number[] = [];
  if (bom) removed.push(0);
  let txt = '';
  let last = bom;
  for (let i = bom; i < text.length; i++) {
    if (text.charCodeAt(i) === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        txt += text.slice(last, i);
        removed.push(i);
        last = i + 1;
      } else {
        txt += text.slice(last, i) + '\n';
        last = i + 1;
      }
    }
  }
  txt += text.slice(last);
  const map = (o: number): number => o - firstNotBefore(removed.length, (i) => removed[i] < o);
  return { txt, map };
}

interface Fragment { start: number; end: number }

/**
 * Characters a fragment never holds: the line breaks of Python's `str.splitlines` (LF, VT, FF, FS, GS,
 * RS, NEL, U+2028, U+2029; CR is gone from the .txt) and tab, the `.ann` field separator. The `.ann` is
 * line- and tab-based, so a span is split there and its text is the fragments joined by a space,
 * exactly the `.txt` slices brat compares it with.
 */
const FRAGMENT_BREAK = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

/** Splits a span (normalised UTF-16 offsets) at line breaks and tabs; trims white space at fragment edges; drops empty fragments. */
function fragments(txt: string, s: Span): Fragment[] {
  const out: Fragment[] = [];
  let a = s.start;
  const push = (x: number, y: number) => {
    while (x < y && /\s/.test(txt[x])) x++;
    while (y > x && /\s/.test(txt[y - 1])) y--;
    if (y > x) out.push({ start: x, end: y });
  };
  for (let i = s.start; i < s.end; i++) {
    if (FRAGMENT_BREAK.test(txt[i])) {
      push(a, i);
      a = i + 1;
    }
  }
  push(a, s.end);
  return out;
}

/** Free text for the last field of a `.ann` line: tabs and line breaks become spaces. */
function field(s: string): string {
  return s.replace(/[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/g, ' ');
}

/** AnnotatorNotes text of what the reader's corrections made or changed. */
const READER_NOTE = 'corrected by the reader';

export function toBrat(input: ExportInput): BratOutput {
  const { txt, map } = normalizer(input.text);
  const types = new Set<string>();
  const ann = [...bratLines(input, txt, map, types)].join('');
  return { txt, ann, types: [...types], normalized: txt !== input.text };
}

/** The brat `.txt` of `text` (`toBrat(...).txt`): LF line breaks, no BOM. */
export function bratText(text: string): string {
  return normalizer(text).txt;
}

/** True when the brat `.txt` of `text` differs from it (a BOM or a CR to remove): `toBrat(...).normalized`, cheaply. */
export function bratNormalizes(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff || text.includes('\r');
}

/** Pieces of at least this many characters (but one line) are handed to the writer at a time. */
export const BRAT_CHUNK_CHARS = 1 << 20;

/**
 * The `.ann` of `toBrat` in pieces of about `chunkChars` characters (each at least one line): joined, exactly its
 * `ann`; the T, A and R lines are handed on as they are made (the notes, which follow them, are held until then).
 * `types` (when given) receives the types of the `.ann` once the pieces are all taken.
 */
export function* bratAnnPieces(input: ExportInput, chunkChars = BRAT_CHUNK_CHARS, types?: Set<string>): Generator<string> {
  const { txt, map } = normalizer(input.text);
  let buf = '';
  for (const line of bratLines(input, txt, map, types ?? new Set())) {
    buf += line;
    if (buf.length >= chunkChars) {
      yield buf;
      buf = '';
    }
  }
  yield buf;
}

/** The lines of the `.ann` (each with its line break): the T, A and R lines, then the AnnotatorNotes; types into `types`. */
function* bratLines(input: ExportInput, txt: string, map: (o: number) => number, types: Set<string>): Generator<string> {
  const { analysis: a, text } = input;
  const n = text.length;
  const cp = new CodePointIndex(txt);
  const actors = actorMap(a);
  const lines: string[] = [];
  const notes: string[] = [];
  let t = 0;
  let r = 0;
  let attr = 0;
  let note = 0;

  const seen = new Map<string, string>();
  /** Emits a T line for a span of the original text (once per type and span); returns its id, or null when nothing is left of it. */
  const tb = (type: string, s: Span): string | null => {
    if (!validSpan(s, n)) return null;
    const frags = fragments(txt, { start: map(s.start), end: map(s.end) });
    if (frags.length === 0) return null;
    const offsets = frags.map((f) => `${cp.toCodePoint(f.start)} ${cp.toCodePoint(f.end)}`).join(';');
    const key = `${type} ${offsets}`;
    const known = seen.get(key);
    if (known) return known;
    const id = `T${++t}`;
    seen.set(key, id);
    const shown = frags.map((f) => txt.slice(f.start, f.end)).join(' ');
    types.add(type);
    lines.push(`${id}\t${type} ${offsets}\t${shown}\n`);
    return id;
  };
  const addNote = (target: string, s: string) => {
    notes.push(`#${++note}\tAnnotatorNotes ${target}\t${field(s)}\n`);
  };

  for (const e of a.entities) {
    const id = tb(bratType(e.type), e);
    if (id && e.canonical && e.canonical !== e.text) addNote(id, `canonical: ${e.canonical}`);
    if (id && isCorrected(e)) addNote(id, READER_NOTE);
    yield* lines;
    lines.length = 0;
  }
  for (const q of a.quotes) {
    const qid = tb('Quote', q);
    if (!qid) continue;
    lines.push(`A${++attr}\tKind ${qid} ${q.kind}\n`);
    const speaker = actorName(actors, q.speaker);
    addNote(qid, `${speaker ? `speaker: ${speaker}; ` : 'speaker unknown; '}confidence ${Math.round(q.confidence * 100)}%${q.attribution ? `; ${q.attribution}` : ''}`);
    if (isCorrected(q) && !/by the reader/.test(q.attribution ?? '')) addNote(qid, READER_NOTE);
    if (q.speakerSpan) {
      const before = t;
      const sid = tb('Speaker', q.speakerSpan);
      if (sid) {
        lines.push(`R${++r}\tSaidBy Arg1:${qid} Arg2:${sid}\n`);
        if (speaker && t !== before) addNote(sid, speaker);
      }
    }
    if (q.cueSpan) {
      const cid = tb('Cue', q.cueSpan);
      if (cid) lines.push(`R${++r}\tCuedBy Arg1:${qid} Arg2:${cid}\n`);
    }
    yield* lines;
    lines.length = 0;
  }
  yield* notes;
}

/** `annotation.conf` declaring the base types plus any extra entity types used. */
export function bratConf(extraTypes: Iterable<string> = []): string {
  const entityTypes = [...new Set([...BRAT_BASE_TYPES, ...extraTypes])];
  return [
    '# Seed Reader export: entities, quotes, speakers and cues.',
    '[entities]',
    ...entityTypes,
    '',
    '[relations]',
    'SaidBy\tArg1:Quote, Arg2:Speaker',
    'CuedBy\tArg1:Quote, Arg2:Cue',
    '',
    '[events]',
    '',
    '[attributes]',
    'Kind\tArg:Quote, Value:direct|indirect|partial',
    '',
  ].join('\n');
}
