// A firm known by what the text says of it (issue 12, twentieth round): a one-word name the lexicon does not know
// (`Quarnex`) reads as a person before a verb (`Quarnex rejected the bid`), though the same document writes it where
// only a business stands: `shares of Quarnex`, `a stake in Quarnex`, `Quarnex's stock`, `Quarnex shares fell`,
// `Quarnex, the Danish drug maker,` or `the retailer Quarnex`. Such a word is the document's organisation (the names
// pass types its bare mentions so, as it does a firm's short name: entities/firmShort.ts). Each paragraph is read once
// (memoised on its tokens); every test reads a fixed window of tokens.
import { FUNCTION_WORDS, lexicon } from '../lexicon';
import { K, type Tok } from '../tokens';
import { plain } from '../plainPattern';

const FIRM_WORD = plain(String.raw`^\p{Lu}\p{Ll}[\p{L}-]+$`, 'u');

const memo = new WeakMap<Tok[], string[]>();

/** Nouns of holding a firm's stock before `of` / `in` (`shares of`, `a stake in`). */
const HOLDING = new Set(['shares', 'stake', 'stakes', 'stock', 'shareholders', 'shareholder', 'investment', 'investments', 'position']);
/** What only a firm owns after its possessive (`Quarnex's stock`, `Quarnex's board`). */
const FIRM_OWNED = new Set(['stock', 'shares', 'shareholders', 'board', 'subsidiary', 'subsidiaries', 'headquarters', 'parent']);
/** Verbs and words after `X shares` / `X stock` that make the noun the firm's stock (`Quarnex shares fell`). */
const STOCK_NEXT = new Set(['fell', 'rose', 'were', 'was', 'are', 'have', 'had', 'closed', 'jumped', 'dropped', 'plunged', 'soared',
  'tumbled', 'slid', 'climbed', 'gained', 'lost', 'sank', 'surged', 'traded', 'declined', 'in', 'at']);
/** Head nouns of an appositive or a title that name a business (`the drug maker`, `the retailer`). */
const FIRM_NOUNS = new Set(['company', 'maker', 'retailer', 'firm', 'manufacturer', 'conglomerate', 'insurer', 'lender', 'automaker',
  'carmaker', 'drugmaker', 'chipmaker', 'startup', 'start-up', 'corporation', 'airline', 'supplier', 'distributor', 'brewer',
  'publisher', 'wholesaler', 'broker', 'brokerage', 'giant', 'chain', 'network', 'broadcaster', 'channel', 'newspaper', 'magazine',
  'website', 'pollster']);
/** `a Quarnex poll`: a pollster's name before `poll`, not a demonym-shaped word (`recent Vantarian polls`, `Corvina voters`). */
const pollster = (name: string, next: Tok | undefined): boolean =>
  !!next && (next.lower === 'poll' || next.lower === 'polls') && !/(?:an|ese|ish|ina|ino|ier|ite)$/.test(name);
/** Words after the appositive's head that end it (`the drug maker, said`, `the maker of`, `the company that`). */
const HEAD_END = /^(?:[,.;:)—–-]|of|that|which|whose|based|with|and|behind|in|for)$/;

/** One capitalised word standing alone (no capitalised word of its sentence before it but an opening `The`, none after it), letters only. */
function lone(toks: Tok[], k: number): string | null {
  const t = toks[k];
  if (!t || t.kind !== K.Word || !t.cap) return null;
  if (!FIRM_WORD.test(t.t)) return null;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if ((prev && prev.kind === K.Word && prev.cap && prev.sent === t.sent && !(prev.initial && FUNCTION_WORDS.has(prev.lower))) || (next && next.kind === K.Word && next.cap)) return null;
  return t.lower;
}

/** `X, the Danish drug maker` / `X, a chip company`: an appositive after the name, an article, at most three words
 *  and a firm noun that ends it. */
function firmAppositive(toks: Tok[], k: number): boolean {
  if (toks[k + 1]?.t !== ',' || !/^(?:the|a|an)$/.test(toks[k + 2]?.lower ?? '')) return false;
  for (let j = k + 3; j < k + 7 && j < toks.length; j++) {
    const w = toks[j];
    if (w.kind !== K.Word || FUNCTION_WORDS.has(w.lower)) return false;
    if (FIRM_NOUNS.has(w.lower)) return HEAD_END.test(toks[j + 1]?.lower ?? '.');
  }
  return false;
}

/** The lower-case one-word names a paragraph writes where only a firm stands (see the file comment). */
export function firmEvidence(toks: Tok[]): string[] {
  let r = memo.get(toks);
  if (r) return r;
  r = [];
  const lex = lexicon();
  for (let k = 0; k < toks.length; k++) {
    const name = lone(toks, k);
    if (!name || lex.firstNames.has(name) || lex.maleNames.has(name) || lex.femaleNames.has(name) || lex.common.has(name)) continue;
    const p1 = toks[k - 1]?.lower ?? '';
    const p2 = toks[k - 2]?.lower ?? '';
    const n1 = toks[k + 1];
    // (The tokenizer splits a possessive: `Quarnex` `'s` `board`.)
    const poss = !!n1 && /^['’]s?$/.test(n1.t);
    const hit = ((p1 === 'of' || p1 === 'in') && HOLDING.has(p2)) // `shares of X`, `a stake in X`
      || (poss && FIRM_OWNED.has(toks[k + 2]?.lower ?? '')) // `X's stock`
      || (!poss && !!n1 && (n1.lower === 'shares' || n1.lower === 'stock') && STOCK_NEXT.has(toks[k + 2]?.lower ?? '')) // `X shares fell`
      || (!poss && firmAppositive(toks, k)) // `X, the drug maker,`
      || (!poss && !toks[k].initial && !lex.demonyms.has(name) && pollster(name, n1)) // `a X poll`
      || (FIRM_NOUNS.has(p1) && p2 === 'the' && !poss); // `the retailer X`
    if (hit && !r.includes(name)) r.push(name);
  }
  memo.set(toks, r);
  return r;
}
