// A chamber's committee label before a party noun and a name (issue 12, eighteenth round, branch h-shapes19): the
// person is the name after the party noun. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { actorNames, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a label test\n20240412\nhttps://example.org/news/party-label\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('eighteenth round: a committee label and a party noun before a name', () => {
  it('the name after the party noun is the person, with a party tag or a relative clause after it', () => {
    const a = analyze(seed(
      'The county board met on Tuesday to review the ferry levy.',
      'Senate Harbour Ranking Democrat Ada Rook (D-Ore.) on Monday said the levy was a "poor bargain" for the islands.',
      'House Budget Republican Wendel Tarrow (R-Ore.), who has read the plan, agreed with the clerk.',
    ));
    const names = actorNames(a);
    assert.ok(names.includes('Ada Rook (person)'), names);
    assert.ok(names.includes('Wendel Tarrow (person)'), names);
    assert.ok(!/Harbour Ranking|Budget Republican/.test(names), names);
    assert.equal(speakerName(a, quoteStarting(a, 'poor bargain')), 'Ada Rook');
  });

  it('a state before the party noun is the label too; a chamber alone or no name after it stays as it was', () => {
    const a = analyze(seed(
      'The county board met on Tuesday to review the ferry levy.',
      'Nevada Democrat Corla Winfield, who sits on the board, voted against the levy.',
      'The House Democrat caucus met on Friday.',
    ));
    const names = actorNames(a);
    assert.ok(names.includes('Corla Winfield (person)'), names);
    assert.ok(!names.includes('Democrat caucus'), names);
  });
});
