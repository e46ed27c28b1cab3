// Direct quotes in text without quotation marks (issue 12, fifteenth round, second part, branch h-stripped13): a
// noun-phrase or organisation subject. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteIfAny, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240311\nhttps://example.org/news/stripped-eight\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('fifteenth round, second part: what a source wrote, closed by `, X wrote.`', () => {
  it('`..., the Harbour Trust wrote.`, `..., one user wrote.`: a text of an organisation or an unnamed writer is a quote', () => {
    const a = analyze(seed(
      'The Harbour Trust runs the island ferry.',
      'Many of the new fares are far from fair, the Harbour Trust wrote.',
      'The crossing takes an hour on a calm day, one user wrote.',
    ));
    const q = quoteStarting(a, 'Many of the new fares');
    assert.equal(q.text, 'Many of the new fares are far from fair');
    assert.equal(q.cue, 'wrote');
    assert.equal(speakerName(a, q), 'Harbour Trust');
    const r = quoteStarting(a, 'The crossing takes an hour');
    assert.equal(r.text, 'The crossing takes an hour on a calm day');
    assert.equal(r.cue, 'wrote');
  });

  it('`..., the Island Post reported.` stays a paraphrase; a report of events by an unnamed group too', () => {
    const a = analyze(seed(
      'The Harbour Trust runs the island ferry.',
      'Prices rose sharply over the winter, the Island Post reported.',
      'The crossing closed in 1998 after the storm, the group wrote.',
    ));
    assert.equal(quoteIfAny(a, 'Prices rose'), undefined);
    assert.equal(quoteIfAny(a, 'The crossing closed'), undefined);
  });
});
