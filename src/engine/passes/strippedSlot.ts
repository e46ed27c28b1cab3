// Inverted attributions the clause finder misses in text without quotation marks: verb–subject inversion after a
// comma whose subject opens with modifiers the first-name test stops at (a stripped possessive, `said Dovers harbor
// master, Ann Lee`; an organisation or a place before a role, `said Navy spokesman Capt. Ann Lee`, `explained
// Boston-based lawyer Ann Lee`), and a name with a long appositive before the cue (`..., Ann Lee, 30, of Dover, Del.,
// who took part, said.`).
import type { Attr } from '../attribution';
import { K, type Sentence, type Tok } from '../tokens';
import { DIRECT_CUES } from '../lexicon';
import type { ParaData } from './state';
import { type Para, commaCue, cueEndsClause, finiteCue, inNounPhrase, voiceIn } from './strippedSpeech';
import { upperBound } from './util';

/** Tokens that end the speaker's name in the slot: the clause's end, an appositive, `of` or a relative pronoun. */
const SLOT_END = new Set([',', '.', ';', '(', 'of', 'who', 'whose']);
/** How many tokens after the cue the speaker's name may start. */
const MAX_LEAD = 10;

/** `..., said Dovers deputy harbor master, Ann Lee, who ...`, `..., said Navy spokesman Capt. Ann Lee.`: a finite
 *  direct cue right after a comma, then a noun phrase of at most ten tokens (names of places, organisations or a
 *  possessive among its words, at most one comma, right before the name) ending in a person's name at a comma, the
 *  sentence's end, `of` or `who`. The clause finder reads the words after the cue as a reported clause; it is an
 *  inverted attribution closing the text before the comma. Returns it, or null. */
export function invertedRoleSubject(d: ParaData, a: Attr): Attr | null {
  const c = commaCue(d, a);
  if (c < 0) return null;
  const sn = d.sents[a.sent];
  const toks = d.toks;
  // The first person's name within the window that ends at a slot end; the names before it are modifiers.
  const last = Math.min(c + MAX_LEAD, sn.t1 - 1);
  for (let e = upperBound(d.ents, toks[c].e - 1, (x) => x.s); e < d.ents.length && d.ents[e].s <= toks[last].s; e++) {
    const n = d.ents[e];
    if (n.t0 < 0) continue;
    if (n.t0 > c + MAX_LEAD || n.t1 > sn.t1) return null;
    if (n.type !== 'person') continue;
    if (n.t1 < sn.t1 && !SLOT_END.has(toks[n.t1].lower)) continue;
    if (!roleWords(d, c + 1, n.t0)) return null;
    return {
      ...a, form: 'inverted', boundary: toks[c - 1].s, clauseS: a.cueS, closesSentence: true, contentS: -1, contentE: -1, appo: null,
      subject: { kind: 'entity', s: n.s, e: n.e, ent: e, name: '' },
    };
  }
  return null;
}

/** Tokens k0..k1-1 form a role before a name: words of a noun phrase (capitalised ones, stripped possessives and
 *  hyphenated modifiers among them), at least one of them, at most one comma and only as the last token. */
function roleWords(d: ParaData, k0: number, k1: number): boolean {
  if (k1 <= k0) return false;
  for (let k = k0; k < k1; k++) {
    const t = d.toks[k];
    if (t.t === ',' && k === k1 - 1 && k > k0) continue;
    if (t.t === '-' && k > k0 && k < k1 - 1) continue;
    if (t.kind === K.Num || (t.kind === K.Word && inNounPhrase(t))) continue;
    return false;
  }
  return true;
}

/** At most this many tokens of the appositive, from the speaker's name to the comma before the cue. */
const MAX_APPOSITIVE = 25;

/** `Both towns scare me, Ann Lee, 30, of Dover, Del., who took part, said on the radio.`: in a sentence with no
 *  attribution found, a person's name set off by commas after at least three words in the speaker's voice, an
 *  appositive of at most 25 tokens (commas, a place, a relative clause), then a comma and a finite direct cue that ends
 *  its clause: an inverted attribution closing the words before the name. */
export function appositiveInverted(p: Para): Attr[] {
  const { d } = p;
  const toks = d.toks;
  const out: Attr[] = [];
  const withAttr = new Set(d.attrs.map((a) => a.sent));
  let e = 0;
  for (let si = 0; si < d.sents.length; si++) {
    const sn = d.sents[si];
    while (e < d.ents.length && d.ents[e].s < sn.s) e++;
    if (withAttr.has(si)) continue;
    for (let k = e; k < d.ents.length && d.ents[k].s < sn.e; k++) {
      const n = d.ents[k];
      if (n.type !== 'person' || n.t0 < 0 || n.t1 >= sn.t1 || toks[n.t1].t !== ',') continue;
      let f = n.t0;
      while (f > sn.t0 && toks[f - 1].s >= n.ts) f--;
      if (f - 1 < sn.t0 + 3 || toks[f - 1].t !== ',') continue;
      const c = cueAfterAppositive(toks, n.t1 + 1, Math.min(sn.t1, n.t1 + 1 + MAX_APPOSITIVE), sn);
      if (c < 0 || !voiceIn(p, si, sn.s, toks[f - 1].s)) break;
      out.push({
        form: 'inverted', cue: toks[c].lower, cueS: toks[c].s, cueE: toks[c].e, subject: { kind: 'entity', s: n.s, e: n.e, ent: k, name: '' },
        appo: [toks[n.t1 + 1].s, toks[c - 2].e], boundary: toks[f - 1].s, contentS: -1, contentE: -1, sent: si, closesSentence: true,
        direct: true, clauseS: n.s, intro: false,
      });
      break;
    }
  }
  return out;
}

/** The token index of a finite direct cue right after a comma within tokens k0..k1-1 that ends its clause, with no
 *  other cue before it; else -1. */
function cueAfterAppositive(toks: Tok[], k0: number, k1: number, sn: Sentence): number {
  for (let c = k0 + 1; c < k1; c++) {
    const t = toks[c];
    if (t.kind !== K.Word || !DIRECT_CUES.has(t.lower)) continue;
    return toks[c - 1].t === ',' && finiteCue(t) && cueEndsClause(toks, c, sn) ? c : -1;
  }
  return -1;
}
