import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createAnalyzer, type Analysis } from '../../src/engine';
import { actorByName, quoteStarting, speakerName } from './analysisHelpers';

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'seeds', '000_be6e4752cb109430.txt'), 'utf8');
const HEAD = 'Headline for a test\n20220106\nhttps://example.org/news/1\n';

function seed(...paras: string[]): string {
  return HEAD + paras.join('\n') + '\n';
}

/** Every span invariant the editor relies on. */
function checkInvariants(text: string, a: Analysis): void {
  assert.equal(a.length, text.length);
  const inBounds = (s: { start: number; end: number }) => s.start >= 0 && s.end <= text.length && s.start <= s.end;
  let last = -1;
  for (const e of a.entities) {
    assert.ok(inBounds(e), 'entity in bounds');
    assert.equal(text.slice(e.start, e.end), e.text);
    assert.ok(e.start >= last, 'entities sorted and non-overlapping');
    last = e.end;
    assert.ok(!/^[\s.,;:!?]|[\s,;:]$/.test(e.text), `no edge punctuation in entity ${JSON.stringify(e.text)}`);
  }
  last = -1;
  for (const q of a.quotes) {
    assert.ok(inBounds(q), 'quote in bounds');
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(q.start >= last, 'quotes sorted and non-overlapping');
    last = q.end;
    assert.ok(q.confidence >= 0 && q.confidence <= 1);
    if (q.cueSpan) assert.ok(inBounds(q.cueSpan));
    if (q.speakerSpan) assert.ok(inBounds(q.speakerSpan));
    if (q.speaker) assert.ok(a.actors.some((x) => x.id === q.speaker), 'speaker is an actor');
  }
  for (const c of a.claims) {
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.ok(a.actors.some((x) => x.id === c.actor), 'claim actor exists');
    if (c.quote) assert.ok(a.quotes.some((q) => q.id === c.quote), 'claim quote exists');
  }
  for (const x of a.actors) for (const m of x.mentions) assert.ok(inBounds(m));
}

describe('analysis: the sample seed', () => {
  const a = analyze(SAMPLE);

  it('keeps every span invariant', () => checkInvariants(SAMPLE, a));

  it('finds the stripped Clark quote before `, Mr. Clark said` with its speaker, cue and aliases', () => {
    const q = quoteStarting(a, 'He wants to shatter NATO.');
    assert.equal(q.text, 'He wants to shatter NATO. Hes thinking big');
    assert.equal(q.marked, false);
    assert.equal(q.kind, 'direct');
    assert.equal(q.cue, 'said');
    assert.equal(q.attribution, 'attribution after the quote');
    assert.ok(q.speakerSpan);
    assert.equal(SAMPLE.slice(q.speakerSpan.start, q.speakerSpan.end), 'Clark');
    assert.equal(speakerName(a, q), 'Wesley Clark');
    const clark = actorByName(a, 'Wesley Clark');
    assert.equal(clark.type, 'person');
    assert.ok(clark.aliases.includes('Mr. Clark'), clark.aliases.join('|'));
    assert.ok(clark.aliases.includes('retired Gen. Wesley Clark'), clark.aliases.join('|'));
    assert.ok(clark.role?.includes('a former NATO supreme allied commander in Europe'), String(clark.role));
    assert.ok(clark.quotes.includes(q.id));
  });

  it('reads the appositive roles of Taylor and Herbst', () => {
    const taylor = actorByName(a, 'William Taylor');
    assert.ok(taylor.role?.startsWith('a former U.S. ambassador to Ukraine and now vice president'), String(taylor.role));
    assert.ok(taylor.aliases.includes('Mr. Taylor'));
    const herbst = actorByName(a, 'John Herbst');
    assert.ok(herbst.role?.includes('senior director of the Atlantic Councils Eurasia Center'), String(herbst.role));
    const q = quoteStarting(a, 'The sequence is wrong.');
    assert.equal(speakerName(a, q), 'John Herbst');
    assert.ok(q.text.endsWith('along Ukraines borders'));
  });

  it('continues a quote after `Mr. Blinken said.` and resolves `he said` from an earlier paragraph', () => {
    const cont = quoteStarting(a, 'Its very hard to make actual progress');
    assert.equal(speakerName(a, cont), 'Antony Blinken');
    assert.equal(cont.attribution, 'continuation after an attribution');
    const he = quoteStarting(a, 'The real question is whether Russia is serious');
    assert.equal(speakerName(a, he), 'Antony Blinken');
    assert.equal(he.attribution, 'pronoun from an earlier paragraph');
    assert.ok(he.speakerSpan && SAMPLE.slice(he.speakerSpan.start, he.speakerSpan.end) === 'he');
    assert.ok(he.confidence < quoteStarting(a, 'Any progress must begin').confidence, 'cross-paragraph pronoun is less certain');
    const blinken = actorByName(a, 'Antony Blinken');
    assert.equal(blinken.role, 'Secretary of State');
    assert.ok(blinken.aliases.includes('Secretary of State Antony Blinken'));
  });

  it('links stripped possessives to their base and leaves names ending in s alone', () => {
    const moscows = a.entities.find((e) => e.text === 'Moscows');
    assert.ok(moscows);
    assert.equal(moscows.type, 'place');
    assert.equal(moscows.canonical, 'Moscow');
    const ukraines = a.entities.filter((e) => e.text === 'Ukraines');
    assert.ok(ukraines.length >= 2);
    for (const u of ukraines) assert.equal(u.canonical, 'Ukraine');
    const putins = a.entities.find((e) => e.text === 'Putins');
    assert.ok(putins);
    assert.equal(putins.type, 'person');
    assert.equal(putins.canonical, 'Vladimir Putin');
    const brussels = a.entities.find((e) => e.text === 'Brussels');
    assert.ok(brussels);
    assert.equal(brussels.canonical, 'Brussels');
    assert.equal(brussels.type, 'place');
  });

  it('keeps titles out of person spans and finds multi-word organisations', () => {
    assert.ok(!a.entities.some((e) => e.text === 'President' || e.text.startsWith('Mr.') || e.text.startsWith('State Antony')));
    const texts = a.entities.map((e) => `${e.type}:${e.text}`);
    for (const t of ['organization:Organization for Security and Cooperation in Europe', 'organization:U.S. Institute of Peace',
      'organization:Atlantic Councils Eurasia Center', 'organization:The Washington Times', 'person:Antony Blinken',
      'person:Annalena Baerbock', 'place:Eastern Europe', 'place:Crimean Peninsula', 'organization:Biden administration']) {
      assert.ok(texts.includes(t), `${t} missing`);
    }
  });

  it('reads a parenthetical attribution and `warned of` as claims', () => {
    const fps = actorByName(a, 'foreign policy specialists');
    assert.ok(a.claims.some((c) => c.actor === fps.id && c.text === 'the U.S. and NATO may have the upper hand in next weeks meetings'),
      a.claims.filter((c) => c.actor === fps.id).map((c) => c.text).join(' | '));
    // A bare quantifier (`Some have warned`) names nobody: the claim goes to the collective `unnamed sources`.
    const some = a.actors.find((x) => x.type === 'collective' && x.name === 'unnamed sources' && x.aliases.includes('Some'));
    assert.ok(some, 'Some have warned ... is an unnamed collective source');
    assert.ok(a.claims.some((c) => c.actor === some.id && c.text === 'a prelude to an invasion'));
  });

  it('has collective sources with claims', () => {
    const analysts = actorByName(a, 'analysts');
    assert.equal(analysts.type, 'collective');
    assert.ok(analysts.claims.length >= 2);
    const claimTexts = a.claims.filter((c) => c.actor === analysts.id).map((c) => c.text);
    assert.ok(claimTexts.some((t) => t.startsWith('the U.S. and its NATO allies must seize a golden opportunity')), claimTexts.join(' | '));
    const specialists = actorByName(a, 'some specialists');
    assert.equal(specialists.type, 'collective');
    assert.ok(a.claims.some((c) => c.actor === specialists.id && c.text.includes('should be more aggressive')));
    const officials = actorByName(a, 'officials');
    assert.ok(a.claims.some((c) => c.actor === officials.id && c.text === 'Those big-picture discussions will come second'));
    // A collective inverted attribution is a claim, not a quote.
    assert.ok(!a.quotes.some((q) => q.text.startsWith('Those big-picture discussions')));
  });

  it('links every quote with a speaker to a claim', () => {
    for (const q of a.quotes) if (q.speaker) assert.ok(a.claims.some((c) => c.quote === q.id && c.actor === q.speaker), q.text);
  });
});

describe('analysis: snippets in the seed style', () => {
  it('reads an inverted `said NAME, ROLE` attribution', () => {
    const t = seed('We should talk first, and then act, said Maria Lopez, a senior fellow at the Brookings Institution.');
    const a = analyze(t);
    checkInvariants(t, a);
    const q = quoteStarting(a, 'We should talk first');
    assert.equal(q.text, 'We should talk first, and then act');
    assert.equal(speakerName(a, q), 'Maria Lopez');
    assert.equal(actorByName(a, 'Maria Lopez').role, 'a senior fellow at the Brookings Institution');
  });

  it('resolves `he said` to the nearest person in the same paragraph', () => {
    const t = seed('Defense Secretary Robert Mendez spoke to reporters on Tuesday. We are ready for every outcome, he said.');
    const a = analyze(t);
    const q = quoteStarting(a, 'We are ready for every outcome');
    assert.equal(speakerName(a, q), 'Robert Mendez');
    assert.equal(q.attribution, 'pronoun in the same paragraph');
    assert.equal(actorByName(a, 'Robert Mendez').role, 'Defense Secretary');
  });

  it('does not pull a past-tense narrative sentence into a stripped quote', () => {
    const t = seed('The accident occurred when the mosque was nearly empty. Had it happened an hour later it would have been much worse, said Khaled Al-Maeena, an editor.');
    const a = analyze(t);
    const q = quoteStarting(a, 'Had it happened');
    assert.equal(speakerName(a, q), 'Khaled Al-Maeena');
    assert.ok(!a.quotes.some((x) => x.text.startsWith('The accident occurred')));
  });

  it('prefers the subject over a later object for `she said`', () => {
    const t = seed('Senator Laura Whitfield met Paul Brenner in Berlin. The talks went well, she said.');
    const a = analyze(t);
    assert.equal(speakerName(a, quoteStarting(a, 'The talks went well')), 'Laura Whitfield');
  });

  it('handles curly quotes with the attribution after the quote', () => {
    const t = seed('“We will not back down,” said Prime Minister Anna Kowalski. “Never.”');
    const a = analyze(t);
    checkInvariants(t, a);
    const q = quoteStarting(a, 'We will not back down');
    assert.equal(q.marked, true);
    assert.equal(q.text, 'We will not back down');
    assert.equal(speakerName(a, q), 'Anna Kowalski');
    assert.equal(q.cue, 'said');
  });

  it('keeps nested single quotes inside the quote', () => {
    const t = seed('"They called it \'a historic mistake\' and left the room," Mr. Hale said.');
    const a = analyze(t);
    const q = quoteStarting(a, 'They called it');
    assert.equal(q.text, "They called it 'a historic mistake' and left the room");
    assert.equal(speakerName(a, q), 'Hale');
  });

  it('continues a quote over a paragraph end when the next paragraph opens with a quote mark', () => {
    const t = seed('Omar Haddad, the mayor, said: "The water is back in every district.', '"We will rebuild the bridge before winter."');
    const a = analyze(t);
    checkInvariants(t, a);
    const first = quoteStarting(a, 'The water is back');
    const second = quoteStarting(a, 'We will rebuild the bridge');
    assert.equal(speakerName(a, first), 'Omar Haddad');
    assert.equal(speakerName(a, second), 'Omar Haddad');
    assert.equal(second.paragraph, 1);
    assert.equal(second.attribution, 'continuation from the previous paragraph');
  });

  it('gives an unclosed quote without continuation a span to the paragraph end and never crosses it', () => {
    const t = seed('"This is unbalanced, the spokesman said', 'Next paragraph without marks.');
    const a = analyze(t);
    checkInvariants(t, a);
    for (const q of a.quotes) assert.ok(!q.text.includes('\n'));
  });

  it('resolves `the ministry said` to the organisation named before', () => {
    const t = seed('Taiwans Defense Ministry thanked Washington for the sale.', 'We appreciate the continued support, the ministry said in a statement.');
    const a = analyze(t);
    const q = quoteStarting(a, 'We appreciate the continued support');
    assert.equal(speakerName(a, q), 'Defense Ministry');
    assert.ok(q.speakerSpan && t.slice(q.speakerSpan.start, q.speakerSpan.end) === 'the ministry');
  });

  it('reads `ROLE, NAME, cue` and a colon after adjuncts', () => {
    const t = seed('The governor of Texas, Greg Abbott, warned that workers would suffer.',
      'Senate Majority Leader Chuck Schumer told reporters on Tuesday: We will get this done.');
    const a = analyze(t);
    assert.ok(a.claims.some((c) => c.actor === actorByName(a, 'Greg Abbott').id && c.text === 'workers would suffer'));
    assert.equal(actorByName(a, 'Greg Abbott').role, 'The governor of Texas');
    const q = quoteStarting(a, 'We will get this done');
    assert.equal(speakerName(a, q), 'Chuck Schumer');
    assert.equal(actorByName(a, 'Chuck Schumer').role, 'Senate Majority Leader');
  });

  it('continues a stripped quote into the next paragraph only over first-person sentences', () => {
    const t = seed('After the match, coach Nabil Maaloul said, We played against a strong team.',
      'If we had drawn it would have been an excellent result for us. But this will help.',
      'The next match is on Sunday in Moscow.');
    const a = analyze(t);
    const q = quoteStarting(a, 'If we had drawn');
    assert.equal(speakerName(a, q), 'Nabil Maaloul');
    assert.ok(q.text.endsWith('But this will help.'));
    assert.ok(!a.quotes.some((x) => x.text.startsWith('The next match')));
  });

  it('quotes the next paragraph when a paragraph ends with `X stated,` (with and without marks)', () => {
    for (const [p2, marked] of [['Daniel was taken to a hotel and questioned for hours.', false], ['"Daniel was taken to a hotel and questioned for hours."', true]] as const) {
      const t = seed('According to Rathbun, the detective had material from the church. Mark Rathbun stated,', p2);
      const a = analyze(t);
      const q = quoteStarting(a, 'Daniel was taken');
      assert.equal(speakerName(a, q), 'Mark Rathbun');
      assert.equal(q.marked, marked);
      assert.equal(q.attribution, 'attribution before the quote');
    }
  });

  it('treats `according to` as a claim with its source', () => {
    const t = seed('The ceasefire collapsed overnight, according to Reuters.');
    const a = analyze(t);
    const reuters = a.actors.find((x) => x.name === 'Reuters');
    assert.ok(reuters);
    assert.ok(a.claims.some((c) => c.actor === reuters.id && c.text === 'The ceasefire collapsed overnight'));
  });

  it('separates `Ukraines Donbas` and splits `Russia-Ukraine`', () => {
    const t = seed('Troops gathered near Ukraines Donbas region and the Russia-Ukraine border.');
    const a = analyze(t);
    const texts = a.entities.map((e) => `${e.type}:${e.text}:${e.canonical}`);
    assert.ok(texts.includes('place:Ukraines:Ukraine'), texts.join(' | '));
    assert.ok(texts.includes('place:Donbas:Donbas'), texts.join(' | '));
  });

  it('strips a possessive s only before what it owns, and keeps names and places ending in s', () => {
    const t = seed('Mr. Zelenskys government asked NATOs members for help. Sen. Chris Coons, Delaware Democrat, said Congress would act.',
      'Frances budget deficit widened while the Americas grew. Jones, a spokesman in Texas, and officials in Paris and Wales agreed. Chinese leader Xi Jinping was silent.');
    const a = analyze(t);
    const got = new Map(a.entities.map((e) => [e.text, `${e.type}:${e.canonical}`]));
    assert.equal(got.get('Zelenskys'), 'person:Zelensky');
    assert.equal(got.get('NATOs'), 'organization:NATO');
    assert.equal(got.get('Chris Coons'), 'person:Chris Coons');
    assert.equal(got.get('Frances'), 'place:France');
    assert.equal(got.get('Americas'), 'place:Americas');
    assert.equal(got.get('Paris'), 'place:Paris');
    assert.equal(got.get('Wales'), 'place:Wales');
    assert.equal(got.get('Texas'), 'place:Texas');
    assert.equal(got.get('Xi Jinping'), 'person:Xi Jinping');
    assert.ok(!got.has('Chinese'), 'an adjectival nationality is not a group');
  });

  it('does not turn sentence-initial words or lone titles into names', () => {
    const t = seed('Still, the President said nothing. Deadly storms hit the coast. Meanwhile, Kazakhs protested.');
    const a = analyze(t);
    assert.ok(!a.entities.some((e) => ['Still', 'President', 'Deadly', 'Meanwhile'].includes(e.text)), a.entities.map((e) => e.text).join('|'));
  });

  it('finds money, percentages and dates', () => {
    const t = seed('The fund grew by 12 percent to $4.5 billion on Monday, after a cut in 2014.');
    const a = analyze(t);
    const kinds = a.entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(kinds.includes('percent:12 percent'), kinds.join('|'));
    assert.ok(kinds.includes('money:$4.5 billion'), kinds.join('|'));
    assert.ok(kinds.includes('date:Monday'), kinds.join('|'));
    assert.ok(kinds.includes('date:2014'), kinds.join('|'));
  });
});

describe('analysis: robustness and determinism', () => {
  it('gives the same results, shifted, for CRLF text', () => {
    const lf = analyze(SAMPLE);
    const crlfText = SAMPLE.replace(/\n/g, '\r\n');
    const crlf = analyze(crlfText);
    checkInvariants(crlfText, crlf);
    assert.equal(crlf.quotes.length, lf.quotes.length);
    assert.equal(crlf.entities.length, lf.entities.length);
    assert.deepEqual(crlf.quotes.map((q) => [q.text, q.speaker]), lf.quotes.map((q) => [q.text, q.speaker]));
    assert.deepEqual(crlf.entities.map((e) => [e.text, e.type, e.canonical]), lf.entities.map((e) => [e.text, e.type, e.canonical]));
    // Each offset moves by the number of line breaks before it.
    for (let i = 0; i < lf.quotes.length; i++) {
      const lines = SAMPLE.slice(0, lf.quotes[i].start).split('\n').length - 1;
      assert.equal(crlf.quotes[i].start, lf.quotes[i].start + lines);
    }
  });

  it('is deterministic across calls and analyzers', () => {
    const a = JSON.stringify(analyze(SAMPLE));
    const b = JSON.stringify(analyze(SAMPLE));
    const c = JSON.stringify(createAnalyzer().analyze(SAMPLE));
    assert.equal(a, b);
    assert.equal(a, c);
  });

  it('reuses cached paragraphs and gives output identical to a fresh analysis', () => {
    const an = createAnalyzer();
    an.analyze(SAMPLE);
    const cached = an.size;
    assert.ok(cached > 10);
    const edited = SAMPLE.replace('Deadly protests', 'Violent protests');
    const incremental = an.analyze(edited);
    assert.equal(an.size, cached + 1, 'only the changed paragraph was analysed again');
    assert.equal(JSON.stringify(incremental), JSON.stringify(createAnalyzer().analyze(edited)));
    an.clear();
    assert.equal(an.size, 0);
  });

  it('survives text without a header, a BOM, and odd input', () => {
    for (const t of ['', '\uFEFF', 'no header at all, Mr. Smith said.', '"', '“', '\n\n\n', 'A\r\rB', '\uFEFFTitle\n20220101\nhttps://x.org/\n"Hi," she said.']) {
      const a = analyze(t);
      checkInvariants(t, a);
    }
  });
});
