// The name shown for an unnamed group or role source keeps the capital of a name inside it (thirtieth round, lead):
// only a capital that comes from the sentence's start is lowered. Every snippet was written for these tests; the names
// are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';
import { sentenceOpens } from '../../src/engine/passes/sentenceOpens';

const HEAD = 'Headline for a group label test\n20240311\nhttps://example.org/news/group-label\n';

/** The speaker's name of the quote containing `w`; undefined when no quote holds `w`. */
function speakerOf(paras: string[], w: string): string | null | undefined {
  const a = analyze(HEAD + paras.join('\n') + '\n');
  const q = a.quotes.find((x) => x.text.includes(w));
  return q ? speakerName(a, q) : undefined;
}

describe('collective source labels (thirtieth round)', () => {
  it('keeps a name that opens a group after the cue or after a quote and its comma', () => {
    assert.equal(speakerOf(['The ferry board met on Monday. "We will not approve the new pier this spring," said Vell campaign officials.'], 'new pier'), 'Vell campaign officials');
    assert.equal(speakerOf(['"The pier can wait until the tides settle," Ostrander aides said on Friday.'], 'tides settle'), 'Ostrander aides');
  });

  it('lowers a capital that only opens the sentence, also after a heading in capitals or a closing bracket', () => {
    assert.equal(speakerOf(['Officials said the pier was unsafe. "The planks have rotted through," one of them added.', 'Harbour staff met. Officials said: "No ferry will dock until the planks are replaced."'], 'planks are replaced'), 'officials');
    assert.equal(speakerOf(['(The vote came late.) Sources told reporters: "The harbour fund is empty and the board knows it."'], 'harbour fund'), 'sources');
  });

  it('keeps a second capital in the first word (`U.S.`, hyphenated names) even at the sentence start', () => {
    assert.equal(speakerOf(['Cuban-American voters said: "The harbour treaty must be signed in the spring."'], 'harbour treaty'), 'Cuban-American voters');
  });
});

describe('sentenceOpens', () => {
  const t = 'Ferry news. "Soon," Vell aides said. (Late.) Sources said; NOTICE TO CREWS The board met.';
  const at = (w: string): number => t.indexOf(w);
  it('is true at the paragraph start and after a stop, a closing bracket or a heading in capitals', () => {
    assert.equal(sentenceOpens(t, 0, 0), true);
    assert.equal(sentenceOpens(t, 0, at('"Soon')), true);
    assert.equal(sentenceOpens(t, 0, at('Sources')), true);
    assert.equal(sentenceOpens(t, 0, at('The board')), true);
  });
  it('is false after a comma and a closing quotation mark, or inside a sentence', () => {
    assert.equal(sentenceOpens(t, 0, at('Vell')), false);
    assert.equal(sentenceOpens(t, 0, at('news')), false);
  });
});
