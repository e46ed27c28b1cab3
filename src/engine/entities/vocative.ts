// A person addressed by name after a greeting (issue 12, eighteenth round): `Hey Brannoc, wait up`, `Dear Ilse:`,
// `Hello Tamsin!`. The run of capitalised words takes the greeting in (`Hey Brannoc`), which names nothing, and a
// name that is also a common word (`Hey Frank,`) would be dropped with it.
import { gazType, isTitleWord, joinKey } from './words';
import { K, type Tok } from '../tokens';
import { CAPITALISED } from '../wordShapes';

/** Greetings written before the name of the one addressed. */
const GREETINGS = new Set(['hey', 'hi', 'hello', 'dear', 'bye', 'goodbye']);
/** Kinship and courtesy words addressed like names (`Dear Mom,`, `Hi Grandpa!`): no named person. */
const KIN = new Set(['mom', 'mum', 'dad', 'mother', 'father', 'grandma', 'grandpa', 'granny', 'sir', 'madam', 'ma', 'pa', 'baby', 'honey',
  'friend', 'friends', 'everyone', 'everybody', 'all', 'guys', 'folks', 'sister', 'brother', 'son', 'daughter', 'aunt', 'uncle']);

/** Whether the run [a, b) is a greeting and one or two capitalised words that address a person, the run then ending
 *  at a comma, a colon or a sentence's end (`Hey Brannoc,`; not `Hello Kitty bags`). The person is [a + 1, b); none
 *  of its words a title or a kinship word (`Dear Mom,`), nor the whole a known place or organisation (`Dear Congress:`, `Hello Lisbon!`). */
export function vocative(toks: Tok[], a: number, b: number): boolean {
  const n = b - a - 1;
  if (n < 1 || n > 2 || !GREETINGS.has(toks[a].lower) || !toks[a].cap) return false;
  const end = toks[b];
  if (!end || end.kind === K.Word || !/^[,:!?.]$/.test(end.t)) return false;
  const prev = toks[a - 1];
  if (prev && prev.kind === K.Word && !toks[a].initial) return false; // `the Hello Kitty brand`: no greeting
  for (let k = a + 1; k < b; k++) if (!CAPITALISED.test(toks[k].t) || isTitleWord(toks[k].lower) || KIN.has(toks[k].lower)) return false;
  return !gazType(joinKey(toks, a + 1, b));
}
