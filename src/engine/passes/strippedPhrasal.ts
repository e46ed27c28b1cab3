// The stripped pass's inverted attributions with a phrasal verb of speaking (`..., Lee shot back.`, `..., she went
// on.`), which the clause finder reads only after a closing quotation mark.
import type { Attr, Subject } from '../attribution';
import { K } from '../tokens';
import type { ParaData } from './state';

/** Phrasal verbs of speaking, with their particle. */
const PHRASAL = new Map([['shot', 'back'], ['shoots', 'back'], ['fired', 'back'], ['fires', 'back'], ['hit', 'back'], ['hits', 'back'],
  ['went', 'on'], ['goes', 'on'], ['pointed', 'out'], ['points', 'out'], ['chimed', 'in'], ['chimes', 'in'], ['piped', 'up'],
  ['pipes', 'up'], ['spoke', 'up'], ['weighed', 'in']]);
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
    for (let i = sn.t0 + 4; i + 1 < sn.t1; i++) {
      const v = toks[i];
      if (v.kind !== K.Word || v.cap || PHRASAL.get(v.lower) !== toks[i + 1].lower) continue;
      const n = toks[i + 2];
      if (n && i + 2 < sn.t1 && !(n.kind === K.Punct ? /^[.!?]$/.test(n.t) : AFTER_PARTICLE.has(n.lower))) continue;
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
        if (f - 1 < sn.t0 + 3 || toks[f - 1].t !== ',') continue;
        subject = { kind: 'entity', s: c.s, e: c.e, ent: k, name: '' };
        b = f - 1;
      }
      if (b - sn.t0 < 3) continue;
      withAttr ??= new Set(d.attrs.map((a) => a.sent));
      if (withAttr.has(si)) break;
      out.push({
        form: 'inverted', cue: v.lower, cueS: v.s, cueE: toks[i + 1].e, subject, appo: null, boundary: toks[b].s, contentS: -1,
        contentE: -1, sent: si, closesSentence: true, direct: true, clauseS: subject.s, intro: false,
      });
      break;
    }
  }
  return out;
}
