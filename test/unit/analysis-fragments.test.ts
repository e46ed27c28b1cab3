// Partial quotes in text without quotation marks (issue 12, fifth round): a reported clause that keeps the speaker's
// own first or second person, or the speaker's emphatic register; the complement of a naming verb (`called the plan
// a disaster`). Every snippet was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis, Quote } from '../../src/engine/types';
import { FRAGMENT_CONFIDENCE, NAMING_CONFIDENCE, TAIL_CONFIDENCE } from '../../src/engine/passes/fragments';
import { FRAG_FEATURES, fragmentModel, fragmentProbability, modelConfidence, setFragmentModel, setFragmentTrace } from '../../src/engine/passes/fragmentModel';
import { speakerName, ruleConfidences } from './analysisHelpers';

const HEAD = 'Headline for a fragment test\n20230517\nhttps://example.org/news/fragments\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

/** The unmarked partial quotes of an analysis. */
const partials = (a: Analysis): Quote[] => a.quotes.filter((q) => !q.marked && q.kind === 'partial');

/** The one partial quote of `a` (it must exist and be the only one). */
function onePartial(a: Analysis): Quote {
  const ps = partials(a);
  assert.equal(ps.length, 1, `one partial quote in ${JSON.stringify(a.quotes.map((x) => [x.kind, x.text]))}`);
  return ps[0];
}

describe('stripped fragments: a reported clause in the speaker\'s own person', () => {
  ruleConfidences();
  it('a first person deep in the clause a named person reports is quoted, with that speaker', () => {
    const a = analyze(seed(
      'The island council met on Tuesday to discuss the ferry.',
      'Mayor Ann Reyes said the crossing to the mainland would keep running every morning for as long as I am in office.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'the crossing to the mainland would keep running every morning for as long as I am in office');
    assert.equal(speakerName(a, q), 'Ann Reyes');
    assert.equal(q.cue, 'said');
    assert.ok(q.confidence <= FRAGMENT_CONFIDENCE, `confidence ${q.confidence}`);
  });

  it('a first-person possessive (`our`) counts, after `that` and with a pronoun subject', () => {
    const a = analyze(seed(
      'Ann Reyes has run the harbour office since 2009.',
      'She said that the old pier had always been the pride of our town and would be rebuilt.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'the old pier had always been the pride of our town and would be rebuilt');
    assert.equal(speakerName(a, q), 'Ann Reyes');
  });

  it('a second person is quoted when the sentence before does not address the reader', () => {
    const a = analyze(seed(
      'Ann Reyes grew up on the island.',
      'The ferry carried her to school for twelve years. Reyes says that when you lose the ferry, you lose the whole town.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'when you lose the ferry, you lose the whole town');
    assert.equal(speakerName(a, q), 'Ann Reyes');
  });

  it('reported speech in the third person stays unquoted', () => {
    const a = analyze(seed(
      'Mayor Ann Reyes said the crossing to the mainland would keep running every morning for as long as she is in office.',
      'Tom Okafor says that the island will lose its school without the ferry.',
    ));
    assert.deepEqual(partials(a), []);
  });

  it('a narrator in the first person reports in its own voice: no quote', () => {
    const a = analyze(seed(
      'I told Ann Reyes on Tuesday that the pride of our town was the old pier.',
      'Ann Reyes told me that the pier would be rebuilt before our summer festival.',
    ));
    assert.deepEqual(partials(a), []);
  });

  it('a text that addresses its reader says `you` itself: no quote', () => {
    const a = analyze(seed(
      'Ann Reyes grew up on the island.',
      'If you live here, you know the ferry. Reyes says that when you lose the ferry, you lose the whole town.',
    ));
    assert.deepEqual(partials(a), []);
  });

  it('a second person after a colon in the clause belongs to the introduced text, not to the clause', () => {
    const a = analyze(seed(
      'The council ran a survey on the ferry this spring.',
      'The Harbour Gazette cited examples of long questions with over forty words, including: Would you pay more for a later crossing?',
    ));
    assert.deepEqual(partials(a), []);
  });

  it('emphatic and hyperbolic words (`absolutely`, `terrible`) are the speaker\'s register: quoted', () => {
    const a = analyze(seed(
      'The council voted on Monday to close the old pier.',
      'Tom Okafor said the closure would be an absolutely terrible blow for the fishing families.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'the closure would be an absolutely terrible blow for the fishing families');
    assert.equal(speakerName(a, q), 'Tom Okafor');
    assert.ok(q.confidence <= FRAGMENT_CONFIDENCE, `confidence ${q.confidence}`);
  });

  it('a capitalised word of a name (`Great Lakes`) is no emphatic word', () => {
    const a = analyze(seed(
      'The council voted on Monday to close the old pier.',
      'Tom Okafor said the ferry company would move its boats to the Great Lakes next summer.',
    ));
    assert.deepEqual(partials(a), []);
  });

  it('does not overlap a quote the stripped pass found, and stays off in a document with quotation marks', () => {
    const stripped = analyze(seed(
      'Ann Reyes spoke at the pier on Tuesday.',
      'Reyes said, We will keep the ferry running for as long as our town needs it.',
    ));
    const over = stripped.quotes.filter((q) => q.text.includes('our town needs it'));
    assert.equal(over.length, 1, JSON.stringify(stripped.quotes.map((x) => x.text)));
    assert.equal(over[0].kind, 'direct');
    const marked = analyze(seed(
      '“We will win this fight,” Tom Okafor said on Monday.',
      'Mayor Ann Reyes said the crossing to the mainland would keep running every morning for as long as I am in office.',
    ));
    assert.deepEqual(partials(marked).filter((q) => !q.marked), []);
  });
});

describe('stripped fragments: the complement of a naming verb', () => {
  ruleConfidences();
  it('`X called the plan a disaster`: the complement is a partial quote of the subject', () => {
    const a = analyze(seed(
      'The council published its ferry plan on Monday.',
      'On Tuesday Tom Okafor called the plan a disaster for the island.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'a disaster for the island');
    assert.equal(speakerName(a, q), 'Tom Okafor');
    assert.equal(q.cue, 'called');
    assert.ok(q.confidence <= NAMING_CONFIDENCE, `confidence ${q.confidence}`);
  });

  it('a pronoun object and an adjective complement, after a name that opens the sentence', () => {
    const a = analyze(seed(
      'The council published its ferry plan on Monday.',
      'Ann Reyes branded it unfair to the families of the island.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'unfair to the families of the island');
    assert.equal(speakerName(a, q), 'Ann Reyes');
  });

  it('a name given to a thing, a telephone call and a relative clause are no complements', () => {
    const a = analyze(seed(
      'A new group called Friends of the Pier met on Monday.',
      'Tom Okafor called Ann Reyes on Monday to ask about the ferry. He called her to say the boat was late.',
      'Ann Reyes later called the office that she ran for ten years.',
    ));
    assert.deepEqual(partials(a), []);
  });
});

describe('stripped fragments, fifteenth round: an adjective complement after a noun or name object', () => {
  ruleConfidences();
  it('`X called the plan unfair`: the adjective after a noun object opens the complement', () => {
    const a = analyze(seed(
      'The council published its ferry plan on Monday.',
      'Tom Okafor called the new timetable wholly unworkable for the island.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'wholly unworkable for the island');
    assert.equal(speakerName(a, q), 'Tom Okafor');
    assert.ok(q.confidence <= NAMING_CONFIDENCE, `confidence ${q.confidence}`);
  });

  it('a name object and an adjective the lexicon does not know, by its ending', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Ann Reyes called Okafor outrageous and said the board would meet again.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'outrageous and said the board would meet again');
    assert.equal(speakerName(a, q), 'Ann Reyes');
  });

  it('an object of up to seven words (`the use of private harbour cranes`)', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Ann Reyes called the use of private harbour cranes extremely careless.',
    ));
    assert.equal(onePartial(a).text, 'extremely careless');
  });

  it('a comparative after the object', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Ann Reyes called the old ferry better than the new one.',
    ));
    assert.equal(onePartial(a).text, 'better than the new one');
  });

  it('`and called him a Y`: a second verb of the sentence subject, with a pronoun object', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Tom Okafor read the new timetable and called it a gift to the hotels.',
      'Ann Reyes went home and called him to ask about the boat.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'a gift to the hotels');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('`X, the harbour master, called Y a Z`: the past tense after an appositive, but not a name given to a thing', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Ann Reyes, the harbour master, called Okafor a reckless dreamer.',
      'The new ferry, called the Island Star, sails on Monday.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'a reckless dreamer');
    assert.equal(speakerName(a, q), 'Ann Reyes');
  });

  it('an attributive adjective is still the object; a time word after the object is no complement', () => {
    const a = analyze(seed(
      'The harbour board met on Monday.',
      'Ann Reyes called snap harbour elections for the spring.',
      'Tom Okafor called Reyes earlier this week about the ferry.',
      'Tom Okafor called the harbour office twice.',
    ));
    assert.deepEqual(partials(a), []);
  });
});

describe('stripped fragments, seventh round: a naming verb in the present or as a participle', () => {
  ruleConfidences();
  it('`..., calling it Y`: a participle after a comma names with the sentence subject\'s words', () => {
    const a = analyze(seed(
      'The council published its ferry plan on Monday.',
      'At the harbour on Tuesday, Tom Okafor attacked the plan, calling it a gift to the mainland hotels.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'a gift to the mainland hotels');
    assert.equal(speakerName(a, q), 'Tom Okafor');
    assert.equal(q.cue, 'calling');
    assert.ok(q.confidence <= NAMING_CONFIDENCE, `confidence ${q.confidence}`);
  });

  it('the complement ends before `and` and a second participle (the reporter\'s words again)', () => {
    const a = analyze(seed(
      'The council published its ferry plan on Monday.',
      'Ann Reyes rejected the plan, calling it a betrayal of the island and promising a vote in the spring.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'a betrayal of the island');
    assert.equal(speakerName(a, q), 'Ann Reyes');
  });

  it('`X calls the plan Y` and `X, the mayor, calls it Y`: the present tense too', () => {
    const a = analyze(seed(
      'The council published its ferry plan on Monday.',
      'Tom Okafor calls the plan a slow death for the harbour.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'a slow death for the harbour');
    assert.equal(speakerName(a, q), 'Tom Okafor');
    const b = analyze(seed(
      'The council published its ferry plan on Monday.',
      'Ann Reyes, the mayor of the island, calls it the best news in years.',
    ));
    const r = onePartial(b);
    assert.equal(r.text, 'the best news in years');
    assert.equal(speakerName(b, r), 'Ann Reyes');
  });

  it('no participle without its comma, nor a phone call, nor a noun (`a calling`)', () => {
    const a = analyze(seed(
      'Tom Okafor kept calling the office about the ferry.',
      'Ann Reyes spent the morning on the pier, calling her brother on the mainland.',
      'For Tom Okafor, teaching was a calling that lasted forty years.',
    ));
    assert.deepEqual(partials(a), []);
  });
});

describe('stripped fragments, seventh round: the spoken register in a reported clause', () => {
  ruleConfidences();
  it('colloquial words (`a lot`, `folks`, `very`) and blunt evaluations (`stupid`) are the speaker\'s own', () => {
    const a = analyze(seed(
      'The council published its ferry plan on Monday.',
      'Tom Okafor said the new timetable would cost a lot of folks on the island their morning jobs.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'the new timetable would cost a lot of folks on the island their morning jobs');
    assert.equal(speakerName(a, q), 'Tom Okafor');
    assert.ok(q.confidence <= FRAGMENT_CONFIDENCE, `confidence ${q.confidence}`);
    const b = analyze(seed(
      'Ann Reyes has run the harbour office since 2009.',
      'She said that closing the pier in the summer was a stupid idea.',
    ));
    assert.equal(onePartial(b).text, 'closing the pier in the summer was a stupid idea');
  });

  it('a stripped `he\'ll` (`hell`) is no colloquial word, and a reported clause in a plain register stays unquoted', () => {
    const a = analyze(seed(
      'The council published its ferry plan on Monday.',
      'Tom Okafor said hell ask the council to keep the morning crossing.',
      'Ann Reyes said the ferry would run twice a day from the first of May.',
    ));
    assert.deepEqual(partials(a), []);
  });
});

describe('stripped fragments, seventh round: a naming verb in a relative clause', () => {
  it('`what she calls Y`: the name given is a partial quote of the relative clause\'s subject', () => {
    const a = analyze(seed(
      'Ann Reyes has run the harbour office since 2009.',
      'On Monday the council voted down what she calls the last lifeline of the island.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'the last lifeline of the island');
    assert.equal(speakerName(a, q), 'Ann Reyes');
    assert.equal(q.cue, 'calls');
    assert.ok(q.confidence <= NAMING_CONFIDENCE, `confidence ${q.confidence}`);
  });

  it('`whom Tom Okafor described as Y`: a name as the subject, and `described as`', () => {
    const a = analyze(seed(
      'The ferry company hired a new captain in March, whom Tom Okafor described as a careful old hand.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'a careful old hand');
    assert.equal(speakerName(a, q), 'Tom Okafor');
  });

  it('not the writer\'s own naming (`what we call`), a noun phrase subject, or `that` (a complement clause)', () => {
    const a = analyze(seed(
      'The island depends on what we call the morning boat.',
      'The pier is what local fishermen call a second home.',
      'Ann Reyes said that she called the harbour office twice.',
    ));
    assert.deepEqual(partials(a), []);
  });
});

describe('stripped fragments, seventh round: a first person after `to`, `that` or `because`', () => {
  ruleConfidences();
  it('`X vowed to keep our ferry running`: from the opener to the sentence end, the sentence subject\'s words', () => {
    const a = analyze(seed(
      'The council published its ferry plan on Monday.',
      'At the harbour, Tom Okafor vowed to keep our morning ferry running through the winter.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'keep our morning ferry running through the winter');
    assert.equal(speakerName(a, q), 'Tom Okafor');
    assert.ok(q.confidence <= TAIL_CONFIDENCE, `confidence ${q.confidence}`);
  });

  it('no quote where the sentence before speaks in the first person, or no subject speaks', () => {
    const a = analyze(seed(
      'I have lived on the island for twenty years. Tom Okafor wants to close our pier in the spring.',
      'The answer is to fix our roads before the winter comes.',
    ));
    assert.deepEqual(partials(a), []);
  });
});

describe('stripped fragments, seventh round: bounded spans', () => {
  it('a reported clause with no end (hundreds of words) is no partial quote, whatever words it holds', () => {
    const a = analyze(seed('Tom Okafor said that ' + 'the tide comes in and '.repeat(60) + 'nobody knows why.'));
    assert.deepEqual(partials(a), []);
    const b = analyze(seed('Tom Okafor said that ' + 'the tide comes in and '.repeat(10) + 'nobody knows why.'));
    assert.equal(partials(b).length, 1);
  });
});

describe('stripped fragments, tenth round: a learned model over reported clauses', () => {
  ruleConfidences();
  afterEach(() => setFragmentModel(null));

  it('the bundled weights load: one finite number per feature, the model on with a threshold between 0 and 1', () => {
    const m = fragmentModel();
    assert.equal(m.mode, 'on');
    assert.deepEqual(m.features, [...FRAG_FEATURES]);
    assert.equal(m.weights.length, FRAG_FEATURES.length);
    assert.ok(m.weights.every((w) => Number.isFinite(w)), 'finite weights');
    assert.ok(m.threshold > 0.5 && m.threshold < 1, `threshold ${m.threshold}`);
    assert.ok(m.weights[FRAG_FEATURES.indexOf('bias')] < 0, 'a reported clause is no quote by default');
  });

  it('the probability is the logistic of the summed weights, and the confidence rises with it, below the rules\' fragments', () => {
    const f = FRAG_FEATURES.map((n) => (n === 'bias' || n === 'first' ? 1 : 0));
    const w = FRAG_FEATURES.map((n) => (n === 'bias' ? -1 : n === 'first' ? 3 : 5));
    assert.ok(Math.abs(fragmentProbability(f, w) - 1 / (1 + Math.exp(-2))) < 1e-12);
    let prev = 0;
    for (const p of [0.5, 0.6, 0.7, 0.8, 0.9, 1]) {
      const c = modelConfidence(p);
      assert.ok(c >= prev && c <= FRAGMENT_CONFIDENCE, `confidence ${c} at ${p}`);
      prev = c;
    }
  });

  it('with the bundled weights, a clause in the spoken register after `added` is a partial quote of its speaker', () => {
    const a = analyze(seed(
      'The repairs to the harbour wall began in March.',
      'Ann Reyes, the harbour master, added that the repairs are just always late now and the town deserves better.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'the repairs are just always late now and the town deserves better');
    assert.equal(speakerName(a, q), 'Ann Reyes');
    assert.equal(q.cue, 'added');
    assert.ok(q.confidence <= FRAGMENT_CONFIDENCE && q.confidence > 0.15, `confidence ${q.confidence}`);
  });

  it('the content after a mid-sentence attribution counts too (`..., X said, CLAUSE`)', () => {
    const a = analyze(seed(
      'The ferry left the pier at dawn.',
      'In truth, Ann Reyes said, the crossing is simply the only road this town has ever had.',
    ));
    const q = onePartial(a);
    assert.equal(q.text, 'the crossing is simply the only road this town has ever had');
    assert.equal(speakerName(a, q), 'Ann Reyes');
  });

  it('a reporter\'s paraphrase with figures and dates stays unquoted', () => {
    const a = analyze(seed(
      'The ferry left the pier at dawn.',
      'Ann Reyes said that the ferry company reported a loss of 3 percent in May.',
      'Tom Okafor told the council the budget had been approved on Tuesday.',
    ));
    assert.deepEqual(partials(a), []);
  });

  it('weights written by hand decide: a clause after `added` only, and nothing with the model off', () => {
    const weights = FRAG_FEATURES.map((n) => (n === 'bias' ? -5 : n === 'cue_added' ? 10 : 0));
    const text = seed(
      'The council met on Monday.',
      'Tom Okafor added that the budget was approved before the summer.',
      'Ann Reyes said that the budget was approved before the summer.',
    );
    setFragmentModel({ mode: 'on', threshold: 0.5, features: [...FRAG_FEATURES], weights });
    const a = analyze(text);
    const q = onePartial(a);
    assert.equal(q.text, 'the budget was approved before the summer');
    assert.equal(speakerName(a, q), 'Tom Okafor');
    assert.equal(q.confidence, modelConfidence(1 / (1 + Math.exp(-5))));
    setFragmentModel({ mode: 'off', threshold: 0.5, features: [...FRAG_FEATURES], weights });
    assert.deepEqual(partials(analyze(text)), []);
  });

  it('text with quotation marks keeps its marks: the model adds nothing', () => {
    const weights = FRAG_FEATURES.map((n) => (n === 'bias' ? 10 : 0));
    setFragmentModel({ mode: 'on', threshold: 0.5, features: [...FRAG_FEATURES], weights });
    const a = analyze(seed(
      '"We will rebuild the pier," Ann Reyes said.',
      'Tom Okafor said that the budget was approved before the summer.',
    ));
    assert.deepEqual(a.quotes.filter((q) => q.kind === 'partial' && !q.marked), []);
    assert.equal(a.quotes.length, 1);
  });

  it('a clause a quote already covers is not taken again, and every candidate is scored once', () => {
    const seen: string[] = [];
    setFragmentTrace((r) => seen.push(String(r.s)));
    try {
      const a = analyze(seed('Ann Reyes said that our town will keep the ferry. Tom Okafor said that the budget was approved. ' +
        'Lee Park added that the vote came late.'));
      assert.equal(seen.length, 2, 'the first-person clause is the rules\' quote, not a candidate');
      assert.equal(new Set(seen).size, 2);
      assert.ok(partials(a).some((q) => q.text === 'our town will keep the ferry'));
    } finally {
      setFragmentTrace(null);
    }
  });
});

describe('stripped fragments, fifteenth round: naming complements stay linear', () => {
  it('a chain of naming verbs with adjective complements and no full stop: quotes bounded by the input', () => {
    const unit = 'Ann Reyes called the harbour plan wholly unworkable and called it outrageous, ';
    const small = seed(unit.repeat(500));
    const big = seed(unit.repeat(1000));
    const size = (t: string): number => analyze(t).quotes.reduce((n, q) => n + q.text.length, 0);
    const a = size(small);
    const b = size(big);
    assert.ok(b <= big.length, `quote texts ${b} for ${big.length} characters`);
    assert.ok(b <= 2.5 * (a + 1), `quote texts grew ${(b / (a + 1)).toFixed(2)}x for 2x input`);
  });
});
