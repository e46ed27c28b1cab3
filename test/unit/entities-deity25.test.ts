// Entities, twenty-fourth round (issue 12, branch h-ents25): a capitalised `God` that refers is a person (GUM's and
// CoreNLP's convention), the formulas of exclamation are not, and the name is no actor: no speaker, no antecedent.
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { tokenize } from '../../src/engine/tokens';
import { deityNames } from '../../src/engine/entities/deity';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for a sermon test\n20261202\nhttps://example.org/news/deity25\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The offsets of the mentions `deityNames` finds, as the words they span. */
const found = (s: string): string[] => deityNames(tokenize(s)).map((c) => `${s.slice(c.s, c.e)}@${c.s}`);

describe('entities, twenty-fourth round: the name God', () => {
  it('finds God where the name refers', () => {
    assert.deepEqual(found('The vicar said God alone forgives.'), ['God@15']);
    assert.deepEqual(found('They owe their harvest to God.'), ['God@26']);
    assert.deepEqual(found("It was God's will, she wrote."), ['God@7']);
    assert.deepEqual(found('God be praised!'), ['God@0']);
  });

  it('leaves out the formulas of exclamation and the common noun', () => {
    for (const s of ['Oh my God, what a day.', 'Oh God, not again.', 'Thank God we left.', 'By God, he will win.',
      'Good God, look at that.', 'God bless you all.', 'God forbid it rains.', "For God's sake, stop.",
      'God, I do not know.', 'She prayed to the God of the harbour.', 'He had no God to ask.', 'GOD and gods alike.']) {
      assert.deepEqual(found(s), [], s);
    }
    // (The first word of a longer name is that name's: `God Almighty` is a run of its own.)
    assert.deepEqual(found('They called on God Almighty.'), []);
  });

  it('types the mention a person with no actor, and keeps the speaker and the pronoun with the person', () => {
    const src = seed('Pastor Wendel Oakes said God alone could judge the town. "He will decide soon," Oakes said.',
      'Thank God the rain stopped, said Mara Fenn, who believes in God and in the harbour board.');
    const a = analyze(src);
    const list = entityList(a);
    const gods = a.entities.filter((e) => e.text === 'God');
    assert.equal(gods.length, 2, list);
    for (const g of gods) {
      assert.equal(g.type, 'person', list);
      assert.equal(g.actor, undefined, list);
    }
    assert.ok(src.slice(gods[0].start).startsWith('God alone'), list);
    assert.ok(src.slice(gods[1].start).startsWith('God and'), list);
    assert.ok(!a.actors.some((x) => x.name === 'God'), a.actors.map((x) => x.name).join(', '));
    const q = a.quotes.find((x) => x.text.includes('He will decide'));
    assert.ok(q, 'the quote is found');
    const spk = a.actors.find((x) => x.id === q.speaker);
    assert.equal(spk?.name, 'Wendel Oakes');
    // Entities stay in document order, with unique ids.
    for (let i = 1; i < a.entities.length; i++) assert.ok(a.entities[i - 1].end <= a.entities[i].start, list);
    assert.equal(new Set(a.entities.map((e) => e.id)).size, a.entities.length);
  });

  it('adds nothing inside a name the document already has', () => {
    const src = seed('The Harbour Church of God met on Sunday, and its elders prayed to God.');
    const a = analyze(src);
    const list = entityList(a);
    const gods = a.entities.filter((e) => e.text === 'God');
    assert.equal(gods.length, 1, list);
    assert.ok(src.slice(gods[0].start).startsWith('God.'), list);
  });
});

describe('entities, twenty-fourth round: institutions known by their acronym', () => {
  it('types a known acronym an organisation with no sign around it, in capitals or dotted', () => {
    const src = seed('The county was working with FEMA on the levees, and Tamsin Orwell filed the grant with the IRS in May.',
      'An NYPD detective and an I.R.S. auditor met at the harbour.');
    const a = analyze(src);
    const list = entityList(a);
    for (const w of ['FEMA', 'IRS', 'NYPD', 'I.R.S.']) assert.equal(a.entities.find((e) => e.text === w)?.type, 'organization', `${w}: ${list}`);
  });

  it('leaves the same letters written as a word, and unknown acronyms without a sign, as before', () => {
    const src = seed('Ice formed on the harbour wall. Sec. Ambrose Hale and Jane Doe spoke of QXLR at noon.');
    const a = analyze(src);
    const list = entityList(a);
    assert.ok(!a.entities.some((e) => e.text === 'Ice'), list);
    assert.ok(!a.entities.some((e) => e.text === 'QXLR' && e.type === 'organization'), list);
    assert.equal(a.entities.find((e) => e.text.includes('Doe'))?.type, 'person', list);
  });
});
