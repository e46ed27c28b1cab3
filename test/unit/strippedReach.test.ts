// Direct quotes in text without quotation marks (twenty-eighth round, branch h-bound): the words before a person's
// inverted attribution run back to the start of the paragraph, narrative tense or not, unless a sentence on the way
// names the speaker, opens on a scene-setting subject or reports what another person said or did. Every snippet was
// written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/stripped-reach\n';
const LEAD = 'Marta Okonkwo spoke at the pier on Monday.';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const exact = (a: Analysis, text: string): boolean => a.quotes.some((q) => q.text === text);

describe('stripped text: a person’s inverted attribution reaches back to the paragraph start', () => {
  it('`First, ... was cut by the county. This time ..., Okonkwo wrote.`: one quote over both sentences', () => {
    const a = analyze(seed(LEAD, 'First, every other ferry line was cut by the county. This time it was the state that cut it, Okonkwo wrote.'));
    assert.ok(exact(a, 'First, every other ferry line was cut by the county. This time it was the state that cut it'));
    assert.equal(speakerName(a, quoteStarting(a, 'First, every other')), 'Marta Okonkwo');
  });

  it('`When the storm came, the county closed the harbor. ..., Okonkwo said.`: a fronted clause joins', () => {
    const a = analyze(seed(LEAD, 'When the storm came, the county closed the harbor. Nobody asked the island families, Okonkwo said.'));
    assert.ok(exact(a, 'When the storm came, the county closed the harbor. Nobody asked the island families'));
  });

  it('stops at a scene-setting subject: `The county closed the harbor ...`', () => {
    const a = analyze(seed(LEAD, 'The county closed the harbor when the storm came. Nobody asked the island families, Okonkwo said.'));
    assert.ok(exact(a, 'Nobody asked the island families'));
  });

  it('stops at a sentence that reports what another person did: `Senator Vell accused ...`', () => {
    const a = analyze(seed(LEAD, 'Senator Ruth Vell accused the harbor board of hiding the report. The board has lied to us for years, Okonkwo said.'));
    assert.ok(exact(a, 'The board has lied to us for years'));
  });

  it('stops at a sentence that names the speaker: `Okonkwo disagreed.`', () => {
    const a = analyze(seed(LEAD, 'The county gave the harbor fund nothing last year. Okonkwo disagreed. The fund will survive, Okonkwo said.'));
    assert.ok(exact(a, 'The fund will survive'));
  });
});
