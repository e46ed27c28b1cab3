// Documents and outlets as the source (twenty-eighth round, h-cue): `the statement read`, `read the sign`, `One tweet
// said: "..."`, `said the statement`, `According to OUTLET: "..."`, `according to the report`, and `the 46-year-old
// said`. Every snippet was written for these tests; the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a document source test\n20231014\nhttps://example.org/news/doc-sources\n';

/** The speaker's name of the quote containing `w` in a seed of `paras`; undefined when no quote holds `w`. */
function speakerOf(paras: string[], w: string): string | null | undefined {
  const a = analyze(HEAD + paras.join('\n') + '\n');
  const q = a.quotes.find((x) => x.text.includes(w));
  return q ? speakerName(a, q) : undefined;
}

describe('documents and outlets as the source (twenty-eighth round)', () => {
  it('a document that `read` the quote, before or after it, is its source', () => {
    assert.equal(speakerOf(['"We will not close the pier," the statement read.'], 'close the pier'), 'the statement');
    assert.equal(speakerOf(['The harbour notice read: "The pier stays open all winter."'], 'stays open'), 'the harbour notice');
    assert.equal(speakerOf(['"Keep the ferry running," read the sign.'], 'ferry running'), 'the sign');
  });

  it('`read` after no document is no cue', () => {
    const a = analyze(HEAD + 'The harbour board read the report twice and then voted to keep the pier.\n');
    assert.equal(a.quotes.length, 0);
  });

  it('an inverted cue before a document or an outlet noun gives the quote to it', () => {
    assert.equal(speakerOf(['"We will not close the pier," said the statement.'], 'close the pier'), 'the statement');
    assert.equal(speakerOf(['"The toll is a fair price," reads an editorial in the Dunmore Gazette.'], 'fair price'), 'an editorial');
  });

  it('an inverted cue before an owned role names the person, not the document', () => {
    assert.equal(speakerOf(['"We will not close the pier," said the campaign manager, Marta Okonkwo.'], 'close the pier'), 'Marta Okonkwo');
  });

  it('`one` opens a short text that speaks, but not one of a named owner\'s', () => {
    assert.equal(speakerOf(['Twitter filled with messages. One tweet said: "The pier was our home."'], 'our home'), 'one tweet');
    assert.notEqual(speakerOf(['Ruth Vell answered her rival - "The pier is safe with me," one Vell ad declared - and moved on.'], 'safe with me'), 'one Vell ad');
  });

  it('`According to OUTLET:` before a quote gives the quote to the outlet', () => {
    assert.equal(speakerOf(['According to the Dunmore Gazette: "The pier will close in May."'], 'close in May'), 'Dunmore Gazette');
  });

  it('`according to` an unnamed document or outlet, before or after the quote, gives the quote to it', () => {
    assert.equal(speakerOf(['According to the newspaper, "the pier will close in May."'], 'close in May'), 'the newspaper');
    assert.equal(speakerOf(['"The pier will close in May," according to a court filing.'], 'close in May'), 'a court filing');
  });

  it('an age before `year-old` heads an unnamed source after a quote, or stands among its modifiers', () => {
    assert.equal(speakerOf(['"We will not close the pier," the 46-year-old said.'], 'close the pier'), 'the 46-year-old');
    assert.equal(speakerOf(['"The pier stays," the 52-year-old dockhand said.'], 'pier stays'), 'the 52-year-old dockhand');
  });
});
