// A photo credit (`Lena Varga via Brightlens Pictures.`): the agency or outlet after `via` in a short line of names.
import { K, type Tok } from '../tokens';

/** Most tokens the credit's owner takes before `via` (`MARTA J. OKONJO via`). */
const MAX_OWNER = 6;

/**
 * True when the run [a, b) is the source of a credit line: the paragraph is capitalised words (a photographer or an
 * outlet, initials allowed) then `via`, then the run, which ends the paragraph (a period allowed). The run names the
 * agency that distributes the picture, an organisation, though its words are shaped like a person's name. Reads at most
 * MAX_OWNER + 3 tokens.
 */
export function viaCredit(toks: Tok[], a: number, b: number): boolean {
  const v = a - 1;
  if (v < 1 || v > MAX_OWNER || toks[v].lower !== 'via') return false;
  if (!(b === toks.length || (b === toks.length - 1 && toks[b].t === '.'))) return false;
  for (let k = 0; k < v; k++) {
    const t = toks[k];
    if (!(t.kind === K.Word && t.cap) && t.t !== '.') return false;
  }
  return true;
}
