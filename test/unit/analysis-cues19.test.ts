// Attribution forms the cue and clause finders missed (issue 12, seventeenth round, branch h-cues19): a role noun
// phrase with a verb-like noun modifier (`The state senator said,`), `According to X of Y, "..."`, the inverted cue
// `reacted` / `exhorted`, and a role word between an appositive's comma and the name after an inverted cue. Every
// snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a cues test\n20230611\nhttps://example.org/news/cues\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const quoteWith = (a: ReturnType<typeof analyze>, w: string) => {
  const q = a.quotes.find((x) => x.text.includes(w));
  assert.ok(q, `no quote with ${w}: ${a.quotes.map((x) => x.text).join(' | ')}`);
  return q;
};

describe('attribution cues, seventeenth round (h-cues19)', () => {
  it('a role noun phrase with a noun modifier the lexicon tags as a verb speaks', () => {
    const a = analyze(seed(
      'State Sen. Dora Quell toured the flooded pier at Marlow on Monday.',
      'The state senator said, “We will have the quay rebuilt before the first frost.”',
    ));
    assert.equal(speakerName(a, quoteWith(a, 'first frost')), 'Dora Quell');
    const text = seed('The party chairman told the crowd, “Nobody here is giving up on the ferry.”');
    const q = quoteWith(analyze(text), 'giving up');
    assert.ok(q.speakerSpan, 'the role phrase is the mention');
    assert.equal(text.slice(q.speakerSpan.start, q.speakerSpan.end), 'party chairman');
  });

  it('a verb-like modifier needs an article or a possessive to open the phrase', () => {
    const a = analyze(seed('Voters state senator said nothing about the quay.'));
    assert.equal(a.quotes.length, 0);
  });

  it('according to a name and an affiliation, then a quote', () => {
    const a = analyze(seed(
      'The pier has been closed since the storm.',
      'According to Dora Quell of the Marlow Harbour Trust, “The pier will not open again before May.”',
    ));
    assert.equal(speakerName(a, quoteWith(a, 'before May')), 'Dora Quell');
    const b = analyze(seed('According to Tam Orrick at Brennock College, “The tide tables were printed wrong.”'));
    assert.equal(speakerName(b, quoteWith(b, 'tide tables')), 'Tam Orrick');
  });

  it('an affiliation in lower case is no affiliation', () => {
    const a = analyze(seed('According to Dora Quell of her own accord, “The pier is safe.”'));
    const q = a.quotes.find((x) => x.text.includes('pier is safe'));
    if (q) assert.notEqual(q.cue, 'according to');
  });

  it('reacted and exhorted after a closing quote attribute it', () => {
    const a = analyze(seed('“Who pays for the new pier? Is the council hiding the bill?” reacted Dora Vance.'));
    assert.equal(speakerName(a, quoteWith(a, 'hiding the bill')), 'Dora Vance');
    const b = analyze(seed('“It is time this town had a ferry of its own,” exhorted the host, Tam Orrick.'));
    assert.equal(speakerName(b, quoteWith(b, 'ferry of its own')), 'Tam Orrick');
  });

  it('reacted with its subject before it holds no speech', () => {
    const a = analyze(seed('After the vote at the town hall, Mayor Tam Orrick reacted with a shrug and walked out to the quay.'));
    assert.ok(!a.claims.some((c) => c.cue === 'reacted'), a.claims.map((c) => c.text).join(' | '));
  });

  it('a noun like nobody or an ordinal takes no verb-like modifier', () => {
    const a = analyze(seed('The board chair answered the question nobody asked. The clerk first said the pier was safe.'));
    assert.ok(!a.actors.some((x) => /question nobody|clerk first/.test(x.name)), a.actors.map((x) => x.name).join(', '));
  });

  it('a role word between the comma and the name after an inverted cue', () => {
    const a = analyze(seed(
      'Dora Quell opened the harbour fair on Saturday.',
      '“It is time this town had a ferry of its own,” said Quell’s introducer, actor Tam Orrick.',
    ));
    assert.equal(speakerName(a, quoteWith(a, 'ferry of its own')), 'Tam Orrick');
    const b = analyze(seed('“We sail at dawn,” said Quell’s deputy, Tam Orrick.'));
    assert.equal(speakerName(b, quoteWith(b, 'sail at dawn')), 'Tam Orrick');
  });
});
