// The one model every feature reads. Pure data: no `vscode` import, no classes, JSON-friendly.
// All offsets are 0-based, end-exclusive UTF-16 indices into the whole file text as given to
// `analyze()` (BOM and CRLF included), so `text.slice(start, end)` is the span's text.
// Read-only: successive analyses of an edited document share the objects that did not change (see delta.ts).

export interface Span {
  start: number;
  end: number;
}

export interface Header {
  /** Headline (line 1), trimmed; null when the file has no header. */
  title: string | null;
  titleSpan: Span | null;
  /** ISO `YYYY-MM-DD` from line 2, or null when missing or malformed. */
  date: string | null;
  /** Line 2 as written (trimmed), or null. */
  rawDate: string | null;
  dateSpan: Span | null;
  /** http(s) URL from line 3, or null. */
  url: string | null;
  urlSpan: Span | null;
  /** True when line 2 is a valid YYYYMMDD date and line 3 an http(s) URL. */
  isSeed: boolean;
  /** Offset where the body (the paragraphs) starts: after line 3 when line 3 is a URL (a header,
   *  even with a malformed date), else 0 (or 1 after a BOM) and title/date/url are all null. */
  bodyStart: number;
}

export interface Paragraph extends Span {
  /** 0-based index among the body paragraphs (non-empty lines after the header). */
  index: number;
  /** 0-based line number in the file. */
  line: number;
}

/** `person`, `organization`, `place`, `date`, or another lower-case kind (`money`, `percent`, `group`, ...). */
export type EntityType = 'person' | 'organization' | 'place' | 'date' | 'money' | 'percent' | 'group' | (string & {});

export interface Entity extends Span {
  id: string;
  /** The text as written (`Putins`). */
  text: string;
  type: EntityType;
  /** The normalised form it links to (`Putin` for `Putins`, `Wesley Clark` for `Mr. Clark`). */
  canonical: string;
  /** Actor id when this entity is a mention of an actor. */
  actor?: string;
}

export type ActorType = 'person' | 'organization' | 'collective';

export interface Actor {
  id: string;
  /** Canonical name: the fullest form in the text (`Wesley Clark`), or the collective noun (`analysts`). */
  name: string;
  type: ActorType;
  /** Other forms as written (`Mr. Clark`, `retired Gen. Wesley Clark`), without the canonical name. */
  aliases: string[];
  /** Role when the text gives one (`a former NATO supreme allied commander in Europe`). */
  role: string | null;
  /** Every mention, sorted by start. */
  mentions: Span[];
  /** Ids of the quotes this actor is the speaker of, in text order. */
  quotes: string[];
  /** Ids of the claims of this actor, in text order. */
  claims: string[];
}

export type QuoteKind = 'direct' | 'indirect' | 'partial';

export interface Quote extends Span {
  id: string;
  text: string;
  /** Actor id of the speaker, or null when unknown. */
  speaker: string | null;
  /** Cue word or phrase as written (`said`, `told`, `warned`, `according to`), or null. */
  cue: string | null;
  cueSpan: Span | null;
  /** The span of the speaker mention that the attribution used (`Mr. Clark`, `he`), or null. */
  speakerSpan: Span | null;
  kind: QuoteKind;
  /** 0..1: the chance that the quote is right as shown (a quote, and its speaker the right one), calibrated on news
   *  (`passes/calibration.ts`); a quote without a speaker keeps the rules' grade, 0.3 or below. */
  confidence: number;
  /** True when quotation marks in the text delimit the quote; false when inferred from stripped text. */
  marked: boolean;
  /** How the speaker was found, for people: `attribution after the quote`, `pronoun in the same paragraph`, ... */
  attribution: string;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
}

export interface Claim extends Span {
  id: string;
  /** Actor id. */
  actor: string;
  text: string;
  /** Id of the quote that carries this claim, when there is one. */
  quote?: string;
  cue: string | null;
  paragraph: number;
}

export interface Analysis {
  /** Length of the analysed text, for bounds checks. */
  length: number;
  header: Header;
  paragraphs: Paragraph[];
  /** Sorted by start, non-overlapping. */
  entities: Entity[];
  actors: Actor[];
  /** Sorted by start, non-overlapping. */
  quotes: Quote[];
  /** Sorted by start. */
  claims: Claim[];
}
