// Direct quotes in text without quotation marks (twenty-eighth round, branch h-smiss): a cue with its comma before
// the words introduces them when the subject is a noun phrase (`Another harbor official said, We ...`) or a `he` /
// `she` the sentence-subject finder does not reach (`Once the vote was over she opened by saying, I ...`). Every snippet was
// written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/stripped-smiss\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const exact = (a: Analysis, text: string): boolean => a.quotes.some((q) => q.text === text);
const covered = (a: Analysis, words: string): boolean => a.quotes.some((q) => q.text.includes(words));

describe('twenty-eighth round: a nominal subject and a cue before the words', () => {
  it('`Another harbor official familiar with the talks said, We ...`: the rest of the sentence, no speaker', () => {
    const a = analyze(seed(
      'The ferry board met on Tuesday in Dover.',
      'Another harbor official familiar with the talks said, We will never pay for that ferry again.',
    ));
    assert.ok(exact(a, 'We will never pay for that ferry again.'));
    assert.equal(speakerName(a, quoteStarting(a, 'We will never pay')), null);
  });

  it('an adjunct between the cue and the comma (`A spokeswoman for the board added on Monday, Its ...`)', () => {
    const a = analyze(seed(
      'The ferry board met on Tuesday in Dover.',
      'A spokeswoman for the board added on Monday, Its too early to say what the fare will be.',
    ));
    assert.ok(exact(a, 'Its too early to say what the fare will be.'));
  });

  it('an object before the comma (`A parent wrote the county weekly, The Dover Post, ...`) introduces nothing', () => {
    const a = analyze(seed(
      'The ferry board met on Tuesday in Dover.',
      'A parent wrote the county weekly, The Dover Post, that such chants were common at games.',
    ));
    assert.ok(!covered(a, 'The Dover Post'));
  });

  it('`They handed out cards that said, The board welcomes you ...`: a text\'s words, no speaker', () => {
    const a = analyze(seed(
      'The ferry board met on Tuesday in Dover.',
      'They handed out cards that said, The ferry board welcomes you to Dover.',
    ));
    assert.ok(exact(a, 'The ferry board welcomes you to Dover.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The ferry board welcomes')), null);
  });

  it('a name after `that said,` is no text of this form (`a note that said, Ann Lee ...`)', () => {
    const a = analyze(seed(
      'The ferry board met on Tuesday in Dover.',
      'Marta Okonkwo left a note that said, Ann Lee would chair the next meeting.',
    ));
    assert.ok(!covered(a, 'Ann Lee would'));
  });

  it('a text that `reads` (`One of the signs reads, ...`) is no nominal speaker here', () => {
    const a = analyze(seed(
      'The ferry board met on Tuesday in Dover.',
      'One of her favorite reads, The Long Ferry by Tom Reyes, shaped her views on the harbor.',
    ));
    assert.ok(!covered(a, 'The Long Ferry'));
  });
});

describe('twenty-eighth round: a `he` / `she` subject the sentence finder misses, and a cue before the words', () => {
  it('`Once the vote was over she opened by saying, I ...`: the pronoun speaks', () => {
    const a = analyze(seed(
      'Marta Okonkwo came late to the harbor board.',
      'Once the vote was over she stood by the window and opened by saying, I do not think the ferry should go.',
    ));
    assert.ok(exact(a, 'I do not think the ferry should go.'));
    assert.equal(speakerName(a, quoteStarting(a, 'I do not think')), 'Marta Okonkwo');
  });

  it('`..., she leaned toward the microphone, shook her head and said, Im ...`: over a verb chain', () => {
    const a = analyze(seed(
      'Marta Okonkwo came late to the harbor board.',
      'Last week, when a reporter put it to Marta Okonkwo that she might run, she leaned toward the microphone, shook her head and said, Im going to beat you!',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Im going to beat')), 'Marta Okonkwo');
  });

  it('a name between the pronoun and the cue leaves the speaker open: no quote from this rule', () => {
    const a = analyze(seed(
      'Marta Okonkwo came late to the harbor board.',
      'Six years back, she chose Tom Reyes over Ann Lee and said, Nobody has done anything for us.',
    ));
    assert.ok(!a.quotes.some((q) => q.text.startsWith('Nobody has done') && speakerName(a, q) === 'Marta Okonkwo'));
  });
});

describe('twenty-eighth round: a cue before its named subject opens the sentence', () => {
  it('`Said Marta Okonkwo, who runs the board, We ...`: over the appositive, the name speaks', () => {
    const a = analyze(seed('The harbor board met. Said Marta Okonkwo, who runs the harbor board, We will never pay for that ferry again.'));
    assert.ok(exact(a, 'We will never pay for that ferry again.'));
    assert.equal(speakerName(a, quoteStarting(a, 'We will never pay')), 'Marta Okonkwo');
  });

  it('`But, said Okonkwo, we ...` and `Continued Okonkwo: The ...`', () => {
    const a = analyze(seed('Marta Okonkwo came in late. But, said Okonkwo, we will never pay for that ferry again.'));
    assert.equal(speakerName(a, quoteStarting(a, 'we will never pay')), 'Marta Okonkwo');
    const b = analyze(seed('Marta Okonkwo came in late. Continued Okonkwo: The fares are far too high for the families here.'));
    assert.equal(speakerName(b, quoteStarting(b, 'The fares are far')), 'Marta Okonkwo');
  });

  it('a cue not at the sentence start is no such lead-in (`The board said Okonkwo, ...`)', () => {
    const a = analyze(seed('Marta Okonkwo came in late. The harbor board said Okonkwo, a clerk, would stay on.'));
    assert.ok(!covered(a, 'would stay on'));
  });
});
