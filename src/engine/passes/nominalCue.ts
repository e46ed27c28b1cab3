// An unnamed source's own cue in a quote's sentence (twenty-ninth round, h-nom): when the sentence's subject is a
// person but a nominal or a collective speaks the quote through its own speech or naming verb (`Lee has been held
// since May and, the rights group says, "arbitrarily detained"`, `Lee won twice, and one lawmaker called him "the
// quiet giant"`, `as an aide put it, an "easy win"`, `in the words of a harbour pilot, "the last captain"`), the
// person is not the speaker: the reader is shown no speaker rather than a wrong one as sure as a name.
import { COLLECTIVE_HEADS, SPEECH_CUES, NAMING_VERBS } from '../lexicon';
import { plain } from '../plainPattern';
import type { DocState } from './state';
import { paraMemo } from './paraMemo';

/** An alternation of lower-case `words`, each maybe capitalised (`the` or `The`). */
function capable(words: readonly string[]): string {
  return `(?:${words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
}

/** Determiners that open a description of an unnamed source (a name's possessive is no such opener), maybe capitalised
 *  where the description opens its sentence (`The crowd chanted`). */
const DETERMINERS = capable(['the', 'a', 'an', 'one', 'another', 'many', 'some', 'several', 'most', 'few', 'two', 'three', 'his', 'their', 'its',
  'our', 'these', 'those', 'other']);
/** Words no description holds: a personal pronoun (`told the paper she said`: `she` speaks), a coordinator, `to` or
 *  `as` (`asked the board to`, `the plan and declared`), a relative pronoun, a form of `be` or `have` (`the aide had called`: an auxiliary) or an article. */
const NOT_IN = String.raw`(?!(?:he|she|they|we|i|you|it|her|him|them|and|or|but|to|as|upon|who|which|that|whose|was|were|is|are|be|been|being|has|have|had|the|a|an)\s)`;
/** Adverbs and auxiliaries between a description and its verb (`the aide later said`, `the employee first said`, `the group has long argued`). */
const ADVERBS = String.raw`(?:\p{Ll}+ly|now|also|then|later|once|first|again|still|already|never|often|long|has|have|had)`;
/** A description's last word is none of those adverbs (`the employee first said`: `first` is no part of it). */
const NOT_LAST = String.raw`(?!(?:first|again|still|already|never|often|long)\s)`;
const WORD = NOT_IN + String.raw`[\p{Ll}-]+`;
/** A modifier of a description: a lower-case word, or an acronym before a lower-case head (`an FBI investigation said`,
 *  `the GOP front-runner complained`, `a U.S. official said`); not a name (`one Lee aide said`: gold gives such quotes
 *  to the named person). */
const MODIFIER = String.raw`(?:${WORD}|\p{Lu}{2,5}|(?:\p{Lu}\.){2,3})`;
/** Prepositions whose object a description after them is (`in the past described`): no subject. */
const NOT_AFTER = String.raw`(?<!\b(?:in|at|on|by|for|of|to|with|from|during|after|before|since|about|into|over|under|upon|than|like)\s+)`;
/** Base forms kept (`the groups say`): not nouns as well (`a fundraising call`, `the claim`, `a note`). */
const BASE_FORMS = new Set(['said', 'told', 'wrote', 'say', 'tell', 'write', 'argue', 'insist', 'warn', 'ask', 'contend']);
/** Verbs of a crowd's or a group's raised voice (thirty-first round, h-unsc: `the protesters chanted "..."`, `the crowd
 *  shouted back "..."`, `fans booed`), which are not speech cues of a single speaker's report. */
const CROWD_CUES = ['chanted', 'shouted', 'yelled', 'screamed', 'cheered',
  'booed', 'jeered', 'sang', 'roared', 'hollered', 'cried'];
/** Forms in -s that are plural nouns as well (`the remarks`, `its claims`). */
const NOUN_FORMS = new Set(['remarks', 'notes', 'claims', 'states', 'calls', 'labels', 'brands', 'terms', 'praises', 'blasts', 'slams', 'adds', 'warns', 'dismisses', 'declares', 'observes', 'stresses', 'urges', 'replies', 'continues', 'jokes']);
/** The finite speech and naming verbs as one alternation (in -ed or -s, or a base form kept; a participle is no finite verb of the description: `issued
 *  a statement saying`, `a memo stating`: the statement is the subject's). */
const CUES = `(?:${[...new Set([...SPEECH_CUES, ...NAMING_VERBS, ...CROWD_CUES])].filter((w) => /^[a-z]+$/.test(w) && (/(?:ed|s)$/.test(w) || BASE_FORMS.has(w)) && !NOUN_FORMS.has(w)).join('|')})`;
/** A lower-case description (one to four words after its determiner) followed, maybe after an adverb or an auxiliary,
 *  by a speech or naming verb. Only lower-case words: a name in the description makes it no unnamed source. */
const NOMINAL_SRC = String.raw`(?:^|[^\p{L}\p{N}'’-])` + NOT_AFTER + '(' + DETERMINERS + String.raw`\s+(?:${MODIFIER}\s+){0,3}${NOT_IN}${NOT_LAST}[\p{Ll}-]*\p{Ll})\s+(?:${ADVERBS}\s+){0,2}${CUES}`;
/** After the verb: a space, a mark or the end (not `the aide's saying`). */
const VERB_END = String.raw`(?=[\s,:;"“”'‘’]|$)`;
/** The verb ends the text, maybe before a comma or a colon: the quote's opening mark comes right after it. */
const RIGHT_BEFORE = String.raw`\s*[,:]?\s*$`;
const NOMINAL_VERB = plain(NOMINAL_SRC + VERB_END, 'u');
/** Plural heads of unnamed groups that speak without a determiner (`critics say`, `protesters chanted`). */
const BARE_HEADS = [...COLLECTIVE_HEADS, 'demonstrators', 'marchers', 'fans', 'crowds', 'onlookers', 'attendees', 'hecklers', 'spectators']
  .filter((w) => /^[a-z]+s$/.test(w)).join('|');
/** A bare plural group (maybe after one lower-case modifier: `angry protesters chanted`) or an indefinite pronoun
 *  (`someone in the audience shouted`) opening its clause (the text's start, a comma or semicolon, or a conjunction or
 *  subordinator), then its speech or crowd verb (thirty-first round, h-unsc). */
const BARE_SRC = String.raw`(?:^|[,;]\s+|\b${capable(['and', 'but', 'while', 'as', 'though', 'although', 'because', 'since', 'when', 'where', 'after', 'before', 'until'])}\s+)((?:${NOT_IN}[\p{Ll}-]+\s+)?(?:${BARE_HEADS})|(?:someone|somebody|everyone|everybody)(?:\s+(?:in|from|at|on)\s+the\s+[\p{Ll}-]+)?)\s+(?:${ADVERBS}\s+){0,2}${CUES}`;
const BARE_VERB = plain(BARE_SRC + VERB_END, 'u');
/** The two, with the verb right before the quote (`..., as the heckler yelled: "`). */
const NOMINAL_BEFORE = plain(NOMINAL_SRC + RIGHT_BEFORE, 'u');
const BARE_BEFORE = plain(BARE_SRC + RIGHT_BEFORE, 'u');
/** `as an aide put it,` / `in the words of a harbour pilot,` right before the quote (after maybe a few words). */
const PUT_IT = plain(String.raw`(?:^|[^\p{L}])(?:as\s+(` + DETERMINERS + String.raw`\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(?:put|puts)\s+it|in\s+the\s+words\s+of\s+(` + DETERMINERS + String.raw`\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+))\s*,[^,;:]{0,60}$`, 'u');
/** `..." since May, the rights group says.`: the sentence ends in a comma, a description and its cue. */
const AFTER = plain(String.raw`,\s*(` + DETERMINERS + String.raw`\s+(?:${WORD}\s+){0,3}[\p{Ll}-]*\p{Ll})\s+(?:(?:\p{Ll}+ly|now|also)\s+)?${CUES}[\s.!?"”'’]*$`, 'u');

/** The most characters of a sentence read on either side of a quote (the scan stays linear in the sentence). */
export const READ = 240;

/** Where a description claiming a quote is: `s`–`e` in `before` (`after` false) or in `after`. */
export interface Claimant { s: number; e: number; after: boolean }

/** The unnamed source whose own speech or naming verb claims the quote, or null: in `before` (the sentence's text after
 *  its subject's mention, up to the quote's opening mark) the last determiner-led lower-case description with such a
 *  verb, or `as a ... put it`, `in the words of a ...`; or in `after` (the sentence's text from the quote's closing
 *  mark) a comma, a description and its verb ending the sentence. */
export function nominalCueClaims(before: string, after: string): Claimant | null {
  const cut = Math.max(0, before.length - READ);
  const b = before.slice(cut);
  const p = PUT_IT.exec(b);
  if (p) return span(p, b, cut, false, p[1] ? 1 : 2);
  const m = NOMINAL_VERB.exec(b) ?? BARE_VERB.exec(b);
  if (m) return span(m, b, cut, false, 1);
  const acut = Math.max(0, after.length - READ);
  const a = AFTER.exec(after.slice(acut));
  return a ? span(a, after.slice(acut), acut, true, 1) : null;
}

/** The unnamed source whose own speech or crowd verb comes right before a quote's opening mark, maybe after a comma or
 *  a colon (`"...," Lee said as the heckler yelled: "..."`, `and some fans shouted, "..."`), in `before` (the text up to
 *  the mark), or null: such a quote is the description's words, not the earlier speaker's going on. */
export function nominalCueRightBefore(before: string): Claimant | null {
  const cut = Math.max(0, before.length - READ);
  const b = before.slice(cut);
  const m = NOMINAL_BEFORE.exec(b) ?? BARE_BEFORE.exec(b);
  return m ? span(m, b, cut, false, 1) : null;
}

/** The span of group `g` of match `m` in `text`, read from offset `cut` of the whole string. */
function span(m: RegExpExecArray, text: string, cut: number, after: boolean, g: number): Claimant {
  const s = m.index + m[0].indexOf(m[g]);
  return { s: cut + s, e: cut + s + m[g].length, after };
}

/**
 * `nominalCueClaims` on the paragraph text [bFrom, open) and [aFrom, aTo) of unit `ui` (aFrom -1: no text after), or
 * `nominalCueRightBefore` on [bFrom, open) (aTo -2). Each reads only those strings, so when both lie inside the paragraph
 * the answer is kept with its analysis by the offsets (`ParaMemo.cues`): on an edit, an unchanged paragraph's quotes ask
 * again with the same offsets and run no pattern. The answer's offsets are relative to the strings, as the functions
 * give them; it is shared, never written.
 */
export function keptClaimant(st: DocState, ui: number, bFrom: number, open: number, aFrom: number, aTo: number): Claimant | null {
  const u = st.units[ui];
  const len = u.end - u.start;
  const inside = bFrom >= 0 && bFrom <= open && open <= len && (aTo < 0 || (aFrom >= 0 && aFrom <= aTo && aTo <= len));
  if (!inside) return readClaimant(st.text, u.start, bFrom, open, aFrom, aTo);
  const m = paraMemo(u.data);
  const cues = m.cues ??= new Map();
  const key = `${bFrom},${open},${aFrom},${aTo}`;
  let c = cues.get(key);
  if (c === undefined) cues.set(key, c = readClaimant(st.text, u.start, bFrom, open, aFrom, aTo));
  return c;
}

function readClaimant(text: string, base: number, bFrom: number, open: number, aFrom: number, aTo: number): Claimant | null {
  const before = text.slice(base + bFrom, base + open);
  if (aTo === -2) return nominalCueRightBefore(before);
  return nominalCueClaims(before, aTo < 0 ? '' : text.slice(base + aFrom, base + aTo));
}
