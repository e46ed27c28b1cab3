// Speaker pronouns, thirty-first round (issue 12, branch h-prn): a name opening a stripped continuation that is the
// reporter's narration stays a pronoun's antecedent (src/engine/passes/quoteOwnSubject.ts `inNarrationQuote`), and a
// stripped possessive with its `s` glued on (`Halvorsens campaign manager`) is no subject
// (src/engine/passes/possessorMention.ts); an opinion holder fronted with `For` or `To` is the topic a pronoun of its
// paragraph continues (src/engine/passes/frontedHolder.ts `holderAt`). Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName, ruleConfidences } from './analysisHelpers';

const HEAD = 'Headline for a pronoun test\n20230611\nhttps://example.org/news/pronouns\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('speaker pronouns, thirty-first round (h-prn)', () => {
  ruleConfidences();

  it('a stripped continuation that opens with narration: its leading name stays an antecedent', () => {
    const a = analyze(seed(
      'In a statement to the Gazette, her spokesman, Tomas Brel, said: Mayor Ilse Varnock believes the harbour plan is sound. She has always valued the fishing fleet. And she values a strong voice for the docks.',
      'Premier Aldo Keszler flies to Vantor today, and a crowd of dockworkers plans to meet his plane at the quay. In a nod to his old slogan, they will carry banners reading: Yes we can - build the ports!',
      'But he leaves behind an angry row over his remarks on the harbour, particularly his warning that the port would close.',
      'Conceding that a deal would come later he warned: It is not going to happen soon, because our focus is the northern ports.'));
    // (The engine still takes the second paragraph as Brel's further words; the name in it is narration all the same.)
    assert.equal(speakerName(a, quoteStarting(a, 'It is not going to happen soon')), 'Aldo Keszler');
  });

  it('a name inside a stripped quote with a cue of its own stays the speaker\'s words', () => {
    const a = analyze(seed('Mara Oyelaran won the primary for the harbour seat on Tuesday.',
      'Nobody has been hurt more by the tariff than our town. Ilse Varnock stands for the same tired harbour policies, she said.',
      'Our port is under threat from the new levy, she added.'));
    assert.equal(speakerName(a, quoteStarting(a, 'Our port is under threat')), 'Mara Oyelaran');
  });

  it('a name inside quotation marks is never an antecedent', () => {
    const a = analyze(seed('Mara Oyelaran won the primary for the harbour seat on Tuesday.',
      '"Ilse Varnock stands for the same tired harbour policies," she said.',
      '"Our port is under threat from the new levy," she added.'));
    assert.equal(speakerName(a, quoteStarting(a, 'Our port is under threat')), 'Mara Oyelaran');
  });

  it('a stripped possessive with its `s` glued on is no subject of the previous paragraph', () => {
    const a = analyze(seed('Senator Rudi Halvorsen has raised money for his allies all spring.',
      'Corin Tadeo, Halvorsens campaign manager, insisted that the senator was not changing his stance on donors.',
      'That will help every race on the ballot, he said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'That will help every race')), 'Corin Tadeo');
  });

  it('the same with the apostrophe kept and quotation marks', () => {
    const a = analyze(seed('Senator Rudi Halvorsen has raised money for his allies all spring.',
      'Corin Tadeo, Halvorsen\'s campaign manager, insisted that the senator was not changing his stance on donors.',
      '"That will help every race on the ballot," he said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'That will help every race')), 'Corin Tadeo');
  });

  it('a name that ends in `s` as written is no possessive', () => {
    const a = analyze(seed('Senator Rudi Halvorsen has raised money for his allies all spring.',
      'Dorvel Pickens said the senator would not change his stance on donors.',
      'That will help every race on the ballot, he said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'That will help every race')), 'Dorvel Pickens');
  });

  it('an opinion holder fronted with `For` in the same paragraph: the pronoun continues it, not the subject', () => {
    const a = analyze(seed('Writers on the left are delighted by the essay. For Ilan Vesper, Dorn Kettle is exposing the cruel logic of the tax plan. "The market has not failed the workers," he mocks.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The market has not failed')), 'Ilan Vesper');
  });

  it('a name that speaks in the sentence still wins over a fronted holder', () => {
    const a = analyze(seed('Writers on the left are delighted by the essay. For Ilan Vesper, the plan was a shock, said Dorn Kettle. "It will hurt us all," he added.'));
    assert.equal(speakerName(a, quoteStarting(a, 'It will hurt us all')), 'Dorn Kettle');
  });

  it('a stripped contraction is no possessive: `Halvorsens been telling` leads its sentence', () => {
    const a = analyze(seed('Senator Rudi Halvorsen hired Corin Tadeo in May.',
      'Corin Tadeo joined the campaign in May. Later Halvorsens been telling voters that the port will reopen.',
      'We will open it by June, he said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'We will open it by June')), 'Rudi Halvorsen');
  });

  it('a continuation in the first person is the speaker\'s words, not narration', () => {
    const a = analyze(seed('Mayor Ilse Varnock spoke at the harbour on Monday, recalling a bill that failed when she and Senator Mara Oyelaran served together. We wrote it together, she said. Senator Mara Oyelaran and I voted for it, and the council voted against it.',
      'The failure of the bill was heartbreaking, she said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The failure of the bill')), 'Ilse Varnock');
  });
});
