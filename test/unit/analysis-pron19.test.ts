// Speaker pronouns, eighteenth round (issue 12, branch h-pron19): a stripped quote that took in its speaker
// pronoun's antecedent (src/engine/passes/quoteOwnSubject.ts), a definite role noun subject of the previous paragraph
// (src/engine/passes/roleAntecedent.ts) and a stripped `hes` / `shes` leading a sentence (speakers.ts). Every snippet
// was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName, ruleConfidences } from './analysisHelpers';

const HEAD = 'Headline for a pronoun test\n20230611\nhttps://example.org/news/pronouns\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('speaker pronouns, eighteenth round (h-pron19)', () => {
  ruleConfidences();
  it('a stripped quote that swallowed the sentence naming its speaker: the name leading it', () => {
    const a = analyze(seed('The ferry to Oskel has not sailed since March.',
      'Ada Quill argued that the new timetable would fail - We have heard this before, she said - and left the hall.'));
    const q = a.quotes.find((x) => x.text.includes('heard this before'));
    assert.ok(q, 'a quote is found');
    assert.equal(speakerName(a, q), 'Ada Quill');
    assert.ok(q.confidence < 0.5, 'a guess');
  });

  it('only when the pronoun finds no one else: a woman named before the quote still wins', () => {
    const a = analyze(seed('Mara Oyelaran, a ferry captain, spoke first at the meeting.',
      'Ada Quill is wrong about the timetable, she said.'));
    const q = a.quotes.find((x) => x.text.includes('wrong about the timetable'));
    assert.ok(q, 'a quote is found');
    assert.equal(speakerName(a, q), 'Mara Oyelaran');
  });

  it('a marked quote keeps skipping the name inside it', () => {
    const a = analyze(seed('The ferry to Oskel has not sailed since March.',
      '"Ada Quill doubted that the new timetable would hold," she said.'));
    assert.notEqual(speakerName(a, quoteStarting(a, 'Ada Quill doubted')), 'Ada Quill');
  });

  it('the previous paragraph\'s `the <role>` subject stands for the one person with that role', () => {
    const a = analyze(seed('Gov. Tobin Varga spoke in Brell on Monday.',
      'The Lorn governor said the levy would wait a year.',
      'We cannot tax the catch twice, he said.'));
    const q = a.quotes.find((x) => x.text.includes('tax the catch'));
    assert.ok(q, 'a quote is found');
    assert.equal(speakerName(a, q), 'Tobin Varga');
  });

  it('a stripped `hes` leading the previous paragraph carries its antecedent on', () => {
    const a = analyze(seed('Orrin Delacroix thanked the volunteers of Pellam on Sunday night.',
      'And hes promised a bigger win in the spring.',
      'We are only getting started here, he told a crowd at the depot.'));
    const q = a.quotes.find((x) => x.text.includes('only getting started'));
    assert.ok(q, 'a quote is found');
    assert.equal(speakerName(a, q), 'Orrin Delacroix');
  });
});
