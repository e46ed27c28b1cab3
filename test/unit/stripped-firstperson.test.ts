// `lastFirstPerson` (passes/strippedSpeech.ts) answers, once per sentence, what `firstPerson` answers for the rest of the
// sentence from any word start: the stripped comma introduction asks it at every comma. Invented text.
import * as assert from 'node:assert/strict';
import { firstPerson, lastFirstPerson } from '../../src/engine/passes/strippedSpeech';

const SENTENCES = [
  'Tomas Wirth told the harbour board, Dover never asked us about the toll, and I will not pay it.',
  'She said, Ferries run late, Boats run later, nobody here minds.',
  'We, the riders, said, Enough, my friends, enough.',
  'I I we, Our pier.',
  'Nothing here speaks in the first person at all.',
  '“You said it,” Lind wrote, “and youre right.”',
];

describe('lastFirstPerson: the last first-person word of a sentence', () => {
  it('agrees with firstPerson on the rest of the sentence from every word start', () => {
    for (const s of SENTENCES) {
      const text = 'x ' + s + ' y';
      const a = 2;
      const e = 2 + s.length;
      const last = lastFirstPerson(text, a, e);
      for (let k = a; k < e; k++) {
        if (k > a && /\p{L}/u.test(text[k - 1])) continue; // word starts only
        assert.equal(last >= k, firstPerson(text.slice(k, e)), `${s} @${k - a}`);
      }
    }
  });
});
