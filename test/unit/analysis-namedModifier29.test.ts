// A name among the role words of an inverted cue's slot (twenty-ninth round, h-nom2): `said former NAME adviser
// NAME2`, `said NAME campaign manager NAME2`. The first name only modifies the role; the person the role leads to
// speaks. Every snippet was written for these tests; the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { speakerName } from './analysisHelpers';

const HEAD = 'Headline for a named modifier test\n20231014\nhttps://example.org/news/named-modifier\n';

/** The speaker's name of the quote containing `w` in a seed of `paras`; undefined when no quote holds `w`. */
function speakerOf(paras: string[], w: string): string | null | undefined {
  const a = analyze(HEAD + paras.join('\n') + '\n');
  const q = a.quotes.find((x) => x.text.includes(w));
  return q ? speakerName(a, q) : undefined;
}

describe('a name that modifies role words after a cue (twenty-ninth round)', () => {
  it('`said former NAME adviser NAME2`: the adviser speaks', () => {
    assert.equal(speakerOf(['"The ferry will sail at noon," said former Ruth Vell adviser Marta Okonkwo.'], 'sail at noon'), 'Marta Okonkwo');
  });

  it('`said NAME campaign manager NAME2`: a noun before the role noun is part of the role', () => {
    assert.equal(speakerOf(['"The ferry will sail at noon," said Ruth Vell campaign manager Tomas Reyl in a statement.'], 'sail at noon'), 'Tomas Reyl');
  });

  it('a name with no role words after it still speaks', () => {
    assert.equal(speakerOf(['"The ferry will sail at noon," said Mayor Ruth Vell.'], 'sail at noon'), 'Ruth Vell');
    assert.equal(speakerOf(['"The ferry will sail at noon," said Mayor Ruth Vell on the pier.'], 'sail at noon'), 'Ruth Vell');
  });
});
