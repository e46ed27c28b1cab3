// Capital-letter acronyms (`CFL`, `NATO`): an organisation's, or a term's (`ground reaction force (GRF)`).
import { lexicon, FUNCTION_WORDS, SPEECH_CUES } from '../lexicon';
import { K, type Tok } from '../tokens';
import { isTitleWord } from './words';

/** Most words read back from `(` for the expansion of an acronym. */
const MAX_EXPANSION = 10;

/**
 * The words an acronym in parentheses abbreviates (`light-emitting diode (LED)`, `Major League Baseball (MLB)`): the
 * words before `(` whose initials, read backwards (function words skipped, hyphenated parts counted), spell the acronym.
 * Returns the index of the expansion's first word, or -1.
 */
export function expansionStart(toks: Tok[], a: number): number {
  const acr = toks[a].t.replace(/s$/, '').toLowerCase();
  if (a < 2 || toks[a - 1].t !== '(' || !toks[a + 1] || toks[a + 1].t !== ')') return -1;
  let need = acr.length;
  let k = a - 2;
  for (let n = 0; k >= 0 && need > 0 && n < MAX_EXPANSION; n++, k--) {
    const t = toks[k];
    if (t.kind !== K.Word) return -1;
    const parts = t.lower.split('-');
    for (let p = parts.length - 1; p >= 0 && need > 0; p--) {
      if (parts[p][0] === acr[need - 1]) need--;
      else if (!(parts.length === 1 && FUNCTION_WORDS.has(t.lower) && need < acr.length)) return -1;
    }
  }
  return need === 0 ? k + 1 : -1;
}

/** The expansion of a defined acronym names no organisation: lower-case words, or capitalised words with no
 *  organisation head (`ground reaction force (GRF)`, `Compact Fluorescent Light (CFL)`): a term, not a name. */
export function isDefinedTerm(toks: Tok[], a: number): boolean {
  const s = expansionStart(toks, a);
  if (s < 0) return false;
  const lex = lexicon();
  for (let k = s; k < a - 1; k++) if (lex.orgHeads.has(toks[k].lower) || lex.placeHeads.has(toks[k].lower)) return false;
  return true;
}

/** Nouns after an acronym that make it an organisation's (`NASA scientists`, `the MLB website`, `MTV's`). */
const ORG_NOUNS = new Set(['website', 'site', 'office', 'offices', 'headquarters', 'series', 'official', 'officials', 'member', 'members',
  'staff', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'leader', 'leaders', 'leadership', 'director', 'president', 'chairman',
  'administrator', 'forces', 'troops', 'soldiers', 'agents', 'officers', 'fighters', 'militants', 'statement', 'report', 'network',
  'channel', 'team', 'teams', 'debut', 'career', 'season', 'game', 'games', 'players', 'employees', 'researchers', 'scientists',
  'campus', 'students', 'student', 'program', 'programme', 'conference', 'meeting', 'summit', 'actions', 'policy', 'rules', 'regulation',
  // (the records, people and offices of an institution: `FEC filings`, `DNC emails`, `Fed governor`, `the F.B.I. director`)
  'filings', 'filing', 'records', 'emails', 'documents', 'data', 'files', 'governor', 'governors', 'chairwoman', 'chair', 'investigation',
  'probe', 'agent', 'funding', 'donors', 'delegates', 'convention', 'platform', 'ruling', 'guidelines', 'panel', 'board', 'audit',
  'lawyers', 'counsel', 'spokespeople', 'press', 'secretary', 'commissioner', 'analysis', 'poll', 'survey', 'ad', 'ads',
  // (a broadcaster's people and programmes: `a KXRT anchor`, `the WQNB moderators`, `a ZTV interview`)
  'anchor', 'anchors', 'host', 'hosts', 'moderator', 'moderators', 'reporter', 'reporters', 'correspondent', 'correspondents',
  'commentator', 'commentators', 'contributor', 'contributors', 'interview', 'broadcast', 'newscast', 'crew']);

/** A noun after the name that makes it an organisation's (`F.B.I. agents`, `DNC emails`). */
export function orgNounAfter(toks: Tok[], b: number): boolean {
  const t = toks[b];
  return !!t && t.kind === K.Word && !t.cap && ORG_NOUNS.has(t.lower);
}

/** Signs in the paragraph that an unknown acronym names an organisation. */
export function acronymActsAsOrg(toks: Tok[], a: number): boolean {
  const lex = lexicon();
  const next = toks[a + 1];
  const prev = toks[a - 1];
  // Defined after an organisation's name (`Korean Central News Agency (KCNA)`).
  const s = expansionStart(toks, a);
  if (s >= 0) return !isDefinedTerm(toks, a);
  if (!next) return !!prev && prev.lower === 'the';
  if (next.t === "'s" || next.t === '’s') return true;
  // `told KXRT`: people tell an outlet or an agency what they know.
  if (prev && prev.kind === K.Word && prev.lower === 'told') return true;
  // A dateline's credit (`BOSTON, May 3 (UPI) —`): the agency in parentheses before a dash.
  if (prev?.t === '(' && next.t === ')' && /^[—–-]/.test(toks[a + 2]?.t ?? '')) return true;
  if (next.kind === K.Word) {
    if (SPEECH_CUES.has(next.lower) || ORG_NOUNS.has(next.lower) || (next.cap && isTitleWord(next.lower))) return true;
    const tag = lex.common.get(next.lower);
    if (!next.cap && ((tag && /^(?:PastTense|PresentTense)$/.test(tag)) || /^(?:has|have|had)$/.test(next.lower))) return true;
    return false;
  }
  return !!prev && prev.kind === K.Word && /^(the|at|from|by|with|joined|left)$/.test(prev.lower);
}
