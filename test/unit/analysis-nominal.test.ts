// A role noun as the subject of an attribution (`"...," the mayor said.`): the source stands, and names the one person
// the document introduced with that role. Every snippet here was written for these tests.
import * as assert from 'node:assert/strict';
import { analyze, analyzeParagraph } from '../../src/engine';
import { roleWords } from '../../src/engine/passes/nominalSpeaker';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Harbour board meets\n20240311\nhttps://example.org/news/harbour\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('nominal sources: `"...," the mayor said.`', () => {
  it('reads a role noun after its article as the subject of an inverted attribution', () => {
    for (const tail of ['the mayor said', 'the retired judge said', 'the senior senator told reporters', 'a federal prosecutor said', 'the outgoing mayor added']) {
      const p = `"The harbour will close before winter," ${tail}.`;
      const attrs = analyzeParagraph(p, false).attrs;
      assert.equal(attrs.length, 1, tail);
      assert.equal(attrs[0].form, 'inverted', tail);
      const subject = p.slice(attrs[0].subject.s, attrs[0].subject.e);
      assert.ok(tail.includes(subject) && subject.length > 4, `${tail}: ${subject}`);
    }
    // A bare title with no article is a name's start or a verb, not a source.
    assert.equal(analyzeParagraph('"We will see," Coach said.', false).attrs.length, 0);
  });

  it('names the one person introduced with the role, a little less sure than a name', () => {
    for (const intro of ['Mayor Dana Whitfield opened the meeting.', 'Dana Whitfield, the mayor of Port Amble, opened the meeting.']) {
      const a = analyze(seed(intro, '"The harbour will close before winter," the mayor said.', '"It will reopen in spring," Dana Whitfield said.'));
      const q = quoteStarting(a, 'The harbour will close');
      assert.equal(speakerName(a, q), 'Dana Whitfield', intro);
      assert.equal(q.attribution, 'attribution after the quote');
      const named = quoteStarting(a, 'It will reopen');
      assert.ok(q.confidence < named.confidence && q.confidence >= 0.5, `${q.confidence} vs ${named.confidence}`);
    }
  });

  it('with nobody of that role, the noun phrase itself is the source (an unnamed one)', () => {
    const a = analyze(seed('Dana Whitfield opened the meeting.', '"The harbour will close before winter," the judge said.'));
    const q = quoteStarting(a, 'The harbour will close');
    assert.equal(q.attribution, 'attribution after the quote');
    assert.equal(speakerName(a, q), 'judge');
    const t = HEAD + 'Dana Whitfield opened the meeting.\n"The harbour will close before winter," the judge said.\n';
    assert.equal(t.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'judge');
  });

  it('two people with the role: the words of the noun phrase tell them apart, else nobody is picked', () => {
    const intro = ['Senate Minority Leader Rosa Pell met the board on Monday.', 'House Minority Leader Owen Tarr stayed away.'];
    const a = analyze(seed(...intro, '"We will not fund the dredging," the Senate minority leader said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'We will not fund')), 'Rosa Pell');
    const b = analyze(seed(...intro, '"We will not fund the dredging," the leader said.'));
    assert.equal(speakerName(b, quoteStarting(b, 'We will not fund')), 'leader');
  });

  it('an epithet after the speaker\'s own quote is that speaker, shown as a guess; another name between stops it', () => {
    const a = analyze(seed('"The port pays for itself," said Dana Whitfield.', '"Nobody else will say it," the former teacher said.'));
    const q = quoteStarting(a, 'Nobody else will say it');
    assert.equal(speakerName(a, q), 'Dana Whitfield');
    assert.ok(q.confidence < 0.5, String(q.confidence));
    const b = analyze(seed('"The port pays for itself," said Dana Whitfield.', 'Owen Tarr disagreed with the plan.', '"Nobody else will say it," the former teacher said.'));
    assert.equal(speakerName(b, quoteStarting(b, 'Nobody else will say it')), 'former teacher');
  });

  it('an unnamed source is never an epithet of the previous speaker', () => {
    const a = analyze(seed('"The port pays for itself," said Dana Whitfield.', '"The numbers were never checked," the source said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The numbers were never checked')), 'source');
  });

  it('role words: the words before a preposition, abbreviations spelled out', () => {
    assert.deepEqual(roleWords('Sen.'), ['senator']);
    assert.deepEqual(roleWords('an aide to the mayor'), ['aide']);
    assert.deepEqual(roleWords('Senate Minority Leader; a former judge'), ['senate', 'minority', 'leader', 'former', 'judge']);
  });

  it('a person noun with its preposition is one source: `a spokeswoman for the agency said`', () => {
    for (const [tail, who] of [['a spokeswoman for the agency said', 'spokeswoman for the agency'], ['an aide to the mayor said', 'aide to the mayor'], ['the head of the union told reporters', 'head of the union']]) {
      const a = analyze(seed('Dana Whitfield opened the meeting.', `"The harbour will close before winter," ${tail}.`));
      const q = quoteStarting(a, 'The harbour will close');
      assert.equal(q.attribution, 'attribution after the quote', tail);
      assert.equal(speakerName(a, q), who, tail);
    }
  });

  it('a party member named by state and party is a source (`the Vermont Republican said`), its name as written', () => {
    const a = analyze(seed('Dana Whitfield opened the meeting.', '"The harbour will close before winter," the Vermont Republican said.', '"We are ready," a Maine Democrat said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The harbour will close')), 'Vermont Republican');
    assert.equal(speakerName(a, quoteStarting(a, 'We are ready')), 'Maine Democrat');
    // A capital from the sentence start is dropped, a name's is not.
    const b = analyze(seed('Officials said the pier would close. "It is done," officials said.'));
    assert.ok(b.actors.some((x) => x.name === 'officials'), b.actors.map((x) => x.name).join(', '));
  });
});
