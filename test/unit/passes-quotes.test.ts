// The quotes pass (src/engine/passes/quotes.ts, stripped.ts) on its own: which spans are quotes and how each speaker
// was found, as the typed `How` kind (the reader's text is derived from it in the output pass). Every text here was
// written for these tests.
import * as assert from 'node:assert/strict';
import { How } from '../../src/engine/passes/state';
import { notSpeech, quoteOverlaps } from '../../src/engine/passes/quoteAttrs';
import { firstPerson } from '../../src/engine/passes/stripped';
import { actorName, quoteAt, spanText, stateAfter } from './passesHelpers';

describe('quotes pass: quotation marks', () => {
  it('takes the speaker from the attribution after or before the quote', () => {
    const st = stateAfter('quotes',
      '"The pier will open in June," Dana Velloway said on Friday.',
      'Robert Quarnby said: "We are not ready."');
    const a = quoteAt(st, 'The pier will open');
    assert.equal(actorName(st, a.actorKey), 'Dana Velloway');
    assert.equal(a.how, How.After);
    assert.equal(a.cue, 'said');
    assert.equal(a.marked, true);
    const b = quoteAt(st, 'We are not ready');
    assert.equal(actorName(st, b.actorKey), 'Robert Quarnby');
    assert.equal(b.how, How.Before);
  });

  it('gives an earlier quote the speaker of a following attributed one', () => {
    const st = stateAfter('quotes', '"The pier is finished." "It will open in June," Dana Velloway said.');
    const q = quoteAt(st, 'The pier is finished');
    assert.equal(actorName(st, q.actorKey), 'Dana Velloway');
    assert.equal(q.how, How.AfterFollowingQuote);
  });

  it('continues a quote left open at the end of a paragraph with the same speaker', () => {
    const st = stateAfter('quotes',
      '"The pier will open in June," Dana Velloway said. "The ferries will come back.',
      '"And the town will be busy again."');
    assert.equal(quoteAt(st, 'The ferries').how, How.ContinuationAfterAttribution);
    const q = quoteAt(st, 'And the town');
    assert.equal(actorName(st, q.actorKey), 'Dana Velloway');
    assert.equal(q.how, How.ContinuationFromPrevious);
    assert.ok(q.confidence < quoteAt(st, 'The ferries').confidence, 'less sure than the quote it continues');
    assert.equal(q.paragraph, 1);
  });

  it('drops a title in quotation marks without an attribution, and keeps a short fragment with a subject', () => {
    const st = stateAfter('quotes',
      'The choir sang "The Harbour Lights" at the opening.',
      'Dana Velloway called the delay "a slow disaster" on Friday.');
    assert.ok(!st.quotes.some((q) => spanText(st, q).startsWith('The Harbour Lights')), 'title dropped');
    const q = quoteAt(st, 'a slow disaster');
    assert.equal(actorName(st, q.actorKey), 'Dana Velloway');
    assert.equal(q.how, How.Subject);
    assert.equal(q.kind, 'partial');
  });

  it('settles every quote in its unit, sorted, with its index in the document list', () => {
    const st = stateAfter('quotes', '"One," Dana Velloway said. "Two," she added.', '"Three," Robert Quarnby said.');
    st.quotes.forEach((q, i) => assert.equal(q.index, i));
    for (const uq of st.unitQuotes) for (let i = 1; i < uq.length; i++) assert.ok(uq[i - 1].s < uq[i].s);
    assert.ok(st.actors.get('p:dana velloway')?.speaker, 'speaker marked');
  });
});

describe('quotes pass: stripped quotation marks', () => {
  it('reads `..., X said.` as a quote running back over speech-like sentences, and the sentences after it', () => {
    const st = stateAfter('quotes',
      'Dana Velloway opened the pier on Friday.',
      'We will not wait any longer. The ferries must come back, Velloway said. We have waited for ten years.');
    assert.equal(st.markedDoc, false);
    const q = quoteAt(st, 'We will not wait');
    assert.equal(spanText(st, q), 'We will not wait any longer. The ferries must come back');
    assert.equal(actorName(st, q.actorKey), 'Dana Velloway');
    assert.equal(q.how, How.After);
    assert.equal(q.marked, false);
    const c = quoteAt(st, 'We have waited');
    assert.equal(actorName(st, c.actorKey), 'Dana Velloway');
    assert.equal(c.how, How.ContinuationAfterAttribution);
  });

  it('reads `X said, We ...` as a quote introduced by its cue', () => {
    const st = stateAfter('quotes', 'Robert Quarnby said, We are not ready for the ferries yet.');
    const q = quoteAt(st, 'We are not ready');
    assert.equal(actorName(st, q.actorKey), 'Robert Quarnby');
    assert.equal(q.how, How.Before);
  });

  it('reads a participle cue and a first word (`adding, I ...`) as a quote of the sentence subject', () => {
    const st = stateAfter('quotes', 'Dana Velloway praised the builders on Friday, adding, I have never seen a pier built so fast.');
    const q = quoteAt(st, 'I have never seen');
    assert.equal(actorName(st, q.actorKey), 'Dana Velloway');
    assert.equal(q.cue, 'adding');
  });

  it('infers nothing without marks in a document that marks its quotes elsewhere', () => {
    const st = stateAfter('quotes',
      '"The pier will open in June," Dana Velloway said.',
      'We will not wait any longer. The ferries must come back, Velloway said.');
    assert.equal(st.markedDoc, true);
    assert.ok(!st.quotes.some((q) => !q.marked));
  });
});

describe('quotes pass helpers', () => {
  it('notSpeech tells titles and headline lines from speech', () => {
    const d = { toks: [], sents: [], ents: [], segs: [], attrs: [] };
    assert.equal(notSpeech('The Harbour Lights', 10, d), true);
    assert.equal(notSpeech('too short', 10, d), true);
    assert.equal(notSpeech('we will open the pier in June.', 10, d), false);
    assert.equal(notSpeech('patience', 10, d, false, true), false);
  });

  it('quoteOverlaps answers the same by scan and by index', () => {
    const fixed = Array.from({ length: 30 }, (_, i) => ({ s: i * 10, e: i * 10 + 5 }));
    const small = quoteOverlaps(fixed.slice(0, 3), 0);
    const big = quoteOverlaps(fixed, 0);
    assert.equal(small.test({ s: 4, e: 6 }), true);
    assert.equal(small.test({ s: 5, e: 10 }), false);
    assert.equal(big.test({ s: 204, e: 206 }), true);
    assert.equal(big.test({ s: 205, e: 210 }), false);
    big.add({ s: 206, e: 209 });
    assert.equal(big.test({ s: 207, e: 208 }), true);
  });

  it('firstPerson finds first- and second-person words only as words', () => {
    assert.equal(firstPerson('We will go.'), true);
    assert.equal(firstPerson('the crowd asked you'), true);
    assert.equal(firstPerson('Weather and mystery'), false);
  });
});
