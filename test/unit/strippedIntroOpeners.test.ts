// Stripped text: speech opened by a participle cue after a preposition (`by saying, I ...`) or by a sentence adverb
// (`saying, Honestly, ...`). Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteIfAny, quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a stripped test\n20230517\nhttps://example.org/news/stripped\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('stripped quotes: participle openers', () => {
  it('`X said, ... . She closed by saying, We ...`: the first quote stops before the participle sentence', () => {
    const a = analyze(seed(
      'Marta Okonkwo spoke at the pier on Friday.',
      'Okonkwo said, I take the blame for the delay. She closed the meeting by saying, We will finish the pier by June, whatever it costs.',
    ));
    const first = quoteStarting(a, 'I take the blame');
    assert.equal(first.text, 'I take the blame for the delay.');
    const second = quoteStarting(a, 'We will finish the pier');
    assert.equal(second.text, 'We will finish the pier by June, whatever it costs.');
    assert.equal(speakerName(a, second), 'Marta Okonkwo');
  });

  it('`..., by saying, Frankly, ...`: a capitalised adverb and a comma open the speech', () => {
    const a = analyze(seed(
      'Marta Okonkwo spoke at the pier on Friday.',
      'On the radio, she met a callers complaint by saying, Frankly, the ferry is late because of the storm.',
    ));
    const q = quoteStarting(a, 'Frankly');
    assert.equal(q.text, 'Frankly, the ferry is late because of the storm.');
    assert.equal(speakerName(a, q), 'Marta Okonkwo');
  });

  it('a capitalised name after `saying,` still opens no quote', () => {
    const a = analyze(seed(
      'Senator Ruth Vell spoke at the pier on Friday.',
      'Vell drew boos upon saying, Harbor Radio heard the anger of the crowd.',
    ));
    assert.equal(quoteIfAny(a, 'Harbor Radio heard'), undefined);
  });
});
