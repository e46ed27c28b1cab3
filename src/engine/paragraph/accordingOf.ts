// `According to Ann Lee of the Harbour Trust, "..."`: the preposed `according to` reads its subject and then wants a
// comma at once; a short affiliation after the name (`of`, `at` or `from` and a capitalised organisation) sits between
// them. This finds the comma after such an affiliation, so the quote after it still gets the person as its speaker.
import { K, type Tok, isQuoteChar } from '../tokens';

/** Tokens an affiliation may span after its preposition (`of the Royal Harbour Trust of Dunmore`). */
const AFFIL_MAX = 8;
const AFFIL_PREPS: ReadonlySet<string> = new Set(['of', 'at', 'from']);
const AFFIL_GLUE: ReadonlySet<string> = new Set(['the', 'of', 'for', 'and', '&', 'on', 'in']);

/** The index of the comma that ends the subject at token `end` (the token right after the subject): `end` itself when
 *  it is a comma, or a colon right before a quotation mark (`According to the Harbour Gazette: "..."`), else the comma after `of` / `at` / `from` and a run of capitalised words (with `the`, `of`, `for`,
 *  `and` between them) that starts capitalised or with `the`; -1 when neither. Reads at most AFFIL_MAX + 2 tokens. */
export function commaAfterAffiliation(toks: Tok[], end: number, t1: number): number {
  const nx = toks[end];
  if (!nx || end >= t1) return -1;
  if (nx.t === ',' || introColon(toks, end, t1)) return end;
  if (nx.kind !== K.Word || nx.cap || !AFFIL_PREPS.has(nx.lower)) return -1;
  let caps = 0;
  for (let k = end + 1; k < t1 && k <= end + 1 + AFFIL_MAX; k++) {
    const t = toks[k];
    if (t.kind === K.Punct && (t.t === ',' || introColon(toks, k, t1))) return caps > 0 && toks[k - 1].cap ? k : -1;
    if (t.kind !== K.Word) return -1;
    if (t.cap) caps++;
    else if (!AFFIL_GLUE.has(t.lower) || (caps === 0 && t.lower !== 'the')) return -1;
  }
  return -1;
}

/** Whether token `k` is a colon that a quotation mark follows in the sentence (`: "..."`). */
function introColon(toks: Tok[], k: number, t1: number): boolean {
  const q = toks[k + 1];
  return toks[k].t === ':' && k + 1 < t1 && isQuoteChar(q.t);
}
