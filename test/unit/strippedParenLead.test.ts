// Direct quotes in text without quotation marks (twenty-eighth round, branch h-bound2): a person's attribution set
// between commas inside a sentence splits one utterance; when the words after it are the person's quote, the words
// before it are the first part (`“A,” X said, “B.”` in marked text). Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20240415\nhttps://example.org/news/stripped-paren-lead\n';
const LEAD = 'Marta Okonkwo spoke at the pier on Monday.';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const exact = (a: Analysis, text: string): boolean => a.quotes.some((q) => q.text === text);

describe('stripped text: the words before a parenthetical attribution join its quote', () => {
  it('`If you look at the record, Okonkwo said, I do not ...`: both parts are her quotes', () => {
    const a = analyze(seed(LEAD, 'If you look at the record, Okonkwo said, I do not think our plans are far apart.'));
    assert.ok(exact(a, 'If you look at the record'));
    assert.ok(exact(a, 'I do not think our plans are far apart.'));
    assert.equal(speakerName(a, quoteStarting(a, 'If you look')), 'Marta Okonkwo');
  });

  it('a noun phrase before the cue: `Anyone who never worked a boat, Okonkwo said, they ...`', () => {
    const a = analyze(seed(LEAD, 'Now anyone who has never worked on a boat, Okonkwo said, they do not get to tell us how to fish.'));
    assert.ok(exact(a, 'Now anyone who has never worked on a boat'));
    assert.equal(speakerName(a, quoteStarting(a, 'Now anyone')), 'Marta Okonkwo');
  });

  it('not the narrator’s setting: `The next day, Okonkwo said, we went back.`', () => {
    const a = analyze(seed(LEAD, 'The next day, Okonkwo said, we went back to the pier.'));
    assert.ok(!a.quotes.some((q) => q.text.startsWith('The next day')));
  });

  it('not a fronted participle: `Holding up the report, Okonkwo said, I ...`', () => {
    const a = analyze(seed(LEAD, 'Holding up the report, Okonkwo said, I have read every page of this and it is wrong.'));
    assert.ok(!a.quotes.some((q) => q.text.startsWith('Holding up')));
  });

  it('not a phrase opened by `But at ...`: `But at the hearing, Okonkwo said, we ...`', () => {
    const a = analyze(seed(LEAD, 'But at the hearing on the ferry budget, Okonkwo said, we were never asked.'));
    assert.ok(!a.quotes.some((q) => q.text.startsWith('But at')));
  });

  it('nothing when the words after the cue are no quote: `The best part, Okonkwo said, is the quiet.`', () => {
    const a = analyze(seed(LEAD, 'The best part of the island, Okonkwo said, is the quiet in the winter.'));
    assert.ok(!a.quotes.some((q) => q.text.startsWith('The best part')));
  });
});
