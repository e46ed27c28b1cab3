// Names in the subject slot of a speech cue that the entity layer left out: a capitalised word that is also a common
// word (`Pence`, `Bond`, `Earnest`, `King`, `Young`), alone or after a title (`Mr. King`) or a known first name,
// directly before a direct cue (`..., Bond said.`, `Bond said ...`), directly after one (`..., said Young.`) or after
// `according to`. In that slot such a word names the person who speaks; each becomes a person candidate of the
// paragraph, so that the attribution finder sees a named subject. Paragraph-local (cacheable), linear in the tokens.
import { type ECand, isTitleWord } from '../entities';
import { titledPerson } from '../entities/cand';
import { adjectiveAdverb } from '../entities/adjectiveAdverb';
import { SCRIPTURES } from '../entities/notPerson';
import { COLLECTIVE_HEADS, DIRECT_CUES, SINGULAR_SOURCES, SPEAKER_PRONOUNS, lexicon } from '../lexicon';
import { K, type Tok, type Sentence, isQuoteChar } from '../tokens';

/** Common-word tags that never name a person in the subject slot (`This said`, `Others say`, `Tuesday, said ...`). */
const NOT_NAME_TAGS = new Set(['Determiner', 'Pronoun', 'Conjunction', 'Preposition', 'Adverb', 'WeekDay', 'Month', 'Date',
  'Plural', 'Modal', 'Auxiliary', 'Copula', 'QuestionWord', 'Value', 'Cardinal', 'Ordinal', 'Expression', 'Possessive']);
/** Quantifiers and generic people words that the tag table may call nouns. */
const NOT_NAMES = new Set(['others', 'other', 'many', 'some', 'most', 'all', 'both', 'each', 'everyone', 'everybody', 'nobody',
  'someone', 'somebody', 'anyone', 'people', 'none', 'one', 'this', 'that', 'these', 'those', 'there', 'here', 'then', 'now',
  'who', 'which', 'what', 'im', 'ive', 'id', 'youre', 'theyre', 'hes', 'shes', 'weve', 'theyve', 'whos', 'thats', 'its', 'spokesman', 'spokeswoman', 'spokesperson', 'officials', 'official', 'aides', 'aide', 'sources', 'source']);

/** Cues that are no nouns: after them a sentence-initial common word is a name (`Young said`). */
const VERB_ONLY_CUE = /^(said|says|told|tells|wrote|writes|\w+ed)$/;

/** Whether the token may be (the last word of) a person's name in the slot. */
function nameWord(t: Tok | undefined, afterTitle = false): boolean {
  // (A contraction, `I'm told`, is no name.)
  if (!t || t.kind !== K.Word || !t.cap || t.t.length < 2 || t.t.endsWith('.') || /['’]/.test(t.t)) return false;
  // (Capitals and a lower-case `s`, `WQTMs said`, `NGOs say`: an acronym's plural or stripped possessive, no person.)
  if (/^[A-Z]{2,6}s$/.test(t.t)) return false;
  const l = t.lower;
  // (After a title, a title word is a surname: `Mr. King`.)
  if (NOT_NAMES.has(l) || SCRIPTURES.has(l) || SPEAKER_PRONOUNS.has(l) || COLLECTIVE_HEADS.has(l) || SINGULAR_SOURCES.has(l) || (!afterTitle && isTitleWord(l))) return false;
  const lex = lexicon();
  if (lex.orgHeads.has(l) || lex.placeHeads.has(l)) return false;
  const tag = lex.common.get(l);
  if (tag !== undefined && NOT_NAME_TAGS.has(tag)) return false;
  // (A gerund or an adverb made from an adjective opening the clause, `Having said that, ...`, `Simply saying ...`.)
  if (tag === 'Gerund' || (tag === undefined && adjectiveAdverb(l))) return false;
  // A plural of a common noun (`Supporters`, `Democrats` as a group) is a collective, not a surname.
  if (l.endsWith('s') && (lex.common.has(l.slice(0, -1)) || COLLECTIVE_HEADS.has(l.slice(0, -1)))) return false;
  if (l.endsWith('s') && lex.demonyms.has(l.slice(0, -1))) return false;
  return true;
}

/** Whether token k opens nothing that ends a slot to its left (sentence start, a comma, a colon, a dash, a mark). */
function leftEdge(toks: Tok[], k: number, sn: Sentence): boolean {
  if (k <= sn.t0) return true;
  const p = toks[k - 1];
  return p.kind === K.Punct && (p.t === ',' || p.t === ':' || p.t === '—' || p.t === '–' || p.t === ';' || isQuoteChar(p.t));
}

/** Whether token k ends the slot on the right (a comma, a sentence end, the sentence's last token). */
function rightEdge(toks: Tok[], k: number, sn: Sentence): boolean {
  if (k >= sn.t1) return true;
  const t = toks[k];
  return t.kind === K.Punct && (t.t === ',' || t.t === '.' || t.t === ';' || t.t === '—' || t.t === '–' || isQuoteChar(t.t));
}

/** The slot's name tokens [a, b) ending at token b - 1 (a title or a known first name may precede the surname), the
 *  title's first token, or null. */
function slotBack(toks: Tok[], b: number, sn: Sentence): { a: number; ts: number } | null {
  const last = b - 1;
  if (last < sn.t0) return null;
  const prev = toks[last - 1];
  const titled = last - 1 >= sn.t0 && prev.kind === K.Word && prev.cap && isTitleWord(prev.lower);
  if (!nameWord(toks[last], titled)) return null;
  if (last - 1 >= sn.t0 && prev.kind === K.Word && prev.cap) {
    if (isTitleWord(prev.lower) && leftEdge(toks, last - 1, sn)) return { a: last, ts: last - 1 };
    if (lexicon().firstNames.has(prev.lower) && leftEdge(toks, last - 1, sn)) return { a: last - 1, ts: last - 1 };
    return null;
  }
  return leftEdge(toks, last, sn) ? { a: last, ts: last } : null;
}

/** The slot's name tokens starting at token a (after a cue): a title then a surname, a first name then a surname, or
 *  a single word, up to the right edge; or null. */
function slotForward(toks: Tok[], a: number, sn: Sentence, afterMark = false): { a: number; b: number; ts: number } | null {
  const t = toks[a];
  if (!t || a >= sn.t1 || t.kind !== K.Word || !t.cap) return null;
  if (isTitleWord(t.lower) && nameWord(toks[a + 1], true) && rightEdge(toks, a + 2, sn)) return { a: a + 1, b: a + 2, ts: a };
  if (lexicon().firstNames.has(t.lower) && nameWord(toks[a + 1]) && rightEdge(toks, a + 2, sn)) return { a, b: a + 2, ts: a };
  // (Right after a closing mark and its cue, two such words are a first name the lexicon lacks and a surname:
  // `"...," explained Rook Carter, the ...`.)
  if (afterMark && nameWord(t) && nameWord(toks[a + 1]) && toks[a + 1].s - t.e === 1 && rightEdge(toks, a + 2, sn)) return { a, b: a + 2, ts: a };
  if (nameWord(t) && rightEdge(toks, a + 1, sn)) return { a, b: a + 1, ts: a };
  return null;
}

/** Adds to `ents` (sorted by start, as the entity layer leaves it) a person candidate for each name in the subject
 *  slot of a direct cue that no candidate covers yet. */
export function addSlotNames(text: string, toks: Tok[], sents: Sentence[], ents: ECand[]): void {
  // Tokens already in a candidate (titles included): nothing is added over them.
  const covered = new Uint8Array(toks.length);
  for (const c of ents) for (let k = Math.max(0, c.t0); k < c.t1; k++) covered[k] = 1;
  const added: ECand[] = [];
  const add = (a: number, b: number, ts: number, cueAfter: boolean): void => {
    for (let k = ts; k < b; k++) if (covered[k]) return;
    for (let k = ts; k < b; k++) covered[k] = 1;
    added.push(titledPerson(text, toks, a, b, ts, cueAfter));
  };
  for (const sn of sents) {
    for (let i = sn.t0; i < sn.t1; i++) {
      const tok = toks[i];
      if (tok.kind !== K.Word || tok.cap) continue;
      if (tok.lower === 'to' && i > sn.t0 && toks[i - 1].lower === 'according') {
        const f = slotForward(toks, i + 1, sn);
        if (f) add(f.a, f.b, f.ts, false);
        continue;
      }
      if (!DIRECT_CUES.has(tok.lower) || tok.lower.endsWith('ing')) continue;
      // `..., Bond said.` / `Bond said ...`: the name right before the cue.
      const back = slotBack(toks, i, sn);
      // A sentence-initial common word before a cue that is also a noun (`Recent reports have ...`) is no name.
      if (back && back.ts === sn.t0 && lexicon().common.has(toks[back.a].lower) && !VERB_ONLY_CUE.test(tok.lower)) continue;
      if (back) {
        add(back.a, i, back.ts, true);
        continue;
      }
      // `..., said Young.`: the name right after a cue that follows a comma or a closing mark.
      const p = toks[i - 1];
      if (i > sn.t0 && p.kind === K.Punct && (p.t === ',' || isQuoteChar(p.t))) {
        const f = slotForward(toks, i + 1, sn, isQuoteChar(p.t) || (i - 2 >= sn.t0 && isQuoteChar(toks[i - 2].t)));
        if (f) add(f.a, f.b, f.ts, false);
      }
    }
  }
  if (!added.length) return;
  for (const c of added) ents.push(c);
  ents.sort((x, y) => x.s - y.s || y.e - x.e);
}
