// Attribution clauses of one paragraph (src/engine/paragraph/attributions.ts, subjects.ts): the form of each, its
// cue, its subject and the span it reports. Every text here was written for these tests.
import * as assert from 'node:assert/strict';
import { analyzeParagraph } from '../../src/engine';
import { findSegments, type Attr } from '../../src/engine/attribution';

/** The attributions of a paragraph as [form, cue, subject kind, subject text, reported text]. */
function attrs(text: string): Array<[string, string, string, string, string]> {
  return analyzeParagraph(text, false).attrs.map((a: Attr) => [a.form, a.cue, a.subject.kind, text.slice(a.subject.s, a.subject.e), reported(text, a)]);
}

function reported(text: string, a: Attr): string {
  if (a.form === 'inverted') return text.slice(0, a.boundary);
  if (a.form === 'bare') return '';
  return text.slice(a.contentS, a.contentE);
}

describe('paragraph attributions', () => {
  it('reads an inverted attribution after the content, with the subject before or after the cue', () => {
    assert.deepEqual(attrs('The pier is safe, Dana Velloway said.'), [['inverted', 'said', 'entity', 'Dana Velloway', 'The pier is safe']]);
    assert.deepEqual(attrs('The pier is safe, said Dana Velloway, a harbour pilot.'), [['inverted', 'said', 'entity', 'Dana Velloway', 'The pier is safe']]);
    const [a] = analyzeParagraph('The pier is safe, said Dana Velloway, a harbour pilot.', false).attrs;
    assert.deepEqual(a.appo && 'The pier is safe, said Dana Velloway, a harbour pilot.'.slice(a.appo[0], a.appo[1]), 'a harbour pilot');
  });

  it('reads a preposed attribution and its reported clause after `that`', () => {
    assert.deepEqual(attrs('Dana Velloway said on Friday that the pier would open in June.'),
      [['preposed', 'said', 'entity', 'Dana Velloway', 'the pier would open in June']]);
  });

  it('marks an introducer (`said, We ...`, `said: ...`) as intro', () => {
    const a = analyzeParagraph('Robert Quarnby said, We are not ready.', false).attrs;
    assert.equal(a.length, 1);
    assert.equal(a[0].form, 'preposed');
    assert.equal(a[0].intro, true);
  });

  it('reads a parenthetical attribution in the middle of its sentence', () => {
    assert.deepEqual(attrs('Against that backdrop, harbour specialists say, the town will need a second pier.'),
      [['parenthetical', 'say', 'collective', 'harbour specialists', 'the town will need a second pier']]);
  });

  it('reads a bare attribution sentence', () => {
    const a = attrs('Who pays for it? Dana Velloway asked.');
    assert.deepEqual(a.map((x) => x.slice(0, 4)), [['bare', 'asked', 'entity', 'Dana Velloway']]);
  });

  it('reads `according to` and `in the words of`', () => {
    assert.deepEqual(attrs('The pier cost twelve million, according to the Northern Rail Authority.'),
      [['inverted', 'according to', 'entity', 'Northern Rail Authority', 'The pier cost twelve million']]);
    const w = analyzeParagraph('In the words of the harbour master, Dana Velloway, "the pier is ready."', false).attrs;
    assert.equal(w.length, 1);
    assert.equal(w[0].cue, 'in the words of');
    assert.equal(w[0].intro, true);
  });

  it('reads pronoun and collective subjects', () => {
    assert.deepEqual(attrs('The pier is safe, she said.'), [['inverted', 'said', 'pronoun', 'she', 'The pier is safe']]);
    assert.deepEqual(attrs('The pier is late, local residents said.'), [['inverted', 'said', 'collective', 'local residents', 'The pier is late']]);
  });
});

describe('paragraph quotation marks', () => {
  it('pairs marks, leaves an unclosed quote open to the end, and reads a closer first as a carried-over quote', () => {
    const segs = findSegments('He said "the pier is safe" and "we will open');
    assert.deepEqual(segs.map((s) => [s.s, s.e, s.closed]), [[9, 25, true], [32, 44, false]]);
    const lead = findSegments('and then it opened." Velloway said.');
    assert.equal(lead.length, 1);
    assert.equal(lead[0].lead, true);
    assert.equal(lead[0].atStart, true);
  });
});
