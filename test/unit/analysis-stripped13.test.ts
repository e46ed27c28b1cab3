// Direct quotes in text without quotation marks (issue 12, eighteenth round, branch h-scont19): where a continuation
// after `..., X said.` ends. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/stripped-thirteen\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const covered = (a: Analysis, words: string): boolean => a.quotes.some((q) => q.text.includes(words));

describe('eighteenth round: a continuation ends at narration that names the speaker or a source', () => {
  it('`..., Ruiz said. A grocer for 30 years, Ruiz lost ...`: the speaker named further in, no voice, is narration', () => {
    const a = analyze(seed(
      'We will keep the levee strong all winter, Marta Ruiz said at the harbour meeting. A grocer on Quay Lane, Ruiz lost her shop when the river rose.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We will keep the levee')), 'Marta Ruiz');
    assert.ok(!covered(a, 'lost her shop'));
  });

  it('the speaker named inside a sentence with a first person stays the speaker\'s', () => {
    const a = analyze(seed(
      'We will keep the levee strong all winter, Marta Ruiz said at the harbour meeting. People ask whether Ruiz is tired, and I say no.',
    ));
    assert.ok(covered(a, 'People ask whether Ruiz is tired'));
  });

  it('a name after an article modifies a noun and does not end the speech (`the Ruiz family`)', () => {
    const a = analyze(seed(
      'We will keep the levee strong all winter, Marta Ruiz said at the harbour meeting. The bakery has been the pride of the Ruiz family for years.',
    ));
    assert.ok(covered(a, 'pride of the Ruiz family'));
  });

  it('`..., Ruiz said. The point, according to an aide, is ...`: a sentence with its own source is narration', () => {
    const a = analyze(seed(
      'We will keep the levee strong all winter, Marta Ruiz told me after the vote. The upshot, according to a county aide, is that the pumps were never tested.',
    ));
    assert.ok(!covered(a, 'according to a county aide'));
  });

  it('a closing `She went on to say` and `He declined to discuss` belong to the narrator', () => {
    const a = analyze(seed(
      'We will keep the levee strong all winter, Marta Ruiz said. We tested it all spring. She went on to say',
      'The pumps are new and we bought them, Omar Tesh said. He declined to discuss the harbour budget.',
    ));
    assert.ok(covered(a, 'We tested it all spring'));
    assert.ok(!covered(a, 'went on to say'));
    assert.ok(!covered(a, 'declined to discuss'));
  });
});

describe('eighteenth round: a sentence cut at `v.` is no continuation', () => {
  it('`..., Ruiz said, citing the Okafor v. Lind ruling.`: the tail after `v.` is not the speaker\'s words; what follows is', () => {
    const a = analyze(seed(
      'We will keep the levee strong all winter, Marta Ruiz said, citing the old Okafor v. Lind ruling. That ruling is wrong.',
      'We will keep the levee strong all winter, Omar Tesh said, citing the Okafor v. Lind ruling on river rights.',
    ));
    assert.ok(!a.quotes.some((q) => q.text.startsWith('Lind ruling')));
    assert.ok(a.quotes.some((q) => q.text === 'That ruling is wrong.'));
  });
});

describe('eighteenth round: narration checks stay linear', () => {
  it('a paragraph of thousands of sentences naming the speaker stays fast', () => {
    const n = 3000;
    const para = 'We will keep the levee strong all winter, Marta Ruiz said. ' + Array.from({ length: n }, () => 'The point, according to Ruiz, is clear.').join(' ');
    const t0 = Date.now();
    analyze(seed(para, para));
    assert.ok(Date.now() - t0 < 5000);
  });
});
