// Per-paragraph reporting structures: quotation marks and attribution clauses
// (`X said`, `, said X`, `X, a former ..., said`, `according to X`), with the subject found as a
// named entity candidate, a pronoun, a collective source (`some specialists`) or a generic noun
// phrase (`a police spokesman`). Paragraph-local, so cacheable; speakers are resolved later.
// The clauses are found by paragraph/attributions.ts, their subjects by paragraph/subjects.ts.
import { findAttributions } from './paragraph/attributions';

export { findAttributions };

export interface Seg {
  /** Inner span (without marks), relative to the paragraph. */
  s: number;
  e: number;
  /** Offset of the opening mark, and of the end of the closing mark (or paragraph end when unclosed). */
  open: number;
  closeEnd: number;
  closed: boolean;
  /** Opening mark is the first character of the paragraph. */
  atStart: boolean;
  /** No opening mark: the paragraph starts inside a quote left open by the previous paragraph. */
  lead: boolean;
  /** The document pass's paragraph-local findings about this quote, made on first use (passes/quoteAttrs.ts `segFacts`):
   *  partial or not, the attribution after it or before it, whether it is no speech when weakly attributed, and
   *  whether it is a title (passes/workTitles.ts). */
  memo?: { partial: boolean; after: Attr | undefined; before: Attr | undefined; notSpeech?: boolean; dashAfter?: boolean; workTitle?: boolean };
}

export type SubjectKind = 'entity' | 'pronoun' | 'collective' | 'np';

export interface Subject {
  kind: SubjectKind;
  s: number;
  e: number;
  /** Entity candidate index for `entity`. */
  ent: number;
  /** Lower-case pronoun, collective name or NP text. */
  name: string;
  /** Head noun of a definite organisation description (`the ministry` → `ministry`). */
  head?: string;
  /** A document or an organisation left unnamed (`the statement`, `Dorn's office`): the phrase is the source, never
   *  resolved to a person (paragraph/unnamedSources.ts). */
  unnamed?: true;
}

export type AttrForm = 'inverted' | 'preposed' | 'parenthetical' | 'bare';

export interface Attr {
  form: AttrForm;
  cue: string;
  cueS: number;
  cueE: number;
  subject: Subject;
  /** Appositive role text span (`a former U.S. ambassador ...`), or null. */
  appo: [number, number] | null;
  /** inverted: content ends at `boundary` (the comma / closing mark before the attribution). */
  boundary: number;
  /** preposed / parenthetical: content starts here and ends at contentE. */
  contentS: number;
  contentE: number;
  /** Sentence index. */
  sent: number;
  /** The attribution clause runs to the end of its sentence (nothing but adjuncts after). */
  closesSentence: boolean;
  /** Direct-quote cue (`said`), as opposed to belief verbs (`thinks`). */
  direct: boolean;
  /** Start offset of the whole attribution clause (for the inverted form, after the boundary). */
  clauseS: number;
  /** Preposed cue followed by a quote introducer (comma or colon and a capital, or a quote mark). */
  intro: boolean;
  /** The cue is no known speech verb, only a verb in an attribution's slot (`"...," Lee shot back.`). */
  weak?: boolean;
}

export interface ParaReport {
  segs: Seg[];
  attrs: Attr[];
}

const QUOTE_SCAN = /["“”„«»‟]/g;

/** Pairs quotation marks inside one paragraph. */
export function findSegments(text: string): Seg[] {
  const segs: Seg[] = [];
  let open = -1;
  let sawOpener = false;
  QUOTE_SCAN.lastIndex = 0;
  let qm: RegExpExecArray | null;
  while ((qm = QUOTE_SCAN.exec(text)) !== null) {
    const i = qm.index;
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = i + 1 < text.length ? text[i + 1] : ' ';
    const openerCtx = /[\s([{\u2014\u2013-]/.test(prev) || i === 0;
    if (open < 0) {
      const closerLike = c === '”' || c === '»' || (c === '"' && !openerCtx && /[\s.,;:!?)]/.test(next));
      if (closerLike) {
        // A closer before any opener: the end of a quote carried over from the previous paragraph.
        if (!sawOpener && !segs.length) pushSeg(text, segs, -1, i, i + 1, true, true);
        continue;
      }
      sawOpener = true;
      open = i;
    } else {
      if (c === '“' || c === '„' || c === '«') {
        // A second opener inside an open quote: the first one was stray; restart here.
        if (openerCtx) { open = i; continue; }
      }
      pushSeg(text, segs, open, i, i + 1, true);
      open = -1;
    }
  }
  if (open >= 0) pushSeg(text, segs, open, text.length, text.length, false);
  return segs;
}

function pushSeg(text: string, segs: Seg[], open: number, innerEnd: number, closeEnd: number, closed: boolean, lead = false): void {
  let s = open + 1;
  let e = innerEnd;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  if (e <= s) return;
  segs.push({ s, e, open: Math.max(0, open), closeEnd, closed, atStart: open <= 0, lead, memo: undefined });
}

