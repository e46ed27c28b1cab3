// A lead-in of time and place before a colon and a quote (twenty-ninth round): `Then, later that month on Harbour FM:
// "..."` has no cue and no subject; the quote goes on with the previous paragraph's last speaker, while a lead-in with
// a noun of its own (`The letter: "..."`) does not. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a lead-in test\n20231014\nhttps://example.org/news/lead\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('verbless lead-ins before a colon (twenty-ninth round)', () => {
  it('a lead-in of time and place goes on with the previous speaker', () => {
    const a = analyze(seed(
      'Take March: "The dawn ferry loses money on every crossing," Ruth Vell told a radio host.',
      'Then, later that month on Harbour FM: "Nobody on the board wants to cut the dawn ferry."',
      'Again, in a May interview: "The pier was the right call."',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody on the board')), 'Ruth Vell');
    assert.equal(speakerName(a, quoteStarting(a, 'The pier was the right')), 'Ruth Vell');
    assert.ok(quoteStarting(a, 'The pier was the right').confidence < 0.9);
  });

  it('a lead-in with a noun or a verb of its own does not', () => {
    const a = analyze(seed(
      '"We will not pay for the pier," Ruth Vell said on Monday.',
      'The harbour letter: "We object to the pier and to its levy."',
    ));
    assert.notEqual(speakerName(a, quoteStarting(a, 'We object')), 'Ruth Vell');
  });

  it('no speaker to go on with after a paragraph without quotes', () => {
    const a = analyze(seed(
      '"We will not pay for the pier," Ruth Vell said on Monday.',
      'The council met again on Tuesday and voted on the levy.',
      'Later that week on Harbour FM: "The levy is dead and the pier is next."',
    ));
    assert.notEqual(speakerName(a, quoteStarting(a, 'The levy is dead')), 'Ruth Vell');
  });
});
