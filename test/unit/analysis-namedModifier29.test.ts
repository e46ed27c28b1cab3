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

/** The role shown for the actor named `name` in a seed of `paras`. */
function roleOf(paras: string[], name: string): string | null | undefined {
  const a = analyze(HEAD + paras.join('\n') + '\n');
  return a.actors.find((x) => x.name === name)?.role;
}

describe('`According to NAME, CLAUSE`: the clause is no role (twenty-ninth round)', () => {
  it('a sentence-first `According to NAME,` gives no role from the clause after the comma', () => {
    assert.equal(roleOf(['The pier opened. According to Marta Okonkwo, the ferry will sail at noon on Friday.'], 'Marta Okonkwo') ?? null, null);
    assert.equal(roleOf(['For the council, according to Marta Okonkwo, the new pier is a test of the budget.'], 'Marta Okonkwo') ?? null, null);
    assert.equal(roleOf(['According to harbour master Marta Okonkwo, the ferry will sail at noon on Friday.'], 'Marta Okonkwo'), 'harbour master');
  });

  it('an appositive closed by a comma, or `according to` later in the sentence, still gives the role', () => {
    assert.equal(roleOf(['According to Marta Okonkwo, a harbour pilot, the ferry will sail at noon on Friday.'], 'Marta Okonkwo'), 'a harbour pilot');
    assert.equal(roleOf(['The ferry will sail at noon, according to Marta Okonkwo, a harbour pilot.'], 'Marta Okonkwo'), 'a harbour pilot');
    assert.equal(roleOf(['The ferry will sail at noon on Friday, according to Marta Okonkwo, director of the harbour trust, which runs the pier.'], 'Marta Okonkwo')?.startsWith('director of the harbour trust'), true);
  });
});
