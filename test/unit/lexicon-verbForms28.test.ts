// The verb-form generator of the lexicon (twenty-eighth round, h-cue): the naming and tying verb lists are built from
// bases and a choice of forms, with the regular spelling rules of English inflection.
import * as assert from 'node:assert/strict';
import { NAMING_VERBS, SPEECH_CUES, TIE_VERBS, verbForms } from '../../src/engine/lexicon';

describe('verbForms (twenty-eighth round)', () => {
  it('builds the base, third person, past and gerund with the regular spelling rules', () => {
    assert.deepEqual(verbForms('cite:bsdg'), ['cite', 'cites', 'cited', 'citing']);
    assert.deepEqual(verbForms('decry:sdg'), ['decries', 'decried', 'decrying']);
    assert.deepEqual(verbForms('dismiss:sdg'), ['dismisses', 'dismissed', 'dismissing']);
    assert.deepEqual(verbForms('hail:dg'), ['hailed', 'hailing']);
  });

  it('doubles the final consonant before -ed and -ing when the base says so', () => {
    assert.deepEqual(verbForms('slam+:bsdg'), ['slam', 'slams', 'slammed', 'slamming']);
    assert.deepEqual(verbForms('label:dg label+:dg'), ['labeled', 'labeling', 'labelled', 'labelling']);
  });

  it('keeps a final e before -ing only after a vowel', () => {
    assert.deepEqual(verbForms('agree:dg praise:g'), ['agreed', 'agreeing', 'praising']);
  });

  it('the naming and tying verbs hold their inflections and the speech cues', () => {
    for (const w of ['called', 'calls', 'labelled', 'referred', 'slammed']) assert.ok(NAMING_VERBS.has(w), w);
    for (const w of ['calling', 'labelling', 'decried', 'criticising', 'lambasted', 'read', 'cites']) assert.ok(TIE_VERBS.has(w), w);
    for (const w of SPEECH_CUES) assert.ok(TIE_VERBS.has(w), w);
    assert.ok(!TIE_VERBS.has('name') && !TIE_VERBS.has('quote'), 'nouns as often as verbs stay out');
  });
});
