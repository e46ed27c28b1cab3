// Markup in a seed (issue 12, twenty-first round): a tag reads as spaces of its length. Its attribute values are no
// quotes and its handles no names; offsets and the text between tags stay. Invented text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { blankMarkup } from '../../src/engine/markup';

const HEAD = 'Headline for a markup test\n20250302\nhttps://example.org/news/markup\n';

describe('markup tags in a seed (twenty-first round)', () => {
  it('blanks tags with their attributes, keeps the length and leaves other angle brackets', () => {
    const s = '<post author="@QuayWatcher" date="2019-04-02">Boats are late</post> and <br> a<hr/>b x <y and z> w';
    const b = blankMarkup(s);
    assert.equal(b.length, s.length);
    assert.equal(b.trim().replace(/\s+/g, ' '), 'Boats are late and a b x <y and z> w');
    assert.equal(blankMarkup('no tags here'), 'no tags here');
    // (A paragraph break right before the closing mark of a value: the line break stays, the tag goes.)
    assert.equal(blankMarkup('<post date="May 2\n">Late again'), '                 \n  Late again');
    // (Quotation marks stripped: unquoted values, a value with spaces, a line break before the `>`.)
    assert.equal(blankMarkup('<post pic= by=QuayWatch date=May 2, 2019\n>Late').trim(), 'Late');
    // (A value running over several lines is no tag.)
    assert.equal(blankMarkup('<post note="one\ntwo\n">Late'), '<post note="one\ntwo\n">Late');
  });

  it('finds no quote in an attribute and no name in a handle; the post text stays', () => {
    const text = HEAD + [
      'Mayor Ilse Varnholt answered her critics online on Tuesday.',
      '<post author="@HarborHawk88" date="2019-04-02" id="8812">The new ferry runs from Monday, Varnholt wrote.</post>',
      '"We will keep the pier open," Varnholt said.',
    ].join('\n') + '\n';
    const a = analyze(text);
    for (const q of a.quotes) assert.ok(!/2019|HarborHawk|8812/.test(q.text), q.text);
    assert.ok(!a.entities.some((e) => /HarborHawk/.test(e.text)));
    assert.ok(a.quotes.some((q) => q.text.startsWith('We will keep the pier open')));
    for (const x of [...a.entities, ...a.quotes]) assert.equal(x.text, text.slice(x.start, x.end));
  });
});
