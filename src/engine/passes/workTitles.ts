// The title of a work or a programme in quotation marks (twenty-eighth round, h-cue): `Lee said on WDUN's "Harbour
// Talk."`, `the author of "Tides of the North,"`, `a new chapter of "Harbour Lights"`. A marked span whose words are
// all capitalised (but for short function words) right after a preposition or a possessive names something; nobody
// speaks it, whatever attribution stands near it. So is a headline cited with its byline (`"Harbour Toll Rises," by
// the Courier's Ann Lee`).
import type { QuoteBuild, Unit } from './state';
import { plain } from '../plainPattern';
import { UPPER_FIRST } from '../wordShapes';

/** The most words a title is read with. */
const TITLE_WORDS = 10;
const WORDS = plain(String.raw`[\p{L}\p{N}][\p{L}\p{N}'’.&-]*`, 'gu');
/** Short words a title leaves in lower case. */
const GLUE: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'an', 'to', 'with', 'at', 'by', 'from', 'or', 'de', 'la', 'vs.', 'vs']);
/** Before the opening mark: `on`, `at` or `with` (`said on "Harbour Talk,"`, `in an interview with "Dunmore Tonight"`),
 *  a work's maker or part and `of` (`the author of "..."`, `a new season of "..."`), the kind of work (`the podcast
 *  "..."`), or a capitalised word's possessive (`WDUN's`, `Sunday's`). (`of`, `to`, `for`, `the` and `titled` alone as
 *  often lead to a term someone coined or a title that gives someone's words: `the "Harbour Trap"`, `a memo titled "..."`.) */
const TITLE_SLOT = plain(String.raw`(?:(?:^|[\s(])(?:on|at|with)\s+|(?:author|co-author|editor|co-editor|host|co-host|anchor|star|creator|producer|director|writer|cast|episode|version|season|edition|chapter|premiere|finale)s?\s+of\s+(?:the\s+)?|(?:^|\s)(?:show|program|programme|podcast|series|film|movie|book|novel|album|song|documentary|segment|article|column|essay|play|musical)\s+|\p{Lu}[\p{L}.&-]*['’]s\s+)["“]$`, 'u');
/** After the closing mark: a comma and a byline (`," by Ann Lee`, `," by the Courier's Ann Lee`; not `" by the
 *  board`, a passive's agent). */
const BYLINE = plain(String.raw`^(?:,["”]+|["”]+,)\s+by\s+(?:the\s+)?\p{Lu}`, 'u');
const LOWER_FIRST = plain(String.raw`^\p{Ll}`, 'u');
/** Characters of the text before a quote that the slot is looked for in. */
const SLOT_SPAN = 40;

/** Whether the marked quote `q` of paragraph `u` is a headline with its byline, or the title of a work or a programme
 *  (see above): at most
 *  TITLE_WORDS words, the first capitalised and each other one capitalised, a number or a short function word, no
 *  closing `!` or `?`, and a title's slot (`TITLE_SLOT`) right before its opening mark. Reads the quote and SLOT_SPAN characters before it. */
export function workTitle(text: string, u: Unit, q: QuoteBuild): boolean {
  if (!q.marked) return false;
  // (A headline opens with no lower-case letter: `the "...," by the board` is a passive's.)
  if (!LOWER_FIRST.test(text.slice(q.s, q.s + 2)) && BYLINE.test(text.slice(q.e, Math.min(u.end, q.e + 12)))) return true;
  const before = text.slice(Math.max(u.start, q.s - SLOT_SPAN), q.s);
  if (!TITLE_SLOT.test(before)) return false;
  const words = text.slice(q.s, Math.min(q.e, q.s + 200)).match(WORDS) ?? [];
  if (!words.length || words.length > TITLE_WORDS || q.e - q.s > 200 || !UPPER_FIRST.test(words[0] ?? '')) return false;
  // (`"Feel the Bern!"`, `"Who Pays?"`: a cry or a question is someone's.)
  return !/[!?]["”]?\s*$/.test(text.slice(q.s, q.e)) && words.every((w) => UPPER_FIRST.test(w) || /^\d/.test(w) || GLUE.has(w));
}
