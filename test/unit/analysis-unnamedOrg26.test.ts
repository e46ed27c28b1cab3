// Unnamed documents, organisations and tied people as sources (issue 12, twenty-sixth round): `"...," the statement
// said`, `Dorn's office said`, `the company said` with no company named, `"...," a spokeswoman for Dorn said`. The
// phrase is the source the reader sees, never the person who owns it nor the last person who spoke. Every snippet was
// written for these tests; the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for an unnamed organisation test\n20231014\nhttps://example.org/news/unnamed-org\n';
const DORN = 'Mayor Lee Dorn opened the new pier on Monday. "The ferry budget is fine," Dorn said.';

/** The analysis of a seed of `paras`, the quote containing `w`, its speaker's name and the text of its mention. */
function quoteIn(paras: string[], w: string) {
  const text = HEAD + paras.join('\n') + '\n';
  const a = analyze(text);
  const q = a.quotes.find((x) => x.text.includes(w));
  assert.ok(q, `no quote with ${w}: ${a.quotes.map((x) => x.text).join(' | ')}`);
  return { a, q, who: speakerName(a, q), mention: q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null };
}

describe('unnamed documents and organisations as sources (twenty-sixth round)', () => {
  it('a document after the quote speaks, and the quote after it continues the document, not the mayor', () => {
    const paras = [DORN, '"We regret the delay and will refund every ticket," the statement said. "The night ferry returns in May."'];
    const first = quoteIn(paras, 'refund every ticket');
    assert.equal(first.who, 'the statement');
    assert.equal(first.mention, 'the statement');
    assert.equal(first.q.attribution, 'attribution after the quote');
    const second = quoteIn(paras, 'returns in May');
    assert.equal(second.who, 'the statement');
  });

  it('other documents and cues: the lawsuit says, the letter adds, the report concluded', () => {
    const cases: [string, string, string][] = [
      ['"The toll is plainly unlawful," the lawsuit says.', 'plainly unlawful', 'the lawsuit'],
      ['"Please explain your vote on the toll," the letter adds.', 'explain your vote', 'the letter'],
      ['"Ridership fell by half," the 2022 audit concluded.', 'Ridership fell', 'the 2022 audit'],
    ];
    for (const [s, w, src] of cases) {
      const { who } = quoteIn([DORN, s], w);
      assert.equal(who, src, s);
    }
  });

  it('an owner\'s office or campaign speaks as itself, never as its owner', () => {
    const cases: [string, string, string][] = [
      ['"Nothing has changed," Dorn\'s office said in a statement.', 'Nothing has changed', 'Dorn\'s office'],
      ['"Fares will rise," the Dorn campaign said.', 'Fares will rise', 'the Dorn campaign'],
      ['"We won the pier vote," his campaign said.', 'won the pier vote', 'his campaign'],
    ];
    for (const [s, w, src] of cases) {
      const { who, mention } = quoteIn([DORN, s], w);
      assert.notEqual(who, 'Lee Dorn', s);
      assert.equal(who, src, s);
      assert.equal(mention, src, s);
    }
  });

  it('an organisation noun with no organisation of that name: the phrase, a little less sure than a name', () => {
    const named = quoteIn([DORN, '"We had no choice," Lee Dorn said.'], 'no choice');
    const { who, q } = quoteIn([DORN, '"We are sorry for the trouble," the company said in a statement.'], 'sorry for the trouble');
    assert.equal(who, 'the company');
    assert.ok(q.confidence < named.q.confidence, `${q.confidence} < ${named.q.confidence}`);
  });

  it('an organisation noun after its named organisation is still that organisation', () => {
    const { who, mention } = quoteIn(['The Harbour Ferry Company raised fares on Monday. "We had no choice," the company said.'], 'no choice');
    assert.equal(who, 'Harbour Ferry Company');
    assert.equal(mention, 'the company');
  });

  it('a document with the verbs it does not speak with is no source (`their survey answered every question`)', () => {
    const text = HEAD + DORN + '\n"It is done," Dorn said. Their survey answered every question about the pier.\n';
    const a = analyze(text);
    assert.ok(!a.actors.some((x) => /survey/i.test(x.name)), a.actors.map((x) => x.name).join(', '));
  });

  it('a document opened by `a` before a participle stays its author\'s (`issued a statement saying`)', () => {
    const { who } = quoteIn(['Ann Wren issued a statement saying "the toll stays."'], 'the toll stays');
    assert.equal(who, 'Ann Wren');
  });

  it('without quotation marks: the text a document closes with a comma is its words', () => {
    const { who } = quoteIn(['Mayor Lee Dorn opened the new pier on Monday morning.',
      'We regret the delay and we will refund every single ticket this week, the statement said.'], 'refund every single ticket');
    assert.equal(who, 'the statement');
  });
});

describe('a tied person (a spokeswoman for Dorn) speaks, not the owner (twenty-sixth round)', () => {
  it('after the quote: a spokeswoman for Dorn, an aide to Dorn', () => {
    for (const [s, src] of [['"We will appeal," a spokeswoman for Dorn said.', 'a spokeswoman for Dorn'], ['"We will appeal," an aide to Dorn said.', 'an aide to Dorn']]) {
      const { who, mention } = quoteIn([DORN, s], 'We will appeal');
      assert.notEqual(who, 'Lee Dorn', s);
      assert.equal(who, src, s);
      assert.equal(mention, src, s);
    }
  });

  it('before the quote, and for a lower-case organisation', () => {
    assert.equal(quoteIn([DORN, 'A spokesman for Dorn said "the ferry stays."'], 'the ferry stays').who, 'a spokesman for Dorn');
    assert.equal(quoteIn(['A spokesman for the harbour board said "the ferry stays."'], 'the ferry stays').who, 'a spokesman for the harbour board');
  });

  it('the spokeswoman for Dorn is the person introduced as his spokeswoman, when there is one', () => {
    const { who } = quoteIn(['Ann Quill, a spokeswoman for Lee Dorn, spoke on Monday. "We will appeal," the spokeswoman for Dorn said.'], 'We will appeal');
    assert.equal(who, 'Ann Quill');
  });

  it('a named spokesman in an appositive still speaks by name', () => {
    assert.equal(quoteIn(['Ted Wren, a spokesman for Lee Dorn, said the plan is "dead on arrival."'], 'dead on arrival').who, 'Ted Wren');
  });
});
