import * as assert from 'node:assert/strict';
import { actorMentions, excerpt, fullestMention, occurrencesAt, spanIndexAt, targetAt } from '../../src/editor/model';
import { SAMPLE, SOURCES, at, sampleAnalysis } from './fakes/sample';

describe('editor model lookups', () => {
  it('spanIndexAt finds the span containing an offset, counting the position right after a span', () => {
    const spans = [{ start: 2, end: 5 }, { start: 5, end: 7 }, { start: 10, end: 12 }];
    assert.equal(spanIndexAt(spans, 0), -1);
    assert.equal(spanIndexAt(spans, 2), 0);
    assert.equal(spanIndexAt(spans, 5), 1, 'a span starting at the offset wins over one ending there');
    assert.equal(spanIndexAt(spans, 7), 1);
    assert.equal(spanIndexAt(spans, 8), -1);
    assert.equal(spanIndexAt(spans, 12), 2);
    assert.equal(spanIndexAt([], 3), -1);
  });

  it('excerpt collapses white space and cuts at a word with an ellipsis', () => {
    assert.equal(excerpt('  a   b  '), 'a b');
    const e = excerpt('He wants to shatter NATO. Hes thinking big, and more words follow here', 30);
    assert.ok(e.length <= 30 && e.endsWith('…'), e);
    assert.ok('He wants to shatter NATO. Hes thinking big'.startsWith(e.slice(0, -1)), e);
  });

  for (const source of SOURCES) {
    describe(`on the sample seed (${source})`, () => {
      it('maps `Mr. Clark` to the actor Wesley Clark, and Go to Definition lands on a mention written `Wesley Clark`', () => {
        const a = sampleAnalysis(source);
        const off = at(SAMPLE, 'Mr. Clark said') + 'Mr. Cl'.length;
        const t = targetAt(a, off);
        assert.ok(t && t.kind === 'actor', `no actor at Mr. Clark: ${JSON.stringify(t)}`);
        assert.equal(t.actor.name, 'Wesley Clark');
        assert.ok(SAMPLE.slice(t.span.start, t.span.end).includes('Clark'));
        const def = fullestMention(a, SAMPLE, t.actor);
        assert.ok(def);
        assert.match(SAMPLE.slice(def.start, def.end), /Wesley Clark/);
        assert.ok(def.start > at(SAMPLE, 'retired Gen. Wesley Clark') - 1);
      });

      it('collects every mention of an actor as its occurrences, each slicing to a form of the name', () => {
        const a = sampleAnalysis(source);
        const occ = occurrencesAt(a, at(SAMPLE, 'Mr. Blinken said') + 4);
        assert.ok(occ && occ.target.kind === 'actor');
        assert.equal(occ.target.actor.name, 'Antony Blinken');
        assert.ok(occ.spans.length >= 2, 'Blinken is mentioned at least twice');
        for (const s of occ.spans) assert.match(SAMPLE.slice(s.start, s.end), /Blinken/);
        assert.deepEqual(occ.spans, [...actorMentions(a, occ.target.actor.id)]);
      });

      it('the span an attribution used (a name, or a pronoun like `he`) leads to the quote\'s speaker', () => {
        const a = sampleAnalysis(source);
        const attributed = a.quotes.filter((q) => q.speaker && q.speakerSpan);
        assert.ok(attributed.length >= 5);
        for (const q of attributed) {
          const t = targetAt(a, q.speakerSpan!.start);
          assert.ok(t && t.kind === 'actor', `${SAMPLE.slice(q.speakerSpan!.start, q.speakerSpan!.end)}: ${JSON.stringify(t)}`);
          assert.equal(t.actor.id, q.speaker);
        }
      });

      it('inside a quote but off any name, the target is the quote', () => {
        const a = sampleAnalysis(source);
        const off = at(SAMPLE, 'The sequence is wrong') + 6;
        const t = targetAt(a, off);
        assert.ok(t && t.kind === 'quote', JSON.stringify(t));
        assert.ok(t.quote.start <= off && off < t.quote.end);
      });
    });
  }
});
