// Direct quotes in text without quotation marks (issue 12, sixteenth round, second part, branch h-stripped17):
// continuations that take the wrong speaker. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240412\nhttps://example.org/news/stripped-eleven\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('sixteenth round: a narrator\'s lead-in to another person\'s words ends a continuation', () => {
  it('`..., said Okafor. Lind balked: Island budgets ...`: the words after the colon are not Okafor\'s', () => {
    const a = analyze(seed(
      'We will keep the ferry running all winter, said Tom Okafor, head of the boatmen guild. Dana Lind balked: Island budgets cannot carry another loss this year.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We will keep the ferry')), 'Tom Okafor');
    for (const q of a.quotes) if (q.text.includes('Island budgets')) assert.notEqual(speakerName(a, q), 'Tom Okafor');
  });

  it('`..., said Okafor. Lind was moved to say, Island budgets ...`: an infinitive of saying hands over the floor too', () => {
    const a = analyze(seed(
      'We will keep the ferry running all winter, said Tom Okafor, head of the boatmen guild. Dana Lind was moved to say, Island budgets cannot carry another loss.',
    ));
    for (const q of a.quotes) if (q.text.includes('Island budgets')) assert.notEqual(speakerName(a, q), 'Tom Okafor');
  });

  it('a sentence that only names another person, with no colon and no infinitive of saying, is still the speaker\'s', () => {
    const a = analyze(seed(
      'We will keep the ferry running all winter, said Tom Okafor, head of the boatmen guild. Dana Lind is wrong about the tides. We have sailed in worse.',
    ));
    const q = quoteStarting(a, 'Dana Lind is wrong');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('a paragraph opened by another person\'s lead-in does not continue the previous paragraph\'s speaker', () => {
    const a = analyze(seed(
      'We will keep the ferry running all winter and into the spring, said Tom Okafor.',
      'Dana Lind was moved to say, We cannot carry another loss this year. Our budget is thin.',
      'We have sailed in worse. I know these tides.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We cannot carry another loss')), 'Dana Lind');
  });

  it('a paragraph of thousands of lead-in sentences stays fast', () => {
    const n = 3000;
    const para = 'We will keep the ferry running, said Tom Okafor. ' + Array.from({ length: n }, () => 'Dana Lind balked: Budgets are thin.').join(' ');
    const t0 = Date.now();
    analyze(seed(para, para));
    assert.ok(Date.now() - t0 < 5000);
  });
});
