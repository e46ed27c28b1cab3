// After the cue, an unnamed source is the longest noun phrase over lower-case words (twenty-ninth round): in `said a
// senior harbour police official` the source is the official, not `senior`, the first word that can head a phrase.
// Every snippet was written for this test.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const HEAD = 'Headline for a source test\n20240415\nhttps://example.org/news/longest-source\n';

function speakers(body: string): string[] {
  const a = analyze(HEAD + body + '\n');
  return a.quotes.map((q) => a.actors.find((x) => x.id === q.speaker)?.name ?? '-');
}

describe('the unnamed source after the cue is its longest noun phrase (twenty-ninth round)', () => {
  it('reads past a first head to the phrase\'s last noun', () => {
    assert.deepEqual(speakers('"The ferry was late," said a former senior harbour police official.'), ['former senior harbour police official']);
    assert.deepEqual(speakers('"The ferry was late," said a senior harbour official on Monday.'), ['senior harbour official']);
  });

  it('stops at a word that heads no phrase, and keeps a short phrase whole', () => {
    assert.deepEqual(speakers('"The ferry was late," said the mayor yesterday.'), ['mayor']);
    assert.deepEqual(speakers('"The ferry was late," said one senior official familiar with the timetable.'), ['one senior official']);
  });

  it('a name before group or role words after the cue only modifies them: the group speaks', () => {
    const lead = 'Mayor Ruth Vell spoke at the pier on Monday.\n';
    assert.deepEqual(speakers(lead + '"The ferry will sail," said Vell campaign officials.').map((x) => x.toLowerCase()), ['vell campaign officials']);
    assert.deepEqual(speakers(lead + '"The ferry will sail," said Vell aides on Monday.').map((x) => x.toLowerCase()), ['vell aides']);
    assert.deepEqual(speakers(lead + '"The ferry will sail," said Vell spokesman Tom Arden.'), ['Tom Arden']);
    assert.deepEqual(speakers(lead + '"The ferry will sail," said Vell on Monday.'), ['Ruth Vell']);
  });
});
