// A pull quote signed on the line after it (issue 12, twentieth round): a paragraph opens a quotation and leaves it
// open, and the short paragraph after it names the person and closes it (`"The pier will pay for itself.` /
// `Ann Lee, Harbour Trust."`). The person signs the quote, and the signature is not a quote of its own. Every snippet
// was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a pull quote test\n20231014\nhttps://example.org/news/pull\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('pull quotes signed on the next line (twentieth round)', () => {
  it('a name and an affiliation closing the quote sign it', () => {
    const a = analyze(seed(
      'The ferry budget passed on Monday after a long night.',
      '"We will keep the night crossings as long as anyone rides them.',
      'Odile Brannagh, Harbour Riders Trust."',
      'The council meets again in May.',
    ));
    const q = a.quotes.find((x) => x.text.includes('night crossings'));
    assert.ok(q, a.quotes.map((x) => x.text).join(' | '));
    assert.equal(speakerName(a, q), 'Odile Brannagh');
    assert.ok(!a.quotes.some((x) => x.text.includes('Harbour Riders Trust')), 'the signature is no quote');
  });

  it('titles before the name and a name alone sign too', () => {
    const a = analyze(seed(
      '\u201cNobody on the island voted for a toll.',
      'State Sen. Tomas Wirth.\u201d',
    ));
    const q = a.quotes.find((x) => x.text.includes('voted for a toll'));
    assert.ok(q);
    assert.equal(speakerName(a, q), 'Tomas Wirth');
  });

  it('a paragraph that goes on after the name is a quote of its own, not a signature', () => {
    const a = analyze(seed(
      '"We will keep the night crossings as long as anyone rides them.',
      'Odile Brannagh said the trust would pay for it."',
    ));
    assert.ok(a.quotes.some((x) => x.text.includes('trust would pay')));
  });

  it('a quote closed in its own paragraph is not signed by a name line after it', () => {
    const a = analyze(seed(
      '"We will keep the night crossings as long as anyone rides them."',
      'Odile Brannagh, Harbour Riders Trust.',
    ));
    const q = a.quotes.find((x) => x.text.includes('night crossings'));
    assert.ok(q);
    assert.notEqual(speakerName(a, q), 'Odile Brannagh');
  });
});
