// Speaker names in the subject slot of a speech cue that are also common words (surnames such as Bond, Young, King,
// Earnest), in text without quotation marks and with them. Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { tokenize, sentences } from '../../src/engine/tokens';
import { findEntities } from '../../src/engine/entities';
import { addSlotNames } from '../../src/engine/paragraph/slotNames';
import { findAttributions } from '../../src/engine/paragraph/attributions';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a slot test\n20230517\nhttps://example.org/news/slots\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

/** The names addSlotNames adds to a paragraph's candidates. */
function slotNames(text: string): string[] {
  const toks = tokenize(text);
  const sents = sentences(text, toks);
  const ents = findEntities(text, toks, sents, false);
  const before = new Set(ents);
  addSlotNames(text, toks, sents, ents);
  for (let i = 1; i < ents.length; i++) assert.ok(ents[i - 1].s <= ents[i].s, 'candidates stay sorted by start');
  return ents.filter((c) => !before.has(c)).map((c) => `${text.slice(c.ts, c.e)}:${c.type}`);
}

describe('names in the subject slot of a speech cue', () => {
  it('a common-word surname before an inverted cue speaks the stripped quote before it', () => {
    const a = analyze(seed(
      'Harriet Bond and Oliver Young spoke at the harbour on Monday.',
      'We will keep the ferry running through the winter no matter what it costs, Bond said.',
      'Nobody in this town wants a toll on the old bridge, said Young.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We will keep the ferry')), 'Harriet Bond');
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody in this town')), 'Oliver Young');
  });

  it('a surname alone (no full name in the article) becomes a person who speaks', () => {
    const a = analyze(seed(
      'The council met on Monday to talk about the bridge.',
      'I hope the bridge stays open for everyone who lives on the island, Earnest said in a statement.',
    ));
    const q = quoteStarting(a, 'I hope the bridge');
    assert.equal(speakerName(a, q), 'Earnest');
    assert.equal(a.actors.find((x) => x.name === 'Earnest')?.type, 'person');
  });

  it('finds the slot before and after the cue, after a title, and after according to', () => {
    assert.deepEqual(slotNames('The ferry will run, Bond said.'), ['Bond:person']);
    assert.deepEqual(slotNames('Young said the ferry would run.'), ['Young:person']);
    assert.deepEqual(slotNames('The ferry will run, said Young.'), ['Young:person']);
    assert.deepEqual(slotNames('The ferry will run, Mr. King said.'), ['Mr. King:person']);
    assert.deepEqual(slotNames('The ferry will run all winter, according to Bond.'), ['Bond:person']);
  });

  it('leaves out function words, collectives, contractions and nouns before a noun-like cue', () => {
    assert.deepEqual(slotNames('This said more about the town than the ferry.'), []);
    assert.deepEqual(slotNames('Others said the ferry would run.'), []);
    assert.deepEqual(slotNames('Critics said the ferry would run.'), []);
    assert.deepEqual(slotNames("I'm told the ferry will run."), []);
    assert.deepEqual(slotNames('Recent reports have shown that the ferry is late.'), []);
    // Not in the slot: the word before the cue is not at a clause edge.
    assert.deepEqual(slotNames('The ferry will run in Bond said nothing.'), []);
  });

  it('adds nothing over a name the entity layer already found', () => {
    assert.deepEqual(slotNames('The ferry will run, Harriet Velloway said.'), []);
  });
});

describe('rarer cue verbs and what may stand between the name and the cue', () => {
  it('an idiomatic cue (scoffed, fumed, beamed, answered) attributes the quote before it', () => {
    const a = analyze(seed(
      'Dana Velloway and Tom Reyes spoke on Monday.',
      '“Nobody reads the minutes of these meetings,” scoffed Tom Reyes, who chairs the board.',
      '“The plan works for the whole town,” Velloway fumed on Tuesday. “We will win the vote in July.”',
      '“That is a fine result for the harbour,” beamed Reyes.',
      '“We did not expect it,” Velloway answered, referring to the vote.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'Nobody reads')), 'Tom Reyes');
    assert.equal(speakerName(a, quoteStarting(a, 'The plan works')), 'Dana Velloway');
    assert.equal(speakerName(a, quoteStarting(a, 'We will win')), 'Dana Velloway');
    assert.equal(speakerName(a, quoteStarting(a, 'That is a fine')), 'Tom Reyes');
    assert.equal(speakerName(a, quoteStarting(a, 'We did not expect')), 'Dana Velloway');
  });

  it('a short parenthesis after the name (party and state) does not hide the subject', () => {
    const a = analyze(seed(
      'Dana Velloway and Tom Reyes spoke on Monday.',
      '“The plan works for the whole town,” Sen. Tom Reyes (D-Ore.) said Tuesday. “We will win the vote in November.”',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The plan works')), 'Tom Reyes');
    assert.equal(speakerName(a, quoteStarting(a, 'We will win')), 'Tom Reyes');
  });

  it('an appositive with a plural possessive (Reyes\' campaign manager) keeps the name before it', () => {
    const a = analyze(seed(
      'Dana Velloway and Tom Reyes spoke on Monday.',
      '“The plan works for the whole town,” Dana Velloway, Reyes’ campaign manager, said in a statement. “We will win the vote in May.”',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'The plan works')), 'Dana Velloway');
    assert.equal(speakerName(a, quoteStarting(a, 'We will win')), 'Dana Velloway');
  });
});

describe('the passive cue `was quoted as saying`', () => {
  it('has the name before it as its subject, and that name speaks the stripped quote after it', () => {
    const text = 'Tom Reyes was quoted as saying, The ferry will stop running in the winter and nobody can change that.';
    const toks = tokenize(text);
    const sents = sentences(text, toks);
    const ents = findEntities(text, toks, sents, false);
    const attrs = findAttributions(text, toks, sents, ents);
    const at = attrs.find((x) => x.cue === 'saying');
    assert.ok(at, 'an attribution with the cue saying');
    assert.equal(at.subject.kind, 'entity');
    assert.equal(text.slice(at.subject.s, at.subject.e), 'Tom Reyes');
    const a = analyze(seed('Dana Velloway spoke on Monday.', text));
    const q = quoteStarting(a, 'The ferry will stop');
    assert.equal(speakerName(a, q), 'Tom Reyes');
    assert.equal(q.attribution, 'attribution before the quote');
  });
});
