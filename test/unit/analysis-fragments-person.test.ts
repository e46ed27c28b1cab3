// Partial quotes in text without quotation marks, fifteenth round, second part (issue 12): the reported-clause rule
// also takes the clause after a cue in mid-sentence. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis, Quote } from '../../src/engine/types';
import { FRAGMENT_CONFIDENCE } from '../../src/engine/passes/fragments';
import { speakerName, ruleConfidences } from './analysisHelpers';

const HEAD = 'Headline for a fragment test\n20230517\nhttps://example.org/news/fragments-person\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

/** The unmarked partial quotes of an analysis. */
const partials = (a: Analysis): Quote[] => a.quotes.filter((q) => !q.marked && q.kind === 'partial');

describe('stripped fragments, fifteenth round (second part): a clause after a cue in mid-sentence', () => {
  ruleConfidences();
  it('`The plan, X said, was a totally terrible idea`: the clause after the cue, with its emphatic words, is quoted', () => {
    const a = analyze(seed(
      'The island council met on Tuesday to discuss the ferry.',
      'The new timetable, Ann Reyes said, was a totally terrible idea for the island.',
    ));
    const ps = partials(a);
    assert.equal(ps.length, 1);
    assert.equal(ps[0].text, 'was a totally terrible idea for the island');
    assert.equal(speakerName(a, ps[0]), 'Ann Reyes');
    assert.equal(ps[0].cue, 'said');
    assert.ok(ps[0].confidence <= FRAGMENT_CONFIDENCE, `confidence ${ps[0].confidence}`);
  });

  it('the same clause with no emphatic or first-person word is not', () => {
    const a = analyze(seed(
      'The island council met on Tuesday to discuss the ferry.',
      'The new timetable, Ann Reyes said, was an idea the council had discussed for the island.',
    ));
    assert.deepEqual(partials(a).map((q) => q.text), []);
  });
});
