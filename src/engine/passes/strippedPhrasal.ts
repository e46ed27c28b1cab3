// The stripped pass's inverted attributions with a phrasal verb of speaking (`..., Lee shot back.`, `..., she went
// on.`), which the clause finder reads only after a closing quotation mark, and with a verb of speaking that closes
// its sentence (`..., he surmised.`) which the cue lists leave out.
import type { Attr, Subject } from '../attribution';
import { K } from '../tokens';
import type { ParaData } from './state';

/** Phrasal verbs of speaking, with their particle. */
const PHRASAL = new Map([['shot', 'back'], ['shoots', 'back'], ['fired', 'back'], ['fires', 'back'], ['hit', 'back'], ['hits', 'back'],
  ['went', 'on'], ['goes', 'on'], ['pointed', 'out'], ['points', 'out'], ['chimed', 'in'], ['chimes', 'in'], ['piped', 'up'],
  ['pipes', 'up'], ['spoke', 'up'], ['weighed', 'in']]);
/** Verbs of speaking the cue lists leave out because, before an object, they take no speech (`Lee questioned the
 *  plan`, `Lee pleaded with them`, `Lee repeated the claim`): closing a sentence right after a name or `he` / `she`, they
 *  attribute the words before it (`..., he surmised.`, `Who pays for it? Lee questioned.`). (`charged` is a cue already,
 *  taken without marks only after the speaker's voice.) */
const CLOSING = new Set(['assured', 'demanded', 'implored', 'mocked', 'mocks', 'pleaded', 'questioned', 'repeated', 'retaliated',
  'surmised', 'teased']);
/** Words that may open an adjunct after the particle (`shot back at the meeting`, `went on at the rally`). */
const AFTER_PARTICLE = new Set(['with', 'in', 'at', 'on', 'during', 'after', 'later', 'again', 'then', 'angrily', 'quickly']);

/** `We never sold it, Lee shot back.`, `Nobody asked us, she went on at the meeting.`: a comma, a person's name (or `he`
 *  / `she`) right before a phrasal verb of speaking and its particle, then the end of the sentence or an adjunct: an
 *  inverted attribution closing the text before the comma. Only in sentences with no attribution found. */
export function phrasalInverted(d: ParaData): Attr[] {
  const out: Attr[] = [];
  const toks = d.toks;
  let withAttr: Set<number> | null = null;
  let byEnd: Map<number, number> | null = null;
  for (let si = 0; si < d.sents.length; si++) {
    const sn = d.sents[si];
    for (let i = sn.t0 + 1; i + 1 < sn.t1; i++) {
      const v = toks[i];
      if (v.kind !== K.Word || v.cap) continue;
      // (A closing verb: the sentence ends right after it. A phrasal verb: its particle, then the end or an adjunct.)
      const closing = CLOSING.has(v.lower);
      if (closing ? !/^[.!?]$/.test(toks[i + 1].t) : PHRASAL.get(v.lower) !== toks[i + 1].lower) continue;
      const n = toks[i + 2];
      if (!closing && n && i + 2 < sn.t1 && !(n.kind === K.Punct ? /^[.!?]$/.test(n.t) : AFTER_PARTICLE.has(n.lower))) continue;
      let subject: Subject | null = null;
      let b = -1;
      const pr = toks[i - 1];
      if (pr.kind === K.Word && (pr.lower === 'he' || pr.lower === 'she') && toks[i - 2].t === ',') {
        subject = { kind: 'pronoun', s: pr.s, e: pr.e, ent: -1, name: pr.lower };
        b = i - 2;
      } else {
        if (!byEnd) {
          byEnd = new Map();
          for (let k = 0; k < d.ents.length; k++) if (d.ents[k].t0 >= 0 && d.ents[k].type === 'person') byEnd.set(d.ents[k].t1, k);
        }
        const k = byEnd.get(i);
        const c = k === undefined ? undefined : d.ents[k];
        if (k === undefined || !c) continue;
        // (Over a title before the name: `, Mr. Lee shot back.`)
        let f = c.t0;
        while (f > sn.t0 && toks[f - 1].s >= c.ts) f--;
        subject = { kind: 'entity', s: c.s, e: c.e, ent: k, name: '' };
        // (`Who pays for it? Lee questioned.`: a sentence of the name and a closing verb alone, after a question.)
        if (closing && f === sn.t0 && si > 0) {
          withAttr ??= new Set(d.attrs.map((a) => a.sent));
          if (withAttr.has(si)) break;
          out.push({
            form: 'bare', cue: v.lower, cueS: v.s, cueE: v.e, subject, appo: null, boundary: toks[f].s, contentS: -1,
            contentE: -1, sent: si, closesSentence: true, direct: true, clauseS: subject.s, intro: false,
          });
          break;
        }
        if (f - 1 < sn.t0 + 3 || toks[f - 1].t !== ',') continue;
        b = f - 1;
      }
      if (b - sn.t0 < 3) continue;
      withAttr ??= new Set(d.attrs.map((a) => a.sent));
      if (withAttr.has(si)) break;
      out.push({
        form: 'inverted', cue: v.lower, cueS: v.s, cueE: closing ? v.e : toks[i + 1].e, subject, appo: null, boundary: toks[b].s, contentS: -1,
        contentE: -1, sent: si, closesSentence: true, direct: true, clauseS: subject.s, intro: false,
      });
      break;
    }
  }
  return out;
}
